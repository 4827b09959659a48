"""The German translation is compiled, installed for locale 'de' and used by tr()."""
import os
import subprocess
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator

from conftest_paths import REPO
from infraplan.plugin import i18n
from infraplan.plugin.base import GROUPS


def test_ts_compiles_with_lrelease(tmp_path):
    qm = str(tmp_path / "de.qm")
    subprocess.run(["lrelease", "-silent", os.path.join(REPO, "resources", "i18n", "infraplan_de.ts"),
                    "-qm", qm], check=True)
    assert QTranslator().load(qm)


def test_german_translator_translates_group_names(qgis_app):
    translator = i18n.install_translator("de")
    assert translator is not None, "resources/i18n/infraplan_de.qm missing: run make qm"
    try:
        assert i18n.tr("Fiber") == "Glasfaser"
        assert i18n.tr(GROUPS["climate"]) == "Klima"
    finally:
        i18n.remove_translator(translator)
    assert i18n.tr("Fiber") == "Fiber"


def test_no_translator_for_english(qgis_app):
    assert i18n.install_translator("en") is None


def test_ts_is_in_step_with_the_sources():
    """Every translatable source string has an entry in the .ts (run make translations)."""
    sys.path.insert(0, REPO)
    from scripts import translations

    in_ts = set(translations.read_ts()) | set(translations.unfinished())
    missing = sorted(set(translations.collect()) - in_ts)
    assert missing == [], "run make translations; missing: %s" % missing[:5]
    assert QgsApplication.instance() is not None


def test_german_ts_has_no_unfinished_entries():
    sys.path.insert(0, REPO)
    from scripts import translations

    assert translations.unfinished() == []


def test_locale_de_gives_german_menus_and_algorithm_names(qgis_app, qgis_iface, monkeypatch):
    """With QGIS's locale set to German, initGui installs the shipped .qm: the menu,
    the provider's algorithms and the dialogs come up in German."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QMenu

    from infraplan.plugin.plugin import InfraPlanPlugin

    settings = QgsSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    main = qgis_iface.mainWindow()
    help_menu = main.menuBar().addMenu("Help")
    monkeypatch.setattr(qgis_iface, "firstRightStandardMenu", lambda: help_menu, raising=False)
    registry = QgsApplication.processingRegistry()
    if registry.providerById("infraplan") is not None:
        registry.removeProvider(registry.providerById("infraplan"))
    plugin = InfraPlanPlugin(qgis_iface)
    try:
        plugin.initGui()
        menu = main.findChild(QMenu, "InfraPlanMenu")
        texts = [a.text() for a in menu.actions()]
        assert "Glasfaser" in texts and "Einstellungen…" in texts
        alg = registry.algorithmById("infraplan:ftthplan")
        assert alg.displayName() == i18n.tr("Plan FTTH network") != "Plan FTTH network"
        assert alg.group() == "Glasfaser"
    finally:
        plugin.unload()
        settings.setValue("locale/overrideFlag", old[0] or False)
        settings.setValue("locale/userLocale", old[1] or "")
