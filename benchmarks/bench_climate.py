"""Climate benchmark: Priority-Flood fill + D8 + flow accumulation on a noisy DEM against
richdem2 (RichDEM, Barnes) and pyflwdir (Deltares), same .npy input, same run.

The references run in ``.bench-venv`` (created here with ``/usr/bin/python3 -m venv``, no
system site packages, so their numpy never meets QGIS's), each step in a subprocess.

Checks: filled DEM identical to richdem's ``FillDepressions(epsilon=False)`` (max |Δ| < 1e-6)
and the same fill volume; accumulation equal to pyflwdir's ``accuflux`` run on OUR D8
directions (same neighbour/tie conventions by construction: exchanged as ESRI d8 codes,
edge/nodata-adjacent cells as pits). Reported: time ratios and our peak memory above the
loaded DEM (target <= 4x the DEM's float32 size).

Environment: INFRAPLAN_BENCH_N (default 5000) sets the DEM size; INFRAPLAN_BENCH_REFS=0
runs only InfraPlan's kernels (for the 20000 x 20000 memory check:
INFRAPLAN_BENCH_N=20000 INFRAPLAN_BENCH_REFS=0 make bench).
"""

import json
import os
import subprocess  # nosec B404 - runs local interpreters only
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
VENV = os.path.join(REPO, ".bench-venv")
VPY = os.path.join(VENV, "bin", "python")
WORK = os.path.join(REPO, ".build", "bench_climate")
OURS_PY = os.path.join(REPO, ".venv", "bin", "python")
if not os.path.exists(OURS_PY):
    OURS_PY = sys.executable

OURS = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
import numpy as np
from infraplan.algorithms.climate import kernels as K
K.route(np.random.default_rng(0).random((64, 64)).astype(np.float32)).accumulation_cells()
dem = np.load(sys.argv[1])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
t0 = time.perf_counter(); r = K.route(dem, None, 10.0); t1 = time.perf_counter()
acc = r.accumulation_cells(); t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
out = sys.argv[3]
np.save(out + "/ours_filled.npy", r.filled)
np.save(out + "/ours_acc.npy", acc)
d8 = np.where(r.dirs == K.OUTLET, 0, 247).astype(np.uint8)
inner = r.dirs < 8
d8[inner] = K.ESRI_CODES[r.dirs[inner]]
np.save(out + "/ours_d8.npy", d8)
print(json.dumps({"fill_d8": t1 - t0, "acc": t2 - t1, "base_mb": base, "peak_mb": peak,
                  "raised": r.raised}))
"""

REF = r"""
import json, sys, time
import numpy as np
step, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
dem = np.load(path)
res = {}
if step == "richdem_fill":
    import richdem as rd
    a = rd.rdarray(dem.copy(), no_data=-9999.0)
    t0 = time.perf_counter()
    f = rd.FillDepressions(a, epsilon=False, in_place=False)
    res["time"] = time.perf_counter() - t0
    np.save(out + "/rd_filled.npy", np.asarray(f))
elif step == "richdem_acc":
    import richdem as rd
    a = rd.rdarray(dem.copy(), no_data=-9999.0)
    t0 = time.perf_counter(); rd.FillDepressions(a, epsilon=True, in_place=True); t1 = time.perf_counter()
    acc = rd.FlowAccumulation(a, method="D8"); t2 = time.perf_counter()
    res["fill_eps"] = t1 - t0; res["acc"] = t2 - t1
    np.save(out + "/rd_acc.npy", np.asarray(acc).astype(np.float64))
elif step == "pyflwdir":
    import pyflwdir
    # numba warm-up on a small piece
    w = pyflwdir.from_dem(dem[:64, :64].copy(), nodata=-9999.0, outlets="edge")
    w.accuflux(np.ones((64, 64), np.float64))
    t0 = time.perf_counter()
    flw = pyflwdir.from_dem(dem, nodata=-9999.0, outlets="edge")
    t1 = time.perf_counter()
    acc = flw.accuflux(np.ones(dem.shape, np.float64)); t2 = time.perf_counter()
    res["fill_d8"] = t1 - t0; res["acc"] = t2 - t1
elif step == "pyflwdir_ours":
    import pyflwdir
    d8 = np.load(out + "/ours_d8.npy")
    # numba warm-up on a small piece
    w = pyflwdir.from_array(d8[:64, :64].copy(), ftype="d8", check_ftype=False)
    w.accuflux(np.ones((64, 64), np.float64))
    flw = pyflwdir.from_array(d8, ftype="d8", check_ftype=True)
    t0 = time.perf_counter()
    acc = flw.accuflux(np.ones(d8.shape, np.float64))
    res["acc"] = time.perf_counter() - t0
    np.save(out + "/pfd_acc_ours.npy", acc)
