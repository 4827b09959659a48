"""qgis_process.bin sees the plugin: list shows every algorithm, help works for each."""
import pytest

from infraplan.plugin.provider import algorithm_classes

pytestmark = pytest.mark.e2e
IDS = ["infraplan:" + cls.ALG_ID for cls in algorithm_classes()]


def test_list_shows_every_infraplan_algorithm(qgis_runner):
    listed = qgis_runner.list_algorithms()
    assert listed == sorted(IDS)
    assert "InfraPlan" in qgis_runner.call("list").stdout


@pytest.mark.parametrize("alg_id", IDS)
def test_help_runs_for_every_algorithm(qgis_runner, alg_id):
    text = qgis_runner.help(alg_id)
    assert alg_id.split(":")[1] in text and "Arguments" in text


def test_unknown_parameter_value_fails_cleanly(qgis_runner):
    if not IDS:
        pytest.skip("no algorithms yet")
    result = qgis_runner.run(IDS[0], {}, check=False)
    assert result["returncode"] != 0
    assert "Traceback" not in result.get("stderr", "") + result.get("stdout", "")
