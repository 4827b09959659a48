"""Coverage statistics per district and automatic site selection.

Population is spread evenly over the area of each population polygon (Zensus 100 m or
1 km cell): a raster cell receives ``pop * cell_area / polygon_area`` of every polygon
whose representative grid covers it (rasterized at cell centres). Buildings and
households are counted at the building's representative point; indoor values are the
outdoor RSRP minus the ITU-R P.2109 building entry loss (median, horizontal incidence,
building type 'traditional' or 'thermally_efficient') at the given frequency.
"""

from typing import Optional, Sequence

import numpy as np

from ..errors import InputError
from ..feedback import Feedback, SubFeedback
from ..geo import reproject_layer, same_crs
from ..raster import Raster
from ..vector import Field, VectorLayer
from . import propagation as pr
from .coverage import NODATA, Sector, _align, class_bounds, hole_label, parse_sectors, resample, sector_rsrp
from .selection import greedy_order, lazy_greedy, swap_local_search


def _rasterize(layer, raster, values):
    from affine import Affine
    from rasterio.features import rasterize

    shapes = [(f.geometry, v) for f, v in zip(layer.features, values) if f.geometry is not None]
    if not shapes:
        return np.zeros(raster.shape, np.int32)
    return rasterize(
        shapes, out_shape=raster.shape, transform=Affine.from_gdal(*raster.transform), fill=0, dtype="int32"
    )


def _layer_in(layer, crs, feedback):
    if layer is None:
        return None
    if layer.crs is None:
        raise InputError("Layer '%s' has no coordinate reference system." % layer.name)
    return layer if same_crs(layer.crs, crs) else reproject_layer(layer, crs, feedback)


def population_raster(pop_layer, pop_field, grid: Raster, feedback=None):
    """Population per cell of ``grid`` from polygons with a population field (area-weighted)."""
    feedback = feedback or Feedback()
    pop = np.zeros(grid.shape, np.float64)
    if pop_layer is None:
        return pop
    pop_layer = _layer_in(pop_layer, grid.crs, feedback)
    if not pop_field:
        raise InputError("A population layer '%s' was given without its population field: choose "
                         "the field with inhabitants (e.g. 'einwohner' of the Zensus 1 km grid)."
                         % pop_layer.name)
    pop_layer.require_fields(pop_field)
    cell_area = grid.cellsize**2
    ids = _rasterize(pop_layer, grid, range(1, len(pop_layer) + 1))
    dens = np.zeros(len(pop_layer) + 1)
    for i, f in enumerate(pop_layer.features, start=1):
        v = f.attributes.get(pop_field)
        if f.geometry is not None and v is not None and f.geometry.area > 0:
            dens[i] = float(v) * cell_area / f.geometry.area
    return dens[ids]


