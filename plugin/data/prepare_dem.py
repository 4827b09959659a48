"""infraplan:preparedem — elevation raster to a clipped, reprojected, void-filled GeoTIFF."""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ...algorithms.data.dem import RESAMPLING, building_dsm, prepare_dem, write_dem
from ...algorithms.errors import InputError
from ...algorithms.geo import require_metric
from ..base import InfraPlanAlgorithm
from ..i18n import tr


class PrepareDemAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "preparedem"
    GROUP_ID = "data"
    DISPLAY_NAME = "Prepare DEM / DSM"
    TAGS = "dem,dgm,dsm,srtm,elevation,void fill,reproject,resample,building heights"
    HELP = (
        "Turns any GDAL elevation raster (e.g. an SRTM .hgt tile inside a zip, opened as "
        "/vsizip/path/N49E011.hgt.zip/N49E011.hgt, or a DGM 1 GeoTIFF) into a GeoTIFF for planning: "
        "cut to the extent (plus nothing else), voids (nodata cells) of the source filled by "
        "inverse-distance interpolation from their edges (the count is logged), warped to the "
        "metric output CRS on a grid snapped to multiples of the resolution with the chosen "
        "resampling, float32 with nodata -9999. Optionally a DSM on exactly the same grid: DEM + "
        "building height burnt at cell centres (the taller building wins where footprints "
        "overlap). A raster that does not overlap the extent and geographic output CRSs are "
        "refused.")

    INPUT, INPUT_FILE, EXTENT, CRS, RES, RESAMPLE = (
        "INPUT", "INPUT_PATH", "EXTENT", "CRS", "RESOLUTION", "RESAMPLING")
    BUILDINGS, HEIGHT = "BUILDINGS", "HEIGHT_FIELD"
    OUTPUT, DSM = "OUTPUT", "OUTPUT_DSM"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, tr("Elevation raster (layer)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT_FILE, tr("Elevation raster as GDAL path (e.g. /vsizip/…/N49E011.hgt; used "
                                "when no layer is given)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent")))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Output CRS (metric; default EPSG:25832)"), defaultValue="EPSG:25832",
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RES, tr("Resolution in m"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=10.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterEnum(
            self.RESAMPLE, tr("Resampling"), options=list(RESAMPLING), defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, tr("Buildings for the DSM (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.HEIGHT, tr("Building height field (m)"), defaultValue="height",
            parentLayerParameterName=self.BUILDINGS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("DEM")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.DSM, tr("DSM (DEM + building heights)"), optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is not None:
            src = layer.source()
        else:
            src = self.parameterAsFile(parameters, self.INPUT_FILE, context)
        if not src:
            raise QgsProcessingException(tr("Give an elevation raster (layer or GDAL path)."))
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:25832")
        crs_id = crs.authid() or crs.toWkt()
        try:
            require_metric(crs_id, "output CRS")
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if rect is None or rect.isNull() or rect.isEmpty():
            raise QgsProcessingException(tr("Give a non-empty extent."))
        res = self.parameterAsDouble(parameters, self.RES, context)
        resampling = RESAMPLING[self.parameterAsEnum(parameters, self.RESAMPLE, context)]
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        dsm_path = None
        if parameters.get(self.DSM):
            dsm_path = self.parameterAsOutputLayer(parameters, self.DSM, context)
        buildings = None
        if dsm_path:
            buildings = self.read_source(parameters, self.BUILDINGS, context, target_crs=crs_id,
                                         feedback=feedback, required=False)
            if buildings is None:
                raise QgsProcessingException(tr("A DSM needs the buildings layer with a height field."))
        height = self.parameterAsString(parameters, self.HEIGHT, context) or "height"
        bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        dem = self.run_engine(feedback, prepare_dem, src, bounds, crs_id, res, resampling)
        dsm = self.run_engine(feedback, building_dsm, dem, buildings, height) if dsm_path else None
        written = []
        try:
            write_dem(dem, out_path)
            written.append(out_path)
            if dsm is not None:
                write_dem(dsm, dsm_path)
                written.append(dsm_path)
        except Exception:
            for p in written:
                if os.path.exists(p):
                    os.remove(p)
            raise
        results = {self.OUTPUT: out_path}
        self.style_output(out_path, "data_dem", context)
        if dsm_path:
            results[self.DSM] = dsm_path
            self.style_output(dsm_path, "data_dem", context)
        return results
