"""Bill of quantities (BoQ) of an FTTH plan: item, unit, quantity, unit price, total –
for the whole plan and per cluster – plus homes passed/connected and € per home.

The plan is a dict of engine layers (any may be missing except ``trenches``):

``trenches``  trench segments: length, surface (catalogue class), crossings, cost, cable type
              and count, duct type and count, cluster, plan_id
``drops``     lead-ins building → street: length, crossings, homes, cluster, plan_id
``dps``       distribution points: dp_type, splitters, splitter ratio, PON ports, cluster
``homes``     served buildings/addresses: homes (dwellings), dp / cluster
``pops``      PoP(s)

Field names are looked up through :data:`PLAN_FIELDS` (first alias present wins), so the
layers of ``infraplan:ftthplan`` and hand-made plans both work.

Cost model (the catalogue's, see resources/catalogue/README.md):

* network ("homes passed") items: trench m per surface class × €/m, street crossings,
  cables m × €/m per type (length × cable count), ducts m × €/m per type, DP cabinets,
  splitters, OLT PON ports;
* connection items: drop trench m × €/m, drop crossings, house connections (one per drop);
  their quantities are multiplied by the take rate (only connected homes get a drop).

``homes passed`` = Σ homes of the served sites; ``homes connected`` = take rate × passed;
``€ per home passed`` = network total ÷ homes passed; ``€ per home connected`` = (network +
connection total) ÷ homes connected.
"""
import math
from collections import OrderedDict, defaultdict

from ..errors import InputError
from ..feedback import Feedback
from ..vector import Field, VectorLayer
from .catalogue import load_catalogue

FEEDER = "feeder"  # scope of items that belong to no cluster (feeder trenches, PoP)

#: role -> key -> accepted field names, first present wins
PLAN_FIELDS = {
    "trenches": {
        "length": ("length", "length_m", "len_m"), "surface": ("surface", "surface_cl"),
        "crossings": ("crossings", "n_cross", "cross"), "cost": ("cost", "cost_eur"),
        "cable": ("cable", "cable_type"), "n_cables": ("n_cables", "cable_cnt", "cables"),
        "duct": ("duct", "duct_type"), "n_ducts": ("n_ducts", "duct_cnt", "ducts"),
        "homes": ("homes",), "fibers": ("fibers",),
        "cluster": ("cluster_id", "cluster"), "plan_id": ("plan_id", "run_id"),
        "id": ("seg_id", "trench_id", "edge_id"),
    },
    "drops": {
        "length": ("length", "length_m", "len_m"), "crossings": ("crossings", "n_cross", "cross"),
        "cost": ("cost", "cost_eur"), "homes": ("homes", "dwellings"),
        "cluster": ("cluster_id", "cluster"), "dp": ("dp_id",), "plan_id": ("plan_id", "run_id"),
        "id": ("drop_id", "bld_id", "osm_id", "home_id"),
    },
    "dps": {
        "id": ("dp_id", "id"), "dp_type": ("dp_type", "type"), "homes": ("homes",),
        "splitters": ("splitters", "n_split"), "ratio": ("split_ratio", "split", "ratio", "splitter"),
        "pon_ports": ("pon_ports", "olt_ports"), "cluster": ("cluster_id", "cluster"),
        "plan_id": ("plan_id", "run_id"),
    },
    "homes": {
        "homes": ("homes", "dwellings"), "dp": ("dp_id",), "cluster": ("cluster_id", "cluster"),
        "id": ("home_id", "bld_id", "osm_id"), "plan_id": ("plan_id", "run_id"),
        "address": ("address", "street"), "housenumber": ("housenumber",),
    },
    "pops": {"id": ("pop_id", "name", "id"), "plan_id": ("plan_id", "run_id"),
             "pon_ports": ("pon_ports", "olt_ports")},
}
ROLES = tuple(PLAN_FIELDS)


