"""Compiled hydrology kernels: Priority-Flood depression filling, D8 flow directions
and flow accumulation.

Conventions (stated once, used everywhere):

* Cells are addressed row-major, ``i = row * ncols + col``.
* **Neighbour order** (D8 codes 0..7), clockwise from north::

      7 0 1        N=0, NE=1, E=2, SE=3, S=4, SW=5, W=6, NW=7
      6 . 2
      5 4 3

  Code ``OUTLET`` (8): the cell drains out of the area (DEM edge or next to nodata),
  ``NODATA`` (254): no value. ``UNVISITED`` (255) only appears inside the kernels.
* **Fill**: Priority-Flood (Barnes, Lehman & Mulla 2014, *Computers & Geosciences* 62,
  Algorithm 2 "Priority-Flood with a plain queue for pits"). Seeds are every valid cell
  on the DEM edge or next to a nodata cell (like richdem). The filled DEM is the *exact*
  fill: every raised cell gets exactly the elevation of its spill point (no epsilon).
  Heap ties are broken by the lower cell index, so the result is deterministic.
* **D8**: steepest descent on the filled DEM, slope = drop / distance (diagonals
  ``sqrt(dx² + dy²)``), strictly lower neighbours only; **ties: the first neighbour in
  the order above wins**. Edge cells and cells next to nodata are outlets (like richdem,
  which makes the classic 7×7 Garbrecht & Martz flat drain to its single outlet with
  accumulation 26).
* **Flats** (cells of the filled DEM with no strictly lower neighbour, i.e. filled
  depressions and natural flats): they drain to the neighbour from which the
  Priority-Flood reached them. This is the ordering the Priority-Flood+ε variant of
  Barnes et al. (2014, Algorithm 3) imposes, kept as directions only, so the reported
  filled DEM stays exact. Within a flat the paths are breadth-first shortest (8-connected)
  paths to the cell where the flood entered it, i.e. towards its spill point.
* **Accumulation**: the Priority-Flood visits cells in non-decreasing filled elevation
  and every cell drains to a cell visited before it, so the reversed visiting order is a
  topological order of the flow graph; accumulation is one O(n) pass over it. Every
  cell counts itself (a single cell has accumulation 1 cell / its own area).

The same Python source runs compiled with numba when it is installed and as plain
(slow) Python otherwise (``njit`` falls back to the identity decorator).
"""

import math
import os
import warnings

import numpy as np

try:  # pragma: no cover - depends on the installation
    if os.environ.get("INFRAPLAN_NO_NUMBA"):
        raise ImportError("disabled by INFRAPLAN_NO_NUMBA")
    from numba import njit

    HAVE_NUMBA = True
except ImportError:  # pragma: no cover
    HAVE_NUMBA = False

    def njit(*args, **kwargs):
        """Identity decorator used when numba is missing (``@njit`` or ``@njit(...)``)."""
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return args[0]
        return lambda fn: fn


OUTLET = 8
NODATA = 254
UNVISITED = 255
#: row/column offsets of the D8 codes 0..7 (N, NE, E, SE, S, SW, W, NW)
DR = np.array([-1, -1, 0, 1, 1, 1, 0, -1], dtype=np.int64)
DC = np.array([0, 1, 1, 1, 0, -1, -1, -1], dtype=np.int64)
#: ESRI/pyflwdir D8 codes of our codes 0..7 (for exchange with other tools)
ESRI_CODES = np.array([64, 128, 1, 2, 4, 8, 16, 32], dtype=np.uint8)


