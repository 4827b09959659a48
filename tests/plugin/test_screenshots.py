"""Screenshots (offscreen) of the settings dialog, the planning panel after a run on the Lauf
sample, and the styled result map, saved as PNG artefacts under .build/screenshots/."""
import os

import pytest
from qgis.core import (
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from conftest_paths import REPO
from infraplan.plugin.panel import PlanningPanel
from infraplan.plugin.project_settings import ProjectSettings
from infraplan.ui.settings_dialog import SettingsDialog

SHOTS = os.path.join(REPO, ".build", "screenshots")
LAUF = os.path.join(REPO, "test_data", "lauf.gpkg")
LAYERS = {"buildings": "buildings", "addresses": "addresses", "streets": "streets", "pop": "pop",
          "sites": "sites", "candidates": "candidates", "zensus100": "zensus_100m", "zensus1km": "zensus_1km",
          "districts": "districts", "green": "green", "landcover": "landcover", "area": "area"}


def _check_png(path, min_colours=3):
    image = QImage(path)
    assert not image.isNull() and image.width() > 100 and image.height() > 100, path
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) >= min_colours, "%s looks empty" % path
    return image


@pytest.fixture(scope="module")
def lauf_project(qgis_app, tmp_path_factory):
    if not os.path.exists(LAUF):
        pytest.skip("Lauf sample missing")
    os.makedirs(SHOTS, exist_ok=True)
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(tmp_path_factory.mktemp("shots") / "lauf.qgz"))
    roles = {}
    for role, name in LAYERS.items():
        layer = QgsVectorLayer("%s|layername=%s" % (LAUF, name), name, "ogr")
        if layer.isValid():
            project.addMapLayer(layer)
            roles[role] = layer.id()
    dem = QgsRasterLayer(os.path.join(REPO, "test_data", "lauf_dem_10m.tif"), "lauf_dem_10m")
    if dem.isValid():
        project.addMapLayer(dem)
        roles["dem"] = dem.id()
    ProjectSettings(crs="EPSG:25832", roles=roles).save(project)
    yield project
    project.clear()


def test_settings_dialog_screenshot(qtbot, lauf_project):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.resize(680, 860)
    dialog.show()
    qtbot.waitExposed(dialog)
    path = os.path.join(SHOTS, "settings_dialog.png")
    assert dialog.grab().save(path)
    _check_png(path)


def test_panel_after_a_run_and_styled_map_screenshots(qtbot, lauf_project, infraplan_provider):
    if QgsApplication.processingRegistry().algorithmById("infraplan:estimatedwellings") is None:
        pytest.skip("estimatedwellings not registered")
    panel = PlanningPanel(project=lauf_project)
    qtbot.addWidget(panel)
    panel.resize(440, 720)
    panel.show()
    tab = panel.domain_tabs["data"]
    for alg_id, check in tab.checks.items():  # the raw OSM/elevation steps need raw inputs
        check.setChecked(alg_id == "infraplan:estimatedwellings")
    assert tab.run(), tab.statusLabel.text()
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=120000)
    assert tab.run_ok and tab.group is not None
    path = os.path.join(SHOTS, "planning_panel_data.png")
    assert panel.grab().save(path)
    _check_png(path)

    layers = [node.layer() for node in tab.group.findLayers()]
    dwellings = next(lyr for lyr in layers if lyr.geometryType() == 2 and lyr.featureCount() > 1000)
    settings = QgsMapSettings()
    settings.setLayers([dwellings])
    settings.setDestinationCrs(dwellings.crs())
    extent = QgsRectangle(dwellings.extent())
    extent.scale(0.35)  # the town centre: buildings readable
    settings.setExtent(extent)
    settings.setOutputSize(QSize(900, 700))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    path = os.path.join(SHOTS, "map_data_dwellings.png")
    assert job.renderedImage().save(path)
    _check_png(path, min_colours=4)


def test_climate_sinks_run_and_styled_map_screenshot(qtbot, lauf_project, infraplan_provider):
    """The Climate tab runs one real step on the Lauf sample; its styled outputs are rendered."""
    if QgsApplication.processingRegistry().algorithmById("infraplan:sinks") is None:
        pytest.skip("sinks not registered")
    panel = PlanningPanel(project=lauf_project)
    qtbot.addWidget(panel)
    panel.resize(440, 720)
    panel.show()
    tab = panel.domain_tabs["climate"]
    panel.tabs.setCurrentWidget(tab)
    for alg_id, check in tab.checks.items():
        check.setChecked(alg_id == "infraplan:sinks")
    assert tab.run(), tab.statusLabel.text()
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=240000)
    assert tab.run_ok, tab.resultsBrowser.toPlainText()
    assert "Sinks" in tab.resultsBrowser.toPlainText()
    path = os.path.join(SHOTS, "planning_panel_climate.png")
    assert panel.grab().save(path)
    _check_png(path)
    layers = [node.layer() for node in tab.group.findLayers()]
    vectors = [lyr for lyr in layers if lyr.type() == 0 and lyr.featureCount() > 0]
    settings = QgsMapSettings()
    settings.setLayers(vectors)
    settings.setDestinationCrs(vectors[0].crs())
    extent = QgsRectangle(vectors[0].extent())
    for layer in vectors[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(0.5)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(900, 700))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    path = os.path.join(SHOTS, "map_climate_sinks.png")
    assert job.renderedImage().save(path)
    _check_png(path, min_colours=4)


