"""Planning panel: generic parameter filling, a real run adds a styled group, cancel keeps nothing."""
import os
import re
import time

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingProvider,
    QgsProject,
    QgsVectorLayer,
)

from conftest_paths import REPO
from infraplan.plugin.panel import DomainTab, PlanningPanel, build_parameters, headline
from infraplan.plugin.project_settings import ProjectSettings

LAUF = os.path.join(REPO, "test_data", "lauf.gpkg")
_KEEP = []


class SlowCopy(QgsProcessingAlgorithm):
    """Copies BUILDINGS feature by feature, slowly; on cancel it stops and returns (as many
    QGIS algorithms do), leaving a partly written sink behind: the panel must drop it."""

    def name(self):
        return "slowcopy"

    def displayName(self):  # noqa: N802
        return "Slow copy"

    def createInstance(self):  # noqa: N802
        return SlowCopy()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", "Buildings", [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Copied buildings"))
        self.addOutput(QgsProcessingOutputNumber("COUNT", "Buildings copied"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, "BUILDINGS", context)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(),
                                          source.wkbType(), source.sourceCrs())
        total = max(source.featureCount(), 1)
        count = 0
        for i, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            count += 1
            feedback.setProgress(100.0 * i / total)
            time.sleep(0.01)
        return {"OUTPUT": dest, "COUNT": count}


class MainThreadCopy(SlowCopy):
    """The same with FlagNoThreading (e.g. steps that render maps): runs on the main thread."""

    def name(self):
        return "mainthreadcopy"

    def createInstance(self):  # noqa: N802
        return MainThreadCopy()

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading


class UiTestProvider(QgsProcessingProvider):
    def id(self):
        return "infraplantest"

    def name(self):
        return "InfraPlan UI test"

    def loadAlgorithms(self):  # noqa: N802
        self.addAlgorithm(SlowCopy())
        self.addAlgorithm(MainThreadCopy())


@pytest.fixture()
def test_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    if registry.providerById("infraplantest") is None:
        provider = UiTestProvider()
        _KEEP.append(provider)
        registry.addProvider(provider)
    return registry.providerById("infraplantest")


@pytest.fixture()
def project(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path / "plan.qgz"))  # runs go to <project dir>/infraplan_runs
    yield project
    project.clear()


def _lauf_layer(name, limit=None):
    layer = QgsVectorLayer("%s|layername=%s" % (LAUF, name), name, "ogr")
    assert layer.isValid(), name
    if limit:
        layer = layer.materialize(QgsFeatureRequest().setLimit(limit))
        layer.setName(name)
    return layer


def _wait(qtbot, tab, timeout=90000):
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=timeout)


def test_tab_of_unregistered_algorithm_says_so_and_cannot_run(qtbot, project, infraplan_provider):
    panel = PlanningPanel(project=project, domains=(("fiber", ("infraplan:nosuchalgorithm",)),))
    qtbot.addWidget(panel)
    tab = panel.domain_tabs["fiber"]
    assert not tab.runButton.isEnabled()
    assert "is registered yet" in tab.statusLabel.text()
    assert "not available" in tab.checks["infraplan:nosuchalgorithm"].text()
    assert tab.run() is False


