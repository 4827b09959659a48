"""Helpers shared by the climate adapters (no algorithm in here)."""

from qgis.core import QgsProcessingException

from ..i18n import tr


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
