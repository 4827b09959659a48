"""``prepareosm``: OSM extract -> planning layers in a metric CRS.

:func:`prepare_osm` returns a dict ``name -> VectorLayer`` with the layers buildings,
addresses, streets, green, water, waterways, landcover, trees, masts, facilities and
rejected. The tag rules are in :mod:`.rules`.
"""
import logging
from collections import defaultdict

from ..errors import InputError
from ..feedback import Feedback
from ..geo import DEFAULT_CRS, epsg_string, require_metric, transformer
from ..vector import Field, VectorLayer
from . import rules
from .osm import read_osm

#: an address point further than this from every building stays unmatched
ADDRESS_SNAP_M = 5.0

LAYER_FIELDS = {
    "buildings": ("MultiPolygon", [
        ("osm_id", "str"), ("bld_type", "str"), ("levels", "float"), ("height", "float"),
        ("height_src", "str"), ("area", "float"), ("floor_area", "float"), ("resident", "int"),
        ("dwellings", "int"), ("dwell_src", "str"), ("street", "str"), ("housenumber", "str"),
        ("name", "str")]),
    "addresses": ("Point", [
        ("osm_id", "str"), ("street", "str"), ("housenumber", "str"), ("postcode", "str"),
        ("city", "str"), ("bld_id", "str"), ("matched", "int"), ("match_dist", "float"),
        ("source", "str")]),
    "streets": ("LineString", [
        ("osm_id", "str"), ("highway", "str"), ("name", "str"), ("surface", "str"),
        ("surf_src", "str"), ("osm_surface", "str"), ("width", "float"), ("bridge", "int"),
        ("tunnel", "int"), ("length", "float"), ("component", "int")]),
    "green": ("MultiPolygon", [("osm_id", "str"), ("green_type", "str"), ("public", "int"),
                               ("area", "float"), ("name", "str")]),
    "water": ("MultiPolygon", [("osm_id", "str"), ("water_type", "str"), ("name", "str"),
                               ("area", "float")]),
    "waterways": ("LineString", [("osm_id", "str"), ("water_type", "str"), ("name", "str"),
                                 ("tunnel", "int")]),
    "landcover": ("MultiPolygon", [("osm_id", "str"), ("lc_class", "str"),
                                   ("impervious", "float"), ("area", "float")]),
    "trees": ("Point", [("osm_id", "str"), ("species", "str")]),
    "masts": ("Point", [("osm_id", "str"), ("tower_type", "str"), ("height", "float"),
                        ("man_made", "str"), ("operator", "str")]),
    "facilities": ("Point", [("osm_id", "str"), ("fac_type", "str"), ("name", "str")]),
    "rejected": ("Point", [("osm_id", "str"), ("osm_layer", "str"), ("target", "str"),
                           ("reason", "str"), ("wkt", "str")]),
}


def empty_layer(name, crs):
    gtype, fields = LAYER_FIELDS[name]
    return VectorLayer(name, gtype, crs, [Field(n, t) for n, t in fields])


def _multi(geom):
    from shapely.geometry import MultiPolygon, Polygon

    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    if isinstance(geom, MultiPolygon):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]
    polys += [p for g in getattr(geom, "geoms", []) if isinstance(g, MultiPolygon) for p in g.geoms]
    return MultiPolygon(polys) if polys else None


def repair_polygon(geom):
    """(valid MultiPolygon or None, note). Invalid polygons are repaired with GEOS
    MakeValid (shapely ``make_valid``; ``buffer(0)`` where unavailable) keeping the
    polygonal parts; degenerate rings (fewer than 3 distinct points, typically ways cut
    at the extract border) cannot be repaired and are refused."""
    if geom is None or geom.is_empty:
        return None, "no geometry (OSM relation could not be assembled)"
    if geom.is_valid:
        return _multi(geom), None
    try:
        from shapely.validation import make_valid
    except ImportError:  # pragma: no cover - GEOS < 3.8
        def make_valid(g):
            return g.buffer(0)
    try:
        fixed = _multi(make_valid(geom))
    except Exception:  # noqa: BLE001
        fixed = None
    if fixed is None or fixed.is_empty or not fixed.is_valid or fixed.area <= 0:
        return None, ("invalid geometry that cannot be repaired (degenerate ring with fewer "
                      "than 3 distinct points, e.g. a way cut at the extract border)")
    return fixed, "repaired"


