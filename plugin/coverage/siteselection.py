"""infraplan:siteselection — choose k sites from candidates to maximise newly covered population."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...algorithms.coverage.stats import select_sites
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import MODEL_IDS, MODEL_NAMES


class SiteSelectionAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "siteselection"
    GROUP_ID = "coverage"
    DISPLAY_NAME = "Site selection (maximum coverage)"
    TAGS = "site selection,5G,small cells,greedy,maximum coverage,rooftop,candidates"
    HELP = (
        "Chooses sites from candidate points (rooftops, masts, street furniture) to maximise the "
        "population newly covered with RSRP at least the threshold. Each candidate is evaluated as one "
        "sector with the given defaults (omni antenna by default; height from the candidate's 'height' "
        "field when present) with the chosen propagation model over the DEM/DSM; existing sites "
        "(optional, full sector table) count as already covering. The choice is a lazy greedy (always the "
        "candidate with the largest marginal gain; guaranteed at least (1 − 1/e) ≈ 63 % of the optimum for "
        "this monotone submodular objective) followed by a swap local search that exchanges a chosen and "
        "an unchosen candidate while coverage strictly increases. Stops after k sites or when the target "
        "share is reached (k = 0: target only). Output: the chosen sites in order with their marginal "
        "gain and the cumulative covered population and share."
    )
    LIMITS = (
        "The greedy choice guarantees at least 63 % of the best possible coverage; the swap search "
        "improves it but does not prove optimality. Each candidate is modelled as one sector with the "
        "given defaults, so the result ranks candidate locations rather than designing sectors. Coverage "
        "is counted for the population grid only and inherits the limits of the propagation model and of "
        "the DEM/DSM. Permits, rents, backhaul and power are not considered.")
    REFERENCES = (
        "Nemhauser, G. L., Wolsey, L. A. & Fisher, M. L. (1978): An analysis of approximations for "
        "maximizing submodular set functions I. Mathematical Programming 14",
        "Minoux, M. (1978): Accelerated greedy algorithms for maximizing submodular set functions. "
        "Optimization Techniques, LNCIS 7",
        "ITU-R P.525-4, ITU-R P.526-15, Hata (1980), COST 231 Final Report (1999), 3GPP TR 38.901 V17 "
        "(propagation models, as in Mobile coverage)",
    )

    (
        CANDS,
        IDF,
        DEM,
        DSM,
        POP,
        PFIELD,
        EXIST,
        K,
        TARGET,
        THR,
        MODEL,
        RADIUS,
        RES,
        HEIGHT,
        FREQ,
        BW,
        POWER,
        TECH,
        PATTERN,
        SWAP,
    ) = (
        "CANDIDATES",
        "ID_FIELD",
        "DEM",
        "DSM",
        "POPULATION",
        "POPULATION_FIELD",
        "EXISTING",
        "K",
        "TARGET_SHARE",
        "THRESHOLD",
        "MODEL",
        "MAX_RADIUS",
        "RESOLUTION",
        "DEFAULT_HEIGHT",
        "FREQ_MHZ",
        "BW_MHZ",
        "POWER_DBM",
        "TECH",
        "PATTERN",
        "SWAP",
    )
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        num = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDS, tr("Candidate sites (points)"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.IDF, tr("Candidate id field"), parentLayerParameterName=self.CANDS, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Terrain model DEM")))
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.DSM, tr("Surface model DSM (optional)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POP,
                tr("Population polygons (optional; without: area)"),
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
                self.EXIST,
                tr("Existing sectors (optional)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.K,
                tr("Number of sites k (0 = until the target share)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=3,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET,
                tr("Target covered share 0..1 (0 = none)"),
                num,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THR, tr("Covered: RSRP at least (dBm)"), num, defaultValue=-105.0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODEL, tr("Propagation model"), options=[tr(n) for n in MODEL_NAMES], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS, tr("Maximum radius per site (m)"), num, defaultValue=2000.0, minValue=10.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RES, tr("Resolution in m (0 = the DEM's)"), num, defaultValue=0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HEIGHT,
                tr("Antenna height when the candidate has none (m)"),
                num,
                defaultValue=20.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.FREQ, tr("Frequency (MHz)"), num, defaultValue=3600.0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.BW, tr("Bandwidth (MHz)"), num, defaultValue=100.0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.POWER, tr("Total power (dBm)"), num, defaultValue=49.0)
        )
        self.addParameter(
            QgsProcessingParameterString(self.TECH, tr("Technology (LTE or NR)"), defaultValue="NR")
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PATTERN, tr("Antenna pattern (omni, 38901, 36814 or file)"), defaultValue="omni"
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.SWAP, tr("Improve by swap local search"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Selected sites"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem = self.read_raster(parameters, self.DEM, context)
        dsm = self.read_raster(parameters, self.DSM, context, required=False)
        cands = self.read_source(parameters, self.CANDS, context, None, feedback)
        pop = self.read_source(parameters, self.POP, context, None, feedback, required=False)
        existing = self.read_source(parameters, self.EXIST, context, None, feedback, required=False)
        d = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        k = self.parameterAsInt(parameters, self.K, context) or None
        target = d(self.TARGET) or None
        idf = self.parameterAsString(parameters, self.IDF, context) or (
            "cand_id" if "cand_id" in cands.field_names() else "fid"
        )
        defaults = {
            "height": d(self.HEIGHT),
            "freq_mhz": d(self.FREQ),
            "bw_mhz": d(self.BW),
            "power_dbm": d(self.POWER),
            "tech": self.parameterAsString(parameters, self.TECH, context),
            "pattern": self.parameterAsString(parameters, self.PATTERN, context),
        }
        out, rejected, summary = self.run_engine(
            feedback,
            select_sites,
            cands,
            dem,
            dsm,
            population=pop,
            pop_field=self.parameterAsString(parameters, self.PFIELD, context) or None,
            k=k,
            target_share=target,
            existing=existing,
            threshold=d(self.THR),
            model=MODEL_IDS[self.parameterAsEnum(parameters, self.MODEL, context)],
            resolution=d(self.RES) or None,
            max_radius=d(self.RADIUS),
            defaults=defaults,
            id_field=idf,
            swap=self.parameterAsBool(parameters, self.SWAP, context),
        )
        for f in out.features:
            a = f.attributes
            feedback.pushInfo(
                "#%d %s: +%.1f, cumulative %.1f %%"
                % (a["rank"], a["cand_id"], a["gain"], 100 * a["cum_share"])
            )
        if summary["swaps"]:
            feedback.pushInfo("Swap local search improved the greedy choice %d time(s)." % summary["swaps"])
        if len(rejected):
            feedback.reportError(
                tr("%d candidate(s) rejected: %s")
                % (
                    len(rejected),
                    "; ".join(
                        "%s: %s" % (f.attributes["site_id"], f.attributes["reason"])
                        for f in rejected.features
                    ),
                ),
                False,
            )
        dest = self.write_layer(parameters, self.OUTPUT, context, out, feedback, style="coverage_selected")
        return {self.OUTPUT: dest}
