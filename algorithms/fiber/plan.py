"""FTTH planning chain: drops, attachment to the street graph, trench Steiner tree,
capacitated contiguous clusters with distribution points, dimensioning and costs."""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import hashlib
import math
from collections import defaultdict

import numpy as np

from ..errors import InputError
from ..feedback import Feedback, SubFeedback
from .graph import align_crs, build_street_graph, nearest_edge
from .steiner import steiner_tree

# ----------------------------------------------------------------------------------------
# parameters


class Params:
    """Planning parameters (defaults = typical German FTTH GPON planning)."""

    def __init__(self, **kw):
        self.tolerance = 1.0            # m, street snapping
        self.max_drop = 80.0            # m, longest lead-in
        self.dwellings_field = "dwellings"
        self.street_field = "street"
        self.id_field = "osm_id"
        self.only_residential = True    # skip buildings with resident = 0 when the field exists
        self.split_ratio = 32
        self.splitters_per_dp = 2
        self.dp_capacity = 0            # homes; > 0 overrides split ratio × splitters
        self.max_dp_distance = 1000.0   # m along the network from DP to home
        self.fibers_per_home = 1
        self.reserve_pct = 20.0
        self.optical_class = "B+"
        self.pop_snap_warn = 50.0       # m
        for k, v in kw.items():
            if not hasattr(self, k):
                raise TypeError("unknown planning parameter %r" % k)
            if v is not None:
                setattr(self, k, v)

    @property
    def capacity(self):
        c = int(self.dp_capacity) if self.dp_capacity and self.dp_capacity > 0 else \
            int(self.split_ratio) * int(self.splitters_per_dp)
        if c < 1:
            raise InputError("DP capacity must be at least 1 home (split ratio × splitters per DP "
                             "or a plain home limit).")
        return c

    def check(self):
        if self.max_drop <= 0:
            raise InputError("Max drop length must be > 0 m (got %s)." % self.max_drop)
        if self.max_dp_distance <= 0:
            raise InputError("Max DP distance must be > 0 m (got %s)." % self.max_dp_distance)
        if self.fibers_per_home < 1:
            raise InputError("Fibers per home must be >= 1 (got %s)." % self.fibers_per_home)
        if self.reserve_pct < 0:
            raise InputError("Fiber reserve must be >= 0 %% (got %s)." % self.reserve_pct)
        _ = self.capacity


def plan_id_of(*parts):
    h = hashlib.sha1(usedforsecurity=False)  # an id, not security
    for p in parts:
        h.update(repr(p).encode("utf-8"))
    return h.hexdigest()[:12]


# ----------------------------------------------------------------------------------------
# drops


def _fix_geometry(geom):
    if geom is None or geom.is_empty:
        return None, "no geometry"
    if geom.geom_type not in ("Polygon", "MultiPolygon", "Point", "MultiPoint"):
        return None, "not a polygon or point geometry (%s)" % geom.geom_type
    if not geom.is_valid:
        fixed = geom.buffer(0)
        if fixed.is_empty:
            return None, "invalid geometry that cannot be repaired"
        return fixed, "repaired"
    return geom, ""


def _norm(name):
    return " ".join(str(name or "").lower().replace("str.", "straße").replace("strasse", "straße").split())


