"""Climate adapters through processing.run on small synthetic inputs; styles load."""

import glob
import os

import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from infraplan.algorithms.raster import Raster, read_raster, write_raster
from infraplan.algorithms.vector import Field, VectorLayer, read_vector, write_vector

X0, Y0 = 662000.0, 5489000.0
CRS = "EPSG:25832"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("climate")
    n = 60
    y, x = np.mgrid[0:n, 0:n]
    z = (300 + x * 0.05 + np.sin(y / 7.0) + np.random.default_rng(1).random((n, n)) * 0.2).astype(np.float32)
    z[20:26, 20:26] -= 1.5
    dem = str(d / "dem.tif")
    write_raster(Raster(z, (X0, 10.0, 0, Y0, 0, -10.0), CRS, -9999.0), dem)
    geo = str(d / "dem4326.tif")
    write_raster(Raster(z, (11.2, 0.0001, 0, 49.5, 0, -0.0001), "EPSG:4326", -9999.0), geo)
    gpkg = str(d / "in.gpkg")
    b = VectorLayer(
        "buildings",
        "Polygon",
        CRS,
        [
            Field("osm_id", "str"),
            Field("height", "float"),
            Field("resident", "int"),
            Field("dwellings", "int"),
        ],
    )
    for i in range(5):
        for j in range(5):
            x0, y0 = X0 + 100 + i * 80, Y0 - 100 - j * 80
            b.add(
                box(x0, y0 - 15, x0 + 15, y0),
                osm_id="b%d%d" % (i, j),
                height=None if i == 0 else 9.0,
                resident=1,
                dwellings=3,
            )
    write_vector(b, gpkg, layer_name="buildings")
    lc = VectorLayer("landcover", "Polygon", CRS, [Field("lc_class", "str"), Field("impervious", "float")])
    lc.add(box(X0, Y0 - 600, X0 + 300, Y0), lc_class="residential", impervious=0.6)
    lc.add(box(X0 + 300, Y0 - 600, X0 + 600, Y0), lc_class="forest", impervious=0.0)
    write_vector(lc, gpkg, layer_name="landcover")
    s = VectorLayer("streets", "LineString", CRS, [Field("highway", "str")])
    for j in range(6):
        s.add(LineString([(X0, Y0 - 70 - j * 80), (X0 + 600, Y0 - 70 - j * 80)]), highway="residential")
    s.add(LineString([(X0 + 50, Y0), (X0 + 50, Y0 - 600)]), highway="residential")
    write_vector(s, gpkg, layer_name="streets")
    g = VectorLayer("green", "Polygon", CRS, [Field("public", "int")])
    g.add(box(X0 + 400, Y0 - 300, X0 + 500, Y0 - 200), public=1)
    write_vector(g, gpkg, layer_name="green")
    f = VectorLayer("facilities", "Point", CRS, [Field("fac_type", "str")])
    f.add(Point(X0 + 150, Y0 - 150), fac_type="school")
    write_vector(f, gpkg, layer_name="facilities")
    dist = VectorLayer("districts", "Polygon", CRS, [Field("district", "str")])
    dist.add(box(X0, Y0 - 600, X0 + 600, Y0), district="Mitte")
    write_vector(dist, gpkg, layer_name="districts")
    return dict(dir=d, dem=dem, geo=geo, gpkg=gpkg, lyr=lambda name: "%s|layername=%s" % (gpkg, name))


def test_sinks_and_ponding(infraplan_provider, inputs):
    import processing

    d = inputs["dir"]
    res = processing.run(
        "infraplan:sinks",
        {
            "DEM": inputs["dem"],
            "BUILDINGS": inputs["lyr"]("buildings"),
            "RAISE_BUILDINGS": True,
            "OUTPUT_SINKS": str(d / "sinks.gpkg"),
            "OUTPUT_FLOWPATHS": str(d / "paths.gpkg"),
            "OUTPUT_BUILDINGS": str(d / "affected.gpkg"),
            "OUTPUT_DEPTH": str(d / "depth.tif"),
        },
    )
    sinks = read_vector(res["OUTPUT_SINKS"])
    assert len(sinks) >= 1
    big = max(sinks.features, key=lambda f: f.attributes["volume_m3"]).attributes
    assert big["max_depth"] > 1.0 and big["pour_z"] == pytest.approx(big["fill_level"])
    assert len(read_vector(res["OUTPUT_FLOWPATHS"])) > 0
    depth = read_raster(res["OUTPUT_DEPTH"])
    assert np.nanmax(depth.array) == pytest.approx(big["max_depth"], rel=1e-5)
    assert os.path.exists(str(d / "depth.qml"))  # style sidecar
    res = processing.run(
        "infraplan:ponding",
        {
            "DEM": inputs["dem"],
            "RAIN_MM": 90.0,
            "LANDCOVER": inputs["lyr"]("landcover"),
            "BUILDINGS": inputs["lyr"]("buildings"),
            "OUTPUT_DEPTH": str(d / "pond.tif"),
            "OUTPUT_SINKS": str(d / "pond_sinks.gpkg"),
        },
    )
    total = res["PONDED_M3"] + res["OUTFLOW_M3"] + res["INFILTRATED_M3"]
    assert abs(res["RAIN_M3"] - total) / res["RAIN_M3"] < 1e-6
    assert res["BALANCE_ERROR"] < 1e-6
    assert res["RAIN_M3"] == pytest.approx(0.09 * 3600 * 100)


