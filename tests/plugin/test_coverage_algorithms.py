"""Coverage adapters through processing.run on the sample data (or a synthetic DEM)."""

import os

import numpy as np
import pytest

pytest.importorskip("qgis.core")
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer  # noqa: E402

from infraplan.plugin.provider import InfraPlanProvider  # noqa: E402


@pytest.fixture(scope="module")
def provider(qgis_processing):
    reg = QgsApplication.processingRegistry()
    p = reg.providerById("infraplan")
    if p is None:
        p = InfraPlanProvider()
        reg.addProvider(p)
    return p


@pytest.fixture(scope="module")
def sample(test_data_dir):
    gpkg = os.path.join(test_data_dir, "lauf.gpkg")
    dem = os.path.join(test_data_dir, "lauf_dem_10m.tif")
    dsm = os.path.join(test_data_dir, "lauf_dsm_10m.tif")
    if not all(os.path.exists(p) for p in (gpkg, dem, dsm)):
        pytest.skip("sample data not built")
    return dict(gpkg=gpkg, dem=dem, dsm=dsm, layer=lambda n: "%s|layername=%s" % (gpkg, n))


def test_algorithms_registered(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"infraplan:coverage", "infraplan:coveragestats", "infraplan:siteselection"} <= ids
    for alg_id in ("infraplan:coverage", "infraplan:coveragestats", "infraplan:siteselection"):
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        assert alg.shortHelpString() and alg.group() == "Coverage"
        for p in alg.parameterDefinitions():
            assert p.description(), (alg_id, p.name())


def test_coverage_and_stats_via_processing(provider, sample, tmp_path):
    import processing

    from infraplan.algorithms.raster import read_raster

    out = {k: str(tmp_path / (k + ".tif")) for k in ("rsrp", "server", "sinr", "nserv")}
    res = processing.run(
        "infraplan:coverage",
        {
            "SITES": sample["layer"]("sites"),
            "DEM": sample["dem"],
            "DSM": sample["dsm"],
            "MODEL": 0,
            "RESOLUTION": 20.0,
            "MAX_RADIUS": 1500.0,
            "DIFFRACTION": 0,
            "THRESHOLDS": "-95,-105,-115",
            "OUTPUT_RSRP": out["rsrp"],
            "OUTPUT_SERVER": out["server"],
            "OUTPUT_SINR": out["sinr"],
            "OUTPUT_NSERVERS": out["nserv"],
            "OUTPUT_CLASSES": str(tmp_path / "classes.gpkg"),
            "OUTPUT_SECTORS": str(tmp_path / "sectors.gpkg"),
            "OUTPUT_REJECTED": str(tmp_path / "rej.gpkg"),
        },
    )
    rsrp = read_raster(res["OUTPUT_RSRP"])
    assert rsrp.cellsize == 20.0
    valid = rsrp.array[rsrp.array != -9999]
    assert valid.size > 1000 and -160 < valid.min() and valid.max() < -20
    assert os.path.exists(os.path.splitext(out["rsrp"])[0] + ".qml")  # style sidecar
    server = read_raster(res["OUTPUT_SERVER"]).array
    sectors = QgsVectorLayer(res["OUTPUT_SECTORS"], "s", "ogr")
    assert sectors.featureCount() == 12
    assert server.max() == 11 and server.min() >= -1
    classes = QgsVectorLayer(res["OUTPUT_CLASSES"], "c", "ogr")
    assert classes.featureCount() > 0
    stats = processing.run(
        "infraplan:coveragestats",
        {
            "RSRP": res["OUTPUT_RSRP"],
            "THRESHOLDS": "-95,-105,-115",
            "HOLE_THRESHOLD": -115.0,
            "DISTRICTS": sample["layer"]("districts"),
            "DISTRICT_FIELD": "district",
            "POPULATION": sample["layer"]("zensus_1km"),
            "POPULATION_FIELD": "einwohner",
            "BUILDINGS": sample["layer"]("buildings"),
            "HOUSEHOLDS_FIELD": "dwellings",
            "OUTPUT": str(tmp_path / "stats.gpkg"),
            "OUTPUT_HOLES": str(tmp_path / "holes.gpkg"),
        },
    )
    table = QgsVectorLayer(stats["OUTPUT"], "t", "ogr")
    rows = [f for f in table.getFeatures() if f["district"] == "all" and f["env"] == "outdoor"]
    assert len(rows) == 4
    assert sum(f["area_share"] for f in rows) == pytest.approx(1.0, abs=1e-3)
    assert sum(f["pop_share"] for f in rows) == pytest.approx(1.0, abs=1e-3)
    holes = QgsVectorLayer(stats["OUTPUT_HOLES"], "h", "ogr")
    assert holes.featureCount() > 0


