"""Radio propagation models as pure, vectorized numpy functions.

Every function takes scalars or numpy arrays (broadcast together) and returns the basic
transmission loss in dB (positive numbers = loss). Units are stated per function; distances
are metres unless the name says otherwise, frequencies MHz unless ``_ghz``.

Validity ranges are not enforced inside the formulas (they extrapolate smoothly); call
:func:`check_validity` (or the ``*_valid`` helpers) to get a boolean mask and a readable
warning for the user. The engine does that once per sector.

Sources (formulas, public documents):
- ITU-R P.525-4 (free space), ITU-R P.526-15 §4.1 eq. (31) J(v), §4.5 Bullington, Deygout
  (as in P.526-13 §4.5.2 / Deygout 1966), ITU-R P.2108-1 §3.2, ITU-R P.2109-1.
- Hata (1980), IEEE Trans. VT-29; COST 231 Final Report (1999) §4.4.
- 3GPP TR 38.901 V17 Table 7.4.1-1 (UMa, UMi-Street Canyon, RMa).
- Two-ray plane earth: Rappaport, Wireless Communications 2nd ed. eq. (4.52).
- RSRP per resource element: 3GPP TS 36.214 / TS 38.215; NRB tables TS 36.101 Table 5.6-1
  and TS 38.101-1 Table 5.3.2-1.
"""

import math

import numpy as np
from scipy.special import fresnel, ndtri

C0 = 299792458.0  # speed of light, m/s
K_BOLTZ_DBM_HZ = -173.975  # 10*log10(k*290 K) + 30, dBm/Hz (thermal noise density)


def _a(x):
    return np.asarray(x, dtype=float)


# ---------------------------------------------------------------------------------
# free space, two-ray
# ---------------------------------------------------------------------------------
def fspl(d_m, f_mhz):
    """ITU-R P.525 free-space basic transmission loss: 20 log10(4 pi d f / c)."""
    d, f = _a(d_m), _a(f_mhz)
    return 20.0 * np.log10(4.0 * math.pi * np.maximum(d, 1e-3) * f * 1e6 / C0)


def two_ray(d_m, ht_m, hr_m):
    """Plane-earth two-ray loss for d >> sqrt(ht*hr): 40 log d - 20 log ht - 20 log hr
    (frequency independent; Rappaport eq. 4.52). Use ``max(two_ray, fspl)`` near the Tx."""
    d, ht, hr = _a(d_m), _a(ht_m), _a(hr_m)
    return 40.0 * np.log10(np.maximum(d, 1e-3)) - 20.0 * np.log10(ht) - 20.0 * np.log10(hr)


# ---------------------------------------------------------------------------------
# Okumura-Hata and COST-231-Hata
# ---------------------------------------------------------------------------------
def hata_ahm(f_mhz, hm_m, city="medium"):
    """Mobile-antenna height correction a(hm) in dB.

    ``city='medium'`` (small/medium city): (1.1 log f - 0.7) hm - (1.56 log f - 0.8);
    ``city='large'``: 8.29 (log 1.54 hm)^2 - 1.1 for f <= 300 MHz, else
    3.2 (log 11.75 hm)^2 - 4.97 (Hata 1980)."""
    f, hm = _a(f_mhz), _a(hm_m)
    lf = np.log10(f)
    if city == "large":
        low = 8.29 * np.log10(1.54 * hm) ** 2 - 1.1
        high = 3.2 * np.log10(11.75 * hm) ** 2 - 4.97
        return np.where(f <= 300.0, low, high)
    if city in ("medium", "small"):
        return (1.1 * lf - 0.7) * hm - (1.56 * lf - 0.8)
    raise ValueError("city must be 'medium' or 'large', not %r" % (city,))


