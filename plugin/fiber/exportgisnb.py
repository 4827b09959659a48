"""infraplan:exportgisnb — the FTTH plan as GIS-Nebenbestimmungen 5.x layers."""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...algorithms.fiber.gisnb import export_gisnb, load_spec, validate_gisnb, write_gisnb
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .fiberboq import add_plan_parameters, read_plan

FORMATS = ["shp", "geojson", "both"]


class ExportGisNbAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "exportgisnb"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Export FTTH plan to GIS-Nebenbestimmungen (GIS-Nb 5.x)"
    TAGS = "gis-nb,gis-nebenbestimmungen,gigabit,foerderung,shapefile,geojson,export,bmdv"
    HELP = (
        "Writes the FTTH plan as the layers of the GIS-Nebenbestimmungen 5.x data model that German "
        "funded broadband projects deliver: Bauten_und_Netztechnik (PoPs and DPs), Endverbraucher "
        "(served homes, each pointing to its DP), Trassenbau (trench segments and drops with the "
        "surface code Trassenb 11 = sealed / 12 = unsealed), Leerrohre (ducts, LR_Art) and "
        "Verbindungen (cables, Verb_Art 5 = 6F … 12 = 288F) – as Shapefiles and/or GeoJSON files, "
        "field names of at most 10 characters, lengths in metres.\n"
        "Layers, fields and codes come from the versioned tables resources/gisnb/gisnb_schema_v5.csv "
        "and gisnb_codes_v5.csv; entries not confirmed from the official document are marked "
        "'unconfirmed' there (see resources/gisnb/README.md) – pass corrected copies as SCHEMA/CODES. "
        "After writing, the export is checked with the GIS-Nb validator and the number of "
        "violations is reported.")
    LIMITS = (
        "Most layer, field and code definitions in resources/gisnb/ are marked 'unconfirmed': they could "
        "not yet be checked against the official GIS-Nebenbestimmungen 5.1 document (only Trassenb 11/12 "
        "is backed by a secondary source). Check them before delivering data to the Projektträger and "
        "pass corrected tables as SCHEMA/CODES. The export contains only what the plan holds (as "
        "designed, not as built); the Shapefile format limits field names to 10 characters.")
    REFERENCES = (
        "Gigabit-Projektträger (2023): GIS-Nebenbestimmungen 5.1 (230412_GIS-NB_5.1.pdf) – not yet "
        "checked against; see resources/gisnb/README.md",
        "card_1 interAktiv 1/2025, p. 31 (Trassenb 11 = sealed, 12 = unsealed)",
    )

    FORMAT, FOLDER, FIBERS, SCHEMA, CODES, VALIDATE = (
        "FORMAT", "OUTPUT_FOLDER", "FIBERS_PER_DROP", "SCHEMA", "CODES", "VALIDATE")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_plan_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("File format"), [tr("Shapefile"), tr("GeoJSON"), tr("Shapefile and GeoJSON")],
            defaultValue=2))
        self.addParameter(QgsProcessingParameterNumber(
            self.FIBERS, tr("Fibers per drop cable"), QgsProcessingParameterNumber.Type.Integer, 1,
            minValue=1))
        self.addParameter(QgsProcessingParameterFile(
            self.SCHEMA, tr("GIS-Nb schema table (CSV; empty: resources/gisnb/gisnb_schema_v5.csv)"),
            QgsProcessingParameterFile.Behavior.File, "csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CODES, tr("GIS-Nb code table (CSV; empty: resources/gisnb/gisnb_codes_v5.csv)"),
            QgsProcessingParameterFile.Behavior.File, "csv", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.VALIDATE, tr("Validate the written files"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.FOLDER, tr("GIS-Nb output folder")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Features written per format")))
        self.addOutput(QgsProcessingOutputNumber("VIOLATIONS", tr("Violations found by the validator")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        plan, catalogue = read_plan(self, parameters, context, feedback)
        spec = self.run_engine(feedback, lambda feedback=None: load_spec(
            self.parameterAsFile(parameters, self.SCHEMA, context) or None,
            self.parameterAsFile(parameters, self.CODES, context) or None))
        fibers = self.parameterAsInt(parameters, self.FIBERS, context)
        layers = self.run_engine(feedback, export_gisnb, plan, spec, catalogue, fibers)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        targets = ([(f, os.path.join(folder, f)) for f in ("shp", "geojson")] if fmt == "both"
                   else [(fmt, folder)])
        violations = 0
        for f, target in targets:
            paths = self.run_engine(
                feedback, lambda feedback=None, f=f, t=target: write_gisnb(layers, t, f, spec))
            feedback.pushInfo(tr("GIS-Nb {fmt}: {n} files in {dir}").format(fmt=f, n=len(paths), dir=target))
            if self.parameterAsBool(parameters, self.VALIDATE, context):
                viol, _ = self.run_engine(feedback, validate_gisnb, target, spec)
                violations += len(viol)
                for v in viol.features[:20]:
                    a = v.attributes
                    feedback.reportError("%s #%s %s: %s" % (a["layer"], a["fid"], a["rule"], a["message"]),
                                         False)
        unconfirmed = len(spec.unconfirmed())
        if unconfirmed:
            feedback.pushInfo(tr("{n} GIS-Nb names/codes are marked unconfirmed in the code tables; check "
                                 "them against the official GIS-Nb document before submitting.").format(
                n=unconfirmed))
        return {self.FOLDER: folder, "FEATURES": sum(len(v) for v in layers.values()),
                "VIOLATIONS": violations}
