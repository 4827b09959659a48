"""Green access per residential building: the 3-30-300 rule (Konijnendijk 2021) and the
WHO Europe (2016) indicator of a public green space of at least 0.5 ha (and 1 ha)
within 300 m walking distance.

* walking distance along the street network (networkx Dijkstra from every entrance of
  a qualifying green space; entrances = street vertices within ``entry_distance`` of the
  green polygon, network densified every ``densify`` m), plus the straight access
  legs building → nearest street vertex;
* green/canopy share within ``share_radius`` of the building (green polygons, forest /
  park land cover and tree crowns of ``tree_radius``);
* trees within ``tree_view_radius`` (3 wanted);
* inhabitants = dwellings × household size (Zensus 1 km ``hh_groesse``, else the default).
"""

import math

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import reproject_layer, require_metric
from ..vector import Field, VectorLayer


def _street_graph(streets, densify, feedback):
    import networkx as nx
    from shapely.geometry import LineString

    g = nx.Graph()
    key = {}
    coords = []

    def node(x, y):
        k = (round(x, 1), round(y, 1))
        n = key.get(k)
        if n is None:
            n = len(coords)
            key[k] = n
            coords.append(k)
            g.add_node(n)
        return n

    for f in streets.features:
        geom = f.geometry
        if geom is None or geom.is_empty:
            continue
        parts = list(geom.geoms) if geom.geom_type.startswith("Multi") else [geom]
        for line in parts:
            pts = list(line.coords)
            for a, b in zip(pts[:-1], pts[1:]):
                seg = LineString([a, b])
                n = max(1, int(math.ceil(seg.length / densify)))
                prev = node(*a[:2])
                for k in range(1, n + 1):
                    p = seg.interpolate(k / n, normalized=True)
                    cur = node(p.x, p.y)
                    if cur != prev:
                        w = math.hypot(coords[cur][0] - coords[prev][0], coords[cur][1] - coords[prev][1])
                        if not g.has_edge(prev, cur) or g[prev][cur]["w"] > w:
                            g.add_edge(prev, cur, w=w)
                    prev = cur
    return g, np.array(coords, float).reshape(-1, 2)


def _distances_from_greens(g, coords, tree, greens, entry_distance):
    """Multi-source Dijkstra from the entrances of ``greens`` (entry legs included)."""
    import networkx as nx

    if not greens or coords.size == 0:
        return {}
    src = {}
    for geom in greens:
        cands = tree.query_ball_point(
            [geom.centroid.x, geom.centroid.y], r=math.sqrt(geom.area) * 2 + entry_distance + 500
        )
        from shapely.geometry import Point

        for n in cands:
            d = geom.distance(Point(coords[n]))
            if d <= entry_distance:
                src[n] = min(src.get(n, math.inf), d)
    if not src:
        return {}
    # a super source connected to every entrance with the entry leg as weight
    h = g.copy()
    s = -1
    for n, d in src.items():
        h.add_edge(s, n, w=d)
    dist = nx.single_source_dijkstra_path_length(h, s, weight="w")
    dist.pop(s, None)
    return dist


