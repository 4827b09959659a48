"""prepareosm on a hand-made OSM extract (every value checkable by hand) and the
errors the issue asks for."""
import pytest
from shapely.geometry import Point

from infraplan.algorithms.data.prepare import prepare_osm
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.feedback import RecordingFeedback

from .conftest import ORIGIN, OsmWriter


def _by(layer, key="osm_id"):
    return {f.attributes[key]: f for f in layer.features}


@pytest.fixture()
def town(osm_writer, tmp_path):
    w = osm_writer
    ids = {}
    ids["A"] = w.rect(0, 0, 20, 10, building="house", **{"building:levels": "2", "addr:street": "Teststraße",
                                                        "addr:housenumber": "1"})
    ids["B"] = w.rect(40, 0, 10, 10, building="yes", height="9")
    w.node(45, 5, **{"addr:street": "Teststraße", "addr:housenumber": "2"})  # inside B
    ids["C"] = w.rect(70, 0, 6, 5, building="garage")
    w.node(73, 8, **{"addr:street": "Teststraße", "addr:housenumber": "3"})  # 3 m north of C
    w.node(200, 200, **{"addr:street": "Feldweg", "addr:housenumber": "9"})  # nowhere near
    # self-intersecting "bow-tie" footprint: repaired into two triangles of 50 m² each
    ids["D"] = w.way([(0, 30), (10, 40), (10, 30), (0, 40)], closed=True, building="yes")
    # degenerate: a closed way with two distinct nodes only
    ids["E"] = w.way([(30, 30), (31, 30)], closed=True, building="yes")
    # streets: residential + footway sharing a node (one network), separate service way
    a, b, c = w.node(-10, -5), w.node(60, -5), w.node(120, -5)
    w.ways.append((1900, [a, b, c], {"highway": "residential", "surface": "asphalt", "name": "Teststraße"}))
    d = w.node(60, -30)
    w.ways.append((1901, [b, d], {"highway": "footway"}))
    ids["S"] = w.way([(300, 0), (300, 20)], highway="service")
    ids["M"] = w.way([(0, -100), (100, -100)], highway="motorway")
    ids["park"] = w.rect(-60, 0, 50, 50, leisure="park", name="Stadtpark")
    ids["res"] = w.rect(-30, -20, 130, 80, landuse="residential")
    w.node(-40, 20, natural="tree")
    w.node(-50, 40, man_made="mast", height="35", **{"tower:type": "communication"})
    w.node(90, 30, amenity="kindergarten", name="Kita")
    path = w.write(str(tmp_path / "town.osm"))
    return path, ids


def test_buildings_heights_and_flags(town):
    path, ids = town
    fb = RecordingFeedback()
    out = prepare_osm(path, feedback=fb)
    b = _by(out["buildings"])
    assert set(b) == {ids["A"], ids["B"], ids["C"], ids["D"]}
    ba, bb, bc, bd = (b[ids[k]].attributes for k in "ABCD")
    assert ba["bld_type"] == "house" and ba["levels"] == 2
    assert ba["height"] == 6.0 and ba["height_src"] == "levels"
    assert ba["area"] == pytest.approx(200, rel=1e-3) and ba["floor_area"] == pytest.approx(400, rel=1e-3)
    assert ba["resident"] == 1 and ba["housenumber"] == "1" and ba["street"] == "Teststraße"
    assert bb["height"] == 9.0 and bb["height_src"] == "height" and bb["levels"] == 3
    assert bb["resident"] == 1 and bb["housenumber"] == "2"  # building=yes with an address
    assert bc["height"] == 2.7 and bc["height_src"] == "default" and bc["resident"] == 0
    assert bd["area"] == pytest.approx(50, rel=1e-3)  # two triangles of 25 m² each
    rej = {f.attributes["osm_id"]: f.attributes["reason"] for f in out["rejected"].features}
    assert ids["E"] in rej and "degenerate" in rej[ids["E"]]
    assert any("1 invalid footprints repaired" in m for m in fb.messages)


def test_addresses_linked_or_unmatched(town):
    path, ids = town
    out = prepare_osm(path)
    addr = {f.attributes["housenumber"]: f.attributes for f in out["addresses"].features}
    assert addr["1"]["bld_id"] == ids["A"] and addr["1"]["source"] == "building"
    assert addr["2"]["bld_id"] == ids["B"] and addr["2"]["match_dist"] == 0
    assert addr["3"]["bld_id"] == ids["C"] and addr["3"]["match_dist"] == pytest.approx(3.0, abs=0.05)
    assert addr["9"]["matched"] == 0 and addr["9"]["bld_id"] is None


def test_streets_surface_components_and_exclusions(town):
    path, ids = town
    out = prepare_osm(path)
    s = _by(out["streets"])
    assert set(s) == {"w1900", "w1901", ids["S"]}  # motorway excluded
    assert s["w1900"].attributes["surface"] == "sealed" and s["w1900"].attributes["surf_src"] == "surface"
    assert s["w1901"].attributes["surface"] == "paved"  # footway default
    assert s["w1900"].attributes["length"] == pytest.approx(130, rel=1e-3)
    assert s["w1900"].attributes["component"] == s["w1901"].attributes["component"] == 0
    assert s[ids["S"]].attributes["component"] == 1


def test_green_landcover_points(town):
    path, ids = town
    out = prepare_osm(path)
    g = _by(out["green"])
    assert g[ids["park"]].attributes["green_type"] == "park" and g[ids["park"]].attributes["public"] == 1
    lc = _by(out["landcover"])
    # the park (higher priority) is cut out of the residential land use: 130x80 - 20x50 overlap
    assert lc[ids["park"]].attributes["area"] == pytest.approx(2500, rel=1e-3)
    assert lc[ids["res"]].attributes["area"] == pytest.approx(130 * 80 - 20 * 50, rel=1e-3)
    assert lc[ids["res"]].attributes["impervious"] == 0.45
    assert len(out["trees"]) == 1
    m = out["masts"].features[0].attributes
    assert m["height"] == 35 and m["tower_type"] == "communication"
    f = out["facilities"].features[0]
    assert f.attributes["fac_type"] == "kindergarten"
    assert f.geometry.distance(Point(ORIGIN[0] + 90, ORIGIN[1] + 30)) < 0.01


def test_area_filter_and_crs(town):
    path, ids = town
    from shapely.geometry import box

    area = box(ORIGIN[0] - 5, ORIGIN[1] - 5, ORIGIN[0] + 55, ORIGIN[1] + 15)  # A and B only
    out = prepare_osm(path, area=area, area_crs="EPSG:25832", crs="EPSG:25833")
    assert {f.attributes["osm_id"] for f in out["buildings"].features} == {ids["A"], ids["B"]}
    assert out["buildings"].crs == "EPSG:25833"


def test_errors(town, tmp_path):
    path, _ = town
    with pytest.raises(InputError, match="geographic"):
        prepare_osm(path, crs="EPSG:4326")
    w = OsmWriter()
    w.way([(0, 0), (100, 0)], highway="residential")
    empty = w.write(str(tmp_path / "nobuildings.osm"))
    with pytest.raises(InputError, match="contains no buildings"):
        prepare_osm(empty)
    with pytest.raises(InputError, match="does not exist"):
        prepare_osm(str(tmp_path / "missing.osm.pbf"))
    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(b"not an osm file")
    with pytest.raises(InputError, match="Cannot read"):
        prepare_osm(str(bad))


def test_cancel_raises(town):
    from infraplan.algorithms.errors import CanceledError

    path, _ = town
    with pytest.raises(CanceledError):
        prepare_osm(path, feedback=RecordingFeedback(cancel_after=1))