# ----------------------------------------------------------------------------------------
# kernel sources (plain Python, compiled by numba when available)
# ----------------------------------------------------------------------------------------
def _priority_flood_src(dem, filled, dirs, order, nrows, ncols, dr, dc):
    """Fill ``filled`` (same dtype as dem), store the flood parent direction in ``dirs``
    (which must hold NODATA for invalid and UNVISITED for valid cells), and the visiting
    order in ``order``. Returns (number of visited cells, number of raised cells)."""
    n = nrows * ncols
    cap = 4 * (nrows + ncols) + 16
    heap = np.empty(cap, dtype=np.int64)
    hsize = 0
    pcap = 1024
    pit = np.empty(pcap, dtype=np.int64)
    phead = 0
    psize = 0
    raised = 0
    # seeds: valid cells on the edge or next to nodata
    for i in range(n):
        if dirs[i] != UNVISITED:
            continue
        r = i // ncols
        c = i - r * ncols
        seed = r == 0 or c == 0 or r == nrows - 1 or c == ncols - 1
        if not seed:
            for k in range(8):
                if dirs[(r + dr[k]) * ncols + c + dc[k]] == NODATA:
                    seed = True
                    break
        if not seed:
            continue
        dirs[i] = OUTLET
        filled[i] = dem[i]
        # heap push (key: filled elevation, then index)
        if hsize == cap:
            bigger = np.empty(cap * 2, dtype=np.int64)
            bigger[:cap] = heap
            heap = bigger
            cap *= 2
        j = hsize
        hsize += 1
        while j > 0:
            p = (j - 1) >> 1
            q = heap[p]
            if filled[q] > filled[i] or (filled[q] == filled[i] and q > i):
                heap[j] = q
                j = p
            else:
                break
        heap[j] = i
    count = 0
    while psize > 0 or hsize > 0:
        if psize > 0:
            i = pit[phead]
            phead += 1
            if phead == pcap:
                phead = 0
            psize -= 1
        else:
            i = heap[0]
            hsize -= 1
            last = heap[hsize]
            j = 0
            while True:
                ch = 2 * j + 1
                if ch >= hsize:
                    break
                a = heap[ch]
                if ch + 1 < hsize:
                    b = heap[ch + 1]
                    if filled[b] < filled[a] or (filled[b] == filled[a] and b < a):
                        ch += 1
                        a = b
                if filled[a] < filled[last] or (filled[a] == filled[last] and a < last):
                    heap[j] = a
                    j = ch
                else:
                    break
            heap[j] = last
        order[count] = i
        count += 1
        r = i // ncols
        c = i - r * ncols
        level = filled[i]
        for k in range(8):
            rr = r + dr[k]
            cc = c + dc[k]
            if rr < 0 or cc < 0 or rr >= nrows or cc >= ncols:
                continue
            m = rr * ncols + cc
            if dirs[m] != UNVISITED:
                continue
            dirs[m] = (k + 4) % 8  # drains back to the cell that reached it
            if dem[m] <= level:
                if dem[m] < level:
                    raised += 1
                filled[m] = level
                if psize == pcap:
                    bigger = np.empty(pcap * 2, dtype=np.int64)
                    for t in range(psize):
                        bigger[t] = pit[(phead + t) % pcap]
                    pit = bigger
                    phead = 0
                    pcap *= 2
                pit[(phead + psize) % pcap] = m
                psize += 1
            else:
                filled[m] = dem[m]
                if hsize == cap:
                    bigger = np.empty(cap * 2, dtype=np.int64)
                    bigger[:cap] = heap
                    heap = bigger
                    cap *= 2
                j = hsize
                hsize += 1
                while j > 0:
                    p = (j - 1) >> 1
                    q = heap[p]
                    if filled[q] > filled[m] or (filled[q] == filled[m] and q > m):
                        heap[j] = q
                        j = p
                    else:
                        break
                heap[j] = m
    return count, raised


