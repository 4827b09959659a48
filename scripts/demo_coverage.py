"""make demo, step 3 (coverage): best-server RSRP/SINR for the sample's sites over Lauf,
coverage shares per district (outdoor/indoor, population, households) and a greedy
5G site selection from the candidate points, all via qgis_process.bin."""

import os


def _vec(path):
    from osgeo import ogr

    p, _, layer = str(path).partition("|layername=")
    ds = ogr.Open(p)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    rows = [{k: f.GetField(k) for k in f.keys()} for f in lyr]
    ds = None
    return rows


def _fresh(ctx, name):
    path = ctx.path(name)
    for p in (path, os.path.splitext(path)[0] + ".qml"):
        if os.path.exists(p):
            os.remove(p)
    return path


def _out(ctx, res, key):
    return ctx.output("coverage", str(res[key]).split("|")[0])


def run(ctx):
    layers = ctx.layers
    lines = []
    r = ctx.runner.run(
        "infraplan:coverage",
        {
            "SITES": layers["sites"],
            "DEM": layers["dem"],
            "DSM": layers["dsm"],
            "MODEL": 0,
            "RESOLUTION": 10,
            "RX_HEIGHT": 1.5,
            "MAX_RADIUS": 3000,
            "DIFFRACTION": 0,
            "THRESHOLDS": "-95,-105,-115",
            "OUTPUT_RSRP": _fresh(ctx, "coverage_rsrp.tif"),
            "OUTPUT_SERVER": _fresh(ctx, "coverage_server.tif"),
            "OUTPUT_SINR": _fresh(ctx, "coverage_sinr.tif"),
            "OUTPUT_NSERVERS": _fresh(ctx, "coverage_nservers.tif"),
            "OUTPUT_CLASSES": _fresh(ctx, "coverage_classes.gpkg"),
            "OUTPUT_SECTORS": _fresh(ctx, "coverage_sectors.gpkg"),
            "OUTPUT_REJECTED": _fresh(ctx, "coverage_rejected.gpkg"),
        },
    )
    res = r["results"]
    for k in (
        "OUTPUT_RSRP",
        "OUTPUT_SERVER",
        "OUTPUT_SINR",
        "OUTPUT_NSERVERS",
        "OUTPUT_CLASSES",
        "OUTPUT_SECTORS",
    ):
        _out(ctx, res, k)
    sectors = _vec(res["OUTPUT_SECTORS"])
    rejected = _vec(res["OUTPUT_REJECTED"])
    lines.append(
        "Coverage (3GPP 38.901 UMa, LOS/NLOS from the DSM, 10 m, rx 1.5 m, radius 3 km): "
        "%d sectors computed, %d rejected" % (len(sectors), len(rejected))
    )
    r = ctx.runner.run(
        "infraplan:coveragestats",
        {
            "RSRP": res["OUTPUT_RSRP"],
            "THRESHOLDS": "-95,-105,-115",
            "HOLE_THRESHOLD": -115,
            "DISTRICTS": layers["districts"],
            "DISTRICT_FIELD": "district",
            "POPULATION": layers["zensus_1km"],
            "POPULATION_FIELD": "einwohner",
            "BUILDINGS": layers["buildings"],
            "HOUSEHOLDS_FIELD": "dwellings",
            "FREQ_MHZ": 1800,
            "OUTPUT": _fresh(ctx, "coverage_stats.gpkg"),
            "OUTPUT_HOLES": _fresh(ctx, "coverage_holes.gpkg"),
        },
    )
    st = r["results"]
    _out(ctx, st, "OUTPUT")
    _out(ctx, st, "OUTPUT_HOLES")
    rows = _vec(st["OUTPUT"])
    for env in ("outdoor", "indoor"):
        sel = [a for a in rows if a["district"] == "all" and a["env"] == env]
        lines.append(
            "%s: " % env.capitalize()
            + "; ".join(
                "%s area %.1f %% / pop %.1f %% / households %.1f %%"
                % (a["label"], 100 * a["area_share"], 100 * a["pop_share"], 100 * a["hh_share"])
                for a in sel
            )
        )
    holes = _vec(st["OUTPUT_HOLES"])
    if holes:
        top = holes[0]
        lines.append(
            "Coverage holes (< -115 dBm): %d polygons, %.2f km², %.0f inhabitants; largest by "
            "population: %.0f inhabitants on %.2f km² (%s)"
            % (
                len(holes),
                sum(h["area_m2"] for h in holes) / 1e6,
                sum(h["population"] for h in holes),
                top["population"],
                top["area_m2"] / 1e6,
                top["district"] or "-",
            )
        )
    r = ctx.runner.run(
        "infraplan:siteselection",
        {
            "CANDIDATES": layers["candidates"],
            "ID_FIELD": "cand_id",
            "DEM": layers["dem"],
            "DSM": layers["dsm"],
            "POPULATION": layers["zensus_1km"],
            "POPULATION_FIELD": "einwohner",
            "EXISTING": layers["sites"],
            "K": 3,
            "THRESHOLD": -105,
            "MODEL": 0,
            "RESOLUTION": 25,
            "MAX_RADIUS": 1500,
            "OUTPUT": _fresh(ctx, "coverage_selected_sites.gpkg"),
        },
    )
    sel = sorted(_vec(_out(ctx, r["results"], "OUTPUT")), key=lambda a: a["rank"])
    lines.append(
        "Site selection (lazy greedy + swap, NR 3.6 GHz omni, RSRP >= -105 dBm): "
        + ", ".join(
            "#%d %s +%.0f inh. (-> %.1f %%)" % (a["rank"], a["cand_id"], a["gain"], 100 * a["cum_share"])
            for a in sel
        )
    )
    return lines
