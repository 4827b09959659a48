"""The shared adapter mechanics every algorithm relies on: engine layers to sinks (types,
NULLs, single/multi parts), typed engine errors to QgsProcessingException, progress,
and styles embedded in GeoPackage outputs and as QML sidecars of GeoTIFFs."""
import os
import sqlite3

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsCategorizedSymbolRenderer,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry import MultiPolygon, Polygon

from infraplan.algorithms.errors import InputError
from infraplan.algorithms.raster import Raster, write_raster
from infraplan.algorithms.vector import Field, VectorLayer
from infraplan.plugin import base


def engine(points, mode, feedback):
    """A stand-in engine function: squares around the input points, or an error."""
    if mode == 1:
        raise InputError("Layer 'points' has no field 'dwellings'.")
    out = VectorLayer("squares", "MultiPolygon", "EPSG:25832",
                      [Field("name", "str"), Field("n", "int"), Field("area", "float"), Field("ok", "bool")])
    for i, feat in enumerate(points.features):
        feedback.step(i, len(points.features))
        x, y = feat.geometry.x, feat.geometry.y
        square = Polygon([(x, y), (x + 10, y), (x + 10, y + 10), (x, y + 10)])
        out.add(square if i % 2 == 0 else MultiPolygon([square]), name=feat.attributes.get("name"),
                n=i, area=square.area, ok=i == 0)
    return out


class SquaresAlgorithm(base.InfraPlanAlgorithm):
    ALG_ID = "testsquares"
    GROUP_ID = "data"
    DISPLAY_NAME = "Test squares"
    HELP = "Test algorithm."
    INPUT, MODE, OUTPUT, RASTER = "INPUT", "MODE", "OUTPUT", "RASTER"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, "Points"))
        self.addParameter(QgsProcessingParameterNumber(self.MODE, "Mode", defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, "Squares"))
        self.addParameter(QgsProcessingParameterRasterDestination(self.RASTER, "Raster"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        points = self.read_source(parameters, self.INPUT, context, "EPSG:25832", feedback)
        mode = self.parameterAsInt(parameters, self.MODE, context)
        layer = self.run_engine(feedback, engine, points, mode)
        dest = self.write_layer(parameters, self.OUTPUT, context, layer, feedback, style="teststyle")
        raster_path = self.parameterAsOutputLayer(parameters, self.RASTER, context)
        write_raster(Raster(np.ones((2, 2), "float32"), (0, 10, 0, 20, 0, -10), "EPSG:25832"), raster_path)
        self.style_output(raster_path, "teststyle_raster", context)
        return {self.OUTPUT: dest, self.RASTER: raster_path}


@pytest.fixture()
def styles(tmp_path, monkeypatch, qgis_app):
    """A categorized vector style and a raster style in a temporary style folder."""
    monkeypatch.setattr(base, "STYLE_DIR", str(tmp_path))
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=name:string", "x", "memory")
    cats = [QgsRendererCategory("a", QgsSymbol.defaultSymbol(lyr.geometryType()), "A")]
    lyr.setRenderer(QgsCategorizedSymbolRenderer("name", cats))
    lyr.saveNamedStyle(str(tmp_path / "teststyle.qml"))
    ras = QgsRasterLayer(os.path.join(str(tmp_path), "none.tif"), "r")
    ras.saveNamedStyle(str(tmp_path / "teststyle_raster.qml"))
    return tmp_path


def _points():
    lyr = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "points", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    for i, name in enumerate(["a", None, "c"]):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(11.28 + i * 0.001, 49.51)))
        f.setAttributes([name])
        lyr.dataProvider().addFeature(f)
    return lyr


def test_engine_layer_written_reprojected_typed_and_styled(styles, tmp_path, qgis_processing):
    gpkg = str(tmp_path / "out.gpkg")
    tif = str(tmp_path / "out.tif")
    feedback = QgsProcessingFeedback()
    result = processing.run(SquaresAlgorithm(), {"INPUT": _points(), "MODE": 0, "OUTPUT": gpkg,
                                                 "RASTER": tif}, feedback=feedback)
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.isValid() and out.featureCount() == 3
    assert out.crs().authid() == "EPSG:25832"
    assert QgsWkbTypes.flatType(out.wkbType()) == QgsWkbTypes.Type.MultiPolygon
    feats = sorted(out.getFeatures(), key=lambda f: f["n"])
    assert feats[0]["name"] == "a" and feats[1]["name"] == NULL  # NULL survives the round trip
    assert feats[0]["area"] == pytest.approx(100.0) and feats[0]["ok"] == 1 and feats[1]["ok"] == 0
    # 11.28E 49.51N: 2.28° east of UTM 32N's central meridian ≈ 2.28 × 72.3 km → x ≈ 665 km
    x = feats[0].geometry().boundingBox().xMinimum()
    assert 664000 < x < 666000
    # style embedded as the GeoPackage's default style and loaded by QGIS on open
    rows = sqlite3.connect(gpkg).execute("select useAsDefault, styleQML from layer_styles").fetchall()
    assert rows and rows[0][0] == 1 and "categorizedSymbol" in rows[0][1]
    assert isinstance(QgsVectorLayer(gpkg, "reopened", "ogr").renderer(), QgsCategorizedSymbolRenderer)
    # raster gets a QML sidecar that QGIS loads as its default style
    assert os.path.exists(str(tmp_path / "out.qml"))


def test_engine_input_error_becomes_processing_exception(styles, tmp_path, qgis_processing):
    gpkg = str(tmp_path / "never.gpkg")
    with pytest.raises(QgsProcessingException, match="no field 'dwellings'"):
        processing.run(SquaresAlgorithm(), {"INPUT": _points(), "MODE": 1, "OUTPUT": gpkg,
                                            "RASTER": str(tmp_path / "never.tif")})
    assert not os.path.exists(gpkg)


class CancelingFeedback(QgsProcessingFeedback):
    """Cancels once the engine has finished, i.e. while the sink is being written."""

    def isCanceled(self):  # noqa: N802
        return self.progress() >= 66


def test_cancel_while_writing_leaves_no_file(styles, tmp_path, qgis_processing):
    gpkg = str(tmp_path / "half.gpkg")
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run(SquaresAlgorithm(), {"INPUT": _points(), "MODE": 0, "OUTPUT": gpkg,
                                            "RASTER": str(tmp_path / "h.tif")}, feedback=CancelingFeedback())
    assert not os.path.exists(gpkg)


def test_cancel_becomes_processing_exception(styles, tmp_path, qgis_processing):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run(SquaresAlgorithm(), {"INPUT": _points(), "MODE": 0,
                                            "OUTPUT": str(tmp_path / "c.gpkg"),
                                            "RASTER": str(tmp_path / "c.tif")}, feedback=feedback)