def okumura_hata(d_m, f_mhz, hb_m, hm_m, environment="urban", city="medium"):
    """Okumura-Hata median loss (150..1500 MHz, hb 30..200 m, hm 1..10 m, d 1..20 km).

    environment: 'urban' | 'suburban' | 'open'; city: 'medium' (small/medium) | 'large'
    selects a(hm) (for suburban/open too, as in ns-3)."""
    d_km, f, hb = _a(d_m) / 1000.0, _a(f_mhz), _a(hb_m)
    lf, lhb = np.log10(f), np.log10(hb)
    urban = (
        69.55
        + 26.16 * lf
        - 13.82 * lhb
        - hata_ahm(f, hm_m, city)
        + (44.9 - 6.55 * lhb) * np.log10(np.maximum(d_km, 1e-6))
    )
    if environment == "urban":
        return urban
    if environment == "suburban":
        return urban - 2.0 * np.log10(f / 28.0) ** 2 - 5.4
    if environment == "open":
        return urban - 4.78 * lf**2 + 18.33 * lf - 40.94
    raise ValueError("environment must be urban, suburban or open, not %r" % (environment,))


def cost231_hata(d_m, f_mhz, hb_m, hm_m, cm_db=0.0, city=None):
    """COST-231-Hata (1500..2000 MHz, hb 30..200 m, hm 1..10 m, d 1..20 km), COST 231
    Final Report eq. 4.4.3: 46.3 + 33.9 log f - 13.82 log hb - a(hm) + (44.9 - 6.55 log hb)
    log d + Cm. Cm = 0 dB (medium city / suburban) or 3 dB (metropolitan centres).

    ``city`` chooses a(hm); by default 'large' (3.2(log 11.75 hm)^2 - 4.97) when
    Cm = 3 and 'medium' otherwise. (ns-3 leaves out the -4.97 term for the metropolitan
    case; the value here keeps it.)"""
    d_km, f, hb = _a(d_m) / 1000.0, _a(f_mhz), _a(hb_m)
    if city is None:
        city = "large" if float(np.max(cm_db)) >= 3.0 else "medium"
    lf, lhb = np.log10(f), np.log10(hb)
    return (
        46.3
        + 33.9 * lf
        - 13.82 * lhb
        - hata_ahm(f, hm_m, city)
        + (44.9 - 6.55 * lhb) * np.log10(np.maximum(d_km, 1e-6))
        + _a(cm_db)
    )


# ---------------------------------------------------------------------------------
# 3GPP TR 38.901 Table 7.4.1-1
# ---------------------------------------------------------------------------------
def _d3d(d2d, hbs, hut):
    return np.sqrt(_a(d2d) ** 2 + (_a(hbs) - _a(hut)) ** 2)


C_3GPP = 3.0e8  # TR 38.901 Table 7.4.1-1 note: c = 3.0e8 m/s in the breakpoint formulas


def rma_breakpoint(f_ghz, hbs, hut):
    """RMa breakpoint distance dBP = 2 pi hBS hUT fc / c (m), c = 3e8 m/s as in 38.901."""
    return 2.0 * math.pi * _a(hbs) * _a(hut) * _a(f_ghz) * 1e9 / C_3GPP


def umx_breakpoint(f_ghz, hbs, hut, he=1.0):
    """UMa/UMi breakpoint d'BP = 4 h'BS h'UT fc / c with h' = h - hE (m)."""
    return 4.0 * (_a(hbs) - he) * (_a(hut) - he) * _a(f_ghz) * 1e9 / C_3GPP


def rma_los(d2d, f_ghz, hbs=35.0, hut=1.5, h=5.0):
    """38.901 RMa LOS (PL1 below dBP, PL2 above). d2D 10 m..10 km, fc 0.5..30 GHz."""
    d2d, fc, h = _a(d2d), _a(f_ghz), _a(h)
    d3 = _d3d(d2d, hbs, hut)
    dbp = rma_breakpoint(fc, hbs, hut)

    def pl1(d):
        return (
            20.0 * np.log10(40.0 * math.pi * d * fc / 3.0)
            + np.minimum(0.03 * h**1.72, 10.0) * np.log10(d)
            - np.minimum(0.044 * h**1.72, 14.77)
            + 0.002 * np.log10(h) * d
        )

    # PL2 = PL1(dBP) + 40 log10(d3D / dBP), PL1 evaluated at distance dBP (as in ns-3)
    return np.where(d2d <= dbp, pl1(d3), pl1(dbp) + 40.0 * np.log10(d3 / dbp))


