"""Fiber adapters through processing.run on a small generated city."""
import os
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from infraplan.algorithms.fiber.synthetic import synthetic_city
from infraplan.algorithms.vector import VectorLayer, write_vector


@pytest.fixture(scope="module")
def city_gpkg(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("fiber") / "city.gpkg")
    streets, buildings, pop = synthetic_city(150, seed=2, pops=2)
    for layer in (streets, buildings, pop):
        write_vector(layer, path)
    write_vector(VectorLayer("nopop", "Point", pop.crs, pop.fields, []), path)
    return path


def src(path, name):
    return "%s|layername=%s" % (path, name)


def run(alg, params):
    import processing
    return processing.run("infraplan:" + alg, params)


def layer(result, key):
    out = result[key]
    return out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, key, "ogr")


def test_streetgraph(infraplan_provider, city_gpkg):
    r = run("streetgraph", {"STREETS": src(city_gpkg, "streets"), "TOLERANCE": 1.0,
                            "EDGES": "memory:", "NODES": "memory:", "COMPONENTS": "memory:",
                            "REJECTED": "memory:"})
    assert r["N_COMPONENTS"] == 1
    edges = layer(r, "EDGES")
    assert edges.featureCount() > 20
    assert {"cost", "surface", "length", "component"} <= set(edges.fields().names())


def test_step_by_step_equals_chain(infraplan_provider, city_gpkg, tmp_path):
    common = {"STREETS": src(city_gpkg, "streets"), "POP": src(city_gpkg, "pop")}
    d = run("drops", dict(common, BUILDINGS=src(city_gpkg, "buildings"), MAX_DROP=60,
                          DROPS=str(tmp_path / "drops.gpkg"), UNSERVED="memory:"))
    drops = layer(d, "DROPS")
    assert drops.featureCount() == 150
    c = run("clusters", dict(common, DROPS=d["DROPS"], SPLIT_RATIO=3, SPLITTERS_PER_DP=2,
                             DPS="memory:", CLUSTERS="memory:"))
    dps = layer(c, "DPS")
    assert c["N_DPS"] == dps.featureCount() > 1
    assert max(f["homes"] for f in dps.getFeatures()) <= 32
    t = run("trenches", dict(common, DROPS=d["DROPS"], TRENCHES="memory:"))
    assert t["TRENCH_KM"] > 0
    dim = run("dimension", dict(common, DROPS=d["DROPS"], TRENCHES="memory:", DPS="memory:",
                                HOMES="memory:", POPS="memory:", OPTICAL_CLASS=1))
    pops = layer(dim, "POPS")
    assert sum(f["pon_ports"] for f in pops.getFeatures()) == dim["PON_PORTS"]
    gpkg = str(tmp_path / "plan.gpkg")
    chain = run("ftthplan", dict(common, BUILDINGS=src(city_gpkg, "buildings"), MAX_DROP=60,
                                 TRENCHES="memory:", DPS="memory:", GPKG=gpkg))
    assert chain["HOMES_SERVED"] == sum(f["homes"] for f in drops.getFeatures())
    assert chain["TRENCH_KM"] == pytest.approx(t["TRENCH_KM"], rel=0.01)
    assert chain["EUR_PER_HOME"] == pytest.approx(chain["TOTAL_EUR"] / chain["HOMES_SERVED"])
    # one GeoPackage with every layer and its style embedded
    assert os.path.exists(gpkg)
    with sqlite3.connect(gpkg) as db:
        tables = {r[0] for r in db.execute("select table_name from gpkg_contents")}
        styled = {r[0] for r in db.execute("select f_table_name from layer_styles")}
    assert {"trenches", "drops", "dps", "clusters", "homes", "pops", "unserved", "summary"} <= tables
    assert {"trenches", "drops", "dps", "clusters", "homes", "pops", "unserved"} <= styled
    tr = QgsVectorLayer(src(gpkg, "trenches"), "t", "ogr")
    assert tr.renderer().type() == "graduatedSymbol"


def test_no_pop_is_a_clear_error(infraplan_provider, city_gpkg):
    with pytest.raises(QgsProcessingException, match="PoP"):
        run("ftthplan", {"STREETS": src(city_gpkg, "streets"), "POP": src(city_gpkg, "nopop"),
                         "BUILDINGS": src(city_gpkg, "buildings"), "TRENCHES": "memory:"})
