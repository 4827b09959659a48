"""Fiber benchmark (make bench):

1. the full FTTH chain (infraplan:ftthplan engine) on the Lauf sample: engine time (< 30 s target);
2. our trench Steiner tree vs networkx ``steiner_tree(method="mehlhorn")`` (networkx >= 3, run
   in .bench-venv because Debian's networkx 2.8 has no ``method``) on the same graph and
   terminals: both costs and times; ours must be <= networkx's;
3. time and peak memory vs size on generated cities of 10^3 … 10^5 buildings (each in its own
   process), with time / (n log n) to show near n log n growth.
"""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import json
import math
import os
import subprocess  # nosec B404 - runs local interpreters only
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, ".build", "pkg"))
from harness import peak_rss_mb, ratio, table  # noqa: E402

PY = os.path.join(REPO, ".venv", "bin", "python")
BENCH_VENV = os.path.join(REPO, ".bench-venv")
SIZES = (1000, 3000, 10000, 30000, 100000)

NX_SCRIPT = r"""
import json, sys, time
import networkx as nx
from networkx.algorithms.approximation import steiner_tree
d = json.load(open(sys.argv[1]))
G = nx.Graph()
for u, v, w in d["edges"]:
    if not G.has_edge(u, v) or G[u][v]["weight"] > w:
        G.add_edge(u, v, weight=w)
t0 = time.perf_counter()
T = steiner_tree(G, d["terminals"], weight="weight", method="mehlhorn")
dt = time.perf_counter() - t0
print(json.dumps({"cost": T.size(weight="weight"), "time": dt, "version": nx.__version__}))
"""

SIZE_SCRIPT = r"""
import json, resource, sys, time
sys.path.insert(0, %r)
from infraplan.algorithms.fiber.synthetic import synthetic_city
from infraplan.algorithms.fiber.layers import ftth_plan
n = int(sys.argv[1])
s, b, p = synthetic_city(n, seed=0)
t0 = time.perf_counter()
plan, layers = ftth_plan(s, b, p)
dt = time.perf_counter() - t0
print(json.dumps({"n": len(b), "time": dt, "nodes": int(plan.net.n),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
                  "homes": plan.summary["homes_served"]}))
"""


def ensure_networkx3():
    """A networkx >= 3 in .bench-venv (pure Python, no numpy of its own needed)."""
    py = os.path.join(BENCH_VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run(["/usr/bin/python3", "-m", "venv", BENCH_VENV], check=True)  # nosec B603
    ok = subprocess.run([py, "-c", "import networkx, sys; sys.exit(int(networkx.__version__[0]) < 3)"],  # nosec B603
                        capture_output=True).returncode == 0
    if not ok:
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",  # nosec B603
                        "networkx==3.2.1"], check=True)
    return py


def lauf():
    from infraplan.algorithms.fiber.layers import ftth_plan
    from infraplan.algorithms.vector import read_vector
    gpkg = os.path.join(REPO, "test_data", "lauf.gpkg")
    if not os.path.exists(gpkg):
        print("test_data/lauf.gpkg missing: Lauf part skipped")
        return None
    layers = {n: read_vector(gpkg, n) for n in ("buildings", "streets", "pop", "addresses")}
    t0 = time.perf_counter()
    plan, _ = ftth_plan(layers["streets"], layers["buildings"], layers["pop"], layers["addresses"])
    engine = time.perf_counter() - t0
    s = plan.summary
    table("Fiber: Lauf sample, full chain (engine)", ["buildings", "homes served", "unserved",
                                                     "trench km", "total MEUR", "EUR/home", "engine s",
                                                     "target s"],
          [[s["buildings_served"], s["homes_served"], s["homes_unserved"], s["trench_m"] / 1000.0,
            s["total_eur"] / 1e6, s["eur_per_home"], engine, 30.0]])
    return plan


def versus_networkx(plan):
    import numpy as np

    from infraplan.algorithms.fiber.steiner import steiner_tree
    net = plan.net
    R = net.n
    eu = np.concatenate([net.eu, np.full(len(plan.pops), R)])
    ev = np.concatenate([net.ev, [pp["node"] for pp in plan.pops]]).astype(np.int64)
    w = np.concatenate([net.cost, np.zeros(len(plan.pops))])
    terminals = sorted({d["node"] for d in plan.drops} | {R})
    xy = np.vstack([net.xy, net.xy[[plan.pops[0]["node"]]]])
    t0 = time.perf_counter()
    ks = steiner_tree(R + 1, eu, ev, w, terminals, xy=xy)
    ours_t = time.perf_counter() - t0
    ours = float(w[ks].sum())
    # networkx's Mehlhorn needs a connected graph: keep the component of the root
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    _, lab = connected_components(coo_matrix((np.ones(len(eu)), (eu, ev)), shape=(R + 1, R + 1)),
                                  directed=False)
    keep = lab[eu] == lab[R]
    py = ensure_networkx3()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"edges": [[int(a), int(b), float(c)] for a, b, c in zip(eu[keep], ev[keep], w[keep])],
                   "terminals": [int(t) for t in terminals]}, fh)
        path = fh.name
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(NX_SCRIPT)
        script = fh.name
    try:
        out = subprocess.run([py, script, path], capture_output=True, text=True)  # nosec B603
        if out.returncode != 0:
            raise RuntimeError("networkx reference failed:\n" + out.stderr[-3000:])
        ref = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        os.remove(path)
        os.remove(script)
    table("Fiber: trench Steiner tree on the Lauf graph (%d nodes, %d terminals)" % (R + 1, len(terminals)),
          ["tool", "trench cost EUR", "time s", "cost ratio ours/ref", "time ratio ours/ref"],
          [["InfraPlan (Mehlhorn + local search)", ours, ours_t, ratio(ours, ref["cost"]),
            ratio(ours_t, ref["time"])],
           ["networkx %s steiner_tree(method='mehlhorn')" % ref["version"], ref["cost"], ref["time"],
            1.0, 1.0]])
    print("ours <= networkx: %s (difference %.0f EUR, %.3f %%)"
          % (ours <= ref["cost"] + 1e-6, ref["cost"] - ours, 100.0 * (ref["cost"] - ours) / ref["cost"]))


def scaling():
    rows = []
    for n in SIZES:
        out = subprocess.run([PY, "-c", SIZE_SCRIPT % os.path.join(REPO, ".build", "pkg"), str(n)],  # nosec B603
                             capture_output=True, text=True, timeout=1800)
        if out.returncode != 0:
            rows.append([n, "failed", "", "", "", ""])
            print(out.stderr[-2000:])
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        nlogn = r["n"] * math.log(r["n"])
        per = r["time"] / nlogn * 1e6
        rows.append([r["n"], r["homes"], r["nodes"], r["time"], r["peak_mb"], per])
    table("Fiber: full chain on generated cities (targets: 10^5 buildings < 300 s, < 4096 MB)",
          ["buildings", "homes", "graph nodes", "engine s", "peak MB", "µs per n·ln n (flat = n log n)"],
          rows)


def main():
    plan = lauf()
    if plan is not None:
        versus_networkx(plan)
    scaling()
    print("peak memory of this process: %.0f MB" % peak_rss_mb())


if __name__ == "__main__":
    main()
