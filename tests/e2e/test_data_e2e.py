"""End to end through qgis_process.bin: estimatedwellings and preparedem on the sample."""
import os

import pytest

pytestmark = pytest.mark.e2e


def test_estimatedwellings_and_preparedem_via_qgis_process(qgis_runner, test_data_dir, tmp_path):
    gpkg = os.path.join(test_data_dir, "lauf.gpkg")
    if not os.path.exists(gpkg):
        pytest.skip("sample missing")
    out = str(tmp_path / "dwellings.gpkg")
    res = qgis_runner.run("infraplan:estimatedwellings", {
        "BUILDINGS": gpkg + "|layername=buildings", "GRID": gpkg + "|layername=zensus_100m",
        "COUNT_FIELD": "dwellings", "OUTPUT": out})
    assert res["returncode"] == 0
    from infraplan.algorithms.vector import read_vector

    blds = read_vector(res["results"]["OUTPUT"].split("|")[0])
    assert len(blds) > 6000 and min(blds.values("dwellings")) >= 0
    assert "dwell_src" in blds.field_names()

    dem = str(tmp_path / "dem.tif")
    res = qgis_runner.run("infraplan:preparedem", {
        "INPUT": os.path.join(test_data_dir, "lauf_dem_10m.tif"),
        "EXTENT": "664300,664900,5486900,5487400 [EPSG:25832]", "RESOLUTION": 20,
        "RESAMPLING": 5, "OUTPUT": dem})
    assert res["returncode"] == 0 and os.path.exists(dem)
    from infraplan.algorithms.raster import read_raster

    r = read_raster(dem)
    assert r.shape == (25, 30) and r.cellsize == 20.0
    assert os.path.exists(str(tmp_path / "dem.qml"))


def test_bad_input_exit_code(qgis_runner, tmp_path):
    out = str(tmp_path / "x.gpkg")
    res = qgis_runner.run("infraplan:prepareosm", {"INPUT": str(tmp_path / "missing.osm.pbf"),
                                                    "BUILDINGS": out}, check=False)
    assert res["returncode"] != 0
    assert "does not exist" in (res.get("stderr", "") + res.get("stdout", "") + str(res))
    assert not os.path.exists(out)