def green_access(
    buildings,
    streets,
    green,
    trees=None,
    landcover=None,
    zensus=None,
    min_area_small=5000.0,
    min_area_large=10000.0,
    max_walk=300.0,
    share_radius=150.0,
    share_target=0.30,
    tree_view_radius=50.0,
    trees_target=3,
    tree_radius=4.0,
    entry_distance=30.0,
    densify=25.0,
    max_access=150.0,
    household_size=2.0,
    residential_only=True,
    public_field="public",
    crs="EPSG:25832",
    feedback=None,
):
    """Per residential building the 3-30-300 indicators. Returns dict with layers
    ``buildings`` (points at the building centroid with indicators) and ``rejected``,
    and a ``summary``."""
    from scipy.spatial import cKDTree
    from shapely.geometry import Point
    from shapely.ops import unary_union

    feedback = feedback or Feedback()
    require_metric(crs, "analysis CRS")
    buildings = reproject_layer(buildings, crs, feedback)
    streets = reproject_layer(streets, crs, feedback)
    green = reproject_layer(green, crs, feedback)
    rejected = VectorLayer(
        "rejected_buildings", "Point", crs, [Field("building_id", "str"), Field("reason", "str")]
    )
    idf = "osm_id" if "osm_id" in buildings.field_names() else None
    has_res = "resident" in buildings.field_names()
    has_dw = "dwellings" in buildings.field_names()
    sel = []
    for f in buildings.features:
        bid = str(f.attributes.get(idf) if idf else f.attributes.get("fid"))
        if f.geometry is None or f.geometry.is_empty:
            rejected.add(None, building_id=bid, reason="no geometry")
            continue
        if residential_only and has_res and not f.attributes.get("resident"):
            continue  # not residential: not part of the question (not an error)
        sel.append((bid, f))
    if not sel:
        raise InputError("Layer '%s' has no residential buildings (field 'resident' = 1)." % buildings.name)
    feedback.info("%d residential buildings." % len(sel))
    g, coords = _street_graph(streets, densify, feedback)
    if coords.shape[0] == 0:
        raise InputError("Layer '%s' has no street lines to walk along." % streets.name)
    ktree = cKDTree(coords)
    feedback.set_progress(15)
    pub = public_field in green.field_names()
    greens = []
    for f in green.features:
        if f.geometry is None or f.geometry.is_empty:
            continue
        if pub and not f.attributes.get(public_field):
            continue
        greens.append(f.geometry)
    # adjacent public green polygons form one green space (e.g. park made of lawns)
    merged = unary_union(greens).buffer(0) if greens else None
    spaces = (
        [] if merged is None else (list(merged.geoms) if merged.geom_type == "MultiPolygon" else [merged])
    )
    small = [p for p in spaces if p.area >= min_area_small]
    large = [p for p in spaces if p.area >= min_area_large]
    feedback.info(
        "Public green spaces: %d >= %.1f ha, %d >= %.1f ha."
        % (len(small), min_area_small / 1e4, len(large), min_area_large / 1e4)
    )
    d_small = _distances_from_greens(g, coords, ktree, small, entry_distance)
    feedback.set_progress(40)
    feedback.check_canceled()
    d_large = _distances_from_greens(g, coords, ktree, large, entry_distance)
    feedback.set_progress(55)
    # green / canopy share raster at 5 m and tree points
    pts = np.array([[f.geometry.centroid.x, f.geometry.centroid.y] for _, f in sel])
    tree_pts = np.zeros((0, 2))
    if trees is not None and len(trees):
        trees = reproject_layer(trees, crs, feedback)
        tree_pts = np.array(
            [
                [f.geometry.x, f.geometry.y]
                for f in trees.features
                if f.geometry is not None and f.geometry.geom_type == "Point"
            ]
        ).reshape(-1, 2)
    share = _green_share(pts, green, landcover, tree_pts, share_radius, tree_radius, crs, feedback)
    tree_counts = np.zeros(len(pts), int)
    if tree_pts.shape[0]:
        tt = cKDTree(tree_pts)
        tree_counts = np.array([len(x) for x in tt.query_ball_point(pts, r=tree_view_radius)])
    hh = _household_size(pts, zensus, household_size, crs, feedback)
    feedback.set_progress(80)
    out = VectorLayer(
        "green_access",
        "Point",
        crs,
        [
            Field("building_id", "str"),
            Field("dwellings", "int"),
            Field("inhabitants", "float"),
            Field("walk_green05_m", "float"),
            Field("walk_green1_m", "float"),
            Field("ok_300", "int"),
            Field("green_share", "float"),
            Field("ok_30", "int"),
            Field("trees_near", "int"),
            Field("ok_3", "int"),
            Field("rule_3_30_300", "int"),
        ],
    )
    dd, nn = ktree.query(pts)
    for k, (bid, f) in enumerate(sel):
        if k % 2000 == 0:
            feedback.step(k, len(sel), 80, 99)
        access = float(dd[k])
        n = int(nn[k])
        if access > max_access:
            rejected.add(
                Point(pts[k]),
                building_id=bid,
                reason="no street within %g m (nearest %.0f m)" % (max_access, access),
            )
            continue
        ws = d_small.get(n)
        wl = d_large.get(n)
        ws = None if ws is None else ws + access
        wl = None if wl is None else wl + access
        dw = f.attributes.get("dwellings") if has_dw else None
        dw = int(dw) if dw is not None else 1
        ok300 = int(ws is not None and ws <= max_walk)
        ok30 = int(share[k] >= share_target)
        ok3 = int(tree_counts[k] >= trees_target)
        out.add(
            Point(pts[k]),
            building_id=bid,
            dwellings=dw,
            inhabitants=round(dw * hh[k], 2),
            walk_green05_m=None if ws is None else round(ws, 1),
            walk_green1_m=None if wl is None else round(wl, 1),
            ok_300=ok300,
            green_share=round(float(share[k]), 4),
            ok_30=ok30,
            trees_near=int(tree_counts[k]),
            ok_3=ok3,
            rule_3_30_300=ok3 + ok30 + ok300,
        )
    inh = np.array(out.values("inhabitants"), float)
    no300 = np.array(out.values("ok_300")) == 0
    summary = dict(
        buildings=len(out),
        inhabitants=float(inh.sum()),
        inhabitants_without_300=float(inh[no300].sum()) if len(out) else 0.0,
        share_ok_30=float(np.mean(out.values("ok_30"))) if len(out) else 0.0,
        share_ok_3=float(np.mean(out.values("ok_3"))) if len(out) else 0.0,
        rejected=len(rejected),
    )
    feedback.info(
        "Green access: %(buildings)d residential buildings, %(inhabitants).0f inhabitants, "
        "%(inhabitants_without_300).0f without a public green >= 0.5 ha within 300 m." % summary
    )
    feedback.set_progress(100)
    return dict(buildings=out, rejected=rejected, summary=summary)