def demand_from_buildings(buildings, p, feedback, addresses=None):
    """[(index, id, geometry, homes, street name)] and unserved records for buildings."""
    names = buildings.field_names()
    has_dw = p.dwellings_field in names
    if not has_dw:
        feedback.warning("Building layer '%s' has no field '%s': every building counts as 1 home."
                         % (buildings.name, p.dwellings_field))
    resident = "resident" in names and p.only_residential
    addr_street = {}
    if addresses is not None and len(addresses):
        an = addresses.field_names()
        if "bld_id" in an and "street" in an:
            for f in addresses.features:
                b = f.attributes.get("bld_id")
                if b not in (None, "") and f.attributes.get("street"):
                    addr_street.setdefault(str(b), f.attributes.get("street"))
    demand, unserved, fixed_dw, skipped, repaired = [], [], 0, 0, 0
    for i, f in enumerate(buildings.features):  # noqa: B007 - i is the fallback id
        a = f.attributes
        bid = str(a.get(p.id_field) if a.get(p.id_field) not in (None, "") else a.get("fid", i))
        if resident and a.get("resident") in (0, "0", False):
            skipped += 1
            continue
        geom, why = _fix_geometry(f.geometry)
        dw = a.get(p.dwellings_field) if has_dw else None
        try:
            homes = int(round(float(dw))) if dw is not None else 0
        except (TypeError, ValueError):
            homes = 0
        if homes < 1:
            homes = 1
            fixed_dw += has_dw
        if geom is None:
            unserved.append((None, bid, homes, why))
            continue
        repaired += why == "repaired"
        street = a.get(p.street_field) if p.street_field in names else None
        if not street:
            street = addr_street.get(bid)
        demand.append((i, bid, geom, homes, street or ""))
    if skipped:
        feedback.info("%d buildings with resident = 0 are not homes and were not planned." % skipped)
    if fixed_dw:
        feedback.warning("%d buildings have missing or zero '%s': each counted as 1 home."
                         % (fixed_dw, p.dwellings_field))
    if repaired:
        feedback.warning("%d invalid building geometries were repaired (buffer 0)." % repaired)
    if unserved:
        feedback.warning("%d buildings without usable geometry are listed as unserved." % len(unserved))
    return demand, unserved


def compute_drops(g, demand, p, catalogue, usable_edges=None, feedback=None):
    """Perpendicular lead-in from the façade point nearest the chosen street edge. The edge is
    the nearest one within ``max_drop``, preferring an edge whose street name matches the
    building's address. Returns (drops, unserved)."""
    from shapely.geometry import LineString, box
    from shapely.ops import nearest_points
    feedback = feedback or Feedback()
    tree = g.edge_index()
    usable = np.array([not s for s in g.special], dtype=bool)
    if usable_edges is not None:
        usable &= usable_edges
    gnames = [_norm(n) for n in g.name]
    drops, unserved = [], []
    R = p.max_drop
    n = len(demand)
    for j, (_i, bid, geom, homes, street) in enumerate(demand):
        if j % 500 == 0:
            feedback.step(j, n)
        minx, miny, maxx, maxy = geom.bounds
        cands = []
        for e in tree.query_items(box(minx - R, miny - R, maxx + R, maxy + R)):
            if not usable[e]:
                continue
            d = geom.distance(g.geoms[e])
            if d <= R:
                cands.append((d, e))
        if not cands:
            near = [e for e in tree.query_items(box(minx - R, miny - R, maxx + R, maxy + R))]
            reason = ("nearest usable street is more than %.0f m away (max drop length)" % R
                      if not near or usable_edges is None else
                      "no street within %.0f m that is connected to a PoP" % R)
            unserved.append((geom.representative_point(), bid, homes, reason))
            continue
        cands.sort()
        sn = _norm(street)
        match = [c for c in cands if sn and gnames[c[1]] == sn]
        d, e = match[0] if match else cands[0]
        edge = g.geoms[e]
        if d <= 1e-9:
            p0 = nearest_points(geom, edge)[1]
        else:
            p0 = nearest_points(geom, edge)[0]
        s = edge.project(p0)
        foot = edge.interpolate(s)
        line = LineString([p0.coords[0], foot.coords[0]]) if p0.distance(foot) > 1e-6 else \
            LineString([foot.coords[0], foot.coords[0]])
        length = p0.distance(foot)
        crossings = 0
        if length > 1e-6:
            for o in tree.query_items(line):
                if o != e and g.geoms[o].crosses(line):
                    crossings += 1
        cost = length * catalogue.drop["eur_per_m"] + crossings * catalogue.drop["crossing_eur"] \
            + catalogue.drop["house_connection_eur"]
        drops.append(dict(bid=bid, homes=homes, geom=line, length=length, edge=e, s=s,
                          foot=foot.coords[0], street=g.name[e], match=int(bool(match)),
                          crossings=crossings, cost=cost))
    feedback.set_progress(100)
    return drops, unserved


