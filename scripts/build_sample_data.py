"""Build the Lauf an der Pegnitz sample in test_data/ from the raw files (make sample-data).

    .venv/bin/python scripts/build_sample_data.py --raw ../shared/data/lauf_pegnitz --out test_data

Writes ``lauf.gpkg`` (EPSG:25832; layers see test_data/README.md), ``lauf_dem_10m.tif``
and ``lauf_dsm_10m.tif``. Uses the same engine functions as the Processing algorithms
infraplan:prepareosm, infraplan:estimatedwellings and infraplan:preparedem; the PoP,
illustrative sites, candidates and districts are chosen by the rules in
:func:`make_pop`, :func:`make_sites`, :func:`make_candidates` and :func:`make_districts`.
Everything is written to a temporary folder first and moved in at the end.
"""
import argparse
import logging
import os
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(REPO, ".build", "pkg")
os.makedirs(PKG, exist_ok=True)
if not os.path.islink(os.path.join(PKG, "infraplan")):
    os.symlink(REPO, os.path.join(PKG, "infraplan"))
sys.path.insert(0, PKG)

from infraplan.algorithms.data.dem import building_dsm, prepare_dem, write_dem  # noqa: E402
from infraplan.algorithms.data.dwellings import estimate_dwellings  # noqa: E402
from infraplan.algorithms.data.osm import read_osm  # noqa: E402
from infraplan.algorithms.data.prepare import prepare_osm  # noqa: E402
from infraplan.algorithms.feedback import Feedback  # noqa: E402
from infraplan.algorithms.geo import reproject_layer, transformer  # noqa: E402
from infraplan.algorithms.vector import Field, VectorLayer, read_vector, write_vector  # noqa: E402

CRS = "EPSG:25832"
OSM_FILE = "lauf-200115.osm.pbf"
SRTM_FILE = "N49E011.hgt.zip"
Z100 = "lauf_pegnitz_zensus2022_100m.gpkg"
Z1K = "lauf_pegnitz_zensus2022_1km.gpkg"
#: the bounding box of the extract (SOURCES.md): the sample area
AREA_LONLAT = (11.2474, 49.4995, 11.3079, 49.5304)
DEM_MARGIN = 200.0
RES = 10.0


class PrintFeedback(Feedback):
    def info(self, message):
        print("  " + message, flush=True)

    def warning(self, message):
        print("  WARNING: " + message, flush=True)


def area_polygon():
    from shapely.ops import transform

    return transform(transformer("EPSG:4326", CRS).transform, _dense_box())


def _dense_box():
    from shapely.geometry import Polygon

    x0, y0, x1, y1 = AREA_LONLAT
    n = 20
    pts = [(x0 + (x1 - x0) * i / n, y0) for i in range(n)] + \
          [(x1, y0 + (y1 - y0) * i / n) for i in range(n)] + \
          [(x1 - (x1 - x0) * i / n, y1) for i in range(n)] + \
          [(x0, y1 - (y1 - y0) * i / n) for i in range(n)]
    return Polygon(pts)


# ------------------------------------------------------------------ PoP, sites, candidates
def make_pop(osm_points):
    """The PoP is the Deutsche Telekom main distribution frame (``man_made=MDF``,
    "Hauptverteiler" with its local exchange area ASB) in the extract: this is where
    an FTTH network of the town would plausibly be fed. Fallback: the ``place=town``
    node (town centre)."""
    from shapely.geometry import Point
    from shapely.ops import transform

    fn = transformer("EPSG:4326", CRS).transform
    layer = VectorLayer("pop", "Point", CRS, [Field("pop_id", "str"), Field("name", "str"),
                                              Field("source", "str")])
    mdf = sorted([f for f in osm_points if f.tags.get("man_made") == "MDF"], key=lambda f: f.osm_id)
    if mdf:
        f = mdf[0]
        layer.add(transform(fn, f.geometry), pop_id="POP-1",
                  name="Hauptverteiler %s" % (f.tags.get("operator") or "MDF"),
                  source="OSM %s man_made=MDF" % f.osm_id)
    else:
        town = sorted([f for f in osm_points if f.tags.get("place") == "town"], key=lambda f: f.osm_id)
        pt = transform(fn, town[0].geometry) if town else Point(0, 0)
        layer.add(pt, pop_id="POP-1", name="town centre", source="OSM place=town")
    return layer


