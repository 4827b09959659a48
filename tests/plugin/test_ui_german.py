"""German UI: the dialogs' .ui strings and the panel's strings are translated in the plugin's
single context "InfraPlan", so the lead's .ts translates them (checked with a throw-away .qm)."""
import subprocess

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from infraplan.plugin import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>InfraPlan</name>
<message><source>InfraPlan – project settings</source>
<translation>InfraPlan – Projekteinstellungen</translation></message>
<message><source>Reset to defaults</source><translation>Standardwerte</translation></message>
<message><source>Run</source><translation>Starten</translation></message>
<message><source>Buildings</source><translation>Gebäude</translation></message>
<message><source>Fiber</source><translation>Glasfaser</translation></message>
</context></TS>
"""


def test_dialog_and_panel_strings_use_the_plugin_context(qtbot, qgis_app, tmp_path):
    from infraplan.plugin.panel import PlanningPanel
    from infraplan.ui.catalogue_editor import CatalogueEditor
    from infraplan.ui.settings_dialog import SettingsDialog

    ts, qm = tmp_path / "de.ts", tmp_path / "de.qm"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert i18n.tr("Buildings") == "Gebäude"
        settings = SettingsDialog()
        qtbot.addWidget(settings)
        assert settings.windowTitle() == "InfraPlan – Projekteinstellungen"  # from the .ui file
        labels = [settings.rolesLayout.itemAt(i).widget().text() for i in range(settings.rolesLayout.count())
                  if hasattr(settings.rolesLayout.itemAt(i).widget(), "text")]
        assert "Gebäude" in labels  # from code
        editor = CatalogueEditor()
        qtbot.addWidget(editor)
        assert editor.resetButton.text() == "Standardwerte"
        panel = PlanningPanel()
        qtbot.addWidget(panel)
        assert panel.tabs.tabText(1) == "Glasfaser"
        assert panel.domain_tabs["fiber"].runButton.text() == "Starten"
    finally:
        QCoreApplication.removeTranslator(translator)
