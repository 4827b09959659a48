"""End-to-end tests run InfraPlan through qgis_process.bin in a throw-away profile."""
import pytest

from scripts.qgisproc import Runner


@pytest.fixture(scope="session")
def qgis_runner(tmp_path_factory):
    runner = Runner(str(tmp_path_factory.mktemp("qgis-profile")))
    runner.enable()
    return runner