elif step == "fsm":
    import richdem as rd
    z = dem.astype(np.float64)
    labels = rd.get_new_depression_hierarchy_labels(z.shape)  # ocean on the border
    d = rd.rdarray(z, no_data=-9999.0)
    t0 = time.perf_counter()
    deps, flowdirs = rd.get_depression_hierarchy(d, labels)
    wtd = rd.rdarray(np.full(z.shape, float(sys.argv[4])), no_data=-9999.0)
    rd.fill_spill_merge(d, labels, flowdirs, deps, wtd)
    res["time"] = time.perf_counter() - t0
    np.save(out + "/rd_fsm.npy", np.asarray(wtd))
print(json.dumps(res))
"""


FSM_N = 400
FSM_RAIN = 0.05  # m of runoff on every cell


def bench_ponding(have_refs):
    """Our fill-spill through the depression hierarchy vs richdem2's Fill-Spill-Merge."""
    import numpy as np

    from benchmarks.harness import ratio, table
    from infraplan.algorithms.climate import fsm

    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:FSM_N, 0:FSM_N]
    z = np.sin(x / 13.0) * 2 + np.cos(y / 17.0) * 2 + x * 0.01 + rng.random((FSM_N, FSM_N)) * 0.3
    path = os.path.join(WORK, "fsm_dem.npy")
    np.save(path, z)
    out = np.zeros(z.shape, bool)
    out[0, :] = out[-1, :] = out[:, 0] = out[:, -1] = True
    t0 = time.perf_counter()
    depth, outflow, _ = fsm.fill_spill(z, out, np.full(z.shape, FSM_RAIN), 1.0)
    ours = time.perf_counter() - t0
    if not have_refs:
        table("Ponding (fill-spill)", ["step", "ours (s)"], [("fill-spill %d x %d" % (FSM_N, FSM_N), ours)])
        return
    r = _run(VPY, REF, "fsm", path, WORK, str(FSM_RAIN))
    ref = np.load(os.path.join(WORK, "rd_fsm.npy"))
    inner = (slice(1, -1), slice(1, -1))
    ref_in = np.where(ref > 0, ref, 0.0)[inner]
    ours_in = depth[inner]
    table(
        "Ponding: fill-spill through the depression hierarchy, %d x %d, %g m runoff (seconds)"
        % (FSM_N, FSM_N, FSM_RAIN),
        ["step", "ours", "richdem2 FSM", "ratio"],
        [("fill-spill", ours, r["time"], ratio(ours, r["time"]))],
    )
    table(
        "Ponding against richdem2 fill_spill_merge (interior cells)",
        ["check", "ours", "richdem2"],
        [
            ("ponded volume (cell x m)", "%.2f" % ours_in.sum(), "%.2f" % ref_in.sum()),
            ("wet cells", str(int((ours_in > 1e-9).sum())), str(int((ref_in > 1e-9).sum()))),
            ("max |depth difference| (m)", "%.4f" % float(np.abs(ours_in - ref_in).max()), "-"),
            (
                "ours: runoff in = ponded + outflow",
                "%.6g = %.6g" % (FSM_RAIN * z.size, depth.sum() + outflow),
                "-",
            ),
        ],
    )