def rma_nlos(d2d, f_ghz, hbs=35.0, hut=1.5, h=5.0, w=20.0):
    """38.901 RMa NLOS = max(PL_LOS, PL'_NLOS). d2D 10 m..5 km."""
    d2d, fc, h, w, hbs_a, hut_a = _a(d2d), _a(f_ghz), _a(h), _a(w), _a(hbs), _a(hut)
    d3 = _d3d(d2d, hbs, hut)
    pl = (
        161.04
        - 7.1 * np.log10(w)
        + 7.5 * np.log10(h)
        - (24.37 - 3.7 * (h / hbs_a) ** 2) * np.log10(hbs_a)
        + (43.42 - 3.1 * np.log10(hbs_a)) * (np.log10(d3) - 3.0)
        + 20.0 * np.log10(fc)
        - (3.2 * np.log10(11.75 * hut_a) ** 2 - 4.97)
    )
    return np.maximum(rma_los(d2d, fc, hbs, hut, h), pl)


def uma_los(d2d, f_ghz, hbs=25.0, hut=1.5, he=1.0):
    """38.901 UMa LOS. d2D 10 m..5 km, fc 0.5..100 GHz, hUT 1.5..22.5 m."""
    d2d, fc = _a(d2d), _a(f_ghz)
    d3 = _d3d(d2d, hbs, hut)
    dbp = umx_breakpoint(fc, hbs, hut, he)
    pl1 = 28.0 + 22.0 * np.log10(d3) + 20.0 * np.log10(fc)
    pl2 = 28.0 + 40.0 * np.log10(d3) + 20.0 * np.log10(fc) - 9.0 * np.log10(dbp**2 + (_a(hbs) - _a(hut)) ** 2)
    return np.where(d2d <= dbp, pl1, pl2)


def uma_nlos(d2d, f_ghz, hbs=25.0, hut=1.5, he=1.0):
    """38.901 UMa NLOS = max(PL_LOS, 13.54 + 39.08 log d3D + 20 log fc - 0.6 (hUT - 1.5))."""
    d3 = _d3d(d2d, hbs, hut)
    pl = 13.54 + 39.08 * np.log10(d3) + 20.0 * np.log10(_a(f_ghz)) - 0.6 * (_a(hut) - 1.5)
    return np.maximum(uma_los(d2d, f_ghz, hbs, hut, he), pl)


def umi_los(d2d, f_ghz, hbs=10.0, hut=1.5, he=1.0):
    """38.901 UMi-Street Canyon LOS. d2D 10 m..5 km, fc 0.5..100 GHz."""
    d2d, fc = _a(d2d), _a(f_ghz)
    d3 = _d3d(d2d, hbs, hut)
    dbp = umx_breakpoint(fc, hbs, hut, he)
    pl1 = 32.4 + 21.0 * np.log10(d3) + 20.0 * np.log10(fc)
    pl2 = 32.4 + 40.0 * np.log10(d3) + 20.0 * np.log10(fc) - 9.5 * np.log10(dbp**2 + (_a(hbs) - _a(hut)) ** 2)
    return np.where(d2d <= dbp, pl1, pl2)


def umi_nlos(d2d, f_ghz, hbs=10.0, hut=1.5, he=1.0):
    """38.901 UMi-SC NLOS = max(PL_LOS, 35.3 log d3D + 22.4 + 21.3 log fc - 0.3 (hUT - 1.5))."""
    d3 = _d3d(d2d, hbs, hut)
    pl = 35.3 * np.log10(d3) + 22.4 + 21.3 * np.log10(_a(f_ghz)) - 0.3 * (_a(hut) - 1.5)
    return np.maximum(umi_los(d2d, f_ghz, hbs, hut, he), pl)


# ---------------------------------------------------------------------------------
# Knife-edge diffraction, ITU-R P.526
# ---------------------------------------------------------------------------------
def fresnel_v(h_m, d1_m, d2_m, f_mhz):
    """Fresnel-Kirchhoff parameter v = h sqrt(2 (d1 + d2) / (lambda d1 d2)) (P.526 eq. 26)."""
    lam = C0 / (_a(f_mhz) * 1e6)
    d1, d2 = np.maximum(_a(d1_m), 1e-6), np.maximum(_a(d2_m), 1e-6)
    return _a(h_m) * np.sqrt(2.0 * (d1 + d2) / (lam * d1 * d2))


