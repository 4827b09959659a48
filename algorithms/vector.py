"""Vector data as the engine sees it: shapely geometries with attribute dicts.

A :class:`VectorLayer` is what every engine function takes and returns. The
Processing adapters convert QGIS feature sources to it and write it to sinks;
scripts and tests read and write it with fiona (:func:`read_vector`,
:func:`write_vector`).
"""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from .errors import InputError
from .geo import crs_from

#: engine field types and their fiona schema names
FIELD_TYPES = {"int": "int", "float": "float", "str": "str", "bool": "int"}
GEOMETRY_TYPES = ("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
                  "MultiPolygon", "None")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # one of FIELD_TYPES

    def __post_init__(self):
        if self.type not in FIELD_TYPES:
            raise ValueError("unknown field type %r for field %r" % (self.type, self.name))


@dataclass
class Feature:
    geometry: Any  # shapely geometry or None for tables
    attributes: Dict[str, Any]


@dataclass
class VectorLayer:
    """A named layer: geometry type, CRS (``"EPSG:25832"`` or WKT), fields, features."""

    name: str
    geometry_type: str
    crs: Optional[str]
    fields: List[Field]
    features: List[Feature] = field(default_factory=list)

    def __post_init__(self):
        if self.geometry_type not in GEOMETRY_TYPES:
            raise ValueError("unknown geometry type %r" % self.geometry_type)

    def __len__(self):
        return len(self.features)

    def field_names(self):
        return [f.name for f in self.fields]

    def add(self, geometry, **attributes):
        self.features.append(Feature(geometry, attributes))

    def require_fields(self, *names):
        """Raise :class:`InputError` naming the layer and the missing fields."""
        missing = [n for n in names if n not in self.field_names()]
        if missing:
            raise InputError(
                "Layer '%s' has no field(s) %s. Available fields: %s."
                % (self.name, ", ".join(missing), ", ".join(self.field_names()) or "none"))

    def values(self, name) -> List[Any]:
        return [f.attributes.get(name) for f in self.features]


def fiona_schema(layer: VectorLayer) -> Dict[str, Any]:
    return {
        "geometry": layer.geometry_type if layer.geometry_type != "None" else "None",
        "properties": {f.name: FIELD_TYPES[f.type] for f in layer.fields},
    }


def read_vector(path: str, layer: Optional[str] = None, name: Optional[str] = None) -> VectorLayer:
    """Read a vector dataset with fiona into a :class:`VectorLayer`."""
    import fiona
    from shapely.geometry import shape

    with fiona.open(path, layer=layer) as src:
        crs = src.crs_wkt or None
        try:
            epsg = src.crs.to_epsg() if src.crs else None
        except Exception:  # pragma: no cover - odd CRS definitions
            epsg = None
        if epsg:
            crs = "EPSG:%d" % epsg
        type_map = {"int": "int", "int32": "int", "int64": "int", "float": "float",
                    "str": "str", "bool": "bool"}
        fields = [Field(k, type_map.get(v.split(":")[0], "str"))
                  for k, v in src.schema["properties"].items()]
        gtype = src.schema.get("geometry") or "None"
        gtype = gtype.replace("3D ", "") if gtype != "Unknown" else "Polygon"
        out = VectorLayer(name or layer or path, gtype if gtype in GEOMETRY_TYPES else "Polygon",
                          crs, fields)
        for rec in src:
            geom = shape(rec["geometry"]) if rec["geometry"] else None
            out.features.append(Feature(geom, dict(rec["properties"])))
    return out


def write_vector(layer: VectorLayer, path: str, driver: str = "GPKG", layer_name: Optional[str] = None):
    """Write a :class:`VectorLayer` with fiona (GeoPackage layer by default)."""
    import fiona
    from shapely.geometry import mapping

    kwargs = {"crs_wkt": crs_from(layer.crs).to_wkt()} if layer.crs else {}
    with fiona.open(path, "w", driver=driver, schema=fiona_schema(layer),
                    layer=layer_name or layer.name, **kwargs) as dst:
        for feat in layer.features:
            props = {}
            for f in layer.fields:
                value = feat.attributes.get(f.name)
                props[f.name] = int(value) if (f.type == "bool" and value is not None) else value
            dst.write({"geometry": mapping(feat.geometry) if feat.geometry is not None else None,
                       "properties": props})


Record = Tuple[Any, Dict[str, Any]]
