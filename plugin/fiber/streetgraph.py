"""infraplan:streetgraph — noded, snapped street graph with edge costs and components."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ...algorithms.fiber.layers import street_graph
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from . import common


class StreetGraphAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "streetgraph"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Street graph for fiber routing"
    TAGS = "ftth,fiber,glasfaser,street graph,network,noding,snapping,trench"
    HELP = (
        "Builds the routing graph of the fiber network from street lines: street ends closer than "
        "the snapping tolerance are merged, dangling ends within the tolerance are joined to the "
        "street they almost touch, and lines are split at every intersection. Each edge gets a "
        "cost = length × €/m of its surface class (field 'surface': sealed, paved, unsealed, "
        "unknown; bridges/tunnels have their own classes) from the cost catalogue, plus half a "
        "street-crossing cost for each end at an intersection. The components output lists the "
        "disconnected parts of the street network (0 = the largest); homes on a part without a "
        "PoP cannot be served. Streets without usable line geometry go to the rejected output.")
    LIMITS = (
        "Trenches are assumed along street centre lines; the side of the street, existing ducts and other "
        "utilities are not known. Snapping merges only ends within the tolerance, so gaps larger than it "
        "leave separate components (listed in the components output), and a too large tolerance can join "
        "streets that do not meet (e.g. at bridges). Edge costs use the catalogue's indicative €/m per "
        "surface class, not tender prices; the surface class comes from OSM tags or the street class.")
    REFERENCES = (
        "WIK-Consult (2011): Implikationen eines flächendeckenden Glasfaserausbaus und sein "
        "Subventionsbedarf, WIK Diskussionsbeitrag 359 (trench cost ranges)",
        "Gigabitbüro des Bundes: fact sheets on alternative laying methods (trench and crossing cost "
        "ranges)",
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        common.add_streets(self)
        common.add_tolerance_catalogue(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "EDGES", tr("Graph edges"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "NODES", tr("Graph nodes"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "COMPONENTS", tr("Connected components"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REJECTED", tr("Rejected streets"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber("N_COMPONENTS", tr("Number of components")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        streets = self.read_source(parameters, "STREETS", context)
        edges, nodes, comps, rejected = self.run_engine(
            feedback, street_graph, streets, self.parameterAsDouble(parameters, "TOLERANCE", context),
            common.catalogue_path(self, parameters, context))
        out = {"N_COMPONENTS": len(comps)}
        for key, layer, style in (("EDGES", edges, "fiber_edges"), ("NODES", nodes, "fiber_nodes"),
                                  ("COMPONENTS", comps, "fiber_components"),
                                  ("REJECTED", rejected, "fiber_rejected")):
            out[key] = self.write_layer(parameters, key, context, layer, feedback, style=style)
        return out