def knife_edge_j(v):
    """ITU-R P.526 eq. (31) approximation: J(v) = 6.9 + 20 log10(sqrt((v-0.1)^2+1) + v - 0.1)
    for v > -0.78, else 0 dB."""
    v = _a(v)
    j = 6.9 + 20.0 * np.log10(np.sqrt((v - 0.1) ** 2 + 1.0) + v - 0.1)
    return np.where(v > -0.78, j, 0.0)


def knife_edge_j_exact(v):
    """Exact single knife-edge loss from the Fresnel integrals (P.526 eq. 27):
    J(v) = -20 log10( sqrt((1 - C - S)^2 + (C - S)^2) / 2 ); J(0) = 6.0206 dB."""
    s, c = fresnel(_a(v))
    return -20.0 * np.log10(np.sqrt((1.0 - c - s) ** 2 + (c - s) ** 2) / 2.0)


def _v_above_line(x, z, xa, za, xb, zb, f_mhz):
    """v of points (x, z) relative to the straight line (xa, za)-(xb, zb)."""
    t = (x - xa) / np.where(xb - xa == 0, 1e-9, xb - xa)
    h = z - (za + t * (zb - za))
    return fresnel_v(h, x - xa, xb - x, f_mhz)


def deygout(x, z, f_mhz, z_tx=None, z_rx=None, max_edges=3):
    """Deygout multiple knife-edge loss over profiles, vectorized over paths.

    x: (n,) or (m, n) distances from Tx (first sample = Tx, last = Rx) in metres;
    z: (m, n) heights (terrain + buildings), Tx/Rx heights given by ``z_tx``/``z_rx``
    (default: first/last column of z). Up to 3 edges: the main edge (largest v over the
    whole path), then the largest-v edge on each side of it; J(v) of P.526 eq. (31) per
    edge, no correction term. Returns loss (m,) in dB (0 where all v <= -0.78)."""
    z = np.atleast_2d(_a(z))
    m, n = z.shape
    x = np.broadcast_to(_a(x), z.shape)
    zt = z[:, 0] if z_tx is None else np.broadcast_to(_a(z_tx), (m,)).astype(float)
    zr = z[:, -1] if z_rx is None else np.broadcast_to(_a(z_rx), (m,)).astype(float)
    rows = np.arange(m)
    xt, xr = x[:, 0], x[:, -1]
    inner = np.zeros((m, n), bool)
    inner[:, 1:-1] = True

    def best_edge(xa, za, xb, zb, lo, hi):
        v = _v_above_line(x, z, xa[:, None], za[:, None], xb[:, None], zb[:, None], f_mhz)
        idx = np.arange(n)[None, :]
        ok = inner & (idx > lo[:, None]) & (idx < hi[:, None])
        v = np.where(ok, v, -np.inf)
        k = np.argmax(v, axis=1)
        return k, v[rows, k]

    lo0, hi0 = np.zeros(m, int), np.full(m, n - 1)
    k0, v0 = best_edge(xt, zt, xr, zr, lo0, hi0)
    loss = np.where(np.isfinite(v0), knife_edge_j(np.where(np.isfinite(v0), v0, -9)), 0.0)
    if max_edges >= 2:
        xk, zk = x[rows, k0], z[rows, k0]
        kl, vl = best_edge(xt, zt, xk, zk, lo0, k0)
        kr, vr = best_edge(xk, zk, xr, zr, k0, hi0)
        main = np.isfinite(v0) & (v0 > -0.78)
        for vv in (vl, vr):
            add = main & np.isfinite(vv)
            loss = loss + np.where(add, knife_edge_j(np.where(add, vv, -9)), 0.0)
            if max_edges == 2:
                break
    return loss


