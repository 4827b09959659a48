"""make demo, step "fiber reports": bill of quantities + HTML cost report, funding gaps
(Gigabit-Richtlinie 2.0, with SYNTHETIC bandwidth – the sample has no real availability
data) and the GIS-Nebenbestimmungen export with its validation, for the Lauf FTTH plan of
the fiber step.

The plan layers are taken from ``ctx.layers`` (keys ``fiber_<role>`` or ``<role>`` set by
``scripts/demo_fiber.py``), else from the fiber step's GeoPackage in ``out/``. Without a
plan only the funding-gap analysis runs.
"""
import os

ROLES = {  # parameter -> candidate ctx.layers keys / GeoPackage layer names
    "TRENCHES": ("fiber_trenches", "trenches"),
    "DROPS": ("fiber_drops", "drops"),
    "DPS": ("fiber_dps", "dps", "fiber_dp", "dp"),
    "HOMES": ("fiber_homes", "homes", "fiber_served", "served"),
    "POPS": ("fiber_pops", "fiber_pop", "pops"),
    "CLUSTERS": ("fiber_clusters", "clusters"),
}
PLAN_GPKGS = ("fiber.gpkg", "fiber_plan.gpkg", "ftth.gpkg", "ftthplan.gpkg")


def _table(gpkg, name):
    return "ogr:dbname='%s' table=\"%s\" (geom)" % (gpkg, name)


def _open(source):
    from osgeo import ogr

    path, _, layer = source.partition("|layername=")
    ds = ogr.Open(path)
    if ds is None:
        return None, None
    return ds, (ds.GetLayerByName(layer) if layer else ds.GetLayer(0))


def _rows(source, where=None):
    ds, lyr = _open(source)
    if lyr is None:
        return []
    if where:
        lyr.SetAttributeFilter(where)
    out = [f.items() for f in lyr]
    del ds
    return out


def _exists(source):
    ds, lyr = _open(source)
    ok = lyr is not None
    del ds
    return ok


def find_plan(ctx):
    """Parameter -> source of the plan layers (empty without a trench layer)."""
    plan = {}
    for key, names in ROLES.items():
        for n in names:
            if n in ctx.layers and _exists(ctx.layers[n]):
                plan[key] = ctx.layers[n]
                break
    if "TRENCHES" in plan:
        return plan
    from osgeo import ogr

    for fn in PLAN_GPKGS:
        path = ctx.path(fn)
        if not os.path.exists(path):
            continue
        ds = ogr.Open(path)
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        ds = None
        for key, cands in ROLES.items():
            for n in cands:
                if n in names:
                    plan[key] = "%s|layername=%s" % (path, n)
                    break
        if "TRENCHES" in plan:
            return plan
    return {}


def run(ctx):
    lines = []
    out_gpkg = ctx.path("fiber_reports.gpkg")
    if os.path.exists(out_gpkg):
        os.remove(out_gpkg)
    plan = find_plan(ctx)
    cost_per_home = None
    if plan:
        boq_params = dict(plan)
        boq_params.update(TAKE_RATE=0.6, OUTPUT=_table(out_gpkg, "boq"),
                          CLUSTER_OUTPUT=_table(out_gpkg, "boq_clusters"),
                          CSV=ctx.path("fiber_boq.csv"), REPORT=ctx.path("fiber_report.html"))
        res = ctx.runner.run("infraplan:fiberboq", boq_params)["results"]
        for p in (ctx.path("fiber_boq.csv"), ctx.path("fiber_report.html"),
                  ctx.path("fiber_report_map.png"), ctx.path("fiber_report_chart.svg")):
            ctx.output("fiber reports", p)
        cost_per_home = res.get("EUR_PER_HOME_PASSED")
        lines.append("fiberboq: total %.2f M€, %d homes passed, %.0f homes connected (take rate 60 %%), "
                     "%.0f € per home passed, %.0f € per home connected"
                     % (res["TOTAL_EUR"] / 1e6, res["HOMES_PASSED"], res["HOMES_CONNECTED"],
                        res["EUR_PER_HOME_PASSED"] or 0, res["EUR_PER_HOME_CONNECTED"] or 0))
        clusters = _rows(res["CLUSTER_OUTPUT"]) if "CLUSTER_OUTPUT" in res else []
        cl = [r for r in clusters if r["scope"] not in ("plan", "feeder") and r["eur_passed"]]
        if cl:
            cl.sort(key=lambda r: r["eur_passed"])
            lines.append("fiberboq: %d clusters, € per home passed from %.0f (%s) to %.0f (%s)" % (
                len(cl), cl[0]["eur_passed"], cl[0]["scope"], cl[-1]["eur_passed"], cl[-1]["scope"]))
        gisnb_dir = ctx.path("gisnb")
        exp_params = {k: v for k, v in plan.items() if k != "CLUSTERS"}
        exp_params.update(FORMAT=2, OUTPUT_FOLDER=gisnb_dir)
        res = ctx.runner.run("infraplan:exportgisnb", exp_params)["results"]
        ctx.output("fiber reports", os.path.join(gisnb_dir, "shp"))
        ctx.output("fiber reports", os.path.join(gisnb_dir, "geojson"))
        val = ctx.runner.run("infraplan:validategisnb", {
            "INPUT": os.path.join(gisnb_dir, "shp"), "OUTPUT": _table(out_gpkg, "gisnb_violations"),
            "SUMMARY": _table(out_gpkg, "gisnb_summary")})["results"]
        lines.append("exportgisnb: %d GIS-Nb features (Shapefile + GeoJSON); validategisnb: %d violations"
                     % (res["FEATURES"], val["VIOLATIONS"]))
    else:
        lines.append("fiber plan layers not found (fiber step missing): BoQ, report and GIS-Nb "
                     "export skipped")
    fg = {"SITES": ctx.layers["buildings"], "DWELLINGS_FIELD": "dwellings", "SYNTHETIC": True,
          "AREAS": ctx.layers["districts"], "AREA_ID": "district",
          "OUTPUT": _table(out_gpkg, "funding_sites_synthetic"),
          "AREAS_OUTPUT": _table(out_gpkg, "funding_districts_synthetic"),
          "SYNTHETIC_OUTPUT": _table(out_gpkg, "synthetic_availability")}
    if plan:
        fg["PLAN_LAYERS"] = [plan[k] for k in ("TRENCHES", "DROPS") if k in plan]
    elif cost_per_home:
        fg["COST_PER_HOME"] = cost_per_home
    res = ctx.runner.run("infraplan:fundinggaps", fg)["results"]
    ctx.output("fiber reports", out_gpkg)
    sites = _rows(res["OUTPUT"])
    white = sum(r["homes"] for r in sites if r["eligible"] and r["spot"] == "white")
    grey = sum(r["homes"] for r in sites if r["eligible"] and r["spot"] == "grey")
    homes = res["HOMES"] or 1
    elig = res["ELIGIBLE_HOMES"]
    lines.append("fundinggaps (SYNTHETIC bandwidth): %d of %d homes eligible (%.0f %%), %d in white "
                 "and %d in grey spots" % (elig, res["HOMES"], 100.0 * elig / homes, white, grey))
    areas = [r for r in _rows(res["AREAS_OUTPUT"]) if r.get("rank")]
    areas.sort(key=lambda r: r["rank"])
    if areas:
        lines.append("fundinggaps: cheapest districts per eligible home: " + ", ".join(
            "%s %.0f €" % (r["area_id"], r["cost_elig"]) for r in areas[:3]))
    return lines
