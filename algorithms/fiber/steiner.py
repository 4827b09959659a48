"""Steiner tree in graphs: Mehlhorn's 2-approximation followed by local search.

* Mehlhorn (1988), "A faster approximation algorithm for the Steiner problem in graphs",
  Inf. Proc. Letters 27: Voronoi regions of the terminals by one multi-source Dijkstra,
  MST of the terminal distance graph built from boundary edges, expansion, MST of the
  expanded subgraph, pruning of non-terminal leaves. O(m + n log n).
* Local search after Uchoa & Werneck (2012), "Fast local search for Steiner trees in graphs"
  (ALENEX 2010): key-path exchange, Steiner-vertex insertion and Steiner-vertex elimination
  (solutions represented by their vertex set S, cost = MST of G[S] after pruning).
  Every move is accepted only when it lowers the cost, so the result is never worse than
  Mehlhorn's. On big graphs the local search runs on square tiles of the plane (each tile
  re-solved with the tree's boundary vertices as fixed terminals), which keeps it near
  linear.
"""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import heapq
import math

import numpy as np

from ..errors import InputError
from ..feedback import Feedback

EPS = 1e-9


class SteinerProblem:
    """Undirected graph with ``n`` nodes and edges ``(eu[i], ev[i], w[i])`` (parallel edges
    allowed: the cheapest one of a node pair is used)."""

    def __init__(self, n, eu, ev, w):
        from scipy.sparse import csr_matrix
        self.n = int(n)
        eu = np.asarray(eu, dtype=np.int64)
        ev = np.asarray(ev, dtype=np.int64)
        w = np.asarray(w, dtype=float)
        if len(w) and (w < 0).any():
            raise InputError("Negative edge cost in the street graph.")
        self.eu0, self.ev0, self.w0 = eu, ev, w
        a, b = np.minimum(eu, ev), np.maximum(eu, ev)
        keep = a != b
        idx = np.nonzero(keep)[0]
        order = idx[np.lexsort((idx, w[idx], b[idx], a[idx]))]
        pair = a[order] * self.n + b[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = pair[1:] != pair[:-1]
        sel = order[first]  # cheapest edge per node pair
        self.edges = sel  # indices into the original edge list
        self.a, self.b, self.w = a[sel], b[sel], w[sel]
        self.pair = {int(k): int(e) for k, e in zip(self.a * self.n + self.b, range(len(sel)))}
        wt = self.w + EPS  # scipy drops explicit zeros: keep zero-cost edges
        self.csr = csr_matrix((np.concatenate([wt, wt]),
                               (np.concatenate([self.a, self.b]), np.concatenate([self.b, self.a]))),
                              shape=(self.n, self.n))
        self._adj = None

    @property
    def adj(self):
        if self._adj is None:
            adj = [[] for _ in range(self.n)]
            for k in range(len(self.w)):
                a, b, w = int(self.a[k]), int(self.b[k]), float(self.w[k])
                adj[a].append((b, w, k))
                adj[b].append((a, w, k))
            self._adj = adj
        return self._adj

    def edge_of(self, u, v):
        u, v = (u, v) if u < v else (v, u)
        return self.pair[u * self.n + v]

    def cost(self, ks):
        return float(self.w[np.asarray(sorted(ks), dtype=np.int64)].sum()) if len(ks) else 0.0


# --------------------------------------------------------------------------------------
def prune(P, ks, is_term):
    """Remove non-terminal leaves repeatedly from the edge set ``ks`` (local edge ids)."""
    ks = set(ks)
    inc = {}
    for k in ks:
        inc.setdefault(int(P.a[k]), set()).add(k)
        inc.setdefault(int(P.b[k]), set()).add(k)
    stack = [v for v, es in inc.items() if len(es) == 1 and not is_term[v]]
    while stack:
        v = stack.pop()
        es = inc.get(v)
        if not es or len(es) != 1 or is_term[v]:
            continue
        k = es.pop()
        ks.discard(k)
        o = int(P.b[k]) if int(P.a[k]) == v else int(P.a[k])
        inc[o].discard(k)
        if len(inc[o]) == 1 and not is_term[o]:
            stack.append(o)
    return ks


def mst_on_nodes(P, in_s, is_term):
    """MST of the subgraph induced by the node mask ``in_s``, pruned. Returns (edge set,
    connected?)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import minimum_spanning_tree
    sel = np.nonzero(in_s[P.a] & in_s[P.b])[0]
    nodes = np.nonzero(in_s)[0]
    if len(nodes) <= 1:
        return set(), True
    if len(sel) == 0:
        return set(), False
    rel = np.full(P.n, -1, dtype=np.int64)
    rel[nodes] = np.arange(len(nodes))
    m = coo_matrix((P.w[sel] + EPS, (rel[P.a[sel]], rel[P.b[sel]])), shape=(len(nodes), len(nodes))).tocsr()
    t = minimum_spanning_tree(m).tocoo()
    connected = t.nnz == len(nodes) - 1
    ks = [P.edge_of(int(nodes[i]), int(nodes[j])) for i, j in zip(t.row, t.col)]
    return prune(P, ks, is_term), connected


def tree_nodes_mask(P, ks):
    m = np.zeros(P.n, dtype=bool)
    if ks:
        k = np.fromiter(ks, dtype=np.int64)
        m[P.a[k]] = True
        m[P.b[k]] = True
    return m


def mehlhorn(P, terminals, feedback=None):
    """Mehlhorn's 2-approximation. ``terminals`` must lie in one connected component."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree
    terminals = np.unique(np.asarray(terminals, dtype=np.int64))
    is_term = np.zeros(P.n, dtype=bool)
    is_term[terminals] = True
    if len(terminals) <= 1:
        return set()
    dist, pred, src = dijkstra(P.csr, directed=False, indices=terminals, min_only=True,
                               return_predecessors=True)
    if not np.isfinite(dist[terminals]).all():  # pragma: no cover - guarded by the caller
        raise InputError("Steiner terminals are not connected.")
    # boundary edges between Voronoi regions -> terminal distance graph
    su, sv = src[P.a], src[P.b]
    ok = (su != sv) & (su >= 0) & (sv >= 0)
    k = np.nonzero(ok)[0]
    tpos = np.full(P.n, -1, dtype=np.int64)
    tpos[terminals] = np.arange(len(terminals))
    ta, tb = tpos[su[k]], tpos[sv[k]]
    lo, hi = np.minimum(ta, tb), np.maximum(ta, tb)
    d = dist[P.a[k]] + P.w[k] + dist[P.b[k]]
    order = np.lexsort((k, d, hi, lo))
    key = lo[order] * len(terminals) + hi[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    o = order[first]
    T = len(terminals)
    m = coo_matrix((d[o] + EPS, (lo[o], hi[o])), shape=(T, T)).tocsr()
    mst = minimum_spanning_tree(m).tocoo()
    bridge = {int(a) * T + int(b): int(k[i]) for a, b, i in zip(lo[o], hi[o], o)}
    ks = set()
    seen = np.zeros(P.n, dtype=bool)
    seen[terminals] = True
    for a, b in zip(mst.row, mst.col):
        a, b = (a, b) if a < b else (b, a)
        e = bridge[int(a) * T + int(b)]
        ks.add(e)
        for x in (int(P.a[e]), int(P.b[e])):
            while not seen[x]:
                seen[x] = True
                p = int(pred[x])
                ks.add(P.edge_of(x, p))
                x = p
    ks, _ = mst_on_nodes(P, tree_nodes_mask(P, ks), is_term)
    return ks


# --------------------------------------------------------------------------------------
def _key_paths(P, ks, is_term):
    """Key paths of the tree ``ks``: lists of edges between key vertices (terminals or
    degree >= 3) whose inner vertices are degree-2 Steiner vertices."""
    inc = {}
    for k in ks:
        inc.setdefault(int(P.a[k]), []).append(k)
        inc.setdefault(int(P.b[k]), []).append(k)
    key = {v for v, es in inc.items() if is_term[v] or len(es) >= 3}
    paths, done = [], set()
    for s in sorted(key):
        for k0 in sorted(inc[s]):
            if k0 in done:
                continue
            path, v, k = [], s, k0
            while True:
                path.append(k)
                done.add(k)
                v = int(P.b[k]) if int(P.a[k]) == v else int(P.a[k])
                if v in key:
                    break
                nxt = [e for e in inc[v] if e != k]
                k = nxt[0]
            paths.append((s, v, path))
    return paths, inc


def key_path_exchange(P, ks, is_term, budget=None):
    """Key-path exchange: remove a key path, reconnect the two parts by the shortest path
    between them when cheaper; repeated until no key path improves. Returns (edge set,
    improved?)."""
    improved = False
    while True:
        ks, imp = _kpe_pass(P, ks, is_term, budget)
        improved |= imp
        if not imp or (budget is not None and budget[0] <= 0):
            return ks, improved


def _kpe_pass(P, ks, is_term, budget):
    adj = P.adj
    paths, inc = _key_paths(P, ks, is_term)
    paths.sort(key=lambda p: (-P.cost(p[2]), p[2][0]))
    tadj = {}
    for k in ks:
        a, b = int(P.a[k]), int(P.b[k])
        tadj.setdefault(a, []).append((b, k))
        tadj.setdefault(b, []).append((a, k))

    def component(start, banned):
        comp = {start}
        stack = [start]
        while stack:
            x = stack.pop()
            for y, k in tadj.get(x, ()):
                if k not in banned and y not in comp:
                    comp.add(y)
                    stack.append(y)
        return comp

    for s, t, path in paths:
        if budget is not None:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        c = P.cost(path)
        banned = set(path)
        comp_a = component(s, banned)
        comp_b = component(t, banned)
        if len(comp_a) > len(comp_b):
            comp_a, comp_b = comp_b, comp_a
        dist = {x: 0.0 for x in comp_a}
        prev = {}
        heap = [(0.0, x) for x in sorted(comp_a)]
        found = None
        limit = c - 1e-7
        while heap:
            dx, x = heapq.heappop(heap)
            if dx >= limit:
                break
            if dx > dist.get(x, math.inf):
                continue
            if x in comp_b:
                found = x
                break
            for y, w, k in adj[x]:
                nd = dx + w
                if nd < limit and nd < dist.get(y, math.inf):
                    dist[y] = nd
                    prev[y] = (x, k)
                    heapq.heappush(heap, (nd, y))
        if found is None:
            continue
        new = ks.difference(path)
        x = found
        while x not in comp_a:
            x, k = prev[x]
            new.add(k)
        new = prune(P, new, is_term)
        if P.cost(new) < P.cost(ks) - 1e-7:
            return new, True
    return ks, False


def _reconnect(P, comps):
    """Cheapest way (Mehlhorn-style MST over Voronoi regions of the components) to join the
    node sets ``comps``; returns (edge set, cost) or (None, inf)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree
    label = np.full(P.n, -1, dtype=np.int64)
    for i, c in enumerate(comps):
        label[list(c)] = i
    src_nodes = np.nonzero(label >= 0)[0]
    dist, pred, src = dijkstra(P.csr, directed=False, indices=src_nodes, min_only=True,
                               return_predecessors=True)
    lab = np.where(src >= 0, label[np.maximum(src, 0)], -1)
    la, lb = lab[P.a], lab[P.b]
    k = np.nonzero((la != lb) & (la >= 0) & (lb >= 0))[0]
    C = len(comps)
    if len(k) == 0:
        return None, math.inf
    d = dist[P.a[k]] + P.w[k] + dist[P.b[k]]
    lo, hi = np.minimum(la[k], lb[k]), np.maximum(la[k], lb[k])
    order = np.lexsort((k, d, hi, lo))
    key = lo[order] * C + hi[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    o = order[first]
    m = coo_matrix((d[o] + EPS, (lo[o], hi[o])), shape=(C, C)).tocsr()
    mst = minimum_spanning_tree(m).tocoo()
    if mst.nnz != C - 1:
        return None, math.inf
    bridge = {int(a) * C + int(b): int(k[i]) for a, b, i in zip(lo[o], hi[o], o)}
    ks = set()
    for a, b in zip(mst.row, mst.col):
        a, b = (a, b) if a < b else (b, a)
        e = bridge[int(a) * C + int(b)]
        ks.add(e)
        for x in (int(P.a[e]), int(P.b[e])):
            while label[x] < 0:
                p = int(pred[x])
                ks.add(P.edge_of(x, p))
                label[x] = -2 if label[x] == -1 else label[x]
                x = p
    return ks, P.cost(ks)


def key_vertex_elimination(P, ks, is_term, budget=None):
    """Remove a Steiner vertex of degree >= 3 with its key paths and reconnect the parts."""
    improved = False
    changed = True
    while changed:
        changed = False
        paths, inc = _key_paths(P, ks, is_term)
        by_end = {}
        for s, t, path in paths:
            by_end.setdefault(s, []).append((t, path))
            by_end.setdefault(t, []).append((s, path))
        cand = sorted(v for v, es in inc.items() if len(es) >= 3 and not is_term[v])
        for v in cand:
            if budget is not None:
                if budget[0] <= 0:
                    return ks, improved
                budget[0] -= 1
            removed = set()
            for _, path in by_end.get(v, ()):
                removed.update(path)
            rest = ks - removed
            tadj = {}
            for k in rest:
                a, b = int(P.a[k]), int(P.b[k])
                tadj.setdefault(a, []).append(b)
                tadj.setdefault(b, []).append(a)
            comps = []
            for other, _ in by_end.get(v, ()):
                if any(other in c for c in comps):
                    continue
                comp = {other}
                stack = [other]
                while stack:
                    x = stack.pop()
                    for y in tadj.get(x, ()):
                        if y not in comp:
                            comp.add(y)
                            stack.append(y)
                comps.append(comp)
            if len(comps) < 2:
                continue
            add, c = _reconnect(P, comps)
            if add is None or c >= P.cost(removed) - 1e-7:
                continue
            new = prune(P, rest | add, is_term)
            new, ok = mst_on_nodes(P, tree_nodes_mask(P, new), is_term)
            if ok and P.cost(new) < P.cost(ks) - 1e-7:
                ks, improved, changed = new, True, True
                break
    return ks, improved


def vertex_insertion(P, ks, is_term, budget=None):
    in_s = tree_nodes_mask(P, ks)
    cur = P.cost(ks)
    improved = False
    cnt = np.bincount(np.concatenate([P.b[in_s[P.a]], P.a[in_s[P.b]]]), minlength=P.n)
    cand = np.nonzero((cnt >= 2) & ~in_s)[0]
    for v in cand:
        if budget is not None:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        in_s[v] = True
        new, ok = mst_on_nodes(P, in_s, is_term)
        c = P.cost(new)
        if ok and c < cur - 1e-7:
            ks, cur, improved = new, c, True
            in_s = tree_nodes_mask(P, ks)
        else:
            in_s[v] = False
    return ks, improved


def vertex_elimination(P, ks, is_term, budget=None):
    in_s = tree_nodes_mask(P, ks)
    cur = P.cost(ks)
    improved = False
    deg = np.bincount(np.concatenate([P.a[list(ks)], P.b[list(ks)]]) if ks else np.zeros(0, dtype=np.int64),
                      minlength=P.n)
    cand = np.nonzero(in_s & ~is_term & (deg >= 2))[0]
    cand = cand[np.argsort(-deg[cand], kind="stable")]
    for v in cand:
        if budget is not None:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        if not in_s[v]:
            continue
        in_s[v] = False
        new, ok = mst_on_nodes(P, in_s, is_term)
        c = P.cost(new)
        if ok and c < cur - 1e-7:
            ks, cur, improved = new, c, True
            in_s = tree_nodes_mask(P, ks)
        else:
            in_s[v] = True
    return ks, improved


def local_search(P, ks, is_term, max_rounds=20, budget=None):
    for _ in range(max_rounds):
        any_imp = False
        ks, imp = key_path_exchange(P, ks, is_term, budget)
        any_imp |= imp
        ks, imp = vertex_insertion(P, ks, is_term, budget)
        any_imp |= imp
        ks, imp = vertex_elimination(P, ks, is_term, budget)
        any_imp |= imp
        ks, imp = key_vertex_elimination(P, ks, is_term, budget)
        any_imp |= imp
        if not any_imp or (budget is not None and budget[0] <= 0):
            break
    return ks


def shortest_path_heuristic(P, terminals, root):
    """Takahashi & Matsuyama (1980) shortest-path heuristic from ``root``: repeatedly add
    the terminal nearest to the current tree by its shortest path."""
    from scipy.sparse.csgraph import dijkstra
    in_t = np.zeros(P.n, dtype=bool)
    in_t[root] = True
    left = set(int(t) for t in terminals) - {int(root)}
    ks = set()
    while left:
        src = np.nonzero(in_t)[0]
        dist, pred, _ = dijkstra(P.csr, directed=False, indices=src, min_only=True,
                                 return_predecessors=True)
        t = min(left, key=lambda x: (dist[x], x))
        if not np.isfinite(dist[t]):
            raise InputError("Steiner terminals are not connected.")
        x = t
        while not in_t[x]:
            in_t[x] = True
            p = int(pred[x])
            ks.add(P.edge_of(x, p))
            x = p
        left -= set(np.nonzero(in_t)[0].tolist())
    return ks


# --------------------------------------------------------------------------------------
def _tile_search(P, ks, is_term, xy, tile_nodes, feedback, start, end, shifts=(0.0,)):
    """Local search on square tiles: the part of the tree inside a tile is re-solved with the
    tree's vertices on the tile boundary as fixed terminals; replaced when cheaper."""
    in_s = tree_nodes_mask(P, ks)
    nodes = np.nonzero(in_s)[0]
    pts = xy[nodes]
    lo = pts.min(axis=0)
    span = np.maximum(pts.max(axis=0) - lo, 1.0)
    n_tiles = max(1, int(round(len(nodes) / float(tile_nodes))))
    side = math.sqrt(span[0] * span[1] / n_tiles)
    nx_ = max(1, int(math.ceil(span[0] / side)))
    ny_ = max(1, int(math.ceil(span[1] / side)))
    total = len(shifts) * nx_ * ny_
    done = 0
    for shift in shifts:
        cell = np.floor((xy - lo) / side + shift).astype(np.int64)
        cid = cell[:, 0] * (ny_ + 2) + cell[:, 1]
        same = cid[P.a] == cid[P.b]
        order = np.argsort(cid[P.a[same]], kind="stable")
        sel_edges = np.nonzero(same)[0][order]
        keys = cid[P.a[sel_edges]]
        bounds = np.nonzero(np.diff(keys))[0] + 1
        for grp in np.split(sel_edges, bounds):
            done += 1
            feedback.step(done, total, start, end)
            if len(grp) < 3:
                continue
            inside = set(int(k) for k in grp) & ks
            if len(inside) < 2:
                continue
            sub_nodes = np.unique(np.concatenate([P.a[grp], P.b[grp]]))
            loc = {int(v): i for i, v in enumerate(sub_nodes)}
            # sub-terminals: terminals in the tree and tree vertices with a tree edge leaving
            tmask = np.zeros(len(sub_nodes), dtype=bool)
            tree_in = tree_nodes_mask(P, ks)
            for i, v in enumerate(sub_nodes):
                if is_term[v] and tree_in[v]:
                    tmask[i] = True
            grp_set = set(int(k) for k in grp)
            for k in ks:
                if k in grp_set:
                    continue
                for v in (int(P.a[k]), int(P.b[k])):
                    if v in loc:
                        tmask[loc[v]] = True
            terms = np.nonzero(tmask)[0]
            if len(terms) < 2:
                continue
            sub = SteinerProblem(len(sub_nodes), [loc[int(v)] for v in P.a[grp]],
                                 [loc[int(v)] for v in P.b[grp]], P.w[grp])
            from scipy.sparse.csgraph import connected_components
            _, lab = connected_components(sub.csr, directed=False)
            if len(set(lab[terms].tolist())) != 1:
                continue
            sks = mehlhorn(sub, terms)
            sks = local_search(sub, sks, tmask, max_rounds=2, budget=[max(50, len(sub_nodes) // 2)])
            new_cost = sub.cost(sks)
            old_cost = P.cost(inside)
            if new_cost < old_cost - 1e-7:
                new_global = {P.edge_of(int(sub_nodes[sub.a[k]]), int(sub_nodes[sub.b[k]])) for k in sks}
                cand = (ks - inside) | new_global
                cand, ok = mst_on_nodes(P, tree_nodes_mask(P, cand), is_term)
                if ok and P.cost(cand) < P.cost(ks) - 1e-7:
                    ks = cand
    return ks


def steiner_tree(n, eu, ev, w, terminals, xy=None, local_limit=1200, tile_nodes=300,
                 multistart_terminals=20,
                 perturbations=24, feedback=None):
    """Edge indices (into the given edge list) of a low-cost Steiner tree connecting
    ``terminals``; Mehlhorn + local search (full on graphs up to ``local_limit`` nodes,
    tiled above). Terminals must be in one connected component."""
    feedback = feedback or Feedback()
    P = SteinerProblem(n, eu, ev, w)
    terminals = np.unique(np.asarray(terminals, dtype=np.int64))
    is_term = np.zeros(P.n, dtype=bool)
    is_term[terminals] = True
    ks = mehlhorn(P, terminals)
    base = P.cost(ks)
    feedback.set_progress(30)
    active = int(tree_nodes_mask(P, ks).sum())
    if active <= local_limit or xy is None:
        ks = local_search(P, ks, is_term, budget=[max(20000, 20 * active)])
        if len(terminals) <= multistart_terminals:
            # multi-start (small instances): shortest-path heuristic from several roots and
            # Mehlhorn on randomly perturbed costs (fixed seeds), each followed by local search
            starts = []
            step = max(1, len(terminals) // 10)
            for root in terminals[::step]:
                starts.append(shortest_path_heuristic(P, terminals, root))
            rng = np.random.RandomState(12345)
            for i in range(perturbations):
                Q = SteinerProblem(P.n, P.a, P.b, P.w * rng.uniform(1.0, 1.6, len(P.w)))
                qk = (mehlhorn(Q, terminals) if i % 2 == 0 else
                      shortest_path_heuristic(Q, terminals, terminals[(i // 2) % len(terminals)]))
                qk = local_search(Q, qk, is_term, budget=[20000])
                starts.append(set(int(k) for k in Q.edges[list(qk)]))
            for st in starts:
                cand = mst_on_nodes(P, tree_nodes_mask(P, st), is_term)[0]
                cand = local_search(P, cand, is_term, budget=[20000])
                if P.cost(cand) < P.cost(ks) - 1e-7:
                    ks = cand
    else:
        ks = _tile_search(P, ks, is_term, np.asarray(xy, dtype=float), tile_nodes, feedback, 30, 100)
    final = P.cost(ks)
    feedback.info("Steiner tree: Mehlhorn %.0f, after local search %.0f (%.2f %% better)."
                  % (base, final, 100.0 * (base - final) / base if base > 0 else 0.0))
    return np.array(sorted(int(P.edges[k]) for k in ks), dtype=np.int64)