def _project(feats, fn):
    from shapely.ops import transform

    for f in feats:
        if f.geometry is not None:
            try:
                f.geometry = transform(fn, f.geometry)
            except Exception:  # noqa: BLE001 - reported as rejected
                f.geometry = None


def _area_filter(area):
    if area is None:
        return lambda g: True
    from shapely.prepared import prep

    pa = prep(area)
    return lambda g: g is not None and pa.contains(g.representative_point())


def prepare_osm(osm_path, area=None, area_crs=None, crs=DEFAULT_CRS,
                storey_height=rules.STOREY_HEIGHT, feedback=None):
    """See :func:`_prepare_osm`. GEOS messages about the degenerate rings of ways cut at
    the extract border are kept out of the log (those features go to 'rejected')."""
    geos_log = logging.getLogger("shapely.geos")
    level = geos_log.level
    geos_log.setLevel(logging.CRITICAL)
    try:
        return _prepare_osm(osm_path, area, area_crs, crs, storey_height, feedback)
    finally:
        geos_log.setLevel(level)


def _prepare_osm(osm_path, area=None, area_crs=None, crs=DEFAULT_CRS,
                 storey_height=rules.STOREY_HEIGHT, feedback=None):
    """Planning layers from an OSM extract.

    ``area``: optional shapely polygon (in ``area_crs``, default ``crs``); features are
    kept when their representative point lies inside (streets and water lines when
    they intersect it). ``crs``: metric output CRS (geographic CRSs are refused).
    """
    feedback = feedback or Feedback()
    require_metric(crs, "output CRS")
    crs = epsg_string(crs)
    if storey_height <= 0:
        raise InputError("Storey height must be positive (got %s m)." % storey_height)
    to_crs = transformer("EPSG:4326", crs).transform
    bbox = None
    if area is not None:
        from shapely.ops import transform as shp_transform

        if area_crs and area_crs != crs:
            area = shp_transform(transformer(area_crs, crs).transform, area)
        if area.is_empty:
            raise InputError("The area polygon is empty.")
        if not area.is_valid:
            area = area.buffer(0)
        back = transformer(crs, "EPSG:4326").transform
        b = shp_transform(back, area.envelope.buffer(50)).bounds
        bbox = b
    feedback.info("Reading OSM extract %s" % osm_path)
    osm = read_osm(osm_path, bbox=bbox, feedback=feedback)
    for lname in osm:
        _project(osm[lname], to_crs)
    feedback.set_progress(20)
    inside = _area_filter(area)
    out = {name: empty_layer(name, crs) for name in LAYER_FIELDS}
    rejected = out["rejected"]

    def reject(f, target, reason):
        g = f.geometry
        pt = None
        if g is not None and not g.is_empty:
            try:
                pt = g.representative_point()
            except Exception:  # noqa: BLE001
                pt = g.centroid
        rejected.add(pt, osm_id=f.osm_id, osm_layer=f.layer, target=target, reason=reason,
                     wkt=g.wkt[:2000] if g is not None else None)

    polys = osm.get("multipolygons", [])
    points = osm.get("points", [])
    lines = osm.get("lines", [])

    # --------------------------------------------------------------- buildings
    blds = []  # (feature, geometry)
    n_repaired = 0
    for f in polys:
        b = f.tags.get("building")
        if not b or b == "no":
            continue
        if f.geometry is None:
            reject(f, "buildings", "no geometry (OSM relation could not be assembled)")
            continue
        if not inside(f.geometry):
            continue
        geom, note = repair_polygon(f.geometry)
        if geom is None:
            reject(f, "buildings", note)
            continue
        if note == "repaired":
            n_repaired += 1
        if geom.area < 1.0:
            reject(f, "buildings", "footprint smaller than 1 m² (%.2f m²)" % geom.area)
            continue
        blds.append((f, geom))
    if not blds:
        raise InputError(
            "The OSM extract '%s' contains no buildings%s. Use an extract with building "
            "polygons (building=*) covering the planning area." % (
                osm_path, " inside the area" if area is not None else ""))
    blds.sort(key=lambda t: t[0].osm_id)
    feedback.info("%d buildings (%d invalid footprints repaired)." % (len(blds), n_repaired))
    feedback.set_progress(30)

    # landuse for the residential rule (smallest landuse polygon containing the centroid)
    from shapely.strtree import STRtree

    landuse_polys = []
    for f in polys:
        lu = f.tags.get("landuse")
        if lu and f.geometry is not None:
            g, _ = repair_polygon(f.geometry)
            if g is not None:
                landuse_polys.append((g, lu))
    lu_tree = STRtree([g for g, _ in landuse_polys]) if landuse_polys else None
    lu_index = {id(g): lu for g, lu in landuse_polys}

    def landuse_at(pt):
        if lu_tree is None:
            return None
        best = None
        for g in lu_tree.query(pt):
            if g.contains(pt) and (best is None or g.area < best.area):
                best = g
        return lu_index.get(id(best)) if best is not None else None

    # --------------------------------------------------------------- addresses
    bgeoms = [g for _, g in blds]
    btree = STRtree(bgeoms)
    bidx = {id(g): i for i, g in enumerate(bgeoms)}
    addr_src = []  # (osm_id, tags, point, own building index or None, source)
    for f in points:
        if f.tags.get("addr:housenumber") and f.geometry is not None and inside(f.geometry):
            addr_src.append((f.osm_id, f.tags, f.geometry, None, "node"))
    bld_ids = {f.osm_id: i for i, (f, _) in enumerate(blds)}
    for f in polys:
        if not f.tags.get("addr:housenumber") or f.geometry is None or not inside(f.geometry):
            continue
        own = bld_ids.get(f.osm_id)
        pt = (bgeoms[own] if own is not None else f.geometry).representative_point()
        addr_src.append((f.osm_id, f.tags, pt, own, "building" if own is not None else "area"))
    for f in lines:  # rare: addresses on unclosed ways
        if f.tags.get("addr:housenumber") and f.geometry is not None and inside(f.geometry):
            addr_src.append((f.osm_id, f.tags, f.geometry.interpolate(0.5, normalized=True),
                             None, "way"))
    addr_src.sort(key=lambda t: t[0])
    bld_addr = defaultdict(list)
    addresses = out["addresses"]
    for j, (oid, tags, pt, own, src) in enumerate(addr_src):
        if j % 500 == 0:
            feedback.step(j, len(addr_src), 30, 40)
        match, dist = own, 0.0 if own is not None else None
        if match is None:
            cands = btree.query(pt.buffer(ADDRESS_SNAP_M))
            best = None
            for g in cands:
                d = 0.0 if g.contains(pt) else g.distance(pt)
                if d <= ADDRESS_SNAP_M and (best is None or d < best[0] or
                                            (d == best[0] and bidx[id(g)] < best[1])):
                    best = (d, bidx[id(g)])
            if best is not None:
                dist, match = best
        bld_id = blds[match][0].osm_id if match is not None else None
        if match is not None:
            bld_addr[match].append(tags)
        addresses.add(pt, osm_id=oid, street=tags.get("addr:street") or tags.get("addr:place"),
                      housenumber=tags.get("addr:housenumber"), postcode=tags.get("addr:postcode"),
                      city=tags.get("addr:city"), bld_id=bld_id, matched=int(match is not None),
                      match_dist=round(dist, 2) if dist is not None else None, source=src)
    n_unmatched = sum(1 for f in addresses.features if not f.attributes["matched"])
    feedback.info("%d address points, %d linked to a building, %d unmatched (no building "
                  "within %.0f m)." % (len(addresses), len(addresses) - n_unmatched,
                                       n_unmatched, ADDRESS_SNAP_M))

    # building attributes
    buildings = out["buildings"]
    for i, (f, geom) in enumerate(blds):
        if i % 500 == 0:
            feedback.step(i, len(blds), 40, 50)
        btype, levels, height, hsrc = rules.building_height(f.tags, storey_height)
        area_m2 = geom.area
        addr_tags = f.tags if f.tags.get("addr:housenumber") else (
            sorted(bld_addr[i], key=lambda t: (t.get("addr:street") or "",
                                               t.get("addr:housenumber") or ""))[0]
            if bld_addr[i] else {})
        has_addr = bool(addr_tags)
        lu = landuse_at(geom.representative_point())
        resident = rules.is_residential(btype, f.tags, has_addr, area_m2, lu)
        buildings.add(geom, osm_id=f.osm_id, bld_type=btype, levels=levels, height=round(height, 2),
                      height_src=hsrc, area=round(area_m2, 2),
                      floor_area=round(area_m2 * max(levels, 1.0), 2), resident=resident,
                      dwellings=None, dwell_src=None, street=addr_tags.get("addr:street"),
                      housenumber=addr_tags.get("addr:housenumber"), name=f.tags.get("name"))
    feedback.info("%d buildings flagged residential." % sum(buildings.values("resident")))

    # ----------------------------------------------------------------- streets
    _streets(lines, out, inside if area is None else (lambda g: g is not None and g.intersects(area)),
             reject, feedback)
    feedback.set_progress(70)

    # ---------------------------------------------- green, water, landcover, areas
    lc_items = []
    for f in polys:
        tags = f.tags
        gtype, public = rules.green_type(tags)
        wtype = rules.water_type(tags)
        lclass = rules.landcover_class(tags)
        if not (gtype or wtype or lclass):
            continue
        if f.geometry is None:
            reject(f, "green/water/landcover", "no geometry (OSM relation could not be assembled)")
            continue
        if not inside(f.geometry):
            continue
        geom, note = repair_polygon(f.geometry)
        if geom is None:
            reject(f, "green/water/landcover", note)
            continue
        if gtype:
            out["green"].add(geom, osm_id=f.osm_id, green_type=gtype, public=public,
                             area=round(geom.area, 1), name=tags.get("name"))
        if wtype:
            out["water"].add(geom, osm_id=f.osm_id, water_type=wtype, name=tags.get("name"),
                             area=round(geom.area, 1))
        if lclass:
            lc_items.append((rules.LANDCOVER_PRIORITY[lclass], f.osm_id, lclass, geom))
    for f in lines:
        ww = f.tags.get("waterway")
        if ww in rules.WATERWAY_CLASSES and f.geometry is not None and \
                (area is None or f.geometry.intersects(area)):
            out["waterways"].add(f.geometry, osm_id=f.osm_id, water_type=ww, name=f.tags.get("name"),
                                 tunnel=int(rules.yes(f.tags.get("tunnel"))))
    _landcover(lc_items, out["landcover"], feedback)
    feedback.set_progress(90)

    # ------------------------------------------------- trees, masts, facilities
    for f in points:
        t = f.tags
        if f.geometry is None or not inside(f.geometry):
            continue
        if t.get("natural") == "tree":
            out["trees"].add(f.geometry, osm_id=f.osm_id, species=t.get("species") or t.get("genus"))
    mast_src = [(f, f.geometry) for f in points if _is_mast(f.tags)]
    mast_src += [(f, f.geometry.representative_point()) for f in polys + lines
                 if _is_mast(f.tags) and f.geometry is not None]
    for f, pt in sorted(mast_src, key=lambda t: t[0].osm_id):
        if pt is None or not inside(pt):
            continue
        t = f.tags
        out["masts"].add(pt, osm_id=f.osm_id,
                         tower_type=t.get("tower:type") or t.get("communication:type") or t.get("man_made"),
                         height=rules.parse_length_m(t.get("height")), man_made=t.get("man_made"),
                         operator=t.get("operator"))
    fac_polys = []
    for f in polys:
        ft = rules.facility_type(f.tags)
        if ft and f.geometry is not None and inside(f.geometry):
            geom, _ = repair_polygon(f.geometry)
            if geom is not None:
                fac_polys.append((f.osm_id, ft, geom, f.tags.get("name")))
    for oid, ft, geom, name in sorted(fac_polys):
        out["facilities"].add(geom.representative_point(), osm_id=oid, fac_type=ft, name=name)
    for f in sorted(points, key=lambda f: f.osm_id):
        ft = rules.facility_type(f.tags)
        if not ft or f.geometry is None or not inside(f.geometry):
            continue
        # a node inside a polygon of the same facility type is the same facility
        if any(ft == pft and g.buffer(10).contains(f.geometry) for _, pft, g, _ in fac_polys):
            continue
        out["facilities"].add(f.geometry, osm_id=f.osm_id, fac_type=ft, name=f.tags.get("name"))
    feedback.info(", ".join("%s %d" % (k, len(v)) for k, v in out.items()))
    feedback.set_progress(100)
    return out


