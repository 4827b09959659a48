"""``estimatedwellings``: Zensus 100 m dwellings per cell -> dwellings per building.

Every building is assigned to the grid cell that contains its representative point
(computed in the grid's CRS, so cell membership is exact for the EPSG:3035 Zensus
grid). For a cell with a published count ``N`` the count is split over the
residential buildings of the cell in proportion to their floor area with
largest-remainder (Hamilton) rounding, so the integers sum to ``N`` exactly. If a
cell has a count but no residential building, the count goes to its other buildings
(``dwell_src = 'zensus_nonres'``); a cell with a count but no building at all is
listed in the ``cells`` report (``status = 'no_building'``).

Suppressed cells (count missing/NULL/negative, or 0 dwellings while the cell has
residential buildings, which the Zensus publishes for secrecy-treated cells) and
buildings outside every cell get a default by type: DEFAULT_DWELLINGS for residential
types, 1 per FLOOR_AREA_PER_DWELLING m² of floor area for apartment blocks,
0 for non-residential buildings (``dwell_src = 'default'``).
"""
import math

from ..errors import InputError
from ..feedback import Feedback
from ..geo import crs_from, transformer
from ..vector import Feature, Field, VectorLayer

#: dwellings of a residential building in a suppressed/missing cell, by type
DEFAULT_DWELLINGS = {"house": 1, "detached": 1, "bungalow": 1, "farm": 1, "yes": 1,
                     "semidetached_house": 1, "terrace": 1, "residential": 2}
#: apartment blocks (and residential buildings of unknown type with floor area above
#: this threshold) get floor_area / FLOOR_AREA_PER_DWELLING (German mean dwelling
#: size about 92 m² living area, Destatis 2022; gross/net factor 1.2 -> 110 m²)
FLOOR_AREA_PER_DWELLING = 110.0
APARTMENT_TYPES = ("apartments", "dormitory")

CELL_FIELDS = [Field("cell_id", "str"), Field("dwellings", "int"), Field("status", "str"),
               Field("n_bld", "int"), Field("n_res", "int"), Field("assigned", "int")]