# ----------------------------------------------------------------------------------------
# augmented graph


class Network:
    """The street graph split at drop and PoP attachment points."""

    MERGE = 0.05  # m: attachment points closer than this share a node

    def __init__(self, g, points, crossing_eur):
        """``points``: list of (edge, s) attachment positions; sets ``point_node``."""
        cut = defaultdict(list)
        for k, (e, s) in enumerate(points):
            cut[e].append((s, k))
        deg = g.degree()
        xy = [tuple(c) for c in g.xy]
        eu, ev, orig, s0, s1, length, cost = [], [], [], [], [], [], []
        point_node = np.zeros(len(points), dtype=np.int64)
        for e in range(g.n_edges):
            L = float(g.length[e])
            u, v = int(g.eu[e]), int(g.ev[e])
            chain = [(0.0, u)]
            for s, k in sorted(cut.get(e, ())):
                if s <= self.MERGE:
                    point_node[k] = u
                elif s >= L - self.MERGE:
                    point_node[k] = v
                elif len(chain) > 1 and s - chain[-1][0] <= self.MERGE:
                    point_node[k] = chain[-1][1]
                else:
                    q = g.geoms[e].interpolate(s)
                    nid = len(xy)
                    xy.append((q.x, q.y))
                    chain.append((s, nid))
                    point_node[k] = nid
            chain.append((L, v))
            for (sa, na), (sb, nb) in zip(chain[:-1], chain[1:]):
                cross = 0.5 * ((sa == 0.0 and deg[u] >= 3) + (sb == L and deg[v] >= 3))
                eu.append(na), ev.append(nb), orig.append(e), s0.append(sa), s1.append(sb)
                length.append(sb - sa)
                cost.append((sb - sa) * g.cost_m[e] + cross * crossing_eur)
        self.g = g
        self.xy = np.array(xy, dtype=float)
        self.eu, self.ev = np.array(eu, dtype=np.int64), np.array(ev, dtype=np.int64)
        self.orig = np.array(orig, dtype=np.int64)
        self.s0, self.s1 = np.array(s0), np.array(s1)
        self.length, self.cost = np.array(length), np.array(cost)
        self.point_node = point_node
        self.n = len(self.xy)

    def geometry(self, k):
        from shapely.ops import substring
        e = int(self.orig[k])
        return substring(self.g.geoms[e], float(self.s0[k]), float(self.s1[k]))


# ----------------------------------------------------------------------------------------
# the plan


class Plan:
    pass


def _pops_from_layer(pops, g, p, feedback):
    if pops is None or len(pops) == 0:
        raise InputError("The PoP layer is empty: add at least one PoP point (the location of "
                         "the OLT / central office) and run again.")
    pops = align_crs(pops, g.crs, feedback, "PoP")
    tree = g.edge_index()
    out = []
    for i, f in enumerate(pops.features):
        a = f.attributes
        pid = str(a.get("pop_id") or a.get("name") or "PoP%d" % (i + 1))
        geom = f.geometry
        if geom is None or geom.is_empty:
            raise InputError("PoP '%s' (feature %d of layer '%s') has no geometry." % (pid, i, pops.name))
        pt = geom.representative_point() if geom.geom_type != "Point" else geom
        e, d = nearest_edge(g, pt, tree)
        if e is None:
            raise InputError("PoP '%s' has no street anywhere near it." % pid)
        if d > p.pop_snap_warn:
            feedback.warning("PoP '%s' is %.0f m from the nearest street; snapped to it (check the "
                             "PoP location)." % (pid, d))
        out.append(dict(pop_id=pid, name=str(a.get("name") or pid), pt=pt, edge=e,
                        s=g.geoms[e].project(pt), snap=d))
    return out


