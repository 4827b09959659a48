"""Plan -> output VectorLayers, and the per-step engine entry points used by the Processing
adapters (each step usable alone)."""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
from shapely.geometry import LineString, Point

from ..errors import InputError
from ..feedback import Feedback, SubFeedback
from ..vector import Field, VectorLayer
from .catalogue import load_catalogue
from .graph import align_crs, build_street_graph, graph_layers, nearest_edge, strtree
from .plan import Params, compute_drops, demand_from_buildings, make_plan, plan_id_of

F = Field


def drops_layer(plan):
    crs = plan.graph.crs
    lay = VectorLayer("drops", "LineString", crs, [
        F("drop_id", "int"), F("bld_id", "str"), F("homes", "int"), F("length", "float"),
        F("crossings", "int"), F("cost", "float"), F("street", "str"), F("name_match", "int"),
        F("cluster_id", "str"), F("dp_id", "str"), F("pop_id", "str"), F("node_id", "int"),
        F("plan_id", "str")])
    for j, d in enumerate(plan.drops):
        cl = d.get("clusters", [])
        pop = ""
        if hasattr(plan, "pop_of") and plan.pop_of[d["node"]] >= 0:
            pop = plan.pops[plan.pop_of[d["node"]]]["pop_id"]
        lay.add(d["geom"], drop_id=j + 1, bld_id=d["bid"], homes=d["homes"], length=d["length"],
                crossings=d["crossings"], cost=d["cost"], street=d["street"], name_match=d["match"],
                cluster_id=";".join("C%d" % (c + 1) for c in cl),
                dp_id=";".join("DP%d" % (c + 1) for c in cl),
                pop_id=pop, node_id=d.get("node", -1), plan_id=plan.plan_id)
    return lay


def unserved_layer(plan):
    lay = VectorLayer("unserved", "Point", plan.graph.crs, [
        F("bld_id", "str"), F("homes", "int"), F("reason", "str"), F("plan_id", "str")])
    for geom, bid, homes, reason in plan.unserved:
        lay.add(geom, bld_id=bid, homes=homes, reason=reason, plan_id=plan.plan_id)
    return lay


def dps_layer(plan):
    p = plan.params
    lay = VectorLayer("dps", "Point", plan.graph.crs, [
        F("dp_id", "str"), F("cluster_id", "str"), F("pop_id", "str"), F("homes", "int"),
        F("buildings", "int"), F("capacity", "int"), F("split", "int"), F("splitters", "int"),
        F("dp_type", "str"), F("dp_eur", "float"), F("spl_eur", "float"), F("max_dist", "float"),
        F("node_id", "int"), F("plan_id", "str")])
    for i, c in enumerate(plan.clusters):
        lay.add(Point(plan.net.xy[c["root"]]), dp_id="DP%d" % (i + 1), cluster_id="C%d" % (i + 1),
                pop_id=plan.pops[c["pop"]]["pop_id"], homes=c["homes"], buildings=len(c["drops"]),
                capacity=p.capacity, split=p.split_ratio, splitters=c["splitters"], dp_type=c["dp_type"],
                dp_eur=c["dp_eur"], spl_eur=c["splitter_eur"], max_dist=c["max_dist"],
                node_id=int(c["root"]), plan_id=plan.plan_id)
    return lay


def clusters_layer(plan, buffer_m=12.0):
    from shapely.ops import unary_union
    lay = VectorLayer("clusters", "MultiPolygon", plan.graph.crs, [
        F("cluster_id", "str"), F("dp_id", "str"), F("pop_id", "str"), F("homes", "int"),
        F("buildings", "int"), F("trench_m", "float"), F("plan_id", "str")])
    seg_by = {}
    for s in plan.segments:
        if s["cluster"] >= 0:
            seg_by.setdefault(s["cluster"], []).append(s)
    for i, c in enumerate(plan.clusters):
        parts = [plan.net.geometry(s["k"]) for s in seg_by.get(i, [])]
        parts += [plan.drops[j]["geom"] for j in c["drops"] if plan.drops[j]["geom"].length > 0]
        parts.append(Point(plan.net.xy[c["root"]]))
        poly = unary_union(parts).buffer(buffer_m, resolution=4)
        if poly.geom_type == "Polygon":
            from shapely.geometry import MultiPolygon
            poly = MultiPolygon([poly])
        lay.add(poly, cluster_id="C%d" % (i + 1), dp_id="DP%d" % (i + 1),
                pop_id=plan.pops[c["pop"]]["pop_id"], homes=c["homes"], buildings=len(c["drops"]),
                trench_m=float(sum(s["length"] for s in seg_by.get(i, []))), plan_id=plan.plan_id)
    return lay