def field_of(layer, role, key, required=False):
    """The field of ``layer`` that plays ``key`` (None when absent and not required)."""
    names = PLAN_FIELDS[role][key]
    have = {n.lower(): n for n in layer.field_names()}
    for n in names:
        if n.lower() in have:
            return have[n.lower()]
    if required:
        raise InputError("Plan layer '%s' (%s) has no field for %s (expected one of: %s). "
                         "Available fields: %s." % (layer.name, role, key, ", ".join(names),
                                                    ", ".join(layer.field_names()) or "none"))
    return None


def _num(value, default=0.0):
    if value is None:
        return default
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(v) else v


def _key(value):
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def split_ids(value):
    """Ids of a possibly multi-valued field ("C1;C2": a building served from two clusters)."""
    k = _key(value)
    if k is None:
        return []
    return [p.strip() for p in k.split(";") if p.strip()]


def _round(value, digits=2):
    return None if value is None else round(value, digits)


def check_plan(plan, feedback=None):
    """Refuse a plan whose layers come from different runs: differing ``plan_id`` values,
    or (without plan ids) homes/drops/trenches that name DPs or clusters the DP layer does
    not have. Returns the plan id (or None)."""
    feedback = feedback if feedback is not None else Feedback()
    if not plan.get("trenches"):
        raise InputError("The FTTH plan needs its trench layer (trench segments).")
    seen = OrderedDict()
    for role in ROLES:
        layer = plan.get(role)
        if layer is None:
            continue
        f = field_of(layer, role, "plan_id")
        if f is None:
            continue
        ids = sorted({str(v) for v in layer.values(f) if v not in (None, "")})
        if len(ids) > 1:
            raise InputError("Plan layer '%s' field '%s' mixes features of several runs (%s). Use "
                             "the layers of one run of the FTTH plan." % (layer.name, f, ", ".join(ids)))
        if ids:
            seen[(role, layer.name, f)] = ids[0]
    if len(set(seen.values())) > 1:
        parts = ["'%s'.%s = %s" % (n, f, v) for (_, n, f), v in seen.items()]
        raise InputError("Plan layers come from different runs (%s). Use the layers of one run of "
                         "the FTTH plan." % "; ".join(parts))
    dps = plan.get("dps")
    if dps is not None:
        dp_f = field_of(dps, "dps", "id")
        cl_f = field_of(dps, "dps", "cluster")
        dp_ids = {_key(v) for v in dps.values(dp_f)} if dp_f else None
        cl_ids = {_key(v) for v in dps.values(cl_f)} if cl_f else None
        for role in ("homes", "drops", "trenches"):
            layer = plan.get(role)
            if layer is None:
                continue
            for key, known in (("dp", dp_ids), ("cluster", cl_ids)):
                if known is None or key not in PLAN_FIELDS[role]:
                    continue
                f = field_of(layer, role, key)
                if f is None:
                    continue
                unknown = sorted({i for v in layer.values(f) for i in split_ids(v)} - known)
                if unknown:
                    raise InputError(
                        "Plan layer '%s' field '%s' refers to %d %s id(s) that the DP layer '%s' does "
                        "not have (e.g. %s): the layers come from different runs of the FTTH plan."
                        % (layer.name, f, len(unknown), key, dps.name, ", ".join(unknown[:3])))
    return next(iter(seen.values()), None)


