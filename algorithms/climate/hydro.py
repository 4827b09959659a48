"""Heavy-rain hazard (Starkregen): sinks, flow paths, affected buildings, and rain-event
ponding with a fill-spill cascade.

Units: elevations and distances in metres, areas in m², volumes in m³, rain in mm.
"""

import math

import numpy as np

from ..errors import InputError
from ..feedback import Feedback, SubFeedback
from ..geo import crs_from, reproject_layer, require_metric
from ..raster import Raster
from ..vector import Field, VectorLayer
from . import kernels as K  # noqa: N812
from .fsm import fill_spill

#: default flow-path classes (contributing area in m²): >= 0.1 ha, >= 1 ha, >= 10 ha
FLOW_CLASSES = (1000.0, 10000.0, 100000.0)
FLOW_CLASS_LABELS = ("catchment >= 0.1 ha", "catchment >= 1 ha", "catchment >= 10 ha")
#: default building distance classes to flow paths (m)
BUILDING_DISTANCES = (5.0, 10.0, 20.0)
#: flow paths of at least this class count for buildings near flow paths (2: >= 1 ha)
BUILDING_FLOW_CLASS = 2


# ----------------------------------------------------------------------------------------
# DEM preparation
# ----------------------------------------------------------------------------------------
def check_dem(dem: Raster, feedback=None):
    """Validate a DEM for hydrology; returns (array float, valid mask, dx, dy)."""
    feedback = feedback or Feedback()
    if dem.crs is None:
        raise InputError(
            "The DEM has no coordinate reference system. Assign one (e.g. "
            "EPSG:25832) in QGIS (Layer Properties → Source) and run again."
        )
    c = crs_from(dem.crs)
    if c.is_geographic:
        raise InputError(
            "The DEM is in a geographic CRS (%s, degrees): cell sizes, slopes and volumes "
            "would be wrong. Reproject it to a metric CRS first, e.g. Raster ▸ Projections ▸ "
            "Warp (Reproject) to EPSG:25832 with bilinear resampling." % c.to_string()
        )
    require_metric(dem.crs, "DEM CRS")
    x0, dx, rx, y0, ry, dy = dem.transform
    if rx or ry:
        raise InputError("The DEM is rotated; warp it to a north-up grid first.")
    dx, dy = abs(dx), abs(dy)
    arr = dem.array
    if arr.dtype.kind != "f":
        arr = arr.astype(np.float32 if arr.dtype.itemsize <= 2 else np.float64)
    valid = K.valid_cells(dem.array, dem.nodata)
    if arr is dem.array:
        arr = arr.copy()
    arr[~valid] = np.nan
    nvalid = int(valid.sum())
    if nvalid == 0:
        raise InputError("The DEM has no valid cells (all nodata).")
    holes = arr.size - nvalid
    if holes:
        feedback.warning(
            "The DEM has %d nodata cells (%.1f %%). Cells next to nodata are "
            "treated as outlets: water flowing there leaves the model." % (holes, 100.0 * holes / arr.size)
        )
    lo, hi = np.nanmin(arr), np.nanmax(arr)
    if hi - lo < 1e-6:
        feedback.warning(
            "The DEM is flat (all cells %.2f m): there are no sinks and water "
            "drains to the nearest edge." % lo
        )
    return arr, valid, dx, dy


def burn_buildings(
    arr, dem: Raster, buildings: VectorLayer, height_field="height", default_height=5.0, feedback=None
):
    """Raise building footprints as obstacles (DEM + building height). Returns the new
    array and a list of (feature, reason) for buildings that could not be used."""
    from affine import Affine
    from rasterio.features import rasterize
    from shapely.geometry import box

    feedback = feedback or Feedback()
    rejected = []
    shapes = []
    no_height = 0
    extent = box(*dem.bounds)
    has_field = height_field and height_field in buildings.field_names()
    for f in buildings.features:
        g = f.geometry
        if g is None or g.is_empty:
            rejected.append((f, "no geometry"))
            continue
        if not g.intersects(extent):
            rejected.append((f, "outside the DEM extent"))
            continue
        h = f.attributes.get(height_field) if has_field else None
        try:
            h = float(h) if h is not None else None
        except (TypeError, ValueError):
            h = None
        if h is None or not math.isfinite(h) or h <= 0:
            no_height += 1
            h = default_height
        shapes.append((g, h))
    if no_height:
        feedback.warning(
            "%d buildings have no usable height in field '%s'; they are raised "
            "by the default obstacle height of %.1f m." % (no_height, height_field, default_height)
        )
    if shapes:
        raise_by = rasterize(
            shapes,
            out_shape=arr.shape,
            transform=Affine.from_gdal(*dem.transform),
            fill=0.0,
            dtype="float32",
            all_touched=False,
        )
        arr = arr + raise_by.astype(arr.dtype)
    feedback.info("%d building footprints raised as flow obstacles." % len(shapes))
    return arr, rejected


