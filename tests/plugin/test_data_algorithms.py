"""Adapters of the data group through processing.run: prepareosm on the raw extract (or a
tiny area of it), estimatedwellings and preparedem on the sample, bad input refused."""
import os

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from infraplan.plugin.provider import InfraPlanProvider

_KEEP = []


@pytest.fixture(scope="module")
def provider(qgis_processing):
    reg = QgsApplication.processingRegistry()
    p = reg.providerById("infraplan")
    if p is None:
        p = InfraPlanProvider()
        reg.addProvider(p)
        _KEEP.append(p)
    return p


@pytest.fixture(scope="module")
def sample(test_data_dir):
    gpkg = os.path.join(test_data_dir, "lauf.gpkg")
    if not os.path.exists(gpkg):
        pytest.skip("test_data/lauf.gpkg missing (make sample-data)")
    return gpkg


def _osm(raw_data_dir):
    return os.path.join(raw_data_dir, "lauf-200115.osm.pbf")


# a 600 m x 500 m block of the old town of Lauf (EPSG:25832)
OLD_TOWN = "664300,664900,5486900,5487400 [EPSG:25832]"


def test_prepareosm_small_area(provider, raw_data_dir, tmp_path):
    gpkg = str(tmp_path / "osm.gpkg")
    params = {"INPUT": _osm(raw_data_dir), "EXTENT": OLD_TOWN, "CRS": "EPSG:25832"}
    for key in ("BUILDINGS", "ADDRESSES", "STREETS", "GREEN", "WATER", "WATERWAYS", "LANDCOVER",
                "TREES", "MASTS", "FACILITIES", "REJECTED"):
        params[key] = "ogr:dbname='%s' table=\"%s\" (geom)" % (gpkg, key.lower())
    res = processing.run("infraplan:prepareosm", params)
    blds = QgsVectorLayer(res["BUILDINGS"], "b", "ogr")
    assert blds.isValid() and blds.crs().authid() == "EPSG:25832"
    n = blds.featureCount()
    assert 100 < n < 3000
    names = blds.fields().names()
    for f in ("osm_id", "bld_type", "levels", "height", "height_src", "area", "floor_area", "resident"):
        assert f in names
    # every building's representative point lies inside the extent
    ext = blds.extent()
    assert ext.xMinimum() > 664300 - 200 and ext.xMaximum() < 664900 + 200
    streets = QgsVectorLayer(res["STREETS"], "s", "ogr")
    surf = {f["surface"] for f in streets.getFeatures()}
    assert surf <= {"sealed", "paved", "unsealed", "unknown"} and "sealed" in surf
    addr = QgsVectorLayer(res["ADDRESSES"], "a", "ogr")
    ids = {f["osm_id"] for f in blds.getFeatures()}
    for f in addr.getFeatures():
        assert (f["matched"] == 1 and f["bld_id"] in ids) or (f["matched"] == 0 and not f["bld_id"])


def test_prepareosm_refuses_geographic_crs(provider, raw_data_dir, tmp_path):
    out = str(tmp_path / "b.gpkg")
    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run("infraplan:prepareosm", {"INPUT": _osm(raw_data_dir), "CRS": "EPSG:4326",
                                                "BUILDINGS": out})
    assert not os.path.exists(out)


def test_prepareosm_extract_without_buildings(provider, raw_data_dir, tmp_path):
    # an area in the fields north-east of the extract: no building inside
    out = str(tmp_path / "b.gpkg")
    with pytest.raises(QgsProcessingException, match="no buildings"):
        processing.run("infraplan:prepareosm", {"INPUT": _osm(raw_data_dir),
                                                "EXTENT": "700000,700100,5400000,5400100 [EPSG:25832]",
                                                "BUILDINGS": out})
    assert not os.path.exists(out)