def make_plan(streets, buildings, pops, catalogue, params=None, addresses=None, extra_terminals=None,
              feedback=None, stages=("drops", "trenches", "clusters", "dimension")):
    """Run the chain; returns a :class:`Plan` with the layers of every stage."""
    feedback = feedback or Feedback()
    p = params or Params()
    p.check()
    plan = Plan()
    plan.params = p
    g = build_street_graph(streets, catalogue, p.tolerance, SubFeedback(feedback, 0, 15))
    plan.graph = g
    plan.plan_id = plan_id_of(len(streets), len(buildings) if buildings is not None else 0,
                              sorted(vars(p).items()), catalogue.version, g.n_edges,
                              float(round(g.length.sum(), 3)))
    pop_list = _pops_from_layer(pops, g, p, feedback)
    # components that hold a PoP
    pop_comp = {int(g.component[g.eu[pp["edge"]]]) for pp in pop_list}
    usable = np.array([int(g.component[g.eu[e]]) in pop_comp for e in range(g.n_edges)], dtype=bool)
    unserved = []
    if isinstance(buildings, list):  # drops given directly (from a drops layer)
        drops = buildings
    else:
        buildings = align_crs(buildings, g.crs, feedback, "buildings")
        if addresses is not None:
            addresses = align_crs(addresses, g.crs, feedback, "addresses")
        demand, unserved = demand_from_buildings(buildings, p, feedback, addresses)
        feedback.info("Drops: %d buildings to connect." % len(demand))
        drops, un2 = compute_drops(g, demand, p, catalogue, usable, SubFeedback(feedback, 15, 45))
        unserved += un2
    plan.drops, plan.unserved, plan.pops = drops, unserved, pop_list
    # network with attachment points
    points = [(d["edge"], d["s"]) for d in drops] + [(pp["edge"], pp["s"]) for pp in pop_list]
    extra = extra_terminals or []
    points += [(e, s) for e, s in extra]
    net = Network(g, points, catalogue.crossing_eur)
    plan.net = net
    for d, nid in zip(drops, net.point_node[:len(drops)]):
        d["node"] = int(nid)
        nxy = tuple(net.xy[nid])
        c0 = d["geom"].coords[0]
        if nxy != tuple(d["geom"].coords[-1]):  # merged with a nearby attachment point
            from shapely.geometry import LineString
            d["geom"] = LineString([c0, nxy])
            old = d["length"]
            d["length"] = d["geom"].length
            d["cost"] += (d["length"] - old) * catalogue.drop["eur_per_m"]
    for pp, nid in zip(pop_list, net.point_node[len(drops):len(drops) + len(pop_list)]):
        pp["node"] = int(nid)
    extra_nodes = [int(x) for x in net.point_node[len(drops) + len(pop_list):]]
    # Steiner tree over the network + a virtual root joined to every PoP
    R = net.n
    eu = np.concatenate([net.eu, np.full(len(pop_list), R)])
    ev = np.concatenate([net.ev, [pp["node"] for pp in pop_list]]).astype(np.int64)
    w = np.concatenate([net.cost, np.zeros(len(pop_list))])
    xy = np.vstack([net.xy, net.xy[[pop_list[0]["node"]]]])
    terminals = sorted({d["node"] for d in drops} | set(extra_nodes) | {R})
    if len(drops) == 0:
        raise InputError("No building could be connected (see the unserved output): check the "
                         "max drop length and that streets and buildings overlap.")
    ks = steiner_tree(R + 1, eu, ev, w, terminals, xy=xy, feedback=SubFeedback(feedback, 45, 85))
    real = ks[ks < len(net.eu)]
    plan.tree_edges = real
    _root_tree(plan, R, eu, ev, ks)
    feedback.set_progress(85)
    _clusters(plan, p, feedback)
    feedback.set_progress(92)
    _dimension(plan, p, catalogue, feedback)
    feedback.set_progress(100)
    return plan


