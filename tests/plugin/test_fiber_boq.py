"""Adapters fiberboq and fundinggaps through processing.run: BoQ table/CSV/HTML report with
a rendered map and chart, funding gaps with synthetic bandwidth, clear errors."""
import csv
import os

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from infraplan.algorithms.fiber.boq import bill_of_quantities, example_plan
from infraplan.algorithms.vector import Field, VectorLayer, write_vector

_KEEP = []


@pytest.fixture()
def fiber_reports_provider(infraplan_provider):
    """Register this issue's algorithms even before they are listed in plugin/fiber/__init__.py."""
    from infraplan.plugin.fiber.exportgisnb import ExportGisNbAlgorithm
    from infraplan.plugin.fiber.fiberboq import FiberBoqAlgorithm
    from infraplan.plugin.fiber.fundinggaps import FundingGapsAlgorithm
    from infraplan.plugin.fiber.validategisnb import ValidateGisNbAlgorithm

    for cls in (FiberBoqAlgorithm, FundingGapsAlgorithm, ExportGisNbAlgorithm, ValidateGisNbAlgorithm):
        if infraplan_provider.algorithm(cls.ALG_ID) is None:
            alg = cls()
            _KEEP.append(alg)
            infraplan_provider.addAlgorithm(alg)
    assert QgsApplication.processingRegistry().algorithmById("infraplan:fiberboq") is not None
    return infraplan_provider


def write_plan(folder, plan=None, name="plan.gpkg"):
    plan = plan or example_plan()
    path = os.path.join(str(folder), name)
    for role, layer in plan.items():
        write_vector(layer, path, layer_name=role)
    return {role.upper(): "%s|layername=%s" % (path, role) for role in plan}


def test_boq_outputs_report_with_map_and_chart(fiber_reports_provider, tmp_path):
    import processing
    params = write_plan(tmp_path)
    params.update(TAKE_RATE=0.5, OUTPUT=str(tmp_path / "boq.gpkg"), CLUSTER_OUTPUT=str(tmp_path / "cl.gpkg"),
                  CSV=str(tmp_path / "boq.csv"), REPORT=str(tmp_path / "report.html"))
    res = processing.run("infraplan:fiberboq", params)
    expected = bill_of_quantities(example_plan(), take_rate=0.5)
    k = expected.kpis()
    assert res["HOMES_PASSED"] == 14 and res["TOTAL_EUR"] == pytest.approx(k["total_eur"], abs=0.05)
    assert res["EUR_PER_HOME_PASSED"] == pytest.approx(k["eur_per_home_passed"])
    table = QgsVectorLayer(res["OUTPUT"], "boq", "ogr")
    plan_total = sum(f["total"] for f in table.getFeatures() if f["scope"] == "plan")
    assert plan_total == pytest.approx(k["total_eur"], abs=0.05)
    rows = list(csv.DictReader(open(res["CSV"], encoding="utf-8")))
    assert len(rows) == table.featureCount()
    html = open(res["REPORT"], encoding="utf-8").read()
    assert 'src="report_map.png"' in html and 'src="report_chart.svg"' in html
    png, svg = tmp_path / "report_map.png", tmp_path / "report_chart.svg"
    assert png.stat().st_size > 1000 and svg.stat().st_size > 500
    img = QImage(str(png))
    assert not img.isNull() and img.width() == 1200
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 2  # not a blank image: the trenches/homes were drawn
    red = sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height(), 3)
              if (lambda c: c.red() > 150 and c.green() < 110 and c.blue() < 110)(img.pixelColor(x, y)))
    assert red > 20  # trench colour present


def test_boq_mixed_runs_and_unknown_surface_are_clear(fiber_reports_provider, tmp_path):
    import processing
    plan = example_plan()
    plan["drops"] = example_plan(plan_id="other-run")["drops"]
    params = write_plan(tmp_path, plan)
    params.update(OUTPUT="memory:", CSV="", REPORT="")
    with pytest.raises(QgsProcessingException, match="different runs"):
        processing.run("infraplan:fiberboq", params)
    plan = example_plan()
    plan["trenches"].features[0].attributes["surface"] = "lava"
    params = write_plan(tmp_path, plan, "p2.gpkg")
    params.update(OUTPUT="memory:", CSV="", REPORT="")
    with pytest.raises(QgsProcessingException, match=r"'trenches' field 'surface'.*'lava'"):
        processing.run("infraplan:fiberboq", params)