def test_estimatedwellings_on_sample(provider, sample, raw_data_dir, tmp_path):
    out = str(tmp_path / "dw.gpkg")
    cells = str(tmp_path / "cells.gpkg")
    grid = os.path.join(raw_data_dir, "lauf_pegnitz_zensus2022_100m.gpkg")
    res = processing.run("infraplan:estimatedwellings", {
        "BUILDINGS": sample + "|layername=buildings", "GRID": grid, "COUNT_FIELD": "dwellings",
        "OUTPUT": out, "CELLS": cells})
    lyr = QgsVectorLayer(res["OUTPUT"], "b", "ogr")
    sums = {}
    for f in lyr.getFeatures():
        assert f["dwellings"] >= 0
        if f["dwell_src"] in ("zensus", "zensus_nonres"):
            sums[f["cell_id"]] = sums.get(f["cell_id"], 0) + f["dwellings"]
    cl = QgsVectorLayer(res["CELLS"], "c", "ogr")
    n_ok = 0
    for c in cl.getFeatures():
        if c["status"] in ("ok", "nonresidential_only"):
            assert sums.get(c["cell_id"], 0) == c["dwellings"]
            n_ok += 1
    assert n_ok > 300


def test_estimatedwellings_missing_field(provider, sample, tmp_path):
    out = str(tmp_path / "dw.gpkg")
    with pytest.raises(QgsProcessingException, match="no field 'wohnungen'"):
        processing.run("infraplan:estimatedwellings", {
            "BUILDINGS": sample + "|layername=buildings", "GRID": sample + "|layername=zensus_1km",
            "COUNT_FIELD": "wohnungen", "OUTPUT": out})
    assert not os.path.exists(out)


def test_preparedem_with_dsm(provider, sample, raw_data_dir, tmp_path):
    srtm = "/vsizip/%s/N49E011.hgt" % os.path.join(raw_data_dir, "N49E011.hgt.zip")
    dem, dsm = str(tmp_path / "dem.tif"), str(tmp_path / "dsm.tif")
    res = processing.run("infraplan:preparedem", {
        "INPUT_PATH": srtm, "EXTENT": OLD_TOWN, "CRS": "EPSG:25832", "RESOLUTION": 10,
        "RESAMPLING": 1, "BUILDINGS": sample + "|layername=buildings", "HEIGHT_FIELD": "height",
        "OUTPUT": dem, "OUTPUT_DSM": dsm})
    a, b = QgsRasterLayer(res["OUTPUT"], "dem"), QgsRasterLayer(res["OUTPUT_DSM"], "dsm")
    assert a.isValid() and b.isValid()
    assert (a.width(), a.height()) == (60, 50) == (b.width(), b.height())
    assert a.extent() == b.extent()
    from infraplan.algorithms.raster import read_raster

    d1, d2 = read_raster(dem), read_raster(dsm)
    diff = d2.array - d1.array
    assert diff.min() >= 0 and diff.max() > 5
    assert np.all((300 < d1.array) & (d1.array < 450))
    assert os.path.exists(os.path.splitext(dem)[0] + ".qml")


def test_preparedem_not_overlapping(provider, raw_data_dir, tmp_path):
    srtm = "/vsizip/%s/N49E011.hgt" % os.path.join(raw_data_dir, "N49E011.hgt.zip")
    dem = str(tmp_path / "dem.tif")
    with pytest.raises(QgsProcessingException, match="does not overlap"):
        processing.run("infraplan:preparedem", {
            "INPUT_PATH": srtm, "EXTENT": "400000,401000,5800000,5801000 [EPSG:25832]",
            "OUTPUT": dem})
    assert not os.path.exists(dem)


def test_dem_style_is_stretched_to_the_raster(provider, sample, tmp_path):
    dem = str(tmp_path / "dem.tif")
    processing.run("infraplan:preparedem", {
        "INPUT": os.path.join(os.path.dirname(sample), "lauf_dem_10m.tif"), "EXTENT": OLD_TOWN,
        "RESOLUTION": 10, "OUTPUT": dem})
    lyr = QgsRasterLayer(dem, "dem")
    lyr.loadNamedStyle(os.path.splitext(dem)[0] + ".qml")
    from infraplan.algorithms.raster import read_raster

    arr = read_raster(dem).array
    ren = lyr.renderer()
    assert ren.type() == "singlebandpseudocolor"
    assert ren.classificationMin() == pytest.approx(arr.min(), abs=0.01)
    assert ren.classificationMax() == pytest.approx(arr.max(), abs=0.01)