def _root_tree(plan, R, eu, ev, ks):
    net = plan.net
    n = R + 1
    adj = defaultdict(list)
    for k in ks:
        a, b = int(eu[k]), int(ev[k])
        adj[a].append((b, int(k)))
        adj[b].append((a, int(k)))
    parent = np.full(n, -1, dtype=np.int64)
    pedge = np.full(n, -1, dtype=np.int64)
    order = [R]
    seen = np.zeros(n, dtype=bool)
    seen[R] = True
    i = 0
    while i < len(order):
        x = order[i]
        i += 1
        for y, k in sorted(adj[x]):
            if not seen[y]:
                seen[y] = True
                parent[y], pedge[y] = x, k
                order.append(y)
    plan.R, plan.parent, plan.pedge, plan.order, plan.in_tree = R, parent, pedge, order, seen
    # PoP of every tree node, distance from its PoP along the network
    pop_of = np.full(n, -1, dtype=np.int64)
    dist = np.zeros(n)
    elen = np.concatenate([net.length, np.zeros(len(eu) - len(net.eu))])
    node_pop = {pp["node"]: j for j, pp in enumerate(plan.pops)}
    for x in order[1:]:
        px = parent[x]
        if px == R:
            pop_of[x] = node_pop.get(x, -1)
            dist[x] = 0.0
        else:
            pop_of[x] = pop_of[px]
            dist[x] = dist[px] + elen[pedge[x]]
    plan.pop_of, plan.dist, plan.elen = pop_of, dist, elen
    served = []
    for d in plan.drops:
        if seen[d["node"]]:
            served.append(d)
        else:
            plan.unserved.append((_pt(d["geom"].coords[0]), d["bid"], d["homes"],
                                  "street part without a PoP"))
    plan.drops = served


def _pt(c):
    from shapely.geometry import Point
    return Point(c)


