"""Funding-gap analysis after the Gigabit-Richtlinie 2.0 of the Federal Government (2023).

Per building or address (a *home site* with a number of homes = dwellings):

* **Gigabit-RL 2.0 eligibility** (``eligible``): a site is eligible ("förderfähig") where
  it is *not* reliably supplied with at least ``sym_mbps`` (200 Mbit/s) symmetric **or** at
  least ``down_mbps`` (500 Mbit/s) download. Served = ``down >= 500`` or
  ``(down >= 200 and up >= 200)``. Both thresholds are parameters. An offer flagged as not
  reliable (``reliable_field`` = 0/false/no) does not count as served (``grl_class``
  ``unreliable``, eligible).
* **historic spot class** (``spot``) of the earlier NGA programmes: ``white`` below
  ``white_mbps`` (30 Mbit/s) download, ``grey`` below ``grey_mbps`` (100 Mbit/s),
  ``black`` otherwise; ``nodata`` where no bandwidth is known (eligible unless
  ``nodata_eligible`` is False: in a Markterkundung an address without a reported offer
  counts as unserved).

Bandwidth comes from fields of the site layer, or from a separate *availability* layer
joined by an address key or by the nearest availability point within a distance.

The aggregation per area (district polygons or a grid such as the Zensus 100 m cells)
counts homes, eligible homes, the eligible share and the white/grey homes; with an FTTH
plan it estimates the cost per eligible home and ranks the areas by it (rank 1 = the
cheapest area per eligible home = the best value for a funding application).

Plan cost per area, two ways (both documented in the README):

* ``plan_layers``: line/point layers of an FTTH plan with a cost field; a line's cost is
  split between areas in proportion to its length inside each area, a point's cost goes
  to the area that contains it;
* ``cost_per_home``: a plan's € per home passed; the area's cost is homes × that value
  (the network passes every home of the area, funded or not).

``cost_per_elig`` = area cost / eligible homes.

:func:`synthetic_availability` makes a documented, deterministic SYNTHETIC availability
layer for demos and tests (the sample has no real bandwidth data).
"""
import hashlib
import math

from ..errors import InputError
from ..feedback import Feedback
from ..geo import DEFAULT_CRS, crs_from, reproject_layer, require_metric, same_crs
from ..vector import Field, VectorLayer

DEFAULTS = {"down_mbps": 500.0, "sym_mbps": 200.0, "white_mbps": 30.0, "grey_mbps": 100.0}
SPOTS = ("white", "grey", "black", "nodata")


def _metric(layer, feedback, what):
    if layer.crs is None:
        raise InputError("Layer '%s' (%s) has no coordinate reference system; set one and run "
                         "again." % (layer.name, what))
    if crs_from(layer.crs).is_geographic:
        feedback.info("Layer '%s' is geographic; reprojected to %s." % (layer.name, DEFAULT_CRS))
        return reproject_layer(layer, DEFAULT_CRS, feedback)
    require_metric(layer.crs, "CRS of layer '%s'" % layer.name)
    return layer


def _align(layer, crs, feedback, what):
    layer = _metric(layer, feedback, what)
    if not same_crs(layer.crs, crs):
        layer = reproject_layer(layer, crs, feedback)
    return layer


def _num(value):
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _point(geom):
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "Point":
        return geom
    return geom.representative_point()


def classify(down, up, down_mbps=500.0, sym_mbps=200.0, white_mbps=30.0, grey_mbps=100.0,
             nodata_eligible=True, reliable=True):
    """(eligible 0/1, spot, grl_class) of one site.

    ``grl_class``: ``served_down`` (≥ down_mbps download), ``served_sym`` (≥ sym_mbps
    symmetric), ``unreliable`` (the offer would serve but is not reliable: eligible),
    ``eligible`` or ``nodata``."""
    down, up = _num(down), _num(up)
    if down is None:
        return (1 if nodata_eligible else 0), "nodata", "nodata"
    if not reliable and (down >= down_mbps or (up is not None and down >= sym_mbps and up >= sym_mbps)):
        grl = "unreliable"
    elif down >= down_mbps:
        grl = "served_down"
    elif up is not None and down >= sym_mbps and up >= sym_mbps:
        grl = "served_sym"
    else:
        grl = "eligible"
    spot = "white" if down < white_mbps else ("grey" if down < grey_mbps else "black")
    return (1 if grl in ("eligible", "unreliable") else 0), spot, grl