class Boq:
    """Result of :func:`bill_of_quantities`."""

    def __init__(self, items, homes_passed, homes_connected, take_rate, plan_id, catalogue):
        self.items = items  # list of dicts: scope, category, kind, item, unit, quantity, unit_price, total
        self.homes_passed = homes_passed  # scope -> homes
        self.homes_connected = homes_connected
        self.take_rate = take_rate
        self.plan_id = plan_id
        self.catalogue = catalogue

    def scopes(self):
        order = sorted({i["scope"] for i in self.items if i["scope"] not in ("plan", FEEDER)})
        rest = [s for s in (FEEDER,) if any(i["scope"] == s for i in self.items)]
        return ["plan"] + rest + order

    def total(self, scope="plan", kind=None):
        return sum(i["total"] for i in self.items
                   if i["scope"] == scope and (kind is None or i["kind"] == kind))

    def kpis(self, scope="plan"):
        passed = self.homes_passed.get(scope, 0)
        connected = self.homes_connected.get(scope, 0.0)
        net = self.total(scope, "network")
        conn = self.total(scope, "connection")
        return OrderedDict([
            ("homes_passed", passed), ("homes_connected", connected),
            ("network_eur", net), ("connection_eur", conn), ("total_eur", net + conn),
            ("eur_per_home_passed", net / passed if passed else None),
            ("eur_per_home_connected", (net + conn) / connected if connected else None),
        ])

    def layer(self, name="boq"):
        out = VectorLayer(name, "None", None, [
            Field("scope", "str"), Field("category", "str"), Field("kind", "str"), Field("item", "str"),
            Field("unit", "str"), Field("quantity", "float"), Field("unit_price", "float"),
            Field("total", "float"), Field("share", "float")])
        for scope in self.scopes():
            st = self.total(scope)
            for i in self.items:
                if i["scope"] == scope:
                    out.add(None, **dict(i, share=round(i["total"] / st, 6) if st else None))
        return out

    def cluster_layer(self, name="boq_clusters"):
        out = VectorLayer(name, "None", None, [
            Field("scope", "str"), Field("homes_pass", "int"), Field("homes_conn", "float"),
            Field("network", "float"), Field("connection", "float"), Field("total", "float"),
            Field("eur_passed", "float"), Field("eur_conn", "float")])
        for scope in self.scopes():
            k = self.kpis(scope)
            out.add(None, scope=scope, homes_pass=k["homes_passed"], homes_conn=k["homes_connected"],
                    network=round(k["network_eur"], 2), connection=round(k["connection_eur"], 2),
                    total=round(k["total_eur"], 2),
                    eur_passed=_round(k["eur_per_home_passed"]), eur_conn=_round(k["eur_per_home_connected"]))
        return out

    def to_csv(self, path):
        """The BoQ as CSV (semicolon-separated is not used: comma, dot decimals, UTF-8)."""
        import csv

        lay = self.layer()
        names = lay.field_names()
        tmp = path + ".tmp"
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(names)
            for f in lay.features:
                w.writerow(["" if f.attributes.get(n) is None else f.attributes.get(n) for n in names])
        import os
        os.replace(tmp, path)
        return path


class _Acc:
    """Accumulates quantities per (scope, item)."""

    def __init__(self):
        self.q = OrderedDict()

    def add(self, scope, category, kind, item, unit, price, qty):
        key = (scope, category, kind, item, unit, price)
        self.q[key] = self.q.get(key, 0.0) + qty


