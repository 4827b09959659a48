"""Multi-sector coverage: best-server RSRP, best-server id, SINR, server count and
coverage-class polygons over a DEM (+ optional DSM with buildings).

Link budget per sector and cell (all dB):

    RSRP = P_total - 10 log10(12 NRB) + G_ant(phi, elev, tilt) - PL - L_cable [- L_diff]

- ``P_total`` is the total transmit power of the sector (dBm; from ``power_dbm``,
  ``power_w`` or ``eirp_dbm`` - G_max), spread evenly over all 12 NRB subcarriers of the
  channel (TS 36.213/38.213 equal EPRE), so RSRP is the power per resource element
  (TS 36.214 / TS 38.215). NRB from the channel bandwidth and subcarrier spacing
  (TS 36.101 Table 5.6-1, TS 38.101-1 Table 5.3.2-1; NR default SCS 30 kHz).
- PL is the chosen propagation model (:mod:`.propagation`), 38.901 models take the LOS/NLOS
  branch from the line of sight over the DSM (GDAL-equivalent sweep, :mod:`.los`).
- ``L_diff``: optional knife-edge loss over the DSM: 'bullington' (fast, profiles along a
  ray fan, see :func:`.los.bullington_rays`) or 'deygout' (up to 3 edges, exact profile to
  every cell centre, slower). It is added on top of the model: use it with 'fspl' (deterministic
  terrain/building model); the empirical and 38.901 models already contain NLOS
  statistically.
- SINR = S_best / (sum of all other co-channel sectors' RSRP + N), all per RE; co-channel
  = same ``freq_mhz`` (0.1 MHz); N = kT * SCS + NF (full load: every sector transmits on
  every RE).
"""

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import reproject_layer, require_metric, same_crs
from ..raster import Raster
from ..vector import Field, VectorLayer
from . import antenna as ant
from . import propagation as pr
from .los import bullington_rays, los_and_diffraction, viewshed_sweep

#: sector fields and their built-in defaults (None: must come from the layer or a parameter)
DEFAULTS = {
    "site_id": None,
    "sector_id": None,
    "height": 30.0,
    "azimuth": 0.0,
    "tilt_mech": 0.0,
    "tilt_elec": 6.0,
    "power_dbm": 46.0,
    "freq_mhz": 1800.0,
    "bw_mhz": 20.0,
    "tech": "LTE",
    "pattern": "38901",
}

NODATA = -9999.0


@dataclass
class Sector:
    index: int
    site_id: str
    sector_id: str
    x: float
    y: float
    height: float
    azimuth: float
    tilt: float
    power_dbm: float
    freq_mhz: float
    bw_mhz: float
    tech: str
    pattern: str
    nrb: int
    scs_khz: int
    gain_fn: object = None
    g_max: float = 0.0

    @property
    def epre_dbm(self):
        return float(pr.epre_dbm(self.power_dbm, self.nrb))


@dataclass
class CoverageResult:
    rsrp: Raster  # best-server RSRP dBm per RE (NODATA where no sector reaches)
    best_server: Raster  # int32 sector index (-1 none)
    sinr: Raster  # dB
    n_servers: Raster  # int16 number of sectors above ``server_threshold``
    los: Raster  # uint8 1 = best server in LOS
    sectors: VectorLayer  # accepted sectors with their index and link-budget values
    rejected: VectorLayer  # refused input features with reason
    classes: VectorLayer  # coverage-class polygons
    thresholds: List[float] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)

    def class_shares(self):
        """{label: share of valid cells} of the best-server RSRP."""
        arr = self.rsrp.array
        valid = self.rsrp.valid_mask() | (arr == NODATA)
        total = max(1, int(valid.sum()))
        out = {}
        for label, lo, hi in class_bounds(self.thresholds):
            m = (arr >= lo) & (arr < hi) & (arr != NODATA)
            out[label] = float(m.sum()) / total
        out[hole_label(self.thresholds)] = (
            float(((arr < min(self.thresholds)) | (arr == NODATA)).sum()) / total
        )
        return out


def class_bounds(thresholds):
    """[(label, lo, hi)] from thresholds sorted descending, e.g. -95/-105/-115 ->
    '>= -95 dBm', '-105 .. -95 dBm', '-115 .. -105 dBm'."""
    t = sorted(thresholds, reverse=True)
    out = [(">= %g dBm" % t[0], t[0], np.inf)]
    for hi, lo in zip(t[:-1], t[1:]):
        out.append(("%g .. %g dBm" % (lo, hi), lo, hi))
    return out


