"""Site selection vs brute force: greedy >= (1 - 1/e) OPT, swap never lowers coverage."""

import itertools
import math

import numpy as np
import pytest

from infraplan.algorithms.coverage.selection import (
    coverage_value,
    greedy_order,
    lazy_greedy,
    swap_local_search,
)


def random_instance(seed, n_sets=9, n_units=40):
    rng = np.random.default_rng(seed)
    weights = rng.integers(1, 20, n_units).astype(float)
    sets = [np.nonzero(rng.random(n_units) < rng.uniform(0.05, 0.35))[0] for _ in range(n_sets)]
    return sets, weights


def brute_force(sets, weights, k, base=None):
    return max(coverage_value(sets, weights, c, base) for c in itertools.combinations(range(len(sets)), k))


def plain_greedy(sets, weights, k):
    chosen = []
    covered = np.zeros(len(weights), bool)
    for _ in range(k):
        gains = [(-1 if i in chosen else weights[s][~covered[s]].sum(), -i) for i, s in enumerate(sets)]
        g, neg_i = max(gains)
        if g <= 0:
            break
        chosen.append(-neg_i)
        covered[sets[-neg_i]] = True
    return chosen


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("k", [2, 3, 4])
def test_greedy_bound_and_swap(seed, k):
    sets, w = random_instance(seed)
    opt = brute_force(sets, w, k)
    order, gains, cov = lazy_greedy(sets, w, k=k)
    g_val = coverage_value(sets, w, order)
    assert g_val == pytest.approx(sum(gains))
    assert g_val >= (1 - 1 / math.e) * opt - 1e-9
    # lazy greedy picks exactly what plain greedy picks
    assert order == plain_greedy(sets, w, k)
    # swap never lowers coverage, never exceeds OPT, and ends in a 1-swap local optimum
    start = order + [i for i in range(len(sets)) if i not in order][: k - len(order)]
    chosen, val, _ = swap_local_search(sets, w, start)
    assert val >= coverage_value(sets, w, start) - 1e-9
    assert val <= opt + 1e-9
    for i in chosen:
        for j in range(len(sets)):
            if j not in chosen:
                alt = [j if c == i else c for c in chosen]
                assert coverage_value(sets, w, alt) <= val + 1e-9


def test_greedy_is_not_always_optimal_but_swap_fixes_classic_case():
    # classic instance: greedy takes the big middle set first, OPT = the two halves
    w = np.ones(8)
    sets = [np.array([0, 1, 2, 3]), np.array([4, 5, 6, 7]), np.array([1, 2, 3, 4, 5])]
    sets[2] = np.array([1, 2, 3, 4, 5, 6])
    order, gains, _ = lazy_greedy(sets, w, k=2)
    assert order[0] == 2 and coverage_value(sets, w, order) == 7
    chosen, val, swaps = swap_local_search(sets, w, order)
    assert val == 8 and swaps >= 1 and sorted(chosen) == [0, 1]


def test_target_share_and_base():
    sets, w = random_instance(7, n_sets=12, n_units=60)
    order, gains, cov = lazy_greedy(sets, w, target_share=0.5)
    assert w[cov].sum() / w.sum() >= 0.5 or len(order) == len(sets) or gains[-1] > 0
    if len(order) > 1:
        prev = coverage_value(sets, w, order[:-1])
        assert prev / w.sum() < 0.5
    base = np.zeros(len(w), bool)
    base[:30] = True
    order, gains, cov = lazy_greedy(sets, w, k=3, base=base)
    assert all(
        g
        == pytest.approx(
            coverage_value(sets, w, order[: i + 1], base) - coverage_value(sets, w, order[:i], base)
        )
        for i, g in enumerate(gains)
    )
    # marginal gains are non-increasing (submodularity)
    assert all(a >= b - 1e-9 for a, b in zip(gains, gains[1:]))


def test_greedy_order_reports_gains():
    sets, w = random_instance(3)
    order, gains = greedy_order(sets, w, [5, 1, 7])
    assert sorted(order) == [1, 5, 7]
    assert sum(gains) == pytest.approx(coverage_value(sets, w, [1, 5, 7]))
