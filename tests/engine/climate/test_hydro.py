"""Sinks and ponding on hand-made DEMs with hand-computed depths, volumes and cascades."""

import numpy as np
import pytest
from shapely.geometry import box

from infraplan.algorithms.climate import hydro
from infraplan.algorithms.errors import CanceledError, InputError
from infraplan.algorithms.feedback import RecordingFeedback
from infraplan.algorithms.raster import Raster
from infraplan.algorithms.vector import Field, VectorLayer

X0, Y0 = 600000.0, 5500000.0


def raster(z, cs=1.0, crs="EPSG:25832", nodata=None):
    return Raster(np.asarray(z, dtype=np.float32), (X0, cs, 0.0, Y0, 0.0, -cs), crs, nodata)


# one pit (1 m) in a ring at 4 m, exit over the east edge at 3.5 m
PIT = [[5, 5, 5, 5, 5], [5, 4, 4, 4, 5], [5, 4, 1, 4, 3.5], [5, 4, 4, 4, 5], [5, 5, 5, 5, 5]]

# two pits in series along a channel: A (6.9 m, spills at 7 m) drains into B (4.95 m,
# spills at 5 m), which drains over the east edge (4 m)
CHAIN = [[9, 9, 9, 9, 9, 9, 9, 9], [9, 8, 6.9, 7, 6, 4.95, 5, 4], [9, 9, 9, 9, 9, 9, 9, 9]]


def test_single_sink_attributes():
    res = hydro.sinks(raster(PIT, cs=2.0), min_depth=0.2, min_area=4, min_volume=2)
    assert len(res["sinks"]) == 1
    a = res["sinks"].features[0].attributes
    assert a["max_depth"] == pytest.approx(3.0)
    assert a["area_m2"] == pytest.approx(4.0)
    assert a["volume_m3"] == pytest.approx(12.0)
    assert a["fill_level"] == pytest.approx(4.0)
    # pour point: the ring cell (2,3) at 4 m that leads to the exit
    assert (a["pour_x"], a["pour_y"]) == pytest.approx((X0 + 7.0, Y0 - 5.0))
    assert a["pour_z"] == pytest.approx(4.0)
    # catchment: the 9 inner cells (the rim drains off the grid) = 36 m²
    assert a["catchment_m2"] == pytest.approx(36.0)
    assert a["fill_rain_mm"] == pytest.approx(12.0 / 36.0 * 1000)
    geom = res["sinks"].features[0].geometry
    assert geom.area == pytest.approx(4.0)
    assert geom.centroid.x == pytest.approx(X0 + 5.0)
    assert float(np.nansum(res["depth"].array)) == pytest.approx(3.0)


def test_filters_remove_small_sinks():
    assert len(hydro.sinks(raster(PIT, cs=2.0), min_depth=3.5)["sinks"]) == 0
    assert len(hydro.sinks(raster(PIT, cs=2.0), min_area=5)["sinks"]) == 0
    assert len(hydro.sinks(raster(PIT, cs=2.0), min_volume=13)["sinks"]) == 0


def test_flow_path_classes():
    # a long tilted plane: accumulation grows downhill along each column
    z = np.add.outer(np.arange(60, 0, -1), np.zeros(5)).astype(float)
    res = hydro.sinks(raster(z, cs=10.0), flow_classes=(1000.0, 5000.0))
    classes = {f.attributes["class"] for f in res["flow_paths"].features}
    assert classes == {1, 2}
    for f in res["flow_paths"].features:
        assert f.attributes["catchment_m2"] >= (1000.0 if f.attributes["class"] == 1 else 5000.0)
    acc = res["accumulation"].array
    assert acc[-2, 2] == pytest.approx(58 * 100.0)  # rows 1..58 (row 0 is an edge outlet)


@pytest.mark.parametrize("rain, stored_a, stored_b", [(100.0, 10.0, 5.0), (30.0, 6.0, 5.0), (10.0, 2.0, 3.0)])
def test_ponding_fill_spill_cascade(rain, stored_a, stored_b):
    # cell 10x10 m, runoff coefficient 1: each cell yields rain/1000*100 m³.
    # A (cap 10 m³) gets 2 cells; its spill plus 3 cells go to B (cap 5 m³).
    fb = RecordingFeedback()
    res = hydro.ponding(raster(CHAIN, cs=10.0), rain, c_pervious=1.0, feedback=fb)
    b = res["balance"]
    w = rain / 1000.0 * 100.0
    assert b["rain_m3"] == pytest.approx(24 * w)
    assert b["ponded_m3"] == pytest.approx(stored_a + stored_b, rel=1e-5)
    assert b["outflow_m3"] == pytest.approx(24 * w - stored_a - stored_b, rel=1e-5)
    assert b["infiltrated_m3"] == pytest.approx(0.0)
    depth = res["depth"].array
    assert depth[1, 2] * 100 == pytest.approx(stored_a, rel=1e-5)
    assert depth[1, 5] * 100 == pytest.approx(stored_b, rel=1e-5)
    assert b["relative_error"] < 1e-12
    assert any("Mass balance" in m for m in fb.messages)


@pytest.mark.parametrize("method", ["coefficient", "scs"])
def test_ponding_mass_balance_random_terrain(method):
    rng = np.random.default_rng(5)
    n = 80
    y, x = np.mgrid[0:n, 0:n]
    z = x * 0.03 + np.sin(y / 9.0) + rng.random((n, n)) * 0.4
    z[rng.random(z.shape) < 0.01] = np.nan
    imp = rng.random((n, n))
    res = hydro.ponding(raster(z, cs=5.0, nodata=None), 60.0, impervious=imp, method=method)
    b = res["balance"]
    total = b["ponded_m3"] + b["outflow_m3"] + b["infiltrated_m3"]
    assert abs(b["rain_m3"] - total) / b["rain_m3"] < 1e-6
    # ponded water can only stand inside the depressions of the exact fill
    assert abs(b["in_depressions_m3"] - b["ponded_m3"]) / b["ponded_m3"] < 1e-9
    assert 0 < b["ponded_m3"] < b["rain_m3"]