def hole_label(thresholds):
    return "< %g dBm (hole)" % min(thresholds)


def classify(rsrp, thresholds):
    """Class raster: 1 = best class ... len(thresholds) ; len+1 = below the last threshold or
    no signal; 0 = outside the DEM."""
    t = sorted(thresholds, reverse=True)
    cls = np.full(rsrp.shape, len(t) + 1, np.uint8)
    for i in range(len(t) - 1, -1, -1):
        cls[(rsrp >= t[i]) & (rsrp != NODATA)] = i + 1
    return cls


# ---------------------------------------------------------------------------------
# input handling
# ---------------------------------------------------------------------------------
def _val(attrs, name, defaults):
    v = attrs.get(name)
    if v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip()):
        return defaults.get(name)
    return v


def parse_sectors(
    layer: VectorLayer,
    dem: Raster,
    model: str,
    dsm: Optional[Raster] = None,
    defaults: Optional[Dict] = None,
    scs_khz: Optional[int] = None,
    rx_height: float = 1.5,
    pattern_dir: Optional[str] = None,
    feedback: Optional[Feedback] = None,
):
    """Validate the sector table. Returns (sectors, rejected VectorLayer, warnings).

    ``defaults`` overrides :data:`DEFAULTS` per field; a field mapped to None has no
    default (features without a value are rejected).

    Every feature is either a :class:`Sector` or a row in ``rejected`` with a reason:
    no point geometry, outside the DEM, missing value without default, antenna height not
    above ground, frequency outside the model range, unknown bandwidth/pattern."""
    feedback = feedback or Feedback()
    d = dict(DEFAULTS)
    d.update(defaults or {})  # a key with value None: no default, the layer must give it
    if layer.crs is None:
        raise InputError(
            "Layer '%s' has no coordinate reference system; set one in QGIS "
            "(Layer Properties > Source) and run again." % layer.name
        )
    if not same_crs(layer.crs, dem.crs):
        layer = reproject_layer(layer, dem.crs, feedback)
    rejected = VectorLayer(
        "rejected_sites",
        "Point",
        dem.crs,
        [Field("site_id", "str"), Field("sector_id", "str"), Field("reason", "str")],
    )
    sectors, warnings, cache, grouped = [], [], {}, {}
    names = set(layer.field_names())
    rows, cols = dem.shape
    for i, feat in enumerate(layer.features):
        a = feat.attributes
        sid = str(_val(a, "site_id", {"site_id": a.get("fid", i + 1)}))
        secid = _val(a, "sector_id", {"sector_id": None})
        secid = str(secid) if secid is not None else "%s_%d" % (sid, i + 1)

        def reject(reason, feat=feat, sid=sid, secid=secid):
            geom = feat.geometry if feat.geometry is not None and feat.geometry.geom_type == "Point" else None
            rejected.add(geom, site_id=sid, sector_id=secid, reason=reason)
            feedback.warning("Sector %s (site %s) skipped: %s" % (secid, sid, reason))

        g = feat.geometry
        if g is None or g.is_empty or g.geom_type not in ("Point", "MultiPoint"):
            reject("no point geometry")
            continue
        if g.geom_type == "MultiPoint":
            g = list(g.geoms)[0]
        r, c = dem.rowcol(g.x, g.y)
        r, c = int(r), int(c)
        if not (0 <= r < rows and 0 <= c < cols) or not dem.valid_mask()[r, c]:
            hint = ""
            if abs(g.x) <= 180 and abs(g.y) <= 90:
                hint = " (coordinates look like degrees: is the layer CRS set correctly?)"
            reject("position (%.1f, %.1f) is outside the elevation raster%s" % (g.x, g.y, hint))
            continue
        vals = {}
        missing = []
        for key in ("height", "azimuth", "tilt_mech", "tilt_elec", "freq_mhz", "bw_mhz", "tech", "pattern"):
            v = _val(a, key, d)
            if v is None:
                missing.append(key)
            vals[key] = v
        # power: EIRP, W or dBm
        p_eirp, p_w, p_dbm = a.get("eirp_dbm"), a.get("power_w"), _val(a, "power_dbm", {})
        if missing:
            reject(
                "missing value(s) for %s and no default given%s"
                % (
                    ", ".join(missing),
                    ""
                    if set(missing) <= names
                    else " (field(s) %s not in the layer)" % ", ".join(sorted(set(missing) - names)),
                )
            )
            continue
        try:
            height = float(vals["height"])
            freq = float(vals["freq_mhz"])
            bw = float(vals["bw_mhz"])
            az = float(vals["azimuth"])
            tilt = float(vals["tilt_mech"]) + float(vals["tilt_elec"])
        except (TypeError, ValueError) as exc:
            reject("non-numeric value: %s" % exc)
            continue
        if not height > 0:
            reject("antenna height %.1f m is not above ground (height is metres above ground)" % height)
            continue
        ok_f, warn, _ = pr.check_validity(model, freq, hb_m=height, hm_m=rx_height)
        if not ok_f:
            reject(warn[0])
            continue
        for w in warn:
            key = re.sub(r" [-\d.]+ m outside", " outside", w)
            grouped.setdefault(key, []).append(
                "%s (%.1f m)" % (secid, height) if "base-station" in w else secid
            )
        tech = str(vals["tech"]).upper()
        try:
            scs = 15 if tech == "LTE" else int(scs_khz or 30)
            nrb = pr.n_rb(bw, tech, scs)
        except ValueError as exc:
            reject(str(exc))
            continue
        try:
            gain_fn, gmax = ant.resolve_pattern(vals["pattern"], pattern_dir, cache)
        except InputError as exc:
            reject(str(exc))
            continue
        if p_eirp is not None:
            power = float(p_eirp) - gmax
        elif p_w is not None:
            if not float(p_w) > 0:
                reject("power_w %.3g W is not positive" % float(p_w))
                continue
            power = float(pr.watt_to_dbm(float(p_w)))
        elif p_dbm is not None:
            power = float(p_dbm)
        elif d.get("power_dbm") is not None:
            power = float(d["power_dbm"])
        else:
            reject("no transmit power (power_dbm, power_w or eirp_dbm) and no default")
            continue
        ground = float(dem.array[r, c])
        if dsm is not None:
            surf = float(dsm.array[r, c])
            if np.isfinite(surf) and ground + height < surf - 0.5:
                warnings.append(
                    "Sector %s: antenna (%.1f m above ground) is below the surface "
                    "model (%.1f m above ground) at its position" % (secid, height, surf - ground)
                )
        sectors.append(
            Sector(
                len(sectors),
                sid,
                secid,
                float(g.x),
                float(g.y),
                height,
                az,
                tilt,
                power,
                freq,
                bw,
                tech,
                str(vals["pattern"]),
                nrb,
                scs,
                gain_fn,
                gmax,
            )
        )
    for key, ids in grouped.items():
        warnings.append("%s: sectors %s" % (key[0].upper() + key[1:], ", ".join(ids)))
    for w in warnings:
        feedback.warning(w)
    return sectors, rejected, warnings


