"""The .ui files load at run time anywhere: no <connections>, no C++ headers or custom
widgets, no resource files; strings translated in the plugin's single context."""
import glob
import os
import xml.etree.ElementTree as ET  # nosec B405 - our own files

import pytest

from conftest_paths import REPO

UI_FILES = sorted(glob.glob(os.path.join(REPO, "ui", "*.ui")))


def test_there_are_ui_files():
    assert len(UI_FILES) >= 3


@pytest.mark.parametrize("path", UI_FILES, ids=os.path.basename)
def test_ui_file_has_no_connections_headers_or_resources(path):
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text)  # nosec B314
    assert root.find("connections") is None and "<connections>" not in text
    assert root.find("customwidgets") is None and "<header" not in text
    resources = root.find("resources")
    assert resources is None or len(resources) == 0
    # translated in the context "InfraPlan" (plugin.i18n.CONTEXT): the form class name
    assert root.findtext("class") == "InfraPlan"


@pytest.mark.parametrize("path", UI_FILES, ids=os.path.basename)
def test_ui_file_loads(qgis_app, path):
    from qgis.PyQt import uic

    form, base = uic.loadUiType(path)
    widget = base()
    form().setupUi(widget)
    assert widget.objectName().startswith("InfraPlan")
