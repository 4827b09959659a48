"""infraplan:heatrisk — heat hazard (InVEST Urban Cooling), vulnerability and risk classes."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ...algorithms.climate.heat import HAZARD_WEIGHTS, VULN_WEIGHTS, heat_risk, risk_polygons
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import parse_weights

METHODS = ["product", "weighted"]


class HeatRiskAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "heatrisk"
    GROUP_ID = "climate"
    DISPLAY_NAME = "Heat risk"
    TAGS = "heat,urban heat island,invest,urban cooling,vulnerability,hitze,klimaanalyse"
    HELP = (
        "Heat hazard and risk on a grid (10-50 m). Cooling capacity per cell from shade, albedo and "
        "evapotranspiration of the land-cover classes, buildings and tree crowns, as in the InVEST "
        "Urban Cooling model: CC = 0.6·shade + 0.2·albedo + 0.2·ETI; green areas cool their "
        "surroundings within the cooling distance when at least 2 ha of green lie within it "
        "(HM = max(CC, CC_park)); air temperature T = T_ref + (1 − HM)·UHI_max. Hazard = weighted "
        "heat, building density and imperviousness; vulnerability from the Zensus 1 km grid (share "
        "65+, under 18, population density) and sensitive facilities (kindergartens, schools, "
        "hospitals, care homes) within a radius. Risk = hazard·(0.5 + 0.5·vulnerability) "
        "(product) or 0.6·hazard + 0.4·vulnerability (weighted), in classes 1 (very low) to 5 "
        "(very high) at 0.2 steps. Weights as name=value lists: heat, buildings, impervious; "
        "age65, under18, density, facilities."
    )
    LIMITS = (
        "The air temperature is an index model (InVEST Urban Cooling) calibrated only by the reference "
        "temperature and UHI magnitude you give; it is not a measured or simulated temperature. Shade, "
        "albedo and evapotranspiration per land-cover class are table values, with one reference "
        "evapotranspiration for the whole area. Vulnerability uses the 1 km Zensus grid, which is coarse "
        "for neighbourhoods, and the weights of hazard and vulnerability are a heuristic choice "
        "(parameters).")
    REFERENCES = (
        "Natural Capital Project: InVEST User Guide, Urban Cooling model",
        "Statistisches Bundesamt (Destatis): Zensus 2022, 1 km grid (age structure, population), "
        "dl-de/by-2-0",
    )

    LANDCOVER, CLASS_FIELD, BUILDINGS, TREES, ZENSUS, FACILITIES, EXTENT = (
        "LANDCOVER",
        "CLASS_FIELD",
        "BUILDINGS",
        "TREES",
        "ZENSUS",
        "FACILITIES",
        "EXTENT",
    )
    CELL, T_REF, UHI, D_COOL, GREEN_HA, MIX, METHOD, WEIGHTS = (
        "CELL_SIZE",
        "T_REF",
        "UHI_MAX",
        "COOLING_DISTANCE",
        "MIN_GREEN_HA",
        "MIX_DISTANCE",
        "METHOD",
        "WEIGHTS",
    )
    OUT_RISK, OUT_TAIR, OUT_HM, OUT_AREAS = "OUTPUT_RISK", "OUTPUT_TAIR", "OUTPUT_HM", "OUTPUT_AREAS"

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.LANDCOVER, tr("Land cover"), poly))
        self.addParameter(
            QgsProcessingParameterField(
                self.CLASS_FIELD,
                tr("Land-cover class field (OSM landuse/natural/leisure values)"),
                defaultValue="lc_class",
                parentLayerParameterName=self.LANDCOVER,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource(self.BUILDINGS, tr("Buildings"), poly))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TREES,
                tr("Trees (points, optional)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZENSUS,
                tr("Zensus 1 km grid (einwohner, anteil_ab65, anteil_unter18; optional)"),
                poly,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES,
                tr("Facilities (points with fac_type; optional)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(
                self.EXTENT, tr("Extent (default: land cover and buildings)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL,
                tr("Grid cell size (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=20.0,
                minValue=5.0,
                maxValue=200.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.T_REF,
                tr("Rural reference air temperature T_ref (°C)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=21.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.UHI,
                tr("Urban heat island magnitude UHI_max (K)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=3.5,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.D_COOL,
                tr("Park cooling distance (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=450.0,
                minValue=10.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GREEN_HA,
                tr("Minimum green area within the cooling distance (ha)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=2.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIX,
                tr("Air mixing distance (m, 0 = off)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                tr("Risk method"),
                options=[
                    tr("Product: hazard × (0.5 + 0.5·vulnerability)"),
                    tr("Weighted: 0.6·hazard + 0.4·vulnerability"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WEIGHTS,
                tr("Weights (name=value, comma-separated)"),
                defaultValue=", ".join(
                    "%s=%g" % kv for kv in list(HAZARD_WEIGHTS.items()) + list(VULN_WEIGHTS.items())
                ),
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUT_RISK, tr("Heat risk class (1-5)")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUT_TAIR, tr("Air temperature (°C)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUT_HM, tr("Heat mitigation index HM"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_AREAS,
                tr("High heat risk areas (classes 4-5)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = "EPSG:25832"
        lc = self.read_source(parameters, self.LANDCOVER, context, crs, feedback)
        bl = self.read_source(parameters, self.BUILDINGS, context, crs, feedback)
        trees = self.read_source(parameters, self.TREES, context, crs, feedback, required=False)
        zensus = self.read_source(parameters, self.ZENSUS, context, crs, feedback, required=False)
        fac = self.read_source(parameters, self.FACILITIES, context, crs, feedback, required=False)
        bounds = None
        if parameters.get(self.EXTENT):
            from qgis.core import QgsCoordinateReferenceSystem

            rect = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(crs))
            if rect is not None and not rect.isEmpty():
                bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        weights = parse_weights(
            self.parameterAsString(parameters, self.WEIGHTS, context),
            list(HAZARD_WEIGHTS) + list(VULN_WEIGHTS),
        )
        res = self.run_engine(
            feedback,
            heat_risk,
            lc,
            bl,
            bounds=bounds,
            trees=trees,
            zensus=zensus,
            facilities=fac,
            cellsize=self.parameterAsDouble(parameters, self.CELL, context),
            class_field=self.parameterAsString(parameters, self.CLASS_FIELD, context) or "lc_class",
            t_ref=self.parameterAsDouble(parameters, self.T_REF, context),
            uhi_max=self.parameterAsDouble(parameters, self.UHI, context),
            d_cool=self.parameterAsDouble(parameters, self.D_COOL, context),
            min_green_ha=self.parameterAsDouble(parameters, self.GREEN_HA, context),
            mix_distance=self.parameterAsDouble(parameters, self.MIX, context),
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            hazard_weights={k: v for k, v in weights.items() if k in HAZARD_WEIGHTS},
            vulnerability_weights={k: v for k, v in weights.items() if k in VULN_WEIGHTS},
            crs=crs,
        )
        paths = {
            k: self.parameterAsOutputLayer(parameters, k, context)
            for k in (self.OUT_RISK, self.OUT_TAIR, self.OUT_HM)
        }
        self.write_rasters(
            context,
            [
                (res["risk_class"], paths[self.OUT_RISK], "climate_heatrisk", "uint8"),
                (res["t_air"], paths[self.OUT_TAIR], "climate_tair", "float32"),
                (res["hm"], paths[self.OUT_HM], "climate_hm", "float32"),
            ],
        )
        results = {k: v for k, v in paths.items() if v}
        dest = self.write_layer(
            parameters,
            self.OUT_AREAS,
            context,
            risk_polygons(res["risk_class"]),
            feedback,
            style="climate_heatareas",
        )
        if dest is not None:
            results[self.OUT_AREAS] = dest
        return results