def _align(raster: Raster, ref: Raster, resampling="bilinear") -> Raster:
    """``raster`` on the grid of ``ref`` (no-op when the grids match)."""
    if (
        raster.shape == ref.shape
        and np.allclose(raster.transform, ref.transform)
        and same_crs(raster.crs, ref.crs)
    ):
        return raster
    import rasterio.warp
    from affine import Affine
    from rasterio.enums import Resampling

    out = np.full(ref.shape, np.nan, np.float32)
    rasterio.warp.reproject(
        raster.array.astype(np.float32),
        out,
        src_transform=Affine.from_gdal(*raster.transform),
        src_crs=raster.crs,
        src_nodata=raster.nodata,
        dst_transform=Affine.from_gdal(*ref.transform),
        dst_crs=ref.crs,
        dst_nodata=np.nan,
        resampling=getattr(Resampling, resampling),
    )
    return Raster(out, ref.transform, ref.crs, None)


def resample(dem: Raster, resolution: Optional[float]) -> Raster:
    """The DEM on a grid of ``resolution`` metres over the same extent (average when
    coarsening, bilinear when refining)."""
    arr = dem.array.astype(np.float32)
    if dem.nodata is not None:
        arr = np.where(arr == dem.nodata, np.nan, arr)
    base = Raster(arr, dem.transform, dem.crs, None)
    if not resolution or abs(resolution - dem.cellsize) < 1e-9:
        return base
    xmin, ymin, xmax, ymax = dem.bounds
    cols = max(1, int(round((xmax - xmin) / resolution)))
    rows = max(1, int(round((ymax - ymin) / resolution)))
    ref = Raster(
        np.zeros((rows, cols), np.float32), (xmin, resolution, 0.0, ymax, 0.0, -resolution), dem.crs, None
    )
    return _align(base, ref, "average" if resolution > dem.cellsize else "bilinear")


