"""Adaptation zones: combine heat risk, heavy-rain ponding and green access into ranked
zone polygons with the indicator that drove the score and recommended measure types.

Per cell of a ``zone_size`` grid (default 100 m):

* heat = (mean heat-risk class − 1) / 4 (classes 1..5 of ``infraplan:heatrisk``);
* water = 0.5·min(1, flooded share / 0.2) + 0.5·min(1, max ponded depth / 0.5 m)
  (flooded = ponded depth ≥ ``flood_depth``);
* green = share of the inhabitants without a public green ≥ 0.5 ha within 300 m;
* score = (w_heat·heat + w_water·water + w_green·green) / Σw, multiplied by an exposure
  factor 0.5 + 0.5·min(1, inhabitants / ``inhabitants_ref``) when inhabitants are known.

Cells with score ≥ ``min_score`` are dissolved by (priority class, driver) into zones
ranked by score. Measures: heat → trees/greening and cool spots, water → retention and
unsealing, green → new/opened public green.
"""

import math

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import reproject_layer
from ..vector import Field, VectorLayer

MEASURES = {
    "heat": "greening/trees; cool spots (shade, drinking water); unsealing",
    "water": "retention (swales, retention areas); unsealing; emergency flow paths",
    "green": "new or opened public green (pocket park); street trees",
}
WEIGHTS = {"heat": 0.4, "water": 0.35, "green": 0.25}
PRIORITY = ((0.6, "high"), (0.45, "medium"), (0.0, "low"))


def _block_stats(raster, transform, shape, fn):
    """Sample a raster on the zone grid: ``fn(values)`` per zone cell (cell centres of the
    raster falling into the zone)."""
    a = raster.array.astype(float)
    valid = raster.valid_mask() if raster.nodata is not None else np.isfinite(a)
    rows, cols = np.nonzero(valid)
    xs, ys = raster.xy(rows, cols)
    x0, cs, _, y0, _, _ = transform
    zr = np.floor((y0 - ys) / cs).astype(int)
    zc = np.floor((xs - x0) / cs).astype(int)
    ok = (zr >= 0) & (zc >= 0) & (zr < shape[0]) & (zc < shape[1])
    return fn(zr[ok] * shape[1] + zc[ok], a[rows[ok], cols[ok]], shape[0] * shape[1])


