"""Helpers shared by the coverage adapters (no algorithm in here)."""

from qgis.core import QgsProcessingException

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
