"""Heavy-rain sinks and ponding end to end through qgis_process.bin on a small DEM."""

import os

import numpy as np
import pytest

from infraplan.algorithms.raster import Raster, read_raster, write_raster
from infraplan.algorithms.vector import read_vector

pytestmark = pytest.mark.e2e


def test_sinks_and_ponding_via_qgis_process(qgis_runner, tmp_path):
    # 40x40 cells of 5 m tilted plane with one 1.2 m deep, 6x6 cell pit
    y, x = np.mgrid[0:40, 0:40]
    z = (310.0 + 0.02 * x + 0.01 * y).astype(np.float32)
    z[15:21, 15:21] -= 1.2
    dem = str(tmp_path / "dem.tif")
    write_raster(Raster(z, (662000.0, 5.0, 0, 5489000.0, 0, -5.0), "EPSG:25832", -9999.0), dem)
    out = qgis_runner.run(
        "infraplan:sinks",
        {
            "DEM": dem,
            "OUTPUT_SINKS": str(tmp_path / "sinks.gpkg"),
            "OUTPUT_FLOWPATHS": str(tmp_path / "paths.gpkg"),
            "OUTPUT_DEPTH": str(tmp_path / "depth.tif"),
        },
    )
    sinks = read_vector(str(out["results"]["OUTPUT_SINKS"]).split("|")[0])
    assert len(sinks) == 1
    a = sinks.features[0].attributes
    # the pit fills to its lowest rim cell: the rim neighbour at (14,14) is the lowest outside
    rim = float(z[14, 14])
    assert a["fill_level"] == pytest.approx(rim, abs=1e-4)
    assert a["area_m2"] == pytest.approx(36 * 25.0)
    expect = float(np.sum(rim - z[15:21, 15:21])) * 25.0
    assert a["volume_m3"] == pytest.approx(expect, rel=1e-5)
    assert os.path.exists(str(tmp_path / "depth.qml"))
    pond = qgis_runner.run(
        "infraplan:ponding",
        {
            "DEM": dem,
            "RAIN_MM": 30.0,
            "DEFAULT_IMPERVIOUS": 1.0,
            "C_IMPERVIOUS": 1.0,
            "OUTPUT_DEPTH": str(tmp_path / "pond.tif"),
        },
    )
    r = pond["results"]
    assert r["RAIN_M3"] == pytest.approx(0.03 * 1600 * 25.0)
    assert r["INFILTRATED_M3"] == pytest.approx(0.0, abs=1e-6)
    assert abs(r["RAIN_M3"] - r["PONDED_M3"] - r["OUTFLOW_M3"]) / r["RAIN_M3"] < 1e-6
    depth = read_raster(str(tmp_path / "pond.tif")).array
    assert np.nansum(depth) * 25.0 == pytest.approx(r["PONDED_M3"], rel=1e-4)


def test_geographic_dem_fails_cleanly(qgis_runner, tmp_path):
    z = np.zeros((10, 10), np.float32)
    dem = str(tmp_path / "geo.tif")
    write_raster(Raster(z, (11.2, 0.0001, 0, 49.5, 0, -0.0001), "EPSG:4326", -9999.0), dem)
    out = qgis_runner.run(
        "infraplan:sinks",
        {
            "DEM": dem,
            "OUTPUT_SINKS": str(tmp_path / "s.gpkg"),
            "OUTPUT_FLOWPATHS": str(tmp_path / "p.gpkg"),
            "OUTPUT_DEPTH": str(tmp_path / "d.tif"),
        },
        check=False,
    )
    assert out["returncode"] != 0
    assert "geographic" in (out.get("stderr", "") + out.get("stdout", "") + str(out))
    assert not os.path.exists(str(tmp_path / "d.tif"))
