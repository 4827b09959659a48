"""Parameters and helpers shared by the fiber adapters (no algorithm in here)."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..i18n import tr

DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
SPLITS = [2, 4, 8, 16, 32, 64]
CLASSES = ["B+", "C+"]


def add_streets(alg):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "STREETS", tr("Streets (lines; fields surface, name, bridge, tunnel are used when present)"),
        [QgsProcessing.SourceType.TypeVectorLine]))


def add_pop(alg, optional=False):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "POP", tr("PoP / central office point(s) (field pop_id)"),
        [QgsProcessing.SourceType.TypeVectorPoint], optional=optional))


def add_tolerance_catalogue(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        "TOLERANCE", tr("Snapping tolerance for street ends (m)"), DOUBLE, 1.0, minValue=0.0, maxValue=50.0))
    alg.addParameter(QgsProcessingParameterFile(
        "CATALOGUE", tr("Cost/equipment catalogue (JSON; empty = shipped default)"),
        extension="json", optional=True))


def add_building_params(alg):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "BUILDINGS", tr("Buildings (polygons or points)"),
        [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
    alg.addParameter(QgsProcessingParameterField(
        "DWELLINGS_FIELD", tr("Homes (dwellings) field; missing or 0 counts as 1 home"),
        "dwellings", parentLayerParameterName="BUILDINGS",
        type=QgsProcessingParameterField.DataType.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "STREET_FIELD", tr("Street name field of the building address (preferred street)"),
        "street", parentLayerParameterName="BUILDINGS", optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "ID_FIELD", tr("Building id field"), "osm_id", parentLayerParameterName="BUILDINGS", optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "ADDRESSES", tr("Addresses (optional: street names for buildings without one, field bld_id)"),
        [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
    alg.addParameter(QgsProcessingParameterBoolean(
        "ONLY_RESIDENTIAL", tr("Skip buildings with resident = 0 (when the field exists)"), True))
    alg.addParameter(QgsProcessingParameterNumber(
        "MAX_DROP", tr("Maximum drop (lead-in) length (m)"), DOUBLE, 80.0, minValue=1.0))


def add_cluster_params(alg):
    alg.addParameter(QgsProcessingParameterEnum(
        "SPLIT_RATIO", tr("PON splitter ratio (1:N)"), ["1:%d" % s for s in SPLITS], defaultValue=4))
    alg.addParameter(QgsProcessingParameterNumber(
        "SPLITTERS_PER_DP", tr("Splitters per distribution point"), INTEGER, 2, minValue=1))
    alg.addParameter(QgsProcessingParameterNumber(
        "DP_CAPACITY", tr("Plain home limit per DP (0 = splitter ratio × splitters)"), INTEGER, 0,
        minValue=0))
    alg.addParameter(QgsProcessingParameterNumber(
        "MAX_DP_DISTANCE", tr("Maximum network distance DP → home (m)"), DOUBLE, 1000.0, minValue=1.0))


def add_dimension_params(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        "FIBERS_PER_HOME", tr("Fibers per home"), INTEGER, 1, minValue=1))
    alg.addParameter(QgsProcessingParameterNumber(
        "RESERVE_PCT", tr("Fiber reserve (%)"), DOUBLE, 20.0, minValue=0.0))
    alg.addParameter(QgsProcessingParameterEnum(
        "OPTICAL_CLASS", tr("Optical budget class (ITU-T G.984.2: B+ 28 dB, C+ 32 dB)"), CLASSES,
        defaultValue=0))


def catalogue_path(alg, parameters, context):
    path = alg.parameterAsFile(parameters, "CATALOGUE", context)
    return path if path and os.path.exists(path) else (path or None)


def params(alg, parameters, context, keys):
    """Engine keyword parameters from the adapter's parameters that exist."""
    out = {}
    if "TOLERANCE" in keys:
        out["tolerance"] = alg.parameterAsDouble(parameters, "TOLERANCE", context)
    if "MAX_DROP" in keys:
        out["max_drop"] = alg.parameterAsDouble(parameters, "MAX_DROP", context)
        out["only_residential"] = alg.parameterAsBool(parameters, "ONLY_RESIDENTIAL", context)
        for key, name in (("DWELLINGS_FIELD", "dwellings_field"), ("STREET_FIELD", "street_field"),
                          ("ID_FIELD", "id_field")):
            v = alg.parameterAsString(parameters, key, context)
            if v:
                out[name] = v
    if "SPLIT_RATIO" in keys:
        out["split_ratio"] = SPLITS[alg.parameterAsEnum(parameters, "SPLIT_RATIO", context)]
        out["splitters_per_dp"] = alg.parameterAsInt(parameters, "SPLITTERS_PER_DP", context)
        out["dp_capacity"] = alg.parameterAsInt(parameters, "DP_CAPACITY", context)
        out["max_dp_distance"] = alg.parameterAsDouble(parameters, "MAX_DP_DISTANCE", context)
    if "FIBERS_PER_HOME" in keys:
        out["fibers_per_home"] = alg.parameterAsInt(parameters, "FIBERS_PER_HOME", context)
        out["reserve_pct"] = alg.parameterAsDouble(parameters, "RESERVE_PCT", context)
        out["optical_class"] = CLASSES[alg.parameterAsEnum(parameters, "OPTICAL_CLASS", context)]
    return out


def keys_of(alg):
    return {p.name() for p in alg.parameterDefinitions()}
