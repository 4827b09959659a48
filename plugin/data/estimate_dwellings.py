"""infraplan:estimatedwellings — Zensus grid dwellings distributed to buildings."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...algorithms.data.dwellings import estimate_dwellings
from ..base import InfraPlanAlgorithm
from ..i18n import tr


class EstimateDwellingsAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "estimatedwellings"
    GROUP_ID = "data"
    DISPLAY_NAME = "Estimate dwellings per building (Zensus grid)"
    TAGS = "zensus,census,dwellings,wohnungen,grid,households,population"
    HELP = (
        "Distributes the dwellings per cell of a census grid (Zensus 2022 100 m grid, any CRS) to "
        "the residential buildings whose inner point lies in the cell, in proportion to their "
        "floor area. Largest-remainder rounding keeps every cell's sum exactly equal to its "
        "published count. A cell with a count but no residential building gives its count to its "
        "other buildings (dwell_src = zensus_nonres). Suppressed cells (no value, a negative "
        "value, or 0 dwellings although the cell has residential buildings) and buildings outside "
        "all cells get a default by type: 1 dwelling per house, 2 per 'residential', floor area / "
        "110 m² for apartment blocks, 0 for non-residential buildings (dwell_src = "
        "default_suppressed / default_no_cell). The cell report lists every cell with its status "
        "and the assigned sum.")
    LIMITS = (
        "The result is an estimate: within a cell, dwellings are shared by floor area, which is itself "
        "derived from OSM footprints and (often default) storey counts. Zensus cells suppressed for "
        "confidentiality and buildings outside all cells get type defaults (1 per house, 2 per "
        "'residential', floor area / 110 m² for apartment blocks), marked in dwell_src. Wrong residential "
        "flags in OSM move dwellings between buildings of a cell, while each published cell total is kept "
        "exactly.")
    REFERENCES = (
        "Statistisches Bundesamt (Destatis): Zensus 2022, 100 m grid (dwellings), dl-de/by-2-0",
        "Largest-remainder (Hamilton) apportionment for integer rounding",
        "Destatis (2022): average dwelling size (basis of the 110 m² gross floor area per dwelling)",
    )

    BUILDINGS, GRID, COUNT, RESIDENT, FLOOR_AREA, TYPE = (
        "BUILDINGS", "GRID", "COUNT_FIELD", "RESIDENT_FIELD", "FLOOR_AREA_FIELD", "TYPE_FIELD")
    OUTPUT, CELLS = "OUTPUT", "CELLS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, tr("Buildings (e.g. from Prepare OSM planning layers)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.RESIDENT, tr("Residential flag field (0/1; default 'resident')"), defaultValue="resident",
            parentLayerParameterName=self.BUILDINGS, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FLOOR_AREA, tr("Floor area field (m²; empty: footprint area)"), defaultValue="floor_area",
            parentLayerParameterName=self.BUILDINGS, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE, tr("Building type field (for defaults)"), defaultValue="bld_type",
            parentLayerParameterName=self.BUILDINGS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GRID, tr("Census grid (polygons with dwellings per cell)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.COUNT, tr("Dwellings per cell field (default 'dwellings')"), defaultValue="dwellings",
            parentLayerParameterName=self.GRID, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Buildings with dwellings")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CELLS, tr("Grid cell report"), optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        buildings = self.read_source(parameters, self.BUILDINGS, context, feedback=feedback)
        grid = self.read_source(parameters, self.GRID, context, feedback=feedback)
        count = self.parameterAsString(parameters, self.COUNT, context) or "dwellings"
        resident = self.parameterAsString(parameters, self.RESIDENT, context) or "resident"
        floor = self.parameterAsString(parameters, self.FLOOR_AREA, context) or "floor_area"
        btype = self.parameterAsString(parameters, self.TYPE, context) or "bld_type"
        out, cells = self.run_engine(feedback, estimate_dwellings, buildings, grid, count_field=count,
                                     resident_field=resident, floor_area_field=floor, type_field=btype)
        if "fid" in out.field_names():
            out.fields = [f for f in out.fields if f.name != "fid"]
        results = {self.OUTPUT: self.write_layer(parameters, self.OUTPUT, context, out, feedback,
                                                 style="data_dwellings")}
        dest = self.write_layer(parameters, self.CELLS, context, cells, feedback, style="data_cells")
        if dest is not None:
            results[self.CELLS] = dest
        return results