def trenches_layer(plan):
    g = plan.graph
    lay = VectorLayer("trenches", "LineString", g.crs, [
        F("seg_id", "int"), F("edge_id", "int"), F("u", "int"), F("v", "int"), F("length", "float"),
        F("surface", "str"), F("cost_m", "float"), F("crossings", "float"), F("cost", "float"),
        F("kind", "str"), F("cluster_id", "str"), F("pop_id", "str"), F("homes", "int"),
        F("fibers", "int"), F("cable", "str"), F("n_cables", "int"), F("cable_eur", "float"),
        F("duct", "str"), F("n_ducts", "int"), F("duct_eur", "float"), F("street", "str"),
        F("plan_id", "str")])
    for i, s in enumerate(sorted(plan.segments, key=lambda s: (s["pop"], s["k"]))):
        k = s["k"]
        e = int(plan.net.orig[k])
        cross = (s["cost"] - s["length"] * g.cost_m[e]) / g_cross(plan)
        lay.add(plan.net.geometry(k), seg_id=i + 1, edge_id=e, u=s["u"], v=s["v"], length=s["length"],
                surface=g.surface[e], cost_m=float(g.cost_m[e]), crossings=round(cross, 3),
                cost=s["cost"], kind=s["kind"],
                cluster_id="C%d" % (s["cluster"] + 1) if s["cluster"] >= 0 else "",
                pop_id=plan.pops[s["pop"]]["pop_id"] if s["pop"] >= 0 else "", homes=s["homes"],
                fibers=s["fibers"], cable=s["cable"], n_cables=s["n_cables"], cable_eur=s["cable_eur"],
                duct=s["duct"], n_ducts=s["n_ducts"], duct_eur=s["duct_eur"], street=g.name[e],
                plan_id=plan.plan_id)
    return lay


def g_cross(plan):
    return plan.catalogue.crossing_eur if plan.catalogue.crossing_eur > 0 else 1.0


def homes_layer(plan):
    lay = VectorLayer("homes", "Point", plan.graph.crs, [
        F("bld_id", "str"), F("homes", "int"), F("dp_id", "str"), F("pop_id", "str"),
        F("path_m", "float"), F("loss_db", "float"), F("budget_db", "float"), F("margin_db", "float"),
        F("loss_ok", "int"), F("plan_id", "str")])
    for d in plan.drops:
        pop = plan.pops[plan.pop_of[d["node"]]]["pop_id"]
        lay.add(Point(d["geom"].coords[0]), bld_id=d["bid"], homes=d["homes"],
                dp_id=";".join("DP%d" % (c + 1) for c in d.get("clusters", [])), pop_id=pop,
                path_m=d["path_m"], loss_db=round(d["loss_db"], 3), budget_db=d["budget_db"],
                margin_db=round(d["budget_db"] - d["loss_db"], 3), loss_ok=d["loss_ok"], plan_id=plan.plan_id)
    return lay


def pops_layer(plan):
    lay = VectorLayer("pops", "Point", plan.graph.crs, [
        F("pop_id", "str"), F("name", "str"), F("homes", "int"), F("dps", "int"), F("splitters", "int"),
        F("pon_ports", "int"), F("pon_min", "int"), F("olt_cards", "int"), F("olt_eur", "float"),
        F("snap_m", "float"), F("plan_id", "str")])
    for pp in plan.pops:
        lay.add(Point(plan.net.xy[pp["node"]]), pop_id=pp["pop_id"], name=pp["name"], homes=pp["homes"],
                dps=pp["dps"], splitters=pp["splitters"], pon_ports=pp["pon_ports"], pon_min=pp["pon_min"],
                olt_cards=pp["olt_cards"], olt_eur=pp["olt_eur"], snap_m=pp["snap"], plan_id=plan.plan_id)
    return lay


def summary_layer(plan):
    lay = VectorLayer("summary", "None", plan.graph.crs, [F("item", "str"), F("value", "float"),
                                                          F("plan_id", "str")])
    for k, v in plan.summary.items():
        lay.add(None, item=k, value=float(v), plan_id=plan.plan_id)
    return lay


ALL_LAYERS = ("trenches", "drops", "dps", "clusters", "homes", "pops", "unserved", "summary")


def plan_layers(plan):
    return {"trenches": trenches_layer(plan), "drops": drops_layer(plan), "dps": dps_layer(plan),
            "clusters": clusters_layer(plan), "homes": homes_layer(plan), "pops": pops_layer(plan),
            "unserved": unserved_layer(plan), "summary": summary_layer(plan)}