def _priority_flood32_src(dem, filled, fbits, dirs, order, nrows, ncols, dr, dc, idist):
    """Same algorithm as :func:`_priority_flood_src` for float32 DEMs, with the heap
    holding one uint64 key per cell: the order-preserving bits of the float32 elevation
    (``fbits`` is a uint32 view of ``filled``) in the high word and the cell index in the
    low word, so a comparison needs no memory lookup. Same order, same result.

    D8 is computed on the fly when a cell is taken from the queue: every neighbour with a
    lower filled elevation has been reached already (cells leave the queues in
    non-decreasing filled elevation) and its filled value is final, so the steepest-descent
    choice (``idist``: 1/distance per code) equals :func:`_d8_src` run afterwards."""
    n = nrows * ncols
    off = dr * ncols + dc
    cap = 4 * (nrows + ncols) + 16
    heap = np.empty(cap, dtype=np.uint64)
    hsize = 0
    pcap = 1024
    pit = np.empty(pcap, dtype=np.int64)
    phead = 0
    psize = 0
    raised = 0
    # seeds: valid cells on the edge or next to nodata
    for i in range(n):
        if dirs[i] != UNVISITED:
            continue
        r = i // ncols
        c = i - r * ncols
        seed = r == 0 or c == 0 or r == nrows - 1 or c == ncols - 1
        if not seed:
            for k in range(8):
                if dirs[(r + dr[k]) * ncols + c + dc[k]] == NODATA:
                    seed = True
                    break
        if not seed:
            continue
        dirs[i] = OUTLET
        filled[i] = dem[i]
        # heap push (key: filled elevation, then index)
        if hsize == cap:
            bigger = np.empty(cap * 2, dtype=np.uint64)
            bigger[:cap] = heap
            heap = bigger
            cap *= 2
        u = np.uint64(fbits[i])
        u = (~u & np.uint64(0xFFFFFFFF)) if u & np.uint64(0x80000000) else (u | np.uint64(0x80000000))
        key = (u << np.uint64(32)) | np.uint64(i)
        j = hsize
        hsize += 1
        while j > 0:
            p = (j - 1) >> 1
            q = heap[p]
            if q > key:
                heap[j] = q
                j = p
            else:
                break
        heap[j] = key
    count = 0
    while psize > 0 or hsize > 0:
        if psize > 0:
            i = pit[phead]
            phead = (phead + 1) & (pcap - 1)
            psize -= 1
        else:
            i = np.int64(heap[0] & np.uint64(0xFFFFFFFF))
            hsize -= 1
            last = heap[hsize]
            j = 0
            while True:
                ch = 2 * j + 1
                if ch >= hsize:
                    break
                a = heap[ch]
                if ch + 1 < hsize:
                    b = heap[ch + 1]
                    if b < a:
                        ch += 1
                        a = b
                if a < last:
                    heap[j] = a
                    j = ch
                else:
                    break
            heap[j] = last
        order[count] = i
        count += 1
        r = i // ncols
        c = i - r * ncols
        level = filled[i]
        inner = r > 0 and c > 0 and r < nrows - 1 and c < ncols - 1
        do_d8 = dirs[i] < 8
        best = -1
        bslope = 0.0
        for k in range(8):
            if inner:
                m = i + off[k]
            else:
                rr = r + dr[k]
                cc = c + dc[k]
                if rr < 0 or cc < 0 or rr >= nrows or cc >= ncols:
                    continue
                m = rr * ncols + cc
            if dirs[m] != UNVISITED:
                if do_d8 and dirs[m] != NODATA:
                    drop = level - filled[m]
                    if drop > 0:
                        sl = drop * idist[k]
                        if sl > bslope:
                            bslope = sl
                            best = k
                continue
            dirs[m] = (k + 4) & 7  # drains back to the cell that reached it
            if dem[m] <= level:
                if dem[m] < level:
                    raised += 1
                filled[m] = level
                if psize == pcap:
                    bigger = np.empty(pcap * 2, dtype=np.int64)
                    for t in range(psize):
                        bigger[t] = pit[(phead + t) % pcap]
                    pit = bigger
                    phead = 0
                    pcap *= 2
                pit[(phead + psize) & (pcap - 1)] = m
                psize += 1
            else:
                filled[m] = dem[m]
                if hsize == cap:
                    bigger = np.empty(cap * 2, dtype=np.uint64)
                    bigger[:cap] = heap
                    heap = bigger
                    cap *= 2
                u = np.uint64(fbits[m])
                u = (~u & np.uint64(0xFFFFFFFF)) if u & np.uint64(0x80000000) else (u | np.uint64(0x80000000))
                key = (u << np.uint64(32)) | np.uint64(m)
                j = hsize
                hsize += 1
                while j > 0:
                    p = (j - 1) >> 1
                    q = heap[p]
                    if q > key:
                        heap[j] = q
                        j = p
                    else:
                        break
                heap[j] = key
        if best >= 0:
            dirs[i] = best
    return count, raised


