"""The QGIS plugin object: provider registration, InfraPlan menu and toolbar."""
from qgis.core import QgsApplication
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