def bullington(x, z, f_mhz, z_tx=None, z_rx=None):
    """Bullington equivalent knife edge (P.526 §4.5 style, no curvature), vectorized.

    NLOS: the edge at the intersection of the steepest rays from Tx and Rx; LOS: the
    profile point with the largest v. Loss = J(v_b) of eq. (31)."""
    z = np.atleast_2d(_a(z))
    m, n = z.shape
    x = np.broadcast_to(_a(x), z.shape)
    zt = z[:, 0] if z_tx is None else np.broadcast_to(_a(z_tx), (m,)).astype(float)
    zr = z[:, -1] if z_rx is None else np.broadcast_to(_a(z_rx), (m,)).astype(float)
    xt, xr = x[:, 0], x[:, -1]
    d = xr - xt
    xi, zi = x[:, 1:-1], z[:, 1:-1]
    st = np.max((zi - zt[:, None]) / (xi - xt[:, None]), axis=1)
    sr = np.max((zi - zr[:, None]) / (xr[:, None] - xi), axis=1)
    slos = (zr - zt) / d
    nlos = st > slos
    xb = (zr - zt + sr * d) / (st + sr)  # distance from Tx of the intersection
    hb = zt + st * xb - (zt + slos * xb)
    v_n = fresnel_v(hb, xb, d - xb, f_mhz)
    v_l = np.max(_v_above_line(xi, zi, xt[:, None], zt[:, None], xr[:, None], zr[:, None], f_mhz), axis=1)
    return knife_edge_j(np.where(nlos, v_n, v_l))


def epstein_peterson(x, z, f_mhz):
    """Epstein-Peterson: sum of J(v) of each edge relative to its neighbouring edges.
    ``x``/``z`` are the Tx, edges and Rx points only (1-D arrays)."""
    x, z = _a(x), _a(z)
    total = 0.0
    for i in range(1, len(x) - 1):
        v = _v_above_line(x[i], z[i], x[i - 1], z[i - 1], x[i + 1], z[i + 1], f_mhz)
        total += float(knife_edge_j(v))
    return total


def fresnel_radius(d1_m, d2_m, f_mhz, n=1):
    """Radius of the n-th Fresnel zone (m)."""
    lam = C0 / (_a(f_mhz) * 1e6)
    return np.sqrt(n * lam * _a(d1_m) * _a(d2_m) / (_a(d1_m) + _a(d2_m)))


# ---------------------------------------------------------------------------------
# ITU-R P.2108 clutter and P.2109 building entry
# ---------------------------------------------------------------------------------
def p2108_terrestrial(f_ghz, d_km, p_percent=50.0):
    """ITU-R P.2108-1 §3.2 clutter loss at one end of a terrestrial path (2..67 GHz,
    d >= 0.25 km): -5 log10(10^(-0.2 Ll) + 10^(-0.2 Ls)) - 6 Q^-1(p/100)."""
    f, d = _a(f_ghz), _a(d_km)
    ll = 23.5 + 9.6 * np.log10(f)
    ls = 32.98 + 23.9 * np.log10(d) + 3.0 * np.log10(f)
    qinv = -ndtri(_a(p_percent) / 100.0)  # inverse complementary normal
    return -5.0 * np.log10(10 ** (-0.2 * ll) + 10 ** (-0.2 * ls)) - 6.0 * qinv


_P2109 = {
    "traditional": dict(r=12.64, s=3.72, t=0.96, u=9.6, v=2.0, w=9.1, x=-3.0, y=4.5, z=-2.0),
    "thermally_efficient": dict(r=28.19, s=-3.00, t=8.48, u=13.5, v=3.8, w=27.8, x=-2.9, y=9.4, z=-2.1),
}


def p2109_bel(f_ghz, elevation_deg=0.0, p_percent=50.0, building="traditional"):
    """ITU-R P.2109-1 building entry loss (0.08..100 GHz) not exceeded for p % of
    locations; building 'traditional' or 'thermally_efficient'."""
    c = _P2109[building]
    lf = np.log10(_a(f_ghz))
    fin = ndtri(_a(p_percent) / 100.0)
    lh = c["r"] + c["s"] * lf + c["t"] * lf**2
    le = 0.212 * np.abs(_a(elevation_deg))
    mu1, mu2 = lh + le, c["w"] + c["x"] * lf
    s1, s2 = c["u"] + c["v"] * lf, c["y"] + c["z"] * lf
    a = fin * s1 + mu1
    b = fin * s2 + mu2
    return 10.0 * np.log10(10 ** (0.1 * a) + 10 ** (0.1 * b) + 10 ** (0.1 * -3.0))


