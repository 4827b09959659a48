"""Loading and unloading the plugin leaves nothing behind and raises nothing."""
import importlib.util
import os

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

from conftest_paths import REPO


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture()
def iface(qgis_iface):
    """pytest-qgis's iface with a real 'Help' menu as QGIS's first right standard menu."""
    main = qgis_iface.mainWindow()
    help_menu = main.menuBar().findChild(QMenu, "mHelpMenu")
    if help_menu is None:
        help_menu = main.menuBar().addMenu("Help")
        help_menu.setObjectName("mHelpMenu")
    qgis_iface.firstRightStandardMenu = lambda: help_menu
    return qgis_iface


def _class_factory():
    spec = importlib.util.spec_from_file_location("infraplan_root", os.path.join(REPO, "__init__.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _state(main):
    registry = QgsApplication.processingRegistry()
    menus = [m for m in main.findChildren(QMenu, "InfraPlanMenu")
             if m.menuAction() in main.menuBar().actions()]
    toolbars = main.findChildren(QToolBar, "InfraPlanToolbar")
    return registry.providerById("infraplan"), menus, toolbars


def _remove_registered_provider():
    existing = QgsApplication.processingRegistry().providerById("infraplan")
    if existing is not None:  # registered by another test module
        QgsApplication.processingRegistry().removeProvider(existing)


def test_class_factory_without_iface_registers_provider_idempotently(qgis_app):
    from infraplan import classFactory

    _remove_registered_provider()
    plugin = classFactory(None)  # what qgis_process does
    plugin.initProcessing()
    first = QgsApplication.processingRegistry().providerById("infraplan")
    plugin.initProcessing()  # a second call must not delete or replace the provider
    assert QgsApplication.processingRegistry().providerById("infraplan") is first
    assert first.algorithms() is not None
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("infraplan") is None


def test_root_init_only_lazily_imports_the_plugin():
    assert hasattr(_class_factory(), "classFactory")
    source = open(os.path.join(REPO, "__init__.py"), encoding="utf-8").read()
    top_level_imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert top_level_imports == []


def test_load_unload_twice_leaves_nothing_behind(qgis_app, iface):
    from infraplan.plugin.plugin import InfraPlanPlugin

    main = iface.mainWindow()
    _remove_registered_provider()
    for _ in range(2):
        plugin = InfraPlanPlugin(iface)
        plugin.initGui()
        provider, menus, toolbars = _state(main)
        assert provider is not None and len(menus) == 1 and len(toolbars) == 1
        assert menus[0].actions(), "the InfraPlan menu has actions"
        plugin.unload()
        _flush_deletes()
        provider, menus, toolbars = _state(main)
        assert provider is None and menus == [] and toolbars == []


def test_desktop_actions_and_panel_are_added_and_removed(qgis_app, iface):
    from qgis.PyQt.QtWidgets import QDockWidget

    from infraplan.plugin.plugin import InfraPlanPlugin

    main = iface.mainWindow()
    _remove_registered_provider()
    plugin = InfraPlanPlugin(iface)
    plugin.initGui()
    try:
        names = {a.objectName() for a in plugin.menu.actions()}
        assert {"InfraPlanPanelAction", "InfraPlanSettingsAction", "InfraPlanCatalogueAction"} <= names
        docks = main.findChildren(QDockWidget, "InfraPlanPlanningPanel")
        assert len(docks) == 1 and docks[0].isHidden()
        plugin.toggle_panel(True)
        assert not plugin.panel.isHidden() and set(plugin.panel.domain_tabs) == {"data", "fiber", "coverage",
                                                                              "climate"}
        plugin.toggle_panel(False)
        assert plugin.panel.isHidden()
    finally:
        plugin.unload()
    _flush_deletes()
    assert main.findChildren(QDockWidget, "InfraPlanPlanningPanel") == []
    assert plugin.panel is None and plugin.actions == [] and plugin.dialogs == []


def test_menu_opens_settings_and_catalogue_dialogs(qgis_app, iface, qtbot, monkeypatch):
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialog

    from infraplan.plugin.plugin import InfraPlanPlugin

    _remove_registered_provider()
    plugin = InfraPlanPlugin(iface)
    plugin.initGui()
    seen = []

    def close_active():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.objectName())
            dialog.reject()

    try:
        for name in ("InfraPlanSettingsAction", "InfraPlanCatalogueAction"):
            action = next(a for a in plugin.menu.actions() if a.objectName() == name)
            QTimer.singleShot(300, close_active)
            action.trigger()
        assert seen == ["InfraPlanSettingsDialog", "InfraPlanCatalogueDialog"]
        assert plugin.dialogs == []
    finally:
        plugin.unload()
    _flush_deletes()