def coverage_stats(
    rsrp: Raster,
    thresholds: Sequence[float],
    districts: Optional[VectorLayer] = None,
    district_field: Optional[str] = None,
    population: Optional[VectorLayer] = None,
    pop_field: Optional[str] = None,
    buildings: Optional[VectorLayer] = None,
    households_field: Optional[str] = "dwellings",
    freq_mhz: float = 1800.0,
    bel_building: str = "traditional",
    bel_percent: float = 50.0,
    hole_threshold: Optional[float] = None,
    feedback: Optional[Feedback] = None,
):
    """Per district (or the whole raster) and class: area, population, buildings and
    households, outdoor and indoor. Returns (table VectorLayer without geometry,
    holes VectorLayer of polygons)."""
    feedback = feedback or Feedback()
    if not thresholds:
        raise InputError("Give at least one RSRP threshold.")
    thresholds = sorted([float(t) for t in thresholds], reverse=True)
    if hole_threshold is None:
        hole_threshold = thresholds[-1]
    if bel_building not in ("traditional", "thermally_efficient"):
        raise InputError(
            "Building type for the entry loss must be 'traditional' or "
            "'thermally_efficient', not %r." % bel_building
        )
    arr = rsrp.array.astype(np.float64)
    valid_area = np.ones(arr.shape, bool)
    sig = np.where(arr == NODATA, -np.inf, arr)
    if rsrp.nodata is not None and rsrp.nodata != NODATA:
        sig = np.where(arr == rsrp.nodata, -np.inf, sig)
    sig = np.where(np.isfinite(arr) | np.isneginf(sig), sig, -np.inf)
    bel = float(pr.p2109_bel(freq_mhz / 1000.0, 0.0, bel_percent, bel_building))
    feedback.info(
        "Indoor: P.2109 building entry loss %.1f dB (%s, %.0f %% of locations, "
        "%.0f MHz, horizontal incidence)." % (bel, bel_building, bel_percent, freq_mhz)
    )
    # districts
    if districts is not None:
        districts = _layer_in(districts, rsrp.crs, feedback)
        if district_field:
            districts.require_fields(district_field)
        names = [
            str(f.attributes.get(district_field) if district_field else i + 1)
            for i, f in enumerate(districts.features)
        ]
        dist_id = _rasterize(districts, rsrp, range(1, len(districts) + 1))
    else:
        names = []
        dist_id = np.zeros(arr.shape, np.int32)
    feedback.set_progress(10)
    pop = population_raster(population, pop_field, rsrp, feedback)
    feedback.set_progress(30)
    bounds = class_bounds(thresholds)
    labels = [b[0] for b in bounds] + [hole_label(thresholds)]
    edges = [b[1] for b in bounds]  # descending lower bounds

    def cls_of(values):
        c = np.full(values.shape, len(edges), np.int32)  # hole class index
        for i in range(len(edges) - 1, -1, -1):
            c[values >= edges[i]] = i
        return c

    zones = [("all", np.ones(arr.shape, bool))]
    zones += [(names[i], dist_id == i + 1) for i in range(len(names))]
    # buildings
    b_cls = {}
    if buildings is not None:
        buildings = _layer_in(buildings, rsrp.crs, feedback)
        pts = [
            f.geometry.representative_point() if f.geometry is not None else None for f in buildings.features
        ]
        rows, cols = rsrp.shape
        idx = []
        hh = []
        for f, p in zip(buildings.features, pts):
            if p is None:
                continue
            r, c = rsrp.rowcol(p.x, p.y)
            if 0 <= r < rows and 0 <= c < cols:
                idx.append((int(r), int(c)))
                v = f.attributes.get(households_field) if households_field else None
                hh.append(float(v) if v is not None else 0.0)
        if idx:
            rr, cc = np.array(idx).T
            b_sig = sig[rr, cc]
            b_cls = dict(rr=rr, cc=cc, hh=np.array(hh), out=cls_of(b_sig), ind=cls_of(b_sig - bel))
    fields = [
        Field("district", "str"),
        Field("env", "str"),
        Field("class", "int"),
        Field("label", "str"),
        Field("area_km2", "float"),
        Field("area_share", "float"),
        Field("population", "float"),
        Field("pop_share", "float"),
        Field("buildings", "int"),
        Field("households", "float"),
        Field("hh_share", "float"),
    ]
    table = VectorLayer("coverage_stats", "None", rsrp.crs, fields)
    cell_km2 = rsrp.cellsize**2 / 1e6
    for name, zmask in zones:
        zmask = zmask & valid_area
        for env, values in (("outdoor", sig), ("indoor", sig - bel)):
            cls = cls_of(values)
            zcells = int(zmask.sum())
            zpop = float(pop[zmask].sum())
            if b_cls:
                in_zone = zmask[b_cls["rr"], b_cls["cc"]]
                bc = b_cls["out" if env == "outdoor" else "ind"]
                zhh = float(b_cls["hh"][in_zone].sum())
            for k, label in enumerate(labels):
                m = zmask & (cls == k)
                area = float(m.sum()) * cell_km2
                p = float(pop[m].sum())
                nb, h = 0, 0.0
                if b_cls:
                    sel = in_zone & (bc == k)
                    nb, h = int(sel.sum()), float(b_cls["hh"][sel].sum())
                table.add(
                    None,
                    district=name,
                    env=env,
                    **{"class": k + 1},
                    label=label,
                    area_km2=round(area, 4),
                    area_share=round(float(m.sum()) / zcells, 5) if zcells else 0.0,
                    population=round(p, 1),
                    pop_share=round(p / zpop, 5) if zpop > 0 else 0.0,
                    buildings=nb,
                    households=round(h, 1),
                    hh_share=round(h / zhh, 5) if b_cls and zhh > 0 else 0.0,
                )
    feedback.set_progress(70)
    holes = hole_polygons(sig, rsrp, hole_threshold, pop, dist_id, names, b_cls)
    feedback.set_progress(100)
    return table, holes


