"""make demo, step 1 (data): planning layers from the raw municipal data.

With the raw folder (``ctx.raw``): prepareosm on the OSM extract inside the sample area,
estimatedwellings with the Zensus 2022 100 m grid, preparedem (DEM + DSM) from the SRTM
tile. Without it: estimatedwellings and preparedem on the shipped test_data/. The
produced layers replace the test_data defaults in ``ctx.layers`` for the later steps.
"""
import os

OSM_LAYERS = ["buildings", "addresses", "streets", "green", "water", "waterways", "landcover",
              "trees", "masts", "facilities", "rejected"]


def _table(gpkg, name):
    return "ogr:dbname='%s' table=\"%s\" (geom)" % (gpkg, name)


def _count(source, where=None):
    from osgeo import ogr

    path, _, layer = source.partition("|layername=")
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    if where:
        lyr.SetAttributeFilter(where)
    n = lyr.GetFeatureCount()
    ds = None
    return n


def _sum(source, field, where=None):
    from osgeo import ogr

    path, _, layer = source.partition("|layername=")
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    if where:
        lyr.SetAttributeFilter(where)
    total = 0.0
    for f in lyr:
        v = f.GetField(field) if field != "$length" else f.GetGeometryRef().Length()
        total += v or 0
    ds = None
    return total


def _layer_source(result, key):
    """qgis_process returns 'file.gpkg|layername=x' (or just the file) for sinks."""
    return result["results"][key]


def run(ctx):
    lines = []
    sample = os.path.join(ctx.test_data, "lauf.gpkg")
    area = sample + "|layername=area"
    if ctx.raw:
        osm_gpkg = ctx.path("data_osm.gpkg")
        if os.path.exists(osm_gpkg):
            os.remove(osm_gpkg)
        params = {"INPUT": os.path.join(ctx.raw, "lauf-200115.osm.pbf"), "AREA": area,
                  "CRS": "EPSG:25832", "STOREY_HEIGHT": 3.0}
        for name in OSM_LAYERS:
            params[name.upper()] = _table(osm_gpkg, name)
        res = ctx.runner.run("infraplan:prepareosm", params)
        ctx.output("data", osm_gpkg)
        src = {name: _layer_source(res, name.upper()) for name in OSM_LAYERS}
        for name in OSM_LAYERS:
            if name != "rejected":
                ctx.layers[name] = src[name]
        n_b = _count(src["buildings"])
        n_a, n_un = _count(src["addresses"]), _count(src["addresses"], "matched = 0")
        km = _sum(src["streets"], "$length") / 1000.0
        km_main = _sum(src["streets"], "$length", "component = 0") / 1000.0
        lines.append("prepareosm: %d buildings (%d residential), %d addresses (%d unmatched), "
                     "%.1f km streets (main network %.1f %%), %d rejected OSM features"
                     % (n_b, _count(src["buildings"], "resident = 1"), n_a, n_un, km,
                        100.0 * km_main / km if km else 0.0, _count(src["rejected"])))
        buildings_in = src["buildings"]
        grid = os.path.join(ctx.raw, "lauf_pegnitz_zensus2022_100m.gpkg")
        dem_in = {"INPUT_PATH": "/vsizip/%s/N49E011.hgt" % os.path.join(ctx.raw, "N49E011.hgt.zip")}
    else:
        lines.append("raw data folder not found: estimatedwellings/preparedem on test_data/")
        buildings_in = sample + "|layername=buildings"
        grid = sample + "|layername=zensus_100m"
        dem_in = {"INPUT": os.path.join(ctx.test_data, "lauf_dem_10m.tif")}

    dw_gpkg = ctx.path("data_dwellings.gpkg")
    for p in (dw_gpkg,):
        if os.path.exists(p):
            os.remove(p)
    res = ctx.runner.run("infraplan:estimatedwellings", {
        "BUILDINGS": buildings_in, "GRID": grid, "COUNT_FIELD": "dwellings",
        "OUTPUT": _table(dw_gpkg, "buildings"), "CELLS": _table(dw_gpkg, "zensus_cells")})
    ctx.output("data", dw_gpkg)
    blds = _layer_source(res, "OUTPUT")
    ctx.layers["buildings"] = blds
    cells = _layer_source(res, "CELLS")
    lines.append("estimatedwellings: %d dwellings in %d buildings; %d Zensus cells distributed "
                 "exactly, %d suppressed (type defaults)"
                 % (_sum(blds, "dwellings"), _count(blds, "dwellings > 0"),
                    _count(cells, "status IN ('ok', 'nonresidential_only')"),
                    _count(cells, "status = 'suppressed'")))

    dem, dsm = ctx.path("data_dem_10m.tif"), ctx.path("data_dsm_10m.tif")
    params = dict(dem_in)
    params.update({"EXTENT": _extent(area), "CRS": "EPSG:25832", "RESOLUTION": 10, "RESAMPLING": 1,
                   "BUILDINGS": blds, "HEIGHT_FIELD": "height", "OUTPUT": dem, "OUTPUT_DSM": dsm})
    ctx.runner.run("infraplan:preparedem", params)
    ctx.output("data", dem)
    ctx.output("data", dsm)
    ctx.layers["dem"], ctx.layers["dsm"] = dem, dsm
    from osgeo import gdal

    ds = gdal.Open(dem)
    band = ds.GetRasterBand(1)
    lo, hi = band.ComputeRasterMinMax(False)
    lines.append("preparedem: DEM and DSM %d x %d cells of 10 m, elevation %.0f – %.0f m"
                 % (ds.RasterXSize, ds.RasterYSize, lo, hi))
    ds = None
    return lines


def _extent(area_source):
    """'xmin,xmax,ymin,ymax [EPSG:25832]' of the sample area plus 200 m (DEM margin)."""
    from osgeo import ogr

    path, _, layer = area_source.partition("|layername=")
    ds = ogr.Open(path)
    xmin, xmax, ymin, ymax = ds.GetLayerByName(layer).GetExtent()
    ds = None
    m = 200.0
    return "%.0f,%.0f,%.0f,%.0f [EPSG:25832]" % (xmin - m, xmax + m, ymin - m, ymax + m)