def test_coverage_rejects_bad_sites(provider, sample, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QVariant

    lay = QgsVectorLayer("Point?crs=EPSG:4326", "bad", "memory")
    pr = lay.dataProvider()
    pr.addAttributes(
        [
            QgsField("sector_id", QVariant.String),
            QgsField("height", QVariant.Double),
            QgsField("freq_mhz", QVariant.Double),
        ]
    )
    lay.updateFields()
    for sid, xy, h, f in [
        ("ok", (11.28, 49.51), 25.0, 3600.0),
        ("below", (11.28, 49.51), -5.0, 3600.0),
        ("far", (13.4, 52.5), 25.0, 3600.0),
        ("freq", (11.28, 49.51), 25.0, 200000.0),
    ]:
        ft = QgsFeature(lay.fields())
        ft.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
        ft.setAttributes([sid, h, f])
        pr.addFeature(ft)
    res = processing.run(
        "infraplan:coverage",
        {
            "SITES": lay,
            "DEM": sample["dem"],
            "MODEL": 0,
            "RESOLUTION": 50.0,
            "MAX_RADIUS": 800.0,
            "OUTPUT_RSRP": str(tmp_path / "r.tif"),
            "OUTPUT_REJECTED": str(tmp_path / "rej.gpkg"),
            "OUTPUT_SECTORS": str(tmp_path / "sec.gpkg"),
        },
    )
    rej = {
        f["sector_id"]: f["reason"] for f in QgsVectorLayer(res["OUTPUT_REJECTED"], "r", "ogr").getFeatures()
    }
    assert set(rej) == {"below", "far", "freq"}
    assert "outside the elevation raster" in rej["far"]
    assert QgsVectorLayer(res["OUTPUT_SECTORS"], "s", "ogr").featureCount() == 1


def test_coverage_bad_thresholds_message(provider, sample, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run(
            "infraplan:coverage",
            {
                "SITES": sample["layer"]("sites"),
                "DEM": sample["dem"],
                "THRESHOLDS": "strong,weak",
                "OUTPUT_RSRP": str(tmp_path / "r.tif"),
            },
        )


def test_siteselection_via_processing(provider, sample, tmp_path):
    import processing

    res = processing.run(
        "infraplan:siteselection",
        {
            "CANDIDATES": sample["layer"]("candidates"),
            "ID_FIELD": "cand_id",
            "DEM": sample["dem"],
            "DSM": sample["dsm"],
            "POPULATION": sample["layer"]("zensus_1km"),
            "POPULATION_FIELD": "einwohner",
            "EXISTING": sample["layer"]("sites"),
            "K": 2,
            "THRESHOLD": -100.0,
            "MODEL": 0,
            "RESOLUTION": 20.0,
            "MAX_RADIUS": 1000.0,
            "OUTPUT": str(tmp_path / "sel.gpkg"),
        },
    )
    sel = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    feats = sorted(sel.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in feats] == [1, 2]
    gains = [f["gain"] for f in feats]
    assert gains[0] >= gains[1] > 0
    assert np.all(np.diff([f["cum_share"] for f in feats]) > 0)
