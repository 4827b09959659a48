"""infraplan:trenches — minimum-cost trench tree (Steiner tree in the street graph)."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ..i18n import tr
from . import common
from .stepbase import FromDropsAlgorithm


class TrenchesAlgorithm(FromDropsAlgorithm):
    ALG_ID = "trenches"
    DISPLAY_NAME = "Trench routing (Steiner tree)"
    TAGS = "ftth,fiber,glasfaser,trench,tiefbau,steiner tree,routing,mehlhorn"
    HELP = (
        "Finds a minimum-cost tree along the street graph that joins the PoP(s) to every drop "
        "point (Steiner tree in graphs). Construction: Mehlhorn's 2-approximation (1988), then "
        "local search after Uchoa & Werneck (2012): key-path exchange, key-vertex elimination, "
        "Steiner-vertex insertion and elimination; every move is kept only if it lowers the cost. "
        "Several PoPs are joined through a virtual root, so each home is served from the cheapest "
        "PoP. Output: trench segments with length, surface class, €/m, crossings, cost, homes and "
        "fibers downstream, cable and duct.")
    LIMITS = (
        "The Steiner tree is a heuristic (Mehlhorn's 2-approximation improved by local search), not a "
        "proven optimum. Costs are the catalogue's indicative €/m by surface class along street centre "
        "lines; existing ducts, co-laying with other works and trench sharing are not modelled. Drops "
        "that lie on a street part without a PoP cannot be reached.")
    REFERENCES = (
        "Mehlhorn, K. (1988): A faster approximation algorithm for the Steiner problem in graphs. "
        "Information Processing Letters 27(3)",
        "Uchoa, E. & Werneck, R. F. (2012): Fast local search for Steiner trees in graphs",
        "Takahashi, H. & Matsuyama, A. (1980): An approximate solution for the Steiner problem in "
        "graphs. Math. Japonica 24",
    )
    OUTPUTS = ("TRENCHES",)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_inputs()
        common.add_cluster_params(self)
        common.add_dimension_params(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "TRENCHES", tr("Trenches"), QgsProcessing.SourceType.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber("TRENCH_KM", tr("Trench length (km)")))
        self.addOutput(QgsProcessingOutputNumber("TRENCH_EUR", tr("Trench cost (EUR)")))

    def numbers(self, plan):
        return {"TRENCH_KM": plan.summary["trench_m"] / 1000.0, "TRENCH_EUR": plan.summary["trench_eur"]}
