"""Legends in the planner's language: the English labels of the shipped QML styles are
translated through the German .ts/.qm when a style is applied (GeoPackage ``layer_styles``,
QML sidecar of a GeoTIFF, desktop post-processor) and stay English without a translator."""
import os
import sys
import xml.etree.ElementTree as ET  # nosec B405 - our own styles

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from conftest_paths import REPO
from infraplan.algorithms.raster import Raster, write_raster
from infraplan.plugin import base, i18n

sys.path.insert(0, REPO)
from scripts import translations  # noqa: E402


def qml_labels(style, tag):
    root = ET.parse(base.style_path(style)).getroot()  # nosec B314
    return [el.get("label") for el in root.iter(tag)]


@pytest.fixture()
def german(qgis_processing):
    translator = i18n.install_translator("de")
    assert translator is not None, "resources/i18n/infraplan_de.qm missing: run make qm"
    yield translations.read_ts()
    i18n.remove_translator(translator)


def buildings_gpkg(tmp_path, name):
    """A GeoPackage table with the fields of the data_buildings / data_dwellings styles
    (one file per style: a batch run embeds one style per output)."""
    path = str(tmp_path / (name + ".gpkg"))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    table = ds.CreateLayer("buildings", srs, ogr.wkbPolygon)
    for name in ("resident", "dwellings"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    feat = ogr.Feature(table.GetLayerDefn())
    feat.SetField("resident", 1)
    feat.SetField("dwellings", 4)
    feat.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
    table.CreateFeature(feat)
    feat = table = ds = None  # close the GeoPackage
    return path + "|layername=buildings"


def embedded_vector(dest_id, style):
    """Embed ``style`` in the GeoPackage as a batch run does; reopen the table as QGIS would."""
    base.embed_style(dest_id, base.style_path(style), QgsProcessingContext())
    layer = QgsVectorLayer(dest_id, "reopened", "ogr")
    assert layer.isValid()
    return layer


def embedded_raster(tmp_path, style, values):
    path = str(tmp_path / (style + ".tif"))
    write_raster(Raster(np.array(values, dtype="float32"), (0.0, 10.0, 0.0, 30.0, 0.0, -10.0),
                        "EPSG:25832", -9999.0), path)
    base.embed_style(path, base.style_path(style), QgsProcessingContext())
    assert os.path.exists(os.path.splitext(path)[0] + ".qml")
    layer = QgsRasterLayer(path, "reopened", "gdal")  # loads the .qml sidecar
    assert layer.isValid()
    return layer


def check(labels, english, german):
    """``labels`` are the German translations from the .ts of the English ``english``."""
    assert len(labels) == len(english) > 0
    for label, source in zip(labels, english):
        assert german.get(source), "no translation of %r in the .ts" % source
        assert label == german[source] == i18n.tr(source)
    assert labels != english


def categories(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    return [c.label() for c in renderer.categories()]


def ranges(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    return [r.label() for r in renderer.ranges()]


def palette(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    return [c.label for c in renderer.classes()]


def ramp_items(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    return [item.label for item in renderer.shader().rasterShaderFunction().colorRampItemList()]


def test_german_legends_in_geopackage_styles(german, tmp_path):
    labels = categories(embedded_vector(buildings_gpkg(tmp_path, "b"), "data_buildings"))
    check(labels, qml_labels("data_buildings", "category"), german)
    assert labels[0] == "Wohngebäude"
    check(ranges(embedded_vector(buildings_gpkg(tmp_path, "d"), "data_dwellings")),
          qml_labels("data_dwellings", "range"), german)


def test_german_legends_in_raster_sidecars(german, tmp_path):
    layer = embedded_raster(tmp_path, "climate_heatrisk", [[1, 2, 3], [4, 5, 1], [2, 3, 4]])
    check(palette(layer), qml_labels("climate_heatrisk", "paletteEntry"), german)
    assert palette(layer)[0] == "1 sehr gering"
    layer = embedded_raster(tmp_path, "coverage_rsrp", [[-120, -110, -100],
                                                        [-90, -70, -100], [-60, -80, -95]])
    check(ramp_items(layer), qml_labels("coverage_rsrp", "item"), german)
    assert ramp_items(layer)[0] == "< -115 dBm: Funkloch"


def test_german_legend_from_desktop_post_processor(german):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=resident:integer", "buildings", "memory")
    processor = base.StylePostProcessor(base.style_path("data_buildings"))
    processor.postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    check(categories(layer), qml_labels("data_buildings", "category"), german)
    assert layer.name() == "buildings"


def test_legends_stay_english_without_translator(qgis_processing, tmp_path):
    assert i18n.tr("Residential building") == "Residential building"
    assert categories(embedded_vector(buildings_gpkg(tmp_path, "b"), "data_buildings")) == qml_labels(
        "data_buildings", "category")
    assert ranges(embedded_vector(buildings_gpkg(tmp_path, "d"), "data_dwellings")) == qml_labels(
        "data_dwellings", "range")
    layer = embedded_raster(tmp_path, "climate_heatrisk", [[1, 2], [3, 4]])
    assert palette(layer) == qml_labels("climate_heatrisk", "paletteEntry")
    layer = embedded_raster(tmp_path, "coverage_rsrp", [[-120, -60], [-100, -90]])
    assert ramp_items(layer) == qml_labels("coverage_rsrp", "item")
    memory = QgsVectorLayer("Polygon?crs=EPSG:25832&field=resident:integer", "b", "memory")
    base.StylePostProcessor(base.style_path("data_buildings")).postProcessLayer(
        memory, QgsProcessingContext(), QgsProcessingFeedback())
    assert base.translate_legend(memory) == 0
    assert categories(memory) == qml_labels("data_buildings", "category")


def test_german_rule_based_legend(german):
    """Rule-based styles (nested rules included) are translated too."""
    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=klasse:string", "sites", "memory")
    layer.loadNamedStyle(base.style_path("fiber_funding_sites"))
    english = [r.label() for r in base._descendant_rules(layer.renderer().rootRule()) if r.label()]
    assert base.translate_legend(layer) > 0
    labels = [r.label() for r in base._descendant_rules(layer.renderer().rootRule()) if r.label()]
    check(labels, english, german)
