"""infraplan:ponding — design-rain ponding with a fill-spill cascade and mass balance."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...algorithms.climate.hydro import impervious_grid, ponding
from ..base import InfraPlanAlgorithm
from ..i18n import tr

METHODS = ["coefficient", "scs"]


class PondingAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "ponding"
    GROUP_ID = "climate"
    DISPLAY_NAME = "Rain-event ponding (fill and spill)"
    TAGS = "starkregen,design rain,ponding,runoff,curve number,fill spill,mass balance"
    HELP = (
        "Where does the water of a design rain stand? The rain (mm; e.g. the local KOSTRA-DWD "
        "hourly rains of 30 and 100 years, roughly 35-45 mm, or an extreme 90 mm event) becomes "
        "runoff with a coefficient from the imperviousness (C = C_pervious + (C_impervious − "
        "C_pervious)·imperviousness) or with SCS curve numbers (TR-55). Runoff runs down the "
        "terrain by steepest descent into the pit it reaches; pits fill and spill through the "
        "depression hierarchy: a full pit overflows at its lowest saddle into the neighbouring "
        "basin, two full neighbours merge into one lake that keeps rising, and what reaches the "
        "DEM edge leaves the area. Output: ponded water depth raster and the depressions of the "
        "filled DEM with stored volume and fill state. The log and the numeric outputs give the "
        "mass balance rain = ponded + outflow + infiltrated. Imperviousness comes from the "
        "land-cover field (buildings count as sealed, unmapped cells get the default)."
    )
    LIMITS = (
        "Static fill-and-spill of the total event volume: no flow velocities, no time steps, no sewer "
        "network and no infiltration during the flow beyond the runoff coefficient or curve number; the "
        "result is the final state after the rain, not a flood forecast. The DEM resolution limits what "
        "is seen (SRTM 90 m is far too coarse for street-level ponding; use a DGM 1). Imperviousness "
        "comes from land-cover class tables, not from measured sealing.")
    REFERENCES = (
        "Barnes, R., Callaghan, K. L. & Wickert, A. D. (2021): Computing water flow through complex "
        "landscapes – Part 3: Fill-Spill-Merge. Earth Surface Dynamics 9",
        "USDA NRCS (1986): Urban Hydrology for Small Watersheds, TR-55 (SCS curve number method)",
        "Barnes, R., Lehman, C. & Mulla, D. (2014): Priority-Flood. Computers & Geosciences 62",
        "DWD: KOSTRA-DWD design rainfall (suggested rain depths)",
    )

    DEM, RAIN, LANDCOVER, IMP_FIELD, BUILDINGS, RAISE = (
        "DEM",
        "RAIN_MM",
        "LANDCOVER",
        "IMPERVIOUS_FIELD",
        "BUILDINGS",
        "RAISE_BUILDINGS",
    )
    METHOD, C_IMP, C_PERV, CN, DEFAULT_IMP, MIN_DEPTH = (
        "METHOD",
        "C_IMPERVIOUS",
        "C_PERVIOUS",
        "CN_PERVIOUS",
        "DEFAULT_IMPERVIOUS",
        "MIN_DEPTH",
    )
    OUT_DEPTH, OUT_SINKS = "OUTPUT_DEPTH", "OUTPUT_SINKS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (metric CRS)")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RAIN,
                tr("Design rain depth (mm)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=45.0,
                minValue=0.1,
                maxValue=1000.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LANDCOVER,
                tr("Land cover with imperviousness (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.IMP_FIELD,
                tr("Imperviousness field (0..1)"),
                defaultValue="impervious",
                parentLayerParameterName=self.LANDCOVER,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS,
                tr("Buildings (sealed; optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RAISE, tr("Raise buildings as flow obstacles"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                tr("Runoff method"),
                options=[tr("Runoff coefficient from imperviousness"), tr("SCS curve number")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.C_IMP,
                tr("Runoff coefficient of sealed surfaces"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.9,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.C_PERV,
                tr("Runoff coefficient of unsealed surfaces"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.15,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CN,
                tr("Curve number of unsealed surfaces (SCS)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=61.0,
                minValue=30.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DEFAULT_IMP,
                tr("Imperviousness of unmapped cells (0..1)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.3,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_DEPTH,
                tr("Smallest ponded depth shown (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.02,
                minValue=0.0,
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUT_DEPTH, tr("Ponded depth (m)")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SINKS,
                tr("Depressions with fill state"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        for key, text in (
            ("RAIN_M3", "Rain volume (m³)"),
            ("PONDED_M3", "Ponded volume (m³)"),
            ("OUTFLOW_M3", "Outflow volume (m³)"),
            ("INFILTRATED_M3", "Infiltrated volume (m³)"),
            ("BALANCE_ERROR", "Relative mass balance error"),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, tr(text)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem = self.read_raster(parameters, self.DEM, context)
        landcover = self.read_source(parameters, self.LANDCOVER, context, feedback=feedback, required=False)
        buildings = self.read_source(parameters, self.BUILDINGS, context, feedback=feedback, required=False)
        imp = self.run_engine(
            feedback,
            impervious_grid,
            dem,
            landcover,
            buildings,
            self.parameterAsString(parameters, self.IMP_FIELD, context) or "impervious",
            self.parameterAsDouble(parameters, self.DEFAULT_IMP, context),
        )
        res = self.run_engine(
            feedback,
            ponding,
            dem,
            self.parameterAsDouble(parameters, self.RAIN, context),
            impervious=imp,
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            buildings=buildings,
            raise_buildings=self.parameterAsBool(parameters, self.RAISE, context),
            min_depth=self.parameterAsDouble(parameters, self.MIN_DEPTH, context),
            c_impervious=self.parameterAsDouble(parameters, self.C_IMP, context),
            c_pervious=self.parameterAsDouble(parameters, self.C_PERV, context),
            cn_pervious=self.parameterAsDouble(parameters, self.CN, context),
        )
        out = self.parameterAsOutputLayer(parameters, self.OUT_DEPTH, context)
        self.write_rasters(context, [(res["depth"], out, "climate_depth", "float32")])
        results = {self.OUT_DEPTH: out}
        dest = self.write_layer(
            parameters, self.OUT_SINKS, context, res["sinks"], feedback, style="climate_sinks"
        )
        if dest is not None:
            results[self.OUT_SINKS] = dest
        b = res["balance"]
        results.update(
            RAIN_M3=b["rain_m3"],
            PONDED_M3=b["ponded_m3"],
            OUTFLOW_M3=b["outflow_m3"],
            INFILTRATED_M3=b["infiltrated_m3"],
            BALANCE_ERROR=b["relative_error"],
        )
        return results
