"""Fixtures for plugin tests (pytest-qgis provides qgis_app, qgis_iface, qgis_processing)."""
import pytest
from qgis.core import QgsApplication

# QGIS keeps only the C++ object: without a Python reference the subclass's id() is lost
_KEEP_ALIVE = []


@pytest.fixture()
def infraplan_provider(qgis_processing):
    """The InfraPlan provider, registered again if a lifecycle test removed it."""
    from infraplan.plugin.provider import InfraPlanProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("infraplan")
    if provider is None:
        provider = InfraPlanProvider()
        registry.addProvider(provider)
        _KEEP_ALIVE.append(provider)
    return provider
