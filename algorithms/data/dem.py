"""``preparedem``: elevation raster -> clipped, reprojected, void-filled GeoTIFF (+ DSM).

Steps: (1) the source (any GDAL raster, e.g. ``/vsizip/…/N49E011.hgt.zip/N49E011.hgt``)
is cut to the target extent plus a margin in its own CRS; (2) voids (nodata cells) are
filled by inverse-distance interpolation from the void edges (``gdal.FillNodata``) and
counted; (3) it is warped to the metric target CRS on a grid snapped to multiples of the
resolution with the chosen resampling (``gdal.Warp``). The DSM is the DEM plus building
heights burnt at cell centres (the taller building wins where footprints overlap).
"""
import math
import os

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import epsg_string, require_metric, transformer
from ..raster import Raster, write_raster

RESAMPLING = ("nearest", "bilinear", "cubic", "cubicspline", "lanczos", "average")
NODATA = -9999.0


def snapped_bounds(bounds, res):
    xmin, ymin, xmax, ymax = bounds
    return (math.floor(xmin / res) * res, math.floor(ymin / res) * res,
            math.ceil(xmax / res) * res, math.ceil(ymax / res) * res)


def prepare_dem(src_path, bounds, crs="EPSG:25832", resolution=10.0, resampling="bilinear",
                fill_max_distance=100, feedback=None):
    """A :class:`Raster` (float32, nodata NODATA) covering ``bounds`` = (xmin, ymin, xmax,
    ymax) in ``crs`` at ``resolution`` m. Raises InputError when the source does not
    overlap the area or voids remain."""
    from osgeo import gdal

    feedback = feedback or Feedback()
    require_metric(crs, "output CRS")
    crs = epsg_string(crs)
    if resolution <= 0:
        raise InputError("Resolution must be positive (got %s)." % resolution)
    if resampling not in RESAMPLING:
        raise InputError("Unknown resampling '%s'; use one of %s." % (resampling, ", ".join(RESAMPLING)))
    gdal.UseExceptions()
    try:
        src = gdal.Open(src_path)
    except RuntimeError as exc:
        raise InputError("Cannot open elevation raster '%s': %s" % (src_path, exc)) from exc
    if src is None:
        raise InputError("Cannot open elevation raster '%s'." % src_path)
    src_wkt = src.GetProjection()
    if not src_wkt:
        raise InputError("Elevation raster '%s' has no CRS." % src_path)
    xmin, ymin, xmax, ymax = snapped_bounds(bounds, resolution)
    if xmax <= xmin or ymax <= ymin:
        raise InputError("The target area is empty.")
    # target extent in the source CRS (+ margin of 3 source cells)
    tr = transformer(crs, src_wkt)
    xs, ys = [], []
    for fx in np.linspace(0, 1, 11):
        for x, y in ((xmin + fx * (xmax - xmin), ymin), (xmin + fx * (xmax - xmin), ymax),
                     (xmin, ymin + fx * (ymax - ymin)), (xmax, ymin + fx * (ymax - ymin))):
            a, b = tr.transform(x, y)
            xs.append(a)
            ys.append(b)
    gt = src.GetGeoTransform()
    sx, sy = abs(gt[1]), abs(gt[5])
    sxmin, sxmax = min(xs) - 3 * sx, max(xs) + 3 * sx
    symin, symax = min(ys) - 3 * sy, max(ys) + 3 * sy
    src_bounds = (gt[0], gt[3] + gt[5] * src.RasterYSize, gt[0] + gt[1] * src.RasterXSize, gt[3])
    if sxmax <= src_bounds[0] or sxmin >= src_bounds[2] or symax <= src_bounds[1] or symin >= src_bounds[3]:
        raise InputError(
            "The elevation raster '%s' (extent %.4f, %.4f – %.4f, %.4f in its CRS) does not "
            "overlap the planning area. Use a DEM tile that covers the area."
            % (src_path, src_bounds[0], src_bounds[1], src_bounds[2], src_bounds[3]))
    inside = (sxmin >= src_bounds[0] - sx and sxmax <= src_bounds[2] + sx and
              symin >= src_bounds[1] - sy and symax <= src_bounds[3] + sy)
    if not inside:
        feedback.warning("The elevation raster covers the planning area only partly; cells "
                         "outside it stay nodata.")
    feedback.check_canceled()
    band = src.GetRasterBand(1)
    src_nodata = band.GetNoDataValue()
    clip = gdal.Translate("/vsimem/infraplan_dem_clip.tif", src,
                          projWin=[max(sxmin, src_bounds[0]), min(symax, src_bounds[3]),
                                   min(sxmax, src_bounds[2]), max(symin, src_bounds[1])],
                          outputType=gdal.GDT_Float32, noData=src_nodata)
    feedback.set_progress(30)
    cb = clip.GetRasterBand(1)
    arr = cb.ReadAsArray()
    nvoid = int(np.count_nonzero(arr == src_nodata)) if src_nodata is not None else 0
    nvoid += int(np.count_nonzero(~np.isfinite(arr)))
    if nvoid:
        if src_nodata is None:
            cb.SetNoDataValue(NODATA)
            arr[~np.isfinite(arr)] = NODATA
            cb.WriteArray(arr)
        gdal.FillNodata(cb, None, maxSearchDist=fill_max_distance, smoothingIterations=0)
        left = cb.ReadAsArray()
        nd = cb.GetNoDataValue()
        remaining = int(np.count_nonzero(left == nd))
        feedback.info("%d void cells of the source filled by interpolation (%d could not be "
                      "filled within %d cells)." % (nvoid - remaining, remaining, fill_max_distance))
    else:
        feedback.info("No void cells in the source inside the area.")
    clip.FlushCache()
    feedback.set_progress(50)
    feedback.check_canceled()
    warped = gdal.Warp("/vsimem/infraplan_dem_warp.tif", clip, dstSRS=crs,
                       outputBounds=(xmin, ymin, xmax, ymax), xRes=resolution, yRes=resolution,
                       resampleAlg=resampling, srcNodata=cb.GetNoDataValue(), dstNodata=NODATA,
                       outputType=gdal.GDT_Float32, targetAlignedPixels=False)
    out = warped.GetRasterBand(1).ReadAsArray().astype(np.float32)
    transform = warped.GetGeoTransform()
    warped = clip = None
    gdal.Unlink("/vsimem/infraplan_dem_warp.tif")
    gdal.Unlink("/vsimem/infraplan_dem_clip.tif")
    feedback.set_progress(90)
    valid = out != NODATA
    if not valid.any():
        raise InputError("The elevation raster '%s' has no valid cells in the planning area." % src_path)
    feedback.info("DEM %d x %d cells of %.1f m (%s), elevation %.1f – %.1f m, %d nodata cells."
                  % (out.shape[1], out.shape[0], resolution, resampling, float(out[valid].min()),
                     float(out[valid].max()), int((~valid).sum())))
    return Raster(out, tuple(transform), crs, NODATA)


