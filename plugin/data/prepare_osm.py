"""infraplan:prepareosm — OSM extract to planning layers in a metric CRS."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...algorithms.data.prepare import prepare_osm
from ...algorithms.data.rules import STOREY_HEIGHT
from ...algorithms.errors import InputError
from ...algorithms.geo import require_metric
from ..base import InfraPlanAlgorithm
from ..i18n import tr

#: (parameter key, engine layer name, description, style)
OUTPUTS = [
    ("BUILDINGS", "buildings", "Buildings", "data_buildings"),
    ("ADDRESSES", "addresses", "Address points", "data_addresses"),
    ("STREETS", "streets", "Streets (surface class for trenching)", "data_streets"),
    ("GREEN", "green", "Green spaces", "data_green"),
    ("WATER", "water", "Water areas", "data_water"),
    ("WATERWAYS", "waterways", "Waterways (lines)", "data_waterways"),
    ("LANDCOVER", "landcover", "Land cover with imperviousness", "data_landcover"),
    ("TREES", "trees", "Trees", "data_trees"),
    ("MASTS", "masts", "Telecom masts and towers", "data_masts"),
    ("FACILITIES", "facilities", "Sensitive facilities (schools, kindergartens, hospitals, care homes)",
     "data_facilities"),
    ("REJECTED", "rejected", "Rejected OSM features (with reason)", "data_rejected"),
]


class PrepareOsmAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "prepareosm"
    GROUP_ID = "data"
    DISPLAY_NAME = "Prepare OSM planning layers"
    TAGS = "osm,openstreetmap,buildings,addresses,streets,surface,land cover,imperviousness,green"
    HELP = (
        "Turns an OpenStreetMap extract (.osm.pbf or .osm, read with GDAL) into clean planning "
        "layers in a metric CRS: buildings (type, levels, height with its source, footprint and "
        "floor area, residential flag), address points linked to their building (unmatched ones "
        "keep matched = 0), streets with a surface class for trench costing (sealed / paved / "
        "unsealed / unknown from the surface tag or the highway class), width estimate, bridge/"
        "tunnel flags and network component (0 = main network), green spaces with public access, "
        "water areas and lines, non-overlapping land cover with an imperviousness share per "
        "class, trees, telecom masts and sensitive facilities. Height: 'height' tag, else "
        "'building:levels' × storey height, else a default per building type (height_src says "
        "which). building=yes counts as residential when it has an address, at least 30 m² and no "
        "tag of another use. OSM geometries that are invalid are repaired; those that cannot be "
        "repaired go to the Rejected output with the reason. Optional area: a polygon layer or an "
        "extent; features whose inner point lies inside are kept. Geographic output CRSs are "
        "refused.")
    LIMITS = (
        "OpenStreetMap is only as complete as its mappers: buildings, addresses and surfaces may be "
        "missing or outdated, so check the layers against the official cadastre (ALKIS) where the plan "
        "depends on them. Building heights are mostly type defaults (levels × 3 m) because few OSM "
        "buildings carry a height or levels tag; height_src says which rule applied. Street widths are "
        "class estimates and the surface class falls back to the highway class when no surface tag "
        "exists. Imperviousness per land-cover class and the public-access rule for green spaces are "
        "table values for a Bavarian small town, not measurements.")
    REFERENCES = (
        "OpenStreetMap contributors, data under ODbL 1.0",
        "FGSV RASt 06: Richtlinien für die Anlage von Stadtstraßen (typical cross-section widths)",
        "USDA NRCS (1986): Urban Hydrology for Small Watersheds, TR-55, Table 2-2a (imperviousness)",
        "DWA-A 138 / DWA-M 153 (runoff classes of surfaces)",
        "BayNatSchG Art. 27 (public access to open land in Bavaria)",
    )

    INPUT, AREA, EXTENT, CRS, STOREY = "INPUT", "AREA", "EXTENT", "CRS", "STOREY_HEIGHT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("OSM extract (.osm.pbf / .osm)"),
            fileFilter="OpenStreetMap (*.osm.pbf *.pbf *.osm);;All files (*.*)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Planning area (polygons; optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, tr("Planning area as extent (optional; used when no area layer is given)"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Output CRS (metric; default EPSG:25832)"), defaultValue="EPSG:25832",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.STOREY, tr("Storey height in m (for building:levels and type defaults)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=STOREY_HEIGHT, minValue=2.0,
            maxValue=6.0))
        for key, _, desc, _ in OUTPUTS:
            self.addParameter(QgsProcessingParameterFeatureSink(
                key, tr(desc), optional=key != "BUILDINGS", createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:25832")
        crs_id = crs.authid() or crs.toWkt()
        try:
            require_metric(crs_id, "output CRS")
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        area = self._area(parameters, context, crs, feedback)
        storey = self.parameterAsDouble(parameters, self.STOREY, context)
        layers = self.run_engine(feedback, prepare_osm, path, area=area, area_crs=crs_id,
                                 crs=crs_id, storey_height=storey)
        results = {}
        for key, name, _, style in OUTPUTS:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Canceled: no output was written."))
            dest = self.write_layer(parameters, key, context, layers[name], feedback, style=style)
            if dest is not None:
                results[key] = dest
        return results

    def _area(self, parameters, context, crs, feedback):
        """The planning area as a shapely geometry in the output CRS, or None."""
        from shapely import wkb

        source = self.parameterAsSource(parameters, self.AREA, context)
        geom = None
        if source is not None:
            parts = [f.geometry() for f in source.getFeatures() if f.hasGeometry()]
            if not parts:
                raise QgsProcessingException(tr("The planning area layer has no polygons."))
            geom = QgsGeometry.unaryUnion(parts)
            if source.sourceCrs().isValid() and source.sourceCrs() != crs:
                geom.transform(QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext()))
        elif parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if rect is not None and not rect.isNull() and not rect.isEmpty():
                geom = QgsGeometry.fromRect(rect)
        if geom is None or geom.isEmpty():
            return None
        feedback.pushInfo(tr("Planning area: {area:.2f} km².").format(area=geom.area() / 1e6))
        return wkb.loads(bytes(geom.asWkb()))

