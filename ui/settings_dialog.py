"""InfraPlan → Settings…: planning CRS and layer roles of the current project."""
from qgis.core import QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

from ..plugin.i18n import tr
from ..plugin.project_settings import FILE, LINE, POINT, POLYGON, RASTER, ROLES, ProjectSettings, role_label
from . import enum_value, load_form

FORM, _BASE = load_form("settings_dialog")


def layer_filter(kind):
    """QgsMapLayerProxyModel filter for a role's kind of layer."""
    name = {POINT: "PointLayer", LINE: "LineLayer", POLYGON: "PolygonLayer",
            RASTER: "RasterLayer"}.get(kind, "VectorLayer")
    try:
        return enum_value(QgsMapLayerProxyModel, "Filter", name)
    except AttributeError:  # QGIS 4: Qgis.LayerFilter
        from qgis.core import Qgis

        return getattr(Qgis.LayerFilter, name)


class SettingsDialog(QDialog, FORM):
    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("InfraPlanSettingsDialog")
        self.project = project or QgsProject.instance()
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setObjectName("planningCrs")
        try:
            self.crs_widget.setOptionVisible(
                enum_value(QgsProjectionSelectionWidget, "CrsOption", "CrsNotSet"), True)
            self.crs_widget.setNotSetText(tr("Algorithm default (EPSG:25832, ETRS89 / UTM 32N)"))
        except (AttributeError, TypeError):
            pass
        self.crsLayout.addWidget(self.crs_widget)
        self.rolesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos = {}
        self.files = {}
        for role in ROLES:
            if role.kind == FILE:
                widget = QgsFileWidget(self.rolesWidget)
                widget.setObjectName("role_" + role.key)
                widget.setFilter(tr("OSM extract (*.osm.pbf *.pbf *.osm);;All files (*)"))
                self.rolesLayout.addRow(role_label(role.key), widget)
                self.files[role.key] = widget
                continue
            combo = QgsMapLayerComboBox(self.rolesWidget)
            combo.setObjectName("role_" + role.key)
            combo.setFilters(layer_filter(role.kind))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            self.rolesLayout.addRow(role_label(role.key), combo)
            self.combos[role.key] = combo
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.load()

    # settings <-> widgets -------------------------------------------------------------
    def load(self):
        settings = ProjectSettings.load(self.project)
        crs = settings.crs_object()
        if crs.isValid():
            self.crs_widget.setCrs(crs)
        for key, combo in self.combos.items():
            combo.setLayer(settings.layer(key, self.project))
        for key, widget in self.files.items():
            widget.setFilePath(settings.value(key))
        self.messageLabel.setText("")
        return settings

    def values(self):
        """The dialog's values as ProjectSettings (catalogue and thresholds kept)."""
        settings = ProjectSettings.load(self.project)
        crs = self.crs_widget.crs()
        settings.crs = crs.authid() or crs.toWkt() if crs.isValid() else ""
        settings.roles = {key: combo.currentLayer().id() for key, combo in self.combos.items()
                          if combo.currentLayer() is not None}
        settings.roles.update({key: widget.filePath() for key, widget in self.files.items()
                               if widget.filePath()})
        return settings

    def validate(self, settings):
        crs = settings.crs_object()
        if crs.isValid() and crs.isGeographic():
            return tr("The planning CRS must be projected (metres), e.g. EPSG:25832; %s is "
                      "geographic.") % crs.authid()
        return ""

    def save(self):
        settings = self.values()
        problem = self.validate(settings)
        if problem:
            self.messageLabel.setText(problem)
            return False
        settings.save(self.project)
        return True

    def accept(self):
        if self.save():
            super().accept()
