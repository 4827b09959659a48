"""Generated test cities: a perturbed street grid with buildings along the streets, a PoP.
Deterministic (seeded); used by tests and benchmarks."""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import math

import numpy as np

from ..vector import Field, VectorLayer

CRS = "EPSG:25832"
X0, Y0 = 660000.0, 5485000.0


def synthetic_city(n_buildings=1000, seed=0, block=100.0, lot=20.0, setback=8.0, pops=1):
    """(streets, buildings, pop) VectorLayers. Blocks of ``block`` m, buildings every ``lot``
    m on both sides of every street; the grid is sized for ``n_buildings``."""
    from shapely.geometry import LineString, Point, box
    rng = np.random.RandomState(seed)
    per_block_edge = max(1, int(block / lot) - 1)
    # every grid edge carries ~2 * per_block_edge buildings; ~2 edges per grid node
    k = max(2, int(math.ceil(math.sqrt(n_buildings / (4.0 * per_block_edge)))) + 1)
    jit = rng.uniform(-block * 0.08, block * 0.08, size=(k, k, 2))
    pts = np.array([[[X0 + i * block, Y0 + j * block] for j in range(k)] for i in range(k)]) + jit
    surfaces = ["sealed", "sealed", "sealed", "paved", "unsealed", "unknown"]
    streets = VectorLayer("streets", "LineString", CRS, [
        Field("osm_id", "str"), Field("highway", "str"), Field("name", "str"), Field("surface", "str"),
        Field("bridge", "int"), Field("tunnel", "int")])
    lines = []
    sid = 0
    for i in range(k):
        for j in range(k):
            for di, dj, nm in ((1, 0, "Querstraße %d" % j), (0, 1, "Längsweg %d" % i)):
                if i + di < k and j + dj < k:
                    if rng.rand() < 0.04 and 0 < i < k - 1 and 0 < j < k - 1:
                        continue  # a few missing street segments: non-grid topology
                    ln = LineString([tuple(pts[i, j]), tuple(pts[i + di, j + dj])])
                    sid += 1
                    streets.add(ln, osm_id="w%d" % sid, highway="residential", name=nm,
                                surface=surfaces[rng.randint(len(surfaces))], bridge=0, tunnel=0)
                    lines.append((ln, nm))
    buildings = VectorLayer("buildings", "Polygon", CRS, [
        Field("osm_id", "str"), Field("dwellings", "int"), Field("resident", "int"),
        Field("street", "str"), Field("housenumber", "str")])
    count = 0
    order = rng.permutation(len(lines))
    for li in order:
        ln, nm = lines[li]
        L = ln.length
        (x0, y0), (x1, y1) = ln.coords
        ux, uy = (x1 - x0) / L, (y1 - y0) / L
        nx_, ny_ = -uy, ux
        for side in (1, -1):
            for m in range(per_block_edge):
                if count >= n_buildings:
                    break
                t = (m + 1) * L / (per_block_edge + 1)
                cx = x0 + ux * t + side * nx_ * (setback + 6)
                cy = y0 + uy * t + side * ny_ * (setback + 6)
                half = 5.0
                poly = box(cx - half, cy - half, cx + half, cy + half)
                dw = int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 8, 12]))
                count += 1
                buildings.add(poly, osm_id="b%d" % count, dwellings=dw, resident=1, street=nm,
                              housenumber=str(m + 1))
    c = pts[k // 2, k // 2]
    pop = VectorLayer("pop", "Point", CRS, [Field("pop_id", "str"), Field("name", "str")])
    pop.add(Point(c[0] + 15, c[1] + 12), pop_id="POP1", name="PoP centre")
    if pops > 1:
        q = pts[k // 5, k // 5]
        pop.add(Point(q[0] + 10, q[1] + 10), pop_id="POP2", name="PoP south-west")
    return streets, buildings, pop
