"""make demo: the InfraPlan planning chain on the Lauf sample through qgis_process.bin.

Each domain has a module ``scripts/demo_<domain>.py`` with ``run(ctx)`` that runs its
algorithms through ``ctx.runner`` and returns summary lines. Steps run in the order
data, fiber, coverage, climate; a later step uses the layers an earlier one put in
``ctx.layers`` (``name -> source string``, defaulting to the shipped ``test_data/``).
"""
import argparse
import importlib
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from scripts.qgisproc import REPO, Runner  # noqa: E402

DOMAINS = ["data", "fiber", "fiber_reports", "coverage", "climate"]
SAMPLE_GPKG = os.path.join(REPO, "test_data", "lauf.gpkg")
SAMPLE_LAYERS = ["buildings", "addresses", "streets", "green", "water", "landcover", "trees",
                 "masts", "pop", "sites", "candidates", "zensus_100m", "zensus_1km", "districts"]


class Context:
    def __init__(self, out, raw):
        self.out = os.path.abspath(out)
        self.raw = os.path.abspath(raw) if raw and os.path.isdir(raw) else None
        self.test_data = os.path.join(REPO, "test_data")
        self.runner = Runner()
        self.layers = {n: "%s|layername=%s" % (SAMPLE_GPKG, n) for n in SAMPLE_LAYERS}
        self.layers["dem"] = os.path.join(self.test_data, "lauf_dem_10m.tif")
        self.layers["dsm"] = os.path.join(self.test_data, "lauf_dsm_10m.tif")
        self.produced = []  # (domain, path) of every output file

    def path(self, name):
        return os.path.join(self.out, name)

    def output(self, domain, path):
        self.produced.append((domain, path))
        return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out")
    parser.add_argument("--raw", default=os.path.join(REPO, "..", "shared", "data", "lauf_pegnitz"))
    parser.add_argument("--only", nargs="*", choices=DOMAINS)
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    ctx = Context(args.out, args.raw)
    summary = []
    for domain in args.only or DOMAINS:
        try:
            module = importlib.import_module("scripts.demo_" + domain)
        except ModuleNotFoundError:
            continue
        t0 = time.time()
        print("== %s ==" % domain, flush=True)
        lines = module.run(ctx)
        summary.append(("%s (%.0f s)" % (domain.replace("_", " ").capitalize(), time.time() - t0), lines))
    print("\nInfraPlan demo – summary")
    for title, lines in summary:
        print("\n" + title)
        for line in lines:
            print("  " + line)
    print("\nOutputs (open them in QGIS; styles are embedded):")
    for domain, path in ctx.produced:
        print("  [%s] %s" % (domain, os.path.relpath(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
