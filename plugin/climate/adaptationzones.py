"""infraplan:adaptationzones — ranked climate-adaptation zones with drivers and measures."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...algorithms.climate.zones import WEIGHTS, adaptation_zones
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import parse_weights


class AdaptationZonesAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "adaptationzones"
    GROUP_ID = "climate"
    DISPLAY_NAME = "Adaptation zones"
    TAGS = "climate adaptation,priority,measures,unsealing,retention,greening,cool spots,sponge city"
    HELP = (
        "Combines heat risk classes (from Heat risk), ponded water depth (from Rain-event ponding) "
        "and green access (from Green access) on a zone grid (default 100 m). Per cell: heat = "
        "(mean risk class − 1)/4; water = half the flooded share (depth ≥ 0.1 m, full at 20 %) plus "
        "half the maximum depth (full at 0.5 m); green = share of inhabitants without public green "
        "within 300 m. Score = weighted mean, times 0.5 + 0.5·min(1, inhabitants/100) when green "
        "access is given. Cells above the minimum score are merged by priority (high ≥ 0.6, medium "
        "≥ 0.45, low) and driving indicator into zones, ranked by score, with recommended measure "
        "types (heat: trees, greening, cool spots; water: retention, unsealing; green: new public "
        "green). A summary table lists zones per district."
    )
    LIMITS = (
        "The weights, the normalisation thresholds (flooded share 20 %, depth 0.5 m, 100 inhabitants) and "
        "the recommended measures are a documented heuristic for prioritising, not an assessment "
        "procedure from a standard; adjust the weights to local goals. The zones inherit the limits of "
        "their inputs (heat index model, static ponding, street-based green access) and of the 100 m "
        "grid.")
    REFERENCES = (
        "InVEST Urban Cooling (via Heat risk); Barnes, Callaghan & Wickert (2021) Fill-Spill-Merge (via "
        "Rain-event ponding); WHO Europe (2016) (via Green access)",
    )

    HEAT, POND, GREEN, DISTRICTS, SIZE, MIN_SCORE, WEIGHTS_P = (
        "HEAT_RISK",
        "PONDING",
        "GREEN_ACCESS",
        "DISTRICTS",
        "ZONE_SIZE",
        "MIN_SCORE",
        "WEIGHTS",
    )
    OUTPUT, SUMMARY = "OUTPUT", "OUTPUT_DISTRICTS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.HEAT, tr("Heat risk classes 1-5 (optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.POND, tr("Ponded water depth in m (optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GREEN,
                tr("Green access per building (optional)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DISTRICTS,
                tr("Districts (field 'district'; optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SIZE,
                tr("Zone grid size (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=100.0,
                minValue=10.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_SCORE,
                tr("Minimum score for a zone (0..1)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.3,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WEIGHTS_P,
                tr("Weights (heat, water, green)"),
                defaultValue=", ".join("%s=%g" % kv for kv in WEIGHTS.items()),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Adaptation zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("Summary per district"), QgsProcessing.SourceType.TypeVector, optional=True
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        heat = self.read_raster(parameters, self.HEAT, context, required=False)
        pond = self.read_raster(parameters, self.POND, context, required=False)
        crs = next((r.crs for r in (heat, pond) if r is not None), "EPSG:25832")
        green = self.read_source(parameters, self.GREEN, context, crs, feedback, required=False)
        districts = self.read_source(parameters, self.DISTRICTS, context, crs, feedback, required=False)
        res = self.run_engine(
            feedback,
            adaptation_zones,
            heat,
            pond,
            green,
            districts,
            zone_size=self.parameterAsDouble(parameters, self.SIZE, context),
            min_score=self.parameterAsDouble(parameters, self.MIN_SCORE, context),
            weights=parse_weights(self.parameterAsString(parameters, self.WEIGHTS_P, context), list(WEIGHTS)),
            crs=crs,
        )
        results = {}
        for key, layer, style in (
            (self.OUTPUT, res["zones"], "climate_zones"),
            (self.SUMMARY, res["districts"], None),
        ):
            dest = self.write_layer(parameters, key, context, layer, feedback, style=style)
            if dest is not None:
                results[key] = dest
        return results
