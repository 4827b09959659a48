"""Processing algorithms of the climate group. ALGORITHMS is the explicit list the provider loads."""

from .adaptationzones import AdaptationZonesAlgorithm
from .greenaccess import GreenAccessAlgorithm
from .heatrisk import HeatRiskAlgorithm
from .ponding import PondingAlgorithm
from .sinks import SinksAlgorithm

ALGORITHMS = [
    SinksAlgorithm,
    PondingAlgorithm,
    HeatRiskAlgorithm,
    GreenAccessAlgorithm,
    AdaptationZonesAlgorithm,
]