def ensure_venv():
    if os.path.exists(VPY):
        ok = subprocess.run([VPY, "-c", "import richdem, pyflwdir"], capture_output=True)  # nosec B603
        if ok.returncode == 0:
            return True
    else:
        subprocess.run(["/usr/bin/python3", "-m", "venv", VENV], check=True)  # nosec B603 B607
    print("installing richdem2 and pyflwdir into .bench-venv ...", flush=True)
    r = subprocess.run(
        [VPY, "-m", "pip", "install", "-q", "richdem2", "pyflwdir"],  # nosec B603
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        print("could not install the references: %s" % r.stderr[-2000:])
        return False
    return True


def make_dem(n, path):
    """Smooth hills (sum of sines, ~60 m relief, a valley slope) plus 0.5 m white noise:
    many small pits and a few large depressions, like a noisy 1 m DGM."""
    import numpy as np

    rng = np.random.default_rng(42)
    y = np.arange(n, dtype=np.float32)[:, None]
    x = np.arange(n, dtype=np.float32)[None, :]
    z = (300.0 + 0.004 * x + 0.002 * y).astype(np.float32)
    for k in range(6):
        fx, fy = rng.uniform(0.002, 0.02, 2)
        px, py = rng.uniform(0, 6.28, 2)
        z += (
            np.float32(10.0 / (k + 1))
            * np.sin(fx * x + px).astype(np.float32)
            * np.cos(fy * y + py).astype(np.float32)
        )
    z += rng.random((n, n), dtype=np.float32) * np.float32(0.5)
    np.save(path, z.astype(np.float32))


def _run(py, code, *args):
    script = os.path.join(WORK, "step.py" if py == VPY else "ours.py")
    with open(script, "w") as fh:
        fh.write(code)
    r = subprocess.run([py, script, *args], capture_output=True, text=True)  # nosec B603
    if r.returncode != 0:
        raise RuntimeError("%s failed:\n%s" % (" ".join(args[:1]), r.stderr[-3000:]))
    return json.loads(r.stdout.strip().splitlines()[-1])


def main():
    import numpy as np

    sys.path.insert(0, REPO)
    sys.path.insert(0, os.path.join(REPO, ".build", "pkg"))
    from benchmarks.harness import ratio, table

    n = int(os.environ.get("INFRAPLAN_BENCH_N", "5000"))
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, "dem_%d.npy" % n)
    if not os.path.exists(path):
        make_dem(n, path)
    have_refs = os.environ.get("INFRAPLAN_BENCH_REFS", "1") != "0" and ensure_venv()
    ours = _run(OURS_PY, OURS, path, os.path.join(REPO, ".build", "pkg"), WORK)
    dem_mb = n * n * 4 / 1e6
    rows = []
    if have_refs:
        rdf = _run(VPY, REF, "richdem_fill", path, WORK)
        rda = _run(VPY, REF, "richdem_acc", path, WORK)
        pfd = _run(VPY, REF, "pyflwdir", path, WORK)
        _run(VPY, REF, "pyflwdir_ours", path, WORK)
        dem = np.load(path).astype(np.float64)
        f_ours = np.load(os.path.join(WORK, "ours_filled.npy")).astype(np.float64)
        f_rd = np.load(os.path.join(WORK, "rd_filled.npy")).astype(np.float64)
        maxd = float(np.nanmax(np.abs(f_ours - f_rd)))
        vol_ours = float(np.nansum(f_ours - dem)) * 100.0
        vol_rd = float(np.nansum(f_rd - dem)) * 100.0
        acc_ours = np.load(os.path.join(WORK, "ours_acc.npy")).astype(np.float64)
        acc_ref = np.load(os.path.join(WORK, "pfd_acc_ours.npy"))
        acc_equal = bool(np.array_equal(acc_ours, acc_ref))
        acc_rd = np.load(os.path.join(WORK, "rd_acc.npy"))
        same_rd = float(np.mean(np.isclose(acc_rd, acc_ours)))
        fastest_fill = min(rdf["time"], pfd["fill_d8"])
        rows = [
            (
                "fill + D8 (ours) vs richdem fill (exact)",
                ours["fill_d8"],
                rdf["time"],
                ratio(ours["fill_d8"], rdf["time"]),
            ),
            (
                "fill + D8 (ours) vs pyflwdir from_dem (fill + D8)",
                ours["fill_d8"],
                pfd["fill_d8"],
                ratio(ours["fill_d8"], pfd["fill_d8"]),
            ),
            (
                "accumulation (ours) vs richdem eps-fill + FlowAccumulation",
                ours["acc"],
                rda["fill_eps"] + rda["acc"],
                ratio(ours["acc"], rda["fill_eps"] + rda["acc"]),
            ),
            (
                "accumulation (ours) vs richdem FlowAccumulation only",
                ours["acc"],
                rda["acc"],
                ratio(ours["acc"], rda["acc"]),
            ),
            (
                "accumulation (ours) vs pyflwdir accuflux",
                ours["acc"],
                pfd["acc"],
                ratio(ours["acc"], pfd["acc"]),
            ),
            (
                "total fill+D8+acc: ours vs fastest reference total",
                ours["fill_d8"] + ours["acc"],
                min(rdf["time"] + rda["acc"], pfd["fill_d8"] + pfd["acc"]),
                ratio(
                    ours["fill_d8"] + ours["acc"], min(rdf["time"] + rda["acc"], pfd["fill_d8"] + pfd["acc"])
                ),
            ),
        ]
        table(
            "Hydrology kernels on a noisy %d x %d float32 DEM (seconds)" % (n, n),
            ["step", "ours", "reference", "ratio"],
            rows,
        )
        table(
            "Correctness against the references",
            ["check", "value", "target"],
            [
                ("filled DEM max |ours - richdem FillDepressions|", "%.3g m" % maxd, "< 1e-6"),
                ("fill volume ours / richdem", "%.1f / %.1f m³" % (vol_ours, vol_rd), "identical"),
                ("accumulation == pyflwdir accuflux on our D8", str(acc_equal), "True"),
                (
                    "cells with accumulation equal to richdem's own D8 (other flat rule)",
                    "%.1f %%" % (100 * same_rd),
                    "info",
                ),
                ("cells raised by the fill", str(ours["raised"]), "info"),
            ],
        )
        print("fastest reference fill: %.2f s; ours fill+D8 %.2f s" % (fastest_fill, ours["fill_d8"]))
    else:
        table(
            "Hydrology kernels (no reference available)",
            ["step", "ours (s)"],
            [("fill + D8", ours["fill_d8"]), ("accumulation", ours["acc"])],
        )
    bench_ponding(have_refs)
    extra = ours["peak_mb"] - ours["base_mb"]
    table(
        "Our memory",
        ["what", "MB", "x DEM float32"],
        [
            ("DEM float32", dem_mb, 1.0),
            ("peak above loaded DEM + compiled kernels", extra, extra / dem_mb),
            ("process peak (incl. interpreter, numba, DEM)", ours["peak_mb"], ours["peak_mb"] / dem_mb),
        ],
    )


if __name__ == "__main__":
    t = time.time()
    main()
    print("(%.0f s)" % (time.time() - t))