def hole_polygons(sig, grid, threshold, pop, dist_id, names, b_cls=None, min_cells=1):
    """Connected regions (4-neighbour) with RSRP below ``threshold`` as polygons with area,
    population, households and the district holding most of it."""
    from affine import Affine
    from rasterio.features import shapes
    from scipy import ndimage
    from shapely.geometry import shape
    from shapely.ops import unary_union

    mask = sig < threshold
    lab, n = ndimage.label(mask)
    layer = VectorLayer(
        "coverage_holes",
        "MultiPolygon",
        grid.crs,
        [
            Field("hole_id", "int"),
            Field("area_m2", "float"),
            Field("population", "float"),
            Field("households", "float"),
            Field("district", "str"),
        ],
    )
    if n == 0:
        return layer
    idx = np.arange(1, n + 1)
    cells = ndimage.sum(mask, lab, idx)
    popsum = ndimage.sum(pop, lab, idx)
    hh = np.zeros(n + 1)
    if b_cls:
        np.add.at(hh, lab[b_cls["rr"], b_cls["cc"]], b_cls["hh"])
    geoms = {}
    for geom, val in shapes(
        lab.astype(np.int32), mask=lab > 0, transform=Affine.from_gdal(*grid.transform), connectivity=4
    ):
        geoms.setdefault(int(val), []).append(shape(geom))
    cell_area = grid.cellsize**2
    order = np.argsort(-popsum, kind="stable")
    for rank, i in enumerate(order, start=1):
        lid = int(idx[i])
        if cells[i] < min_cells:
            continue
        g = unary_union(geoms[lid])
        if g.geom_type == "Polygon":
            from shapely.geometry import MultiPolygon

            g = MultiPolygon([g])
        dname = ""
        if names:
            ids = dist_id[lab == lid]
            ids = ids[ids > 0]
            if ids.size:
                dname = names[int(np.bincount(ids).argmax()) - 1]
        layer.add(
            g,
            hole_id=rank,
            area_m2=round(float(cells[i]) * cell_area, 1),
            population=round(float(popsum[i]), 1),
            households=round(float(hh[lid]), 1),
            district=dname,
        )
    return layer


