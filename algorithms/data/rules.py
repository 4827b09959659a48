"""Tag -> attribute rules of ``prepareosm``: building heights and residential flag,
street surface class and width, land-cover imperviousness, green-space type and access.

All tables are plain dicts so that the documentation (README, HELP) and the tests read
the same values. Sources of the numbers are given next to each table.
"""
import re

#: storey height in metres used for ``building:levels`` and for type defaults
STOREY_HEIGHT = 3.0

# --------------------------------------------------------------------------- buildings
#: building type -> default number of full storeys when OSM gives neither ``height``
#: nor ``building:levels``. Values are typical German stock (Bavarian small town):
#: detached/semi-detached houses 2 storeys (ground floor + upper floor / attic),
#: apartment blocks 4, garages/sheds 1. Heights are levels x STOREY_HEIGHT, except
#: the entries of TYPE_DEFAULT_HEIGHT (high single-space buildings).
TYPE_DEFAULT_LEVELS = {
    "house": 2, "detached": 2, "semidetached_house": 2, "terrace": 2, "bungalow": 1,
    "residential": 3, "apartments": 4, "dormitory": 4, "farm": 2, "yes": 2,
    "garage": 1, "garages": 1, "carport": 1, "shed": 1, "hut": 1, "roof": 1, "cabin": 1,
    "greenhouse": 1, "kiosk": 1, "service": 1, "transformer_tower": 2, "construction": 1,
    "commercial": 3, "office": 3, "retail": 2, "shop": 2, "supermarket": 1,
    "industrial": 2, "warehouse": 2, "manufacture": 2, "farm_auxiliary": 1, "barn": 1,
    "school": 3, "kindergarten": 1, "university": 4, "hospital": 4, "public": 3,
    "civic": 3, "government": 3, "train_station": 2, "hotel": 4, "grandstand": 2,
    "church": 4, "chapel": 2, "mortuary": 1, "sports_hall": 3,
}
#: building type -> default height in metres (overrides levels x storey height);
#: halls and churches are higher than their storey count suggests.
TYPE_DEFAULT_HEIGHT = {
    "church": 15.0, "chapel": 7.0, "industrial": 8.0, "warehouse": 8.0, "manufacture": 8.0,
    "supermarket": 6.0, "sports_hall": 9.0, "barn": 7.0, "grandstand": 6.0,
    "roof": 4.0, "carport": 2.5, "garage": 2.7, "garages": 2.7,
}
UNKNOWN_TYPE_LEVELS = 2

#: building types that are residential whatever else is tagged
RESIDENTIAL_TYPES = {
    "house", "detached", "semidetached_house", "terrace", "bungalow", "residential",
    "apartments", "dormitory", "farm", "houseboat", "static_caravan",
}
#: types that are never residential
NON_RESIDENTIAL_TYPES = {
    "garage", "garages", "carport", "shed", "hut", "roof", "cabin", "greenhouse", "kiosk",
    "service", "transformer_tower", "construction", "commercial", "office", "retail", "shop",
    "supermarket", "industrial", "warehouse", "manufacture", "farm_auxiliary", "barn",
    "school", "kindergarten", "university", "hospital", "public", "civic", "government",
    "train_station", "hotel", "grandstand", "church", "chapel", "mortuary", "sports_hall",
    "cathedral", "mosque", "temple", "synagogue", "parking", "bunker", "ruins", "toilets",
    "stable", "cowshed", "sty", "silo", "storage_tank", "water_tower", "pavilion",
}
#: tags on a ``building=yes`` polygon that show a non-residential use
NON_RESIDENTIAL_KEYS = ("amenity", "shop", "office", "craft", "industrial", "tourism",
                        "man_made", "leisure", "power", "public_transport", "railway", "aeroway")
#: minimum footprint (m²) of an addressed ``building=yes`` to count as dwelling house
MIN_RESIDENTIAL_AREA = 30.0

_NUM = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def parse_number(value):
    """First number in an OSM value (``"12 m"``, ``"7,5"``, ``"3;4"``) or None."""
    if value is None:
        return None
    m = _NUM.search(str(value))
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", "."))
    except ValueError:  # pragma: no cover - regex guarantees a number
        return None


def parse_length_m(value):
    """A length tag in metres; feet (``'12'``, ``"30 ft"``) converted."""
    num = parse_number(value)
    if num is None:
        return None
    text = str(value).lower()
    if "ft" in text or "'" in text:
        num *= 0.3048
    return num


