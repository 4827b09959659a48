"""infraplan:fundinggaps — Gigabit-Richtlinie 2.0 eligibility, white/grey spots, per-area
aggregation and cost per eligible home."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ...algorithms.fiber.funding import funding_gaps, with_synthetic_bandwidth
from ..base import InfraPlanAlgorithm
from ..convert import source_to_layer
from ..i18n import tr
from .fiberboq import read_named


class FundingGapsAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "fundinggaps"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Funding gaps (Gigabit-Richtlinie 2.0)"
    TAGS = "gigabit,foerderung,funding,white spots,grey spots,weisse flecken,graue flecken,bandwidth"
    HELP = (
        "Classifies buildings or addresses by their best current bandwidth after the German "
        "Gigabit-Richtlinie 2.0 (2023): a site is eligible for funding where it is not reliably "
        "supplied with at least 200 Mbit/s symmetric or at least 500 Mbit/s download (both "
        "thresholds are parameters; an offer flagged unreliable by the reliability field does not "
        "count). It also gives the historic classes of the earlier programmes: "
        "white spot below 30 Mbit/s, grey spot below 100 Mbit/s download, black otherwise, and "
        "'nodata' where no bandwidth is known (eligible unless switched off).\n"
        "Bandwidth comes from download/upload fields of the site layer, or from a separate "
        "availability layer joined by an address key or by the nearest availability point within "
        "a maximum distance. Without real data, tick 'Synthetic bandwidth' to generate a "
        "documented, deterministic SYNTHETIC availability (demo only; the output says so).\n"
        "With an area layer (districts or a grid such as the Zensus 100 m cells) the tool counts "
        "homes (dwellings), eligible homes and their share per area. With FTTH plan layers (cost "
        "field) or a plan's cost per home passed it estimates the cost per eligible home and ranks "
        "the areas by it (rank 1 = cheapest per eligible home).")
    LIMITS = (
        "The classification is only as good as the bandwidth data: the binding basis of a funding "
        "application is the official market survey (Markterkundungsverfahren) and the funding guideline's "
        "current text, which this tool does not replace. Joining availability by the nearest point can "
        "assign an offer to the wrong building. 'Synthetic bandwidth' generates invented data for "
        "demonstrations only. The cost per eligible home is an estimate from the plan's indicative costs.")
    REFERENCES = (
        "Bundesregierung (2023): Richtlinie „Förderung zur Unterstützung des Gigabitausbaus der "
        "Telekommunikationsnetze in der Bundesrepublik Deutschland“ (Gigabit-Richtlinie 2.0)",
        "Earlier NGA funding programmes: white spots < 30 Mbit/s, grey spots < 100 Mbit/s",
    )

    SITES, DOWN, UP, DWELL = "SITES", "DOWN_FIELD", "UP_FIELD", "DWELLINGS_FIELD"
    AVAIL, SITE_KEY, AVAIL_KEY, AVAIL_DOWN, AVAIL_UP, MAX_DIST = (
        "AVAILABILITY", "SITE_KEY", "AVAIL_KEY", "AVAIL_DOWN", "AVAIL_UP", "MAX_DIST")
    SYNTHETIC, SEED, RELIABLE = "SYNTHETIC", "SEED", "RELIABLE_FIELD"
    AREAS, AREA_ID, PLAN, COST_FIELD, COST_PER_HOME = (
        "AREAS", "AREA_ID", "PLAN_LAYERS", "COST_FIELD", "COST_PER_HOME")
    DOWN_MBPS, SYM_MBPS, WHITE_MBPS, GREY_MBPS, NODATA = (
        "DOWN_MBPS", "SYM_MBPS", "WHITE_MBPS", "GREY_MBPS", "NODATA_ELIGIBLE")
    OUTPUT, AREAS_OUTPUT, SYN_OUTPUT = "OUTPUT", "AREAS_OUTPUT", "SYNTHETIC_OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        num = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, tr("Buildings or addresses (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.DOWN, tr("Download bandwidth field (Mbit/s) of the sites"),
            parentLayerParameterName=self.SITES,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UP, tr("Upload bandwidth field (Mbit/s) of the sites"), parentLayerParameterName=self.SITES,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DWELL, tr("Homes (dwellings) field; empty or missing values count as 1"),
            parentLayerParameterName=self.SITES, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AVAIL, tr("Availability layer (best offer per address; instead of the fields)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_KEY, tr("Address key field of the sites (join by key)"),
            parentLayerParameterName=self.SITES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AVAIL_KEY, tr("Address key field of the availability layer (join by key)"),
            parentLayerParameterName=self.AVAIL, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AVAIL_DOWN, tr("Download field of the availability layer"), defaultValue="down_mbps",
            parentLayerParameterName=self.AVAIL, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AVAIL_UP, tr("Upload field of the availability layer"), defaultValue="up_mbps",
            parentLayerParameterName=self.AVAIL, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RELIABLE, tr("Reliability field (0/false = offer not reliable) of the sites or the "
                              "availability layer"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DIST, tr("Maximum distance of a nearest-point join (m)"), num, 50.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SYNTHETIC, tr("Synthetic bandwidth (demo only: invented, deterministic values)"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Seed of the synthetic bandwidth"), QgsProcessingParameterNumber.Type.Integer,
            2023))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Areas for aggregation (districts or grid cells)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID, tr("Area id field (empty: feature id)"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PLAN, tr("FTTH plan layers with a cost field (trenches, drops, DPs)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COST_FIELD, tr("Cost field of the plan layers"), defaultValue="cost", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.COST_PER_HOME, tr("Plan cost per home passed (€; used instead of / added to plan layers)"),
            num, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DOWN_MBPS, tr("Served with a download of at least (Mbit/s)"), num, 500.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.SYM_MBPS, tr("Served with symmetric (down and up) at least (Mbit/s)"), num, 200.0,
            minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.WHITE_MBPS, tr("White spot below download (Mbit/s)"), num, 30.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.GREY_MBPS, tr("Grey spot below download (Mbit/s)"), num, 100.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NODATA, tr("Sites without bandwidth data count as eligible"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Sites with funding classification")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.AREAS_OUTPUT, tr("Funding gaps per area"), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SYN_OUTPUT, tr("Synthetic availability (demo)"), QgsProcessing.SourceType.TypeVectorPoint,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("ELIGIBLE_HOMES", tr("Eligible homes")))
        self.addOutput(QgsProcessingOutputNumber("HOMES", tr("Homes")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sites = read_named(self, parameters, self.SITES, context, feedback)
        s = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        d = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        avail = read_named(self, parameters, self.AVAIL, context, feedback, required=False)
        down, up = s(self.DOWN), s(self.UP)
        synthetic = None
        if self.parameterAsBool(parameters, self.SYNTHETIC, context):
            if avail is not None or down:
                raise QgsProcessingException(tr(
                    "Choose either real bandwidth (fields or availability layer) or synthetic bandwidth."))
            sites, synthetic = with_synthetic_bandwidth(
                sites, seed=self.parameterAsInt(parameters, self.SEED, context))
            feedback.reportError(tr("Bandwidth is SYNTHETIC (invented for a demo), not real data."), False)
            down, up = "syn_down", "syn_up"
        areas = read_named(self, parameters, self.AREAS, context, feedback, required=False)
        plan = []
        for lyr in self.parameterAsLayerList(parameters, self.PLAN, context) or []:
            if isinstance(lyr, QgsVectorLayer):
                plan.append(source_to_layer(lyr, lyr.name(), context, None, feedback))
        cph = parameters.get(self.COST_PER_HOME)
        cph = d(self.COST_PER_HOME) if cph not in (None, "") else None
        out, per_area = self.run_engine(
            feedback, funding_gaps, sites, down_field=down, up_field=up, dwellings_field=s(self.DWELL),
            availability=avail, site_key=s(self.SITE_KEY), avail_key=s(self.AVAIL_KEY),
            avail_down=s(self.AVAIL_DOWN) or "down_mbps", avail_up=s(self.AVAIL_UP) or "up_mbps",
            max_dist=d(self.MAX_DIST), areas=areas, area_id=s(self.AREA_ID), plan_layers=plan,
            plan_cost_field=s(self.COST_FIELD) or "cost", cost_per_home=cph, down_mbps=d(self.DOWN_MBPS),
            sym_mbps=d(self.SYM_MBPS), white_mbps=d(self.WHITE_MBPS), grey_mbps=d(self.GREY_MBPS),
            nodata_eligible=self.parameterAsBool(parameters, self.NODATA, context),
            reliable_field=s(self.RELIABLE))
        if synthetic is not None:
            out.name = "funding_sites_synthetic"
        style = "fiber_funding_sites_polygon" if "Polygon" in out.geometry_type else "fiber_funding_sites"
        results = {self.OUTPUT: self.write_layer(parameters, self.OUTPUT, context, out, feedback,
                                                 style=style)}
        if per_area is not None:
            if synthetic is not None:
                per_area.name = "funding_areas_synthetic"
            dest = self.write_layer(parameters, self.AREAS_OUTPUT, context, per_area, feedback,
                                    style="fiber_funding_areas")
            if dest is not None:
                results[self.AREAS_OUTPUT] = dest
        if synthetic is not None:
            dest = self.write_layer(parameters, self.SYN_OUTPUT, context, synthetic, feedback,
                                    style="fiber_funding_synthetic")
            if dest is not None:
                results[self.SYN_OUTPUT] = dest
        results["HOMES"] = sum(f.attributes["homes"] for f in out.features)
        results["ELIGIBLE_HOMES"] = sum(f.attributes["homes"] for f in out.features
                                        if f.attributes["eligible"])
        feedback.pushInfo(tr("{e} of {h} homes are eligible under the Gigabit-Richtlinie 2.0.").format(
            e=results["ELIGIBLE_HOMES"], h=results["HOMES"]))
        return results
