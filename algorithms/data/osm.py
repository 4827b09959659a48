"""Reading an OpenStreetMap extract (``.osm.pbf`` / ``.osm``) with GDAL/OGR.

GDAL's OSM driver gives the layers points, lines, multipolygons; tags not promoted to
columns by the default ``osmconf.ini`` are in ``other_tags`` (hstore-like
``"key"=>"value"`` string). :func:`read_osm` returns every feature as
``(osm_id, tags dict, shapely geometry in EPSG:4326)``.
"""
import os
import re

from ..errors import InputError

_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
OSM_LAYERS = ("points", "lines", "multipolygons")


def parse_other_tags(text):
    """``'"a"=>"1","b:c"=>"x \\"y\\""'`` -> ``{'a': '1', 'b:c': 'x "y"'}``."""
    if not text:
        return {}
    return {k.replace('\\"', '"').replace("\\\\", "\\"): v.replace('\\"', '"').replace("\\\\", "\\")
            for k, v in _HSTORE.findall(text)}


class OsmFeature:
    __slots__ = ("osm_id", "tags", "geometry", "layer")

    def __init__(self, osm_id, tags, geometry, layer):
        self.osm_id, self.tags, self.geometry, self.layer = osm_id, tags, geometry, layer


def read_osm(path, layers=OSM_LAYERS, bbox=None, feedback=None):
    """Dict layer name -> list of :class:`OsmFeature` (geometry may be None when GDAL
    could not build it; such features are reported by the caller).

    ``bbox`` = (minlon, minlat, maxlon, maxlat) spatial filter. ``osm_id`` is prefixed
    ``n``/``w``/``r`` (node/way/relation) so that ids of different kinds never clash.
    """
    from osgeo import gdal, ogr
    from shapely import wkb

    if not os.path.exists(path) and not path.startswith("/vsi"):
        raise InputError("OSM extract '%s' does not exist." % path)
    gdal.UseExceptions()
    ogr.UseExceptions()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["OSM"])
    except RuntimeError as exc:
        raise InputError("Cannot read '%s' as an OpenStreetMap extract (.osm.pbf or .osm): %s"
                         % (path, exc)) from exc
    if ds is None:
        raise InputError("Cannot read '%s' as an OpenStreetMap extract." % path)
    result = {}
    for li, lname in enumerate(layers):
        lyr = ds.GetLayerByName(lname)
        if lyr is None:
            result[lname] = []
            continue
        if bbox is not None:
            lyr.SetSpatialFilterRect(*bbox)
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        promoted = [n for n in names if n not in ("osm_id", "osm_way_id", "other_tags", "z_order")]
        feats = []
        lyr.ResetReading()
        for n, f in enumerate(lyr):
            if n % 2000 == 0 and feedback is not None:
                feedback.check_canceled()
            tags = parse_other_tags(f.GetField("other_tags") if "other_tags" in names else None)
            for name in promoted:
                v = f.GetField(name)
                if v is not None and v != "":
                    tags[name] = str(v)
            if lname == "multipolygons":
                way = f.GetField("osm_way_id")
                osm_id = ("w%s" % way) if way else ("r%s" % f.GetField("osm_id"))
            elif lname == "points":
                osm_id = "n%s" % f.GetField("osm_id")
            else:
                osm_id = ("w%s" if lname == "lines" else "r%s") % f.GetField("osm_id")
            g = f.GetGeometryRef()
            geom = None
            if g is not None:
                try:
                    geom = wkb.loads(bytes(g.ExportToWkb()))
                except Exception:  # noqa: BLE001 - reported as rejected by the caller
                    geom = None
            feats.append(OsmFeature(osm_id, tags, geom, lname))
        result[lname] = feats
        if feedback is not None:
            feedback.info("OSM layer %s: %d features read." % (lname, len(feats)))
            feedback.set_progress(5.0 * (li + 1))
    ds = None
    return result
