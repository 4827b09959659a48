"""Processing algorithms of the coverage group. ALGORITHMS is the explicit list the provider loads."""

from .coverage import CoverageAlgorithm
from .coveragestats import CoverageStatsAlgorithm
from .siteselection import SiteSelectionAlgorithm

ALGORITHMS = [CoverageAlgorithm, CoverageStatsAlgorithm, SiteSelectionAlgorithm]
