"""infraplan:clusters — distribution points and contiguous capacitated clusters."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ..i18n import tr
from . import common
from .stepbase import FromDropsAlgorithm


class ClustersAlgorithm(FromDropsAlgorithm):
    ALG_ID = "clusters"
    DISPLAY_NAME = "Distribution points and clusters"
    TAGS = "ftth,fiber,glasfaser,dp,nvt,cluster,splitter,capacitated clustering"
    HELP = (
        "Places distribution points (DPs) on the street graph and groups the homes into "
        "clusters, each served by one DP. A DP serves at most N homes (splitter ratio × splitters "
        "per DP, or a plain home limit) within a maximum network distance. Clusters are contiguous "
        "along the streets: the homes are first joined to the PoP by the minimum-cost trench tree "
        "(see 'Trench routing'), then the tree is cut bottom-up into connected parts (greedy of "
        "Kundu & Misra 1977: at each vertex the heaviest sub-parts are closed until the rest fits; "
        "parts beyond the distance limit are closed first). The DP sits at the top of its part "
        "(closest to the PoP). A building with more homes than one DP serves gets several DPs at "
        "its street node.")
    LIMITS = (
        "The clustering is a greedy heuristic on the trench tree (Kundu & Misra), not an optimal "
        "placement: DPs sit on street nodes, not on surveyed cabinet sites, and a capacity or distance "
        "limit can leave clusters with few homes. Network distances follow the street centre lines. "
        "Cabinet sites still have to be checked on site (space, permissions).")
    REFERENCES = (
        "Kundu, S. & Misra, J. (1977): A linear tree partitioning algorithm. SIAM Journal on Computing "
        "6(1)",
        "Mehlhorn, K. (1988): A faster approximation algorithm for the Steiner problem in graphs. "
        "Information Processing Letters 27(3)",
    )
    OUTPUTS = ("DPS", "CLUSTERS")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_inputs()
        common.add_cluster_params(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "DPS", tr("Distribution points"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "CLUSTERS", tr("Clusters"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("N_DPS", tr("Number of distribution points")))

    def numbers(self, plan):
        return {"N_DPS": len(plan.clusters)}
