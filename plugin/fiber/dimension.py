"""infraplan:dimension — fibers, cables, ducts, splitters, PON ports, optical budget."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ..i18n import tr
from . import common
from .stepbase import FromDropsAlgorithm

POINT = QgsProcessing.SourceType.TypeVectorPoint
LINE = QgsProcessing.SourceType.TypeVectorLine


class DimensionAlgorithm(FromDropsAlgorithm):
    ALG_ID = "dimension"
    DISPLAY_NAME = "Dimension the network (fibers, cables, loss budget)"
    TAGS = "ftth,fiber,glasfaser,cable,duct,splitter,olt,pon,loss budget,dimensioning"
    HELP = (
        "Dimensions the trench tree of the drops (computed as in 'Trench routing'): fibers per "
        "segment = ceil(homes downstream × fibers per home × (1 + reserve)), summed from the "
        "leaves to the PoP; the smallest standard cable that holds them (6/12/24/48/72/96/144/288 "
        "fibers; several 288F above that); the cheapest duct with a microduct per cable; "
        "splitters per DP = ceil(homes ÷ split); OLT PON ports per PoP = one per splitter "
        "(pon_min = ceil(homes ÷ split) is the lower bound); optical loss per home = path km × "
        "dB/km + splices × dB + connectors × dB + splitter loss, against the class budget "
        "(B+ 28 dB, C+ 32 dB). Homes over budget have loss_ok = 0 and are listed in the log.")
    LIMITS = (
        "The optical budget uses typical planning values (0.35 dB/km, splices and connectors per "
        "catalogue, maximum splitter insertion loss), not measured losses; patch panels, bends and ageing "
        "margins beyond them are not included. Cable and duct choice is by fiber count and the "
        "catalogue's types only; the cable path follows the trench tree, without ring or redundancy "
        "designs. Prices are indicative.")
    REFERENCES = (
        "ITU-T G.984.2 (GPON physical media dependent layer; budget classes B+ 28 dB, C+ 32 dB)",
        "ITU-T G.652 (single-mode fibre attenuation)",
        "ITU-T G.671 and IEC 61753-1 (splice and connector loss planning values)",
        "Telcordia GR-1209-CORE (passive optical branching components, splitter loss)",
    )
    OUTPUTS = ("TRENCHES", "DPS", "HOMES", "POPS")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_inputs()
        common.add_cluster_params(self)
        common.add_dimension_params(self)
        for key, name, kind in (("TRENCHES", "Dimensioned trenches", LINE),
                                ("DPS", "Distribution points", POINT),
                                ("HOMES", "Homes with optical loss", POINT),
                                ("POPS", "PoPs with PON ports", POINT)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, tr(name), kind))
        self.addOutput(QgsProcessingOutputNumber("LOSS_FAILURES", tr("Homes over the optical budget")))
        self.addOutput(QgsProcessingOutputNumber("PON_PORTS", tr("OLT PON ports")))

    def numbers(self, plan):
        return {"LOSS_FAILURES": plan.summary["loss_failures"], "PON_PORTS": plan.summary["pon_ports"]}