def test_parameters_are_filled_from_roles_by_name(project, infraplan_provider, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById("infraplan:estimatedwellings")
    if alg is None:
        pytest.skip("estimatedwellings not registered")
    _params, _dests, missing = build_parameters(alg, ProjectSettings(), project, str(tmp_path))
    assert len(missing) == 2 and all("Settings" in m for m in missing)  # BUILDINGS and GRID
    buildings, grid = _lauf_layer("buildings", 20), _lauf_layer("zensus_100m", 20)
    project.addMapLayers([buildings, grid])
    settings = ProjectSettings(roles={"buildings": buildings.id(), "zensus100": grid.id()})
    params, dests, missing = build_parameters(alg, settings, project, str(tmp_path))
    assert missing == []
    assert params["BUILDINGS"] == buildings.id() and params["GRID"] == grid.id()
    assert isinstance(params["OUTPUT"], QgsProcessingOutputLayerDefinition)
    assert dests["OUTPUT"].startswith(str(tmp_path)) and dests["OUTPUT"].endswith(".gpkg")
    # a previous step's output of the same role wins over the project's layer
    params, _d, _m = build_parameters(alg, settings, project, str(tmp_path), {"role:buildings": "/x.gpkg"})
    assert params["BUILDINGS"] == "/x.gpkg"


def test_run_adds_a_dated_group_with_styled_outputs(qtbot, project, infraplan_provider):
    if QgsApplication.processingRegistry().algorithmById("infraplan:estimatedwellings") is None:
        pytest.skip("estimatedwellings not registered")
    buildings, grid = _lauf_layer("buildings", 300), _lauf_layer("zensus_100m")
    project.addMapLayers([buildings, grid])
    ProjectSettings(roles={"buildings": buildings.id(), "zensus100": grid.id()}).save(project)
    tab = DomainTab("data", ["infraplan:estimatedwellings"], project)
    qtbot.addWidget(tab)
    assert tab.run(), tab.statusLabel.text()
    _wait(qtbot, tab)
    groups = [g for g in project.layerTreeRoot().children() if g.name().startswith("Data ")]
    assert len(groups) == 1, tab.resultsBrowser.toPlainText()
    assert re.match(r"^Data \d{4}-\d{2}-\d{2} \d{2}:\d{2}$", groups[0].name())
    layers = [node.layer() for node in groups[0].findLayers()]
    assert len(layers) == 2 and all(lyr.isValid() and lyr.featureCount() > 0 for lyr in layers)
    dwellings = next(lyr for lyr in layers if lyr.name() == "Buildings with dwellings")
    assert dwellings.renderer().type() != "singleSymbol"  # the algorithm's style was applied
    assert os.path.dirname(dwellings.source().split("|")[0]).startswith(
        os.path.join(project.absolutePath(), "infraplan_runs"))
    # the Data tab makes its prepared buildings the project's buildings
    assert ProjectSettings.load(project).roles["buildings"] == dwellings.id()
    assert tab.progressBar.value() == 100 and "Done" in tab.statusLabel.text()


def test_headline_shows_number_outputs(test_provider):
    alg = QgsApplication.processingRegistry().algorithmById("infraplantest:slowcopy")
    rows = headline(alg, {"OUTPUT": "/x.gpkg", "COUNT": 6507})
    assert len(rows) == 1 and rows[0][0] == "Buildings copied" and rows[0][1].replace(",", "").replace(
        ".", "").replace("\u00a0", "") == "6507"


def test_completed_run_shows_headline_numbers(qtbot, project, test_provider):
    buildings = _lauf_layer("buildings", 30)
    project.addMapLayer(buildings)
    ProjectSettings(roles={"buildings": buildings.id()}).save(project)
    tab = DomainTab("fiber", ["infraplantest:slowcopy"], project)
    qtbot.addWidget(tab)
    assert tab.run()
    _wait(qtbot, tab)
    assert "Buildings copied" in tab.resultsBrowser.toPlainText()
    assert "30" in tab.resultsBrowser.toPlainText()


def test_cancel_leaves_no_half_written_layer(qtbot, project, test_provider):
    buildings = _lauf_layer("buildings", 2000)
    project.addMapLayer(buildings)
    ProjectSettings(roles={"buildings": buildings.id()}).save(project)
    before = set(project.mapLayers())
    tab = DomainTab("fiber", ["infraplantest:slowcopy"], project)
    qtbot.addWidget(tab)
    assert tab.run()
    planned = tab.current[2]["OUTPUT"]
    qtbot.waitUntil(lambda: tab.progressBar.value() >= 2, timeout=30000)
    assert tab.cancelButton.isEnabled()
    tab.cancelButton.click()
    _wait(qtbot, tab)
    assert set(project.mapLayers()) == before
    assert not [g for g in project.layerTreeRoot().children() if g.name().startswith("Fiber ")]
    assert not os.path.exists(planned), "the partly written output must be deleted"
    assert "Stopped" in tab.statusLabel.text()
    assert tab.runButton.isEnabled() and not tab.cancelButton.isEnabled()


LAUF_ROLES = {"buildings": "buildings", "addresses": "addresses", "streets": "streets", "pop": "pop",
              "sites": "sites", "candidates": "candidates", "zensus100": "zensus_100m",
              "zensus1km": "zensus_1km", "districts": "districts", "green": "green", "landcover": "landcover",
              "trees": "trees", "facilities": "facilities", "water": "water", "area": "area"}


def _lauf_settings(project):
    from qgis.core import QgsRasterLayer

    roles = {}
    for role, name in LAUF_ROLES.items():
        layer = _lauf_layer(name)
        project.addMapLayer(layer)
        roles[role] = layer.id()
    for role, name in (("dem", "lauf_dem_10m.tif"), ("dsm", "lauf_dsm_10m.tif")):
        layer = QgsRasterLayer(os.path.join(REPO, "test_data", name), name)
        project.addMapLayer(layer)
        roles[role] = layer.id()
    return ProjectSettings(crs="EPSG:25832", roles=roles)


@pytest.mark.parametrize("domain", ["fiber", "coverage", "climate"])
def test_real_chains_get_every_required_input_from_the_lauf_roles(project, infraplan_provider, tmp_path,
                                                                  domain):
    """The generic mapping against the algorithms as they are registered now."""
    from infraplan.plugin.panel import DOMAINS, plan_chain

    first = dict(DOMAINS)[domain][0]
    if QgsApplication.processingRegistry().algorithmById(first) is None:
        pytest.skip("%s (first step of the %s chain) not registered yet" % (first, domain))
    settings = _lauf_settings(project)
    plan = plan_chain(dict(DOMAINS)[domain], settings, project, str(tmp_path))
    if not plan:
        pytest.skip("no %s algorithm registered yet" % domain)
    for alg, _params, _dests, missing in plan:
        assert missing == [], (alg.id(), missing)
    steps = {alg.name(): params for alg, params, _d, _m in plan}
    layer_ids = settings.roles
    if "ponding" in steps and "sinks" in steps:  # not sinks' "affected buildings" output
        assert steps["ponding"]["BUILDINGS"] == layer_ids["buildings"]
    if "adaptationzones" in steps:
        zones = steps["adaptationzones"]
        for param, producer in (("HEAT_RISK", "heatrisk"), ("PONDING", "ponding"),
                                ("GREEN_ACCESS", "greenaccess")):
            if producer in steps:
                assert zones[param].startswith(str(tmp_path)) and producer in zones[param], param
    if "coveragestats" in steps and "coverage" in steps:
        assert "coverage_output_rsrp" in steps["coveragestats"]["RSRP"]
    if "heatrisk" in steps:
        assert steps["heatrisk"]["ZENSUS"] == layer_ids["zensus1km"]


def test_population_layer_is_the_zensus_grid_with_a_population_field(project, infraplan_provider, tmp_path):
    """POPULATION lists Zensus 100 m then 1 km; the sample's 100 m grid has no population field
    (bldg_res, dwellings), so the 1 km grid with 'einwohner' is taken and its field filled in."""
    alg = QgsApplication.processingRegistry().algorithmById("infraplan:coveragestats")
    if alg is None or "POPULATION_FIELD" not in [p.name() for p in alg.parameterDefinitions()]:
        pytest.skip("coveragestats with POPULATION_FIELD not registered")
    settings = _lauf_settings(project)
    params, _dests, missing = build_parameters(alg, settings, project, str(tmp_path), {"RSRP": "/x.tif"})
    assert missing == []
    assert params["POPULATION"] == settings.roles["zensus1km"]
    assert params["POPULATION_FIELD"] == "einwohner"
    assert params["DISTRICTS"] == settings.roles["districts"] and params["DISTRICT_FIELD"] == "district"


def test_closing_the_panel_during_a_run_cancels_it_and_cleans_up(qtbot, project, test_provider):
    from infraplan.plugin import panel as panel_module

    buildings = _lauf_layer("buildings", 2000)
    project.addMapLayer(buildings)
    ProjectSettings(roles={"buildings": buildings.id()}).save(project)
    before = set(project.mapLayers())
    panel = PlanningPanel(project=project, domains=(("fiber", ("infraplantest:slowcopy",)),))
    tab = panel.domain_tabs["fiber"]
    assert tab.run()
    planned = tab.current[2]["OUTPUT"]
    qtbot.waitUntil(lambda: tab.progressBar.value() >= 2, timeout=30000)
    panel.cancel_all()  # what unload does
    panel.deleteLater()
    qtbot.waitUntil(lambda: not panel_module._ORPHANS, timeout=30000)
    assert set(project.mapLayers()) == before
    assert not os.path.exists(planned)


def test_no_threading_step_runs_on_the_main_thread(qtbot, project, test_provider):
    buildings = _lauf_layer("buildings", 20)
    project.addMapLayer(buildings)
    ProjectSettings(roles={"buildings": buildings.id()}).save(project)
    tab = DomainTab("fiber", ["infraplantest:mainthreadcopy"], project)
    qtbot.addWidget(tab)
    assert tab.run()
    _wait(qtbot, tab)
    assert tab.run_ok and tab.group is not None
    assert "20" in tab.resultsBrowser.toPlainText()


def test_cancelling_a_real_climate_step_keeps_nothing(qtbot, project, infraplan_provider):
    if QgsApplication.processingRegistry().algorithmById("infraplan:sinks") is None:
        pytest.skip("sinks not registered")
    from qgis.core import QgsRasterLayer

    dem = QgsRasterLayer(os.path.join(REPO, "test_data", "lauf_dem_10m.tif"), "dem")
    project.addMapLayer(dem)
    ProjectSettings(roles={"dem": dem.id()}).save(project)
    before = set(project.mapLayers())
    tab = DomainTab("climate", ["infraplan:sinks"], project)
    qtbot.addWidget(tab)
    assert tab.run()
    planned = list(tab.current[2].values())
    qtbot.waitUntil(lambda: tab.progressBar.value() >= 1, timeout=60000)
    tab.cancelButton.click()
    _wait(qtbot, tab, timeout=120000)
    assert not tab.run_ok and "cancelled" in tab.resultsBrowser.toPlainText()
    assert set(project.mapLayers()) == before
    assert [p for p in planned if os.path.exists(p)] == []
    assert not os.listdir(tab.out_dir)