# ---------------------------------------------------------------------------------
# site selection
# ---------------------------------------------------------------------------------
def select_sites(
    candidates: VectorLayer,
    dem: Raster,
    dsm: Optional[Raster] = None,
    *,
    population: Optional[VectorLayer] = None,
    pop_field: Optional[str] = None,
    k: Optional[int] = 3,
    target_share: Optional[float] = None,
    existing: Optional[VectorLayer] = None,
    threshold: float = -105.0,
    model: str = "uma",
    resolution: Optional[float] = None,
    rx_height: float = 1.5,
    max_radius: float = 2000.0,
    defaults=None,
    id_field: str = "cand_id",
    swap: bool = True,
    model_options=None,
    feedback: Optional[Feedback] = None,
):
    """Choose sites among ``candidates`` to maximise the newly covered population
    (RSRP >= ``threshold``). Candidates are evaluated as sectors with the given
    ``defaults`` (e.g. an omni antenna; height from the candidate's ``height`` field).
    Existing sites (optional) count as already covering. Returns (chosen VectorLayer with
    rank, marginal gain and cumulative share; all candidates table; summary dict)."""
    feedback = feedback or Feedback()
    if k is None and target_share is None:
        raise InputError("Give the number of sites k or a target coverage share.")
    if target_share is not None and not (0 < target_share <= 1):
        raise InputError("The target share must be in (0, 1], got %s." % target_share)
    grid = resample(dem, resolution)
    ground = grid.array.astype(np.float64)
    if dsm is not None:
        s = dsm.array.astype(np.float64)
        if dsm.nodata is not None:
            s = np.where(s == dsm.nodata, np.nan, s)
        surf = _align(Raster(s, dsm.transform, dsm.crs or dem.crs, None), grid).array
        surface = np.where(np.isfinite(surf), surf, ground)
    else:
        surface = ground
    d = {
        "pattern": "omni",
        "azimuth": 0.0,
        "tilt_mech": 0.0,
        "tilt_elec": 0.0,
        "freq_mhz": 3600.0,
        "bw_mhz": 100.0,
        "tech": "NR",
        "power_dbm": 49.0,
        "height": 20.0,
    }
    d.update(defaults or {})
    cand = VectorLayer(
        candidates.name,
        candidates.geometry_type,
        candidates.crs,
        list(candidates.fields),
        [type(f)(f.geometry, dict(f.attributes)) for f in candidates.features],
    )
    for f in cand.features:  # candidates are sites with one omni sector each
        cid = f.attributes.get(id_field)
        f.attributes.setdefault("site_id", str(cid))
        f.attributes.setdefault("sector_id", str(cid))
    sectors, rejected, _ = parse_sectors(cand, grid, model, None, d, feedback=feedback)
    weights_grid = population_raster(population, pop_field, grid, feedback)
    if population is None:
        weights_grid = np.where(np.isfinite(ground), 1.0, 0.0)  # area
    flat_w = weights_grid.ravel()
    units = np.nonzero(flat_w > 0)[0]
    w = flat_w[units]
    pos = np.full(flat_w.size, -1, np.int64)
    pos[units] = np.arange(units.size)
    total = float(w.sum())

    def covered_units(sec: Sector):
        r0, c0, rs, _ = sector_rsrp(
            sec, ground, surface, grid.transform, model, rx_height, max_radius, "none", "sweep", model_options
        )
        rr, cc = np.nonzero(np.isfinite(rs) & (rs >= threshold))
        flat = (rr + r0) * grid.shape[1] + (cc + c0)
        p = pos[flat]
        return np.unique(p[p >= 0])

    base = np.zeros(units.size, bool)
    if existing is not None and len(existing):
        ex_secs, ex_rej, _ = parse_sectors(existing, grid, model, None, defaults=None, feedback=feedback)
        for sec in ex_secs:
            base[covered_units(sec)] = True
        feedback.info("Existing sites cover %.1f %% already." % (100 * w[base].sum() / total if total else 0))
    sub = SubFeedback(feedback, 5, 85)
    sets = []
    for i, sec in enumerate(sectors):
        sub.step(i, len(sectors))
        sets.append(covered_units(sec))
    order, gains, _ = lazy_greedy(sets, w, k=k, target_share=target_share, base=base, total=total)
    chosen = list(order)
    swaps = 0
    if swap and chosen and len(chosen) < len(sets):
        chosen, _, swaps = swap_local_search(sets, w, chosen, base=base)
        if swaps:
            chosen, gains = greedy_order(sets, w, chosen, base=base)
    feedback.set_progress(95)
    out = VectorLayer(
        "selected_sites",
        "Point",
        grid.crs,
        [
            Field("rank", "int"),
            Field("cand_id", "str"),
            Field("height", "float"),
            Field("gain", "float"),
            Field("cum_covered", "float"),
            Field("cum_share", "float"),
        ],
    )
    cum = float(w[base].sum())
    from shapely.geometry import Point

    for rank, (i, g) in enumerate(zip(chosen, gains), start=1):
        sec = sectors[i]
        cum += g
        out.add(
            Point(sec.x, sec.y),
            rank=rank,
            cand_id=sec.site_id,
            height=sec.height,
            gain=round(g, 2),
            cum_covered=round(cum, 2),
            cum_share=round(cum / total, 5) if total else 0.0,
        )
    summary = dict(
        total=total,
        base_share=float(w[base].sum() / total) if total else 0.0,
        greedy_order=[sectors[i].site_id for i in order],
        swaps=swaps,
        final_share=cum / total if total else 0.0,
        rejected=rejected,
        alone=[(sectors[i].site_id, float(w[s].sum())) for i, s in enumerate(sets)],
    )
    feedback.set_progress(100)
    return out, rejected, summary