def building_height(tags, storey_height=STOREY_HEIGHT):
    """(building type, levels, height m, height_src) for a building's tags.

    ``height`` tag (or ``building:height``) wins; else ``building:levels``
    (+ ``roof:levels`` counted half) x storey height; else the type default.
    """
    btype = (tags.get("building") or "yes").strip().lower()
    h = parse_length_m(tags.get("height") or tags.get("building:height"))
    lv = parse_number(tags.get("building:levels"))
    roof = parse_number(tags.get("roof:levels")) or 0.0
    if lv is not None and (lv < 0 or lv > 200):
        lv = None
    if h is not None and 0.5 <= h <= 400:
        levels = lv if lv is not None else max(1.0, round(h / storey_height))
        return btype, float(levels), float(h), "height"
    if lv is not None:
        levels = lv + 0.5 * roof
        return btype, float(lv), float(max(levels, 1.0) * storey_height), "levels"
    levels = float(TYPE_DEFAULT_LEVELS.get(btype, UNKNOWN_TYPE_LEVELS))
    height = TYPE_DEFAULT_HEIGHT.get(btype, levels * storey_height)
    return btype, levels, float(height), "default"


def is_residential(btype, tags, has_address, area, landuse=None):
    """Residential flag (see README):

    * explicit residential types (house, apartments, residential, terrace, ...) -> 1;
    * explicit non-residential types (garage, industrial, church, ...) -> 0;
    * ``building=yes`` (and other unknown types) -> 1 when the building has an address
      (own ``addr:*`` or a linked address point), a footprint of at least
      MIN_RESIDENTIAL_AREA m², no tag showing another use (amenity, shop, office, ...)
      and does not lie in commercial/industrial/retail land use; else 0.
    """
    if btype in RESIDENTIAL_TYPES:
        return 1
    if btype in NON_RESIDENTIAL_TYPES:
        return 0
    if any(tags.get(k) for k in NON_RESIDENTIAL_KEYS):
        return 0
    if landuse in ("industrial", "commercial", "retail", "railway", "military"):
        return 0
    return 1 if (has_address and area >= MIN_RESIDENTIAL_AREA) else 0


# ----------------------------------------------------------------------------- streets
#: highway classes kept as streets (candidate trench routes)
STREET_CLASSES = (
    "trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link",
    "tertiary", "tertiary_link", "unclassified", "residential", "living_street", "service",
    "pedestrian", "track", "road", "footway", "cycleway", "path", "bridleway",
)
#: highway classes deliberately not used (no trenching along them / not a way):
#: motorways (no access for civil works), steps, platforms, planned roads.
EXCLUDED_HIGHWAYS = ("motorway", "motorway_link", "steps", "platform", "bus_stop", "proposed",
                     "construction", "raceway", "corridor", "elevator", "abandoned", "escape")

#: OSM ``surface`` value -> trench surface class. sealed = bituminous/concrete (cut and
#: re-seal), paved = block paving (lift and re-lay), unsealed = no hard surface.
SURFACE_CLASS = {
    "asphalt": "sealed", "concrete": "sealed", "concrete:lanes": "sealed",
    "concrete:plates": "sealed", "chipseal": "sealed", "metal": "sealed", "tartan": "sealed",
    "paved": "sealed",  # generic; in Germany almost always asphalt
    "paving_stones": "paved", "sett": "paved", "cobblestone": "paved",
    "unhewn_cobblestone": "paved", "cobblestone:flattened": "paved", "bricks": "paved",
    "grass_paver": "paved", "stone": "paved", "wood": "paved",
    "unpaved": "unsealed", "compacted": "unsealed", "fine_gravel": "unsealed",
    "gravel": "unsealed", "pebblestone": "unsealed", "dirt": "unsealed", "earth": "unsealed",
    "ground": "unsealed", "grass": "unsealed", "mud": "unsealed", "sand": "unsealed",
    "woodchips": "unsealed", "rock": "unsealed",
}
#: highway class -> surface class when ``surface`` is missing or unknown
HIGHWAY_DEFAULT_SURFACE = {
    "trunk": "sealed", "trunk_link": "sealed", "primary": "sealed", "primary_link": "sealed",
    "secondary": "sealed", "secondary_link": "sealed", "tertiary": "sealed",
    "tertiary_link": "sealed", "unclassified": "sealed", "residential": "sealed",
    "living_street": "paved", "service": "sealed", "pedestrian": "paved",
    "cycleway": "sealed", "footway": "paved", "track": "unsealed", "path": "unsealed",
    "bridleway": "unsealed",
}
#: tracktype grade1 is solid (asphalt/concrete), grade2 gravel, 3-5 soft
TRACKTYPE_SURFACE = {"grade1": "sealed", "grade2": "unsealed", "grade3": "unsealed",
                     "grade4": "unsealed", "grade5": "unsealed"}