def adaptation_zones(
    heat_class=None,
    ponding=None,
    green_access=None,
    districts=None,
    zone_size=100.0,
    weights=None,
    min_score=0.3,
    flood_depth=0.1,
    inhabitants_ref=100.0,
    district_field="district",
    crs=None,
    feedback=None,
):
    """Returns dict with ``zones`` (MultiPolygon), ``districts`` (table) and ``summary``."""
    from shapely.geometry import MultiPolygon, box
    from shapely.ops import unary_union

    feedback = feedback or Feedback()
    if heat_class is None and ponding is None and green_access is None:
        raise InputError("Give at least one of: heat risk classes, ponding depth, green access.")
    w = dict(WEIGHTS, **(weights or {}))
    crs = crs or next(r.crs for r in (heat_class, ponding, green_access) if r is not None)
    bnds = []
    for r in (heat_class, ponding):
        if r is not None:
            bnds.append(r.bounds)
    if green_access is not None:
        green_access = reproject_layer(green_access, crs, feedback)
        pts = [f.geometry for f in green_access.features if f.geometry is not None]
        if pts:
            bnds.append(
                (
                    min(p.x for p in pts),
                    min(p.y for p in pts),
                    max(p.x for p in pts) + 1,
                    max(p.y for p in pts) + 1,
                )
            )
    x0 = math.floor(min(b[0] for b in bnds) / zone_size) * zone_size
    y1 = math.ceil(max(b[3] for b in bnds) / zone_size) * zone_size
    ncols = int(math.ceil((max(b[2] for b in bnds) - x0) / zone_size))
    nrows = int(math.ceil((y1 - min(b[1] for b in bnds)) / zone_size))
    transform = (x0, zone_size, 0.0, y1, 0.0, -zone_size)
    shape = (nrows, ncols)
    n = nrows * ncols
    comps = {}
    used = {}
    if heat_class is not None:

        def mean_fn(idx, v, n):
            s = np.bincount(idx, weights=v, minlength=n)
            c = np.bincount(idx, minlength=n)
            return np.divide(s, c, out=np.zeros(n), where=c > 0), c

        m, c = _block_stats(heat_class, transform, shape, mean_fn)
        comps["heat"] = np.where(c > 0, np.clip((m - 1) / 4.0, 0, 1), 0.0)
        used["heat"] = c > 0
    if ponding is not None:

        def water_fn(idx, v, n):
            c = np.bincount(idx, minlength=n)
            fl = np.bincount(idx, weights=(v >= flood_depth).astype(float), minlength=n)
            mx = np.zeros(n)
            np.maximum.at(mx, idx, np.nan_to_num(v))
            share = np.divide(fl, c, out=np.zeros(n), where=c > 0)
            return 0.5 * np.minimum(1, share / 0.2) + 0.5 * np.minimum(1, mx / 0.5), c

        comps["water"], c = _block_stats(ponding, transform, shape, water_fn)
        used["water"] = c > 0
    inh = None
    if green_access is not None:
        inh = np.zeros(n)
        bad = np.zeros(n)
        for f in green_access.features:
            if f.geometry is None:
                continue
            r = int((y1 - f.geometry.y) // zone_size)
            c_ = int((f.geometry.x - x0) // zone_size)
            if 0 <= r < nrows and 0 <= c_ < ncols:
                k = r * ncols + c_
                v = float(f.attributes.get("inhabitants") or 0.0)
                inh[k] += v
                if not f.attributes.get("ok_300"):
                    bad[k] += v
        comps["green"] = np.divide(bad, inh, out=np.zeros(n), where=inh > 0)
        used["green"] = inh > 0
    names = [k for k in ("heat", "water", "green") if k in comps]
    wsum = sum(w[k] for k in names) or 1.0
    weighted = np.stack([w[k] * comps[k] for k in names]) / wsum
    score = weighted.sum(axis=0)
    if inh is not None:
        score = score * (0.5 + 0.5 * np.minimum(1.0, inh / inhabitants_ref))
    covered = np.zeros(n, bool)
    for k in names:
        covered |= used[k]
    driver_idx = np.argmax(weighted, axis=0)
    sel = np.nonzero(covered & (score >= min_score))[0]
    feedback.info(
        "Zone grid %d x %d of %g m; %d of %d cells reach score >= %.2f."
        % (ncols, nrows, zone_size, sel.size, int(covered.sum()), min_score)
    )
    groups = {}
    for k in sel:
        pc = next(label for t, label in PRIORITY if score[k] >= t)
        r, c_ = divmod(int(k), ncols)
        cell = box(
            x0 + c_ * zone_size, y1 - (r + 1) * zone_size, x0 + (c_ + 1) * zone_size, y1 - r * zone_size
        )
        groups.setdefault((pc, names[driver_idx[k]]), []).append((k, cell))
    zones = []
    for (pc, drv), cells in sorted(groups.items()):
        merged = unary_union([c for _, c in cells])
        parts = list(merged.geoms) if merged.geom_type == "MultiPolygon" else [merged]
        for part in parts:
            ks = [k for k, c in cells if part.contains(c.representative_point())]
            sc = float(np.mean(score[ks]))
            vals = {nm: float(np.mean(comps[nm][ks])) for nm in names}
            zones.append((sc, pc, drv, part, vals, float(inh[ks].sum()) if inh is not None else None))
    zones.sort(key=lambda z: (-z[0], z[3].bounds))
    out = VectorLayer(
        "adaptation_zones",
        "MultiPolygon",
        crs,
        [
            Field("rank", "int"),
            Field("priority", "str"),
            Field("score", "float"),
            Field("driver", "str"),
            Field("measures", "str"),
            Field("heat", "float"),
            Field("water", "float"),
            Field("green", "float"),
            Field("inhabitants", "float"),
            Field("area_ha", "float"),
            Field("district", "str"),
        ],
    )
    dgeoms = []
    if districts is not None and len(districts):
        districts = reproject_layer(districts, crs, feedback)
        dgeoms = [
            (str(f.attributes.get(district_field)), f.geometry)
            for f in districts.features
            if f.geometry is not None
        ]
    for i, (sc, pc, drv, part, vals, pop) in enumerate(zones, start=1):
        dname = None
        if dgeoms:
            best = max(dgeoms, key=lambda d: d[1].intersection(part).area)
            if best[1].intersects(part):
                dname = best[0]
        g = part if part.geom_type == "MultiPolygon" else MultiPolygon([part])
        out.add(
            g,
            rank=i,
            priority=pc,
            score=sc,
            driver=drv,
            measures=MEASURES[drv],
            heat=vals.get("heat"),
            water=vals.get("water"),
            green=vals.get("green"),
            inhabitants=pop,
            area_ha=part.area / 1e4,
            district=dname,
        )
    table = VectorLayer(
        "district_summary",
        "None",
        None,
        [
            Field("district", "str"),
            Field("zones", "int"),
            Field("high", "int"),
            Field("area_ha", "float"),
            Field("inhabitants", "float"),
            Field("main_driver", "str"),
            Field("best_rank", "int"),
        ],
    )
    by = {}
    for f in out.features:
        by.setdefault(f.attributes["district"] or "(outside districts)", []).append(f.attributes)
    for d in sorted(by):
        rows = by[d]
        drivers = {}
        for a in rows:
            drivers[a["driver"]] = drivers.get(a["driver"], 0.0) + a["area_ha"]
        table.add(
            None,
            district=d,
            zones=len(rows),
            high=sum(a["priority"] == "high" for a in rows),
            area_ha=round(sum(a["area_ha"] for a in rows), 2),
            inhabitants=sum(a["inhabitants"] or 0.0 for a in rows) if inh is not None else None,
            main_driver=max(sorted(drivers), key=lambda k: drivers[k]),
            best_rank=min(a["rank"] for a in rows),
        )
    summary = dict(
        zones=len(out),
        high=sum(f.attributes["priority"] == "high" for f in out.features),
        area_ha=sum(f.attributes["area_ha"] for f in out.features),
        drivers={k: sum(f.attributes["driver"] == k for f in out.features) for k in names},
    )
    feedback.info(
        "Adaptation zones: %(zones)d (%(high)d high priority), %(area_ha).1f ha; drivers %(drivers)s."
        % summary
    )
    return dict(zones=out, districts=table, summary=summary)
