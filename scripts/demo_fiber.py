"""make demo, step "fiber": plans the FTTH network of the Lauf sample with infraplan:ftthplan
(all layers, styled, into out/fiber.gpkg) and prints homes served/unserved, trench km, total
cost and € per home."""
import os

LAYERS = ("trenches", "drops", "dps", "clusters", "homes", "pops", "unserved", "summary")


def run(ctx):
    gpkg = ctx.path("fiber.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    params = {"BUILDINGS": ctx.layers["buildings"], "STREETS": ctx.layers["streets"],
              "POP": ctx.layers["pop"], "MAX_DROP": 80, "SPLIT_RATIO": 4, "SPLITTERS_PER_DP": 2,
              "MAX_DP_DISTANCE": 1000, "FIBERS_PER_HOME": 1, "RESERVE_PCT": 20, "OPTICAL_CLASS": 0,
              "GPKG": gpkg}
    if "addresses" in ctx.layers:
        params["ADDRESSES"] = ctx.layers["addresses"]
    res = ctx.runner.run("infraplan:ftthplan", params)
    r = res["results"]
    ctx.output("fiber", gpkg)
    for name in LAYERS:
        ctx.layers["fiber_" + name] = "%s|layername=%s" % (gpkg, name)
    served, unserved = int(r["HOMES_SERVED"]), int(r["HOMES_UNSERVED"])
    return [
        "Homes served: %d, unserved: %d (see layer 'unserved' for the reasons)" % (served, unserved),
        "Distribution points: %d; homes over the B+ optical budget: %d"
        % (int(r["DPS_COUNT"]), int(r["LOSS_FAILURES"])),
        "Trench length: %.2f km" % r["TRENCH_KM"],
        "Total cost: %.2f million EUR, %.0f EUR per home served" % (r["TOTAL_EUR"] / 1e6, r["EUR_PER_HOME"]),
        "Plan: %s (layers %s; styles embedded)" % (os.path.relpath(gpkg), ", ".join(LAYERS)),
    ]
