"""Small helpers shared by the benchmarks: timing, peak memory, ratio tables.

Benchmarks compare InfraPlan with a named reference tool IN THE SAME RUN and report
ratios (ours / reference), so that results are comparable across machines.
"""
import resource
import time
from contextlib import contextmanager


@contextmanager
def timed(results, key):
    """``with timed(res, "ours"): ...`` stores the wall time in seconds in ``res[key]``."""
    t0 = time.perf_counter()
    yield
    results[key] = time.perf_counter() - t0


def peak_rss_mb():
    """Peak resident memory of this process (and of waited-for children) in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024.0


def table(title, header, rows):
    """Print a plain-text table."""
    widths = [max(len(str(h)), *(len(_fmt(r[i])) for r in rows)) for i, h in enumerate(header)]
    print("\n" + title)
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(_fmt(v).ljust(w) for v, w in zip(row, widths)))


def ratio(ours, reference):
    return ours / reference if reference else float("nan")


def _fmt(value):
    if isinstance(value, float):
        return "%.3g" % value if abs(value) < 1000 else "%.0f" % value
    return str(value)