def synthetic_availability(sites, key_field=None, seed=2023, name="synthetic_availability"):
    """A SYNTHETIC, deterministic availability layer (one point per site) for demos/tests.

    Model (invented, *not* real data – the layer name says so): an exchange (MDF) sits at
    the centre of the sites' extent; the copper/VDSL download falls with the distance d
    (km) from it: ``down = 250 / (1 + (d / 0.6)^2)`` Mbit/s (250 = super-vectoring at the
    MDF), upload = down / 6. In 1 km grid cells whose hash (of the cell index and ``seed``)
    falls below 0.25 a cable (DOCSIS 3.1) network offers 1000/50; below 0.05 an FTTH network
    offers 1000/1000. Each site gets ±10 % jitter from the hash of its key. Same input, same
    output."""
    if key_field:
        sites.require_fields(key_field)
    pts = [(_point(f.geometry), f.attributes.get(key_field) if key_field else i)
           for i, f in enumerate(sites.features)]
    valid = [p for p, _ in pts if p is not None]
    if not valid:
        raise InputError("Layer '%s' has no geometries to place synthetic availability on."
                         % sites.name)
    xs = [p.x for p in valid]
    ys = [p.y for p in valid]
    cx, cy = (min(xs) + max(xs)) / 2.0, (min(ys) + max(ys)) / 2.0
    metric = sites.crs is not None and not crs_from(sites.crs).is_geographic
    scale = 1.0 if metric else 111000.0

    def unit(*parts):
        h = hashlib.sha256(("%s|" % seed + "|".join(str(p) for p in parts)).encode()).digest()
        return int.from_bytes(h[:8], "big") / float(2 ** 64)

    out = VectorLayer(name, "Point", sites.crs,
                      [Field("key", "str"), Field("down_mbps", "float"), Field("up_mbps", "float"),
                       Field("tech", "str"), Field("synthetic", "int")])
    for p, key in pts:
        if p is None:
            continue
        d_km = math.hypot(p.x - cx, p.y - cy) * scale / 1000.0
        cell = (int(math.floor(p.x * scale / 1000.0)), int(math.floor(p.y * scale / 1000.0)))
        u_cell = unit("cell", *cell)
        jitter = 0.9 + 0.2 * unit("site", key)
        if u_cell < 0.05:
            down, up, tech = 1000.0, 1000.0, "FTTH"
        elif u_cell < 0.25:
            down, up, tech = 1000.0, 50.0, "DOCSIS3.1"
        else:
            down = round(250.0 / (1.0 + (d_km / 0.6) ** 2) * jitter, 1)
            up, tech = round(down / 6.0, 1), "VDSL"
        out.add(p, key=None if key is None else str(key), down_mbps=down, up_mbps=up, tech=tech,
                synthetic=1)
    return out