# ----------------------------------------------------------------------------------------
# sinks
# ----------------------------------------------------------------------------------------
def label_sinks(filled, dem_arr, valid):
    """Connected (8-neighbour) regions of depth > 0 with the same fill level.
    Returns (labels int32 with 0 = no sink, number of sinks)."""
    from scipy import ndimage

    depth = np.where(valid, filled - dem_arr, 0.0)
    mask = depth > 0
    lab, n = ndimage.label(mask, structure=np.ones((3, 3), bool))
    if n == 0:
        return lab.astype(np.int32), 0
    # split components that touch diagonally but belong to different fill levels
    lv = filled[mask]
    pairs = np.stack([lab[mask].astype(np.float64), lv.astype(np.float64)], axis=1)
    _, inv = np.unique(pairs, axis=0, return_inverse=True)
    out = np.zeros(lab.shape, np.int32)
    out[mask] = inv.astype(np.int32) + 1
    return out, int(inv.max()) + 1


def _steepest_src(z, nrows, ncols, dr, dc, dist, down):
    """Steepest strictly-downhill neighbour on the unfilled DEM (-1: none, edge, nodata)."""
    for r in range(1, nrows - 1):
        for c in range(1, ncols - 1):
            i = r * ncols + c
            zi = z[i]
            if zi != zi:
                continue
            best = -1
            bs = 0.0
            for k in range(8):
                m = (r + dr[k]) * ncols + c + dc[k]
                drop = zi - z[m]
                if drop > 0:
                    sl = drop / dist[k]
                    if sl > bs:
                        bs = sl
                        best = m
            down[i] = best


def _sink_of_src(order, down, lab, sink_of):
    """Label every cell with the sink its unfilled steepest path runs into first
    (``order``: cells by ascending elevation, so the downstream cell is done first)."""
    for t in range(order.size):
        i = order[t]
        if lab[i] > 0:
            sink_of[i] = lab[i]
        elif down[i] >= 0:
            sink_of[i] = sink_of[down[i]]


_STEEPEST = K.njit(cache=True)(_steepest_src) if K.HAVE_NUMBA else _steepest_src
_SINK_OF = K.njit(cache=True)(_sink_of_src) if K.HAVE_NUMBA else _sink_of_src


def local_sinks(dem_arr, labels, dx, dy):
    """For every cell the sink (label) that its water reaches first when it runs down the
    steepest path of the *unfilled* DEM (0: reaches no sink). This is the sink's own
    catchment; water arriving later by spilling from upstream sinks is routed on the
    filled DEM."""
    nrows, ncols = dem_arr.shape
    z = np.ascontiguousarray(dem_arr, dtype=np.float64).ravel()
    down = np.full(z.size, -1, np.int64)
    d = math.hypot(dx, dy)
    dist = np.array([dy, d, dx, d, dy, d, dx, d], np.float64)
    _STEEPEST(z, nrows, ncols, K.DR, K.DC, dist, down)
    zz = np.where(np.isnan(z), np.inf, z)
    order = np.argsort(zz, kind="stable")
    sink_of = np.zeros(z.size, np.int64)
    _SINK_OF(order, down, labels.ravel().astype(np.int64), sink_of)
    return sink_of.reshape(dem_arr.shape)


