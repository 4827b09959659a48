"""End to end through qgis_process.bin: coverage + coveragestats on a small part of Lauf."""

import os

import pytest

pytestmark = pytest.mark.e2e


def test_coverage_and_stats_via_qgis_process(qgis_runner, test_data_dir, tmp_path):
    gpkg = os.path.join(test_data_dir, "lauf.gpkg")
    dem = os.path.join(test_data_dir, "lauf_dem_10m.tif")
    dsm = os.path.join(test_data_dir, "lauf_dsm_10m.tif")
    if not all(os.path.exists(p) for p in (gpkg, dem, dsm)):
        pytest.skip("sample missing")
    rsrp = str(tmp_path / "rsrp.tif")
    res = qgis_runner.run(
        "infraplan:coverage",
        {
            "SITES": gpkg + "|layername=sites",
            "DEM": dem,
            "DSM": dsm,
            "MODEL": 0,
            "RESOLUTION": 25,
            "MAX_RADIUS": 1200,
            "THRESHOLDS": "-95,-105,-115",
            "OUTPUT_RSRP": rsrp,
            "OUTPUT_SINR": str(tmp_path / "sinr.tif"),
            "OUTPUT_CLASSES": str(tmp_path / "classes.gpkg"),
            "OUTPUT_REJECTED": str(tmp_path / "rejected.gpkg"),
        },
    )
    assert res["returncode"] == 0
    assert os.path.exists(rsrp) and os.path.exists(str(tmp_path / "rsrp.qml"))
    from infraplan.algorithms.raster import read_raster

    r = read_raster(rsrp)
    assert r.cellsize == 25.0
    assert (r.array > -9999).mean() > 0.3
    stats = str(tmp_path / "stats.gpkg")
    res = qgis_runner.run(
        "infraplan:coveragestats",
        {
            "RSRP": rsrp,
            "THRESHOLDS": "-95,-105,-115",
            "DISTRICTS": gpkg + "|layername=districts",
            "DISTRICT_FIELD": "district",
            "POPULATION": gpkg + "|layername=zensus_1km",
            "POPULATION_FIELD": "einwohner",
            "OUTPUT": stats,
            "OUTPUT_HOLES": str(tmp_path / "holes.gpkg"),
        },
    )
    assert res["returncode"] == 0
    from infraplan.algorithms.vector import read_vector

    t = read_vector(res["results"]["OUTPUT"].split("|")[0])
    rows = [
        f.attributes
        for f in t.features
        if f.attributes["district"] == "all" and f.attributes["env"] == "outdoor"
    ]
    assert abs(sum(a["area_share"] for a in rows) - 1.0) < 1e-3


def test_coverage_bad_dem_exit_code(qgis_runner, test_data_dir, tmp_path):
    gpkg = os.path.join(test_data_dir, "lauf.gpkg")
    if not os.path.exists(gpkg):
        pytest.skip("sample missing")
    out = str(tmp_path / "r.tif")
    res = qgis_runner.run(
        "infraplan:coverage",
        {"SITES": gpkg + "|layername=sites", "DEM": str(tmp_path / "missing.tif"), "OUTPUT_RSRP": out},
        check=False,
    )
    assert res["returncode"] != 0
    assert not os.path.exists(out)
