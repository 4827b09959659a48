"""Every registered algorithm has its HTML help page; the generator covers every input and
output, the limits and the references; the committed pages are up to date."""
import os

from conftest_paths import REPO
from infraplan.plugin.provider import algorithm_classes
from infraplan.ui.help_pages import render, write_all

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
        assert alg.id() in page and "qgis_process.bin run %s" % alg.id() in page
        for param in alg.parameterDefinitions():
            assert "<code>%s</code>" % param.name() in page, (alg.id(), param.name())
        for output in alg.outputDefinitions():
            assert "<code>%s</code>" % output.name() in page, (alg.id(), output.name())


def test_every_algorithm_states_limits_and_references():
    for cls in algorithm_classes():
        limits = cls.__dict__.get("LIMITS", "")
        refs = cls.__dict__.get("REFERENCES", ())
        assert isinstance(limits, str) and len(limits) > 80, cls.ALG_ID
        assert isinstance(refs, tuple) and refs, cls.ALG_ID
        assert all(isinstance(r, str) and r.strip() for r in refs), cls.ALG_ID


def test_page_has_limits_and_references_sections(infraplan_provider):
    for alg in infraplan_provider.algorithms():
        page = render(alg)
        assert "<h2>Limits</h2>" in page and "<h2>References</h2>" in page, alg.id()
        limits = page.split("<h2>Limits</h2>", 1)[1].split("<h2>References</h2>", 1)[0]
        assert len(limits) > 80, alg.id()
        refs = page.split("<h2>References</h2>", 1)[1].split("<h2>Batch</h2>", 1)[0]
        assert refs.count("<li>") == len(type(alg).REFERENCES), alg.id()
        assert "qgis_process run" not in page, alg.id()


def test_committed_pages_are_up_to_date(infraplan_provider, tmp_path):
    paths = write_all(infraplan_provider, str(tmp_path))
    assert len(paths) == len(algorithm_classes())
    stale = []
    for path in paths:
        committed = os.path.join(HELP_DIR, os.path.basename(path))
        with open(path, encoding="utf-8") as fresh:
            expected = fresh.read()
        if not os.path.exists(committed):
            stale.append(os.path.basename(path))
            continue
        with open(committed, encoding="utf-8") as fh:
            if fh.read() != expected:
                stale.append(os.path.basename(path))
    assert stale == [], "run: cd .build/pkg && python -m infraplan.ui.help_pages; stale: %s" % stale
