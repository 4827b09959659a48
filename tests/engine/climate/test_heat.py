"""InVEST Urban Cooling formulas on a small hand-checkable grid, and the heat risk chain."""

import math

import numpy as np
import pytest
from shapely.geometry import Point, box

from infraplan.algorithms.climate import heat
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.vector import Field, VectorLayer


def test_cooling_capacity_formula():
    # forest cell of the InVEST sample table style: shade 1, albedo 0.15, Kc 1
    assert heat.cooling_capacity(1.0, 0.15, 1.0) == pytest.approx(0.6 + 0.03 + 0.2)
    assert heat.cooling_capacity(0.0, 0.2, 0.2) == pytest.approx(0.08)


def explicit_hm(cc, green, cs, d_cool, min_ha):
    """Straight from the InVEST user guide, with explicit sums over cells."""
    nr, nc = cc.shape
    r = int(math.ceil(d_cool / cs))
    wsum = sum(
        math.exp(-math.hypot(a, b) * cs / d_cool)
        for a in range(-r, r + 1)
        for b in range(-r, r + 1)
        if math.hypot(a, b) * cs <= d_cool
    )
    hm = np.zeros_like(cc)
    for i in range(nr):
        for j in range(nc):
            ga, park = 0.0, 0.0
            for a in range(nr):
                for b in range(nc):
                    d = math.hypot(a - i, b - j) * cs
                    if d <= d_cool:
                        ga += cs * cs * green[a, b]
                        park += green[a, b] * cc[a, b] * math.exp(-d / d_cool) / wsum
            hm[i, j] = cc[i, j] if (cc[i, j] >= park or ga < min_ha * 1e4) else park
    return hm


@pytest.mark.parametrize("block", [3, 2])  # 3x3 x 50 m = 2.25 ha (park cools), 2x2 = 1 ha (no)
def test_hm_and_air_temperature_hand_grid(block):
    cs, d_cool = 50.0, 200.0
    green = np.zeros((9, 9))
    green[3 : 3 + block, 3 : 3 + block] = 1
    cc = np.where(green > 0, heat.cooling_capacity(1.0, 0.15, 1.0), heat.cooling_capacity(0, 0.15, 0.2))
    hm, cc_park, ga = heat.heat_mitigation(cc, green, cs, d_cool, 2.0)
    ref = explicit_hm(cc, green, cs, d_cool, 2.0)
    assert np.allclose(hm, ref, atol=1e-9)
    # green cell: its own CC wins -> T = 21 + (1 - 0.83) * 3.5
    t = heat.air_temperature(hm, 21.0, 3.5)
    assert t[3, 3] == pytest.approx(21.0 + 0.17 * 3.5)
    far = t[8, 8]
    if block == 2:  # 1 ha of green is below the 2 ha threshold: no park cooling anywhere
        assert np.allclose(hm[green == 0], 0.07)
        assert far == pytest.approx(21.0 + 0.93 * 3.5)
    else:  # next to the park the HM is the park's cooling
        assert hm[2, 4] > 0.07 and hm[2, 4] == pytest.approx(cc_park[2, 4])


def _layers():
    lc = VectorLayer(
        "landcover", "Polygon", "EPSG:25832", [Field("lc_class", "str"), Field("impervious", "float")]
    )
    lc.add(box(0, 0, 400, 400), lc_class="residential", impervious=0.6)
    lc.add(box(400, 0, 800, 400), lc_class="forest", impervious=0.0)
    b = VectorLayer("buildings", "Polygon", "EPSG:25832", [Field("height", "float")])
    for x in range(20, 380, 40):
        for y in range(20, 380, 40):
            b.add(box(x, y, x + 25, y + 25), height=10.0)
    z = VectorLayer(
        "zensus",
        "Polygon",
        "EPSG:25832",
        [Field("einwohner", "int"), Field("anteil_ab65", "float"), Field("anteil_unter18", "float")],
    )
    z.add(box(0, 0, 1000, 1000), einwohner=3000, anteil_ab65=30.0, anteil_unter18=15.0)
    fac = VectorLayer("facilities", "Point", "EPSG:25832", [Field("fac_type", "str")])
    fac.add(Point(100, 100), fac_type="kindergarten")
    fac.add(Point(700, 100), fac_type="bakery")
    return lc, b, z, fac


def test_heat_risk_chain():
    lc, b, z, fac = _layers()
    res = heat.heat_risk(lc, b, bounds=(0, 0, 800, 400), zensus=z, facilities=fac, cellsize=20.0)
    t = res["t_air"].array
    rc = res["risk_class"].array
    assert t.shape == (20, 40)
    # built-up west is hotter and riskier than the forest in the east
    assert t[:, :15].mean() > t[:, 25:].mean() + 1.0
    assert rc[:, :15].mean() > rc[:, 25:].mean()
    assert set(np.unique(rc)) <= {1, 2, 3, 4, 5}
    assert res["summary"]["sensitive_facilities"] == 1
    # weights are parameters: without building/imperviousness terms the hazard is heat only
    res2 = heat.heat_risk(
        lc, b, bounds=(0, 0, 800, 400), cellsize=20.0, hazard_weights={"buildings": 0.0, "impervious": 0.0}
    )
    assert np.allclose(res2["hazard"].array, (res2["t_air"].array - 21.0) / 3.5, atol=1e-5)


def test_heat_bad_input():
    lc, b, z, fac = _layers()
    with pytest.raises(InputError, match="cell size"):
        heat.heat_risk(lc, b, cellsize=1.0)
    with pytest.raises(InputError, match="method"):
        heat.heat_risk(lc, b, method="magic")
    with pytest.raises(InputError, match="geographic"):
        heat.heat_risk(lc, b, crs="EPSG:4326")