SITE_FIELDS = [Field("site_id", "str"), Field("sector_id", "str"), Field("height", "float"),
               Field("azimuth", "float"), Field("tilt_mech", "float"), Field("tilt_elec", "float"),
               Field("power_dbm", "float"), Field("freq_mhz", "float"), Field("bw_mhz", "float"),
               Field("tech", "str"), Field("pattern", "str"), Field("kind", "str")]


def _spaced(items, min_dist, taken=()):
    """Greedy choice of points at least ``min_dist`` apart (and from ``taken``)."""
    chosen = []
    for item in items:
        pt = item[0]
        if all(pt.distance(t) >= min_dist for t in list(taken) + [c[0] for c in chosen]):
            chosen.append(item)
    return chosen


def _tall_buildings(buildings):
    """Buildings ranked by height, then floor area (only heights from tags or levels and
    large footprints are plausible rooftops)."""
    rows = []
    for f in buildings.features:
        a = f.attributes
        if a["area"] < 150:
            continue
        rows.append((f.geometry.representative_point(), a["height"], a["floor_area"], a["osm_id"]))
    rows.sort(key=lambda r: (-r[1], -r[2], r[3]))
    return rows


def make_sites(buildings, masts):
    """Illustrative existing sites (NOT real operator data): the OSM communication
    tower with 3 LTE 1800 sectors at 0/120/240°, plus rooftop NR 3.6 GHz sites on the
    3 tallest large buildings at least 800 m from each other and from the tower, sectors
    at 60/180/300°. Antenna height: mast height tag (else 30 m); rooftop = building
    height + 3 m. Power per sector: LTE 46 dBm (40 W, 20 MHz), NR 49 dBm (80 W, 100 MHz)
    — typical macro values."""
    layer = VectorLayer("sites", "Point", CRS, list(SITE_FIELDS))
    tower_pts = []
    for k, f in enumerate(sorted(masts.features, key=lambda f: f.attributes["osm_id"])):
        h = f.attributes.get("height") or 30.0
        sid = "S%02d" % (k + 1)
        for j, az in enumerate((0.0, 120.0, 240.0)):
            layer.add(f.geometry, site_id=sid, sector_id="%s-%d" % (sid, j + 1), height=float(h),
                      azimuth=az, tilt_mech=2.0, tilt_elec=4.0, power_dbm=46.0, freq_mhz=1800.0,
                      bw_mhz=20.0, tech="LTE", pattern="36814", kind="tower")
        tower_pts.append(f.geometry)
    roofs = _spaced(_tall_buildings(buildings), 800.0, tower_pts)[:3]
    start = len(tower_pts)
    for k, (pt, h, _, _) in enumerate(roofs):
        sid = "S%02d" % (start + k + 1)
        for j, az in enumerate((60.0, 180.0, 300.0)):
            layer.add(pt, site_id=sid, sector_id="%s-%d" % (sid, j + 1), height=round(h + 3.0, 1),
                      azimuth=az, tilt_mech=3.0, tilt_elec=6.0, power_dbm=49.0, freq_mhz=3600.0,
                      bw_mhz=100.0, tech="NR", pattern="38901", kind="rooftop")
    return layer


