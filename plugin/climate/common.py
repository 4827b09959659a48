"""Helpers shared by the climate adapters (no algorithm in here)."""

from qgis.core import QgsProcessingException

from ...algorithms.raster import read_raster, write_raster
from ..i18n import tr


def read_raster_param(alg, parameters, key, context, required=True):
    layer = alg.parameterAsRasterLayer(parameters, key, context)
    if layer is None:
        if required:
            raise QgsProcessingException(tr("Choose a raster layer for '%s'.") % key)
        return None
    r = read_raster(layer.source())
    if r.crs is None and layer.crs().isValid():
        r.crs = layer.crs().authid() or layer.crs().toWkt()
    return r


def parse_weights(text, allowed):
    """'heat=0.6, water=0.3' -> dict; unknown names or bad numbers are refused."""
    out = {}
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise QgsProcessingException(tr("Weight '%s' must look like name=number.") % part)
        k, v = (s.strip() for s in part.split("=", 1))
        if k not in allowed:
            raise QgsProcessingException(tr("Unknown weight '%s'; use %s.") % (k, ", ".join(allowed)))
        try:
            out[k] = float(v)
        except ValueError:
            raise QgsProcessingException(tr("Weight '%s' is not a number.") % part) from None
        if out[k] < 0:
            raise QgsProcessingException(tr("Weight '%s' must not be negative.") % part)
    return out


def parse_numbers(text, scale=1.0):
    try:
        vals = sorted(float(x) * scale for x in (text or "").replace(";", ",").split(",") if x.strip())
    except ValueError:
        raise QgsProcessingException(tr("'%s' is not a comma-separated list of numbers.") % text) from None
    return tuple(vals)


def write_rasters(alg, context, pairs):
    """Write (raster, path, style, dtype) atomically; on error remove what was written."""
    import os

    written = []
    try:
        for raster, path, style, dtype in pairs:
            if not path:
                continue
            write_raster(raster, path, dtype=dtype)
            written.append(path)
            alg.style_output(path, style, context)
    except Exception:
        for p in written:
            if os.path.exists(p):
                os.remove(p)
        raise
    return written
