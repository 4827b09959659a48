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
    QgsProcessingUtils,
)

from ...algorithms.data.dem import RESAMPLING, building_dsm, prepare_dem, write_dem
from ...algorithms.errors import InputError
from ...algorithms.geo import require_metric
from ..base import InfraPlanAlgorithm, StylePostProcessor, style_path
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
    LIMITS = (
        "The output is never more accurate than the source: SRTM 3 arc-second (about 90 m) data are too "
        "coarse for street-level heavy-rain or line-of-sight work, and a finer output resolution only "
        "interpolates them; use a DGM 1 from the survey office where available. Voids are filled by "
        "inverse-distance interpolation, which is smooth but invented terrain. The DSM adds building "
        "heights from the building layer (in OSM mostly type defaults) at cell centres; trees and other "
        "structures are not included.")
    REFERENCES = (
        "NASA/USGS SRTM v2.1, 3 arc-second elevation (public domain)",
        "GDAL: gdal.Warp (reprojection/resampling) and gdal.FillNodata (inverse-distance void filling)",
    )

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
        valid = dem.valid_mask()
        lo, hi = float(dem.array[valid].min()), float(dem.array[valid].max())
        self._style_scaled(out_path, lo, hi, context)
        if dsm_path:
            results[self.DSM] = dsm_path
            self._style_scaled(dsm_path, lo, float(dsm.array[valid].max()), context)
        return results

    def _style_scaled(self, path, lo, hi, context):
        """The elevation style (resources/styles/data_dem.qml) with its colour ramp
        stretched to this raster's range, as QML sidecar and for the desktop."""
        qml = scaled_qml(style_path("data_dem"), lo, hi)
        if qml is None:
            self.style_output(path, "data_dem", context)
            return
        tmp = os.path.join(QgsProcessingUtils.tempFolder(),
                           "infraplan_dem_%s.qml" % os.path.basename(os.path.splitext(path)[0]))
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(qml)
        self._styles[path] = tmp
        if context.willLoadLayerOnCompletion(path):
            context.layerToLoadOnCompletionDetails(path).setPostProcessor(StylePostProcessor.create(tmp))


def scaled_qml(template, lo, hi):
    """QML text of ``template`` with the ramp rescaled linearly from its own
    classification range to [lo, hi]; None when the template cannot be read."""
    import re

    if not os.path.exists(template):
        return None
    text = open(template, encoding="utf-8").read()
    m = re.search(r'classificationMax="([-\d.]+)"[^>]*classificationMin="([-\d.]+)"', text)
    if not m:
        return None
    old_hi, old_lo = float(m.group(1)), float(m.group(2))
    if hi <= lo:
        hi = lo + 1.0

    def scale(v):
        return lo + (float(v) - old_lo) / (old_hi - old_lo) * (hi - lo)

    def item(match):
        v = scale(match.group(1))
        return '<item value="%.2f" color="%s" label="%.0f m"' % (v, match.group(2), v)

    text = re.sub(r'<item value="([-\d.]+)" color="([^"]+)" label="[^"]*"', item, text)
    for attr in ("classificationMax", "maximumValue"):
        text = re.sub(r'%s="[-\d.]+"' % attr, '%s="%.2f"' % (attr, hi), text)
    for attr in ("classificationMin", "minimumValue"):
        text = re.sub(r'%s="[-\d.]+"' % attr, '%s="%.2f"' % (attr, lo), text)
    return text