def make_candidates(buildings, osm, sites):
    """Candidate antenna locations: (a) rooftops of the tallest large buildings that are
    not sites, at least 300 m apart (up to 14; height = building + 3 m); (b) OSM towers,
    chimneys and water towers (height tag or 25 m); (c) traffic signals on primary/
    secondary roads as street-furniture small-cell spots, at least 250 m apart
    (up to 8; height 8 m, a lamp post)."""
    from shapely.ops import transform

    fn = transformer("EPSG:4326", CRS).transform
    layer = VectorLayer("candidates", "Point", CRS, [Field("cand_id", "str"), Field("height", "float"),
                                                     Field("kind", "str"), Field("source", "str")])
    site_pts = [f.geometry for f in sites.features]
    rows = []
    for pt, h, _, oid in _spaced(_tall_buildings(buildings), 300.0, site_pts)[:14]:
        rows.append((pt, round(h + 3.0, 1), "rooftop", "building %s" % oid))
    for lname in ("points", "lines", "multipolygons"):
        for f in sorted(osm[lname], key=lambda f: f.osm_id):
            mm = f.tags.get("man_made")
            if mm in ("chimney", "water_tower", "tower", "mast") and f.geometry is not None:
                pt = transform(fn, f.geometry).representative_point()
                if any(pt.distance(s) < 50 for s in site_pts):
                    continue
                from infraplan.algorithms.data.rules import parse_length_m

                rows.append((pt, parse_length_m(f.tags.get("height")) or 25.0, "mast",
                             "OSM %s man_made=%s" % (f.osm_id, mm)))
    main_nodes = set()
    for f in osm["lines"]:
        if f.tags.get("highway") in ("primary", "secondary") and f.geometry is not None:
            for c in f.geometry.coords:
                main_nodes.add((round(c[0], 7), round(c[1], 7)))
    sig = [f for f in sorted(osm["points"], key=lambda f: f.osm_id)
           if f.tags.get("highway") == "traffic_signals" and f.geometry is not None and
           (round(f.geometry.x, 7), round(f.geometry.y, 7)) in main_nodes]
    sig_rows = [(transform(fn, f.geometry), 8.0, "street_furniture", "OSM %s traffic_signals" % f.osm_id)
                for f in sig]
    rows += _spaced(sig_rows, 250.0, [r[0] for r in rows])[:8]
    for k, (pt, h, kind, src) in enumerate(rows):
        layer.add(pt, cand_id="C%02d" % (k + 1), height=float(h), kind=kind, source=src)
    return layer


def make_districts(osm_points, area):
    """Districts: the extract has no suburb/quarter polygons (admin boundaries only as
    lines of level 8), so districts are the Voronoi cells of the OSM ``place`` nodes
    (town, village, suburb, quarter, locality) clipped to the sample area — a stand-in
    for the official Ortsteile, named after the place."""
    from shapely.geometry import Polygon
    from shapely.ops import transform

    fn = transformer("EPSG:4326", CRS).transform
    places = sorted([(f.tags.get("name"), transform(fn, f.geometry)) for f in osm_points
                     if f.tags.get("place") in ("town", "village", "suburb", "quarter", "locality",
                                                "neighbourhood", "hamlet")
                     and f.tags.get("name") and f.geometry is not None], key=lambda t: t[0])
    layer = VectorLayer("districts", "Polygon", CRS, [Field("district", "str"), Field("place", "str")])
    big = 1e5
    for name, p in places:
        # Voronoi cell = intersection of the half-planes closer to p than to each other q
        # (shapely 1.8's voronoi_diagram crashes with this GEOS build)
        cell = area
        for other, q in places:
            if other == name and q.equals(p):
                continue
            mx, my = (p.x + q.x) / 2.0, (p.y + q.y) / 2.0
            dx, dy = p.x - q.x, p.y - q.y
            norm = (dx * dx + dy * dy) ** 0.5
            if norm == 0:
                continue
            ux, uy = dx / norm, dy / norm  # towards p
            vx, vy = -uy, ux  # along the bisector
            half = Polygon([(mx + vx * big, my + vy * big), (mx - vx * big, my - vy * big),
                            (mx - vx * big + ux * big, my - vy * big + uy * big),
                            (mx + vx * big + ux * big, my + vy * big + uy * big)])
            cell = cell.intersection(half)
        if not cell.is_empty and cell.geom_type == "Polygon":
            layer.add(cell, district=name, place="Voronoi cell of the OSM place node")
    return layer


def zensus_clip(path, name, area, fields):
    grid = read_vector(path)
    grid = reproject_layer(grid, CRS)
    out = VectorLayer(name, "Polygon", CRS, [f for f in grid.fields if f.name in fields])
    for f in grid.features:
        if f.geometry is not None and f.geometry.intersects(area):
            out.add(f.geometry, **{k: f.attributes.get(k) for k in out.field_names()})
    return out