def largest_remainder(total, weights):
    """Integers proportional to ``weights`` summing exactly to ``total`` (Hamilton
    method; ties broken by position, deterministic)."""
    total = int(total)
    n = len(weights)
    if n == 0:
        return []
    wsum = float(sum(weights))
    if wsum <= 0:
        weights = [1.0] * n
        wsum = float(n)
    quotas = [total * w / wsum for w in weights]
    base = [int(math.floor(q)) for q in quotas]
    rest = total - sum(base)
    order = sorted(range(n), key=lambda i: (-(quotas[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def default_dwellings(btype, resident, floor_area):
    if not resident:
        return 0
    if btype in APARTMENT_TYPES:
        return max(1, int(round((floor_area or 0.0) / FLOOR_AREA_PER_DWELLING)))
    return DEFAULT_DWELLINGS.get(btype, 1)


def _is_suppressed(count, n_res_census):
    if count is None:
        return True
    try:
        c = float(count)
    except (TypeError, ValueError):
        return True
    if math.isnan(c) or c < 0:
        return True
    return c == 0 and (n_res_census or 0) > 0


def estimate_dwellings(buildings, grid, count_field="dwellings", res_bld_field="bldg_res",
                       floor_area_field="floor_area", resident_field="resident",
                       type_field="bld_type", feedback=None):
    """(buildings with ``dwellings``/``dwell_src``/``cell_id``, cell report layer).

    ``buildings``: polygons with floor area, residential flag and type (as made by
    ``prepareosm``; missing floor area -> footprint area). ``grid``: polygon grid in any
    CRS with the integer field ``count_field``.
    """
    feedback = feedback or Feedback()
    if buildings.crs is None or grid.crs is None:
        raise InputError("Both the buildings layer and the grid layer need a coordinate "
                         "reference system.")
    if count_field not in grid.field_names():
        raise InputError(
            "The grid layer '%s' has no field '%s' with the dwellings per cell. Available "
            "fields: %s. Choose the field with the Zensus count (e.g. 'dwellings' or "
            "'Insgesamt_Wohnungen')." % (grid.name, count_field, ", ".join(grid.field_names()) or "none"))
    for fname in (resident_field,):
        if fname not in buildings.field_names():
            raise InputError("The buildings layer '%s' has no field '%s' (residential flag 0/1). "
                             "Run 'Prepare OSM planning layers' first or choose the field."
                             % (buildings.name, fname))
    if not len(buildings):
        raise InputError("The buildings layer '%s' is empty." % buildings.name)
    has_res_census = res_bld_field in grid.field_names()
    from shapely.strtree import STRtree

    cells = [(i, f) for i, f in enumerate(grid.features)
             if f.geometry is not None and not f.geometry.is_empty]
    if not cells:
        raise InputError("The grid layer '%s' has no polygons." % grid.name)
    to_grid = None
    if crs_from(buildings.crs) != crs_from(grid.crs):
        to_grid = transformer(buildings.crs, grid.crs).transform
    if to_grid is not None:
        feedback.info("Building points transformed from %s to the grid CRS %s."
                      % (crs_from(buildings.crs).to_string(), crs_from(grid.crs).to_string()))
    geoms = [f.geometry for _, f in cells]
    tree = STRtree(geoms)
    gidx = {id(g): k for k, g in enumerate(geoms)}
    members = [[] for _ in cells]
    cell_of = [None] * len(buildings)
    for b, feat in enumerate(buildings.features):
        if b % 500 == 0:
            feedback.step(b, len(buildings), 0, 60)
        if feat.geometry is None or feat.geometry.is_empty:
            continue
        pt = feat.geometry.representative_point()
        if to_grid is not None:
            x, y = to_grid(pt.x, pt.y)
            from shapely.geometry import Point

            pt = Point(x, y)
        hits = sorted(gidx[id(g)] for g in tree.query(pt) if g.intersects(pt))
        if hits:
            cell_of[b] = hits[0]
            members[hits[0]].append(b)

    def attr(b, name, default=None):
        return buildings.features[b].attributes.get(name, default)

    def floor_area(b):
        fa = attr(b, floor_area_field)
        if fa is None:
            g = buildings.features[b].geometry
            fa = g.area if g is not None else 0.0
        return max(float(fa), 0.0)

    dwell = [None] * len(buildings)
    src = [None] * len(buildings)
    report = VectorLayer("cells", grid.geometry_type if "Polygon" in grid.geometry_type else "Polygon",
                         grid.crs, list(CELL_FIELDS))
    n_supp = n_nobld = 0
    for k, (gi, gf) in enumerate(cells):
        count = gf.attributes.get(count_field)
        nres_c = gf.attributes.get(res_bld_field) if has_res_census else None
        mem = members[k]
        res = [b for b in mem if int(attr(b, resident_field) or 0) == 1]
        cid = str(gf.attributes.get("cell_id") or gf.attributes.get("id") or
                  "%s_%s" % (gf.attributes.get("gitter_x", ""), gf.attributes.get("gitter_y", gi)))
        if _is_suppressed(count, nres_c):
            status = "suppressed"
            n_supp += 1
            for b in mem:
                dwell[b] = default_dwellings(attr(b, type_field), int(attr(b, resident_field) or 0),
                                             floor_area(b))
                src[b] = "default_suppressed"
            assigned = sum(dwell[b] for b in mem)
            count_out = None
        else:
            count_out = int(round(float(count)))
            targets, tag = (res, "zensus") if res else (mem, "zensus_nonres")
            if not targets:
                status = "no_building" if count_out > 0 else "empty"
                n_nobld += int(count_out > 0)
            else:
                status = "ok" if tag == "zensus" else "nonresidential_only"
                shares = largest_remainder(count_out, [floor_area(b) for b in targets])
                for b, s in zip(targets, shares):
                    dwell[b], src[b] = s, tag
            for b in mem:
                if dwell[b] is None:
                    dwell[b], src[b] = 0, "zensus_nonres" if status == "ok" else tag
            assigned = sum(dwell[b] for b in mem)
        report.add(gf.geometry, cell_id=cid, dwellings=count_out, status=status, n_bld=len(mem),
                   n_res=len(res), assigned=assigned)
    n_out = 0
    for b in range(len(buildings)):
        if dwell[b] is None:
            n_out += 1
            dwell[b] = default_dwellings(attr(b, type_field), int(attr(b, resident_field) or 0),
                                         floor_area(b))
            src[b] = "default_no_cell"
    if n_supp:
        feedback.info("%d grid cells suppressed (no count or 0 dwellings with residential "
                      "buildings): their buildings got type defaults." % n_supp)
    if n_nobld:
        feedback.warning("%d grid cells have dwellings but no building of the layer inside; "
                         "their count could not be assigned (see the cells output, status "
                         "'no_building')." % n_nobld)
    if n_out:
        feedback.info("%d buildings lie outside every grid cell: type defaults used." % n_out)
    fields = [f for f in buildings.fields if f.name not in ("dwellings", "dwell_src", "cell_id")]
    fields += [Field("dwellings", "int"), Field("dwell_src", "str"), Field("cell_id", "str")]
    out = VectorLayer(buildings.name, buildings.geometry_type, buildings.crs, fields)
    cell_ids = [report.features[k].attributes["cell_id"] for k in range(len(cells))]
    for b, feat in enumerate(buildings.features):
        attrs = dict(feat.attributes)
        attrs["dwellings"] = int(dwell[b])
        attrs["dwell_src"] = src[b]
        attrs["cell_id"] = cell_ids[cell_of[b]] if cell_of[b] is not None else None
        out.features.append(Feature(feat.geometry, attrs))
    feedback.info("%d dwellings assigned to %d buildings." % (sum(dwell), len(buildings)))
    feedback.set_progress(100)
    return out, report
