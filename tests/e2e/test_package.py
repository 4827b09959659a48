"""make package builds a zip from git that loads in a clean QGIS profile."""
import os
import subprocess
import zipfile

import pytest

from conftest_paths import REPO
from infraplan.plugin.provider import algorithm_classes
from scripts.qgisproc import Runner

pytestmark = pytest.mark.e2e


def _version():
    for line in open(os.path.join(REPO, "metadata.txt"), encoding="utf-8"):
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("no version in metadata.txt")


@pytest.fixture(scope="module")
def package_zip():
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True, timeout=300)
    path = os.path.join(REPO, "dist", "infraplan-%s.zip" % _version())
    assert os.path.exists(path)
    return path


def test_zip_layout(package_zip):
    names = zipfile.ZipFile(package_zip).namelist()
    assert all(n.startswith("infraplan/") for n in names)
    for required in ("infraplan/metadata.txt", "infraplan/__init__.py", "infraplan/LICENSE",
                     "infraplan/plugin/provider.py", "infraplan/resources/i18n/infraplan_de.qm"):
        assert required in names
    for banned in ("infraplan/tests/", "infraplan/test_data/", "infraplan/Makefile", "infraplan/.ci/",
                   "infraplan/benchmarks/", "infraplan/scripts/"):
        assert not any(n.startswith(banned) for n in names), banned
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_zip_loads_in_a_clean_profile(package_zip, tmp_path):
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(package_zip).extractall(plugins)
    runner = Runner(str(tmp_path / "profile"))
    runner.env["QGIS_PLUGINPATH"] = str(plugins)  # the unzipped plugin, not the checkout
    runner.enable()
    expected = sorted("infraplan:" + cls.ALG_ID for cls in algorithm_classes())
    assert runner.list_algorithms() == expected
    assert "InfraPlan" in runner.call("list").stdout
