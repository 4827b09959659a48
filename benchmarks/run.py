"""make bench: run every benchmarks/bench_*.py (its main()) one after the other.

  benchmarks/run.py              all benchmarks
  benchmarks/run.py fiber climate  only those domains
"""
import importlib
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, ".build", "pkg"))


def _link_package():
    pkg = os.path.join(REPO, ".build", "pkg")
    os.makedirs(pkg, exist_ok=True)
    link = os.path.join(pkg, "infraplan")
    if not os.path.islink(link):
        os.symlink(REPO, link)


def main(argv):
    _link_package()
    wanted = set(argv[1:])
    names = sorted(n[6:-3] for n in os.listdir(HERE) if n.startswith("bench_") and n.endswith(".py"))
    failed = []
    for name in names:
        if wanted and name not in wanted:
            continue
        print("=" * 72 + "\nbenchmark: %s" % name, flush=True)
        t0 = time.time()
        try:
            importlib.import_module("benchmarks.bench_" + name).main()
        except Exception as exc:  # report and go on with the next benchmark
            failed.append(name)
            print("FAILED: %r" % exc)
        print("(%s took %.0f s)" % (name, time.time() - t0), flush=True)
    if not names:
        print("no benchmarks yet")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