#: highway class -> carriageway width estimate (m) from the German road design guideline
#: RASt 06 typical cross-sections (main roads 6.5-7.5 m, residential streets 4.5-5.5 m,
#: access lanes 3-3.5 m, foot/cycle paths 1.5-2.5 m).
HIGHWAY_WIDTH = {
    "trunk": 7.5, "trunk_link": 5.0, "primary": 7.0, "primary_link": 4.5, "secondary": 6.5,
    "secondary_link": 4.5, "tertiary": 6.0, "tertiary_link": 4.5, "unclassified": 5.0,
    "residential": 5.0, "living_street": 4.5, "service": 3.5, "pedestrian": 5.0,
    "road": 5.0, "track": 3.0, "cycleway": 2.5, "footway": 2.0, "path": 1.5, "bridleway": 2.0,
}
LANE_WIDTH = 3.25


def street_surface(tags):
    """(surface class, source) from ``surface``, ``tracktype`` and the highway class."""
    surface = (tags.get("surface") or "").strip().lower()
    if surface:
        first = surface.split(";")[0]
        if first in SURFACE_CLASS:
            return SURFACE_CLASS[first], "surface"
    hw = tags.get("highway")
    if hw == "track" and tags.get("tracktype") in TRACKTYPE_SURFACE:
        return TRACKTYPE_SURFACE[tags["tracktype"]], "tracktype"
    if hw in HIGHWAY_DEFAULT_SURFACE:
        return HIGHWAY_DEFAULT_SURFACE[hw], "highway"
    return "unknown", "none"


def street_width(tags):
    """Width in metres: ``width`` tag, else ``lanes`` x LANE_WIDTH, else class default."""
    w = parse_length_m(tags.get("width") or tags.get("est_width"))
    if w is not None and 0.5 <= w <= 60:
        return float(w)
    lanes = parse_number(tags.get("lanes"))
    if lanes is not None and 1 <= lanes <= 10:
        return float(lanes * LANE_WIDTH)
    return float(HIGHWAY_WIDTH.get(tags.get("highway"), 3.0))


def yes(value):
    return str(value or "").strip().lower() not in ("", "no", "false", "0")


# -------------------------------------------------------------------------- land cover
#: land-cover class -> share of impervious (sealed) surface, 0..1.
#: Sources: USDA NRCS TR-55 "Urban Hydrology for Small Watersheds" (1986), table 2-2a
#: (commercial 85 %, industrial 72 %, residential 1/8 acre 65 % .. 1/2 acre 25 %,
#: open space 0 %), and the German rainwater guideline DWA-A 138 / DWA-M 153 runoff
#: classes (paving, gravel). Residential 0.45 is the German small-town mix of detached
#: and terraced housing (between TR-55 1/4 acre 38 % and 1/8 acre 65 %).
IMPERVIOUSNESS = {
    "building": 1.0, "parking": 0.9, "commercial": 0.85, "retail": 0.85,
    "industrial": 0.72, "railway": 0.4, "residential": 0.45, "farmyard": 0.5,
    "construction": 0.3, "brownfield": 0.3, "garages": 0.8, "education": 0.5,
    "religious": 0.5, "pitch": 0.2, "sports": 0.35, "playground": 0.15, "cemetery": 0.15,
    "allotments": 0.1, "garden": 0.05, "park": 0.1, "recreation_ground": 0.15,
    "village_green": 0.05, "grass": 0.0, "meadow": 0.0, "greenfield": 0.0, "farmland": 0.0,
    "orchard": 0.0, "forest": 0.0, "scrub": 0.0, "heath": 0.0, "grassland": 0.0,
    "wetland": 0.0, "scree": 0.0, "water": 0.0, "basin": 0.0, "swimming_pool": 1.0,
}