def _sink_stats(routing, dem_arr, labels, nsinks, acc_cells):
    """Per-sink statistics (index 1..nsinks)."""
    area = routing.cell_area
    depth = np.where(labels > 0, routing.filled - dem_arr, 0.0)
    lab = labels.ravel()
    d = depth.ravel()
    cnt = np.bincount(lab, minlength=nsinks + 1).astype(np.float64)
    vol = np.bincount(lab, weights=d, minlength=nsinks + 1) * area
    dmax = np.zeros(nsinks + 1)
    np.maximum.at(dmax, lab, d)
    level = np.zeros(nsinks + 1)
    level[lab] = routing.filled.ravel()  # same level within a sink
    # exits: sink cells draining to a cell outside the sink
    down = routing.downstream()
    idx = np.nonzero(lab > 0)[0]
    dn = down[idx]
    ext = idx[(dn < 0) | (lab[np.maximum(dn, 0)] != lab[idx])]
    upstream = (
        np.bincount(lab[ext], weights=acc_cells.ravel()[ext].astype(np.float64), minlength=nsinks + 1) * area
    )
    own = local_sinks(dem_arr, labels, routing.dx, routing.dy)
    catch = np.bincount(own.ravel(), minlength=nsinks + 1).astype(np.float64) * area
    # main exit: the exit carrying most water
    pour = np.full(nsinks + 1, -1, np.int64)
    best = np.full(nsinks + 1, -1.0)
    for e in ext[np.argsort(-acc_cells.ravel()[ext], kind="stable")][::-1]:
        s = lab[e]
        a = float(acc_cells.ravel()[e])
        if a >= best[s]:
            best[s] = a
            pour[s] = down[e] if down[e] >= 0 else e
    return dict(
        count=cnt,
        area=cnt * area,
        volume=vol,
        max_depth=dmax,
        mean_depth=np.divide(vol / area, cnt, out=np.zeros_like(vol), where=cnt > 0),
        level=level,
        catchment=catch,
        upstream=upstream,
        pour=pour,
        own=own,
    )


def _polygons_of_labels(labels, transform, keep_ids):
    """Shapely polygons per label id (dict)."""
    from affine import Affine
    from rasterio.features import shapes
    from shapely.geometry import shape
    from shapely.ops import unary_union

    keep = np.zeros(labels.max() + 1 if labels.size else 1, bool)
    keep[list(keep_ids)] = True
    masked = np.where(keep[labels], labels, 0).astype(np.int32)
    parts = {}
    for geom, val in shapes(masked, mask=masked > 0, transform=Affine.from_gdal(*transform), connectivity=8):
        parts.setdefault(int(val), []).append(shape(geom))
    return {k: (v[0] if len(v) == 1 else unary_union(v)) for k, v in parts.items()}


def flow_paths(routing, acc_area, transform, classes=FLOW_CLASSES, feedback=None):
    """Flow-path lines of cells with contributing area >= classes[0], split where the class
    changes and at confluences. Returns a VectorLayer (LineString)."""
    from shapely.geometry import LineString

    feedback = feedback or Feedback()
    nrows, ncols = routing.dirs.shape
    a = np.nan_to_num(acc_area.ravel(), nan=0.0)
    cls = np.zeros(a.size, np.int8)
    for k, t in enumerate(classes):
        cls[a >= t] = k + 1
    down = routing.downstream()
    sel = cls > 0
    # in-degree within the same class
    idx = np.nonzero(sel)[0]
    dn = down[idx]
    okd = dn >= 0
    same = np.zeros(idx.size, bool)
    same[okd] = cls[dn[okd]] == cls[idx[okd]]
    indeg = np.bincount(dn[okd & same] if (okd & same).any() else np.zeros(0, np.int64), minlength=a.size)
    x0, dx, _, y0, _, dy = transform
    layer = VectorLayer(
        "flow_paths",
        "LineString",
        None,
        [
            Field("path_id", "int"),
            Field("class", "int"),
            Field("class_label", "str"),
            Field("catchment_m2", "float"),
            Field("length_m", "float"),
        ],
    )
    starts = idx[indeg[idx] != 1]
    # order: by class descending then index (deterministic)
    starts = starts[np.lexsort((starts, -cls[starts]))]
    visited = np.zeros(a.size, bool)
    pid = 0
    n = starts.size
    for t, s in enumerate(starts):
        if t % 2000 == 0:
            feedback.step(t, n)
        cells = [s]
        visited[s] = True
        cur = s
        while True:
            nx = down[cur]
            if nx < 0:
                break
            cells.append(nx)
            if not sel[nx] or cls[nx] != cls[s] or indeg[nx] != 1 or visited[nx]:
                break
            visited[nx] = True
            cur = nx
        if len(cells) < 2:
            continue
        rr = np.asarray(cells) // ncols
        cc = np.asarray(cells) % ncols
        xs = x0 + (cc + 0.5) * dx
        ys = y0 + (rr + 0.5) * dy
        line = LineString(list(zip(xs.tolist(), ys.tolist())))
        c = int(cls[s])
        last_in = cells[-2] if not (sel[cells[-1]] and cls[cells[-1]] == c) else cells[-1]
        pid += 1
        layer.add(
            line,
            path_id=pid,
            **{"class": c},
            class_label=FLOW_CLASS_LABELS[c - 1] if c - 1 < len(FLOW_CLASS_LABELS) else "class %d" % c,
            catchment_m2=float(a[last_in]),
            length_m=line.length,
        )
    return layer