def _is_mast(t):
    mm = t.get("man_made")
    if mm in ("mast", "communications_tower"):
        return True
    if mm == "tower" and t.get("tower:type") in ("communication", "telecommunication", None):
        return True
    return False


def _streets(lines, out, keep, reject, feedback):
    streets = out["streets"]
    excluded = defaultdict(int)
    for f in sorted(lines, key=lambda f: f.osm_id):
        hw = f.tags.get("highway")
        if not hw:
            continue
        if hw not in rules.STREET_CLASSES:
            excluded[hw] += 1
            continue
        if f.tags.get("area") == "yes":
            excluded["%s (area)" % hw] += 1
            continue
        g = f.geometry
        if g is None or g.is_empty or g.length <= 0:
            reject(f, "streets", "no or zero-length geometry")
            continue
        if not keep(g):
            continue
        surface, ssrc = rules.street_surface(f.tags)
        streets.add(g, osm_id=f.osm_id, highway=hw, name=f.tags.get("name") or f.tags.get("ref"),
                    surface=surface, surf_src=ssrc, osm_surface=f.tags.get("surface"),
                    width=rules.street_width(f.tags), bridge=int(rules.yes(f.tags.get("bridge"))),
                    tunnel=int(rules.yes(f.tags.get("tunnel"))), length=round(g.length, 2),
                    component=None)
    if excluded:
        feedback.info("Highway classes not used as streets: " + ", ".join(
            "%s %d" % kv for kv in sorted(excluded.items())))
    comps = street_components(streets)
    for feat, c in zip(streets.features, comps):
        feat.attributes["component"] = c
    total = sum(streets.values("length")) or 1.0
    by = defaultdict(float)
    for feat in streets.features:
        by[feat.attributes["component"]] += feat.attributes["length"]
    main = by.get(0, 0.0)
    feedback.info("Streets: %d lines, %.1f km; main connected component %.1f %% of the length; "
                  "%d further components with %.2f km (e.g. isolated private or service ways)."
                  % (len(streets), total / 1000, 100 * main / total, len(by) - 1, (total - main) / 1000))
    members = defaultdict(list)
    for feat in streets.features:
        if feat.attributes["component"]:
            members[feat.attributes["component"]].append(feat.attributes["osm_id"])
    for comp in sorted(members)[:30]:
        ids = members[comp]
        feedback.info("  component %d: %.0f m, ways %s%s" % (
            comp, by[comp], ", ".join(ids[:5]), " …" if len(ids) > 5 else ""))


