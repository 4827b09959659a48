"""Tag -> attribute rules of prepareosm (hand-checked against the OSM wiki meanings)."""
import pytest

from infraplan.algorithms.data import rules
from infraplan.algorithms.data.osm import parse_other_tags


def test_parse_other_tags_hstore():
    text = '"building:levels"=>"3","name"=>"Caf\\"e \\"Alt\\"","addr:street"=>"Marktplatz"'
    tags = parse_other_tags(text)
    assert tags == {"building:levels": "3", "name": 'Caf"e "Alt"', "addr:street": "Marktplatz"}
    assert parse_other_tags(None) == {}


@pytest.mark.parametrize("tags, expected", [
    ({"building": "yes", "height": "12"}, ("yes", 4.0, 12.0, "height")),
    ({"building": "yes", "height": "12.5 m", "building:levels": "3"}, ("yes", 3.0, 12.5, "height")),
    ({"building": "yes", "height": "7,5"}, ("yes", 2.0, 7.5, "height")),
    ({"building": "yes", "height": "30 ft"}, ("yes", 3.0, 9.144, "height")),
    ({"building": "apartments", "building:levels": "5"}, ("apartments", 5.0, 15.0, "levels")),
    ({"building": "house", "building:levels": "2", "roof:levels": "1"}, ("house", 2.0, 7.5, "levels")),
    ({"building": "house"}, ("house", 2.0, 6.0, "default")),
    ({"building": "apartments"}, ("apartments", 4.0, 12.0, "default")),
    ({"building": "garage"}, ("garage", 1.0, 2.7, "default")),
    ({"building": "church"}, ("church", 4.0, 15.0, "default")),
    ({"building": "yes"}, ("yes", 2.0, 6.0, "default")),
    ({"building": "something_odd"}, ("something_odd", 2.0, 6.0, "default")),
    ({"building": "yes", "height": "-3"}, ("yes", 2.0, 6.0, "default")),  # nonsense ignored
])
def test_building_height(tags, expected):
    btype, levels, height, src = rules.building_height(tags)
    assert (btype, levels, src) == expected[:2] + expected[3:]
    assert height == pytest.approx(expected[2], abs=1e-3)


def test_storey_height_parameter():
    assert rules.building_height({"building": "yes", "building:levels": "4"}, 3.5)[2] == 14.0


@pytest.mark.parametrize("btype, tags, addr, area, landuse, expected", [
    ("house", {}, False, 80, None, 1),
    ("apartments", {}, False, 400, "commercial", 1),
    ("garage", {}, True, 20, "residential", 0),
    ("yes", {}, True, 120, "residential", 1),
    ("yes", {}, False, 120, "residential", 0),  # no address: shed / barn / outbuilding
    ("yes", {}, True, 12, "residential", 0),  # too small for a dwelling house
    ("yes", {"shop": "bakery"}, True, 200, None, 0),
    ("yes", {"amenity": "school"}, True, 2000, None, 0),
    ("yes", {}, True, 500, "industrial", 0),
    ("industrial", {}, True, 500, None, 0),
])
def test_residential_rule(btype, tags, addr, area, landuse, expected):
    assert rules.is_residential(btype, tags, addr, area, landuse) == expected


@pytest.mark.parametrize("tags, expected", [
    ({"highway": "residential", "surface": "asphalt"}, ("sealed", "surface")),
    ({"highway": "residential", "surface": "paving_stones"}, ("paved", "surface")),
    ({"highway": "residential", "surface": "sett"}, ("paved", "surface")),
    ({"highway": "track", "surface": "gravel"}, ("unsealed", "surface")),
    ({"highway": "path", "surface": "ground"}, ("unsealed", "surface")),
    ({"highway": "service", "surface": "asphalt;paving_stones"}, ("sealed", "surface")),
    ({"highway": "residential"}, ("sealed", "highway")),
    ({"highway": "primary"}, ("sealed", "highway")),
    ({"highway": "footway"}, ("paved", "highway")),
    ({"highway": "track", "tracktype": "grade1"}, ("sealed", "tracktype")),
    ({"highway": "track", "tracktype": "grade3"}, ("unsealed", "tracktype")),
    ({"highway": "track"}, ("unsealed", "highway")),
    ({"highway": "residential", "surface": "undefined"}, ("sealed", "highway")),
    ({"highway": "road"}, ("unknown", "none")),
])
def test_street_surface(tags, expected):
    assert rules.street_surface(tags) == expected


def test_street_width():
    assert rules.street_width({"highway": "residential", "width": "6.5"}) == 6.5
    assert rules.street_width({"highway": "primary", "lanes": "2"}) == 2 * rules.LANE_WIDTH
    assert rules.street_width({"highway": "residential"}) == rules.HIGHWAY_WIDTH["residential"]
    assert rules.street_width({"highway": "footway"}) < rules.street_width({"highway": "secondary"})
    assert rules.street_width({"highway": "residential", "width": "500"}) == 5.0  # nonsense ignored


def test_motorways_and_steps_are_not_streets():
    for hw in ("motorway", "motorway_link", "steps", "platform"):
        assert hw not in rules.STREET_CLASSES and hw in rules.EXCLUDED_HIGHWAYS


@pytest.mark.parametrize("tags, expected", [
    ({"leisure": "park"}, ("park", 1)),
    ({"leisure": "garden"}, ("garden", 0)),
    ({"leisure": "garden", "access": "yes"}, ("garden", 1)),
    ({"landuse": "forest"}, ("forest", 1)),
    ({"landuse": "forest", "access": "private"}, ("forest", 0)),
    ({"landuse": "cemetery"}, ("cemetery", 1)),
    ({"landuse": "allotments"}, ("allotments", 0)),
    ({"leisure": "playground"}, ("playground", 1)),
    ({"leisure": "pitch", "surface": "grass"}, ("pitch", 1)),
    ({"leisure": "pitch", "surface": "asphalt"}, (None, None)),
    ({"landuse": "residential"}, (None, None)),
])
def test_green_type(tags, expected):
    assert rules.green_type(tags) == expected


def test_landcover_classes_and_imperviousness():
    assert rules.landcover_class({"landuse": "residential"}) == "residential"
    assert rules.landcover_class({"natural": "water", "landuse": "basin"}) == "water"
    assert rules.landcover_class({"amenity": "parking", "landuse": "retail"}) == "parking"
    assert rules.landcover_class({"building": "yes"}) is None
    for _, cls in rules.LANDCOVER_TAGS:
        assert 0.0 <= rules.IMPERVIOUSNESS[cls] <= 1.0
    # TR-55 ordering: commercial > industrial > residential > parks > forest
    imp = rules.IMPERVIOUSNESS
    assert imp["commercial"] > imp["industrial"] > imp["residential"] > imp["park"] > imp["forest"]


def test_facility_and_water_types():
    assert rules.facility_type({"amenity": "kindergarten"}) == "kindergarten"
    tags = {"amenity": "social_facility", "social_facility": "nursing_home"}
    assert rules.facility_type(tags) == "care_home"
    assert rules.facility_type({"amenity": "nursing_home"}) == "care_home"
    assert rules.facility_type({"amenity": "social_facility", "social_facility": "outreach"}) is None
    assert rules.water_type({"natural": "water", "water": "pond"}) == "pond"
    assert rules.water_type({"waterway": "riverbank"}) == "river"
