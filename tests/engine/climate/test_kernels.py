"""Hydrology kernels against hand-made DEMs and independent brute-force references."""

import math

import numpy as np
import pytest

from infraplan.algorithms.climate import kernels as K  # noqa: N812

# Garbrecht & Martz (1997) flat, as shipped in richdem's data/garbrecht.dem: a 5x5 flat at
# 6 m inside a rim, single outlet (5 m) in the bottom row. All 25 flat cells drain to it.
GARBRECHT = np.array(
    [
        [9, 9, 9, 9, 9, 9, 9],
        [9, 6, 6, 6, 6, 6, 9],
        [8, 6, 6, 6, 6, 6, 9],
        [8, 6, 6, 6, 6, 6, 9],
        [7, 6, 6, 6, 6, 6, 8],
        [7, 6, 6, 6, 6, 6, 8],
        [7, 7, 5, 7, 7, 8, 8],
    ],
    dtype=np.float32,
)


def minimax_fill(dem, valid):
    """Independent definition of the exact fill: the lowest possible maximum elevation on
    any 8-connected path to the boundary (edge or nodata), by fixed-point iteration."""
    nrows, ncols = dem.shape
    w = np.full(dem.shape, np.inf)
    pad = np.pad(~valid, 1, constant_values=True)
    boundary = np.zeros(dem.shape, bool)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            boundary |= pad[1 + dr : 1 + dr + nrows, 1 + dc : 1 + dc + ncols]
    boundary &= valid
    w[boundary] = dem[boundary]
    while True:
        p = np.pad(w, 1, constant_values=np.inf)
        m = w.copy()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                m = np.minimum(m, p[1 + dr : 1 + dr + nrows, 1 + dc : 1 + dc + ncols])
        new = np.where(valid, np.maximum(dem, m), np.inf)
        new[boundary] = dem[boundary]
        if np.array_equal(new, w):
            return np.where(valid, w, np.nan)
        w = new


def brute_accumulation(dirs):
    nrows, ncols = dirs.shape
    acc = np.zeros(dirs.shape, int)
    for r in range(nrows):
        for c in range(ncols):
            if dirs[r, c] == K.NODATA:
                continue
            rr, cc, steps = r, c, 0
            while True:
                acc[rr, cc] += 1
                d = dirs[rr, cc]
                if d >= 8:
                    break
                rr, cc = rr + K.DR[d], cc + K.DC[d]
                steps += 1
                assert steps <= dirs.size, "cycle in flow directions"
    return acc


@pytest.mark.parametrize("use_numba", [False, True])
def test_garbrecht_flat_outlet_accumulation_26(use_numba):
    r = K.route(GARBRECHT, use_numba=use_numba)
    acc = r.accumulation_cells(use_numba=use_numba)
    assert acc[6, 2] == 26  # 25 flat cells + the outlet
    assert np.array_equal(r.filled, GARBRECHT)  # nothing to fill: the flat drains
    inner = r.dirs[1:6, 1:6]
    assert (inner < 8).all()
    assert (r.dirs[0, :] == K.OUTLET).all() and (r.dirs[:, 0] == K.OUTLET).all()
    assert np.array_equal(acc, brute_accumulation(r.dirs))


def test_single_pit_volume_and_pour_point():
    dem = np.array(
        [[5, 5, 5, 5, 5], [5, 4, 4, 4, 5], [5, 4, 1, 4, 3.5], [5, 4, 4, 4, 5], [5, 5, 5, 5, 5]],
        dtype=np.float64,
    )
    r = K.route(dem, dx=2.0)
    # pit and ring fill to the pour point at 4 (the ring cell (2,3) next to the 3.5 exit)
    expect = dem.copy()
    expect[2, 2] = 4.0
    assert np.array_equal(r.filled, expect)
    assert r.raised == 1
    depth = r.filled - dem
    assert depth.sum() * 4.0 == pytest.approx(12.0)  # 3 m * 2 m * 2 m
    # everything inside drains through (2,3) to the exit (2,4)
    down = r.downstream().reshape(dem.shape)
    assert down[2, 3] == 2 * 5 + 4
    acc = r.accumulation_cells()
    assert acc[2, 4] == 10  # 9 inner cells + the edge outlet itself