#: (key, value) -> land-cover class, in priority order (first match of a polygon wins;
#: higher entries are laid over lower ones when overlaps are removed)
LANDCOVER_TAGS = [
    (("natural", "water"), "water"), (("waterway", "riverbank"), "water"),
    (("landuse", "reservoir"), "water"), (("landuse", "basin"), "basin"),
    (("leisure", "swimming_pool"), "swimming_pool"),
    (("amenity", "parking"), "parking"), (("leisure", "pitch"), "pitch"),
    (("leisure", "playground"), "playground"), (("leisure", "garden"), "garden"),
    (("leisure", "track"), "sports"), (("leisure", "sports_centre"), "sports"),
    (("leisure", "park"), "park"), (("leisure", "common"), "park"),
    (("amenity", "school"), "education"), (("amenity", "kindergarten"), "education"),
    (("amenity", "place_of_worship"), "religious"),
    (("landuse", "garages"), "garages"), (("landuse", "cemetery"), "cemetery"),
    (("landuse", "allotments"), "allotments"), (("landuse", "village_green"), "village_green"),
    (("landuse", "grass"), "grass"), (("natural", "grass"), "grass"),
    (("landuse", "recreation_ground"), "recreation_ground"),
    (("landuse", "construction"), "construction"), (("landuse", "brownfield"), "brownfield"),
    (("landuse", "farmyard"), "farmyard"), (("landuse", "railway"), "railway"),
    (("landuse", "retail"), "retail"), (("landuse", "commercial"), "commercial"),
    (("landuse", "industrial"), "industrial"), (("landuse", "residential"), "residential"),
    (("landuse", "orchard"), "orchard"), (("landuse", "meadow"), "meadow"),
    (("landuse", "greenfield"), "greenfield"), (("landuse", "farmland"), "farmland"),
    (("natural", "scrub"), "scrub"), (("natural", "heath"), "heath"),
    (("natural", "grassland"), "grassland"), (("natural", "wetland"), "wetland"),
    (("natural", "scree"), "scree"),
    (("landuse", "forest"), "forest"), (("natural", "wood"), "forest"),
]
LANDCOVER_PRIORITY = {cls: i for i, (_, cls) in enumerate(LANDCOVER_TAGS)}


def landcover_class(tags):
    for (k, v), cls in LANDCOVER_TAGS:
        if tags.get(k) == v:
            return cls
    return None


# ---------------------------------------------------------------------------- green
#: (key, value) -> green type; public: 1 = open to everybody, 0 = private/restricted.
#: Forest, meadows and open land are public by the Bavarian right of access to nature
#: (BayNatSchG Art. 27; Art. 141 Bavarian constitution) unless tagged otherwise;
#: ``leisure=garden`` in OSM is mostly a private garden; allotments and farmland are
#: private.
GREEN_TAGS = [
    (("leisure", "park"), "park", 1), (("leisure", "playground"), "playground", 1),
    (("leisure", "common"), "common", 1), (("leisure", "garden"), "garden", 0),
    (("landuse", "cemetery"), "cemetery", 1), (("landuse", "allotments"), "allotments", 0),
    (("landuse", "village_green"), "village_green", 1), (("landuse", "grass"), "grass", 1),
    (("natural", "grass"), "grass", 1), (("landuse", "recreation_ground"), "recreation_ground", 1),
    (("landuse", "meadow"), "meadow", 1), (("landuse", "orchard"), "orchard", 0),
    (("landuse", "forest"), "forest", 1), (("natural", "wood"), "forest", 1),
    (("natural", "scrub"), "scrub", 1), (("natural", "heath"), "heath", 1),
    (("natural", "grassland"), "grassland", 1), (("landuse", "greenfield"), "greenfield", 0),
    (("leisure", "pitch"), "pitch", 1),
]


def green_type(tags):
    """(green type, public 0/1) or (None, None). ``access`` private/no/customers makes
    it non-public, ``access`` yes/permissive public; ``leisure=pitch`` only when its
    surface is grass (or untagged)."""
    for (k, v), gtype, public in GREEN_TAGS:
        if tags.get(k) == v:
            if gtype == "pitch" and (tags.get("surface") or "grass") not in ("grass", "artificial_turf"):
                continue
            access = (tags.get("access") or "").lower()
            if access in ("private", "no", "customers", "agricultural", "forestry"):
                public = 0
            elif access in ("yes", "permissive", "public"):
                public = 1
            return gtype, public
    return None, None


# ------------------------------------------------------------------------ facilities
def facility_type(tags):
    amenity = tags.get("amenity")
    if amenity in ("kindergarten", "school", "hospital"):
        return amenity
    if amenity == "nursing_home" or tags.get("social_facility") in ("nursing_home", "assisted_living"):
        return "care_home"
    return None


def water_type(tags):
    if tags.get("natural") == "water":
        return tags.get("water") or "water"
    if tags.get("waterway") == "riverbank":
        return "river"
    if tags.get("landuse") in ("reservoir", "basin"):
        return tags["landuse"]
    return None


WATERWAY_CLASSES = ("river", "stream", "canal", "ditch", "drain", "brook")
