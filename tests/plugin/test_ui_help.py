"""Every registered algorithm has its HTML help page; the generator covers every input and output."""
import os

from conftest_paths import REPO
from infraplan.ui.help_pages import render

HELP_DIR = os.path.join(REPO, "resources", "help")


def test_every_algorithm_has_a_help_page(infraplan_provider):
    algs = infraplan_provider.algorithms()
    assert algs
    missing = [a.name() for a in algs if not os.path.exists(os.path.join(HELP_DIR, a.name() + ".html"))]
    assert missing == [], "run: cd .build/pkg && python -m infraplan.ui.help_pages; missing %s" % missing
    for alg in algs:
        assert alg.helpUrl().endswith(alg.name() + ".html")


def test_generated_page_lists_every_parameter_and_output(infraplan_provider):
    for alg in infraplan_provider.algorithms():
        page = render(alg)
        assert alg.id() in page and "qgis_process run %s" % alg.id() in page
        for param in alg.parameterDefinitions():
            assert "<code>%s</code>" % param.name() in page, (alg.id(), param.name())
        for output in alg.outputDefinitions():
            assert "<code>%s</code>" % output.name() in page, (alg.id(), output.name())