def test_catalogue_editor_screenshot(qtbot, lauf_project, infraplan_provider):
    from infraplan.ui.catalogue_editor import CatalogueEditor

    dialog = CatalogueEditor()
    qtbot.addWidget(dialog)
    dialog.resize(820, 560)
    dialog.tabs.setCurrentIndex([t.name for t in dialog.tables].index("cables"))
    dialog.show()
    qtbot.waitExposed(dialog)
    path = os.path.join(SHOTS, "catalogue_editor.png")
    assert dialog.grab().save(path)
    _check_png(path)
    dialog.tabs.setCurrentWidget(dialog.threshold_widget)
    path = os.path.join(SHOTS, "catalogue_thresholds.png")
    assert dialog.grab().save(path)
    _check_png(path)


def _render(layers, path, scale=1.0):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    extent = QgsRectangle(layers[0].extent())
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(scale)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(900, 700))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    assert job.renderedImage().save(path)
    return _check_png(path, min_colours=4)


def _run_tab(qtbot, project, domain, alg_ids, name):
    panel = PlanningPanel(project=project)
    qtbot.addWidget(panel)
    panel.resize(440, 720)
    panel.show()
    tab = panel.domain_tabs[domain]
    panel.tabs.setCurrentWidget(tab)
    for alg_id, check in tab.checks.items():
        check.setChecked(alg_id in alg_ids)
    assert tab.run(), tab.statusLabel.text()
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=240000)
    assert tab.run_ok, tab.resultsBrowser.toPlainText()
    path = os.path.join(SHOTS, "planning_panel_%s.png" % name)
    assert panel.grab().save(path)
    _check_png(path)
    return panel, tab


def test_coverage_run_and_styled_map_screenshot(qtbot, lauf_project, infraplan_provider):
    if QgsApplication.processingRegistry().algorithmById("infraplan:coverage") is None:
        pytest.skip("coverage not registered")
    _panel, tab = _run_tab(qtbot, lauf_project, "coverage", ("infraplan:coverage",), "coverage")
    layers = [node.layer() for node in tab.group.findLayers()]
    shown = [lyr for lyr in layers if lyr.type() != 0][:1]  # the first raster (RSRP)
    sectors = [lyr for lyr in layers if lyr.type() == 0 and lyr.geometryType() == 0]
    assert shown, [lyr.name() for lyr in layers]
    _render(sectors + shown, os.path.join(SHOTS, "map_coverage.png"))


def test_fiber_run_and_styled_map_screenshot(qtbot, lauf_project, infraplan_provider):
    """Plan FTTH for a part of Lauf (buildings near the PoP) through the Fiber tab."""
    if QgsApplication.processingRegistry().algorithmById("infraplan:ftthplan") is None:
        pytest.skip("ftthplan not registered")
    from qgis.core import QgsFeatureRequest

    settings = ProjectSettings.load(lauf_project)
    pop = settings.layer("pop", lauf_project)
    centre = next(pop.getFeatures()).geometry().boundingBox()
    centre.grow(400)
    request = QgsFeatureRequest().setFilterRect(centre)
    buildings = settings.layer("buildings", lauf_project).materialize(request)
    buildings.setName("buildings near the PoP")
    lauf_project.addMapLayer(buildings)
    part = ProjectSettings.load(lauf_project)
    part.roles["buildings"] = buildings.id()
    part.save(lauf_project)
    try:
        _panel, tab = _run_tab(qtbot, lauf_project, "fiber", ("infraplan:ftthplan",), "fiber")
    finally:
        settings.save(lauf_project)
    assert "features" in tab.resultsBrowser.toPlainText()
    layers = [node.layer() for node in tab.group.findLayers()]
    shown = [lyr for lyr in layers if lyr.type() == 0 and lyr.geometryType() in (0, 1) and lyr.featureCount()]
    _render(shown, os.path.join(SHOTS, "map_fiber.png"))