def test_scs_runoff_published_value():
    # TR-55 (1986) Table 2-1: P = 5 in, CN = 80 -> S = 2.5 in, Q = 2.89 in
    q = hydro.runoff_depth(127.0, np.array([0.0]), method="scs", cn_pervious=80.0)
    assert q[0] / 25.4 == pytest.approx(2.89, abs=0.005)


def test_geographic_dem_refused():
    with pytest.raises(InputError, match="geographic"):
        hydro.sinks(Raster(np.zeros((5, 5), np.float32), (11.0, 0.001, 0, 49.5, 0, -0.001), "EPSG:4326"))


def test_nodata_and_flat_dem_messages():
    fb = RecordingFeedback()
    z = np.full((10, 10), 3.0)
    z[4:6, 4:6] = -9999
    res = hydro.sinks(raster(z, nodata=-9999), feedback=fb)
    assert len(res["sinks"]) == 0
    assert any("nodata" in w for w in fb.warnings)
    assert any("flat" in w for w in fb.warnings)
    assert np.isnan(res["depth"].array[4, 4])


def test_buildings_affected_raised_without_height_and_outside():
    z = np.array(PIT, float)
    bl = VectorLayer("buildings", "Polygon", "EPSG:25832", [Field("osm_id", "str"), Field("height", "float")])
    bl.add(box(X0 + 4.2, Y0 - 5.8, X0 + 5.8, Y0 - 4.2), osm_id="in_sink", height=None)
    bl.add(box(X0 + 500, Y0 + 500, X0 + 510, Y0 + 510), osm_id="far", height=6.0)
    bl.add(None, osm_id="nogeom", height=6.0)
    fb = RecordingFeedback()
    res = hydro.sinks(
        raster(z, cs=2.0), bl, min_depth=0.2, min_area=1, min_volume=0.1, building_distances=(), feedback=fb
    )
    aff = {f.attributes["building_id"]: f.attributes for f in res["buildings"].features}
    assert aff["in_sink"]["water_depth"] == pytest.approx(3.0)
    assert aff["in_sink"]["sink_id"] == 1
    rej = {f.attributes["building_id"]: f.attributes["reason"] for f in res["rejected"].features}
    assert rej == {"far": "outside the DEM extent", "nogeom": "no geometry"}
    assert any("covers only" in w for w in fb.warnings)
    # raised as obstacle: the default height is used and said so
    fb = RecordingFeedback()
    res = hydro.sinks(raster(z, cs=2.0), bl, raise_buildings=True, default_height=4.0, feedback=fb)
    assert any("no usable height" in w for w in fb.warnings)
    assert res["dem_used"][2, 2] == pytest.approx(5.0)


def test_cancel_raises():
    fb = RecordingFeedback(cancel_after=1)
    with pytest.raises(CanceledError):
        hydro.sinks(raster(PIT), feedback=fb)


# two pits (1 m and 2 m) inside one depression (ring at 5 m) that spills at 6 m over the
# edge cell (4, 6); the saddle between the pits is the 3 m cell
NESTED = [
    [9, 9, 9, 9, 9, 9, 9],
    [9, 5, 5, 5, 5, 5, 9],
    [9, 5, 1, 3, 2, 5, 9],
    [9, 5, 5, 5, 5, 5, 9],
    [9, 9, 9, 9, 9, 9, 6],
]


@pytest.mark.parametrize(
    "volume, expect",
    [
        (0.5, {(2, 4): 0.5}),  # right pit holds it: level 2.5
        (1.0, {(2, 4): 1.0}),  # right pit exactly full to the 3 m saddle
        (2.5, {(2, 4): 1.0, (2, 2): 1.5}),  # 1.5 m³ spill into the left pit (level 2.5)
        (4.0, {(2, 2): 7 / 3, (2, 3): 1 / 3, (2, 4): 4 / 3}),  # both full to 3 m: one lake at 3 1/3
    ],
)
def test_fill_spill_through_nested_depressions(volume, expect):
    from infraplan.algorithms.climate import fsm

    z = np.array(NESTED, float)
    outlet = np.zeros(z.shape, bool)
    outlet[0, :] = outlet[-1, :] = outlet[:, 0] = outlet[:, -1] = True
    w = np.zeros(z.shape)
    w[2, 4] = volume  # all water falls into the right pit's basin
    depth, out, _ = fsm.fill_spill(z, outlet, w, 1.0)
    got = {(r, c): depth[r, c] for r, c in zip(*np.nonzero(depth))}
    assert set(got) == set(expect)
    for k, v in expect.items():
        assert got[k] == pytest.approx(v)
    assert out == pytest.approx(0.0)
    # more than the whole depression holds: it spills at 6 m into the edge cell (4, 6);
    # held: 12 ring cells at 5 m (1 m each) + the three inner cells (5 + 3 + 4 m)
    w[2, 4] = 100.0
    depth, out, _ = fsm.fill_spill(z, outlet, w, 1.0)
    cap = 12 * 1.0 + (6 - 1) + (6 - 3) + (6 - 2)
    assert depth.sum() == pytest.approx(cap)
    assert out == pytest.approx(100.0 - cap)
