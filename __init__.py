"""InfraPlan – QGIS plugin for fiber, 5G-coverage and climate-adaptation planning."""


def classFactory(iface):  # noqa: N802 (QGIS API)
    from .plugin.plugin import InfraPlanPlugin

    return InfraPlanPlugin(iface)
