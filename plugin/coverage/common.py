"""Helpers shared by the coverage adapters (no algorithm in here)."""

import os

from qgis.core import QgsProcessingException

from ...algorithms.raster import read_raster, write_raster
from ..i18n import tr

MODEL_IDS = ["uma", "umi", "rma", "fspl", "two_ray", "hata_urban", "hata_suburban", "hata_open", "cost231"]
MODEL_NAMES = [
    "3GPP TR 38.901 UMa (LOS/NLOS from DSM)",
    "3GPP TR 38.901 UMi-Street Canyon",
    "3GPP TR 38.901 RMa",
    "Free space (ITU-R P.525)",
    "Two-ray plane earth",
    "Okumura-Hata urban",
    "Okumura-Hata suburban",
    "Okumura-Hata open",
    "COST-231-Hata",
]


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


def parse_thresholds(text):
    try:
        vals = [float(x) for x in (text or "").replace(";", ",").split(",") if x.strip()]
    except ValueError as exc:
        raise QgsProcessingException(
            tr("'%s' is not a comma-separated list of numbers (dBm).") % text
        ) from exc
    if not vals:
        raise QgsProcessingException(tr("Give at least one RSRP threshold in dBm, e.g. -95,-105,-115."))
    return sorted(vals, reverse=True)


def write_rasters(alg, context, pairs):
    """Write (raster, path, style, dtype) atomically; on error remove what was written."""
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
