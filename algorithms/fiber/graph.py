"""Street graph: noding and snapping of street lines, split at intersections, edge costs
from the catalogue, connected components."""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import math
from collections import defaultdict

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import DEFAULT_CRS, crs_from, reproject_layer, require_metric
from ..vector import Field, VectorLayer

KEY_DIGITS = 3  # node identity: coordinates rounded to mm


def node_key(x, y):
    return (round(float(x), KEY_DIGITS), round(float(y), KEY_DIGITS))


def to_metric(layer, feedback, what):
    """``layer`` in a metric CRS: geographic input is reprojected to EPSG:25832 (logged)."""
    if layer.crs is None:
        raise InputError("Layer '%s' (%s) has no coordinate reference system; set one and run "
                         "again." % (layer.name, what))
    if crs_from(layer.crs).is_geographic:
        feedback.warning("Layer '%s' is in geographic coordinates (%s); reprojected to %s for "
                         "metric distances." % (layer.name, layer.crs, DEFAULT_CRS))
        return reproject_layer(layer, DEFAULT_CRS, feedback)
    require_metric(layer.crs, "CRS of layer '%s'" % layer.name)
    return layer


def align_crs(layer, crs, feedback, what):
    layer = to_metric(layer, feedback, what)
    from ..geo import same_crs
    if not same_crs(layer.crs, crs):
        feedback.info("Layer '%s' reprojected to the street layer's CRS." % layer.name)
        layer = reproject_layer(layer, crs, feedback)
    return layer


class StreetGraph:
    """Noded street network. Edge ``i`` runs from node ``eu[i]`` to ``ev[i]`` along
    ``geoms[i]``; ``cost[i]`` = length × €/m of its surface class + crossing shares."""

    def __init__(self, crs):
        self.crs = crs
        self.xy = np.zeros((0, 2))
        self.eu = self.ev = np.zeros(0, dtype=np.int64)
        self.length = self.cost_m = self.cost = self.cross = np.zeros(0)
        self.geoms, self.surface, self.name, self.src_id, self.highway = [], [], [], [], []
        self.special = []  # bridge/tunnel: no drops
        self.component = np.zeros(0, dtype=np.int64)
        self.rejected = None
        self.snapped = 0

    @property
    def n_nodes(self):
        return len(self.xy)

    @property
    def n_edges(self):
        return len(self.eu)

    def degree(self):
        return np.bincount(np.concatenate([self.eu, self.ev]), minlength=self.n_nodes)

    def edge_index(self):
        """STRtree over edge geometries with the edge index as item."""
        return strtree(self.geoms)


def strtree(geoms):
    """STRtree with the index as item (shapely 1.8 API), without its 2.0 deprecation noise."""
    import warnings

    from shapely.strtree import STRtree
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return STRtree(geoms, list(range(len(geoms))))


def _explode_lines(geom):
    from shapely.geometry import LineString
    if geom is None or geom.is_empty:
        return []
    gt = geom.geom_type
    if gt == "LineString":
        return [geom]
    if gt in ("MultiLineString", "GeometryCollection"):
        out = []
        for g in geom.geoms:
            out.extend(_explode_lines(g))
        return out
    if gt == "LinearRing":
        return [LineString(geom.coords)]
    return []


def _int(value):
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 1 if str(value).strip().lower() in ("yes", "true") else 0


