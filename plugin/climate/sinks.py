"""infraplan:sinks — heavy-rain sinks, flow paths and affected buildings from a DEM."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...algorithms.climate.hydro import sinks
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from .common import parse_numbers


class SinksAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "sinks"
    GROUP_ID = "climate"
    DISPLAY_NAME = "Heavy-rain sinks and flow paths"
    TAGS = "starkregen,sinks,depressions,priority-flood,d8,flow accumulation,flow paths,hazard map"
    HELP = (
        "Heavy-rain hazard map (Starkregen-Hinweiskarte) from a DEM in a metric CRS. Depressions "
        "are filled exactly with Priority-Flood (Barnes et al. 2014; cells on the DEM edge or next "
        "to nodata are outlets). Each sink (connected cells below the fill level) gets max and "
        "mean depth, area, volume, the pour point and its elevation, its own catchment (cells whose "
        "steepest path on the unfilled DEM ends in it), the upstream area that drains through it "
        "when full, and the rain depth in mm that fills it from its own catchment. Sinks below the "
        "minimum depth, area or volume (defaults as Berlin's map: 0.2 m, 4 m², 2 m³) are left out. "
        "Flow directions are D8 steepest descent on the filled DEM (neighbours N, NE, E, … NW; the "
        "first of equally steep wins; flats drain towards their spill point). Flow paths are "
        "cells whose contributing area reaches the classes (default 0.1, 1, 10 ha). Affected "
        "buildings: those touching a sink (with the expected water depth) or within the distance "
        "classes of a flow path of at least 1 ha. Buildings can be raised as flow obstacles "
        "(height field, else the default height). Buildings outside the DEM or without geometry "
        "are listed in the rejected output."
    )
    LIMITS = (
        "This is a static terrain analysis (Starkregen-Hinweiskarte), not a hydrodynamic simulation: it "
        "shows where water can collect and flow, not when or how fast, and it ignores sewers, culverts, "
        "inlets and infiltration. Results depend on the DEM: SRTM at 90 m is far too coarse for "
        "street-level work and misses kerbs, walls and underpasses; use a DGM 1 (1 m). The fill-rain in "
        "mm assumes the sink's own catchment runs off completely.")
    REFERENCES = (
        "Barnes, R., Lehman, C. & Mulla, D. (2014): Priority-Flood: An optimal depression-filling and "
        "watershed-labeling algorithm for digital elevation models. Computers & Geosciences 62",
        "O'Callaghan, J. F. & Mark, D. M. (1984): The extraction of drainage networks from digital "
        "elevation data (D8 flow directions)",
    )

    DEM, BUILDINGS, RAISE, HEIGHT, DEFAULT_HEIGHT = (
        "DEM",
        "BUILDINGS",
        "RAISE_BUILDINGS",
        "HEIGHT_FIELD",
        "DEFAULT_HEIGHT",
    )
    MIN_DEPTH, MIN_AREA, MIN_VOLUME, CLASSES, DISTANCES = (
        "MIN_DEPTH",
        "MIN_AREA",
        "MIN_VOLUME",
        "FLOW_CLASSES",
        "DISTANCE_CLASSES",
    )
    OUT_SINKS, OUT_PATHS, OUT_BUILDINGS, OUT_REJECTED = (
        "OUTPUT_SINKS",
        "OUTPUT_FLOWPATHS",
        "OUTPUT_BUILDINGS",
        "OUTPUT_REJECTED",
    )
    OUT_DEPTH, OUT_ACC = "OUTPUT_DEPTH", "OUTPUT_ACCUMULATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (metric CRS)")))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS,
                tr("Buildings (optional)"),
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
            QgsProcessingParameterField(
                self.HEIGHT,
                tr("Building height field (m)"),
                defaultValue="height",
                parentLayerParameterName=self.BUILDINGS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DEFAULT_HEIGHT,
                tr("Obstacle height for buildings without height (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=5.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_DEPTH,
                tr("Minimum sink depth (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.2,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA,
                tr("Minimum sink area (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=4.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_VOLUME,
                tr("Minimum sink volume (m³)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=2.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CLASSES,
                tr("Flow-path classes: contributing area in ha (comma-separated)"),
                defaultValue="0.1,1,10",
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DISTANCES,
                tr("Building distance classes to flow paths in m (comma-separated)"),
                defaultValue="5,10,20",
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SINKS, tr("Sinks"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_PATHS, tr("Flow paths"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_BUILDINGS,
                tr("Affected buildings"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_REJECTED,
                tr("Rejected buildings"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUT_DEPTH, tr("Sink depth (m)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUT_ACC,
                tr("Flow accumulation (contributing area, m²)"),
                optional=True,
                createByDefault=False,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        dem = self.read_raster(parameters, self.DEM, context)
        buildings = self.read_source(parameters, self.BUILDINGS, context, feedback=feedback, required=False)
        res = self.run_engine(
            feedback,
            sinks,
            dem,
            buildings,
            raise_buildings=self.parameterAsBool(parameters, self.RAISE, context),
            height_field=self.parameterAsString(parameters, self.HEIGHT, context) or "height",
            default_height=self.parameterAsDouble(parameters, self.DEFAULT_HEIGHT, context),
            min_depth=self.parameterAsDouble(parameters, self.MIN_DEPTH, context),
            min_area=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            min_volume=self.parameterAsDouble(parameters, self.MIN_VOLUME, context),
            flow_classes=parse_numbers(self.parameterAsString(parameters, self.CLASSES, context), 1e4),
            building_distances=parse_numbers(self.parameterAsString(parameters, self.DISTANCES, context)),
        )
        feedback.setProgress(90)
        results = {}
        depth = self.parameterAsOutputLayer(parameters, self.OUT_DEPTH, context)
        acc = self.parameterAsOutputLayer(parameters, self.OUT_ACC, context)
        self.write_rasters(
            context,
            [
                (res["depth"], depth, "climate_depth", "float32"),
                (res["accumulation"], acc, "climate_accumulation", "float32"),
            ],
        )
        if depth:
            results[self.OUT_DEPTH] = depth
        if acc:
            results[self.OUT_ACC] = acc
        for key, layer, style in (
            (self.OUT_SINKS, res["sinks"], "climate_sinks"),
            (self.OUT_PATHS, res["flow_paths"], "climate_flowpaths"),
            (self.OUT_BUILDINGS, res["buildings"], "climate_affected"),
            (self.OUT_REJECTED, res["rejected"], None),
        ):
            dest = self.write_layer(parameters, key, context, layer, feedback, style=style)
            if dest is not None:
                results[key] = dest
        s = res["summary"]
        feedback.pushInfo(
            tr("Sinks: %d (volume %.0f m³); flow paths: %d; affected buildings: %d.")
            % (s["sinks"], s["sink_volume_m3"], s["flow_paths"], s["affected_buildings"])
        )
        return results
