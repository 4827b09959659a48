"""infraplan:greenaccess — 3-30-300 green access per residential building."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...algorithms.climate.green import green_access
from ..base import InfraPlanAlgorithm
from ..i18n import tr


class GreenAccessAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "greenaccess"
    GROUP_ID = "climate"
    DISPLAY_NAME = "Green access (3-30-300)"
    TAGS = "green,park,3-30-300,who,walking distance,trees,canopy,grünversorgung"
    HELP = (
        "For every residential building (field resident = 1): the walking distance along the "
        "street network to the nearest public green space of at least 0.5 ha and 1 ha (WHO Europe "
        "2016: within 300 m), the green/canopy share within the neighbourhood radius (3-30-300 "
        "rule: 30 %) and the number of trees within the view radius (3 wanted). Adjacent public "
        "green polygons count as one space; entrances are street vertices within the entry "
        "distance of a space; the walk adds the straight leg from the building to its nearest "
        "street vertex. Inhabitants = dwellings × household size (Zensus 1 km 'hh_groesse' where "
        "given, else the default). Buildings farther than the maximum access distance from any "
        "street are listed as rejected."
    )
    LIMITS = (
        "Walking distances follow the street layer: footpaths missing from it make distances too long, "
        "and park entrances are approximated by street vertices near the green polygon. Whether a green "
        "space is public comes from OSM tags and a rule table. Green share and tree counts depend on how "
        "completely green areas and trees are mapped in OSM; inhabitants are dwellings × an average "
        "household size.")
    REFERENCES = (
        "WHO Regional Office for Europe (2016): Urban green spaces and health – a review of evidence "
        "(public green ≥ 0.5 ha within 300 m)",
        "Konijnendijk, C. C. (2021/2023): The 3-30-300 rule for urban forestry and greener cities",
    )

    BUILDINGS, STREETS, GREEN, TREES, LANDCOVER, ZENSUS = (
        "BUILDINGS",
        "STREETS",
        "GREEN",
        "TREES",
        "LANDCOVER",
        "ZENSUS",
    )
    MAX_WALK, SMALL, LARGE, RADIUS, SHARE, VIEW, NTREES, HH = (
        "MAX_WALK",
        "MIN_AREA_SMALL",
        "MIN_AREA_LARGE",
        "SHARE_RADIUS",
        "SHARE_TARGET",
        "TREE_VIEW_RADIUS",
        "TREES_TARGET",
        "HOUSEHOLD_SIZE",
    )
    OUTPUT, REJECTED = "OUTPUT", "OUTPUT_REJECTED"

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.BUILDINGS, tr("Buildings (resident, dwellings)"), poly)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STREETS,
                tr("Streets and paths (walkable lines)"),
                [QgsProcessing.SourceType.TypeVectorLine],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GREEN, tr("Green spaces (field 'public' = 1 for public ones)"), poly
            )
        )
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
                self.LANDCOVER,
                tr("Land cover (forest/park classes add to the green share; optional)"),
                poly,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZENSUS, tr("Zensus 1 km grid with hh_groesse (optional)"), poly, optional=True
            )
        )
        num = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_WALK, tr("Maximum walking distance (m)"), num, defaultValue=300.0, minValue=10.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SMALL, tr("Minimum public green size (ha)"), num, defaultValue=0.5, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LARGE, tr("Larger public green size (ha)"), num, defaultValue=1.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS,
                tr("Neighbourhood radius for the green share (m)"),
                num,
                defaultValue=150.0,
                minValue=10.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SHARE,
                tr("Target green/canopy share (%)"),
                num,
                defaultValue=30.0,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.VIEW, tr("Tree view radius (m)"), num, defaultValue=50.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.NTREES,
                tr("Trees wanted within the view radius"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=3,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HH,
                tr("Default household size (persons per dwelling)"),
                num,
                defaultValue=2.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Green access per building"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED,
                tr("Rejected buildings"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber("INHABITANTS_WITHOUT_300", tr("Inhabitants without green access"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = "EPSG:25832"
        b = self.read_source(parameters, self.BUILDINGS, context, crs, feedback)
        s = self.read_source(parameters, self.STREETS, context, crs, feedback)
        g = self.read_source(parameters, self.GREEN, context, crs, feedback)
        t = self.read_source(parameters, self.TREES, context, crs, feedback, required=False)
        lc = self.read_source(parameters, self.LANDCOVER, context, crs, feedback, required=False)
        z = self.read_source(parameters, self.ZENSUS, context, crs, feedback, required=False)
        d = lambda k: self.parameterAsDouble(parameters, k, context)  # noqa: E731
        res = self.run_engine(
            feedback,
            green_access,
            b,
            s,
            g,
            trees=t,
            landcover=lc,
            zensus=z,
            min_area_small=d(self.SMALL) * 1e4,
            min_area_large=d(self.LARGE) * 1e4,
            max_walk=d(self.MAX_WALK),
            share_radius=d(self.RADIUS),
            share_target=d(self.SHARE) / 100.0,
            tree_view_radius=d(self.VIEW),
            trees_target=self.parameterAsInt(parameters, self.NTREES, context),
            household_size=d(self.HH),
            crs=crs,
        )
        results = {"INHABITANTS_WITHOUT_300": res["summary"]["inhabitants_without_300"]}
        for key, layer, style in (
            (self.OUTPUT, res["buildings"], "climate_greenaccess"),
            (self.REJECTED, res["rejected"], None),
        ):
            dest = self.write_layer(parameters, key, context, layer, feedback, style=style)
            if dest is not None:
                results[key] = dest
        return results