# ---------------------------------------------------------------------------------
# main computation
# ---------------------------------------------------------------------------------
def sector_rsrp(
    sector: Sector,
    ground: np.ndarray,
    surface: np.ndarray,
    transform,
    model: str,
    rx_height: float,
    max_radius: float,
    diffraction: str = "none",
    los_method: str = "sweep",
    model_options: Optional[Dict] = None,
    cable_loss: float = 0.0,
):
    """RSRP (dBm per RE) of one sector on its radius window.

    Returns (row0, col0, rsrp window float32 with NaN outside the radius, los window uint8)."""
    x0, dx, _, y0, _, dy = transform
    cell = abs(dx)
    rows, cols = ground.shape
    rc = int(math.floor((sector.y - y0) / dy))
    cc = int(math.floor((sector.x - x0) / dx))
    rad = int(math.ceil(max_radius / cell)) + 1
    r0, r1 = max(0, rc - rad), min(rows, rc + rad + 1)
    c0, c1 = max(0, cc - rad), min(cols, cc + rad + 1)
    g = ground[r0:r1, c0:c1]
    s = surface[r0:r1, c0:c1]
    orow, ocol = rc - r0, cc - c0
    zg = float(g[orow, ocol])
    z_tx = zg + sector.height
    z_rx = g + rx_height
    yy = y0 + (np.arange(r0, r1) + 0.5) * dy
    xx = x0 + (np.arange(c0, c1) + 0.5) * dx
    ddx = xx[None, :] - sector.x
    ddy = yy[:, None] - sector.y
    d2d = np.hypot(ddx, ddy)
    inside = (d2d <= max_radius) & np.isfinite(g)
    oc_f = (sector.x - x0) / dx - 0.5 - c0
    or_f = (sector.y - y0) / dy - 0.5 - r0
    dloss = None
    if diffraction == "bullington":
        dloss = bullington_rays(s, oc_f, or_f, z_tx, rx_height, cell, sector.freq_mhz, max_radius, ground=g)
    if diffraction == "deygout" or los_method == "ray":
        los_r, dl = los_and_diffraction(
            s,
            oc_f,
            or_f,
            z_tx,
            rx_height,
            cell,
            sector.freq_mhz,
            max_radius,
            "deygout" if diffraction == "deygout" else "none",
            ground=g,
        )
        if diffraction == "deygout":
            dloss = dl
    if los_method == "ray":
        los = los_r
    else:
        los = viewshed_sweep(np.where(np.isfinite(s), s, g), orow, ocol, z_tx, z_rx, max_radius, cell)
    ir, ic = np.nonzero(inside)  # link budget only for the cells inside the radius
    dd = d2d[ir, ic]
    ex, ey = ddx[0, ic], ddy[ir, 0]
    elev = np.degrees(np.arctan2(z_rx[ir, ic] - z_tx, np.maximum(dd, 1e-3)))
    phi = np.degrees(np.arctan2(ex, ey)) - sector.azimuth
    gain = sector.gain_fn(phi, elev, sector.tilt)
    pl = pr.path_loss(
        model, dd, sector.freq_mhz, sector.height, rx_height, los=los[ir, ic] == 1, **(model_options or {})
    )
    vals = sector.epre_dbm + gain - pl - cable_loss
    if dloss is not None:
        vals = vals - np.nan_to_num(dloss[ir, ic], nan=0.0)
    rsrp = np.full(g.shape, np.nan, np.float32)
    rsrp[ir, ic] = vals
    los_out = np.full(g.shape, 255, np.uint8)
    los_out[ir, ic] = los[ir, ic]
    return r0, c0, rsrp, los_out


