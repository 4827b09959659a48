"""Line of sight and knife-edge diffraction over a surface raster (DEM + buildings).

For every target cell inside a radius the profile from the antenna to the cell centre is
sampled along the straight ray (one sample per cell step along the major axis, bilinear
interpolation between cell centres: Franklin's R3 scheme, the same geometry GDAL's
viewshed approximates), and from that one profile we get

- LOS: no sample rises above the straight line antenna -> receiver;
- Bullington (P.526 §4.5 style) equivalent-edge loss, or
- Deygout loss with up to 3 edges (main edge + the largest edge on each side),

all with J(v) of ITU-R P.526 eq. (31). Flat earth (no curvature / refraction): paths here
are <= ~10 km, where the Earth bulge at mid-path is < 1.5 m (k = 4/3).

Compiled with numba (parallel over rows); falls back to plain Python loops when numba is
not importable (slow but identical numbers).
"""
import math

import numpy as np

try:  # pragma: no cover - import guard
    import numba
    _njit = numba.njit(cache=True, parallel=True, nogil=True)
    _njit_inner = numba.njit(cache=True, inline="always", nogil=True)
    _njit_serial = numba.njit(cache=True, nogil=True)
    _prange = numba.prange
except Exception:  # pragma: no cover
    numba = None

    def _njit(f):
        return f

    _njit_inner = _njit
    _njit_serial = _njit
    _prange = range

METHODS = {"none": 0, "bullington": 1, "deygout": 2}
C0 = 299792458.0


@_njit_inner
def _bilinear(a, x, y):
    rows, cols = a.shape
    if x < 0.0:
        x = 0.0
    if y < 0.0:
        y = 0.0
    if x > cols - 1:
        x = cols - 1.0
    if y > rows - 1:
        y = rows - 1.0
    c0 = int(math.floor(x))
    r0 = int(math.floor(y))
    c1 = min(c0 + 1, cols - 1)
    r1 = min(r0 + 1, rows - 1)
    fx = x - c0
    fy = y - r0
    v00 = a[r0, c0]
    if fx == 0.0 and fy == 0.0:
        return v00
    v01 = a[r0, c1]
    v10 = a[r1, c0]
    v11 = a[r1, c1]
    return (v00 * (1 - fx) * (1 - fy) + v01 * fx * (1 - fy)
            + v10 * (1 - fx) * fy + v11 * fx * fy)


@_njit_inner
def _j(v):
    if v <= -0.78:
        return 0.0
    return 6.9 + 20.0 * math.log10(math.sqrt((v - 0.1) ** 2 + 1.0) + v - 0.1)


@_njit_inner
def _vpar(h, d1, d2, lam):
    if d1 < 1e-6:
        d1 = 1e-6
    if d2 < 1e-6:
        d2 = 1e-6
    return h * math.sqrt(2.0 * (d1 + d2) / (lam * d1 * d2))


@_njit_inner
def _best_edge(dist, z, lo, hi, lam):
    """Index and v of the largest-v sample strictly between lo and hi (line lo-hi)."""
    best_k = -1
    best_v = -1e30
    xa = dist[lo]
    za = z[lo]
    xb = dist[hi]
    zb = z[hi]
    span = xb - xa
    for k in range(lo + 1, hi):
        zk = z[k]
        if zk != zk:
            continue
        t = (dist[k] - xa) / span
        v = _vpar(zk - (za + t * (zb - za)), dist[k] - xa, xb - dist[k], lam)
        if v > best_v:
            best_v = v
            best_k = k
    return best_k, best_v


