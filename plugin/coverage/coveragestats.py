"""infraplan:coveragestats — coverage shares per district: area, population, buildings, households."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...algorithms.coverage.stats import coverage_stats
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import parse_thresholds

BUILDING_TYPES = ["traditional", "thermally_efficient"]


class CoverageStatsAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "coveragestats"
    GROUP_ID = "coverage"
    DISPLAY_NAME = "Coverage statistics and holes"
    TAGS = "coverage,statistics,population,households,indoor,Funkloch,Versorgungsauflage,Zensus"
    HELP = (
        "Summarises an RSRP raster (e.g. from Mobile coverage) per district polygon (or for the whole "
        "raster, district 'all'): for every RSRP class (thresholds in dBm) the area and its share, the "
        "population (from population polygons such as the Zensus 2022 100 m or 1 km grid, spread evenly "
        "over each polygon's area), and the buildings and households (from a building layer: the value "
        "at each building's representative point; households = the chosen field, e.g. dwellings), "
        "outdoors and indoors. Indoor = outdoor RSRP minus the ITU-R P.2109 building entry loss "
        "(median of locations by default, horizontal incidence, traditional or thermally efficient "
        "buildings) at the given frequency. Coverage holes (RSRP below the hole threshold or no signal) "
        "are written as polygons with their area, population, households and district, largest "
        "population first."
    )
    LIMITS = (
        "Population is spread evenly over each population polygon (e.g. a Zensus cell), so figures for "
        "areas smaller than the cells are approximate. Buildings count by the RSRP at their "
        "representative point. Indoor values subtract the median ITU-R P.2109 building-entry loss; real "
        "walls, floors and windows vary widely. The statistics inherit all limits of the RSRP raster they "
        "summarise.")
    REFERENCES = (
        "ITU-R P.2109-1: Prediction of building entry loss",
        "Statistisches Bundesamt (Destatis): Zensus 2022 grid data, dl-de/by-2-0",
    )

    RSRP, THR, HOLE, DISTRICTS, DFIELD, POP, PFIELD, BLD, HHFIELD, FREQ, BTYPE, PCT = (
        "RSRP",
        "THRESHOLDS",
        "HOLE_THRESHOLD",
        "DISTRICTS",
        "DISTRICT_FIELD",
        "POPULATION",
        "POPULATION_FIELD",
        "BUILDINGS",
        "HOUSEHOLDS_FIELD",
        "FREQ_MHZ",
        "BUILDING_TYPE",
        "BEL_PERCENT",
    )
    OUTPUT, HOLES = "OUTPUT", "OUTPUT_HOLES"

    def initAlgorithm(self, config=None):  # noqa: N802
        num = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterRasterLayer(self.RSRP, tr("RSRP raster (dBm)")))
        self.addParameter(
            QgsProcessingParameterString(
                self.THR, tr("RSRP class thresholds (dBm, comma-separated)"), defaultValue="-95,-105,-115"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.HOLE, tr("Hole: RSRP below (dBm)"), num, defaultValue=-115.0)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DISTRICTS,
                tr("Districts (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DFIELD, tr("District name field"), parentLayerParameterName=self.DISTRICTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POP,
                tr("Population polygons, e.g. Zensus grid (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PFIELD,
                tr("Population field"),
                parentLayerParameterName=self.POP,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BLD,
                tr("Buildings (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.HHFIELD,
                tr("Households field (e.g. dwellings)"),
                parentLayerParameterName=self.BLD,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FREQ,
                tr("Frequency for the building entry loss (MHz)"),
                num,
                defaultValue=1800.0,
                minValue=80.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BTYPE,
                tr("Building type (ITU-R P.2109)"),
                options=[tr("traditional"), tr("thermally efficient")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PCT,
                tr("Entry loss not exceeded at (% of locations)"),
                num,
                defaultValue=50.0,
                minValue=1.0,
                maxValue=99.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Coverage statistics"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.HOLES, tr("Coverage holes"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        rsrp = self.read_raster(parameters, self.RSRP, context)
        crs = rsrp.crs
        districts = self.read_source(parameters, self.DISTRICTS, context, crs, feedback, required=False)
        pop = self.read_source(parameters, self.POP, context, crs, feedback, required=False)
        bld = self.read_source(parameters, self.BLD, context, crs, feedback, required=False)
        s = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        table, holes = self.run_engine(
            feedback,
            coverage_stats,
            rsrp,
            parse_thresholds(self.parameterAsString(parameters, self.THR, context)),
            districts,
            s(self.DFIELD),
            pop,
            s(self.PFIELD) if pop is not None else None,
            bld,
            s(self.HHFIELD),
            freq_mhz=self.parameterAsDouble(parameters, self.FREQ, context),
            bel_building=BUILDING_TYPES[self.parameterAsEnum(parameters, self.BTYPE, context)],
            bel_percent=self.parameterAsDouble(parameters, self.PCT, context),
            hole_threshold=self.parameterAsDouble(parameters, self.HOLE, context),
        )
        results = {}
        for key, layer, style in ((self.OUTPUT, table, None), (self.HOLES, holes, "coverage_holes")):
            dest = self.write_layer(parameters, key, context, layer, feedback, style=style)
            if dest is not None:
                results[key] = dest
        for f in table.features:
            a = f.attributes
            if a["district"] == "all":
                feedback.pushInfo(
                    "%s %s: area %.1f %%, population %.1f %%, households %.1f %%"
                    % (a["env"], a["label"], 100 * a["area_share"], 100 * a["pop_share"], 100 * a["hh_share"])
                )
        return results
