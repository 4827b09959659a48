"""The QGIS plugin object: provider registration, InfraPlan menu and toolbar."""
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .base import GROUPS, ICON_PATH
from .i18n import install_translator, remove_translator, tr
from .provider import InfraPlanProvider


class InfraPlanPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.panel = None
        self.panel_action = None
        self.dialogs = []

    # Processing (qgis_process calls only this; the desktop calls it through initGui)
    def initProcessing(self):  # noqa: N802
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            provider = InfraPlanProvider()
            # the registry refuses a second provider with the same id (and then does not own it)
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("&InfraPlan"), main)
        self.menu.setObjectName("InfraPlanMenu")
        self.toolbar = self.iface.addToolBar(tr("InfraPlan"))
        self.toolbar.setObjectName("InfraPlanToolbar")
        self._init_desktop(main)
        toolbox = QAction(QIcon(ICON_PATH), tr("InfraPlan tools in the Processing Toolbox"), main)
        toolbox.triggered.connect(lambda: self.show_toolbox(""))
        self.menu.addAction(toolbox)
        self.toolbar.addAction(toolbox)
        self.actions.append(toolbox)
        self.menu.addSeparator()
        for group in GROUPS.values():
            action = QAction(tr(group), main)
            action.triggered.connect(lambda _checked=False, g=group: self.show_toolbox(tr(g)))
            self.menu.addAction(action)
            self.actions.append(action)
        self.iface.mainWindow().menuBar().insertMenu(
            self.iface.firstRightStandardMenu().menuAction(), self.menu)

    def _action(self, text, slot, main, toolbar=False, checkable=False, name=""):
        action = QAction(QIcon(ICON_PATH), text, main)
        action.setObjectName(name)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _init_desktop(self, main):
        """Planning panel, settings dialog and catalogue editor (desktop only)."""
        from .panel import PlanningPanel

        self.panel = PlanningPanel(main)
        self.panel.hide()
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel_action = self._action(tr("Planning panel"), self.toggle_panel, main, toolbar=True,
                                         checkable=True, name="InfraPlanPanelAction")
        self.panel.visibilityChanged.connect(self.panel_action.setChecked)
        self.panel.settings_requested.connect(self.show_settings)
        self.panel.catalogue_requested.connect(self.show_catalogue)
        self._action(tr("Settings…"), self.show_settings, main, toolbar=True, name="InfraPlanSettingsAction")
        self._action(tr("Cost catalogue and thresholds…"), self.show_catalogue, main,
                     name="InfraPlanCatalogueAction")
        self.menu.addSeparator()
        QgsProject.instance().readProject.connect(self.panel.refresh)

    def toggle_panel(self, checked=None):
        if self.panel is None:
            return
        visible = self.panel.isHidden() if checked is None else bool(checked)
        self.panel.setVisible(visible)
        if visible:
            self.panel.refresh()
            self.panel.raise_()

    def _exec(self, dialog):
        self.dialogs.append(dialog)
        try:
            run = getattr(dialog, "exec", None) or dialog.exec_  # Qt6 has only exec()
            accepted = run()
        finally:
            self.dialogs.remove(dialog)
            dialog.deleteLater()
        if accepted and self.panel is not None:
            self.panel.refresh()
        return accepted

    def show_settings(self):
        from ..ui.settings_dialog import SettingsDialog

        return self._exec(SettingsDialog(self.iface.mainWindow()))

    def show_catalogue(self):
        from ..ui.catalogue_editor import CatalogueEditor

        return self._exec(CatalogueEditor(self.iface.mainWindow()))

    def show_toolbox(self, group=""):
        """Open the Processing toolbox filtered to InfraPlan (and a group)."""
        from qgis.utils import plugins

        processing = plugins.get("processing")
        toolbox = getattr(processing, "toolbox", None)
        if toolbox is None:
            return
        toolbox.setVisible(True)
        toolbox.raise_()
        search = getattr(toolbox, "searchBox", None)
        if search is not None:
            search.setText(group or "infraplan")

    def unload(self):
        for dialog in list(self.dialogs):
            dialog.reject()
        if self.panel is not None:
            self.panel.cancel_all()
            self.panel.disconnect_registry()
            try:
                QgsProject.instance().readProject.disconnect(self.panel.refresh)
            except (TypeError, RuntimeError):
                pass
            self.iface.removeDockWidget(self.panel)
            self.panel.setParent(None)
            self.panel.deleteLater()
            self.panel = None
            self.panel_action = None
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