# ----------------------------------------------------------------------------------------
# engine entry points (one per Processing algorithm)


def ftth_plan(streets, buildings, pops, addresses=None, catalogue_path=None, feedback=None, **params):
    """The whole chain. Returns (plan, {layer name: VectorLayer})."""
    feedback = feedback or Feedback()
    cat = load_catalogue(catalogue_path)
    plan = make_plan(streets, buildings, pops, cat, Params(**params), addresses=addresses,
                     feedback=SubFeedback(feedback, 0, 90))
    plan.catalogue = cat
    layers = plan_layers(plan)
    feedback.set_progress(100)
    return plan, layers


def street_graph(streets, tolerance=1.0, catalogue_path=None, feedback=None):
    """(edges, nodes, components, rejected) layers of the noded street graph."""
    feedback = feedback or Feedback()
    cat = load_catalogue(catalogue_path)
    g = build_street_graph(streets, cat, tolerance, feedback)
    pid = plan_id_of(len(streets), tolerance, cat.version, g.n_edges)
    edges, nodes, comps = graph_layers(g, pid)
    return edges, nodes, comps, g.rejected


def drops(streets, buildings, pops=None, addresses=None, catalogue_path=None, feedback=None, **params):
    """(drops, unserved) layers. With PoPs, only streets connected to a PoP are used."""
    import numpy as np
    feedback = feedback or Feedback()
    cat = load_catalogue(catalogue_path)
    p = Params(**params)
    p.check()
    g = build_street_graph(streets, cat, p.tolerance, SubFeedback(feedback, 0, 20))
    usable = None
    if pops is not None and len(pops):
        from .plan import _pops_from_layer
        pl = _pops_from_layer(pops, g, p, feedback)
        comps = {int(g.component[g.eu[pp["edge"]]]) for pp in pl}
        usable = np.array([int(g.component[g.eu[e]]) in comps for e in range(g.n_edges)], dtype=bool)
    buildings = align_crs(buildings, g.crs, feedback, "buildings")
    demand, unserved = demand_from_buildings(buildings, p, feedback, addresses)
    dl, un2 = compute_drops(g, demand, p, cat, usable, SubFeedback(feedback, 20, 100))

    class _P:
        pass
    plan = _P()
    plan.graph, plan.drops, plan.unserved = g, dl, unserved + un2
    plan.plan_id = plan_id_of(len(streets), len(buildings), sorted(vars(p).items()), cat.version)
    return drops_layer(plan), unserved_layer(plan)


def drops_from_layer(drop_layer, g, feedback):
    """Drop dicts from a drops layer (from ``infraplan:drops``): the street end of each drop
    line is re-attached to the nearest edge of the street graph."""
    drop_layer = align_crs(drop_layer, g.crs, feedback, "drops")
    drop_layer.require_fields("homes")
    tree = strtree(g.geoms)
    usable = [not s for s in g.special]
    out = []
    for i, f in enumerate(drop_layer.features):
        geom = f.geometry
        a = f.attributes
        if geom is None or geom.is_empty or geom.geom_type not in ("LineString", "Point"):
            raise InputError("Feature %d of drops layer '%s' has no line geometry; use the drops "
                             "output of 'Connect buildings (drops)'." % (i, drop_layer.name))
        end = Point(geom.coords[-1])
        e, dist = nearest_edge(g, end, tree, usable=usable)
        homes = int(a.get("homes") or 1)
        length = float(a.get("length") or geom.length)
        out.append(dict(bid=str(a.get("bld_id") or i), homes=max(1, homes),
                        geom=geom if geom.geom_type == "LineString" else LineString([end.coords[0]] * 2),
                        length=length, edge=e, s=g.geoms[e].project(end), foot=end.coords[0],
                        street=g.name[e], match=int(a.get("name_match") or 0),
                        crossings=int(a.get("crossings") or 0), cost=float(a.get("cost") or 0.0)))
    return out


def plan_from_drops(streets, drop_layer, pops, catalogue_path=None, feedback=None, **params):
    """Trench tree, clusters and dimensioning from an existing drops layer."""
    feedback = feedback or Feedback()
    cat = load_catalogue(catalogue_path)
    p = Params(**params)
    g = build_street_graph(streets, cat, p.tolerance, SubFeedback(feedback, 0, 10))
    dl = drops_from_layer(drop_layer, g, feedback)
    plan = make_plan(streets, dl, pops, cat, p, feedback=SubFeedback(feedback, 10, 95))
    plan.catalogue = cat
    return plan