def _clusters(plan, p, feedback):
    """Bottom-up capacitated partition of the PoP-rooted trench tree (Kundu & Misra 1977 greedy:
    at each vertex close the heaviest child parts until the rest fits; parts farther than the
    max DP distance are closed first). Parts are connected subtrees = contiguous clusters."""
    C = p.capacity
    Dmax = float(p.max_dp_distance)
    R = plan.R
    n = R + 1
    at_node = defaultdict(list)
    for j, d in enumerate(plan.drops):
        at_node[d["node"]].append(j)
    res_load = np.zeros(n, dtype=np.int64)
    res_depth = np.full(n, -np.inf)
    closed_root = np.zeros(n, dtype=bool)
    extra = []  # (node, [drop indices]) clusters made of whole buildings at one node
    children = defaultdict(list)
    for x in plan.order[1:]:
        children[int(plan.parent[x])].append(x)
    drop_cluster = {}
    for x in reversed(plan.order[1:]):
        items = sorted(((plan.drops[j]["homes"], j) for j in at_node.get(x, ())), reverse=True)
        bins = []  # first-fit decreasing of whole buildings into capacity C
        for h, j in items:
            if h > C:
                # a building with more homes than one DP serves: dedicated DPs at this node
                for start in range(0, h, C):
                    extra.append((x, [j], min(C, h - start)))
                continue
            for b in bins:
                if b[0] + h <= C:
                    b[0] += h
                    b[1].append(j)
                    break
            else:
                bins.append([h, [j]])
        own = 0
        if bins:
            bins.sort(key=lambda b: (-b[0], b[1][0]))
            *full, last = bins
            for b in full:
                extra.append((x, b[1], b[0]))
            own = last[0]
            for j in last[1]:
                drop_cluster[j] = None  # decided by the node's cluster
        load = own
        depth = 0.0 if own > 0 else -np.inf
        parts = []
        for c in children.get(x, ()):
            if res_load[c] <= 0:
                continue
            dc = res_depth[c] + plan.elen[plan.pedge[c]]
            if dc > Dmax:
                closed_root[c] = True
            else:
                parts.append((int(res_load[c]), dc, c))
        parts.sort(key=lambda t: (-t[0], -t[1], t[2]))
        total = load + sum(t[0] for t in parts)
        k = 0
        while total > C and k < len(parts):
            closed_root[parts[k][2]] = True
            total -= parts[k][0]
            k += 1
        for _lc, dc, _c in parts[k:]:
            depth = max(depth, dc)
        res_load[x], res_depth[x] = total, depth
        if plan.parent[x] == R and total > 0:
            closed_root[x] = True
    # label the parts top-down
    label = np.full(n, -1, dtype=np.int64)
    roots = []
    for x in plan.order[1:]:
        if closed_root[x]:
            label[x] = len(roots)
            roots.append(x)
        else:
            label[x] = label[plan.parent[x]]
    clusters = []  # dicts: root, drops
    for x in roots:
        clusters.append(dict(root=x, drops=[], homes=0))
    in_extra = {}
    for x, js, h in extra:
        cid = len(clusters)
        clusters.append(dict(root=x, drops=list(js), homes=h, dedicated=True))
        for j in js:
            in_extra.setdefault(j, []).append(cid)
    for j, d in enumerate(plan.drops):
        if j in in_extra:
            d["clusters"] = in_extra[j]
        else:
            cid = int(label[d["node"]])
            d["clusters"] = [cid]
            clusters[cid]["drops"].append(j)
            clusters[cid]["homes"] += d["homes"]
    # drop empty parts (only Steiner vertices) and renumber in a stable order
    keep = [c for c in clusters if c["homes"] > 0]
    order = sorted(range(len(keep)), key=lambda i: (int(plan.pop_of[keep[i]["root"]]),
                                                      round(float(plan.dist[keep[i]["root"]]), 3),
                                                      keep[i]["root"], min(keep[i]["drops"])))
    old_to_new = {}
    final = []
    for new, i in enumerate(order):
        old_to_new[id(keep[i])] = new
        final.append(keep[i])
    idmap = {}
    for old, c in enumerate(clusters):
        if id(c) in old_to_new:
            idmap[old] = old_to_new[id(c)]
    for d in plan.drops:
        d["clusters"] = [idmap[c] for c in d["clusters"] if c in idmap]
    node_cluster = np.full(n, -1, dtype=np.int64)
    ok = label >= 0
    node_cluster[ok] = [idmap.get(int(lab), -1) for lab in label[ok]]
    plan.clusters, plan.node_cluster = final, node_cluster
    for c in final:
        c["max_dist"] = max((plan.dist[plan.drops[j]["node"]] - plan.dist[c["root"]]
                             for j in c["drops"]), default=0.0)
        c["max_dist"] = max(0.0, float(c["max_dist"]))
    feedback.info("Clusters: %d distribution points for %d homes (capacity %d homes per DP)."
                  % (len(final), sum(c["homes"] for c in final), C))