def sinks(
    dem: Raster,
    buildings: VectorLayer = None,
    raise_buildings=False,
    height_field="height",
    default_height=5.0,
    min_depth=0.2,
    min_area=4.0,
    min_volume=2.0,
    flow_classes=FLOW_CLASSES,
    building_distances=BUILDING_DISTANCES,
    building_flow_class=BUILDING_FLOW_CLASS,
    id_field=None,
    feedback=None,
):
    """Starkregen sink analysis. Returns a dict with layers ``sinks``, ``flow_paths``,
    ``buildings`` (affected), ``rejected``, rasters ``depth`` and ``accumulation`` (m²),
    the :class:`~kernels.FlowRouting` and ``summary`` numbers."""
    feedback = feedback or Feedback()
    arr, valid, dx, dy = check_dem(dem, feedback)
    crs = dem.crs
    rejected = VectorLayer(
        "rejected_buildings", "Polygon", crs, [Field("building_id", "str"), Field("reason", "str")]
    )
    bl = None
    if buildings is not None:
        bl = reproject_layer(buildings, crs, feedback)
        id_field = id_field or ("osm_id" if "osm_id" in bl.field_names() else None)
        _check_extent(bl, dem, feedback)
    base = arr
    if raise_buildings and bl is not None:
        arr, rej = burn_buildings(arr, dem, bl, height_field, default_height, feedback)
        for f, why in rej:
            rejected.add(f.geometry, building_id=_bid(f, id_field), reason=why)
    feedback.set_progress(5)
    feedback.check_canceled()
    routing = K.route(arr, None, dx, dy, feedback=feedback)
    feedback.set_progress(40)
    acc_cells = routing.accumulation_cells()
    acc_area = acc_cells.astype(np.float64) * routing.cell_area
    acc_area[~valid] = np.nan
    feedback.check_canceled()
    labels, nall = label_sinks(routing.filled, arr, valid)
    st = _sink_stats(routing, arr, labels, nall, acc_cells)
    ids = np.arange(1, nall + 1)
    keep = ids[
        (st["max_depth"][1:] >= min_depth) & (st["area"][1:] >= min_area) & (st["volume"][1:] >= min_volume)
    ]
    feedback.info(
        "Priority-Flood: %d cells raised, %d depressions, %d kept after the filters "
        "(depth >= %g m, area >= %g m², volume >= %g m³)."
        % (routing.raised, nall, keep.size, min_depth, min_area, min_volume)
    )
    feedback.set_progress(55)
    polys = _polygons_of_labels(labels, dem.transform, keep) if keep.size else {}
    sink_layer = VectorLayer(
        "sinks",
        "MultiPolygon",
        crs,
        [
            Field("sink_id", "int"),
            Field("max_depth", "float"),
            Field("mean_depth", "float"),
            Field("area_m2", "float"),
            Field("volume_m3", "float"),
            Field("fill_level", "float"),
            Field("pour_x", "float"),
            Field("pour_y", "float"),
            Field("pour_z", "float"),
            Field("catchment_m2", "float"),
            Field("upstream_m2", "float"),
            Field("fill_rain_mm", "float"),
        ],
    )
    # rank kept sinks by volume (largest first) for stable, meaningful ids
    keep = keep[np.lexsort((keep, -st["volume"][keep]))]
    new_id = np.zeros(nall + 1, np.int32)
    from shapely.geometry import MultiPolygon

    ncols = arr.shape[1]
    for k, s in enumerate(keep):
        new_id[s] = k + 1
        p = st["pour"][s]
        pr, pc = divmod(int(p), ncols)
        px, py = dem.xy(pr, pc)
        g = polys.get(int(s))
        if g is not None and g.geom_type == "Polygon":
            g = MultiPolygon([g])
        catch = float(st["catchment"][s])
        sink_layer.add(
            g,
            sink_id=k + 1,
            max_depth=float(st["max_depth"][s]),
            mean_depth=float(st["mean_depth"][s]),
            area_m2=float(st["area"][s]),
            volume_m3=float(st["volume"][s]),
            fill_level=float(st["level"][s]),
            pour_x=float(px),
            pour_y=float(py),
            pour_z=float(arr[pr, pc]),
            catchment_m2=catch,
            upstream_m2=float(st["upstream"][s]),
            fill_rain_mm=1000.0 * float(st["volume"][s]) / catch if catch > 0 else None,
        )
    kept_labels = new_id[labels]
    depth = np.where(kept_labels > 0, routing.filled - arr, 0.0).astype(np.float32)
    depth[~valid] = np.nan
    feedback.set_progress(65)
    paths = flow_paths(routing, acc_area, dem.transform, flow_classes, SubFeedback(feedback, 65, 85))
    paths.crs = crs
    affected = VectorLayer(
        "affected_buildings",
        "MultiPolygon",
        crs,
        [
            Field("building_id", "str"),
            Field("sink_id", "int"),
            Field("water_depth", "float"),
            Field("flow_dist", "float"),
            Field("flow_class", "int"),
            Field("dist_class", "str"),
            Field("reason", "str"),
        ],
    )
    if bl is not None:
        _affected_buildings(
            bl,
            id_field,
            dem,
            depth,
            kept_labels,
            paths,
            building_distances,
            affected,
            rejected,
            raise_buildings,
            building_flow_class,
        )
    summary = dict(
        raised_cells=routing.raised,
        depressions=nall,
        sinks=int(keep.size),
        sink_volume_m3=float(st["volume"][keep].sum()) if keep.size else 0.0,
        fill_volume_m3=float(np.nansum(routing.filled - arr) * routing.cell_area),
        flow_paths=len(paths),
        affected_buildings=len(affected),
        affected_by_sink=sum(1 for f in affected.features if f.attributes["sink_id"]),
    )
    feedback.info(
        "Sinks: %(sinks)d (volume %(sink_volume_m3).0f m³), flow paths: %(flow_paths)d, "
        "affected buildings: %(affected_buildings)d (%(affected_by_sink)d in sinks)." % summary
    )
    feedback.set_progress(100)
    return dict(
        sinks=sink_layer,
        flow_paths=paths,
        buildings=affected,
        rejected=rejected,
        depth=Raster(depth, dem.transform, crs, np.nan),
        accumulation=Raster(acc_area.astype(np.float32), dem.transform, crs, np.nan),
        routing=routing,
        labels=kept_labels,
        own=new_id[st["own"]],
        dem_used=arr,
        valid=valid,
        summary=summary,
        base_dem=base,
    )