def rasterize_heights(buildings, dem, height_field="height"):
    """Building heights burnt into the DEM grid (cell centre inside footprint); taller
    buildings win on overlaps; 0 where no building."""
    from affine import Affine
    from rasterio.features import rasterize

    if height_field not in buildings.field_names():
        raise InputError("The buildings layer '%s' has no height field '%s'. Available: %s."
                         % (buildings.name, height_field, ", ".join(buildings.field_names())))
    items = []
    for f in buildings.features:
        h = f.attributes.get(height_field)
        if f.geometry is None or f.geometry.is_empty or h is None:
            continue
        try:
            h = float(h)
        except (TypeError, ValueError):
            continue
        if h > 0 and math.isfinite(h):
            items.append((h, f.geometry))
    items.sort(key=lambda t: t[0])
    if not items:
        return np.zeros(dem.shape, np.float32)
    return rasterize([(g, h) for h, g in items], out_shape=dem.shape,
                     transform=Affine.from_gdal(*dem.transform), fill=0.0, all_touched=False,
                     dtype="float32")


def building_dsm(dem, buildings, height_field="height", feedback=None):
    """DSM = DEM + building heights (same grid as ``dem``)."""
    from ..geo import reproject_layer

    feedback = feedback or Feedback()
    buildings = reproject_layer(buildings, dem.crs, feedback)
    heights = rasterize_heights(buildings, dem, height_field)
    valid = dem.valid_mask()
    dsm = np.where(valid, dem.array + heights, dem.nodata).astype(np.float32)
    feedback.info("DSM: %d building cells raised (max building height %.1f m)."
                  % (int(np.count_nonzero(heights[valid] > 0)), float(heights.max())))
    return Raster(dsm, dem.transform, dem.crs, dem.nodata)


def write_dem(raster, path):
    """Write float32 GeoTIFF atomically."""
    d = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(d):
        raise InputError("Output folder '%s' does not exist." % d)
    write_raster(raster, path, dtype="float32")
