"""Heat risk on a grid: InVEST Urban Cooling heat mitigation (HM) index and air
temperature, combined with building density, imperviousness and vulnerability.

InVEST Urban Cooling model (Natural Capital Project, InVEST User Guide, "Urban Cooling"):

* ``CC_i = 0.6·shade_i + 0.2·albedo_i + 0.2·ETI_i`` with ``ETI_i = Kc_i·ET0_i / ET_max``
  (one reference ET0 for the whole town here, so ET_max = ET0 and ``ETI = Kc``, clipped to 1);
* ``GA_i = cell_area · Σ_{j within d_cool} g_j`` (green area within the cooling distance);
* ``CC_park_i = Σ_{j within d_cool} g_j·CC_j·e^(−d(i,j)/d_cool)`` with the distance kernel
  normalised to sum 1 (as InVEST's implementation does);
* ``HM_i = CC_i`` if ``CC_i ≥ CC_park_i`` or ``GA_i < 2 ha``, else ``CC_park_i``;
* ``T_air,i = T_ref + (1 − HM_i)·UHI_max`` (optionally blended over ``mix_distance`` with
  a Gaussian, InVEST's air mixing; 0 = off).
"""

import math

import numpy as np

from ..errors import InputError
from ..feedback import Feedback
from ..geo import reproject_layer, require_metric
from ..raster import Raster
from ..vector import Field, VectorLayer

#: biophysical table per land-cover class: shade (0..1), albedo (0..1), Kc (crop coefficient),
#: green (1 = counts as green area for park cooling). Values follow the ranges of the InVEST
#: sample table (trees/parks shade 0.5-1, albedo 0.1-0.25, Kc 0.1-1).
BIOPHYSICAL = {
    "forest": (1.0, 0.15, 1.0, 1),
    "wood": (1.0, 0.15, 1.0, 1),
    "park": (0.4, 0.2, 0.9, 1),
    "village_green": (0.2, 0.2, 0.8, 1),
    "grass": (0.1, 0.2, 0.8, 1),
    "meadow": (0.05, 0.2, 0.8, 1),
    "garden": (0.3, 0.2, 0.8, 1),
    "recreation_ground": (0.2, 0.2, 0.8, 1),
    "cemetery": (0.5, 0.2, 0.8, 1),
    "allotments": (0.3, 0.2, 0.8, 1),
    "common": (0.2, 0.2, 0.8, 1),
    "playground": (0.2, 0.2, 0.6, 1),
    "pitch": (0.0, 0.2, 0.7, 1),
    "orchard": (0.6, 0.18, 0.9, 1),
    "grassland": (0.05, 0.2, 0.8, 1),
    "heath": (0.1, 0.2, 0.7, 1),
    "scrub": (0.5, 0.18, 0.8, 1),
    "greenfield": (0.0, 0.2, 0.7, 1),
    "farmland": (0.0, 0.2, 0.7, 0),
    "water": (0.0, 0.08, 1.0, 0),
    "basin": (0.0, 0.1, 0.9, 0),
    "swimming_pool": (0.0, 0.1, 1.0, 0),
    "residential": (0.1, 0.15, 0.3, 0),
    "commercial": (0.0, 0.12, 0.1, 0),
    "industrial": (0.0, 0.12, 0.1, 0),
    "retail": (0.0, 0.12, 0.1, 0),
    "parking": (0.0, 0.1, 0.05, 0),
    "railway": (0.0, 0.15, 0.1, 0),
    "education": (0.1, 0.15, 0.3, 0),
    "sports": (0.0, 0.15, 0.4, 0),
}
DEFAULT_BIOPHYSICAL = (0.0, 0.15, 0.2, 0)  # unmapped (streets, yards)
BUILDING_BIOPHYSICAL = (0.0, 0.2, 0.0, 0)
#: default weights of the heat hazard and vulnerability scores
HAZARD_WEIGHTS = {"heat": 0.6, "buildings": 0.2, "impervious": 0.2}
VULN_WEIGHTS = {"age65": 0.35, "under18": 0.15, "density": 0.3, "facilities": 0.2}
RISK_BREAKS = (0.2, 0.4, 0.6, 0.8)
SENSITIVE = ("kindergarten", "school", "hospital", "care_home", "nursing_home")


def cooling_capacity(shade, albedo, eti):
    """InVEST CC = 0.6·shade + 0.2·albedo + 0.2·ETI."""
    return 0.6 * np.asarray(shade) + 0.2 * np.asarray(albedo) + 0.2 * np.asarray(eti)