def street_components(streets, tol=0.01):
    """Connected-component number per street (0 = longest total length), using shared
    OSM vertices (snapped to ``tol`` m) as junctions."""
    import networkx as nx

    g = nx.Graph()

    def key(c):
        return (round(c[0] / tol), round(c[1] / tol))

    for i, f in enumerate(streets.features):
        geom = f.geometry
        parts = geom.geoms if hasattr(geom, "geoms") else [geom]
        node = ("s", i)
        g.add_node(node)
        for p in parts:
            for c in p.coords:
                g.add_edge(node, key(c))
    comp_len = []
    member = {}
    for comp in nx.connected_components(g):
        ids = sorted(n[1] for n in comp if isinstance(n, tuple) and n and n[0] == "s")
        if not ids:
            continue
        length = sum(streets.features[i].geometry.length for i in ids)
        comp_len.append((-length, ids[0], ids))
    comp_len.sort()
    for rank, (_, _, ids) in enumerate(comp_len):
        for i in ids:
            member[i] = rank
    return [member[i] for i in range(len(streets.features))]


def _landcover(items, layer, feedback):
    """Non-overlapping land cover: polygons in priority order (water, small specific
    uses, then broad land use), each minus everything placed before."""
    from shapely.ops import unary_union
    from shapely.strtree import STRtree

    items.sort(key=lambda t: (t[0], t[3].area, t[1]))
    tree_geoms = [item[3] for item in items]
    tree = STRtree(tree_geoms) if tree_geoms else None
    order = {id(g): k for k, g in enumerate(tree_geoms)}
    for k, (_, oid, cls, geom) in enumerate(items):
        if k % 100 == 0:
            feedback.step(k, len(items), 70, 90)
        earlier = [g for g in tree.query(geom) if order[id(g)] < k and g.intersects(geom)]
        rest = geom
        if earlier:
            rest = geom.difference(unary_union(earlier))
        rest = _multi(rest.buffer(0)) if not rest.is_empty else None
        if rest is None or rest.area < 1.0:
            continue
        layer.add(rest, osm_id=oid, lc_class=cls, impervious=rules.IMPERVIOUSNESS[cls],
                  area=round(rest.area, 1))