def compute_coverage(
    sites: VectorLayer,
    dem: Raster,
    dsm: Optional[Raster] = None,
    *,
    model: str = "uma",
    resolution: Optional[float] = None,
    rx_height: float = 1.5,
    max_radius: float = 5000.0,
    diffraction: str = "none",
    los_method: str = "sweep",
    noise_figure: float = 7.0,
    cable_loss: float = 0.0,
    defaults: Optional[Dict] = None,
    thresholds=(-95.0, -105.0, -115.0),
    server_threshold: float = -110.0,
    min_rsrp: float = -140.0,
    scs_khz: Optional[int] = None,
    model_options: Optional[Dict] = None,
    pattern_dir: Optional[str] = None,
    make_polygons: bool = True,
    threads: int = 2,
    feedback: Optional[Feedback] = None,
) -> CoverageResult:
    """Best-server coverage of all valid sectors; see the module docstring."""
    feedback = feedback or Feedback()
    if model not in pr.MODELS:
        raise InputError("Unknown propagation model '%s'. Use one of: %s." % (model, ", ".join(pr.MODELS)))
    if diffraction not in ("none", "bullington", "deygout"):
        raise InputError("Unknown diffraction method '%s' (none, bullington, deygout)." % diffraction)
    if los_method not in ("sweep", "ray"):
        raise InputError("Unknown LOS method '%s' (sweep, ray)." % los_method)
    if not max_radius > 0:
        raise InputError("The maximum radius must be positive (got %s m)." % max_radius)
    if dem.crs is None:
        raise InputError("The elevation raster has no coordinate reference system.")
    require_metric(dem.crs, "elevation raster CRS")
    thresholds = sorted([float(t) for t in thresholds], reverse=True)
    if not thresholds:
        raise InputError("Give at least one RSRP threshold for the coverage classes.")
    feedback.set_progress(0)
    grid = resample(dem, resolution)
    surf = (
        grid
        if dsm is None
        else _align(
            Raster(
                np.where(dsm.array == dsm.nodata, np.nan, dsm.array) if dsm.nodata is not None else dsm.array,
                dsm.transform,
                dsm.crs or dem.crs,
                None,
            ),
            grid,
        )
    )
    ground = grid.array.astype(np.float64)
    surface = np.where(np.isfinite(surf.array), surf.array, ground).astype(np.float64)
    if model_options is None:
        model_options = {}
    sectors, rejected, warnings = parse_sectors(
        sites,
        grid,
        model,
        surf if dsm is not None else None,
        defaults,
        scs_khz,
        rx_height,
        pattern_dir,
        feedback,
    )
    if not sectors:
        feedback.warning("No valid sector: every input feature was rejected (see the rejected output).")
    shape = grid.shape
    best = np.full(shape, -np.inf, np.float32)
    best_idx = np.full(shape, -1, np.int32)
    nserv = np.zeros(shape, np.int16)
    best_los = np.full(shape, 255, np.uint8)
    power_sum = {}  # freq key -> linear mW per RE, summed over sectors

    def one(sec):
        return sector_rsrp(
            sec,
            ground,
            surface,
            grid.transform,
            model,
            rx_height,
            max_radius,
            diffraction,
            los_method,
            model_options,
            cable_loss,
        )

    # sectors are computed two at a time in threads (the numba kernels and large numpy
    # operations release the GIL) and merged in input order: deterministic results
    from concurrent.futures import ThreadPoolExecutor

    workers = max(1, min(threads, len(sectors)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = []
        for k, sec in enumerate(sectors):
            pending.append((sec, pool.submit(one, sec)))
            while len(pending) > workers or (pending and k == len(sectors) - 1):
                sec_done, fut = pending.pop(0)
                feedback.step(sec_done.index, len(sectors), 2, 90)
                r0, c0, rs, los = fut.result()
                h, w = rs.shape
                view = (slice(r0, r0 + h), slice(c0, c0 + w))
                valid = np.isfinite(rs) & (rs >= min_rsrp)
                fkey = round(sec_done.freq_mhz, 1)
                if fkey not in power_sum:
                    power_sum[fkey] = np.zeros(shape, np.float64)
                rr, cc = np.nonzero(valid)
                vals = rs[rr, cc]
                rr_g, cc_g = rr + r0, cc + c0
                power_sum[fkey][rr_g, cc_g] += 10.0 ** (vals / 10.0)
                cur = best[rr_g, cc_g]
                better = vals > cur
                rb, cb = rr_g[better], cc_g[better]
                best[rb, cb] = vals[better]
                best_idx[rb, cb] = sec_done.index
                best_los[rb, cb] = los[rr[better], cc[better]]
                nserv[rr_g, cc_g] += (vals >= server_threshold).astype(np.int16)
                del view
    feedback.set_progress(90)
    has = best_idx >= 0
    sinr = np.full(shape, NODATA, np.float32)
    if sectors:
        freq_of = np.array([round(s.freq_mhz, 1) for s in sectors])
        scs_of = np.array([s.scs_khz for s in sectors], float)
        for fkey, total in power_sum.items():
            ids = np.nonzero(freq_of == fkey)[0]
            m = has & np.isin(best_idx, ids)
            if not m.any():
                continue
            s_lin = 10.0 ** (best[m] / 10.0)
            n_lin = 10.0 ** (pr.thermal_noise_dbm(scs_of[best_idx[m]] * 1e3, noise_figure) / 10.0)
            sinr[m] = (10.0 * np.log10(s_lin / (np.maximum(total[m] - s_lin, 0.0) + n_lin))).astype(
                np.float32
            )
    rsrp_arr = np.where(has, best, NODATA).astype(np.float32)
    outside = ~np.isfinite(ground)
    rsrp_arr[outside] = NODATA
    tr, crs = grid.transform, grid.crs
    sec_layer = VectorLayer(
        "sectors",
        "Point",
        crs,
        [
            Field("index", "int"),
            Field("site_id", "str"),
            Field("sector_id", "str"),
            Field("height", "float"),
            Field("azimuth", "float"),
            Field("tilt", "float"),
            Field("power_dbm", "float"),
            Field("freq_mhz", "float"),
            Field("bw_mhz", "float"),
            Field("nrb", "int"),
            Field("epre_dbm", "float"),
            Field("g_max_dbi", "float"),
            Field("cells", "int"),
        ],
    )
    from shapely.geometry import Point

    counts = np.bincount(best_idx[has], minlength=len(sectors)) if sectors else []
    for s in sectors:
        sec_layer.add(
            Point(s.x, s.y),
            index=s.index,
            site_id=s.site_id,
            sector_id=s.sector_id,
            height=s.height,
            azimuth=s.azimuth,
            tilt=s.tilt,
            power_dbm=s.power_dbm,
            freq_mhz=s.freq_mhz,
            bw_mhz=s.bw_mhz,
            nrb=s.nrb,
            epre_dbm=round(s.epre_dbm, 3),
            g_max_dbi=s.g_max,
            cells=int(counts[s.index]),
        )
    classes = coverage_polygons(rsrp_arr, tr, crs, thresholds, ~outside) if make_polygons else None
    feedback.set_progress(100)
    return CoverageResult(
        rsrp=Raster(rsrp_arr, tr, crs, NODATA),
        best_server=Raster(best_idx, tr, crs, -1),
        sinr=Raster(sinr, tr, crs, NODATA),
        n_servers=Raster(nserv, tr, crs, None),
        los=Raster(best_los, tr, crs, 255),
        sectors=sec_layer,
        rejected=rejected,
        classes=classes,
        thresholds=thresholds,
        warnings=warnings,
    )


def coverage_polygons(rsrp, transform, crs, thresholds, valid=None):
    """Polygons of the coverage classes (connected regions of equal class)."""
    from affine import Affine
    from rasterio.features import shapes
    from shapely.geometry import shape

    cls = classify(rsrp, thresholds)
    if valid is not None:
        cls[~valid] = 0
    labels = [b[0] for b in class_bounds(thresholds)] + [hole_label(thresholds)]
    layer = VectorLayer(
        "coverage_classes",
        "Polygon",
        crs,
        [Field("class", "int"), Field("label", "str"), Field("area_m2", "float")],
    )
    for geom, val in shapes(cls, mask=cls > 0, transform=Affine.from_gdal(*transform), connectivity=4):
        g = shape(geom)
        v = int(val)
        layer.add(g, **{"class": v, "label": labels[v - 1], "area_m2": round(g.area, 1)})
    layer.features.sort(key=lambda f: (f.attributes["class"], -f.attributes["area_m2"]))
    return layer