def _d8_src(filled, dirs, nrows, ncols, dr, dc, dist):
    """Steepest-descent D8 on the filled DEM for every cell whose code is 0..7 (flood
    parent); cells without a strictly lower neighbour keep their flood parent."""
    for r in range(1, nrows - 1):
        for c in range(1, ncols - 1):
            i = r * ncols + c
            if dirs[i] >= 8:
                continue
            z = filled[i]
            best = -1
            bslope = 0.0
            for k in range(8):
                m = i + dr[k] * ncols + dc[k]
                if dirs[m] == NODATA:
                    continue
                drop = z - filled[m]
                if drop > 0:
                    s = drop / dist[k]
                    if s > bslope:
                        bslope = s
                        best = k
            if best >= 0:
                dirs[i] = best


def _accumulate_count_src(dirs, order, count, ncols, dr, dc, acc):
    """Cells draining through each cell (itself included), as uint32 counts."""
    for t in range(count):
        acc[order[t]] = 1
    for t in range(count - 1, -1, -1):
        i = order[t]
        d = dirs[i]
        if d < 8:
            acc[i + dr[d] * ncols + dc[d]] += acc[i]


def _accumulate_weight_src(dirs, order, count, ncols, dr, dc, acc):
    """Weighted accumulation; ``acc`` holds the weights on entry (float64)."""
    for t in range(count - 1, -1, -1):
        i = order[t]
        d = dirs[i]
        if d < 8:
            acc[i + dr[d] * ncols + dc[d]] += acc[i]


# plain-Python and (when available) compiled versions of the same source
PY_KERNELS = {
    "flood": _priority_flood_src,
    "flood32": _priority_flood32_src,
    "d8": _d8_src,
    "acc_count": _accumulate_count_src,
    "acc_weight": _accumulate_weight_src,
}
if HAVE_NUMBA:
    NB_KERNELS = {k: njit(cache=True, nogil=True)(v) for k, v in PY_KERNELS.items()}
else:  # pragma: no cover
    NB_KERNELS = PY_KERNELS


def _kernels(use_numba):
    if use_numba is None:
        use_numba = HAVE_NUMBA
    if use_numba and not HAVE_NUMBA:  # pragma: no cover
        use_numba = False
    return NB_KERNELS if use_numba else PY_KERNELS


