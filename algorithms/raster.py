"""Rasters as the engine sees them: a 2-D numpy array with a GDAL-style geotransform."""
import os
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .errors import InputError


@dataclass
class Raster:
    """``array[row, col]``; ``transform`` is GDAL's (x0, dx, 0, y0, 0, -dy)."""

    array: np.ndarray
    transform: Tuple[float, float, float, float, float, float]
    crs: Optional[str]
    nodata: Optional[float] = None

    @property
    def shape(self):
        return self.array.shape

    @property
    def cellsize(self) -> float:
        return abs(self.transform[1])

    @property
    def bounds(self):
        x0, dx, _, y0, _, dy = self.transform
        rows, cols = self.array.shape
        return (x0, y0 + dy * rows, x0 + dx * cols, y0)

    def xy(self, rows, cols):
        """Cell-centre coordinates of (rows, cols)."""
        x0, dx, _, y0, _, dy = self.transform
        return x0 + (np.asarray(cols) + 0.5) * dx, y0 + (np.asarray(rows) + 0.5) * dy

    def rowcol(self, x, y):
        x0, dx, _, y0, _, dy = self.transform
        return (np.floor((np.asarray(y) - y0) / dy).astype(int),
                np.floor((np.asarray(x) - x0) / dx).astype(int))

    def valid_mask(self):
        finite = np.isfinite(self.array) if self.array.dtype.kind == "f" else np.ones(self.shape, bool)
        return finite if self.nodata is None else finite & (self.array != self.nodata)


def read_raster(path: str, band: int = 1) -> Raster:
    """Read one band with rasterio (any GDAL path, e.g. ``/vsizip/…``)."""
    import rasterio

    try:
        with rasterio.open(path) as src:
            arr = src.read(band)
            crs = None
            if src.crs:
                epsg = src.crs.to_epsg()
                crs = "EPSG:%d" % epsg if epsg else src.crs.to_wkt()
            return Raster(arr, tuple(src.transform.to_gdal()), crs, src.nodata)
    except rasterio.errors.RasterioIOError as exc:
        raise InputError("Cannot open raster '%s': %s" % (path, exc)) from exc


def write_raster(raster: Raster, path: str, dtype=None, compress="DEFLATE"):
    """Write a GeoTIFF completely or not at all (written to a temp name, then renamed)."""
    import rasterio
    from affine import Affine

    arr = raster.array if dtype is None else raster.array.astype(dtype)
    tmp = path + ".part.tif"
    profile = dict(driver="GTiff", height=arr.shape[0], width=arr.shape[1], count=1,
                   dtype=arr.dtype, crs=raster.crs, transform=Affine.from_gdal(*raster.transform),
                   nodata=raster.nodata, compress=compress, tiled=True)
    try:
        with rasterio.open(tmp, "w", **profile) as dst:
            dst.write(arr, 1)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
