"""The InfraPlan Processing provider with its explicit algorithm list."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON_PATH
from .i18n import tr


def algorithm_classes():
    """Every algorithm class, in the order of the groups Data, Fiber, Coverage, Climate."""
    from . import climate, coverage, data, fiber

    return data.ALGORITHMS + fiber.ALGORITHMS + coverage.ALGORITHMS + climate.ALGORITHMS


class InfraPlanProvider(QgsProcessingProvider):
    def id(self):
        return "infraplan"

    def name(self):
        return "InfraPlan"

    def longName(self):  # noqa: N802
        return tr("InfraPlan – fiber, 5G coverage and climate-adaptation planning")

    def icon(self):
        return QIcon(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
