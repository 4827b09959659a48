"""CRS helpers shared by all domains: metric planning CRS, reprojection with pyproj."""
from typing import Optional

from .errors import InputError

#: default planning CRS: ETRS89 / UTM zone 32N
DEFAULT_CRS = "EPSG:25832"


def crs_from(value):
    """A ``pyproj.CRS`` from "EPSG:xxxx", WKT or an int EPSG code."""
    from pyproj import CRS

    try:
        return CRS.from_user_input(value)
    except Exception as exc:
        raise InputError("Unknown coordinate reference system %r: %s" % (value, exc)) from exc


def require_metric(crs, what="output CRS"):
    """Refuse geographic or non-metre CRSs for distance/area work."""
    c = crs_from(crs)
    if c.is_geographic:
        raise InputError(
            "The %s %s is geographic (degrees). Choose a projected metric CRS such as "
            "EPSG:25832 (ETRS89 / UTM 32N)." % (what, c.to_string()))
    units = {ax.unit_name for ax in c.axis_info}
    if not units <= {"metre", "meter", "m"}:
        raise InputError("The %s %s does not use metres (%s). Choose a metric CRS such as "
                         "EPSG:25832." % (what, c.to_string(), ", ".join(sorted(units))))
    return c


def same_crs(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return crs_from(a) == crs_from(b)


def transformer(src, dst):
    from pyproj import Transformer

    return Transformer.from_crs(crs_from(src), crs_from(dst), always_xy=True)


def reproject_geometry(geom, src, dst):
    """Reproject a shapely geometry (no-op when the CRSs are equal)."""
    if geom is None or same_crs(src, dst):
        return geom
    from shapely.ops import transform

    return transform(transformer(src, dst).transform, geom)


def reproject_layer(layer, dst, feedback=None):
    """A copy of a :class:`~algorithms.vector.VectorLayer` in ``dst``; logs when it
    reprojects. Layers without a CRS are refused."""
    from .vector import Feature, VectorLayer

    if layer.crs is None:
        raise InputError("Layer '%s' has no coordinate reference system; set one in QGIS "
                         "(Layer Properties → Source) and run again." % layer.name)
    if same_crs(layer.crs, dst):
        return layer
    if feedback is not None:
        feedback.info("Layer '%s' reprojected from %s to %s for metric computation."
                      % (layer.name, crs_from(layer.crs).to_string(), crs_from(dst).to_string()))
    from shapely.ops import transform

    fn = transformer(layer.crs, dst).transform
    feats = [Feature(transform(fn, f.geometry) if f.geometry is not None else None,
                     dict(f.attributes)) for f in layer.features]
    return VectorLayer(layer.name, layer.geometry_type, crs_from(dst).to_string(),
                       list(layer.fields), feats)


def epsg_string(crs) -> Optional[str]:
    c = crs_from(crs)
    code = c.to_epsg()
    return "EPSG:%d" % code if code else c.to_wkt()