def build_street_graph(streets, catalogue, tolerance=1.0, feedback=None):
    """Node and snap ``streets`` (VectorLayer of lines) into a :class:`StreetGraph`.

    * street endpoints closer than ``tolerance`` metres are merged;
    * dangling ends within ``tolerance`` of another street are joined to it (T-junctions);
    * lines are split at every intersection (GEOS noding via ``unary_union``);
    * every noded piece keeps the attributes of the street it came from.
    Features without usable line geometry go to ``graph.rejected`` with a reason."""
    from scipy.spatial import cKDTree
    from shapely.geometry import LineString, Point, box
    from shapely.ops import substring, unary_union

    feedback = feedback or Feedback()
    if streets is None or len(streets) == 0:
        raise InputError("The street layer is empty: the fiber network is routed along streets; "
                         "give a line layer with the street network.")
    streets = to_metric(streets, feedback, "streets")
    names = streets.field_names()
    g = StreetGraph(streets.crs)
    rejected = VectorLayer("rejected_streets", "None", streets.crs,
                           [Field("src_fid", "int"), Field("osm_id", "str"), Field("reason", "str")])
    if "surface" not in names:
        feedback.warning("Street layer '%s' has no 'surface' field: every street is priced as "
                         "surface class 'unknown'." % streets.name)
    parts, attrs = [], []
    unknown_surface = defaultdict(int)
    for i, f in enumerate(streets.features):
        a = f.attributes
        geom = f.geometry
        ident = str(a.get("osm_id", a.get("fid", i)))
        if geom is None or geom.is_empty:
            rejected.add(None, src_fid=i, osm_id=ident, reason="no geometry")
            continue
        lines = [ln for ln in _explode_lines(geom) if ln.length > 1e-6]
        if not lines:
            rejected.add(None, src_fid=i, osm_id=ident,
                         reason="not a line geometry (%s) or zero length" % geom.geom_type)
            continue
        raw_surface = a.get("surface")
        surf = catalogue.surface_class(raw_surface, bridge=_int(a.get("bridge")) == 1,
                                       tunnel=_int(a.get("tunnel")) == 1)
        if raw_surface not in (None, "") and surf == "unknown" and str(raw_surface).lower() != "unknown":
            unknown_surface[str(raw_surface)] += 1
        for ln in lines:
            if ln.has_z:
                ln = LineString([(c[0], c[1]) for c in ln.coords])
            parts.append(ln)
            attrs.append((surf, a.get("name") or "", ident, a.get("highway") or "",
                          _int(a.get("bridge")) == 1 or _int(a.get("tunnel")) == 1))
    for value, count in sorted(unknown_surface.items()):
        feedback.warning("Street surface value '%s' (%d streets) is not a catalogue class: priced "
                         "as 'unknown'." % (value, count))
    if len(rejected):
        feedback.warning("%d street features rejected (no usable line geometry); see the "
                         "rejected output." % len(rejected))
    if not parts:
        raise InputError("Street layer '%s' has no usable line geometries." % streets.name)
    feedback.set_progress(5)
    # 1. merge endpoints closer than the tolerance ------------------------------------
    ends = np.array([[p.coords[0], p.coords[-1]] for p in parts]).reshape(-1, 2)
    tol = max(float(tolerance), 0.0)
    if tol > 0:
        tree = cKDTree(ends)
        pairs = tree.query_pairs(tol, output_type="ndarray")
        if len(pairs):
            from scipy.sparse import coo_matrix
            from scipy.sparse.csgraph import connected_components
            m = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(ends), len(ends)))
            _, lab = connected_components(m, directed=False)
            first = np.full(lab.max() + 1, -1)
            for idx in range(len(ends) - 1, -1, -1):
                first[lab[idx]] = idx
            rep = ends[first[lab]]
            moved = np.any(rep != ends, axis=1)
            g.snapped += int(moved.sum())
            if moved.any():
                for pi in np.unique(np.nonzero(moved)[0] // 2):
                    cs = list(parts[pi].coords)
                    cs[0] = tuple(rep[2 * pi])
                    cs[-1] = tuple(rep[2 * pi + 1])
                    if len(cs) == 2 and cs[0] == cs[1]:
                        continue
                    parts[pi] = LineString(cs)
                ends = rep
    feedback.step(1, 4, 5, 40)
    # 2. T-junctions: dangling ends within tolerance of another street ------------------
    keys = [node_key(*e) for e in ends]
    count = defaultdict(int)
    for k in keys:
        count[k] += 1
    extra_parts, extra_attrs = [], []
    if tol > 0:
        idx_tree = strtree(parts)
        cuts = defaultdict(list)
        for e, k in enumerate(keys):
            if count[k] != 1:
                continue
            pi = e // 2
            pt = Point(ends[e])
            best = None
            for cand in idx_tree.query_items(box(pt.x - tol, pt.y - tol, pt.x + tol, pt.y + tol)):
                if cand == pi:
                    continue
                d = parts[cand].distance(pt)
                if d <= tol and (best is None or (d, cand) < best):
                    best = (d, cand)
            if best is None:
                continue
            d, cand = best
            s = parts[cand].project(pt)
            cuts[cand].append(s)
            q = parts[cand].interpolate(s)
            if pt.distance(q) > 1e-6:
                extra_parts.append(LineString([pt.coords[0], q.coords[0]]))
                extra_attrs.append(attrs[cand])
            g.snapped += 1
        for cand, ss in cuts.items():
            line = parts[cand]
            L = line.length
            cs = sorted(s for s in ss if 1e-6 < s < L - 1e-6)
            if not cs:
                continue
            bounds = [0.0] + cs + [L]
            pieces = [substring(line, a, b) for a, b in zip(bounds[:-1], bounds[1:]) if b - a > 1e-6]
            parts[cand] = pieces[0]
            for p in pieces[1:]:
                extra_parts.append(p)
                extra_attrs.append(attrs[cand])
    parts = parts + extra_parts
    attrs = attrs + extra_attrs
    feedback.step(2, 4, 5, 40)
    # 3. noding: split at every intersection ------------------------------------------
    noded = unary_union(parts)
    pieces = _explode_lines(noded)
    feedback.step(3, 4, 5, 40)
    # 4. attributes of each noded piece from the street it lies on ---------------------
    src_tree = strtree(parts)
    node_ids = {}
    eu, ev, geoms, eattr = [], [], [], []
    xy = []
    n = len(pieces)
    for j, piece in enumerate(pieces):
        if j % 2000 == 0:
            feedback.step(j, n, 40, 90)
        if piece.length <= 1e-6:
            continue
        mid = piece.interpolate(0.5, normalized=True)
        best = None
        for cand in src_tree.query_items(box(mid.x - 0.01, mid.y - 0.01, mid.x + 0.01, mid.y + 0.01)):
            d = parts[cand].distance(mid)
            if best is None or (d, cand) < best:
                best = (d, cand)
        if best is None:
            best = (0.0, src_tree.nearest_item(mid))
        ids = []
        for c in (piece.coords[0], piece.coords[-1]):
            k = node_key(*c)
            if k not in node_ids:
                node_ids[k] = len(xy)
                xy.append(k)
            ids.append(node_ids[k])
        if ids[0] == ids[1]:
            # a closed loop: split in two so the graph stays simple
            L = piece.length
            a, b = substring(piece, 0, L / 2), substring(piece, L / 2, L)
            k = node_key(*a.coords[-1])
            if k not in node_ids:
                node_ids[k] = len(xy)
                xy.append(k)
            for sub, u, v in ((a, ids[0], node_ids[k]), (b, node_ids[k], ids[0])):
                eu.append(u), ev.append(v), geoms.append(sub), eattr.append(attrs[best[1]])
            continue
        eu.append(ids[0]), ev.append(ids[1]), geoms.append(piece), eattr.append(attrs[best[1]])
    g.xy = np.array(xy, dtype=float).reshape(-1, 2)
    g.eu = np.array(eu, dtype=np.int64)
    g.ev = np.array(ev, dtype=np.int64)
    g.geoms = geoms
    g.surface = [a[0] for a in eattr]
    g.name = [a[1] for a in eattr]
    g.src_id = [a[2] for a in eattr]
    g.highway = [a[3] for a in eattr]
    g.special = [a[4] for a in eattr]
    g.length = np.array([p.length for p in geoms])
    g.cost_m = np.array([catalogue.surface[s] for s in g.surface])
    deg = g.degree()
    half = 0.5 * catalogue.crossing_eur
    g.cross = ((deg[g.eu] >= 3).astype(float) + (deg[g.ev] >= 3).astype(float)) * 0.5
    g.cost = g.length * g.cost_m + g.cross * 2 * half
    # components
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    m = coo_matrix((np.ones(g.n_edges), (g.eu, g.ev)), shape=(g.n_nodes, g.n_nodes))
    ncomp, lab = connected_components(m, directed=False)
    # number components by decreasing total length (0 = main network), ties by first node
    comp_len = np.bincount(lab[g.eu], weights=g.length, minlength=ncomp)
    first = np.full(ncomp, g.n_nodes)
    np.minimum.at(first, lab, np.arange(g.n_nodes))
    order = sorted(range(ncomp), key=lambda c: (-round(comp_len[c], 6), first[c]))
    remap = np.empty(ncomp, dtype=np.int64)
    remap[order] = np.arange(ncomp)
    g.component = remap[lab]
    g.rejected = rejected
    if ncomp > 1:
        feedback.warning("The street network has %d disconnected parts (main part %.1f km, the "
                         "others %.1f km together). Homes on a part without a PoP are unserved; "
                         "check the 'components' output and the snapping tolerance."
                         % (ncomp, comp_len.max() / 1000.0, (comp_len.sum() - comp_len.max()) / 1000.0))
    feedback.info("Street graph: %d nodes, %d edges, %.1f km, %d endpoints snapped (tolerance %.2f m)."
                  % (g.n_nodes, g.n_edges, g.length.sum() / 1000.0, g.snapped, tol))
    feedback.set_progress(100)
    return g


def graph_layers(g, plan_id=""):
    """Edges, nodes and components of a street graph as VectorLayers."""
    from shapely.geometry import MultiLineString, Point
    edges = VectorLayer("graph_edges", "LineString", g.crs, [
        Field("edge_id", "int"), Field("u", "int"), Field("v", "int"), Field("length", "float"),
        Field("surface", "str"), Field("cost_m", "float"), Field("crossings", "float"),
        Field("cost", "float"), Field("name", "str"), Field("highway", "str"),
        Field("osm_id", "str"), Field("component", "int"), Field("plan_id", "str")])
    for i in range(g.n_edges):
        edges.add(g.geoms[i], edge_id=i, u=int(g.eu[i]), v=int(g.ev[i]), length=float(g.length[i]),
                  surface=g.surface[i], cost_m=float(g.cost_m[i]), crossings=float(g.cross[i]),
                  cost=float(g.cost[i]), name=g.name[i], highway=g.highway[i], osm_id=g.src_id[i],
                  component=int(g.component[g.eu[i]]), plan_id=plan_id)
    deg = g.degree()
    nodes = VectorLayer("graph_nodes", "Point", g.crs, [
        Field("node_id", "int"), Field("degree", "int"), Field("component", "int"),
        Field("plan_id", "str")])
    for i in range(g.n_nodes):
        nodes.add(Point(g.xy[i]), node_id=i, degree=int(deg[i]), component=int(g.component[i]),
                  plan_id=plan_id)
    comps = VectorLayer("components", "MultiLineString", g.crs, [
        Field("component", "int"), Field("edges", "int"), Field("nodes", "int"),
        Field("length_m", "float"), Field("is_main", "int"), Field("plan_id", "str")])
    ecomp = g.component[g.eu] if g.n_edges else np.zeros(0, dtype=int)
    ncomp = int(g.component.max()) + 1 if g.n_nodes else 0
    nodes_per = np.bincount(g.component, minlength=ncomp)
    by = defaultdict(list)
    for i, c in enumerate(ecomp):
        by[int(c)].append(i)
    for c in range(ncomp):
        idx = by.get(c, [])
        comps.add(MultiLineString([g.geoms[i] for i in idx]), component=c, edges=len(idx),
                  nodes=int(nodes_per[c]), length_m=float(sum(g.length[i] for i in idx)),
                  is_main=int(c == 0), plan_id=plan_id)
    return edges, nodes, comps


def nearest_edge(g, point, tree=None, max_dist=math.inf, usable=None):
    """(edge index, distance) of the graph edge nearest ``point`` (shapely Point)."""
    from shapely.geometry import box
    tree = tree or g.edge_index()
    r = 50.0
    while True:
        best = None
        for e in tree.query_items(box(point.x - r, point.y - r, point.x + r, point.y + r)):
            if usable is not None and not usable[e]:
                continue
            d = g.geoms[e].distance(point)
            if best is None or (d, e) < best:
                best = (d, e)
        if best is not None and best[0] <= r:
            return best[1], best[0]
        if r > max_dist or r > 1e6:
            return (best[1], best[0]) if best else (None, math.inf)
        r *= 4
