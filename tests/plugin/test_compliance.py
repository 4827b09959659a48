"""Every algorithm of the provider follows the rules of QGIS's own algorithm tests."""
import re

import pytest

from infraplan.plugin.base import GROUPS
from infraplan.plugin.provider import algorithm_classes

CLASSES = algorithm_classes()


def test_provider_identity(infraplan_provider):
    assert infraplan_provider.id() == "infraplan"
    assert infraplan_provider.name() == "InfraPlan"
    assert not infraplan_provider.icon().isNull()
    ids = [a.id() for a in infraplan_provider.algorithms()]
    assert len(ids) == len(set(ids)) == len(CLASSES)


def test_algorithm_ids_are_unique_and_stable():
    names = [cls.ALG_ID for cls in CLASSES]
    assert len(names) == len(set(names))
    for name in names:
        assert re.fullmatch(r"[a-z][a-z0-9]*", name), name


@pytest.mark.parametrize("cls", CLASSES, ids=[c.ALG_ID for c in CLASSES])
def test_algorithm_compliance(qgis_app, infraplan_provider, cls):
    alg = infraplan_provider.algorithm(cls.ALG_ID)
    assert alg is not None, cls.ALG_ID
    assert alg.id() == "infraplan:" + cls.ALG_ID
    assert alg.groupId() in GROUPS and alg.group()
    assert alg.displayName() and alg.displayName() != alg.name()
    assert len(alg.shortHelpString()) > 40
    params = alg.parameterDefinitions()
    assert params, "no parameters"
    for param in params:
        assert param.description(), "%s has a parameter without description" % param.name()
        assert param.name() == param.name().upper(), "parameter %s not UPPER_CASE" % param.name()
    assert alg.outputDefinitions(), "no outputs"
    clone = alg.createInstance()
    assert type(clone) is type(alg)
    clone.initAlgorithm({})
    assert [p.name() for p in clone.parameterDefinitions()] == [p.name() for p in params]