def test_geographic_dem_refused(infraplan_provider, inputs):
    import processing
    from qgis.core import QgsProcessingException

    d = inputs["dir"]
    with pytest.raises(QgsProcessingException):
        processing.run(
            "infraplan:sinks",
            {
                "DEM": inputs["geo"],
                "OUTPUT_SINKS": str(d / "x.gpkg"),
                "OUTPUT_FLOWPATHS": str(d / "y.gpkg"),
                "OUTPUT_DEPTH": str(d / "x.tif"),
            },
        )
    assert not os.path.exists(str(d / "x.tif")) and not os.path.exists(str(d / "x.gpkg"))


def test_heat_green_zones_chain(infraplan_provider, inputs):
    import processing

    d, lyr = inputs["dir"], inputs["lyr"]
    heat = processing.run(
        "infraplan:heatrisk",
        {
            "LANDCOVER": lyr("landcover"),
            "BUILDINGS": lyr("buildings"),
            "FACILITIES": lyr("facilities"),
            "CELL_SIZE": 20.0,
            "OUTPUT_RISK": str(d / "risk.tif"),
            "OUTPUT_TAIR": str(d / "tair.tif"),
            "OUTPUT_AREAS": str(d / "heatareas.gpkg"),
        },
    )
    risk = read_raster(heat["OUTPUT_RISK"]).array
    assert set(np.unique(risk)) <= {1, 2, 3, 4, 5}
    tair = read_raster(heat["OUTPUT_TAIR"]).array
    assert tair[:, :10].mean() > tair[:, -10:].mean()  # built-up west warmer than the forest
    ga = processing.run(
        "infraplan:greenaccess",
        {
            "BUILDINGS": lyr("buildings"),
            "STREETS": lyr("streets"),
            "GREEN": lyr("green"),
            "OUTPUT": str(d / "green.gpkg"),
        },
    )
    out = read_vector(ga["OUTPUT"])
    assert len(out) == 25
    assert ga["INHABITANTS_WITHOUT_300"] == pytest.approx(
        sum(f.attributes["inhabitants"] for f in out.features if not f.attributes["ok_300"])
    )
    zones = processing.run(
        "infraplan:adaptationzones",
        {
            "HEAT_RISK": heat["OUTPUT_RISK"],
            "PONDING": str(d / "pond.tif") if os.path.exists(str(d / "pond.tif")) else None,
            "GREEN_ACCESS": ga["OUTPUT"],
            "DISTRICTS": lyr("districts"),
            "MIN_SCORE": 0.1,
            "OUTPUT": str(d / "zones.gpkg"),
            "OUTPUT_DISTRICTS": str(d / "zsum.gpkg"),
        },
    )
    z = read_vector(zones["OUTPUT"])
    assert len(z) >= 1
    ranks = [f.attributes["rank"] for f in z.features]
    assert sorted(ranks) == list(range(1, len(z) + 1))


def test_climate_styles_are_valid_qml(qgis_app):
    from qgis.core import QgsVectorLayer

    styles = sorted(
        glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "resources", "styles", "climate_*.qml"))
    )
    assert len(styles) >= 8
    for qml in styles:
        name = os.path.basename(qml)
        if name in (
            "climate_depth.qml",
            "climate_accumulation.qml",
            "climate_heatrisk.qml",
            "climate_tair.qml",
            "climate_hm.qml",
        ):
            continue  # raster styles: checked by loading onto a raster below
        lyr = QgsVectorLayer(
            "Polygon?crs=EPSG:25832&field=max_depth:double&field=class:int"
            "&field=reason:string&field=rule_3_30_300:int&field=priority:string"
            "&field=risk_class:int",
            "t",
            "memory",
        )
        msg, ok = lyr.loadNamedStyle(qml)
        assert ok, (name, msg)
        assert lyr.renderer() is not None and lyr.renderer().type() in (
            "graduatedSymbol",
            "categorizedSymbol",
        )


def test_raster_styles(qgis_app, inputs):
    from qgis.core import QgsRasterLayer

    base = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "styles")
    lyr = QgsRasterLayer(inputs["dem"], "dem")
    for name, kind in (
        ("climate_depth", "singlebandpseudocolor"),
        ("climate_heatrisk", "paletted"),
        ("climate_tair", "singlebandpseudocolor"),
        ("climate_accumulation", "singlebandpseudocolor"),
    ):
        msg, ok = lyr.loadNamedStyle(os.path.join(base, name + ".qml"))
        assert ok, (name, msg)
        assert lyr.renderer().type() == kind


def test_cancel_leaves_no_output(infraplan_provider, inputs):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    d = inputs["dir"]
    fb = QgsProcessingFeedback()
    fb.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run(
            "infraplan:ponding",
            {
                "DEM": inputs["dem"],
                "RAIN_MM": 30.0,
                "OUTPUT_DEPTH": str(d / "canceled.tif"),
                "OUTPUT_SINKS": str(d / "canceled.gpkg"),
            },
            feedback=fb,
        )
    assert not os.path.exists(str(d / "canceled.tif"))
    assert not os.path.exists(str(d / "canceled.gpkg"))
