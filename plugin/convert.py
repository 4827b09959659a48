"""Conversion between QGIS layers and the engine's VectorLayer/paths."""
import os

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..algorithms.vector import Feature, Field, VectorLayer
from .i18n import tr

_FIELD_TO_QVARIANT = {"int": QVariant.LongLong, "float": QVariant.Double,
                      "str": QVariant.String, "bool": QVariant.Int}
_WKB = {
    "Point": QgsWkbTypes.Type.Point, "LineString": QgsWkbTypes.Type.LineString,
    "Polygon": QgsWkbTypes.Type.Polygon, "MultiPoint": QgsWkbTypes.Type.MultiPoint,
    "MultiLineString": QgsWkbTypes.Type.MultiLineString,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon, "None": QgsWkbTypes.Type.NoGeometry,
}


def _py_value(value):
    if value is None or value == NULL or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-dd" if isinstance(value, QDate) else "yyyy-MM-ddTHH:mm:ss")
    return value


def _engine_type(qfield):
    if qfield.isNumeric():
        return "float" if qfield.type() == QVariant.Double else "int"
    if qfield.type() == QVariant.Bool:
        return "bool"
    return "str"


def _geometry_type(wkb_type):
    if wkb_type == QgsWkbTypes.Type.NoGeometry:
        return "None"
    flat = QgsWkbTypes.flatType(wkb_type)
    gtype = QgsWkbTypes.geometryType(flat)
    multi = QgsWkbTypes.isMultiType(flat)
    base = {QgsWkbTypes.GeometryType.PointGeometry: "Point",
            QgsWkbTypes.GeometryType.LineGeometry: "LineString",
            QgsWkbTypes.GeometryType.PolygonGeometry: "Polygon"}.get(gtype, "None")
    return ("Multi" + base) if (multi and base != "None") else base


def source_to_layer(source, name, context, target_crs=None, feedback=None):
    """Read a ``QgsFeatureSource`` into a VectorLayer, reprojected to ``target_crs``
    (an authid string) when given. Features without geometry are kept with geometry None
    so that the engine can list them as rejected."""
    from shapely import wkb

    request = QgsFeatureRequest()
    crs = source.sourceCrs()
    if target_crs:
        dest = QgsCoordinateReferenceSystem(target_crs)
        if crs.isValid() and crs != dest:
            if feedback is not None:
                feedback.pushInfo(tr("Layer '{name}' reprojected from {src} to {dst}.").format(
                    name=name, src=crs.authid(), dst=target_crs))
            request.setDestinationCrs(dest, context.transformContext())
        crs = dest
    fields = [Field(f.name(), _engine_type(f)) for f in source.fields()]
    layer = VectorLayer(name, _geometry_type(source.wkbType()),
                        crs.authid() or crs.toWkt() if crs.isValid() else None, fields)
    names = [f.name for f in fields]
    for qf in source.getFeatures(request):
        geom = qf.geometry()
        shp = None
        if geom is not None and not geom.isNull() and not geom.isEmpty():
            shp = wkb.loads(bytes(geom.asWkb()))
        attrs = {n: _py_value(v) for n, v in zip(names, qf.attributes())}
        attrs.setdefault("fid", qf.id())
        layer.features.append(Feature(shp, attrs))
    return layer


def qgs_fields(fields):
    out = QgsFields()
    for f in fields:
        out.append(QgsField(f.name, _FIELD_TO_QVARIANT[f.type]))
    return out


def to_qgs_geometry(geom, multi):
    if geom is None:
        return QgsGeometry()
    g = QgsGeometry()
    g.fromWkb(geom.wkb)
    if multi and not g.isMultipart():
        g.convertToMultiType()
    elif not multi and g.isMultipart() and g.constGet().numGeometries() == 1:
        g.convertToSingleType()
    return g


def _sink_file(alg, parameters, key, context):
    """The file a sink parameter writes to (None for memory layers and database URIs)."""
    try:
        path = alg.parameterAsOutputLayer(parameters, key, context)
    except Exception:  # pragma: no cover - non-file destinations
        return None
    path = (path or "").split("|")[0]
    return path if path and not path.startswith(("memory:", "ogr:", "postgres:")) else None


def write_layer(alg, parameters, key, context, layer, feedback=None):
    """Write an engine VectorLayer to the sink parameter ``key``; returns the sink id.

    Call it after the engine has finished. Canceled while writing, it removes the file
    it created and raises, so that no half-written layer is left behind."""
    target = _sink_file(alg, parameters, key, context)
    existed = target is not None and os.path.exists(target)
    fields = qgs_fields(layer.fields)
    wkb = _WKB[layer.geometry_type]
    crs = QgsCoordinateReferenceSystem(layer.crs) if layer.crs else QgsCoordinateReferenceSystem()
    sink, dest_id = alg.parameterAsSink(parameters, key, context, fields, wkb, crs)
    if sink is None:
        return None
    multi = layer.geometry_type.startswith("Multi")
    names = [f.name for f in layer.fields]
    for i, feat in enumerate(layer.features):
        qf = QgsFeature(fields)
        qf.setGeometry(to_qgs_geometry(feat.geometry, multi))
        qf.setAttributes([_sink_value(feat.attributes.get(n), f.type)
                          for n, f in zip(names, layer.fields)])
        sink.addFeature(qf, QgsFeatureSink.Flag.FastInsert)
        if feedback is not None and i % 1000 == 0 and feedback.isCanceled():
            del sink
            if target and not existed and os.path.exists(target):
                os.remove(target)
            raise QgsProcessingException(tr("Canceled: no output was written."))
    del sink  # flush and close the file before post-processing
    if feedback is not None:
        feedback.pushInfo(tr("{name}: {count} features written.").format(name=layer.name,
                                                                            count=len(layer.features)))
    return dest_id


def _sink_value(value, ftype):
    if value is None:
        return None
    if ftype == "bool":
        return int(bool(value))
    if ftype == "int":
        return int(value)
    if ftype == "float":
        return float(value)
    return str(value)
