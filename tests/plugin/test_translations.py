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