def _bid(f, id_field):
    v = f.attributes.get(id_field) if id_field else None
    if v is None:
        v = f.attributes.get("fid")
    return None if v is None else str(v)


def _check_extent(bl, dem, feedback):
    from shapely.geometry import box

    geoms = [f.geometry for f in bl.features if f.geometry is not None and not f.geometry.is_empty]
    if not geoms:
        return
    bs = np.array([g.bounds for g in geoms])
    xs0, ys0 = bs[:, 0].min(), bs[:, 1].min()
    xs1, ys1 = bs[:, 2].max(), bs[:, 3].max()
    dbox = box(*dem.bounds)
    bbox = box(xs0, ys0, xs1, ys1)
    if not dbox.contains(bbox):
        cover = dbox.intersection(bbox).area / bbox.area if bbox.area > 0 else 0.0
        feedback.warning(
            "The DEM covers only %.0f %% of the extent of layer '%s'; buildings "
            "outside the DEM are listed in the rejected output." % (100 * cover, bl.name)
        )


def _affected_buildings(
    bl, id_field, dem, depth, kept_labels, paths, distances, out, rejected, already_rejected, min_flow_class=1
):
    """Buildings in/next to sinks (expected water depth = deepest sink cell within one cell
    of the footprint) or within ``distances[-1]`` of a flow path."""
    from affine import Affine
    from rasterio.features import rasterize
    from shapely.geometry import MultiPolygon, box
    from shapely.strtree import STRtree

    extent = box(*dem.bounds)
    cs = dem.cellsize
    feats = []
    for f in bl.features:
        g = f.geometry
        if g is None or g.is_empty:
            if not already_rejected:
                rejected.add(None, building_id=_bid(f, id_field), reason="no geometry")
            continue
        if not g.intersects(extent):
            if not already_rejected:
                rejected.add(g, building_id=_bid(f, id_field), reason="outside the DEM extent")
            continue
        feats.append(f)
    if not feats:
        return
    shapes = [(f.geometry.buffer(cs, 2), i + 1) for i, f in enumerate(feats)]
    # rasterize one by one into max-depth per building (buildings may overlap after buffer)
    tr = Affine.from_gdal(*dem.transform)
    wdepth = np.zeros(len(feats) + 1)
    wsink = np.zeros(len(feats) + 1, np.int64)
    sinkcells = kept_labels > 0
    for g, i in shapes:
        minx, miny, maxx, maxy = g.bounds
        r0, c0 = dem.rowcol(minx, maxy)
        r1, c1 = dem.rowcol(maxx, miny)
        r0, c0 = max(int(r0), 0), max(int(c0), 0)
        r1, c1 = min(int(r1) + 1, depth.shape[0]), min(int(c1) + 1, depth.shape[1])
        if r1 <= r0 or c1 <= c0:
            continue
        sub = sinkcells[r0:r1, c0:c1]
        if not sub.any():
            continue
        wtr = tr * Affine.translation(c0, r0)
        m = (
            rasterize(
                [(g, 1)], out_shape=(r1 - r0, c1 - c0), transform=wtr, fill=0, dtype="uint8", all_touched=True
            ).astype(bool)
            & sub
        )
        if m.any():
            d = depth[r0:r1, c0:c1][m]
            j = int(np.nanargmax(d))
            wdepth[i] = float(d[j])
            wsink[i] = int(kept_labels[r0:r1, c0:c1][m][j])
    import warnings

    lines = [f.geometry for f in paths.features if f.attributes["class"] >= min_flow_class]
    pclass = [f.attributes["class"] for f in paths.features if f.attributes["class"] >= min_flow_class]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = STRtree(lines) if lines else None
    gid = {id(g): k for k, g in enumerate(lines)}
    dmax = distances[-1] if distances else 0.0
    for i, f in enumerate(feats, start=1):
        g = f.geometry
        best, bcls = None, None
        if tree is not None and dmax > 0:
            for line in tree.query(g.buffer(dmax, 2)):
                d = g.distance(line)
                lc = pclass[gid[id(line)]]
                if d <= dmax and (best is None or d < best - 1e-9 or (abs(d - best) <= 1e-9 and lc > bcls)):
                    best, bcls = d, lc
        if wsink[i] == 0 and best is None:
            continue
        dclass = None
        if best is not None:
            lo = 0.0
            for t in distances:
                if best <= t:
                    dclass = "%g-%g m" % (lo, t)
                    break
                lo = t
        reason = " + ".join(r for r, ok in (("sink", wsink[i] > 0), ("flow path", best is not None)) if ok)
        gg = g if g.geom_type == "MultiPolygon" else (MultiPolygon([g]) if g.geom_type == "Polygon" else g)
        out.add(
            gg,
            building_id=_bid(f, id_field),
            sink_id=int(wsink[i]) or None,
            water_depth=round(float(wdepth[i]), 3) if wsink[i] else None,
            flow_dist=round(float(best), 2) if best is not None else None,
            flow_class=bcls,
            dist_class=dclass,
            reason=reason,
        )


