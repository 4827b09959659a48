"""infraplan:drops — lead-ins from buildings to the street graph."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ...algorithms.fiber.layers import drops
from ..base import InfraPlanAlgorithm
from ..i18n import tr
from . import common


class DropsAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "drops"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Connect buildings (drops)"
    TAGS = "ftth,fiber,glasfaser,drop,lead-in,hausanschluss,house connection"
    HELP = (
        "Connects every building with homes to the street graph by a perpendicular lead-in (drop) "
        "from the façade point nearest the chosen street edge. The edge is the nearest one within "
        "the maximum drop length; an edge of the street named in the building's address is "
        "preferred when one is in reach. Bridges and tunnels are never used for drops. With a PoP "
        "layer only streets connected to a PoP are used. Buildings with missing or zero dwellings "
        "count as 1 home (warning); invalid polygons are repaired; buildings that cannot be "
        "connected go to the unserved output with the reason. Drop cost = length × drop €/m + "
        "crossed streets × crossing cost + house connection.")
    LIMITS = (
        "A drop is a straight perpendicular line from the façade to the street edge: gardens, property "
        "lines, other buildings and obstacles are not avoided, and the actual entry point of the building "
        "is unknown. Only the street network is used (no drops along footpaths unless they are in the "
        "street layer). Buildings with missing or zero dwellings count as one home. Drop and "
        "house-connection costs are indicative catalogue values.")
    REFERENCES = (
        "BREKO Marktanalyse (house-connection cost ranges, indicative catalogue values)",
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        common.add_building_params(self)
        common.add_streets(self)
        common.add_pop(self, optional=True)
        common.add_tolerance_catalogue(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "DROPS", tr("Drops"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "UNSERVED", tr("Unserved buildings"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("HOMES", tr("Homes connected")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        streets = self.read_source(parameters, "STREETS", context)
        buildings = self.read_source(parameters, "BUILDINGS", context)
        pop = self.read_source(parameters, "POP", context, required=False)
        addresses = self.read_source(parameters, "ADDRESSES", context, required=False)
        kw = common.params(self, parameters, context, common.keys_of(self))
        dl, un = self.run_engine(feedback, drops, streets, buildings, pop, addresses,
                                 common.catalogue_path(self, parameters, context), **kw)
        return {"DROPS": self.write_layer(parameters, "DROPS", context, dl, feedback, style="fiber_drops"),
                "UNSERVED": self.write_layer(parameters, "UNSERVED", context, un, feedback,
                                             style="fiber_unserved"),
                "HOMES": sum(f.attributes["homes"] for f in dl.features)}
