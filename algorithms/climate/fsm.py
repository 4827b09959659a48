"""Fill-spill through the depression hierarchy (in the spirit of Barnes, Callaghan &
Wickert 2020/2021, "Fill-Spill-Merge").

1. Every valid cell drains by steepest descent on the *unfilled* DEM. Cells without a
   lower neighbour are pits; every pit starts a leaf basin. Edge cells and cells next to
   nodata drain out of the area: they form the "ocean" (leaf 0, infinite capacity).
2. Neighbouring basins meet at saddles (lowest max(z_a, z_b) over adjacent cell pairs,
   8-neighbourhood). Merging basins in order of saddle height (Kruskal) gives the
   depression hierarchy: a binary tree whose leaves are pit basins.
3. Water (runoff of each basin's cells) is poured into its leaf. Bottom-up: a pool that
   holds more than its volume below its saddle overflows at the saddle into the
   neighbouring basin (into the leaf on the other side of the saddle, descending into
   that subtree); when both sides are full to the saddle they merge into one lake that
   rises further. What reaches the ocean leaves the area.
4. The level of each final pool solves V(h) = W with V(h) = Σ (h − z)·A over its cells
   below h (all of them are connected to its pit through lower cells, because they drain
   to it by steepest descent).
"""

import math

import numpy as np

from . import kernels as K  # noqa: N812

INF = float("inf")


def _leaf_labels(z, outlet):
    """Leaf basin per cell (0 = ocean) and number of leaves."""
    from .hydro import _STEEPEST

    nrows, ncols = z.shape
    zf = np.ascontiguousarray(z, dtype=np.float64).ravel()
    down = np.full(zf.size, -1, np.int64)
    dist = np.ones(8)
    d = math.sqrt(2.0)
    dist[[1, 3, 5, 7]] = d
    _STEEPEST(zf, nrows, ncols, K.DR, K.DC, dist, down)
    valid = np.isfinite(zf)
    out = outlet.ravel()
    down[out] = -1
    pits = np.nonzero(valid & ~out & (down < 0))[0]
    leaf = np.full(zf.size, -1, np.int64)
    leaf[out] = 0
    leaf[pits] = np.arange(1, pits.size + 1)
    order = np.argsort(np.where(valid, zf, np.inf), kind="stable")
    _propagate(order, down, leaf)
    return leaf.reshape(z.shape), pits.size + 1


def _propagate_src(order, down, leaf):
    for t in range(order.size):
        i = order[t]
        if leaf[i] < 0 and down[i] >= 0:
            leaf[i] = leaf[down[i]]


_propagate = K.njit(cache=True)(_propagate_src) if K.HAVE_NUMBA else _propagate_src


def _saddles(z, leaf):
    """Per pair of adjacent leaves the saddle height and the two cells (a, b)."""
    nrows, ncols = z.shape
    la, lb, s, ca, cb = [], [], [], [], []
    idx = np.arange(z.size).reshape(z.shape)
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        r0, r1 = 0, nrows - dr
        c0, c1 = max(0, -dc), ncols - max(0, dc)
        sa = (slice(r0, r1), slice(c0, c1))
        sb = (slice(r0 + dr, r1 + dr), slice(c0 + dc, c1 + dc))
        a_l, b_l = leaf[sa].ravel(), leaf[sb].ravel()
        ok = (a_l >= 0) & (b_l >= 0) & (a_l != b_l)
        za, zb = z[sa].ravel()[ok], z[sb].ravel()[ok]
        la.append(a_l[ok])
        lb.append(b_l[ok])
        s.append(np.maximum(za, zb))
        ca.append(idx[sa].ravel()[ok])
        cb.append(idx[sb].ravel()[ok])
    la, lb, s = np.concatenate(la), np.concatenate(lb), np.concatenate(s)
    ca, cb = np.concatenate(ca), np.concatenate(cb)
    # orient pairs (small leaf first)
    sw = la > lb
    la[sw], lb[sw] = lb[sw], la[sw].copy()
    ca[sw], cb[sw] = cb[sw], ca[sw].copy()
    key = la * (leaf.max() + 1) + lb
    o = np.lexsort((cb, ca, s, key))
    key, la, lb, s, ca, cb = key[o], la[o], lb[o], s[o], ca[o], cb[o]
    first = np.ones(key.size, bool)
    first[1:] = key[1:] != key[:-1]
    return la[first], lb[first], s[first], ca[first], cb[first]