# ----------------------------------------------------------------------------------------
# ponding: design rain, runoff, fill-spill cascade
# ----------------------------------------------------------------------------------------
def runoff_depth(
    rain_mm,
    impervious,
    method="coefficient",
    c_impervious=0.9,
    c_pervious=0.15,
    cn_pervious=61.0,
    cn_impervious=98.0,
):
    """Runoff depth (mm) per cell from the design rain and an imperviousness grid (0..1).

    ``coefficient``: C = c_pervious + (c_impervious − c_pervious)·imperviousness.
    ``scs``: SCS curve number, CN = cn_pervious·(1−imp) + cn_impervious·imp,
    S = 25400/CN − 254 mm, Ia = 0.2·S, Q = (P − Ia)²/(P − Ia + S) for P > Ia else 0
    (USDA NRCS TR-55)."""
    imp = np.clip(np.nan_to_num(np.asarray(impervious, dtype=np.float64), nan=0.0), 0.0, 1.0)
    p = float(rain_mm)
    if method == "coefficient":
        c = c_pervious + (c_impervious - c_pervious) * imp
        return p * c
    if method == "scs":
        cn = cn_pervious * (1 - imp) + cn_impervious * imp
        s = 25400.0 / cn - 254.0
        ia = 0.2 * s
        return np.where(p > ia, (p - ia) ** 2 / np.maximum(p - ia + s, 1e-12), 0.0)
    raise InputError("Unknown runoff method %r: use 'coefficient' or 'scs'." % method)


