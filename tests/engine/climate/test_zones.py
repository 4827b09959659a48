"""Adaptation zones: scores, drivers, ranking and district summary on hand-made rasters."""

import numpy as np
import pytest
from shapely.geometry import Point, box

from infraplan.algorithms.climate import zones
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.raster import Raster
from infraplan.algorithms.vector import Field, VectorLayer

CRS = "EPSG:25832"


def test_zones_drivers_and_ranking():
    # 400 x 200 m at 10 m: heat class 5 in the west 100 m, 1 elsewhere;
    # 0.6 m ponding over the whole third 100 m block
    hc = np.ones((20, 40), np.uint8)
    hc[:, :10] = 5
    pond = np.zeros((20, 40), np.float32)
    pond[:, 20:30] = 0.6
    tr = (0.0, 10.0, 0.0, 200.0, 0.0, -10.0)
    d = VectorLayer("districts", "Polygon", CRS, [Field("district", "str")])
    d.add(box(0, 0, 200, 200), district="West")
    d.add(box(200, 0, 400, 200), district="East")
    res = zones.adaptation_zones(
        Raster(hc, tr, CRS, 0), Raster(pond, tr, CRS, None), districts=d, zone_size=100.0, min_score=0.3
    )
    z = res["zones"].features
    assert len(z) == 2
    # heat: (5-1)/4 = 1 -> weighted 0.4/0.75; water: 1 -> 0.35/0.75
    a0, a1 = z[0].attributes, z[1].attributes
    assert a0["driver"] == "heat" and a0["score"] == pytest.approx(0.4 / 0.75)
    assert a1["driver"] == "water" and a1["score"] == pytest.approx(0.35 / 0.75)
    assert a0["rank"] == 1 and a1["rank"] == 2
    assert a0["district"] == "West" and a1["district"] == "East"
    assert "retention" in a1["measures"] and "trees" in a0["measures"]
    assert a0["area_ha"] == pytest.approx(2.0)
    table = {f.attributes["district"]: f.attributes for f in res["districts"].features}
    assert table["West"]["main_driver"] == "heat" and table["East"]["zones"] == 1


def test_green_access_exposure():
    ga = VectorLayer("green_access", "Point", CRS, [Field("inhabitants", "float"), Field("ok_300", "int")])
    ga.add(Point(50, 50), inhabitants=150.0, ok_300=0)
    ga.add(Point(150, 50), inhabitants=20.0, ok_300=0)
    ga.add(Point(160, 50), inhabitants=20.0, ok_300=1)
    res = zones.adaptation_zones(green_access=ga, zone_size=100.0, min_score=0.1)
    sc = sorted(f.attributes["score"] for f in res["zones"].features)
    # zone 1: all without access, 150 inhabitants -> 1 * 1.0; zone 2: half, 40 inh -> 0.5*0.7
    assert sc == pytest.approx([0.5 * (0.5 + 0.5 * 0.4), 1.0])


def test_zones_need_input():
    with pytest.raises(InputError):
        zones.adaptation_zones()
