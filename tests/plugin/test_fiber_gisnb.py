"""Adapters exportgisnb and validategisnb: export -> validate round trip without violations,
broken dataset with exactly the expected violations."""
import os
import shutil

import pytest
from qgis.core import QgsVectorLayer

from infraplan.algorithms.fiber.boq import example_plan
from infraplan.algorithms.vector import write_vector

_KEEP = []


@pytest.fixture()
def gisnb_provider(infraplan_provider):
    from infraplan.plugin.fiber.exportgisnb import ExportGisNbAlgorithm
    from infraplan.plugin.fiber.validategisnb import ValidateGisNbAlgorithm

    for cls in (ExportGisNbAlgorithm, ValidateGisNbAlgorithm):
        if infraplan_provider.algorithm(cls.ALG_ID) is None:
            alg = cls()
            _KEEP.append(alg)
            infraplan_provider.addAlgorithm(alg)
    return infraplan_provider


def _plan_params(folder):
    path = os.path.join(str(folder), "plan.gpkg")
    for role, layer in example_plan().items():
        write_vector(layer, path, layer_name=role)
    return {role.upper(): "%s|layername=%s" % (path, role) for role in example_plan()}


def test_export_then_validate_round_trip(gisnb_provider, tmp_path):
    import processing
    params = _plan_params(tmp_path)
    params.update(FORMAT=2, OUTPUT_FOLDER=str(tmp_path / "gisnb"))
    res = processing.run("infraplan:exportgisnb", params)
    assert res["VIOLATIONS"] == 0 and res["FEATURES"] > 0
    for fmt, ext in (("shp", ".shp"), ("geojson", ".geojson")):
        files = sorted(f for f in os.listdir(tmp_path / "gisnb" / fmt) if f.endswith(ext))
        assert files == sorted(n + ext for n in ("Bauten_und_Netztechnik", "Endverbraucher", "Trassenbau",
                                                 "Leerrohre", "Verbindungen"))
        out = processing.run("infraplan:validategisnb", {"INPUT": str(tmp_path / "gisnb" / fmt),
                                                         "OUTPUT": "memory:", "SUMMARY": "memory:"})
        assert out["VIOLATIONS"] == 0
    shp = QgsVectorLayer(str(tmp_path / "gisnb" / "shp" / "Trassenbau.shp"), "t", "ogr")
    assert [f.name() for f in shp.fields()] == ["TR_ID", "Trassenb", "Verl_Meth", "Laenge"]
    assert shp.crs().authid() == "EPSG:25832"


def test_validate_broken_shapefiles(gisnb_provider, tmp_path):
    import processing
    params = _plan_params(tmp_path)
    params.update(FORMAT=0, OUTPUT_FOLDER=str(tmp_path / "g"))
    processing.run("infraplan:exportgisnb", params)
    folder = tmp_path / "g"
    # wrong geometry type: replace Leerrohre by the (point) Endverbraucher files
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        src = folder / ("Endverbraucher" + ext)
        if src.exists():
            shutil.copy(src, folder / ("Leerrohre" + ext))
    # bad code + dangling reference edited in QGIS
    ev = QgsVectorLayer(str(folder / "Endverbraucher.shp"), "ev", "ogr")
    idx = ev.fields().indexOf("BNT_ID")
    ev.dataProvider().changeAttributeValues({0: {idx: "DP-999"}})
    tr = QgsVectorLayer(str(folder / "Trassenbau.shp"), "tr", "ogr")
    tr.dataProvider().changeAttributeValues({2: {tr.fields().indexOf("Trassenb"): 77}})
    del ev, tr
    res = processing.run("infraplan:validategisnb", {"INPUT": str(folder), "OUTPUT": "memory:",
                                                     "SUMMARY": "memory:"})
    viol = res["OUTPUT"]
    got = sorted((f["layer"], f["fid"], f["rule"], f["field"] or None) for f in viol.getFeatures())
    # the 6 point records in Leerrohre: geometry type each, and the Leerrohre fields are missing
    expected = [("Endverbraucher", 0, "reference", "BNT_ID"), ("Trassenbau", 2, "code", "Trassenb")]
    expected += [("Leerrohre", -1, "field_missing", f) for f in ("Anz_Rohre", "LR_Art", "LR_ID", "Laenge")]
    expected += [("Leerrohre", i, "geometry_type", None) for i in range(6)]
    assert got == sorted(expected)
    assert res["VIOLATIONS"] == len(expected)