def _green_share(pts, green, landcover, tree_pts, radius, tree_radius, crs, feedback, cs=5.0):
    """Share of green/canopy area within ``radius`` of each point (5 m raster)."""
    from affine import Affine
    from rasterio.features import rasterize
    from scipy.signal import fftconvolve

    if len(pts) == 0:
        return np.zeros(0)
    x0 = pts[:, 0].min() - radius - cs
    x1 = pts[:, 0].max() + radius + cs
    y0 = pts[:, 1].min() - radius - cs
    y1 = pts[:, 1].max() + radius + cs
    ncols = int(math.ceil((x1 - x0) / cs))
    nrows = int(math.ceil((y1 - y0) / cs))
    tr = Affine(cs, 0, x0, 0, -cs, y1)
    shapes = [(f.geometry, 1) for f in green.features if f.geometry is not None]
    if landcover is not None:
        landcover = reproject_layer(landcover, crs, feedback)
        from .heat import BIOPHYSICAL

        shapes += [
            (f.geometry, 1)
            for f in landcover.features
            if f.geometry is not None and BIOPHYSICAL.get(f.attributes.get("lc_class"), (0, 0, 0, 0))[3]
        ]
    from shapely.geometry import Point

    shapes += [(Point(p).buffer(tree_radius), 1) for p in tree_pts]
    mask = (
        rasterize(shapes, out_shape=(nrows, ncols), transform=tr, fill=0, dtype="uint8")
        if shapes
        else np.zeros((nrows, ncols), np.uint8)
    )
    r = int(math.ceil(radius / cs))
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    disc = (np.hypot(xx, yy) * cs <= radius).astype(float)
    share = fftconvolve(mask.astype(float), disc, mode="same") / disc.sum()
    rows = ((y1 - pts[:, 1]) / cs).astype(int).clip(0, nrows - 1)
    cols = ((pts[:, 0] - x0) / cs).astype(int).clip(0, ncols - 1)
    return np.clip(share[rows, cols], 0.0, 1.0)


def _household_size(pts, zensus, default, crs, feedback):
    hh = np.full(len(pts), float(default))
    if zensus is None or not len(zensus) or "hh_groesse" not in zensus.field_names():
        return hh
    import warnings

    from shapely.geometry import Point
    from shapely.strtree import STRtree

    zensus = reproject_layer(zensus, crs, feedback)
    cells = [(f.geometry, f.attributes.get("hh_groesse")) for f in zensus.features if f.geometry is not None]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = STRtree([c[0] for c in cells])
    val = {id(c[0]): c[1] for c in cells}
    for k, p in enumerate(pts):
        pt = Point(p)
        for geom in tree.query(pt):
            v = val[id(geom)]
            if geom.contains(pt) and v is not None and v == v and v > 0:
                hh[k] = float(v)
                break
    return hh
