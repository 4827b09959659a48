"""InfraPlan → Cost catalogue and thresholds…: edit the fiber catalogue (one table per
section of the catalogue JSON) and the numeric parameters of the coverage and climate
algorithms; import/export the catalogue file the fiber algorithms read; reset to defaults.

The catalogue file's path and the threshold overrides are stored in the QGIS project."""
import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ..plugin.i18n import tr
from ..plugin.project_settings import ProjectSettings
from . import load_form
from .catalogue_model import (
    GENERAL,
    UNIT,
    CatalogueError,
    catalogue_from_tables,
    load_catalogue,
    load_default,
    save_catalogue,
    tables_from_catalogue,
)

FORM, _BASE = load_form("catalogue_dialog")
THRESHOLD_GROUPS = ("coverage", "climate")
NUMERIC_TYPES = ("number", "distance")
THRESHOLD_TYPES = NUMERIC_TYPES + ("string",)  # strings: class limits such as "-95,-105,-115"
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def threshold_parameters(registry=None):
    """``[(alg, param)]`` of the numeric and text (class limits, weights) parameters of the
    coverage and climate algorithms."""
    registry = registry or QgsApplication.processingRegistry()
    provider = registry.providerById("infraplan")
    if provider is None:
        return []
    out = []
    for alg in sorted(provider.algorithms(), key=lambda a: (a.groupId(), a.name())):
        if alg.groupId() not in THRESHOLD_GROUPS:
            continue
        for param in alg.parameterDefinitions():
            if param.type() in THRESHOLD_TYPES and not param.isDestination():
                out.append((alg, param))
    return out


def _cell_type(table, row, column):
    if table.kind in (GENERAL, "mapping"):
        return table.row_types[row] if column == 1 and row < len(table.row_types) else "str"
    return table.types.get(table.columns[column], "str")


def _section_title(name):
    return {
        GENERAL: tr("General"), "surface_classes": tr("Surface classes (trench €/m)"),
        "surface_aliases": tr("Surface aliases (OSM → class)"), "drop": tr("Drops / house connections"),
        "cables": tr("Cables"), "ducts": tr("Ducts"), "dp_types": tr("Distribution points"),
        "splitters": tr("Splitters"), "olt": tr("OLT"), "optics": tr("Optical budget"),
    }.get(name, name.replace("_", " ").capitalize())


