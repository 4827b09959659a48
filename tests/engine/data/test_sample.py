"""The shipped sample test_data/ (made by make sample-data): layer/field contract of the
project, size, and the 'Must show' checks of issue 3 against independent counts."""
import os

import numpy as np
import pytest

from infraplan.algorithms.vector import read_vector

CONTRACT = {
    "buildings": ["osm_id", "bld_type", "levels", "height", "height_src", "area", "floor_area",
                  "resident", "dwellings", "dwell_src", "street", "housenumber"],
    "addresses": ["osm_id", "street", "housenumber", "postcode", "bld_id", "matched"],
    "streets": ["osm_id", "highway", "name", "surface", "width", "bridge", "tunnel"],
    "green": ["osm_id", "green_type", "public", "area"],
    "water": ["osm_id", "water_type"],
    "landcover": ["osm_id", "lc_class", "impervious"],
    "trees": ["osm_id"],
    "masts": ["osm_id", "tower_type", "height"],
    "facilities": ["osm_id", "fac_type"],
    "pop": ["pop_id", "name"],
    "sites": ["site_id", "sector_id", "height", "azimuth", "tilt_mech", "tilt_elec", "power_dbm",
              "freq_mhz", "bw_mhz", "tech", "pattern"],
    "candidates": ["cand_id", "height", "kind"],
    "zensus_100m": ["bldg_res", "dwellings"],
    "zensus_1km": ["einwohner", "anteil_ab65", "anteil_unter18", "hh_groesse"],
    "districts": ["district"],
}


@pytest.fixture(scope="module")
def gpkg(test_data_dir):
    path = os.path.join(test_data_dir, "lauf.gpkg")
    if not os.path.exists(path):
        pytest.skip("test_data/lauf.gpkg missing (make sample-data)")
    return path


@pytest.fixture(scope="module")
def layers(gpkg):
    return {name: read_vector(gpkg, name) for name in list(CONTRACT) + ["area", "rejected"]}


def test_contract_layers_and_fields(layers, test_data_dir):
    for name, fields in CONTRACT.items():
        lyr = layers[name]
        assert lyr.crs == "EPSG:25832", name
        missing = set(fields) - set(lyr.field_names())
        assert not missing, (name, missing)
        assert len(lyr) > 0, name
    size = sum(os.path.getsize(os.path.join(test_data_dir, f)) for f in os.listdir(test_data_dir))
    assert size < 10e6


def test_value_domains(layers):
    b = layers["buildings"]
    for f in b.features:
        a = f.attributes
        assert a["height_src"] in ("height", "levels", "default")
        assert a["height"] > 0 and a["levels"] >= 1 and a["resident"] in (0, 1) and a["dwellings"] >= 0
        assert a["floor_area"] == pytest.approx(a["area"] * a["levels"], abs=0.02)
        assert a["area"] == pytest.approx(f.geometry.area, rel=1e-6, abs=0.01)
    surfaces = {f.attributes["surface"] for f in layers["streets"].features}
    assert surfaces <= {"sealed", "paved", "unsealed", "unknown"}
    assert all(0 <= v <= 1 for v in layers["landcover"].values("impervious"))
    assert set(layers["facilities"].values("fac_type")) <= {"kindergarten", "school", "hospital", "care_home"}
    assert all(r for r in layers["rejected"].values("reason"))
    sites = layers["sites"]
    assert set(sites.values("tech")) <= {"NR", "LTE"}
    assert set(sites.values("pattern")) <= {"38901", "36814", "omni"}
    assert len(set(sites.values("sector_id"))) == len(sites)
    assert 15 <= len(layers["candidates"]) <= 30
    assert len(layers["pop"]) == 1


def test_landcover_does_not_overlap(layers):
    from shapely.ops import unary_union

    lc = layers["landcover"]
    total = sum(f.geometry.area for f in lc.features)
    assert unary_union([f.geometry for f in lc.features]).area == pytest.approx(total, rel=1e-4)


def test_building_count_within_one_percent_of_extract(layers, raw_data_dir):
    """Independent count: GDAL's own SQL over the extract's multipolygons layer (the sample
    area is the extract's bounding box)."""
    from osgeo import ogr

    ds = ogr.Open(os.path.join(raw_data_dir, "lauf-200115.osm.pbf"))
    res = ds.ExecuteSQL("SELECT COUNT(*) FROM multipolygons WHERE building IS NOT NULL AND building <> 'no'")
    n_osm = res.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(res)
    n = len(layers["buildings"])
    assert 6400 < n_osm < 6600
    assert abs(n - n_osm) <= 0.01 * n_osm, (n, n_osm)


def test_streets_main_component_covers_95_percent(layers):
    """Connectivity recomputed with scipy's csgraph over shared vertices (not networkx)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    streets = layers["streets"]
    index, rows, cols = {}, [], []
    for i, f in enumerate(streets.features):
        for c in f.geometry.coords:
            k = index.setdefault((round(c[0], 2), round(c[1], 2)), len(index))
            rows.append(i)
            cols.append(len(streets) + k)
    n = len(streets) + len(index)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(m, directed=False)
    lengths = np.array([f.geometry.length for f in streets.features])
    lab = labels[: len(streets)]
    per = np.bincount(lab, weights=lengths)
    assert per.max() / lengths.sum() >= 0.95
    main = np.argmax(per)
    for i, f in enumerate(streets.features):
        assert (lab[i] == main) == (f.attributes.get("component") == 0)


def test_every_address_linked_or_unmatched(layers):
    from shapely.strtree import STRtree

    blds = layers["buildings"]
    by_id = {f.attributes["osm_id"]: f.geometry for f in blds.features}
    tree = STRtree(list(by_id.values()))
    n_un = 0
    for f in layers["addresses"].features:
        a = f.attributes
        if a["matched"] == 1:
            assert a["bld_id"] in by_id
            assert by_id[a["bld_id"]].distance(f.geometry) <= 5.0 + 1e-6
        else:
            assert a["matched"] == 0 and a["bld_id"] is None
            assert all(g.distance(f.geometry) > 5.0 for g in tree.query(f.geometry.buffer(5.0)))
            n_un += 1
    assert n_un < 0.02 * len(layers["addresses"])


def test_residential_flag_against_zensus_building_counts(layers):
    """Independent reference for the residential rule: the Zensus 2022 number of
    residential buildings per 100 m cell (bldg_res). Over the cells inside the area the
    OSM-derived residential buildings must match the census total within 10 % and
    follow it cell by cell (correlation > 0.6)."""
    from infraplan.algorithms.geo import transformer

    area = layers["area"].features[0].geometry.buffer(-1)
    to3035 = transformer("EPSG:25832", "EPSG:3035").transform
    osm = {}
    for f in layers["buildings"].features:
        p = f.geometry.representative_point()
        x, y = to3035(p.x, p.y)
        key = (int(x // 100) * 100, int(y // 100) * 100)
        osm[key] = osm.get(key, 0) + f.attributes["resident"]
    census, ours = [], []
    for c in layers["zensus_100m"].features:
        if area.contains(c.geometry.centroid):
            census.append(c.attributes["bldg_res"])
            ours.append(osm.get((c.attributes["gitter_x"], c.attributes["gitter_y"]), 0))
    census, ours = np.array(census), np.array(ours)
    assert len(census) > 400
    assert abs(ours.sum() - census.sum()) <= 0.10 * census.sum(), (ours.sum(), census.sum())
    assert np.corrcoef(census, ours)[0, 1] > 0.6
