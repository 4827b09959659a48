"""infraplan:ftthplan — the whole FTTH chain in one call."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsVectorLayer,
)

from ...algorithms.fiber.layers import ftth_plan
from ...algorithms.vector import write_vector
from ..base import InfraPlanAlgorithm, style_path
from ..i18n import tr
from . import common

POINT = QgsProcessing.SourceType.TypeVectorPoint
SINKS = (("TRENCHES", "trenches", "Trenches", QgsProcessing.SourceType.TypeVectorLine, "fiber_trenches"),
         ("DROPS", "drops", "Drops", QgsProcessing.SourceType.TypeVectorLine, "fiber_drops"),
         ("DPS", "dps", "Distribution points", QgsProcessing.SourceType.TypeVectorPoint, "fiber_dps"),
         ("CLUSTERS", "clusters", "Clusters", QgsProcessing.SourceType.TypeVectorPolygon, "fiber_clusters"),
         ("HOMES", "homes", "Homes with optical loss", POINT, "fiber_homes"),
         ("POPS", "pops", "PoPs with PON ports", QgsProcessing.SourceType.TypeVectorPoint, "fiber_pops"),
         ("UNSERVED", "unserved", "Unserved buildings", POINT, "fiber_unserved"),
         ("SUMMARY", "summary", "Plan summary (table)", QgsProcessing.SourceType.TypeVector, None))


class FtthPlanAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "ftthplan"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "Plan FTTH network"
    TAGS = "ftth,fiber,glasfaser,plan,design,trench,drop,dp,cluster,cable,cost,gigabit"
    HELP = (
        "Plans a complete FTTH network from buildings, streets and PoP(s) in one run: street graph "
        "(snapping, noding, surface costs), drops (perpendicular lead-ins, address street "
        "preferred, max length), trench tree (Steiner tree: Mehlhorn + local search, several "
        "PoPs through a virtual root), distribution points and contiguous capacitated clusters, "
        "and dimensioning (fibers with reserve, cables 6…288F, ducts, splitters, OLT PON ports, "
        "optical loss budget B+/C+). Costs come from the catalogue (default in "
        "resources/catalogue, overridable by a JSON file). Every output is styled; 'All layers "
        "into one GeoPackage' additionally writes every layer, with embedded styles, into one "
        "file. Unserved buildings are listed with the reason; nothing is dropped silently.")
    LIMITS = (
        "The plan is a preliminary design for cost estimates and funding applications, not a construction "
        "plan: trenches follow street centre lines, drops are straight lead-ins, DPs sit on street nodes "
        "and the Steiner tree and clusters are heuristics. All prices are indicative catalogue ranges "
        "from public sources, not tender prices; calibrate the catalogue to your region. Results depend "
        "on the quality of the OSM streets and buildings and on the estimated dwellings.")
    REFERENCES = (
        "Mehlhorn, K. (1988): A faster approximation algorithm for the Steiner problem in graphs. "
        "Information Processing Letters 27(3)",
        "Uchoa, E. & Werneck, R. F. (2012): Fast local search for Steiner trees in graphs",
        "Kundu, S. & Misra, J. (1977): A linear tree partitioning algorithm. SIAM Journal on Computing "
        "6(1)",
        "ITU-T G.984.2 (GPON budget classes B+/C+), ITU-T G.652, ITU-T G.671",
        "WIK-Consult (2011), WIK Diskussionsbeitrag 359; Gigabitbüro des Bundes fact sheets (cost "
        "ranges)",
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        common.add_building_params(self)
        common.add_streets(self)
        common.add_pop(self)
        common.add_tolerance_catalogue(self)
        common.add_cluster_params(self)
        common.add_dimension_params(self)
        for key, _, name, kind, _ in SINKS:
            self.addParameter(QgsProcessingParameterFeatureSink(key, tr(name), kind, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "GPKG", tr("All layers into one GeoPackage (optional)"), "GeoPackage (*.gpkg)",
            optional=True, createByDefault=False))
        for key, name in (("HOMES_SERVED", "Homes served"), ("HOMES_UNSERVED", "Homes unserved"),
                          ("TRENCH_KM", "Trench length (km)"), ("TOTAL_EUR", "Total cost (EUR)"),
                          ("EUR_PER_HOME", "Cost per home served (EUR)"),
                          ("DPS_COUNT", "Distribution points"),
                          ("LOSS_FAILURES", "Homes over the optical budget")):
            self.addOutput(QgsProcessingOutputNumber(key, tr(name)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        streets = self.read_source(parameters, "STREETS", context)
        buildings = self.read_source(parameters, "BUILDINGS", context)
        pop = self.read_source(parameters, "POP", context)
        addresses = self.read_source(parameters, "ADDRESSES", context, required=False)
        kw = common.params(self, parameters, context, common.keys_of(self))
        plan, layers = self.run_engine(feedback, ftth_plan, streets, buildings, pop, addresses,
                                       common.catalogue_path(self, parameters, context), **kw)
        out = {}
        for key, name, _, _, style in SINKS:
            if parameters.get(key) is None:
                continue
            out[key] = self.write_layer(parameters, key, context, layers[name], feedback, style=style)
        gpkg = self.parameterAsFileOutput(parameters, "GPKG", context)
        if gpkg:
            self.write_geopackage(gpkg, layers, feedback)
            out["GPKG"] = gpkg
        s = plan.summary
        out.update({"HOMES_SERVED": s["homes_served"], "HOMES_UNSERVED": s["homes_unserved"],
                    "TRENCH_KM": s["trench_m"] / 1000.0, "TOTAL_EUR": s["total_eur"],
                    "EUR_PER_HOME": s["eur_per_home"], "DPS_COUNT": s["dps"],
                    "LOSS_FAILURES": s["loss_failures"]})
        return out

    @staticmethod
    def write_geopackage(path, layers, feedback):
        """Every plan layer into one GeoPackage (written to a temporary file first, then
        renamed: complete or not at all), with its style embedded as default style."""
        tmp = path + ".part.gpkg"
        if os.path.exists(tmp):
            os.remove(tmp)
        try:
            for _key, name, _, _, _style in SINKS:
                write_vector(layers[name], tmp, layer_name=name)
            for _key, name, _, _, style in SINKS:
                if not style:
                    continue
                lyr = QgsVectorLayer("%s|layername=%s" % (tmp, name), name, "ogr")
                if lyr.isValid():
                    lyr.loadNamedStyle(style_path(style))
                    lyr.saveStyleToDatabase(name, "InfraPlan", True, "")
                del lyr
            os.replace(tmp, path)
        except Exception as exc:
            if os.path.exists(tmp):
                os.remove(tmp)
            raise QgsProcessingException(tr("Could not write the GeoPackage %s: %s") % (path, exc)) from exc
        feedback.pushInfo(tr("All plan layers written to %s.") % path)
