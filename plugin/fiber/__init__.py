"""Processing algorithms of the fiber group. ALGORITHMS is the explicit list the provider loads."""
from .clusters import ClustersAlgorithm
from .dimension import DimensionAlgorithm
from .drops import DropsAlgorithm
from .exportgisnb import ExportGisNbAlgorithm
from .fiberboq import FiberBoqAlgorithm
from .ftthplan import FtthPlanAlgorithm
from .fundinggaps import FundingGapsAlgorithm
from .streetgraph import StreetGraphAlgorithm
from .trenches import TrenchesAlgorithm
from .validategisnb import ValidateGisNbAlgorithm

ALGORITHMS = [StreetGraphAlgorithm, DropsAlgorithm, ClustersAlgorithm, TrenchesAlgorithm,
              DimensionAlgorithm, FtthPlanAlgorithm, FiberBoqAlgorithm, FundingGapsAlgorithm,
              ExportGisNbAlgorithm, ValidateGisNbAlgorithm]