@_njit
def _kernel(surface, ground, oc, orow, zo, rx_h, cell, lam, radius_cells, method,
            los_out, loss_out):
    rows, cols = surface.shape
    nmax = int(math.ceil(radius_cells * 1.5)) + 4
    r2 = radius_cells * radius_cells
    for r in _prange(rows):
        dist = np.empty(nmax + 2)
        zz = np.empty(nmax + 2)
        for c in range(cols):
            dx = c - oc
            dy = r - orow
            if dx * dx + dy * dy > r2:
                los_out[r, c] = 255
                loss_out[r, c] = np.nan
                continue
            zt = ground[r, c]
            if zt != zt:
                los_out[r, c] = 255
                loss_out[r, c] = np.nan
                continue
            zt = zt + rx_h
            n = int(math.ceil(max(abs(dx), abs(dy)) - 1e-9))
            dtot = math.sqrt(dx * dx + dy * dy) * cell
            if n <= 1 or dtot <= 0.0:
                los_out[r, c] = 1
                loss_out[r, c] = 0.0
                continue
            # sample the profile and check LOS
            los = 1
            st = -1e30  # steepest slope from Tx
            sr = -1e30  # steepest slope from Rx
            vmax = -1e30
            slos = (zt - zo) / dtot
            dist[0] = 0.0
            zz[0] = zo
            for k in range(1, n):
                t = k / n
                zk = _bilinear(surface, oc + t * dx, orow + t * dy)
                dk = t * dtot
                dist[k] = dk
                zz[k] = zk
                if zk != zk:
                    continue
                hline = zo + t * (zt - zo)
                if zk > hline:
                    los = 0
                if method == 1:
                    s1 = (zk - zo) / dk
                    if s1 > st:
                        st = s1
                    s2 = (zk - zt) / (dtot - dk)
                    if s2 > sr:
                        sr = s2
                    v = _vpar(zk - hline, dk, dtot - dk, lam)
                    if v > vmax:
                        vmax = v
            dist[n] = dtot
            zz[n] = zt
            los_out[r, c] = los
            if method == 0:
                loss_out[r, c] = 0.0
            elif method == 1:
                if st > slos:
                    xb = (zt - zo + sr * dtot) / (st + sr)
                    hb = st * xb - slos * xb
                    loss_out[r, c] = _j(_vpar(hb, xb, dtot - xb, lam))
                else:
                    loss_out[r, c] = _j(vmax)
            else:
                km, vm = _best_edge(dist, zz, 0, n, lam)
                total = 0.0
                if km >= 0 and vm > -0.78:
                    total = _j(vm)
                    kl, vl = _best_edge(dist, zz, 0, km, lam)
                    if kl >= 0:
                        total += _j(vl)
                    kr, vr = _best_edge(dist, zz, km, n, lam)
                    if kr >= 0:
                        total += _j(vr)
                loss_out[r, c] = total


def los_and_diffraction(surface, obs_col, obs_row, obs_z, rx_height, cellsize, f_mhz,
                        radius_m, method="bullington", ground=None):
    """LOS flag and diffraction loss for every cell of ``surface`` within ``radius_m``.

    surface: 2-D array of obstacle heights (DSM: terrain + buildings), metres;
    ground: heights the receiver stands on (DEM), default = surface;
    obs_col/obs_row: antenna position in fractional cell units of the array (cell
    centres at integer + 0... i.e. col = (x - x0)/dx - 0.5);
    obs_z: absolute antenna height (ground + mast); rx_height above ``ground``.
    Returns (los uint8: 1 LOS, 0 NLOS, 255 outside radius/nodata;
    loss float32 dB, NaN outside)."""
    if method not in METHODS:
        raise ValueError("diffraction method must be one of %s" % ", ".join(METHODS))
    surf = np.ascontiguousarray(surface, dtype=np.float64)
    gr = surf if ground is None else np.ascontiguousarray(ground, dtype=np.float64)
    los = np.empty(surf.shape, np.uint8)
    loss = np.empty(surf.shape, np.float32)
    lam = C0 / (float(f_mhz) * 1e6)
    _kernel(surf, gr, float(obs_col), float(obs_row), float(obs_z), float(rx_height),
            float(cellsize), lam, float(radius_m) / float(cellsize), METHODS[method], los, loss)
    return los, loss


def gdal_viewshed(surface, transform, obs_x, obs_y, obs_height, target_height,
                  max_distance=0.0, crs=None):
    """GDAL's viewshed (``osgeo.gdal.ViewshedGenerate``) on an in-memory copy of
    ``surface``: returns a uint8 array (1 visible, 0 invisible, 255 out of range).
    Curvature correction off (dfCurvCoeff = 0), heights relative to the surface."""
    from osgeo import gdal, osr

    rows, cols = surface.shape
    drv = gdal.GetDriverByName("MEM")
    src = drv.Create("", cols, rows, 1, gdal.GDT_Float32)
    src.SetGeoTransform(tuple(transform))
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        src.SetProjection(srs.ExportToWkt())
    band = src.GetRasterBand(1)
    band.WriteArray(np.asarray(surface, dtype=np.float32))
    out = gdal.ViewshedGenerate(band, "MEM", "vs", [], float(obs_x), float(obs_y),
                                float(obs_height), float(target_height), 1.0, 0.0, 255.0,
                                254.0, 0.0, gdal.GVM_Edge, float(max_distance))
    arr = out.GetRasterBand(1).ReadAsArray()
    out = None
    src = None
    return arr.astype(np.uint8)


