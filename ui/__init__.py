"""InfraPlan's desktop dialogs: Qt Designer ``.ui`` layouts loaded at run time, QGIS widgets
added in code (no C++ headers or connections in the ``.ui`` files)."""
import os

from qgis.PyQt import uic

UI_DIR = os.path.dirname(os.path.abspath(__file__))


def load_form(name):
    """``(FormClass, BaseClass)`` of ``ui/<name>.ui``. Every ``.ui`` has ``<class>InfraPlan</class>``
    so that its strings are translated in the plugin's single context "InfraPlan"."""
    return uic.loadUiType(os.path.join(UI_DIR, name + ".ui"))


def enum_value(owner, scoped, name):
    """An enum member by name across Qt5/QGIS 3 (flat) and Qt6/QGIS 4 (scoped)."""
    container = getattr(owner, scoped, None)
    if container is not None and hasattr(container, name):
        return getattr(container, name)
    return getattr(owner, name)
