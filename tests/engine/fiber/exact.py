"""Exact Steiner tree in graphs for the optimality tests: multi-commodity flow MILP solved
with scipy.optimize.milp (HiGHS). Independent of the engine."""
# ruff: noqa: N803, N806  (P, G, R, C, L, T: the usual names in graph algorithms)
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix, hstack, identity, vstack


def exact_steiner_cost(n, eu, ev, w, terminals):
    terminals = sorted(set(int(t) for t in terminals))
    r, others = terminals[0], terminals[1:]
    E = len(eu)
    K = len(others)
    if K == 0:
        return 0.0
    # arcs: 0..E-1 = u->v, E..2E-1 = v->u
    tail = np.concatenate([eu, ev])
    head = np.concatenate([ev, eu])
    A = 2 * E
    # node-arc incidence (in - out)
    inc = coo_matrix((np.concatenate([np.ones(A), -np.ones(A)]),
                      (np.concatenate([head, tail]), np.concatenate([np.arange(A), np.arange(A)]))),
                     shape=(n, A)).tocsr()
    nvar = A + K * A
    rows, lbs = [], []
    for k, t in enumerate(others):
        blocks = [coo_matrix((n, A))] + [inc if j == k else coo_matrix((n, A)) for j in range(K)]
        rows.append(hstack(blocks))
        b = np.zeros(n)
        b[t] = 1.0
        b[r] = -1.0
        lbs.append(b)
    flow = LinearConstraint(vstack(rows).tocsr(), np.concatenate(lbs), np.concatenate(lbs))
    # directed formulation (arborescence rooted at r): f^k_a - y_a <= 0
    link_rows = []
    xe = identity(A)
    for k in range(K):
        blocks = [-xe] + [identity(A) if j == k else coo_matrix((A, A)) for j in range(K)]
        link_rows.append(hstack(blocks))
    link = LinearConstraint(vstack(link_rows).tocsr(), -np.inf, 0.0)
    c = np.concatenate([np.asarray(w, dtype=float), np.asarray(w, dtype=float), np.zeros(K * A)])
    integrality = np.concatenate([np.ones(A), np.zeros(K * A)])
    res = milp(c, constraints=[flow, link], integrality=integrality,
               bounds=Bounds(np.zeros(nvar), np.ones(nvar)), options={"mip_rel_gap": 1e-9})
    assert res.status == 0, res.message
    return float(res.fun)


def dreyfus_wagner_cost(n, eu, ev, w, terminals):
    """Exact Steiner tree cost by the Dreyfus–Wagner dynamic program (1971), O(3^k n + 2^k n^2);
    for k <= ~10 terminals."""
    from scipy.sparse.csgraph import shortest_path
    terminals = sorted(set(int(t) for t in terminals))
    k = len(terminals)
    if k <= 1:
        return 0.0
    # parallel edges: keep the minimum
    dense = np.full((n, n), np.inf)
    for a, b, c in zip(eu, ev, w):
        if c < dense[a, b]:
            dense[a, b] = dense[b, a] = c
    np.fill_diagonal(dense, 0)
    D = shortest_path(np.where(np.isfinite(dense), dense, 0), directed=False)
    D[~np.isfinite(D)] = np.inf
    q = terminals[-1]
    base = terminals[:-1]
    kk = len(base)
    full = (1 << kk) - 1
    S = np.full((1 << kk, n), np.inf)
    for i, t in enumerate(base):
        S[1 << i] = D[t]
    for mask in range(1, full + 1):
        if mask & (mask - 1) == 0:
            continue
        best = np.full(n, np.inf)
        low = mask & -mask
        sub = (mask - 1) & mask
        while sub:
            if sub & low:
                best = np.minimum(best, S[sub] + S[mask ^ sub])
            sub = (sub - 1) & mask
        S[mask] = np.min(best[:, None] + D, axis=0)
    return float(S[full][q])
