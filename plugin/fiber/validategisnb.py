"""infraplan:validategisnb — checks any GIS-Nebenbestimmungen dataset."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...algorithms.fiber.gisnb import load_spec, validate_gisnb
from ..base import InfraPlanAlgorithm
from ..i18n import tr


class ValidateGisNbAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "validategisnb"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Validate GIS-Nebenbestimmungen dataset (GIS-Nb 5.x)"
    TAGS = "gis-nb,gis-nebenbestimmungen,validate,check,pruefen,gigabit,shapefile,geojson"
    HELP = (
        "Checks a GIS-Nebenbestimmungen 5.x dataset – ours or a third party's – given as a folder of "
        "Shapefiles/GeoJSON files or as one GeoPackage/file: required layers and fields, field types "
        "and name lengths (≤ 10 characters), code values, geometry types, CRS (default: EPSG:25832 "
        "or 25833), unique ids, referential integrity (every Endverbraucher points to a "
        "Bauten_und_Netztechnik record) and the declared Laenge against the geometry length. It "
        "writes one violation record per feature and rule (fid -1 for layer-level rules) and a "
        "summary per layer and rule. Layers, fields and codes come from the versioned tables in "
        "resources/gisnb/ (entries marked 'unconfirmed' there are InfraPlan assumptions).")
    LIMITS = (
        "The validator checks against InfraPlan's tables in resources/gisnb/, most of whose entries are "
        "marked 'unconfirmed' (not yet checked against the official GIS-Nebenbestimmungen 5.1 document); "
        "a violation may therefore be an error of the table, not of the data. It checks structure, codes "
        "and geometry, not whether the network is plausible or complete.")
    REFERENCES = (
        "Gigabit-Projektträger (2023): GIS-Nebenbestimmungen 5.1 (230412_GIS-NB_5.1.pdf) – not yet "
        "checked against; see resources/gisnb/README.md",
    )

    FOLDER, FILE, SCHEMA, CODES, CRS, TOL_M, TOL_REL = (
        "INPUT", "INPUT_FILE", "SCHEMA", "CODES", "ALLOWED_CRS", "LENGTH_TOL_M", "LENGTH_TOL_REL")
    OUTPUT, SUMMARY = "OUTPUT", "SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.FOLDER, tr("GIS-Nb dataset folder (Shapefiles / GeoJSON files)"),
            QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.FILE, tr("... or a GeoPackage / single file (instead of the folder)"),
            QgsProcessingParameterFile.Behavior.File, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.SCHEMA, tr("GIS-Nb schema table (CSV; empty: resources/gisnb/gisnb_schema_v5.csv)"),
            QgsProcessingParameterFile.Behavior.File, "csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CODES, tr("GIS-Nb code table (CSV; empty: resources/gisnb/gisnb_codes_v5.csv)"),
            QgsProcessingParameterFile.Behavior.File, "csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CRS, tr("Allowed CRSs (comma-separated; empty: any)"), "EPSG:25832,EPSG:25833",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOL_M, tr("Length tolerance (m)"), QgsProcessingParameterNumber.Type.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOL_REL, tr("Relative length tolerance (0.02 = 2 %)"),
            QgsProcessingParameterNumber.Type.Double,
            0.02, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("GIS-Nb violations"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("GIS-Nb validation summary"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("VIOLATIONS", tr("Number of violations")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = (self.parameterAsFile(parameters, self.FILE, context)
                or self.parameterAsFile(parameters, self.FOLDER, context))
        if not path:
            raise QgsProcessingException(tr("Give the GIS-Nb dataset folder or file."))
        spec = self.run_engine(feedback, lambda feedback=None: load_spec(
            self.parameterAsFile(parameters, self.SCHEMA, context) or None,
            self.parameterAsFile(parameters, self.CODES, context) or None))
        crs = [c.strip() for c in (self.parameterAsString(parameters, self.CRS, context) or "").split(",")
               if c.strip()]
        viol, summary = self.run_engine(
            feedback, validate_gisnb, path, spec, allowed_crs=crs,
            length_tol_m=self.parameterAsDouble(parameters, self.TOL_M, context),
            length_tol_rel=self.parameterAsDouble(parameters, self.TOL_REL, context))
        results = {self.OUTPUT: self.write_layer(parameters, self.OUTPUT, context, viol, feedback),
                   "VIOLATIONS": len(viol)}
        dest = self.write_layer(parameters, self.SUMMARY, context, summary, feedback)
        if dest is not None:
            results[self.SUMMARY] = dest
        if len(viol):
            feedback.reportError(tr("{n} GIS-Nb violations found.").format(n=len(viol)), False)
        else:
            feedback.pushInfo(tr("No GIS-Nb violations found."))
        return results
