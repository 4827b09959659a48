"""Catalogue editor: negative prices rejected with a message, export/import round trip in the
file format the fiber algorithms read, reset to defaults, path and thresholds in the project."""
import json

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from infraplan.plugin.project_settings import ProjectSettings
from infraplan.ui.catalogue_editor import CatalogueEditor
from infraplan.ui.catalogue_model import (
    CatalogueError,
    catalogue_from_tables,
    load_default,
    tables_from_catalogue,
    unit_for,
)


@pytest.fixture()
def editor(qtbot, qgis_app):
    QgsProject.instance().clear()
    dialog = CatalogueEditor()
    qtbot.addWidget(dialog)
    yield dialog
    QgsProject.instance().clear()


def _cell(editor, table, row_key, column):
    index = [t.name for t in editor.tables].index(table)
    widget, model = editor.widgets[index], editor.tables[index]
    column_index = model.columns.index(column)
    for r in range(widget.rowCount()):
        if widget.item(r, 0).text() == row_key:
            return widget.item(r, column_index)
    raise KeyError(row_key)


def test_default_catalogue_round_trips_through_the_tables():
    data = load_default()
    assert catalogue_from_tables(tables_from_catalogue(data)) == data


def test_units_are_shown_in_headers(editor):
    index = [t.name for t in editor.tables].index("cables")
    widget = editor.widgets[index]
    headers = [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())]
    assert "eur_per_m [€/m]" in headers and "diameter_mm [mm]" in headers
    assert unit_for("loss_db") == "dB" and unit_for("classes/B+", "optics") == "dB"


