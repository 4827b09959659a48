"""coveragestats on hand-made rasters and siteselection end to end on a flat DEM."""

import numpy as np
import pytest
from shapely.geometry import Point, box

from infraplan.algorithms.coverage import propagation as pr
from infraplan.algorithms.coverage.coverage import NODATA
from infraplan.algorithms.coverage.stats import coverage_stats, select_sites
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.raster import Raster
from infraplan.algorithms.vector import Field, VectorLayer

X0, Y0 = 650000.0, 5485000.0


def grid_rsrp():
    # 10 x 20 cells of 10 m: left half -90 dBm, right half columns 10..14 -100, 15..19 no signal
    a = np.full((10, 20), -90.0, np.float32)
    a[:, 10:15] = -100.0
    a[:, 15:] = NODATA
    return Raster(a, (X0, 10.0, 0.0, Y0, 0.0, -10.0), "EPSG:25832", NODATA)


def test_stats_hand_counts():
    r = grid_rsrp()
    districts = VectorLayer("d", "Polygon", "EPSG:25832", [Field("district", "str")])
    districts.add(box(X0, Y0 - 100, X0 + 100, Y0), district="West")
    districts.add(box(X0 + 100, Y0 - 100, X0 + 200, Y0), district="East")
    pop = VectorLayer("p", "Polygon", "EPSG:25832", [Field("pop", "int")])
    pop.add(box(X0, Y0 - 100, X0 + 200, Y0), pop=400)  # 2 per cell
    bld = VectorLayer("b", "Polygon", "EPSG:25832", [Field("dwellings", "int")])
    bld.add(box(X0 + 11, Y0 - 19, X0 + 19, Y0 - 11), dwellings=3)  # cell (1,1): -90
    bld.add(box(X0 + 121, Y0 - 19, X0 + 129, Y0 - 11), dwellings=5)  # cell (1,12): -100
    bld.add(box(X0 + 181, Y0 - 19, X0 + 189, Y0 - 11), dwellings=7)  # cell (1,18): none
    table, holes = coverage_stats(
        r, [-95, -105], districts, "district", pop, "pop", bld, "dwellings", freq_mhz=1800.0
    )
    rows = {
        (f.attributes["district"], f.attributes["env"], f.attributes["class"]): f.attributes
        for f in table.features
    }
    a = rows[("all", "outdoor", 1)]
    assert a["area_km2"] == pytest.approx(100 * 100 / 1e6)
    assert a["area_share"] == pytest.approx(0.5)
    assert a["population"] == pytest.approx(200.0)
    assert a["buildings"] == 1 and a["households"] == 3
    assert rows[("all", "outdoor", 2)]["population"] == pytest.approx(100.0)
    assert rows[("all", "outdoor", 3)]["households"] == 7
    assert rows[("East", "outdoor", 1)]["area_share"] == 0.0
    assert rows[("East", "outdoor", 2)]["area_share"] == pytest.approx(0.5)
    # indoor: -90 - BEL(1.8 GHz) = -90 - 14.84 >= -105 -> class 2; -100 - 14.84 -> hole
    bel = float(pr.p2109_bel(1.8, 0.0, 50.0))
    assert bel == pytest.approx(14.84, abs=0.01)
    assert rows[("all", "indoor", 1)]["area_share"] == 0.0
    assert rows[("all", "indoor", 2)]["area_share"] == pytest.approx(0.5)
    assert rows[("all", "indoor", 2)]["households"] == 3
    assert rows[("all", "indoor", 3)]["area_share"] == pytest.approx(0.5)
    assert rows[("all", "indoor", 3)]["households"] == 12
    for d in ("all", "West", "East"):
        for env in ("outdoor", "indoor"):
            assert sum(rows[(d, env, k)]["area_share"] for k in (1, 2, 3)) == pytest.approx(1.0)
    # one hole: the 5 right columns, 50 cells, 100 people, 7 households, in East
    assert len(holes) == 1
    h = holes.features[0].attributes
    assert h["area_m2"] == pytest.approx(5000.0) and h["population"] == pytest.approx(100.0)
    assert h["households"] == 7 and h["district"] == "East"
    assert holes.features[0].geometry.area == pytest.approx(5000.0)


def test_stats_bad_input():
    with pytest.raises(InputError):
        coverage_stats(grid_rsrp(), [])
    pop = VectorLayer("p", "Polygon", "EPSG:25832", [Field("x", "int")])
    with pytest.raises(InputError):
        coverage_stats(grid_rsrp(), [-95], population=pop, pop_field="einwohner")
    with pytest.raises(InputError, match="without its population field"):
        coverage_stats(grid_rsrp(), [-95], population=pop, pop_field=None)


def test_site_selection_flat():
    n = 120
    dem = Raster(np.full((n, n), 300.0, np.float32), (X0, 10.0, 0.0, Y0, 0.0, -10.0), "EPSG:25832", None)
    pop = VectorLayer("p", "Polygon", "EPSG:25832", [Field("pop", "int")])
    # three population clusters
    pop.add(box(X0 + 100, Y0 - 200, X0 + 200, Y0 - 100), pop=1000)
    pop.add(box(X0 + 900, Y0 - 300, X0 + 1000, Y0 - 200), pop=600)
    pop.add(box(X0 + 500, Y0 - 1100, X0 + 600, Y0 - 1000), pop=300)
    cands = VectorLayer("c", "Point", "EPSG:25832", [Field("cand_id", "str"), Field("height", "float")])
    for cid, x, y in [("A", 150, 150), ("B", 950, 250), ("C", 550, 1050), ("D", 500, 500), ("E", 1150, 1150)]:
        cands.add(Point(X0 + x, Y0 - y), cand_id=cid, height=20.0)
    out, rej, summary = select_sites(
        cands,
        dem,
        population=pop,
        pop_field="pop",
        k=2,
        threshold=-95.0,
        model="umi",
        max_radius=400.0,
        defaults={"height": None},
    )
    assert len(rej) == 0
    ids = [f.attributes["cand_id"] for f in out.features]
    assert ids == ["A", "B"]
    assert out.features[0].attributes["gain"] == pytest.approx(1000.0, rel=0.01)
    assert out.features[-1].attributes["cum_share"] == pytest.approx(1600 / 1900, rel=0.01)
    # brute force over the engine's own candidate coverage values
    alone = dict(summary["alone"])
    assert alone["D"] < alone["A"]
    out, _, _ = select_sites(
        cands,
        dem,
        population=pop,
        pop_field="pop",
        k=None,
        target_share=0.99,
        threshold=-95.0,
        model="umi",
        max_radius=400.0,
    )
    assert [f.attributes["cand_id"] for f in out.features][:3] == ["A", "B", "C"]
    with pytest.raises(InputError):
        select_sites(cands, dem, k=None, target_share=None)
