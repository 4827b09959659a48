"""Processing algorithms of the data group. ALGORITHMS is the explicit list the provider loads."""
from .estimate_dwellings import EstimateDwellingsAlgorithm
from .prepare_dem import PrepareDemAlgorithm
from .prepare_osm import PrepareOsmAlgorithm

ALGORITHMS = [PrepareOsmAlgorithm, EstimateDwellingsAlgorithm, PrepareDemAlgorithm]