def _exp_kernel(cellsize, d_cool):
    r = int(math.ceil(d_cool / cellsize))
    y, x = np.mgrid[-r : r + 1, -r : r + 1]
    d = np.hypot(x, y) * cellsize
    k = np.where(d <= d_cool, np.exp(-d / d_cool), 0.0)
    disc = (d <= d_cool).astype(float)
    return k / k.sum(), disc


def _convolve(a, k):
    from scipy.signal import fftconvolve

    out = fftconvolve(a, k, mode="same")
    out[np.abs(out) < 1e-12] = 0.0
    return out


def heat_mitigation(cc, green, cellsize, d_cool=450.0, min_green_ha=2.0):
    """HM index (InVEST): returns (HM, CC_park, GA in m²)."""
    kernel, disc = _exp_kernel(cellsize, d_cool)
    g = np.asarray(green, float)
    ga = np.round(_convolve(g, disc), 6) * cellsize * cellsize  # exact counts of green cells
    cc_park = _convolve(g * cc, kernel)
    hm = np.where((cc >= cc_park) | (ga < min_green_ha * 10000.0), cc, cc_park)
    return hm, cc_park, ga


def air_temperature(hm, t_ref, uhi_max, cellsize=1.0, mix_distance=0.0):
    t = t_ref + (1.0 - hm) * uhi_max
    if mix_distance and mix_distance > 0:
        from scipy.ndimage import gaussian_filter

        t = gaussian_filter(t, sigma=mix_distance / cellsize, mode="nearest")
    return t


# ----------------------------------------------------------------------------------------
# rasterising the vector inputs on the analysis grid
# ----------------------------------------------------------------------------------------
def make_grid(bounds, cellsize):
    x0, y0, x1, y1 = bounds
    x0 = math.floor(x0 / cellsize) * cellsize
    y1 = math.ceil(y1 / cellsize) * cellsize
    ncols = max(1, int(math.ceil((x1 - x0) / cellsize)))
    nrows = max(1, int(math.ceil((y1 - y0) / cellsize)))
    return (x0, cellsize, 0.0, y1, 0.0, -cellsize), (nrows, ncols)


def coverage(shapes, transform, shape, factor=4):
    """Area share (0..1) per grid cell covered by ``shapes`` ((geom, value) pairs: value
    share weighted), by rasterising at ``factor``× finer resolution and averaging."""
    from affine import Affine
    from rasterio.features import rasterize

    shapes = [(g, v) for g, v in shapes if g is not None and not g.is_empty]
    if not shapes:
        return np.zeros(shape)
    x0, cs, _, y0, _, _ = transform
    fine = Affine(cs / factor, 0, x0, 0, -cs / factor, y0)
    arr = rasterize(
        shapes, out_shape=(shape[0] * factor, shape[1] * factor), transform=fine, fill=0.0, dtype="float32"
    )
    return arr.reshape(shape[0], factor, shape[1], factor).mean(axis=(1, 3)).astype(float)


def class_index(lc_layer, class_field, table, transform, shape, factor=4):
    """Per grid cell the area-weighted shade, albedo, Kc, green and imperviousness."""
    from affine import Affine
    from rasterio.features import rasterize

    classes = sorted(table)
    code = {c: i + 1 for i, c in enumerate(classes)}
    x0, cs, _, y0, _, _ = transform
    fine = Affine(cs / factor, 0, x0, 0, -cs / factor, y0)
    fshape = (shape[0] * factor, shape[1] * factor)
    shapes, imp_shapes = [], []
    # larger polygons first so that small ones drawn later win where they overlap
    feats = sorted((f for f in lc_layer.features if f.geometry is not None), key=lambda f: -f.geometry.area)
    for f in feats:
        c = f.attributes.get(class_field)
        if c in code:
            shapes.append((f.geometry, code[c]))
        imp = f.attributes.get("impervious")
        if imp is not None:
            imp_shapes.append((f.geometry, float(imp)))
    idx = (
        rasterize(shapes, out_shape=fshape, transform=fine, fill=0, dtype="int32")
        if shapes
        else np.zeros(fshape, np.int32)
    )
    props = np.array([DEFAULT_BIOPHYSICAL] + [table[c] for c in classes], float)
    vals = props[idx]  # fine x 4
    out = vals.reshape(shape[0], factor, shape[1], factor, 4).mean(axis=(1, 3))
    imp = (
        rasterize(imp_shapes, out_shape=fshape, transform=fine, fill=np.nan, dtype="float32")
        if imp_shapes
        else np.full(fshape, np.nan, np.float32)
    )
    return out[..., 0], out[..., 1], out[..., 2], out[..., 3], imp, fine, fshape