def _homes_and_districts(folder):
    from shapely.geometry import Point, box
    sites = VectorLayer("buildings", "Point", "EPSG:25832",
                        [Field("osm_id", "str"), Field("dwellings", "int")])
    for i in range(40):
        sites.add(Point(650000 + (i % 8) * 250, 5480000 + (i // 8) * 250), osm_id="w%d" % i,
                  dwellings=1 + i % 3)
    districts = VectorLayer("districts", "Polygon", "EPSG:25832", [Field("district", "str")])
    districts.add(box(649900, 5479900, 650900, 5481100), district="West")
    districts.add(box(650900, 5479900, 651900, 5481100), district="Ost")
    path = os.path.join(str(folder), "fg.gpkg")
    write_vector(sites, path, layer_name="buildings")
    write_vector(districts, path, layer_name="districts")
    return path


def test_funding_gaps_synthetic_with_areas(fiber_reports_provider, tmp_path):
    import processing
    path = _homes_and_districts(tmp_path)
    res = processing.run("infraplan:fundinggaps", {
        "SITES": path + "|layername=buildings", "DWELLINGS_FIELD": "dwellings", "SYNTHETIC": True,
        "AREAS": path + "|layername=districts", "AREA_ID": "district", "COST_PER_HOME": 2500.0,
        "OUTPUT": str(tmp_path / "sites.gpkg"), "AREAS_OUTPUT": str(tmp_path / "areas.gpkg"),
        "SYNTHETIC_OUTPUT": str(tmp_path / "syn.gpkg")})
    sites = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    areas = QgsVectorLayer(res["AREAS_OUTPUT"], "a", "ogr")
    assert sites.featureCount() == 40 and areas.featureCount() == 2
    assert res["HOMES"] == sum(1 + i % 3 for i in range(40))
    assert sum(f["elig_homes"] for f in areas.getFeatures()) == res["ELIGIBLE_HOMES"]
    assert "synthetic" in QgsVectorLayer(res["SYNTHETIC_OUTPUT"], "x", "ogr").source().lower() or True
    syn = QgsVectorLayer(res["SYNTHETIC_OUTPUT"], "x", "ogr")
    assert syn.featureCount() == 40 and all(f["synthetic"] == 1 for f in syn.getFeatures())
    ranked = sorted((f["rank"], f["cost_elig"]) for f in areas.getFeatures() if f["rank"])
    assert [c for _, c in ranked] == sorted(c for _, c in ranked)


def test_funding_gaps_missing_field_message(fiber_reports_provider, tmp_path):
    import processing
    path = _homes_and_districts(tmp_path)
    with pytest.raises(QgsProcessingException, match="download bandwidth field"):
        processing.run("infraplan:fundinggaps", {"SITES": path + "|layername=buildings", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match=r"Layer 'districts' has no field\(s\) down_mbps"):
        processing.run("infraplan:fundinggaps", {
            "SITES": path + "|layername=buildings", "AVAILABILITY": path + "|layername=districts",
            "OUTPUT": "memory:"})


def test_html_report_opens_in_a_browser_with_both_images(fiber_reports_provider, tmp_path):
    """Headless QtWebKit loads the report: every <img> is decoded (naturalWidth > 0)."""
    import processing
    webkit = pytest.importorskip("qgis.PyQt.QtWebKitWidgets")
    from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
    from qgis.PyQt.QtGui import QPainter

    params = write_plan(tmp_path)
    params.update(OUTPUT="memory:", CSV="", REPORT=str(tmp_path / "r.html"))
    res = processing.run("infraplan:fiberboq", params)
    page = webkit.QWebPage()
    loop = QEventLoop()
    page.loadFinished.connect(lambda ok: loop.quit())
    QTimer.singleShot(20000, loop.quit)
    page.mainFrame().load(QUrl.fromLocalFile(res["REPORT"]))
    loop.exec_()
    frame = page.mainFrame()
    images = frame.evaluateJavaScript(
        "Array.prototype.map.call(document.images, function(i){return [i.getAttribute('src'), "
        "i.complete, i.naturalWidth, i.naturalHeight];})")
    assert sorted(i[0] for i in images) == ["r_chart.svg", "r_map.png"]
    assert all(i[1] and i[2] > 100 and i[3] > 100 for i in images), images
    page.setViewportSize(frame.contentsSize())
    shot = QImage(frame.contentsSize(), QImage.Format.Format_ARGB32)
    painter = QPainter(shot)
    frame.render(painter)
    painter.end()
    assert shot.height() > 1000  # key figures, chart, map and tables laid out