@pytest.mark.parametrize("seed", range(6))
def test_fill_equals_minimax_reference_with_nodata(seed):
    rng = np.random.default_rng(seed)
    dem = (rng.random((23, 31)) * 10).astype(np.float32)
    dem[rng.random(dem.shape) < 0.05] = -9999.0  # nodata holes
    valid = dem != -9999.0
    r = K.route(dem, nodata=-9999.0)
    ref = minimax_fill(dem.astype(np.float64), valid)
    assert np.array_equal(np.isnan(r.filled), ~valid)
    assert np.nanmax(np.abs(r.filled.astype(np.float64) - ref)) == 0.0
    assert r.filled.dtype == np.float32
    assert (r.filled[valid] >= dem[valid]).all()
    assert r.raised == int((r.filled[valid] > dem[valid]).sum())


@pytest.mark.parametrize("seed", range(4))
def test_d8_steepest_descent_tie_rule_and_accumulation(seed):
    rng = np.random.default_rng(100 + seed)
    dem = np.round(rng.random((17, 13)) * 4)  # many ties and flats
    dx, dy = 10.0, 10.0
    r = K.route(dem, dx=dx, dy=dy)
    f = r.filled
    dist = [dy, math.hypot(dx, dy), dx, math.hypot(dx, dy)] * 2
    for row in range(1, dem.shape[0] - 1):
        for col in range(1, dem.shape[1] - 1):
            slopes = [(f[row, col] - f[row + K.DR[k], col + K.DC[k]]) / dist[k] for k in range(8)]
            best = max(slopes)
            d = r.dirs[row, col]
            if best > 0:
                assert d == slopes.index(best)  # first of the steepest in N,NE,E,... order
            else:  # flat: drains to an equal neighbour reached earlier by the flood
                assert slopes[d] == 0.0
    for col in range(dem.shape[1]):
        assert r.dirs[0, col] == K.OUTLET and r.dirs[-1, col] == K.OUTLET
    acc = r.accumulation_cells()
    assert np.array_equal(acc, brute_accumulation(r.dirs))
    assert acc[r.dirs == K.OUTLET].sum() == dem.size  # every cell reaches an outlet once
    area = r.accumulation_area()
    assert np.allclose(area, acc * dx * dy)


def test_pure_python_path_equals_numba():
    if not K.HAVE_NUMBA:
        pytest.skip("numba not installed")
    rng = np.random.default_rng(7)
    for dtype in (np.float32, np.float64):
        dem = (rng.random((25, 40)) * 20).astype(dtype)
        dem[5:8, 10:14] = np.nan
        a = K.route(dem, use_numba=False)
        b = K.route(dem, use_numba=True)
        assert np.array_equal(a.filled, b.filled, equal_nan=True)
        assert np.array_equal(a.dirs, b.dirs)
        assert np.array_equal(a.order[: a.count], b.order[: b.count])
        assert np.array_equal(a.accumulation_cells(use_numba=False), b.accumulation_cells(use_numba=True))
        w = rng.random(dem.shape)
        assert np.allclose(a.accumulate(w, use_numba=False), b.accumulate(w, use_numba=True))


def test_flat_dem_everything_drains_to_edges():
    dem = np.full((9, 9), 3.0)
    r = K.route(dem)
    assert r.raised == 0
    acc = r.accumulation_cells()
    assert acc[r.dirs == K.OUTLET].sum() == 81
    assert np.array_equal(acc, brute_accumulation(r.dirs))


@pytest.mark.parametrize("seed", range(3))
def test_fused_d8_equals_separate_pass(seed):
    """float32 DEMs get D8 inside the flood; a separate steepest-descent pass over the
    result must not change any direction (integer DEM: many ties and flats)."""
    rng = np.random.default_rng(200 + seed)
    dem = np.round(rng.random((40, 50)) * 5).astype(np.float32)
    dem[10:14, 10:14] = np.nan
    r = K.route(dem, dx=10.0)
    dirs2 = r.dirs.copy()
    dist = np.array([10.0, math.hypot(10, 10)] * 4)
    filled = np.where(np.isnan(r.filled), np.float32(0), r.filled).astype(np.float32)
    K.PY_KERNELS["d8"](filled.ravel(), dirs2.ravel(), 40, 50, K.DR, K.DC, dist)
    assert np.array_equal(dirs2, r.dirs)
    r64 = K.route(dem.astype(np.float64), dx=10.0)
    assert np.array_equal(r64.dirs, r.dirs)
    assert np.array_equal(r64.accumulation_cells(), r.accumulation_cells())