def bill_of_quantities(plan, catalogue=None, take_rate=1.0, feedback=None):
    """The :class:`Boq` of ``plan`` (dict role -> VectorLayer) with the catalogue
    (a :class:`~.catalogue.Catalogue`, a JSON path or None for the default)."""
    feedback = feedback if feedback is not None else Feedback()
    if not 0.0 < float(take_rate) <= 1.0:
        raise InputError("Take rate must be in (0, 1]; got %r." % take_rate)
    take_rate = float(take_rate)
    cat = catalogue if hasattr(catalogue, "surface") else load_catalogue(catalogue)
    plan_id = check_plan(plan, feedback)
    acc = _Acc()
    cables = {c["type"]: float(c["eur_per_m"]) for c in cat.cables}
    ducts = {d["type"]: float(d["eur_per_m"]) for d in cat.ducts}
    dp_types = {d["type"]: float(d["eur"]) for d in cat.dp_types}

    def scopes(layer, role, feat):
        """(scope, weight): the whole plan, and the feature's cluster(s) – a feature of
        several clusters ("C1;C2") is shared equally, one without a cluster is 'feeder'."""
        f = field_of(layer, role, "cluster")
        ids = split_ids(feat.attributes.get(f)) if f else []
        if not ids:
            return [("plan", 1.0), (FEEDER, 1.0)]
        return [("plan", 1.0)] + [(i, 1.0 / len(ids)) for i in ids]

    # trenches ---------------------------------------------------------------------
    tr = plan["trenches"]
    f_len = field_of(tr, "trenches", "length")
    f_surf = field_of(tr, "trenches", "surface", required=True)
    f_x = field_of(tr, "trenches", "crossings")
    f_cab, f_ncab = field_of(tr, "trenches", "cable"), field_of(tr, "trenches", "n_cables")
    f_duct, f_nduct = field_of(tr, "trenches", "duct"), field_of(tr, "trenches", "n_ducts")
    bad = defaultdict(int)
    n = len(tr.features)
    for i, feat in enumerate(tr.features):
        feedback.step(i, n, 0, 60)
        a = feat.attributes
        length = _num(a.get(f_len)) if f_len else (feat.geometry.length if feat.geometry is not None else 0.0)
        raw = a.get(f_surf)
        s = str(raw).strip().lower() if raw is not None else "unknown"
        s = s if s in cat.surface else cat.aliases.get(s, s)
        if s not in cat.surface:
            bad[str(raw)] += 1
            continue
        method = cat.data["surface_classes"][s].get("method", s)
        for sc, w in scopes(tr, "trenches", feat):
            acc.add(sc, "Civil works", "network", "Trench: %s [%s]" % (method, s), "m",
                    cat.surface[s], length * w)
            if f_x:
                acc.add(sc, "Civil works", "network", "Street crossing (trench)", "pcs",
                        cat.crossing_eur, _num(a.get(f_x)) * w)
            if f_cab and a.get(f_cab):
                ctype = str(a.get(f_cab))
                if ctype not in cables:
                    raise InputError("Plan layer '%s' field '%s': cable type '%s' is not in the fiber "
                                     "catalogue %s (types: %s)." % (tr.name, f_cab, ctype, cat.source,
                                                                   ", ".join(cables)))
                cnt = _num(a.get(f_ncab), 1.0) if f_ncab else 1.0
                acc.add(sc, "Cables", "network", "Fiber cable %s" % ctype, "m", cables[ctype],
                        length * cnt * w)
            if f_duct and a.get(f_duct):
                dtype = str(a.get(f_duct))
                if dtype not in ducts:
                    raise InputError("Plan layer '%s' field '%s': duct type '%s' is not in the fiber "
                                     "catalogue %s (types: %s)." % (tr.name, f_duct, dtype, cat.source,
                                                                   ", ".join(ducts)))
                cnt = _num(a.get(f_nduct), 1.0) if f_nduct else 1.0
                acc.add(sc, "Ducts", "network", "Duct %s" % dtype, "m", ducts[dtype], length * cnt * w)
    if bad:
        listing = ", ".join("'%s' (%d segments)" % (k, v) for k, v in sorted(bad.items()))
        raise InputError("Plan layer '%s' field '%s' has surface class(es) %s that the fiber catalogue "
                         "%s does not know (classes: %s). Add them to 'surface_classes' or "
                         "'surface_aliases' of a catalogue file, or fix the values."
                         % (tr.name, f_surf, listing, cat.source, ", ".join(sorted(cat.surface))))

    # drops ------------------------------------------------------------------------
    dr = plan.get("drops")
    passed_from_drops = defaultdict(float)
    if dr is not None:
        d_len, d_x = field_of(dr, "drops", "length"), field_of(dr, "drops", "crossings")
        d_homes = field_of(dr, "drops", "homes")
        for feat in dr.features:
            a = feat.attributes
            length = _num(a.get(d_len)) if d_len else (
                feat.geometry.length if feat.geometry is not None else 0.0)
            for sc, w in scopes(dr, "drops", feat):
                acc.add(sc, "Connections", "connection", "Drop trench (lead-in)", "m",
                        cat.drop["eur_per_m"], length * take_rate * w)
                if d_x:
                    acc.add(sc, "Connections", "connection", "Street crossing (drop)", "pcs",
                            cat.drop.get("crossing_eur", cat.crossing_eur), _num(a.get(d_x)) * take_rate * w)
                acc.add(sc, "Connections", "connection", "House connection (building)", "pcs",
                        cat.drop["house_connection_eur"], take_rate * w)
                passed_from_drops[sc] += (max(1.0, _num(a.get(d_homes), 1.0)) if d_homes else 1.0) * w

    # DPs, splitters, OLT ports ----------------------------------------------------------
    dps = plan.get("dps")
    ports_seen = 0.0
    if dps is not None:
        p_type, p_split = field_of(dps, "dps", "dp_type"), field_of(dps, "dps", "splitters")
        p_ratio, p_ports = field_of(dps, "dps", "ratio"), field_of(dps, "dps", "pon_ports")
        p_homes = field_of(dps, "dps", "homes")
        for feat in dps.features:
            a = feat.attributes
            dtype = str(a.get(p_type)) if p_type and a.get(p_type) else None
            if dtype is None:
                dtype, price = cat.dp_type(_num(a.get(p_homes)) if p_homes else 0)
            elif dtype in dp_types:
                price = dp_types[dtype]
            else:
                raise InputError("Plan layer '%s' field '%s': DP type '%s' is not in the fiber catalogue "
                                 "%s (types: %s)." % (dps.name, p_type, dtype, cat.source,
                                                      ", ".join(dp_types)))
            splitters = _num(a.get(p_split)) if p_split else 0.0
            ratio = int(_num(a.get(p_ratio))) if p_ratio and a.get(p_ratio) not in (None, "") else None
            ports = _num(a.get(p_ports)) if p_ports else splitters  # one PON port per splitter
            ports_seen += ports
            for sc, w in scopes(dps, "dps", feat):
                acc.add(sc, "Distribution points", "network", "DP cabinet: %s" % dtype, "pcs", price, w)
                if splitters and ratio:
                    sp = cat.splitter(ratio)
                    acc.add(sc, "Distribution points", "network", "Splitter 1:%d" % ratio, "pcs",
                            float(sp["eur"]), splitters * w)
                if ports:
                    acc.add(sc, "Active equipment", "network", "OLT PON port", "pcs",
                            float(cat.olt["eur_per_pon_port"]), ports * w)
    pops = plan.get("pops")
    p_ports = field_of(pops, "pops", "pon_ports") if pops is not None else None
    if p_ports:
        # the PoP layer's port count rules; ports beyond the DPs' splitters go to 'feeder'
        pop_ports = sum(_num(v) for v in pops.values(p_ports))
        extra = pop_ports - ports_seen
        if extra < -1e-9:
            feedback.warning("PoP layer '%s' has %g PON ports, fewer than the %g splitters of the DPs; "
                             "the BoQ counts one port per splitter." % (pops.name, pop_ports, ports_seen))
        elif extra > 1e-9:
            for sc in ("plan", FEEDER):
                acc.add(sc, "Active equipment", "network", "OLT PON port", "pcs",
                        float(cat.olt["eur_per_pon_port"]), extra)

    # homes passed -------------------------------------------------------------------
    homes = plan.get("homes")
    passed = defaultdict(float)
    dp_homes = None
    if dps is not None and field_of(dps, "dps", "homes") and field_of(dps, "dps", "cluster"):
        dp_homes = defaultdict(float)
        for feat in dps.features:
            for cl in split_ids(feat.attributes.get(field_of(dps, "dps", "cluster"))):
                dp_homes[cl] += _num(feat.attributes.get(field_of(dps, "dps", "homes")))
    if homes is not None:
        h_f = field_of(homes, "homes", "homes")
        h_cl = field_of(homes, "homes", "cluster")
        h_dp = field_of(homes, "homes", "dp")
        dp_cluster = {}
        if h_cl is None and h_dp is not None and dps is not None and field_of(dps, "dps", "cluster"):
            dp_cluster = {_key(f.attributes.get(field_of(dps, "dps", "id"))):
                          _key(f.attributes.get(field_of(dps, "dps", "cluster"))) for f in dps.features}
        for feat in homes.features:
            a = feat.attributes
            h = max(1.0, _num(a.get(h_f), 1.0)) if h_f else 1.0
            if h_cl:
                cls = split_ids(a.get(h_cl))
            elif h_dp:
                cls = [dp_cluster.get(d) for d in split_ids(a.get(h_dp))]
                cls = [c for c in cls if c]
            else:
                cls = []
            passed["plan"] += h
            for cl in cls or [FEEDER]:
                passed[cl] += h / len(cls or [FEEDER])
    else:
        passed = passed_from_drops
    if dp_homes:
        # the DP layer knows how many homes each cluster serves (buildings split over DPs)
        for cl in list(passed):
            if cl not in ("plan",):
                del passed[cl]
        passed.update(dp_homes)
        if homes is None:
            passed["plan"] = sum(dp_homes.values())
        elif abs(passed["plan"] - sum(dp_homes.values())) > 0.5:
            feedback.warning("Homes layer '%s' counts %g homes, the DP layer '%s' %g."
                             % (homes.name, passed["plan"], dps.name, sum(dp_homes.values())))

    _compare_with_plan_costs(plan, acc, take_rate, cat, feedback)
    items = [dict(scope=s, category=c, kind=k, item=it, unit=u, quantity=round(q, 3), unit_price=p,
                  total=round(q * p, 2)) for (s, c, k, it, u, p), q in acc.q.items()]
    order = {"Civil works": 0, "Ducts": 1, "Cables": 2, "Distribution points": 3, "Active equipment": 4,
             "Connections": 5}
    items.sort(key=lambda i: (i["scope"] != "plan", i["scope"], order.get(i["category"], 9), i["item"]))
    homes_passed = {k: int(round(v)) for k, v in passed.items()}
    homes_connected = {k: round(v * take_rate, 2) for k, v in homes_passed.items()}
    for k in list(homes_passed):
        homes_connected[k] = round(homes_passed[k] * take_rate, 2)
    feedback.set_progress(100)
    return Boq(items, homes_passed, homes_connected, take_rate, plan_id, cat)


