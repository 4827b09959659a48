"""Maximum-coverage site selection: lazy greedy + swap local search.

The objective f(S) = total weight of demand units covered by at least one site in S
(plus those already covered by existing sites) is monotone submodular, so the greedy
choice of k sites reaches at least (1 - 1/e) of the optimum (Nemhauser, Wolsey & Fisher
1978). Lazy evaluation (Minoux 1978) keeps the marginal gains in a max-heap and only
re-evaluates the top: same result as plain greedy, far fewer evaluations. The swap local
search then exchanges one chosen and one unchosen site while that strictly increases f,
so it can only raise coverage.

Sets are given as arrays of demand-unit indices; weights as a float array. Ties are broken
by the lower candidate index (deterministic).
"""

import heapq

import numpy as np


def coverage_value(sets, weights, chosen, base=None):
    covered = np.zeros(len(weights), bool) if base is None else base.copy()
    for i in chosen:
        covered[sets[i]] = True
    return float(weights[covered].sum())


def lazy_greedy(sets, weights, k=None, target_share=None, base=None, total=None, feedback=None):
    """Choose sites greedily. Stops after ``k`` sites, or when the covered share of
    ``total`` (default: sum of weights) reaches ``target_share`` (0..1), or when no
    site adds anything. Returns (order, marginal gains, covered mask)."""
    weights = np.asarray(weights, float)
    covered = np.zeros(len(weights), bool) if base is None else base.copy()
    total = float(weights.sum()) if total is None else float(total)
    n = len(sets)
    kmax = n if k is None else min(int(k), n)
    heap = []
    for i, s in enumerate(sets):
        g = float(weights[s][~covered[s]].sum())
        heapq.heappush(heap, (-g, i))
    order, gains = [], []
    while heap and len(order) < kmax:
        if target_share is not None and total > 0 and weights[covered].sum() / total >= target_share - 1e-12:
            break
        neg, i = heapq.heappop(heap)
        s = sets[i]
        g = float(weights[s][~covered[s]].sum())  # re-evaluate the stale bound
        if heap and g < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-g, i))
            continue
        if g <= 0.0:
            break
        order.append(i)
        gains.append(g)
        covered[s] = True
        if feedback is not None:
            feedback.step(len(order), kmax)
    return order, gains, covered


def swap_local_search(sets, weights, chosen, base=None, max_rounds=100):
    """Best-improvement 1-swap: returns (new chosen list, value, number of swaps).
    Never returns a lower value than the input."""
    weights = np.asarray(weights, float)
    n_units = len(weights)
    chosen = list(chosen)
    base = np.zeros(n_units, bool) if base is None else base
    counts = np.zeros(n_units, np.int32)
    for i in chosen:
        counts[sets[i]] += 1
    value = float(weights[(counts > 0) | base].sum())
    swaps = 0
    for _ in range(max_rounds):
        best = (0.0, None, None)
        outside = [j for j in range(len(sets)) if j not in chosen]
        for i in chosen:
            cnt = counts.copy()
            cnt[sets[i]] -= 1
            cov = (cnt > 0) | base
            v_wo = float(weights[cov].sum())
            for j in outside:
                s = sets[j]
                v = v_wo + float(weights[s][~cov[s]].sum())
                if v - value > best[0] + 1e-9:
                    best = (v - value, i, j)
        if best[1] is None:
            break
        _, i, j = best
        counts[sets[i]] -= 1
        counts[sets[j]] += 1
        chosen[chosen.index(i)] = j
        value = float(weights[(counts > 0) | base].sum())
        swaps += 1
    return chosen, value, swaps


def greedy_order(sets, weights, chosen, base=None):
    """Order a fixed set of sites greedily (largest marginal gain first) for reporting."""
    sub = [sets[i] for i in chosen]
    order, gains, _ = lazy_greedy(sub, weights, k=len(sub), base=base)
    rest = [i for i in range(len(sub)) if i not in order]  # sites adding nothing
    return [chosen[i] for i in order + rest], gains + [0.0] * len(rest)
