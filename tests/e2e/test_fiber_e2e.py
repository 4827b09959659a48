"""End-to-end: infraplan:ftthplan through qgis_process.bin on a cut of the Lauf sample."""
import os
import sqlite3

import pytest

from infraplan.algorithms.vector import VectorLayer, read_vector, write_vector

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def lauf_cut(test_data_dir, tmp_path_factory):
    from shapely.geometry import box
    src = os.path.join(test_data_dir, "lauf.gpkg")
    if not os.path.exists(src):
        pytest.skip("sample data test_data/lauf.gpkg not built")
    pop = read_vector(src, "pop")
    p = pop.features[0].geometry
    area = box(p.x - 400, p.y - 400, p.x + 400, p.y + 400)
    out = str(tmp_path_factory.mktemp("fibercut") / "cut.gpkg")
    for name in ("buildings", "streets"):
        lay = read_vector(src, name)
        feats = [f for f in lay.features if f.geometry is not None and f.geometry.intersects(area)]
        write_vector(VectorLayer(name, lay.geometry_type, lay.crs, lay.fields, feats), out)
    write_vector(pop, out)
    return out


def test_ftthplan_qgis_process(qgis_runner, lauf_cut, tmp_path):
    gpkg = str(tmp_path / "plan.gpkg")
    trenches = str(tmp_path / "trenches.gpkg")
    res = qgis_runner.run("infraplan:ftthplan", {
        "BUILDINGS": lauf_cut + "|layername=buildings", "STREETS": lauf_cut + "|layername=streets",
        "POP": lauf_cut + "|layername=pop", "MAX_DROP": 80, "TRENCHES": trenches, "GPKG": gpkg})
    out = res["results"]
    assert out["HOMES_SERVED"] > 50
    assert out["TRENCH_KM"] > 0.5
    assert out["EUR_PER_HOME"] == pytest.approx(out["TOTAL_EUR"] / out["HOMES_SERVED"], rel=1e-6)
    assert os.path.exists(trenches) and os.path.exists(gpkg)
    with sqlite3.connect(gpkg) as db:
        n = db.execute("select count(*) from trenches").fetchone()[0]
        styles = db.execute("select count(*) from layer_styles").fetchone()[0]
    assert n > 10 and styles >= 7
    t = read_vector(trenches)
    assert abs(sum(f.attributes["length"] for f in t.features) / 1000.0 - out["TRENCH_KM"]) < 1e-6