def build(raw, out_dir, feedback=None):
    feedback = feedback or PrintFeedback()
    osm_path = os.path.join(raw, OSM_FILE)
    area = area_polygon()
    tmp = tempfile.mkdtemp(prefix="infraplan-sample-", dir=os.path.dirname(os.path.abspath(out_dir)))
    try:
        print("prepareosm ...", flush=True)
        layers = prepare_osm(osm_path, area=area, area_crs=CRS, crs=CRS, feedback=feedback)
        print("estimatedwellings ...", flush=True)
        grid100 = read_vector(os.path.join(raw, Z100), name="zensus_100m")
        blds, cells = estimate_dwellings(layers["buildings"], grid100, feedback=feedback)
        layers["buildings"] = blds
        layers["zensus_cells"] = reproject_layer(cells, CRS)
        osm = read_osm(osm_path, layers=("points", "lines", "multipolygons"))
        layers["pop"] = make_pop(osm["points"])
        layers["sites"] = make_sites(blds, layers["masts"])
        layers["candidates"] = make_candidates(blds, osm, layers["sites"])
        layers["districts"] = make_districts(osm["points"], area)
        layers["zensus_100m"] = zensus_clip(os.path.join(raw, Z100), "zensus_100m", area,
                                            ("gitter_x", "gitter_y", "bldg_res", "dwellings"))
        layers["zensus_1km"] = zensus_clip(os.path.join(raw, Z1K), "zensus_1km", area,
                                           ("gitter_x", "gitter_y", "einwohner", "anteil_ab65",
                                            "anteil_unter18", "alter_mittel", "hh_groesse",
                                            "leerstandsquote"))
        area_layer = VectorLayer("area", "Polygon", CRS, [Field("name", "str")])
        area_layer.add(area, name="Lauf an der Pegnitz sample area (extract bbox)")
        layers["area"] = area_layer
        gpkg = os.path.join(tmp, "lauf.gpkg")
        for name in sorted(layers):
            lyr = layers[name]
            if lyr.geometry_type == "Polygon" and any(
                    f.geometry is not None and f.geometry.geom_type == "MultiPolygon" for f in lyr.features):
                lyr.geometry_type = "MultiPolygon"
            write_vector(lyr, gpkg, layer_name=name)
            print("  %-12s %6d" % (name, len(lyr)), flush=True)
        print("preparedem ...", flush=True)
        b = area.bounds
        bounds = (b[0] - DEM_MARGIN, b[1] - DEM_MARGIN, b[2] + DEM_MARGIN, b[3] + DEM_MARGIN)
        srtm = "/vsizip/%s/N49E011.hgt" % os.path.abspath(os.path.join(raw, SRTM_FILE))
        dem = prepare_dem(srtm, bounds, CRS, RES, "bilinear", feedback=feedback)
        dsm = building_dsm(dem, blds, "height", feedback=feedback)
        write_dem(dem, os.path.join(tmp, "lauf_dem_10m.tif"))
        write_dem(dsm, os.path.join(tmp, "lauf_dsm_10m.tif"))
        os.makedirs(out_dir, exist_ok=True)
        for fn in ("lauf.gpkg", "lauf_dem_10m.tif", "lauf_dsm_10m.tif"):
            shutil.move(os.path.join(tmp, fn), os.path.join(out_dir, fn))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = sum(os.path.getsize(os.path.join(out_dir, f)) for f in os.listdir(out_dir)
                if os.path.isfile(os.path.join(out_dir, f)))
    print("test_data: %.2f MB" % (total / 1e6))
    return layers


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", default=os.path.join(REPO, "..", "shared", "data", "lauf_pegnitz"))
    parser.add_argument("--out", default=os.path.join(REPO, "test_data"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("shapely.geos").setLevel(logging.CRITICAL)  # degenerate rings: see rejected
    if not os.path.isdir(args.raw):
        print("raw data folder %s not found" % args.raw, file=sys.stderr)
        return 2
    build(args.raw, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
