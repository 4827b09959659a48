"""infraplan:coverage — best-server RSRP, server id, SINR and server count rasters."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...algorithms.coverage.coverage import compute_coverage
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import MODEL_IDS, MODEL_NAMES, parse_thresholds

DIFFRACTION = ["none", "bullington", "deygout"]
SCS = [15, 30, 60]


class CoverageAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "coverage"
    GROUP_ID = "coverage"
    DISPLAY_NAME = "Mobile coverage (RSRP, best server, SINR)"
    TAGS = "5G,LTE,NR,RSRP,SINR,best server,coverage,propagation,38.901,Hata,viewshed,Funkloch"
    HELP = (
        "Computes for every cell of the elevation raster (at the chosen resolution) the received "
        "power of every sector within its maximum radius and writes the best-server RSRP "
        "(dBm per resource element: total sector power − 10·log10(12·NRB) + antenna gain − path "
        "loss − cable loss), the best-server sector index (see the sectors output), the SINR "
        "(co-channel = same frequency; interference from all other sectors at full load plus "
        "thermal noise kT·SCS + noise figure) and the number of servers above a threshold, plus "
        "coverage-class polygons. Sectors: one point per sector (several rows per site are normal) "
        "with fields height (m above ground), azimuth, tilt_mech, tilt_elec, power_dbm (or power_w "
        "or eirp_dbm), freq_mhz, bw_mhz, tech (LTE/NR), pattern (38901, 36814, omni or an MSI/Planet "
        "file); missing values take the defaults below. Path loss: ITU-R P.525 free space, two-ray, "
        "Okumura-Hata, COST-231-Hata or 3GPP TR 38.901 UMa/UMi/RMa; for 38.901 the LOS/NLOS branch "
        "follows the line of sight over the surface model (DSM = terrain + buildings; same algorithm "
        "as GDAL's viewshed). Optional knife-edge diffraction over the DSM (ITU-R P.526 J(v); "
        "Bullington or Deygout with up to 3 edges) is added on top of the model — use it with free "
        "space. Sectors that cannot be computed (outside the DEM, antenna height not above ground, "
        "frequency outside the model's range, unknown bandwidth or pattern, missing values) are "
        "skipped and listed in the rejected output with the reason."
    )
    LIMITS = (
        "Every model is valid only in its published range (e.g. Okumura-Hata 150–1500 MHz and 1–20 km, "
        "COST-231-Hata 1500–2000 MHz, 38.901 UMa/UMi 10 m–5 km); outside it the sector is refused "
        "(frequency) or a warning is logged. Line of sight and diffraction assume a flat earth without "
        "refraction, acceptable for paths up to about 10 km. The DSM is only as good as its buildings (in "
        "OSM mostly default heights); vegetation, clutter and indoor loss are not included. SINR assumes "
        "all sectors at full load; no fading or shadowing margins are applied, so the maps show median "
        "values.")
    REFERENCES = (
        "ITU-R P.525-4: Calculation of free-space attenuation",
        "ITU-R P.526-15: Propagation by diffraction (J(v), Bullington, Deygout)",
        "Deygout, J. (1966): Multiple knife-edge diffraction of microwaves. IEEE Trans. Antennas "
        "Propag. 14(4)",
        "Hata, M. (1980): Empirical formula for propagation loss in land mobile radio services. IEEE "
        "Trans. Veh. Technol. VT-29(3)",
        "COST Action 231 (1999): Digital mobile radio towards future generation systems, Final Report, "
        "§4.4",
        "3GPP TR 38.901 V17: Study on channel model for frequencies from 0.5 to 100 GHz (Table 7.4.1-1)",
        "3GPP TR 36.814, Table A.2.1.1-2 (macro sector antenna pattern)",
        "3GPP TS 36.101 / TS 38.101-1 (channel bandwidths and resource blocks)",
        "Wang, J., Robinson, G. J. & White, K. (2000): Generating viewsheds without using sightlines. "
        "Photogrammetric Engineering & Remote Sensing 66(1)",
    )

    SITES, DEM, DSM, MODEL, RES, RX, RADIUS, DIFF, NF, CABLE, THR, SRV_THR = (
        "SITES",
        "DEM",
        "DSM",
        "MODEL",
        "RESOLUTION",
        "RX_HEIGHT",
        "MAX_RADIUS",
        "DIFFRACTION",
        "NOISE_FIGURE",
        "CABLE_LOSS",
        "THRESHOLDS",
        "SERVER_THRESHOLD",
    )
    D_HEIGHT, D_AZ, D_TM, D_TE, D_POW, D_FREQ, D_BW, D_TECH, D_PAT, PAT_DIR, NR_SCS = (
        "DEFAULT_HEIGHT",
        "DEFAULT_AZIMUTH",
        "DEFAULT_TILT_MECH",
        "DEFAULT_TILT_ELEC",
        "DEFAULT_POWER_DBM",
        "DEFAULT_FREQ_MHZ",
        "DEFAULT_BW_MHZ",
        "DEFAULT_TECH",
        "DEFAULT_PATTERN",
        "PATTERN_FOLDER",
        "NR_SCS",
    )
    O_RSRP, O_SERVER, O_SINR, O_NSERV, O_CLASSES, O_SECTORS, O_REJECTED = (
        "OUTPUT_RSRP",
        "OUTPUT_SERVER",
        "OUTPUT_SINR",
        "OUTPUT_NSERVERS",
        "OUTPUT_CLASSES",
        "OUTPUT_SECTORS",
        "OUTPUT_REJECTED",
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        num = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                tr("Sectors (points, one row per sector)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.DEM, tr("Terrain model DEM (m, metric CRS)"))
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.DSM,
                tr("Surface model DSM with buildings (optional; for LOS and diffraction)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODEL, tr("Propagation model"), options=[tr(n) for n in MODEL_NAMES], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RES, tr("Resolution in m (0 = the DEM's)"), num, defaultValue=0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RX, tr("Receiver height above ground (m)"), num, defaultValue=1.5, minValue=0.1
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS, tr("Maximum radius per sector (m)"), num, defaultValue=3000.0, minValue=10.0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIFF,
                tr("Knife-edge diffraction added to the model"),
                options=[tr("none"), tr("Bullington (fast)"), tr("Deygout, up to 3 edges (slower)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NF, tr("Receiver noise figure (dB)"), num, defaultValue=7.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CABLE, tr("Cable and feeder loss (dB)"), num, defaultValue=0.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.THR, tr("RSRP class thresholds (dBm, comma-separated)"), defaultValue="-95,-105,-115"
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SRV_THR, tr("Count servers with RSRP at least (dBm)"), num, defaultValue=-110.0
            )
        )
        defaults = [
            (self.D_HEIGHT, "Default antenna height above ground (m)", 30.0),
            (self.D_AZ, "Default azimuth (degrees from north)", 0.0),
            (self.D_TM, "Default mechanical downtilt (degrees)", 0.0),
            (self.D_TE, "Default electrical downtilt (degrees)", 6.0),
            (self.D_POW, "Default total transmit power per sector (dBm)", 46.0),
            (self.D_FREQ, "Default frequency (MHz)", 1800.0),
            (self.D_BW, "Default channel bandwidth (MHz)", 20.0),
        ]
        for key, label, value in defaults:
            self.addParameter(QgsProcessingParameterNumber(key, tr(label), num, defaultValue=value))
        self.addParameter(
            QgsProcessingParameterString(
                self.D_TECH, tr("Default technology (LTE or NR)"), defaultValue="LTE"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.D_PAT,
                tr("Default antenna pattern (38901, 36814, omni or a file name)"),
                defaultValue="38901",
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PAT_DIR,
                tr("Folder with MSI/Planet pattern files (optional)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.NR_SCS, tr("NR subcarrier spacing (kHz)"), options=[str(s) for s in SCS], defaultValue=1
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.O_RSRP, tr("Best-server RSRP (dBm)")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.O_SERVER, tr("Best-server sector index"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.O_SINR, tr("SINR (dB)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.O_NSERV, tr("Number of servers above the threshold"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.O_CLASSES,
                tr("Coverage classes"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.O_SECTORS,
                tr("Sectors used (index = server id)"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.O_REJECTED,
                tr("Rejected sectors with reason"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem = self.read_raster(parameters, self.DEM, context)
        dsm = self.read_raster(parameters, self.DSM, context, required=False)
        sites = self.read_source(parameters, self.SITES, context, None, feedback)
        d = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        defaults = {
            "height": d(self.D_HEIGHT),
            "azimuth": d(self.D_AZ),
            "tilt_mech": d(self.D_TM),
            "tilt_elec": d(self.D_TE),
            "power_dbm": d(self.D_POW),
            "freq_mhz": d(self.D_FREQ),
            "bw_mhz": d(self.D_BW),
            "tech": self.parameterAsString(parameters, self.D_TECH, context) or "LTE",
            "pattern": self.parameterAsString(parameters, self.D_PAT, context) or "38901",
        }
        pattern_dir = self.parameterAsFile(parameters, self.PAT_DIR, context) or None
        res = self.run_engine(
            feedback,
            compute_coverage,
            sites,
            dem,
            dsm,
            model=MODEL_IDS[self.parameterAsEnum(parameters, self.MODEL, context)],
            resolution=d(self.RES) or None,
            rx_height=d(self.RX),
            max_radius=d(self.RADIUS),
            diffraction=DIFFRACTION[self.parameterAsEnum(parameters, self.DIFF, context)],
            noise_figure=d(self.NF),
            cable_loss=d(self.CABLE),
            defaults=defaults,
            thresholds=parse_thresholds(self.parameterAsString(parameters, self.THR, context)),
            server_threshold=d(self.SRV_THR),
            scs_khz=SCS[self.parameterAsEnum(parameters, self.NR_SCS, context)],
            pattern_dir=pattern_dir,
        )
        paths = {
            k: self.parameterAsOutputLayer(parameters, k, context)
            for k in (self.O_RSRP, self.O_SERVER, self.O_SINR, self.O_NSERV)
        }
        self.write_rasters(
            context,
            [
                (res.rsrp, paths[self.O_RSRP], "coverage_rsrp", "float32"),
                (res.best_server, paths[self.O_SERVER], "coverage_server", "int32"),
                (res.sinr, paths[self.O_SINR], "coverage_sinr", "float32"),
                (res.n_servers, paths[self.O_NSERV], "coverage_nservers", "int16"),
            ],
        )
        results = {k: v for k, v in paths.items() if v}
        for key, layer, style in (
            (self.O_CLASSES, res.classes, "coverage_classes"),
            (self.O_SECTORS, res.sectors, "coverage_sectors"),
            (self.O_REJECTED, res.rejected, "coverage_rejected"),
        ):
            dest = self.write_layer(parameters, key, context, layer, feedback, style=style)
            if dest is not None:
                results[key] = dest
        shares = res.class_shares()
        for label, share in shares.items():
            feedback.pushInfo("%s: %.1f %% of the area" % (label, 100 * share))
        if len(res.rejected):
            feedback.reportError(
                tr("%d sector(s) rejected; see the rejected output.") % len(res.rejected), False
            )
        return results
