"""Green access (3-30-300) on hand-made geometry with hand-computed walking distances."""

import math

import pytest
from shapely.geometry import LineString, Point, box

from infraplan.algorithms.climate import green
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.vector import Field, VectorLayer

CRS = "EPSG:25832"


def layers():
    streets = VectorLayer("streets", "LineString", CRS, [Field("highway", "str")])
    streets.add(LineString([(0, 0), (1000, 0)]), highway="residential")
    g = VectorLayer("green", "Polygon", CRS, [Field("public", "int")])
    g.add(box(0, 10, 100, 110), public=1)  # 1 ha public park, 10 m north of the street
    g.add(box(600, 10, 660, 70), public=1)  # 0.36 ha: too small
    g.add(box(800, -210, 1000, -10), public=0)  # 4 ha private: not public
    b = VectorLayer(
        "buildings",
        "Polygon",
        CRS,
        [Field("osm_id", "str"), Field("resident", "int"), Field("dwellings", "int")],
    )
    b.add(box(245, -25, 255, -15), osm_id="near", resident=1, dwellings=4)
    b.add(box(395, -25, 405, -15), osm_id="far", resident=1, dwellings=2)
    b.add(box(895, -115, 905, -105), osm_id="in_garden", resident=1, dwellings=1)
    b.add(box(500, -25, 510, -15), osm_id="shop", resident=0, dwellings=0)
    b.add(box(500, -900, 510, -890), osm_id="remote", resident=1, dwellings=1)
    trees = VectorLayer("trees", "Point", CRS, [])
    for x in (240, 250, 260):
        trees.add(Point(x, -40))
    return b, streets, g, trees


def test_walking_distances_and_rules():
    b, s, g, t = layers()
    res = green.green_access(b, s, g, trees=t, household_size=2.0, densify=25.0)
    out = {f.attributes["building_id"]: f.attributes for f in res["buildings"].features}
    assert set(out) == {"near", "far", "in_garden"}
    # street vertices every 25 m; best entrance: vertex (125, 0), hypot(25, 10) = 26.9 m from
    # the park corner (100, 10) (within the 30 m entry distance); then 125 m along the street
    # to (250, 0) and the 20 m access leg to the building centroid (250, -20)
    entry = math.hypot(25, 10)
    assert out["near"]["walk_green05_m"] == pytest.approx(entry + 125 + 20, abs=0.05)
    assert out["far"]["walk_green05_m"] == pytest.approx(entry + 275 + 20, abs=0.05)
    assert out["near"]["walk_green1_m"] == pytest.approx(entry + 145, abs=0.05)
    assert out["near"]["ok_300"] == 1 and out["far"]["ok_300"] == 0
    assert out["near"]["trees_near"] == 3 and out["near"]["ok_3"] == 1 and out["far"]["ok_3"] == 0
    assert out["in_garden"]["green_share"] > 0.3 and out["in_garden"]["ok_30"] == 1
    assert out["near"]["inhabitants"] == pytest.approx(8.0)
    rej = {f.attributes["building_id"]: f.attributes["reason"] for f in res["rejected"].features}
    assert "remote" in rej and "no street" in rej["remote"]
    assert res["summary"]["inhabitants_without_300"] == pytest.approx(4.0 + 2.0)


def test_share_hand_value():
    # a point in the middle of a 1000 m green square: share 1; 150 m outside its edge: 0
    _, s, _, _ = layers()
    g = VectorLayer("green", "Polygon", CRS, [Field("public", "int")])
    g.add(box(-500, -500, 500, 500), public=0)
    pts = __import__("numpy").array([[0.0, 0.0], [700.0, 0.0], [500.0, 0.0]])
    sh = green._green_share(pts, g, None, __import__("numpy").zeros((0, 2)), 150.0, 4.0, CRS, None)
    assert sh[0] == pytest.approx(1.0)
    assert sh[1] == pytest.approx(0.0)
    assert sh[2] == pytest.approx(0.5, abs=0.03)  # on the edge: half the disc


def test_no_residential_buildings():
    b, s, g, t = layers()
    for f in b.features:
        f.attributes["resident"] = 0
    with pytest.raises(InputError, match="residential"):
        green.green_access(b, s, g)