# ---------------------------------------------------------------------------------
# Link budget helpers
# ---------------------------------------------------------------------------------
#: LTE channel bandwidth (MHz) -> NRB (TS 36.101 Table 5.6-1)
LTE_NRB = {1.4: 6, 3: 15, 5: 25, 10: 50, 15: 75, 20: 100}
#: NR FR1: SCS kHz -> {bandwidth MHz -> NRB} (TS 38.101-1 Table 5.3.2-1)
NR_NRB = {
    15: {5: 25, 10: 52, 15: 79, 20: 106, 25: 133, 30: 160, 40: 216, 50: 270},
    30: {
        5: 11,
        10: 24,
        15: 38,
        20: 51,
        25: 65,
        30: 78,
        40: 106,
        50: 133,
        60: 162,
        70: 189,
        80: 217,
        90: 245,
        100: 273,
    },
    60: {10: 11, 15: 18, 20: 24, 25: 31, 30: 38, 40: 51, 50: 65, 60: 79, 70: 93, 80: 107, 90: 121, 100: 135},
}


def n_rb(bw_mhz, tech="LTE", scs_khz=None):
    """Number of resource blocks for a channel bandwidth; raises ValueError if the
    combination is not in the 3GPP tables."""
    tech = (tech or "LTE").upper()
    bw = float(bw_mhz)
    if tech == "LTE":
        for k, v in LTE_NRB.items():
            if abs(k - bw) < 1e-6:
                return v
        raise ValueError("LTE bandwidth %.1f MHz is not one of %s" % (bw, sorted(LTE_NRB)))
    scs = int(scs_khz or (30 if bw > 50 or tech == "NR" else 15))
    table = NR_NRB.get(scs)
    if table is None:
        raise ValueError("NR subcarrier spacing %s kHz not supported (15, 30, 60)" % scs)
    for k, v in table.items():
        if abs(k - bw) < 1e-6:
            return v
    raise ValueError("NR bandwidth %.0f MHz at %d kHz SCS is not one of %s" % (bw, scs, sorted(table)))


def epre_dbm(p_total_dbm, nrb):
    """Energy per resource element (RS/SS EPRE, equal power over all subcarriers):
    P_total - 10 log10(12 NRB) (TS 36.213/36.214, TS 38.215)."""
    return _a(p_total_dbm) - 10.0 * np.log10(12.0 * _a(nrb))


def thermal_noise_dbm(bandwidth_hz, nf_db=0.0):
    """kTB + NF in dBm (T = 290 K)."""
    return K_BOLTZ_DBM_HZ + 10.0 * np.log10(_a(bandwidth_hz)) + _a(nf_db)


def watt_to_dbm(p_w):
    return 10.0 * np.log10(_a(p_w) * 1000.0)


# ---------------------------------------------------------------------------------
# Model registry and validity ranges
# ---------------------------------------------------------------------------------
#: model id -> (f_min MHz, f_max MHz, d_min m, d_max m, hb_min, hb_max, hm_min, hm_max)
VALIDITY = {
    "fspl": (1.0, 1e6, 0.0, 1e9, None, None, None, None),
    "two_ray": (1.0, 1e6, 1.0, 1e9, None, None, None, None),
    "hata_urban": (150.0, 1500.0, 1000.0, 20000.0, 30.0, 200.0, 1.0, 10.0),
    "hata_suburban": (150.0, 1500.0, 1000.0, 20000.0, 30.0, 200.0, 1.0, 10.0),
    "hata_open": (150.0, 1500.0, 1000.0, 20000.0, 30.0, 200.0, 1.0, 10.0),
    "cost231": (1500.0, 2000.0, 1000.0, 20000.0, 30.0, 200.0, 1.0, 10.0),
    "uma": (500.0, 100000.0, 10.0, 5000.0, 25.0, 25.0, 1.5, 22.5),
    "umi": (500.0, 100000.0, 10.0, 5000.0, 10.0, 10.0, 1.5, 22.5),
    "rma": (500.0, 30000.0, 10.0, 10000.0, 10.0, 150.0, 1.0, 10.0),
}
MODELS = tuple(VALIDITY)


