"""make demo, step 4 (climate): heavy-rain sinks, 100-year rain ponding, heat risk, green
access (3-30-300) and ranked adaptation zones for Lauf a.d. Pegnitz via qgis_process.bin."""

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


def run(ctx):
    L = ctx.layers  # noqa: N806
    lines = []
    r = ctx.runner.run(
        "infraplan:sinks",
        {
            "DEM": L["dem"],
            "BUILDINGS": L["buildings"],
            "RAISE_BUILDINGS": True,
            "OUTPUT_SINKS": _fresh(ctx, "climate_sinks.gpkg"),
            "OUTPUT_FLOWPATHS": _fresh(ctx, "climate_flowpaths.gpkg"),
            "OUTPUT_BUILDINGS": _fresh(ctx, "climate_affected_buildings.gpkg"),
            "OUTPUT_DEPTH": _fresh(ctx, "climate_sink_depth.tif"),
        },
    )
    res = r["results"]
    for k in ("OUTPUT_SINKS", "OUTPUT_FLOWPATHS", "OUTPUT_BUILDINGS", "OUTPUT_DEPTH"):
        ctx.output("climate", str(res[k]).split("|")[0])
    sinks = _vec(res["OUTPUT_SINKS"])
    aff = _vec(res["OUTPUT_BUILDINGS"])
    paths = _vec(res["OUTPUT_FLOWPATHS"])
    deep = sum(1 for s in sinks if s["max_depth"] >= 0.5)
    lines.append(
        "Sinks (>= 0.2 m, 4 m², 2 m³, buildings raised): %d, %d deeper than 0.5 m, "
        "total volume %.0f m³" % (len(sinks), deep, sum(s["volume_m3"] for s in sinks))
    )
    lines.append(
        "Flow paths: %d lines (%d with catchment >= 10 ha); affected buildings: %d in/next "
        "to sinks, %d within 20 m of a flow path >= 1 ha"
        % (
            len(paths),
            sum(1 for p in paths if p["class"] == 3),
            sum(1 for a in aff if a["sink_id"]),
            sum(1 for a in aff if a["flow_dist"] is not None),
        )
    )
    rains = [("100-year hourly rain (≈45 mm)", 45.0), ("extreme event 90 mm", 90.0)]
    pond_path = None
    for label, mm in rains:
        name = "climate_ponding_%dmm.tif" % mm
        r = ctx.runner.run(
            "infraplan:ponding",
            {
                "DEM": L["dem"],
                "RAIN_MM": mm,
                "LANDCOVER": L["landcover"],
                "BUILDINGS": L["buildings"],
                "OUTPUT_DEPTH": _fresh(ctx, name),
            },
        )
        res = r["results"]
        ctx.output("climate", res["OUTPUT_DEPTH"])
        pond_path = pond_path or res["OUTPUT_DEPTH"]
        lines.append(
            "Ponding %s: rain %.0f m³ = ponded %.0f + outflow %.0f + infiltrated %.0f m³ "
            "(balance error %.1e)"
            % (
                label,
                res["RAIN_M3"],
                res["PONDED_M3"],
                res["OUTFLOW_M3"],
                res["INFILTRATED_M3"],
                res["BALANCE_ERROR"],
            )
        )
    r = ctx.runner.run(
        "infraplan:heatrisk",
        {
            "LANDCOVER": L["landcover"],
            "BUILDINGS": L["buildings"],
            "TREES": L["trees"],
            "ZENSUS": L["zensus_1km"],
            "FACILITIES": L.get("facilities", L["buildings"].replace("buildings", "facilities")),
            "CELL_SIZE": 20.0,
            "OUTPUT_RISK": _fresh(ctx, "climate_heat_risk.tif"),
            "OUTPUT_TAIR": _fresh(ctx, "climate_air_temperature.tif"),
            "OUTPUT_AREAS": _fresh(ctx, "climate_heat_areas.gpkg"),
        },
    )
    res = r["results"]
    for k in ("OUTPUT_RISK", "OUTPUT_TAIR", "OUTPUT_AREAS"):
        ctx.output("climate", str(res[k]).split("|")[0])
    import numpy as np
    import rasterio

    with rasterio.open(res["OUTPUT_TAIR"]) as src:
        t = src.read(1)
    with rasterio.open(res["OUTPUT_RISK"]) as src:
        rc = src.read(1)
        cell = src.res[0]
    counts = np.bincount(rc.ravel(), minlength=6)[1:]
    lines.append(
        "Heat (InVEST HM, 20 m grid): air temperature %.1f-%.1f °C (T_ref 21 °C, UHI 3.5 K); "
        "risk classes 4-5 on %.2f km²" % (t.min(), t.max(), (counts[3] + counts[4]) * cell * cell / 1e6)
    )
    heat_risk = res["OUTPUT_RISK"]
    r = ctx.runner.run(
        "infraplan:greenaccess",
        {
            "BUILDINGS": L["buildings"],
            "STREETS": L["streets"],
            "GREEN": L["green"],
            "TREES": L["trees"],
            "LANDCOVER": L["landcover"],
            "ZENSUS": L["zensus_1km"],
            "OUTPUT": _fresh(ctx, "climate_green_access.gpkg"),
        },
    )
    res = r["results"]
    ctx.output("climate", str(res["OUTPUT"]).split("|")[0])
    ga = _vec(res["OUTPUT"])
    inh = sum(a["inhabitants"] or 0 for a in ga)
    lines.append(
        "Green access: %d residential buildings, %.0f inhabitants; %.0f (%.0f %%) without public "
        "green >= 0.5 ha within 300 m walk; 3-30-300 fully met by %d buildings"
        % (
            len(ga),
            inh,
            res["INHABITANTS_WITHOUT_300"],
            100.0 * res["INHABITANTS_WITHOUT_300"] / max(inh, 1),
            sum(1 for a in ga if a["rule_3_30_300"] == 3),
        )
    )
    green_path = res["OUTPUT"]
    r = ctx.runner.run(
        "infraplan:adaptationzones",
        {
            "HEAT_RISK": heat_risk,
            "PONDING": pond_path,
            "GREEN_ACCESS": green_path,
            "DISTRICTS": L["districts"],
            "OUTPUT": _fresh(ctx, "climate_zones.gpkg"),
            "OUTPUT_DISTRICTS": _fresh(ctx, "climate_zones_districts.gpkg"),
        },
    )
    res = r["results"]
    ctx.output("climate", str(res["OUTPUT"]).split("|")[0])
    ctx.output("climate", str(res["OUTPUT_DISTRICTS"]).split("|")[0])
    zones = _vec(res["OUTPUT"])
    drivers = {}
    for z in zones:
        drivers[z["driver"]] = drivers.get(z["driver"], 0) + 1
    top = sorted(zones, key=lambda z: z["rank"])[:3]
    lines.append(
        "Adaptation zones: %d (%d high priority), drivers %s"
        % (
            len(zones),
            sum(1 for z in zones if z["priority"] == "high"),
            ", ".join("%s %d" % kv for kv in sorted(drivers.items())),
        )
    )
    for z in top:
        lines.append(
            "  #%d %s (%s, score %.2f, %.1f ha): %s"
            % (z["rank"], z["district"] or "-", z["driver"], z["score"], z["area_ha"], z["measures"])
        )
    return lines