class CatalogueEditor(QDialog, FORM):
    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("InfraPlanCatalogueDialog")
        self.project = project or QgsProject.instance()
        self.tables = []  # catalogue_model.Table of each catalogue tab
        self.widgets = []  # their QTableWidget
        self.threshold_widget = None
        self.threshold_params = []
        self.decimal_comma = QLocale().decimalPoint() == ","
        settings = ProjectSettings.load(self.project)
        self.pathEdit.setText(settings.catalogue_path)
        data = None
        if settings.catalogue_path and os.path.exists(settings.catalogue_path):
            try:
                data = load_catalogue(settings.catalogue_path)
            except (OSError, ValueError) as exc:
                self.show_message(tr("Could not read %s (%s); showing the defaults.")
                                  % (settings.catalogue_path, exc))
        self.set_catalogue(data if data is not None else load_default())
        self.build_thresholds(settings)
        self.browseButton.clicked.connect(self.browse)
        self.importButton.clicked.connect(self.import_dialog)
        self.exportButton.clicked.connect(self.export_dialog)
        self.resetButton.clicked.connect(self.reset)
        self.addRowButton.clicked.connect(self.add_row)
        self.removeRowButton.clicked.connect(self.remove_row)
        self.tabs.currentChanged.connect(self._update_row_buttons)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._update_row_buttons()

    # catalogue tables ----------------------------------------------------------------
    def set_catalogue(self, data):
        """Show ``data`` (a catalogue dict) as one tab per table (thresholds tab kept)."""
        for widget in self.widgets:
            self.tabs.removeTab(self.tabs.indexOf(widget))
            widget.deleteLater()
        self.tables = tables_from_catalogue(data)
        self.widgets = []
        for index, table in enumerate(self.tables):
            widget = QTableWidget(len(table.rows), len(table.columns))
            widget.setObjectName("catalogue_" + table.name)
            headers = []
            for column in table.columns:
                unit = table.units.get(column, "")
                headers.append("%s [%s]" % (column, unit) if unit else column)
            widget.setHorizontalHeaderLabels(headers)
            for r, row in enumerate(table.rows):
                for c, text in enumerate(row):
                    if self.decimal_comma and _cell_type(table, r, c) == "float":
                        text = text.replace(".", ",")  # numbers as the locale writes them
                    item = QTableWidgetItem(text)
                    fixed = table.columns[c] == UNIT or (table.kind in (GENERAL, "mapping") and c == 0)
                    if fixed:
                        item.setFlags(_READ_ONLY)
                    widget.setItem(r, c, item)
            widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            widget.horizontalHeader().setStretchLastSection(True)
            widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.tabs.insertTab(index, widget, _section_title(table.name))
            self.widgets.append(widget)
        self.tabs.setCurrentIndex(0)

    def edited_tables(self):
        """The catalogue tables with the cells as edited."""
        for table, widget in zip(self.tables, self.widgets):
            table.rows = [[(widget.item(r, c).text() if widget.item(r, c) else "")
                           for c in range(widget.columnCount())] for r in range(widget.rowCount())]
        return self.tables

    def catalogue(self):
        """The edited catalogue dict; raises CatalogueError naming the bad cell."""
        return catalogue_from_tables(self.edited_tables(), self.decimal_comma)

    def _current_table(self):
        widget = self.tabs.currentWidget()
        if widget in self.widgets:
            return self.tables[self.widgets.index(widget)], widget
        return None, None

    def _update_row_buttons(self, *_args):
        table, _widget = self._current_table()
        enabled = table is not None and table.editable_keys
        self.addRowButton.setEnabled(enabled)
        self.removeRowButton.setEnabled(enabled)

    def add_row(self):
        table, widget = self._current_table()
        if table is None or not table.editable_keys:
            return
        widget.insertRow(widget.rowCount())
        widget.setCurrentCell(widget.rowCount() - 1, 0)

    def remove_row(self):
        table, widget = self._current_table()
        if table is None or not table.editable_keys or widget.currentRow() < 0:
            return
        widget.removeRow(widget.currentRow())

    # thresholds -----------------------------------------------------------------------
    def build_thresholds(self, settings):
        self.threshold_params = threshold_parameters()
        widget = QTableWidget(len(self.threshold_params), 4)
        widget.setObjectName("thresholds")
        widget.setHorizontalHeaderLabels([tr("Algorithm"), tr("Parameter"), tr("Value"), tr("Default")])
        widget.horizontalHeaderItem(2).setToolTip(tr("Empty: the algorithm's default is used."))
        for r, (alg, param) in enumerate(self.threshold_params):
            value = settings.threshold(alg.name(), param.name())
            cells = [alg.displayName(), param.description(),
                     "" if value is None else str(value),
                     "" if param.defaultValue() is None else str(param.defaultValue())]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 2:
                    item.setFlags(_READ_ONLY)
                item.setToolTip("%s:%s — %s" % (alg.id(), param.name(), text))
                widget.setItem(r, c, item)
        header = widget.horizontalHeader()
        fixed, stretch = QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch
        for column, (mode, width) in enumerate(((fixed, 190), (stretch, 0), (fixed, 110), (fixed, 120))):
            header.setSectionResizeMode(column, mode)
            if width:
                widget.setColumnWidth(column, width)
        self.threshold_widget = widget
        self.tabs.addTab(widget, tr("Coverage and climate thresholds"))
        if not self.threshold_params:
            widget.setRowCount(1)
            item = QTableWidgetItem(tr("No coverage or climate algorithm is registered yet."))
            item.setFlags(_READ_ONLY)
            widget.setItem(0, 0, item)
            widget.setSpan(0, 0, 1, 4)

    def thresholds(self):
        """``{"alg_id/PARAM": value}`` of the filled threshold cells (validated)."""
        out = {}
        for r, (alg, param) in enumerate(self.threshold_params):
            item = self.threshold_widget.item(r, 2)
            text = item.text().strip() if item else ""
            if not text:
                continue
            if param.type() not in NUMERIC_TYPES:
                if not param.checkValueIsAcceptable(text):
                    raise CatalogueError(tr("%s, %s: '%s' is not accepted.")
                                         % (alg.displayName(), param.description(), text))
                out["%s/%s" % (alg.name(), param.name())] = text
                continue
            try:
                value = float(text.replace(",", ".") if self.decimal_comma or "." not in text else text)
            except ValueError:
                raise CatalogueError(tr("%s, %s: '%s' is not a number.")
                                     % (alg.displayName(), param.description(), text)) from None
            ok = param.checkValueIsAcceptable(value)
            if not ok:
                raise CatalogueError(tr("%s, %s: %s is outside the allowed range.")
                                     % (alg.displayName(), param.description(), text))
            if param.type() == "number" and getattr(param, "dataType", None) is not None:
                if "Integer" in str(param.dataType()) and float(value).is_integer():
                    value = int(value)
            out["%s/%s" % (alg.name(), param.name())] = value
        return out

    # file actions ---------------------------------------------------------------------
    def show_message(self, text, error=False):
        self.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.messageLabel.setText(text)

    def validate(self):
        """Return the catalogue and thresholds, or None after showing what is wrong."""
        try:
            data = self.catalogue()
            thresholds = self.thresholds()
        except CatalogueError as exc:
            self.show_message(str(exc), error=True)
            self._select_bad_cell(exc)
            return None
        self.show_message("")
        return data, thresholds

    def _select_bad_cell(self, exc):
        for table, widget in zip(self.tables, self.widgets):
            if table.name == exc.table:
                self.tabs.setCurrentWidget(widget)
                column = table.columns.index(exc.column) if exc.column in table.columns else 1
                if exc.row >= 0:
                    widget.setCurrentCell(exc.row, column)

    def browse(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Project catalogue file"), self.pathEdit.text(),
                                                    tr("Catalogue (*.json)"))
        if path:
            self.pathEdit.setText(path)

    def import_file(self, path):
        data = load_catalogue(path)
        self.set_catalogue(data)
        self.show_message(tr("Imported %s.") % path)

    def export_file(self, path):
        """Write the edited catalogue to ``path``; False (with a message) when invalid."""
        result = self.validate()
        if result is None:
            return False
        save_catalogue(result[0], path)
        self.show_message(tr("Exported to %s.") % path)
        return True

    def import_dialog(self):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Import catalogue"), "",
                                                    tr("Catalogue (*.json)"))
        if path:
            try:
                self.import_file(path)
            except (OSError, ValueError) as exc:
                self.show_message(tr("Could not import %s: %s") % (path, exc), error=True)

    def export_dialog(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export catalogue"), "",
                                                    tr("Catalogue (*.json)"))
        if path:
            if not path.lower().endswith(".json"):
                path += ".json"
            self.export_file(path)

    def reset(self):
        self.set_catalogue(load_default())
        for r in range(len(self.threshold_params)):
            item = self.threshold_widget.item(r, 2)
            if item is not None:
                item.setText("")
        self.show_message(tr("Defaults restored (not saved yet)."))

    def save(self):
        """Validate, write the catalogue file (when a path is set or the values differ from the
        defaults) and store path and thresholds in the project. False when invalid."""
        result = self.validate()
        if result is None:
            return False
        data, thresholds = result
        path = self.pathEdit.text().strip()
        if not path and data != load_default():
            path, _filter = QFileDialog.getSaveFileName(
                self, tr("Save the project's catalogue as"), "", tr("Catalogue (*.json)"))
            if not path:
                self.show_message(tr("Choose a file for the edited catalogue."), error=True)
                return False
        if path:
            save_catalogue(data, path)
        settings = ProjectSettings.load(self.project)
        settings.catalogue_path = path
        settings.thresholds = thresholds
        settings.save(self.project)
        return True

    def accept(self):
        if self.save():
            super().accept()