def test_negative_price_is_rejected_with_a_message(qtbot, editor):
    _cell(editor, "surface_classes", "sealed", "eur_per_m").setText("-110")
    qtbot.mouseClick(editor.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.result() != QDialog.DialogCode.Accepted
    message = editor.messageLabel.text()
    assert "surface_classes" in message and "negative" in message and "-110" in message
    surfaces = [t.name for t in editor.tables].index("surface_classes")
    assert editor.tabs.currentWidget() is editor.widgets[surfaces]
    assert ProjectSettings.load().catalogue_path == ""
    _cell(editor, "surface_classes", "sealed", "eur_per_m").setText("abc")
    with pytest.raises(CatalogueError, match="not a number"):
        editor.catalogue()


def test_export_import_round_trip_in_the_algorithms_format(editor, tmp_path):
    _cell(editor, "surface_classes", "paved", "eur_per_m").setText("99.5")
    _cell(editor, "cables", "24F", "eur_per_m").setText("0.8")
    path = str(tmp_path / "catalogue.json")
    assert editor.export_file(path)
    exported = json.load(open(path, encoding="utf-8"))
    assert exported["surface_classes"]["paved"]["eur_per_m"] == 99.5
    assert isinstance(exported["cables"][0]["fibers"], int)  # types kept
    # the fiber engine reads the exported file
    engine = pytest.importorskip("infraplan.algorithms.fiber.catalogue")
    catalogue = engine.load_catalogue(path)
    assert catalogue.surface["paved"] == 99.5 and catalogue.cable_for(20)[3] == 0.8
    editor.reset()
    assert _cell(editor, "surface_classes", "paved", "eur_per_m").text() == "85.0"
    assert editor.catalogue() == load_default()
    editor.import_file(path)
    assert _cell(editor, "surface_classes", "paved", "eur_per_m").text() == "99.5"
    assert editor.catalogue() == exported


def test_rows_can_be_added_and_must_be_complete(editor):
    editor.tabs.setCurrentWidget(editor.widgets[[t.name for t in editor.tables].index("splitters")])
    assert editor.addRowButton.isEnabled()
    editor.add_row()
    with pytest.raises(CatalogueError, match="a number is required"):
        editor.catalogue()
    editor.remove_row()
    assert editor.catalogue() == load_default()
    editor.tabs.setCurrentWidget(editor.widgets[0])  # general: fixed keys
    assert not editor.addRowButton.isEnabled()


def test_save_stores_the_catalogue_path_and_thresholds_in_the_project(qtbot, editor, tmp_path):
    path = str(tmp_path / "project_catalogue.json")
    editor.pathEdit.setText(path)
    _cell(editor, "drop", "eur_per_m", "value").setText("70")
    qtbot.mouseClick(editor.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    settings = ProjectSettings.load()
    assert settings.catalogue_path == path
    assert json.load(open(path, encoding="utf-8"))["drop"]["eur_per_m"] == 70
    again = CatalogueEditor()
    qtbot.addWidget(again)
    assert again.pathEdit.text() == path
    assert _cell(again, "drop", "eur_per_m", "value").text() == "70.0"


def test_thresholds_are_validated_stored_and_passed_to_the_algorithm(qtbot, qgis_app, infraplan_provider,
                                                                    monkeypatch, tmp_path):
    from qgis.core import QgsApplication

    from infraplan.plugin.panel import build_parameters
    from infraplan.ui import catalogue_editor

    alg = QgsApplication.processingRegistry().algorithmById("infraplan:prepareosm")
    if alg is None:
        pytest.skip("prepareosm not registered")
    monkeypatch.setattr(catalogue_editor, "THRESHOLD_GROUPS", ("data",))  # any group with numbers
    QgsProject.instance().clear()
    dialog = CatalogueEditor()
    qtbot.addWidget(dialog)
    rows = [(a.name(), p.name()) for a, p in dialog.threshold_params]
    assert ("prepareosm", "STOREY_HEIGHT") in rows
    item = dialog.threshold_widget.item(rows.index(("prepareosm", "STOREY_HEIGHT")), 2)
    item.setText("1.0")  # below the parameter's minimum (2 m)
    assert not dialog.save() and "outside the allowed range" in dialog.messageLabel.text()
    item.setText("3.2")
    assert dialog.save()
    settings = ProjectSettings.load()
    assert settings.thresholds == {"prepareosm/STOREY_HEIGHT": 3.2}
    params, _dests, _missing = build_parameters(alg, settings, QgsProject.instance(), str(tmp_path))
    assert params["STOREY_HEIGHT"] == 3.2
    QgsProject.instance().clear()


def test_text_thresholds_such_as_class_limits_are_stored(qtbot, qgis_app, infraplan_provider, tmp_path):
    from qgis.core import QgsApplication

    from infraplan.plugin.panel import build_parameters

    alg = QgsApplication.processingRegistry().algorithmById("infraplan:sinks")
    if alg is None or "FLOW_CLASSES" not in [p.name() for p in alg.parameterDefinitions()]:
        pytest.skip("sinks with FLOW_CLASSES not registered")
    QgsProject.instance().clear()
    dialog = CatalogueEditor()
    qtbot.addWidget(dialog)
    rows = [(a.name(), p.name()) for a, p in dialog.threshold_params]
    dialog.threshold_widget.item(rows.index(("sinks", "FLOW_CLASSES")), 2).setText("0.5,2,20")
    assert dialog.save(), dialog.messageLabel.text()
    settings = ProjectSettings.load()
    assert settings.thresholds == {"sinks/FLOW_CLASSES": "0.5,2,20"}
    params, _dests, _missing = build_parameters(alg, settings, QgsProject.instance(), str(tmp_path))
    assert params["FLOW_CLASSES"] == "0.5,2,20"
    QgsProject.instance().clear()


def test_decimal_comma_locale_shows_and_reads_commas(editor):
    editor.decimal_comma = True  # as in a German locale
    editor.set_catalogue(load_default())
    assert _cell(editor, "surface_classes", "sealed", "eur_per_m").text() == "110,0"
    assert _cell(editor, "cables", "6F", "fibers").text() == "6"
    _cell(editor, "surface_classes", "paved", "eur_per_m").setText("87,5")
    data = editor.catalogue()
    assert data["surface_classes"]["paved"]["eur_per_m"] == 87.5
    assert data["surface_classes"]["sealed"]["eur_per_m"] == 110.0