class _Hierarchy:
    def __init__(self, z, leaf, nleaf, area):
        self.area = area
        self.nleaf = nleaf
        zf = z.ravel()
        lf = leaf.ravel()
        ok = lf > 0
        cells = np.nonzero(ok)[0]
        o = np.lexsort((zf[cells], lf[cells]))
        cells = cells[o]
        bounds = np.searchsorted(lf[cells], np.arange(nleaf + 1))
        self.zs, self.cs = [None] * nleaf, [None] * nleaf
        for k in range(1, nleaf):
            zz = zf[cells[bounds[k] : bounds[k + 1]]].astype(np.float64)
            self.zs[k] = zz
            self.cs[k] = np.cumsum(zz)
        # tree: nodes 0..nleaf-1 are the leaves; merge nodes are appended
        self.left, self.right, self.saddle, self.entry, self.parent = {}, {}, {}, {}, {}
        self.lake = [True] * nleaf
        self.lake[0] = False  # the ocean never fills
        self.ocean = [False] * nleaf
        self.ocean[0] = True
        self.water = [0.0] * nleaf
        self.nnodes = nleaf

    def leaves_of(self, node):
        out, stack = [], [node]
        while stack:
            n = stack.pop()
            if n < self.nleaf:
                out.append(n)
            else:
                stack.extend((self.left[n], self.right[n]))
        return out

    def volume(self, node, h):
        """Volume below level h of the cells of ``node`` (m³); the ocean is infinite."""
        if self.ocean[node]:
            return INF
        v = 0.0
        for k in self.leaves_of(node):
            zs = self.zs[k]
            n = int(np.searchsorted(zs, h, side="left"))
            if n:
                v += n * h - self.cs[k][n - 1]
        return v * self.area

    def level(self, node, w):
        """Level h with volume(node, h) = w."""
        zs = np.sort(np.concatenate([self.zs[k] for k in self.leaves_of(node)]))
        cs = np.cumsum(zs)
        j = np.arange(1, zs.size + 1)
        vol_at = (j * zs - cs) * self.area
        n = max(int(np.searchsorted(vol_at, w, side="right")), 1)
        return (w / self.area + cs[n - 1]) / n

    def add(self, node, amount, leaf):
        """Pour ``amount`` into ``node`` entering at ``leaf``: down to the first pool
        (lake or leaf) on the way to ``leaf``, then settle the nodes on the way back up."""
        path = [leaf]
        while path[-1] != node:
            path.append(self.parent[path[-1]])
        for n in path:
            self.water[n] += amount
        # the pool that takes the water: the highest lake on the path (or the leaf)
        k = len(path) - 1
        while k > 0 and not self.lake[path[k]]:
            k -= 1
        for i in range(k + 1, len(path)):
            n = path[i]
            x = path[i - 1]
            y = self.right[n] if self.left[n] == x else self.left[n]
            self._settle(n, x, y)

    def _settle(self, node, x, y):
        """Overflow of x at the node's saddle goes into y; both full -> one lake."""
        s = self.saddle[node]
        if self.lake[x]:
            ex = self.water[x] - self.volume(x, s)
            if ex > 0:
                self.water[x] -= ex
                self.water[node] -= ex
                self.add(y, ex, self.entry[node][y])
                self.water[node] += ex
                if self.lake[y] and self.water[y] >= self.volume(y, s):
                    self.lake[node] = True


def fill_spill(z, outlet, runoff, area):
    """Ponded depth (m, float64) and outflow (m³) for runoff volumes (m³ per cell).

    ``z``: float64 DEM with NaN for nodata; ``outlet``: bool cells draining out of the area
    (edge/nodata-adjacent: the same outlets as the Priority-Flood)."""
    leaf, nleaf = _leaf_labels(z, outlet)
    hier = _Hierarchy(z, leaf, nleaf, area)
    w = np.bincount(
        leaf.ravel()[leaf.ravel() >= 0], weights=runoff.ravel()[leaf.ravel() >= 0], minlength=nleaf
    )
    for k in range(nleaf):
        hier.water[k] = float(w[k])
    if nleaf > 1:
        la, lb, s, ca, cb = _saddles(z, leaf)
        o = np.lexsort((lb, la, s))
        uf = list(range(nleaf))

        def find(a):
            while uf[a] != a:
                uf[a] = uf[uf[a]]
                a = uf[a]
            return a

        root_node = {k: k for k in range(nleaf)}
        leaf_flat = leaf.ravel()
        for e in o:
            ra, rb = find(int(la[e])), find(int(lb[e]))
            if ra == rb:
                continue
            na, nb = root_node[ra], root_node[rb]
            node = hier.nnodes
            hier.nnodes += 1
            hier.left[node], hier.right[node], hier.saddle[node] = na, nb, float(s[e])
            # water leaving na at the saddle enters nb at the leaf of cell cb, and vice versa
            hier.entry[node] = {nb: int(leaf_flat[cb[e]]), na: int(leaf_flat[ca[e]])}
            hier.parent[na] = hier.parent[nb] = node
            hier.lake.append(False)
            hier.ocean.append(hier.ocean[na] or hier.ocean[nb])
            hier.water.append(hier.water[na] + hier.water[nb])
            hier._settle(node, na, nb)
            hier._settle(node, nb, na)
            uf[rb] = ra
            root_node[ra] = node
    # final levels: walk down from the roots to the maximal lakes
    level = np.full(nleaf, -INF)
    stack = sorted(n for n in range(hier.nnodes) if n not in hier.parent)
    outflow = 0.0
    while stack:
        n = stack.pop()
        if n == 0:
            outflow = hier.water[0]
            continue
        if hier.lake[n] and n != 0:
            if hier.water[n] > 0:
                h = hier.level(n, hier.water[n])
                for k in hier.leaves_of(n):
                    level[k] = h
            continue
        if n in hier.left:
            stack.extend([hier.left[n], hier.right[n]])
    lf = leaf.ravel()
    depth = np.zeros(z.size)
    ok = lf > 0
    zz = z.ravel()
    depth[ok] = np.maximum(level[lf[ok]] - zz[ok], 0.0)
    return depth.reshape(z.shape), float(outflow), leaf