def _norm01(a, lo, hi):
    return np.clip((np.asarray(a, float) - lo) / (hi - lo), 0.0, 1.0) if hi > lo else np.zeros_like(a)


def classify(score, breaks=RISK_BREAKS):
    return (np.digitize(score, breaks) + 1).astype(np.uint8)


def heat_risk(
    landcover,
    buildings,
    bounds=None,
    trees=None,
    zensus=None,
    facilities=None,
    cellsize=20.0,
    class_field="lc_class",
    table=None,
    t_ref=21.0,
    uhi_max=3.5,
    d_cool=450.0,
    min_green_ha=2.0,
    mix_distance=0.0,
    tree_radius=4.0,
    facility_radius=300.0,
    method="product",
    hazard_weights=None,
    vulnerability_weights=None,
    crs="EPSG:25832",
    feedback=None,
):
    """Heat hazard, vulnerability and risk classes 1-5 on a ``cellsize`` grid.

    ``method``: ``product`` (risk = hazard · (0.5 + 0.5·vulnerability)) or ``weighted``
    (risk = 0.6·hazard + 0.4·vulnerability). Returns rasters ``t_air``, ``hm``, ``hazard``,
    ``vulnerability``, ``risk`` (score 0..1), ``risk_class`` (1..5) and a ``summary``."""
    feedback = feedback or Feedback()
    require_metric(crs, "analysis CRS")
    if cellsize < 5 or cellsize > 200:
        raise InputError("Heat grid cell size %g m is outside 5..200 m (use 10-50 m)." % cellsize)
    table = dict(BIOPHYSICAL if table is None else table)
    hw = dict(HAZARD_WEIGHTS, **(hazard_weights or {}))
    vw = dict(VULN_WEIGHTS, **(vulnerability_weights or {}))
    if method not in ("product", "weighted"):
        raise InputError("Unknown heat risk method %r: use 'product' or 'weighted'." % method)
    landcover = reproject_layer(landcover, crs, feedback)
    landcover.require_fields(class_field)
    buildings = reproject_layer(buildings, crs, feedback) if buildings is not None else None
    if bounds is None:
        geoms = [f.geometry for f in landcover.features if f.geometry is not None]
        if buildings is not None:
            geoms += [f.geometry for f in buildings.features if f.geometry is not None]
        if not geoms:
            raise InputError("Layer '%s' has no geometries to define the heat grid." % landcover.name)
        bounds = (
            min(g.bounds[0] for g in geoms),
            min(g.bounds[1] for g in geoms),
            max(g.bounds[2] for g in geoms),
            max(g.bounds[3] for g in geoms),
        )
    transform, shape = make_grid(bounds, cellsize)
    if shape[0] * shape[1] > 25_000_000:
        raise InputError(
            "The heat grid would have %d cells; choose a larger cell size." % (shape[0] * shape[1])
        )
    feedback.info("Heat grid: %d x %d cells of %g m." % (shape[1], shape[0], cellsize))
    shade, albedo, kc, green, imp_lc, fine, fshape = class_index(
        landcover, class_field, table, transform, shape
    )
    feedback.set_progress(20)
    feedback.check_canceled()
    bshare = np.zeros(shape)
    if buildings is not None:
        bshare = coverage([(f.geometry, 1.0) for f in buildings.features], transform, shape)
        sb, ab, kb, gb = BUILDING_BIOPHYSICAL
        shade = shade * (1 - bshare) + sb * bshare
        albedo = albedo * (1 - bshare) + ab * bshare
        kc = kc * (1 - bshare) + kb * bshare
        green = green * (1 - bshare)
    if trees is not None and len(trees):
        trees = reproject_layer(trees, crs, feedback)
        canopy = coverage(
            [(f.geometry.buffer(tree_radius), 1.0) for f in trees.features if f.geometry is not None],
            transform,
            shape,
        )
        shade = np.maximum(shade, np.minimum(1.0, shade + canopy))
    # imperviousness: buildings + mapped land-cover imperviousness (unmapped: 0.5, streets/yards)
    imp_fine = np.nan_to_num(imp_lc, nan=0.5)
    imp = imp_fine.reshape(shape[0], 4, shape[1], 4).mean(axis=(1, 3))
    imp = np.clip(np.maximum(imp, bshare), 0.0, 1.0)
    eti = np.clip(kc, 0.0, 1.0)  # uniform ET0: ETI = Kc·ET0/ET_max = Kc
    cc = cooling_capacity(shade, albedo, eti)
    hm, cc_park, ga = heat_mitigation(cc, green, cellsize, d_cool, min_green_ha)
    t_air = air_temperature(hm, t_ref, uhi_max, cellsize, mix_distance)
    feedback.set_progress(50)
    feedback.check_canceled()
    # hazard: UHI share of the temperature, building density, imperviousness
    heat_score = _norm01(t_air - t_ref, 0.0, uhi_max)
    hazard = (
        hw["heat"] * heat_score + hw["buildings"] * _norm01(bshare, 0.0, 0.6) + hw["impervious"] * imp
    ) / max(sum(hw.values()), 1e-12)
    vuln = np.zeros(shape)
    age65 = under18 = dens = np.zeros(shape)
    if zensus is not None and len(zensus):
        zensus = reproject_layer(zensus, crs, feedback)
        for fld in ("einwohner", "anteil_ab65", "anteil_unter18"):
            zensus.require_fields(fld)

        def val(f, k):
            v = f.attributes.get(k)
            return float(v) if v is not None and v == v and float(v) >= 0 else 0.0

        def share(v):  # Zensus shares are given in percent
            return v / 100.0 if v > 1.0 else v

        age65 = coverage(
            [(f.geometry, share(val(f, "anteil_ab65"))) for f in zensus.features], transform, shape
        )
        under18 = coverage(
            [(f.geometry, share(val(f, "anteil_unter18"))) for f in zensus.features], transform, shape
        )
        dens = coverage(
            [
                (f.geometry, val(f, "einwohner") / max(f.geometry.area / 1e6, 1e-9))
                for f in zensus.features
                if f.geometry is not None
            ],
            transform,
            shape,
        )
    fac = np.zeros(shape)
    nfac = 0
    if facilities is not None and len(facilities):
        facilities = reproject_layer(facilities, crs, feedback)
        sens = [
            f
            for f in facilities.features
            if f.geometry is not None and str(f.attributes.get("fac_type", "")).lower() in SENSITIVE
        ]
        nfac = len(sens)
        fac = np.clip(
            coverage([(f.geometry.buffer(facility_radius), 1.0) for f in sens], transform, shape, factor=2)
            * 4,
            0,
            1,
        )
    vuln = (
        vw["age65"] * _norm01(age65, 0.1, 0.35)
        + vw["under18"] * _norm01(under18, 0.1, 0.25)
        + vw["density"] * _norm01(dens, 0.0, 5000.0)
        + vw["facilities"] * fac
    ) / max(sum(vw.values()), 1e-12)
    if method == "product":
        risk = hazard * (0.5 + 0.5 * vuln)
    else:
        risk = 0.6 * hazard + 0.4 * vuln
    risk_class = classify(risk)
    counts = np.bincount(risk_class.ravel(), minlength=6)[1:]
    summary = dict(
        cells=int(risk.size),
        t_air_max=float(t_air.max()),
        t_air_mean=float(t_air.mean()),
        hm_mean=float(hm.mean()),
        class_counts=counts.tolist(),
        high_risk_km2=float((counts[3] + counts[4]) * cellsize * cellsize / 1e6),
        sensitive_facilities=nfac,
    )
    feedback.info(
        "Heat: T_air %.1f-%.1f °C (mean %.1f), HM mean %.2f; risk classes 1-5: %s cells; "
        "%d sensitive facilities."
        % (t_air.min(), t_air.max(), t_air.mean(), hm.mean(), counts.tolist(), nfac)
    )
    feedback.set_progress(100)

    def R(a, dtype=np.float32, nodata=np.nan):  # noqa: N802
        return Raster(np.asarray(a).astype(dtype), transform, crs, nodata)

    return dict(
        t_air=R(t_air),
        hm=R(hm),
        cc=R(cc),
        hazard=R(hazard),
        vulnerability=R(vuln),
        risk=R(risk),
        risk_class=R(risk_class, np.uint8, 0),
        impervious=R(imp),
        building_share=R(bshare),
        summary=summary,
    )


def risk_polygons(risk_class_raster, min_class=4):
    """Polygons of cells with risk class >= ``min_class`` (dissolved by class)."""
    from affine import Affine
    from rasterio.features import shapes
    from shapely.geometry import shape

    a = risk_class_raster.array.astype(np.uint8)
    m = a >= min_class
    out = VectorLayer(
        "heat_risk_areas",
        "Polygon",
        risk_class_raster.crs,
        [Field("risk_class", "int"), Field("area_m2", "float")],
    )
    for geom, val in shapes(a, mask=m, transform=Affine.from_gdal(*risk_class_raster.transform)):
        g = shape(geom)
        out.add(g, risk_class=int(val), area_m2=g.area)
    return out
