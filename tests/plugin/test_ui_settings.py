"""Settings dialog: fill, validate, save, write the project, reopen, values restored."""
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from infraplan.plugin.project_settings import ProjectSettings, parameter_role
from infraplan.ui.settings_dialog import SettingsDialog


def _vector(path, name, geometry):
    layer = QgsVectorLayer("%s?crs=EPSG:25832&field=id:integer" % geometry, name, "memory")
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProject.instance().transformContext(), options)
    out = QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")
    assert out.isValid()
    return out


def _raster(path):
    ds = gdal.GetDriverByName("GTiff").Create(path, 4, 4, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((650000, 10, 0, 5480000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.arange(16, dtype="float32").reshape(4, 4))
    ds = None
    layer = QgsRasterLayer(path, "dem")
    assert layer.isValid()
    return layer


@pytest.fixture()
def layers(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    gpkg = str(tmp_path / "data.gpkg")
    found = {"buildings": _vector(gpkg, "buildings", "Polygon"),
             "streets": _vector(gpkg, "streets", "LineString"),
             "pop": _vector(gpkg, "pop", "Point"), "dem": _raster(str(tmp_path / "dem.tif"))}
    project.addMapLayers(list(found.values()))
    yield found
    project.clear()


def _combo_layers(combo):
    return {combo.layer(i).name() for i in range(combo.count()) if combo.layer(i) is not None}


def test_combos_are_filtered_by_geometry_and_raster_type(qtbot, layers):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert _combo_layers(dialog.combos["buildings"]) == {"buildings"}
    assert _combo_layers(dialog.combos["streets"]) == {"streets"}
    assert _combo_layers(dialog.combos["pop"]) == {"pop"}
    assert _combo_layers(dialog.combos["dem"]) == {"dem"}
    assert dialog.combos["addresses"].currentLayer() is None  # nothing preselected


def test_geographic_crs_is_rejected_with_a_message(qtbot, layers):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "projected" in dialog.messageLabel.text()
    assert ProjectSettings.load().crs == ""


def test_settings_survive_saving_and_reopening_the_project(qtbot, layers, tmp_path):
    project = QgsProject.instance()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    for role in ("buildings", "streets", "pop", "dem"):
        dialog.combos[role].setLayer(layers[role])
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))
    dialog.files["osm"].setFilePath("/data/lauf.osm.pbf")
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ids = {role: layer.id() for role, layer in layers.items()}
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    project.clear()
    assert ProjectSettings.load().roles == {}
    assert project.read(path)
    settings = ProjectSettings.load()
    assert settings.crs == "EPSG:25833"
    assert {k: v for k, v in settings.roles.items() if k != "osm"} == ids
    assert settings.roles["osm"] == "/data/lauf.osm.pbf"
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.crs_widget.crs().authid() == "EPSG:25833"
    for role, layer_id in ids.items():
        assert reopened.combos[role].currentLayer().id() == layer_id
    assert reopened.combos["districts"].currentLayer() is None
    assert reopened.files["osm"].filePath() == "/data/lauf.osm.pbf"


def test_parameter_names_map_to_roles():
    assert parameter_role("BUILDINGS") == "buildings"
    assert parameter_role("DEM") == "dem"
    assert parameter_role("ZENSUS_1KM") == "zensus1km"
    assert parameter_role("ZENSUS_GRID_100") == "zensus100"
    assert parameter_role("INPUT", "infraplan:prepareosm") == "osm"
    assert parameter_role("INPUT", "infraplan:ftthplan") is None
    assert parameter_role("OUTPUT", "estimatedwellings") == "buildings"
    assert parameter_role("THRESHOLD") is None