def impervious_grid(
    dem: Raster, landcover=None, buildings=None, field="impervious", default=0.3, feedback=None
):
    """Imperviousness (0..1) on the DEM grid: the land-cover polygons' ``field`` (area share
    at 1/4 cell), buildings count as sealed (1), unmapped cells get ``default``."""
    from affine import Affine
    from rasterio.features import rasterize

    feedback = feedback or Feedback()
    f = 4
    x0, dx, _, y0, _, dy = dem.transform
    fine = Affine(dx / f, 0, x0, 0, dy / f, y0)
    shape = (dem.shape[0] * f, dem.shape[1] * f)
    imp = np.full(shape, np.nan, np.float32)
    if landcover is not None:
        lc = reproject_layer(landcover, dem.crs, feedback)
        lc.require_fields(field)
        shapes = []
        for ft in sorted(
            (ft for ft in lc.features if ft.geometry is not None), key=lambda ft: -ft.geometry.area
        ):
            v = ft.attributes.get(field)
            if v is not None and v == v:
                shapes.append((ft.geometry, min(max(float(v), 0.0), 1.0)))
        if shapes:
            imp = rasterize(shapes, out_shape=shape, transform=fine, fill=np.nan, dtype="float32")
    if buildings is not None:
        bl = reproject_layer(buildings, dem.crs, feedback)
        shapes = [(ft.geometry, 1.0) for ft in bl.features if ft.geometry is not None]
        if shapes:
            b = rasterize(shapes, out_shape=shape, transform=fine, fill=0, dtype="uint8")
            imp[b > 0] = 1.0
    imp = np.nan_to_num(imp, nan=default)
    out = imp.reshape(dem.shape[0], f, dem.shape[1], f).mean(axis=(1, 3))
    feedback.info("Imperviousness on the DEM grid: mean %.2f (unmapped cells %.2f)." % (out.mean(), default))
    return out


