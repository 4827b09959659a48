"""Base of the steps that work from a drops layer (clusters, trenches, dimension)."""
from ...algorithms.fiber.layers import (
    clusters_layer,
    dps_layer,
    homes_layer,
    plan_from_drops,
    pops_layer,
    trenches_layer,
)
from ..base import InfraPlanAlgorithm
from . import common

WRITERS = {"DPS": (dps_layer, "fiber_dps"), "CLUSTERS": (clusters_layer, "fiber_clusters"),
           "TRENCHES": (trenches_layer, "fiber_trenches"), "HOMES": (homes_layer, "fiber_homes"),
           "POPS": (pops_layer, "fiber_pops")}


class FromDropsAlgorithm(InfraPlanAlgorithm):
    GROUP_ID = "fiber"
    OUTPUTS = ()

    def add_inputs(self):
        from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

        from ..i18n import tr
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DROPS", tr("Drops (output of 'Connect buildings (drops)')"),
            [QgsProcessing.SourceType.TypeVectorLine]))
        common.add_streets(self)
        common.add_pop(self)
        common.add_tolerance_catalogue(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        streets = self.read_source(parameters, "STREETS", context)
        drops = self.read_source(parameters, "DROPS", context)
        pop = self.read_source(parameters, "POP", context)
        kw = common.params(self, parameters, context, common.keys_of(self))
        plan = self.run_engine(feedback, plan_from_drops, streets, drops, pop,
                               common.catalogue_path(self, parameters, context), **kw)
        out = {}
        for key in self.OUTPUTS:
            fn, style = WRITERS[key]
            out[key] = self.write_layer(parameters, key, context, fn(plan), feedback, style=style)
        out.update(self.numbers(plan))
        return out

    def numbers(self, plan):
        return {}