def _dimension(plan, p, catalogue, feedback):
    """Homes and fibers per trench segment summed from the leaves, cable/duct per segment,
    splitters per DP, PON ports per PoP, optical loss per home."""
    R = plan.R
    n = R + 1
    homes = np.zeros(n, dtype=np.int64)
    for d in plan.drops:
        homes[d["node"]] += d["homes"]
    down = homes.copy()
    for x in reversed(plan.order[1:]):
        px = plan.parent[x]
        if px != R:
            down[px] += down[x]
    plan.down = down
    factor = float(p.fibers_per_home) * (1.0 + float(p.reserve_pct) / 100.0)
    segs = []
    for x in plan.order[1:]:
        k = int(plan.pedge[x])
        if plan.parent[x] == R:
            continue
        px = int(plan.parent[x])
        fibers = int(math.ceil(down[x] * factor - 1e-9))
        ctype, ncab, cap, ceur, cdia = catalogue.cable_for(fibers)
        dtype_, nduct, deur = catalogue.duct_for(ncab, cdia) if ncab else ("", 0, 0.0)
        cx, cpx = int(plan.node_cluster[x]), int(plan.node_cluster[px])
        kind = "distribution" if (cx == cpx and cx >= 0 and plan.clusters[cx]["root"] != x) else "feeder"
        L = float(plan.net.length[k])
        segs.append(dict(k=k, u=px, v=x, length=L, homes=int(down[x]), fibers=fibers, cable=ctype,
                         n_cables=ncab, cable_eur=L * ceur * ncab, duct=dtype_, n_ducts=nduct,
                         duct_eur=L * deur * nduct, kind=kind,
                         cluster=cx if kind == "distribution" else -1,
                         pop=int(plan.pop_of[x]), cost=float(plan.net.cost[k])))
    plan.segments = segs
    # DPs
    split = catalogue.splitter(p.split_ratio)
    for c in plan.clusters:
        c["splitters"] = int(math.ceil(c["homes"] / float(p.split_ratio)))
        c["dp_type"], c["dp_eur"] = catalogue.dp_type(c["homes"])
        c["splitter_eur"] = c["splitters"] * float(split["eur"])
        c["pop"] = int(plan.pop_of[c["root"]])
    # PoPs
    for j, pp in enumerate(plan.pops):
        cl = [c for c in plan.clusters if c["pop"] == j]
        pp["homes"] = sum(c["homes"] for c in cl)
        pp["dps"] = len(cl)
        pp["splitters"] = sum(c["splitters"] for c in cl)
        pp["pon_ports"] = pp["splitters"]
        pp["pon_min"] = int(math.ceil(pp["homes"] / float(p.split_ratio)))
        pp["olt_cards"] = int(math.ceil(pp["pon_ports"] / float(catalogue.olt["ports_per_card"])))
        pp["olt_eur"] = pp["pon_ports"] * float(catalogue.olt["eur_per_pon_port"])
    # optical budget per home
    o = catalogue.optics
    budget = catalogue.budget(p.optical_class)
    fails = 0
    for d in plan.drops:
        path = float(plan.dist[d["node"]]) + d["length"]
        splices = float(o["fixed_splices"]) + math.floor(path / float(o["splice_interval_m"]))
        loss = path / 1000.0 * float(o["fiber_db_per_km"]) + splices * float(o["splice_db"]) \
            + float(o["connectors"]) * float(o["connector_db"]) + float(split["loss_db"])
        d["path_m"], d["loss_db"], d["budget_db"] = path, loss, budget
        d["loss_ok"] = int(loss <= budget)
        fails += not d["loss_ok"]
    plan.loss_failures = fails
    if fails:
        feedback.warning("%d homes exceed the %s optical budget of %.1f dB (see the homes output, "
                         "loss_ok = 0)." % (fails, p.optical_class, budget))
    # summary
    trench_cost = sum(s["cost"] for s in segs)
    s = dict(homes_served=int(sum(d["homes"] for d in plan.drops)),
             buildings_served=len(plan.drops),
             homes_unserved=int(sum(u[2] for u in plan.unserved)),
             buildings_unserved=len(plan.unserved),
             trench_m=float(sum(x["length"] for x in segs)),
             trench_eur=float(trench_cost),
             drop_m=float(sum(d["length"] for d in plan.drops)),
             drop_eur=float(sum(d["cost"] for d in plan.drops)),
             cable_eur=float(sum(x["cable_eur"] for x in segs)),
             duct_eur=float(sum(x["duct_eur"] for x in segs)),
             dp_eur=float(sum(c["dp_eur"] + c["splitter_eur"] for c in plan.clusters)),
             olt_eur=float(sum(pp["olt_eur"] for pp in plan.pops)),
             dps=len(plan.clusters), loss_failures=fails,
             pon_ports=int(sum(pp["pon_ports"] for pp in plan.pops)))
    s["total_eur"] = sum(s[k] for k in ("trench_eur", "drop_eur", "cable_eur", "duct_eur", "dp_eur",
                                        "olt_eur"))
    s["eur_per_home"] = s["total_eur"] / s["homes_served"] if s["homes_served"] else 0.0
    plan.summary = s
    feedback.info("FTTH plan: %d homes served, %d unserved, trench %.2f km, total %.0f EUR, %.0f EUR "
                  "per home." % (s["homes_served"], s["homes_unserved"], s["trench_m"] / 1000.0,
                                 s["total_eur"], s["eur_per_home"]))