def ponding(
    dem: Raster,
    rain_mm,
    impervious=None,
    method="coefficient",
    buildings=None,
    raise_buildings=False,
    height_field="height",
    default_height=5.0,
    min_depth=0.0,
    c_impervious=0.9,
    c_pervious=0.15,
    cn_pervious=61.0,
    feedback=None,
):
    """Rain-event ponding: runoff from the design rain (runoff coefficient or SCS CN) runs
    down the unfilled terrain into the pit basins; the pools fill and spill through the
    depression hierarchy (:mod:`.fsm`: nested depressions fill separately, overflow at
    saddles, merge when full); what reaches the DEM edge leaves the area. Returns the
    ponded depth raster, the depressions of the exact fill with their stored volume and
    fill state, and the mass balance (rain = ponded + outflow + infiltrated).

    ``impervious``: Raster/array on the DEM grid (0..1) or None (all pervious)."""
    feedback = feedback or Feedback()
    res = sinks(
        dem,
        buildings,
        raise_buildings,
        height_field,
        default_height,
        min_depth=0.0,
        min_area=0.0,
        min_volume=0.0,
        flow_classes=(float("inf"),),
        building_distances=(),
        feedback=SubFeedback(feedback, 0, 60),
    )
    routing, arr, valid = res["routing"], res["dem_used"], res["valid"]
    labels = res["labels"]
    area = routing.cell_area
    if impervious is None:
        imp = np.zeros(arr.shape)
    else:
        imp = np.asarray(impervious.array if isinstance(impervious, Raster) else impervious, float)
        if imp.shape != arr.shape:
            raise InputError(
                "The imperviousness grid (%s) does not match the DEM grid (%s)." % (imp.shape, arr.shape)
            )
    q = runoff_depth(rain_mm, imp, method, c_impervious, c_pervious, cn_pervious)
    q = np.where(valid, q, 0.0)
    rain_total = float(rain_mm) / 1000.0 * area * float(valid.sum())
    infil_total = float(np.sum(np.where(valid, float(rain_mm) - q, 0.0))) / 1000.0 * area
    water = q / 1000.0 * area  # runoff volume per cell (m³)
    nlab = int(labels.max()) if labels.size else 0
    depth_fill = np.where(labels > 0, routing.filled.astype(np.float64) - arr.astype(np.float64), 0.0)
    cap = np.bincount(labels.ravel(), weights=depth_fill.ravel(), minlength=nlab + 1) * area
    cap[0] = 0.0
    feedback.check_canceled()
    z64 = np.where(valid, arr.astype(np.float64), np.nan)
    pf, outflow, leaf = fill_spill(z64, routing.dirs == K.OUTLET, water, area)
    feedback.set_progress(90)
    # per depression of the exact fill: the water standing in it
    stored = np.bincount(labels.ravel(), weights=pf.ravel(), minlength=nlab + 1) * area
    stored[0] = 0.0
    ponded = pf
    ponded_total = float(np.nansum(pf) * area)
    raster_total = ponded_total
    outside = ponded_total - float(stored.sum())
    if abs(outside) > 1e-6 * max(ponded_total, 1.0):  # pragma: no cover - consistency check
        feedback.warning("%.3f m³ of ponded water lie outside the depressions of the fill." % outside)
    err = abs(rain_total - (ponded_total + outflow + infil_total)) / max(rain_total, 1e-300)
    full = int(np.sum((stored >= cap * (1 - 1e-9)) & (cap > 0)))
    nsink = int(np.sum(cap > 0))
    feedback.info(
        "Mass balance for %.1f mm: rain %.1f m³ = ponded %.1f m³ + outflow %.1f m³ + "
        "infiltrated %.1f m³ (relative error %.2e). %d of %d depressions full and spilling."
        % (rain_mm, rain_total, ponded_total, outflow, infil_total, err, full, nsink)
    )
    ponded[~valid] = np.nan
    out_depth = np.where(ponded >= min_depth, ponded, 0.0).astype(np.float32)
    out_depth[~valid] = np.nan
    # sinks layer with fill state (reusing the polygons of the sink step)
    sl = res["sinks"]
    sl.fields = sl.fields + [Field("stored_m3", "float"), Field("fill_pct", "float"), Field("spills", "int")]
    for f in sl.features:
        s = f.attributes["sink_id"]
        f.attributes["stored_m3"] = float(stored[s])
        f.attributes["fill_pct"] = 100.0 * float(stored[s] / cap[s]) if cap[s] > 0 else None
        f.attributes["spills"] = int(stored[s] >= cap[s] * (1 - 1e-9))
    balance = dict(
        rain_m3=rain_total,
        ponded_m3=ponded_total,
        outflow_m3=float(outflow),
        infiltrated_m3=infil_total,
        relative_error=err,
        raster_ponded_m3=raster_total,
        in_depressions_m3=float(stored.sum()),
        depressions=nsink,
        full=full,
        flooded_area_m2=float(np.sum(out_depth > 0) * area),
    )
    feedback.set_progress(100)
    return dict(
        depth=Raster(out_depth, dem.transform, dem.crs, np.nan),
        sinks=sl,
        balance=balance,
        rejected=res["rejected"],
    )
