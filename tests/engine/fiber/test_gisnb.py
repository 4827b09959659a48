"""GIS-Nb: export -> write -> read -> validate round trip has zero violations (Shapefile and
GeoJSON); a deliberately broken dataset yields exactly the expected violations."""
import csv
import os

import pytest
from shapely.geometry import LineString, Point

from infraplan.algorithms.errors import InputError
from infraplan.algorithms.fiber.boq import example_plan
from infraplan.algorithms.fiber.gisnb import (
    CODES_PATH,
    export_gisnb,
    load_spec,
    read_gisnb,
    validate_gisnb,
    violation_key,
    write_gisnb,
)


def test_code_table_and_schema():
    spec = load_spec()
    assert list(spec.layers) == ["Bauten_und_Netztechnik", "Endverbraucher", "Trassenbau", "Leerrohre",
                                 "Verbindungen"]
    for _, fields in spec.layers.values():
        assert all(len(n) <= 10 for n in fields)
    assert spec.codes["Trassenb"][11] and spec.codes["Trassenb"][12]
    assert spec.code("Trassenb", "sealed") == 11 and spec.code("Trassenb", "unsealed") == 12
    assert [spec.code("Verb_Art", t) for t in ("6F", "12F", "24F", "48F", "72F", "96F", "144F", "288F")] \
        == list(range(5, 13))
    # everything not taken from the official document is marked
    rows = list(csv.DictReader(open(CODES_PATH, encoding="utf-8")))
    assert {r["status"] for r in rows} <= {"confirmed", "secondary", "unconfirmed"}
    assert all(r["source"] for r in rows)
    assert ("Verb_Art = 5", "unconfirmed") in spec.unconfirmed()


def test_export_content_matches_the_plan():
    plan = example_plan()
    out = export_gisnb(plan)
    assert len(out["Bauten_und_Netztechnik"]) == 1 + 2  # PoP + 2 DPs
    assert len(out["Endverbraucher"]) == 6
    assert sum(f.attributes["Anz_WE"] for f in out["Endverbraucher"].features) == 14
    tr = out["Trassenbau"]
    assert len(tr) == 4 + 6  # trench segments + drops
    codes = [f.attributes["Trassenb"] for f in tr.features[:4]]
    assert codes == [11, 11, 12, 11]  # sealed, paved (sealed), unsealed, sealed
    vb = {f.attributes["VB_ID"]: f.attributes for f in out["Verbindungen"].features}
    assert vb["VB-4"]["Verb_Art"] == 5 and vb["VB-4"]["Anz_Kabel"] == 2
    assert vb["VB-1"]["Verb_Art"] == 7  # 24F
    assert sum(f.attributes["Laenge"] for f in tr.features[:4]) == pytest.approx(340.0)


@pytest.mark.parametrize("fmt", ["shp", "geojson"])
def test_round_trip_has_zero_violations(tmp_path, fmt):
    layers = export_gisnb(example_plan())
    paths = write_gisnb(layers, str(tmp_path / "gisnb"), fmt)
    assert len(paths) == 5 and all(os.path.getsize(p) > 0 for p in paths)
    assert not [p for p in os.listdir(tmp_path / "gisnb") if p.startswith(".gisnb-")]
    viol, summary = validate_gisnb(str(tmp_path / "gisnb"))
    assert violation_key(viol) == []
    total = [f.attributes for f in summary.features if f.attributes["layer"] == "(all)"][0]
    assert total["count"] == 0 and total["features"] == sum(len(v) for v in layers.values())