def _compare_with_plan_costs(plan, acc, take_rate, cat, feedback, tolerance=0.005):
    """Warn when the plan's own cost fields disagree with the BoQ priced from the catalogue
    (the plan was made with another catalogue, or edited)."""
    def boq_total(category):
        return sum(q * p for (s, c, _, _, _, p), q in acc.q.items() if s == "plan" and c == category)

    checks = [("trenches", "cost", boq_total("Civil works"), 1.0),
              ("drops", "cost", boq_total("Connections"), take_rate)]
    for role, key, ours, scale in checks:
        layer = plan.get(role)
        f = field_of(layer, role, key) if layer is not None else None
        if f is None:
            continue
        theirs = sum(_num(v) for v in layer.values(f)) * scale
        if theirs > 0 and abs(ours - theirs) > tolerance * theirs:
            feedback.warning("The BoQ prices layer '%s' at %.0f € with catalogue %s, its field '%s' sums to "
                             "%.0f €: was the plan made with another catalogue?"
                             % (layer.name, ours, cat.source, f, theirs))


def example_plan(plan_id="example-1", x0=650000.0, y0=5480000.0):
    """A small, hand-checkable FTTH plan (EPSG:25832) with the fields :data:`PLAN_FIELDS`
    expects; costs computed from the default catalogue. For tests and documentation."""
    from shapely.geometry import LineString, Point

    cat = load_catalogue()
    crs = "EPSG:25832"

    def P(x, y):  # noqa: N802 (a point, as in the figures)
        return (x0 + x, y0 + y)

    trenches = VectorLayer("trenches", "LineString", crs, [
        Field("seg_id", "int"), Field("length", "float"), Field("surface", "str"),
        Field("crossings", "float"), Field("cost", "float"), Field("homes", "int"), Field("fibers", "int"),
        Field("cable", "str"), Field("n_cables", "int"), Field("duct", "str"), Field("n_ducts", "int"),
        Field("cluster_id", "str"), Field("plan_id", "str")])
    rows = [((0, 0), (100, 0), "sealed", 0.5, 14, "24F", 1, "MD 7x10/6", None),
            ((100, 0), (100, 80), "paved", 1.0, 6, "12F", 1, "MD 7x10/6", "C1"),
            ((100, 0), (200, 0), "unsealed", 0.0, 8, "12F", 1, "MD 7x10/6", "C2"),
            ((200, 0), (260, 0), "sealed", 0.5, 4, "6F", 2, "MD 12x10/6", "C2")]
    for i, (a, b, s, x, h, cab, nc, duct, cl) in enumerate(rows):
        g = LineString([P(*a), P(*b)])
        trenches.add(g, seg_id=i + 1, length=g.length, surface=s, crossings=x,
                     cost=g.length * cat.surface[s] + x * cat.crossing_eur, homes=h, fibers=h,
                     cable=cab, n_cables=nc, duct=duct, n_ducts=1, cluster_id=cl, plan_id=plan_id)
    dps = VectorLayer("dps", "Point", crs, [
        Field("dp_id", "str"), Field("dp_type", "str"), Field("homes", "int"), Field("splitters", "int"),
        Field("split_ratio", "int"), Field("pon_ports", "int"), Field("cluster_id", "str"),
        Field("plan_id", "str")])
    dps.add(Point(P(100, 40)), dp_id="1", dp_type="NVt street cabinet S", homes=6, splitters=1,
            split_ratio=32, pon_ports=1, cluster_id="C1", plan_id=plan_id)
    dps.add(Point(P(200, 0)), dp_id="2", dp_type="NVt street cabinet S", homes=8, splitters=1,
            split_ratio=32, pon_ports=1, cluster_id="C2", plan_id=plan_id)
    homes = VectorLayer("homes", "Point", crs, [
        Field("bld_id", "str"), Field("homes", "int"), Field("dp_id", "str"), Field("cluster_id", "str"),
        Field("street", "str"), Field("housenumber", "str"), Field("plan_id", "str")])
    drops = VectorLayer("drops", "LineString", crs, [
        Field("bld_id", "str"), Field("length", "float"), Field("crossings", "int"), Field("cost", "float"),
        Field("homes", "int"), Field("dp_id", "str"), Field("cluster_id", "str"), Field("plan_id", "str")])
    hrows = [("b1", 1, "1", "C1", (115, 20), (100, 20), 0), ("b2", 2, "1", "C1", (80, 50), (100, 50), 0),
             ("b3", 3, "1", "C1", (120, 70), (100, 70), 1), ("b4", 1, "2", "C2", (150, 15), (150, 0), 0),
             ("b5", 3, "2", "C2", (180, -12), (180, 0), 0), ("b6", 4, "2", "C2", (240, 25), (240, 0), 1)]
    for bid, h, dp, cl, hp, sp, x in hrows:
        homes.add(Point(P(*hp)), bld_id=bid, homes=h, dp_id=dp, cluster_id=cl, street="Hauptstraße",
                  housenumber=bid[1:], plan_id=plan_id)
        g = LineString([P(*hp), P(*sp)])
        drops.add(g, bld_id=bid, length=g.length, crossings=x,
                  cost=g.length * cat.drop["eur_per_m"] + cat.drop["house_connection_eur"]
                  + x * cat.drop["crossing_eur"], homes=h, dp_id=dp, cluster_id=cl, plan_id=plan_id)
    pops = VectorLayer("pops", "Point", crs, [Field("pop_id", "str"), Field("plan_id", "str")])
    pops.add(Point(P(0, 0)), pop_id="P1", plan_id=plan_id)
    return {"trenches": trenches, "dps": dps, "homes": homes, "drops": drops, "pops": pops}