def _reliable(value):
    """A reliability flag: None/empty counts as reliable, 0/false/no as unreliable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "nein", "f", "n")
    v = _num(value)
    return True if v is None else v != 0


def _join_availability(sites, avail, site_key, avail_key, down_field, up_field, max_dist, feedback,
                       reliable_field=None):
    """List of (down, up, source, reliable) per site from the availability layer. Several
    offers: reliable offers first, then the best download."""
    avail.require_fields(down_field)
    if up_field:
        avail.require_fields(up_field)
    if reliable_field:
        avail.require_fields(reliable_field)

    def rel(f):
        return _reliable(f.attributes.get(reliable_field)) if reliable_field else True
    n = len(sites.features)
    if site_key and avail_key:
        sites.require_fields(site_key)
        avail.require_fields(avail_key)
        table = {}
        for f in avail.features:
            k = f.attributes.get(avail_key)
            if k is None:
                continue
            down = _num(f.attributes.get(down_field))
            up = _num(f.attributes.get(up_field)) if up_field else None
            r = rel(f)
            prev = table.get(str(k))
            # several offers for one address: a reliable one first, then the best download
            if prev is None or (r, down or -1, up or -1) > (prev[2], prev[0] or -1, prev[1] or -1):
                table[str(k)] = (down, up, r)
        out = []
        for i, f in enumerate(sites.features):
            feedback.step(i, n, 10, 50)
            k = f.attributes.get(site_key)
            hit = table.get(str(k)) if k is not None else None
            out.append((hit[0], hit[1], "key", hit[2]) if hit else (None, None, "none", True))
        return out
    from shapely.strtree import STRtree

    pts, vals = [], {}
    for f in avail.features:
        p = _point(f.geometry)
        if p is None:
            continue
        vals[id(p)] = (_num(f.attributes.get(down_field)),
                       _num(f.attributes.get(up_field)) if up_field else None, p, rel(f))
        pts.append(p)
    if not pts:
        raise InputError("Availability layer '%s' has no point geometries for a nearest-point "
                         "join; give key fields instead." % avail.name)
    tree = STRtree(pts)
    out = []
    for i, f in enumerate(sites.features):
        feedback.step(i, n, 10, 50)
        p = _point(f.geometry)
        if p is None:
            out.append((None, None, "none", True))
            continue
        cands = tree.query(p.buffer(max_dist))
        best = None
        for c in cands:
            down, up, q, r = vals[id(c)]
            d = p.distance(q)
            if d <= max_dist and (best is None or (d, -(down or -1), q.x, q.y) < best[0]):
                best = ((d, -(down or -1), q.x, q.y), down, up, r)
        out.append((best[1], best[2], "nearest", best[3]) if best else (None, None, "none", True))
    return out


def funding_gaps(sites, down_field=None, up_field=None, dwellings_field=None, availability=None,
                 site_key=None, avail_key=None, avail_down="down_mbps", avail_up="up_mbps",
                 max_dist=50.0, areas=None, area_id=None, plan_layers=None, plan_cost_field="cost",
                 cost_per_home=None, down_mbps=500.0, sym_mbps=200.0, white_mbps=30.0,
                 grey_mbps=100.0, nodata_eligible=True, reliable_field=None, feedback=None):
    """Classify ``sites`` and aggregate per area. Returns ``(sites_out, areas_out)``
    (``areas_out`` is None without ``areas``)."""
    feedback = feedback if feedback is not None else Feedback()
    if availability is None and not down_field:
        raise InputError("Give the download bandwidth field of layer '%s' or an availability "
                         "layer." % sites.name)
    if down_mbps <= 0 or sym_mbps <= 0 or white_mbps <= 0 or grey_mbps < white_mbps:
        raise InputError("Thresholds must be positive and grey (%g) ≥ white (%g) Mbit/s."
                         % (grey_mbps, white_mbps))
    sites = _metric(sites, feedback, "buildings/addresses")
    if dwellings_field:
        sites.require_fields(dwellings_field)
    if availability is None:
        sites.require_fields(*[f for f in (down_field, up_field, reliable_field) if f])
        bw = [(f.attributes.get(down_field), f.attributes.get(up_field) if up_field else None, "field",
               _reliable(f.attributes.get(reliable_field)) if reliable_field else True)
              for f in sites.features]
    else:
        availability = _align(availability, sites.crs, feedback, "availability")
        bw = _join_availability(sites, availability, site_key, avail_key, avail_down, avail_up,
                                float(max_dist), feedback, reliable_field)
    fields = [f for f in sites.fields if f.name not in ("homes", "down", "up", "bw_src", "eligible",
                                                        "spot", "grl_class", "area_id")]
    out = VectorLayer("funding_sites", sites.geometry_type, sites.crs, fields + [
        Field("homes", "int"), Field("down", "float"), Field("up", "float"), Field("bw_src", "str"),
        Field("eligible", "int"), Field("spot", "str"), Field("grl_class", "str"),
        Field("area_id", "str")])
    defaulted = 0
    n = len(sites.features)
    for i, (f, (down, up, src, reliable)) in enumerate(zip(sites.features, bw)):
        feedback.step(i, n, 50, 70)
        homes = 1
        if dwellings_field:
            d = _num(f.attributes.get(dwellings_field))
            if d is None or d < 0:
                defaulted += 1
            else:
                homes = int(round(d))  # 0 dwellings (garage, shop) = 0 homes, still classified
        elig, spot, grl = classify(down, up, down_mbps, sym_mbps, white_mbps, grey_mbps,
                                   nodata_eligible, reliable)
        attrs = {k: f.attributes.get(k) for k in (fl.name for fl in fields)}
        attrs.update(homes=homes, down=_num(down), up=_num(up), bw_src=src, eligible=elig,
                     spot=spot, grl_class=grl, area_id=None)
        out.add(f.geometry, **attrs)
    if defaulted:
        feedback.warning("%d features of layer '%s' have no or a negative '%s'; counted as 1 home each."
                         % (defaulted, sites.name, dwellings_field))
    nodata = sum(1 for f in out.features if f.attributes["spot"] == "nodata")
    if nodata:
        feedback.warning("%d of %d sites have no bandwidth (class 'nodata', %s)."
                         % (nodata, n, "counted eligible" if nodata_eligible else "not eligible"))
    if areas is None:
        return out, None
    return out, _aggregate(out, areas, area_id, plan_layers or [], plan_cost_field, cost_per_home,
                           feedback)


def _aggregate(sites, areas, area_id, plan_layers, cost_field, cost_per_home, feedback):
    from shapely.prepared import prep
    from shapely.strtree import STRtree

    areas = _align(areas, sites.crs, feedback, "areas")
    if area_id:
        areas.require_fields(area_id)
    polys, ids = [], []
    for i, f in enumerate(areas.features):
        if f.geometry is None or f.geometry.is_empty:
            continue
        g = f.geometry if f.geometry.is_valid else f.geometry.buffer(0)
        polys.append(g)
        ids.append(str(f.attributes.get(area_id)) if area_id else str(f.attributes.get("fid", i)))
    if not polys:
        raise InputError("Area layer '%s' has no polygons." % areas.name)
    index = {id(p): k for k, p in enumerate(polys)}
    tree = STRtree(polys)
    prepared = [prep(p) for p in polys]
    stats = [dict(homes=0, sites=0, elig=0, elig_sites=0, white=0, grey=0, nodata=0, cost=0.0)
             for _ in polys]
    outside = 0
    n = len(sites.features)
    for i, f in enumerate(sites.features):
        feedback.step(i, n, 70, 85)
        p = _point(f.geometry)
        hit = None
        if p is not None:
            for c in tree.query(p):
                k = index[id(c)]
                if prepared[k].intersects(p) and (hit is None or k < hit):
                    hit = k
        if hit is None:
            outside += 1
            continue
        a = f.attributes
        a["area_id"] = ids[hit]
        s = stats[hit]
        s["homes"] += a["homes"]
        s["sites"] += 1
        if a["eligible"]:
            s["elig"] += a["homes"]
            s["elig_sites"] += 1
        if a["spot"] in ("white", "grey", "nodata"):
            s[a["spot"]] += a["homes"]
    if outside:
        feedback.warning("%d sites lie outside every polygon of '%s' (area_id empty)."
                         % (outside, areas.name))
    has_cost = bool(plan_layers) or cost_per_home is not None
    for layer in plan_layers:
        layer = _align(layer, sites.crs, feedback, "plan")
        layer.require_fields(cost_field)
        for f in layer.features:
            cost = _num(f.attributes.get(cost_field)) or 0.0
            g = f.geometry
            if g is None or g.is_empty or cost == 0.0:
                continue
            if g.geom_type in ("Point", "MultiPoint"):
                p = _point(g)
                for c in tree.query(p):
                    k = index[id(c)]
                    if prepared[k].intersects(p):
                        stats[k]["cost"] += cost
                        break
                continue
            total = g.length if g.length > 0 else g.area
            if total <= 0:
                continue
            for c in tree.query(g):
                k = index[id(c)]
                part = polys[k].intersection(g)
                share = (part.length if g.length > 0 else part.area) / total
                stats[k]["cost"] += cost * share
    if cost_per_home is not None:
        for s in stats:
            s["cost"] += float(cost_per_home) * s["homes"]
    out = VectorLayer("funding_areas", "MultiPolygon", sites.crs, [
        Field("area_id", "str"), Field("sites", "int"), Field("homes", "int"),
        Field("elig_sites", "int"), Field("elig_homes", "int"), Field("elig_share", "float"),
        Field("white", "int"), Field("grey", "int"), Field("nodata", "int"),
        Field("plan_cost", "float"), Field("cost_elig", "float"), Field("rank", "int")])
    costs = []
    for s in stats:
        # no plan cost in the area (the plan does not reach it): unknown, not 0 €
        ce = (s["cost"] / s["elig"]) if (has_cost and s["elig"] > 0 and s["cost"] > 0) else None
        costs.append(ce)
    order = sorted([k for k, c in enumerate(costs) if c is not None], key=lambda k: (costs[k], ids[k]))
    rank = {k: r + 1 for r, k in enumerate(order)}
    from shapely.geometry import MultiPolygon
    for k, (p, aid, s) in enumerate(zip(polys, ids, stats)):
        geom = p if p.geom_type == "MultiPolygon" else (MultiPolygon([p]) if p.geom_type == "Polygon" else p)
        out.add(geom, area_id=aid, sites=s["sites"], homes=s["homes"], elig_sites=s["elig_sites"],
                elig_homes=s["elig"],
                elig_share=round(s["elig"] / s["homes"], 6) if s["homes"] else None,
                white=s["white"], grey=s["grey"], nodata=s["nodata"],
                plan_cost=round(s["cost"], 2) if has_cost else None,
                cost_elig=round(costs[k], 2) if costs[k] is not None else None,
                rank=rank.get(k))
    feedback.set_progress(100)
    return out


def with_synthetic_bandwidth(sites, seed=2023):
    """``(sites_copy, availability)``: the sites with the SYNTHETIC bandwidth fields
    ``syn_down``, ``syn_up``, ``syn_tech`` of :func:`synthetic_availability` (one value per
    site, in feature order) and the synthetic availability point layer itself."""
    from ..vector import Feature

    tagged = VectorLayer(sites.name, sites.geometry_type, sites.crs, list(sites.fields),
                         [Feature(f.geometry, dict(f.attributes, _syn_key=i))
                          for i, f in enumerate(sites.features)])
    tagged.fields.append(Field("_syn_key", "int"))
    avail = synthetic_availability(tagged, "_syn_key", seed=seed)
    by_key = {f.attributes["key"]: f.attributes for f in avail.features}
    names = [f.name for f in sites.fields if f.name not in ("syn_down", "syn_up", "syn_tech")]
    out = VectorLayer(sites.name, sites.geometry_type, sites.crs,
                      [f for f in sites.fields if f.name in names]
                      + [Field("syn_down", "float"), Field("syn_up", "float"), Field("syn_tech", "str")])
    for i, f in enumerate(sites.features):
        a = by_key.get(str(i))
        out.features.append(Feature(f.geometry, dict(
            {k: f.attributes.get(k) for k in names},
            syn_down=a["down_mbps"] if a else None, syn_up=a["up_mbps"] if a else None,
            syn_tech=a["tech"] if a else None)))
    for f in avail.features:
        f.attributes["key"] = None
    return out, avail