def test_broken_dataset_yields_exactly_the_expected_violations(tmp_path):
    layers = export_gisnb(example_plan())
    # 1) missing field: drop Anz_WE from Endverbraucher
    ev = layers["Endverbraucher"]
    ev.fields = [f for f in ev.fields if f.name != "Anz_WE"]
    # 2) bad code: Leerrohre feature 2 gets LR_Art 99
    layers["Leerrohre"].features[2].attributes["LR_Art"] = 99
    # 3) dangling reference: Endverbraucher feature 4 points to a DP that does not exist
    ev.features[4].attributes["BNT_ID"] = "DP-404"
    # 4) wrong geometry type: a point in the Trassenbau layer (GeoJSON allows mixing)
    bad = layers["Trassenbau"].features[3]
    bad.geometry = Point(bad.geometry.coords[0])
    # 5) length mismatch on Verbindungen feature 1
    layers["Verbindungen"].features[1].attributes["Laenge"] += 25.0
    folder = str(tmp_path / "broken")
    write_gisnb({k: v for k, v in layers.items() if k != "Trassenbau"}, folder, "geojson")
    import json

    from shapely.geometry import mapping
    fc = {"type": "FeatureCollection", "crs": {"type": "name", "properties": {
        "name": "urn:ogc:def:crs:EPSG::25832"}}, "features": [
        {"type": "Feature", "geometry": mapping(f.geometry), "properties": f.attributes}
        for f in layers["Trassenbau"].features]}
    with open(os.path.join(folder, "Trassenbau.geojson"), "w") as fh:
        json.dump(fc, fh)
    viol, summary = validate_gisnb(folder)
    assert violation_key(viol) == sorted([
        ("Endverbraucher", -1, "field_missing", "Anz_WE"),
        ("Leerrohre", 2, "code", "LR_Art"),
        ("Endverbraucher", 4, "reference", "BNT_ID"),
        ("Trassenbau", 3, "geometry_type", None),
        ("Verbindungen", 1, "length", "Laenge"),
    ])
    total = [f.attributes for f in summary.features if f.attributes["layer"] == "(all)"][0]
    assert total["count"] == 5


def test_layer_missing_crs_required_and_duplicate(tmp_path):
    layers = export_gisnb(example_plan())
    del layers["Leerrohre"]
    layers["Trassenbau"].features[1].attributes["TR_ID"] = \
        layers["Trassenbau"].features[0].attributes["TR_ID"]
    layers["Verbindungen"].features[0].attributes["Verb_Art"] = None
    for lay in layers.values():
        lay.crs = "EPSG:4326" if lay.name == "Trassenbau" else lay.crs
    viol, _ = validate_gisnb(layers)
    assert violation_key(viol) == sorted([
        ("Leerrohre", -1, "layer_missing", None),
        ("Trassenbau", 1, "id_unique", "TR_ID"),
        ("Verbindungen", 0, "required", "Verb_Art"),
        ("Trassenbau", -1, "crs", None),
    ])


def test_third_party_dataset_with_lowercase_names(tmp_path):
    """Field/layer names are matched case-insensitively (dBase has no case)."""
    layers = export_gisnb(example_plan())
    tr = layers["Trassenbau"]
    for f in tr.features:
        f.attributes = {k.lower(): v for k, v in f.attributes.items()}
    from infraplan.algorithms.vector import Field
    tr.fields = [Field(f.name.lower(), f.type) for f in tr.fields]
    viol, _ = validate_gisnb({k.lower(): v for k, v in layers.items()})
    assert violation_key(viol) == []


def test_unknown_inputs():
    with pytest.raises(InputError, match="does not exist"):
        read_gisnb("/nonexistent/gisnb")
    plan = example_plan()
    plan["trenches"].features[0].attributes["duct"] = "MD 99x1"
    with pytest.raises(InputError, match="'trenches' field 'duct'.*MD 99x1"):
        export_gisnb(plan)
    with pytest.raises(InputError, match="format"):
        write_gisnb({}, "/tmp/x", "kml")
    assert LineString  # noqa: B018 (import used in fixtures of other tests)


def test_plan_in_another_crs_is_exported_in_utm():
    from infraplan.algorithms.feedback import RecordingFeedback
    from infraplan.algorithms.geo import reproject_layer
    plan = {k: reproject_layer(v, "EPSG:3857") for k, v in example_plan().items()}
    fb = RecordingFeedback()
    out = export_gisnb(plan, feedback=fb)
    assert all(lay.crs == "EPSG:25832" for lay in out.values())
    assert any("reprojected to EPSG:25832" in w for w in fb.warnings)
    viol, _ = validate_gisnb(out)
    assert violation_key(viol) == []
    trench_m = sum(f.attributes["Laenge"] for f in out["Trassenbau"].features[:4])
    assert trench_m == pytest.approx(340.0, abs=0.01)