@_njit_serial
def _sweep(dem, orow, ocol, zo, target_z, radius_cells, vis, horizon):
    """Reference-plane LOS sweep (Wang, Robinson & White 2000; GDAL's 'edge' mode):
    rows are processed outward from the observer row and, inside a row, columns outward
    from the observer column. The horizon height at a cell is the line from the observer
    through the linearly interpolated horizon on the cell edge that the sight line crosses
    (between the two neighbouring cells closer to the observer), extrapolated to the cell
    centre; the cell is visible if its target height (absolute, ``target_z``) reaches it;
    its stored horizon is max(surface, projected)."""
    rows, cols = dem.shape
    r2 = radius_cells * radius_cells
    for r in range(rows):
        for c in range(cols):
            vis[r, c] = 255
            horizon[r, c] = np.nan
    vis[orow, ocol] = 1
    horizon[orow, ocol] = dem[orow, ocol]
    nup = orow
    ndown = rows - 1 - orow
    for step in range(0, max(nup, ndown) + 1):
        for sgn_r in (-1, 1):
            if step == 0 and sgn_r == 1:
                continue
            r = orow + sgn_r * step
            if r < 0 or r >= rows:
                continue
            i = step
            for sgn_c in (-1, 1):
                jstart = 0 if sgn_c == -1 else 1
                for j in range(jstart, cols):
                    c = ocol + sgn_c * j
                    if c < 0 or c >= cols:
                        break
                    if i == 0 and j == 0:
                        continue
                    if i * i + j * j > r2:
                        if j > i:
                            break
                        continue
                    z = dem[r, c]
                    if i <= 1 and j <= 1:
                        zp = -1e30  # direct neighbours are always visible
                    elif i == 0:
                        zb = horizon[r, c - sgn_c]
                        zp = zo + (zb - zo) * j / (j - 1.0)
                    elif j == 0:
                        za = horizon[r - sgn_r, c]
                        zp = zo + (za - zo) * i / (i - 1.0)
                    elif i == j:
                        zd = horizon[r - sgn_r, c - sgn_c]
                        zp = zo + (zd - zo) * i / (i - 1.0)
                    elif j > i:
                        zd = horizon[r - sgn_r, c - sgn_c]
                        zb = horizon[r, c - sgn_c]
                        zp = zo + ((j - i) * (zb - zo) + i * (zd - zo)) / (j - 1.0)
                    else:
                        zd = horizon[r - sgn_r, c - sgn_c]
                        za = horizon[r - sgn_r, c]
                        zp = zo + ((i - j) * (za - zo) + j * (zd - zo)) / (i - 1.0)
                    if zp != zp:
                        zp = -1e30
                    vis[r, c] = 1 if target_z[r, c] >= zp else 0
                    horizon[r, c] = z if z > zp else zp
    return vis


def viewshed_sweep(surface, obs_row, obs_col, obs_z, target_z, radius_m, cellsize):
    """LOS (1 visible / 0 not / 255 outside radius) for an observer at the centre of cell
    (obs_row, obs_col) at absolute height ``obs_z``; ``target_z`` is the absolute
    receiver height per cell (array) or a height above ``surface`` (scalar).
    Cell-centre targets, flat earth (no curvature, no refraction): the convention of
    ``gdal.ViewshedGenerate(..., dfCurvCoeff=0, mode=GVM_Edge)``, which it reproduces."""
    dem = np.ascontiguousarray(surface, dtype=np.float64)
    if np.isscalar(target_z):
        tz = dem + float(target_z)
    else:
        tz = np.ascontiguousarray(target_z, dtype=np.float64)
    vis = np.empty(dem.shape, np.uint8)
    hor = np.empty(dem.shape, np.float64)
    _sweep(dem, int(obs_row), int(obs_col), float(obs_z), tz,
           float(radius_m) / float(cellsize), vis, hor)
    return vis
