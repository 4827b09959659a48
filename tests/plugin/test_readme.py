"""README.md stays true: every algorithm is documented with a qgis_process example whose
parameter names exist, and every documented algorithm exists."""
import os
import re
import shlex

from qgis.core import QgsProcessingParameterDefinition

from conftest_paths import REPO
from infraplan.plugin.provider import algorithm_classes

README = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
RUN = re.compile(r"qgis_process\.bin run (infraplan:\w+) -- (.*)")


def _examples():
    for match in RUN.finditer(README):
        keys = [arg.split("=", 1)[0] for arg in shlex.split(match.group(2)) if "=" in arg]
        yield match.group(1), keys


def test_every_algorithm_has_an_example():
    documented = {alg for alg, _ in _examples()}
    expected = {"infraplan:" + cls.ALG_ID for cls in algorithm_classes()}
    assert sorted(expected - documented) == []


def test_examples_use_existing_parameters(infraplan_provider):
    for alg_id, keys in _examples():
        alg = infraplan_provider.algorithm(alg_id.split(":")[1])
        assert alg is not None, "README documents unknown algorithm %s" % alg_id
        names = {p.name() for p in alg.parameterDefinitions()}
        unknown = [k for k in keys if k not in names]
        assert unknown == [], "%s: README uses unknown parameters %s" % (alg_id, unknown)
        optional = QgsProcessingParameterDefinition.Flag.FlagOptional
        required = {p.name() for p in alg.parameterDefinitions()
                    if not p.flags() & optional and p.defaultValue() is None and not p.isDestination()}
        missing = sorted(required - set(keys))
        assert missing == [], "%s: README example lacks %s" % (alg_id, missing)