def check_validity(model, f_mhz, d_m=None, hb_m=None, hm_m=None):
    """Check the published validity range of ``model``.

    Returns ``(ok_frequency: bool, warnings: list[str], d_mask)``: ``ok_frequency`` is
    False when the frequency is outside the model range (the caller should refuse the
    sector); ``warnings`` lists other range violations (antenna heights, distances);
    ``d_mask`` is a boolean array (True = inside the distance range) or None."""
    if model not in VALIDITY:
        raise ValueError("unknown propagation model %r (use one of %s)" % (model, ", ".join(MODELS)))
    fmin, fmax, dmin, dmax, hbmin, hbmax, hmmin, hmmax = VALIDITY[model]
    warnings = []
    f = float(f_mhz)
    ok_f = fmin <= f <= fmax
    if not ok_f:
        warnings.append("frequency %.0f MHz outside the %s range %.0f..%.0f MHz" % (f, model, fmin, fmax))
    if hb_m is not None and hbmin is not None and not (hbmin - 1e-9 <= float(hb_m) <= hbmax + 1e-9):
        warnings.append(
            "base-station height %.1f m outside the %s range %g..%g m (extrapolated)"
            % (float(hb_m), model, hbmin, hbmax)
        )
    if hm_m is not None and hmmin is not None and not (hmmin - 1e-9 <= float(hm_m) <= hmmax + 1e-9):
        warnings.append(
            "receiver height %.1f m outside the %s range %g..%g m (extrapolated)"
            % (float(hm_m), model, hmmin, hmmax)
        )
    d_mask = None
    if d_m is not None:
        d = _a(d_m)
        d_mask = (d >= dmin) & (d <= dmax)
    return ok_f, warnings, d_mask


def path_loss(model, d2d_m, f_mhz, hb_m, hm_m, los=None, **kw):
    """Dispatch: basic transmission loss of ``model`` for 2-D distances ``d2d_m``.

    ``los`` (bool array or None) picks the LOS/NLOS branch of the 38.901 models
    (None = NLOS everywhere). For Hata/COST models ``kw`` may hold ``city`` and ``cm_db``;
    for RMa ``h``, ``w``. Heights are above local ground. Distances below the model
    minimum are clamped to it (the near zone is dominated by the antenna pattern)."""
    d = _a(d2d_m)
    fg = float(f_mhz) / 1000.0
    if model == "fspl":
        d3 = np.sqrt(d**2 + (float(hb_m) - float(hm_m)) ** 2)
        return fspl(d3, f_mhz)
    if model == "two_ray":
        d3 = np.sqrt(d**2 + (float(hb_m) - float(hm_m)) ** 2)
        return np.maximum(two_ray(d3, hb_m, hm_m), fspl(d3, f_mhz))
    if model.startswith("hata_"):
        return okumura_hata(np.maximum(d, 1.0), f_mhz, hb_m, hm_m, model[5:], kw.get("city", "medium"))
    if model == "cost231":
        return cost231_hata(np.maximum(d, 1.0), f_mhz, hb_m, hm_m, kw.get("cm_db", 0.0), kw.get("city"))
    d = np.maximum(d, 10.0)
    los_mask = np.zeros(d.shape, bool) if los is None else np.broadcast_to(los, d.shape)
    if model == "uma":
        return np.where(los_mask, uma_los(d, fg, hb_m, hm_m), uma_nlos(d, fg, hb_m, hm_m))
    if model == "umi":
        return np.where(los_mask, umi_los(d, fg, hb_m, hm_m), umi_nlos(d, fg, hb_m, hm_m))
    if model == "rma":
        h, w = kw.get("h", 5.0), kw.get("w", 20.0)
        return np.where(los_mask, rma_los(d, fg, hb_m, hm_m, h), rma_nlos(d, fg, hb_m, hm_m, h, w))
    raise ValueError("unknown propagation model %r (use one of %s)" % (model, ", ".join(MODELS)))