# ----------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------
class FlowRouting:
    """Result of :func:`route`: ``filled`` (exact fill, DEM dtype, NaN on nodata),
    ``dirs`` (uint8 D8 codes), ``order`` (visiting order, int64), ``count`` (valid cells),
    ``raised`` (cells raised by the fill) and the cell size."""

    def __init__(self, filled, dirs, order, count, raised, dx, dy):
        self.filled, self.dirs, self.order = filled, dirs, order
        self.count, self.raised, self.dx, self.dy = count, raised, dx, dy

    @property
    def cell_area(self):
        return self.dx * self.dy

    def accumulation_cells(self, use_numba=None):
        """Contributing cells per cell (uint32; 0 on nodata)."""
        k = _kernels(use_numba)
        acc = np.zeros(self.dirs.size, dtype=np.uint32)
        k["acc_count"](self.dirs.ravel(), self.order, self.count, self.dirs.shape[1], DR, DC, acc)
        return acc.reshape(self.dirs.shape)

    def accumulation_area(self, use_numba=None):
        """Contributing area per cell in m² (float64; NaN on nodata)."""
        area = self.accumulation_cells(use_numba).astype(np.float64) * self.cell_area
        area[self.dirs == NODATA] = np.nan
        return area

    def accumulate(self, weights, use_numba=None):
        """Weighted accumulation (e.g. runoff volume per cell); weights float array."""
        k = _kernels(use_numba)
        acc = np.array(weights, dtype=np.float64).ravel().copy()
        acc[~np.isfinite(acc)] = 0.0
        k["acc_weight"](self.dirs.ravel(), self.order, self.count, self.dirs.shape[1], DR, DC, acc)
        return acc.reshape(self.dirs.shape)

    def downstream(self):
        """Flat index of the downstream cell of every cell (-1 for outlets/nodata)."""
        nrows, ncols = self.dirs.shape
        d = self.dirs.ravel()
        down = np.full(d.size, -1, dtype=np.int64)
        ok = d < 8
        idx = np.nonzero(ok)[0]
        code = d[ok].astype(np.int64)
        down[idx] = idx + DR[code] * ncols + DC[code]
        return down


def valid_cells(dem, nodata=None):
    valid = np.isfinite(dem) if dem.dtype.kind == "f" else np.ones(dem.shape, bool)
    if nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata)):
        valid &= dem != nodata
    return valid


def route(dem, nodata=None, dx=1.0, dy=None, use_numba=None, feedback=None):
    """Priority-Flood fill, D8 directions and the topological order in one go.

    ``dem``: 2-D float array (float32 keeps float32: the fill uses the DEM's own values,
    so the result is bit-identical to any exact Priority-Flood). ``nodata`` cells and NaN
    are excluded; their neighbours become outlets."""
    if dy is None:
        dy = dx
    dem = np.asarray(dem)
    if dem.dtype.kind != "f":
        dem = dem.astype(np.float64)
    if use_numba is None and not HAVE_NUMBA:  # pragma: no cover
        msg = (
            "numba is not installed: hydrology kernels run as plain Python and are very "
            "slow on large DEMs (install python3-numba)."
        )
        if feedback is not None:
            feedback.warning(msg)
        else:
            warnings.warn(msg, stacklevel=2)
    k = _kernels(use_numba)
    nrows, ncols = dem.shape
    valid = valid_cells(dem, nodata)
    dirs = np.where(valid, np.uint8(UNVISITED), np.uint8(NODATA)).astype(np.uint8)
    del valid
    demf = np.ascontiguousarray(dem).ravel()
    filled = np.empty(demf.size, dtype=dem.dtype)
    order = np.empty(demf.size, dtype=np.int32 if demf.size < 2**31 - 1 else np.int64)
    dflat = dirs.ravel()
    dist = np.array(
        [dy, math.hypot(dx, dy), dx, math.hypot(dx, dy), dy, math.hypot(dx, dy), dx, math.hypot(dx, dy)],
        dtype=np.float64,
    )
    if dem.dtype == np.float32 and demf.size < 2**32:
        # D8 is fused into the flood (same result as the separate pass below)
        count, raised = k["flood32"](
            demf, filled, filled.view(np.uint32), dflat, order, nrows, ncols, DR, DC, 1.0 / dist
        )
    else:
        count, raised = k["flood"](demf, filled, dflat, order, nrows, ncols, DR, DC)
        k["d8"](filled, dflat, nrows, ncols, DR, DC, dist)
    if feedback is not None:
        feedback.check_canceled()
    filled[dflat == NODATA] = np.nan
    return FlowRouting(filled.reshape(dem.shape), dirs, order, int(count), int(raised), float(dx), float(dy))


def fill(dem, nodata=None, use_numba=None):
    """Exact Priority-Flood fill only (convenience)."""
    return route(dem, nodata, use_numba=use_numba).filled
