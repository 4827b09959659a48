"""GIS-Nebenbestimmungen (GIS-Nb 5.x): export of an FTTH plan and a validator for any
GIS-Nb dataset.

The data model (layers, fields ≤ 10 characters, types, widths, required flags) and the
code lists live in two versioned tables, ``resources/gisnb/gisnb_schema_v5.csv`` and
``resources/gisnb/gisnb_codes_v5.csv``; their ``status`` column marks what is
``unconfirmed`` (not checked against the official GIS-Nb document), so that a user can
correct it in one place. Both are read by :func:`load_spec` (a user copy can be passed).

Validation rules (one violation record per feature and rule; layer-level rules have
``fid`` = -1):

``layer_missing``   a layer of the model is absent
``field_missing``   a field of the model is absent (its per-feature checks are skipped)
``field_type``      a field has the wrong type (int where float is expected is accepted)
``field_name``      a field name is longer than 10 characters
``crs``             the layer has no CRS or one that is not allowed (default EPSG:25832/25833)
``geometry_type``   a feature's geometry is not of the layer's type (Multi- accepted)
``geometry_missing`` a feature has no or an empty geometry
``required``        a required field is empty
``code``            a coded field holds a value outside its code list
``id_unique``       an id field value occurs more than once (the second and later records)
``reference``       an Endverbraucher's BNT_ID names no Bauten_und_Netztechnik record
``length``          ``Laenge`` differs from the geometry length by more than
                    max(``length_tol_m``, ``length_tol_rel`` × length)
"""
import csv
import math
import os
import shutil
import tempfile
from collections import OrderedDict, defaultdict

from ..errors import InputError
from ..feedback import Feedback
from ..geo import crs_from
from ..vector import Feature, Field, VectorLayer
from .boq import _key, _num, check_plan, field_of, split_ids

RES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                       "resources", "gisnb")
SCHEMA_PATH = os.path.join(RES_DIR, "gisnb_schema_v5.csv")
CODES_PATH = os.path.join(RES_DIR, "gisnb_codes_v5.csv")
ALLOWED_CRS = ("EPSG:25832", "EPSG:25833")
FORMATS = {"shp": ("ESRI Shapefile", ".shp"), "geojson": ("GeoJSON", ".geojson")}
#: id field of each layer (for uniqueness and references)
ID_FIELDS = {"Bauten_und_Netztechnik": "BNT_ID", "Endverbraucher": "EV_ID", "Trassenbau": "TR_ID",
             "Leerrohre": "LR_ID", "Verbindungen": "VB_ID"}
REFERENCES = [("Endverbraucher", "BNT_ID", "Bauten_und_Netztechnik", "BNT_ID")]
LINE_LAYERS = ("Trassenbau", "Leerrohre", "Verbindungen")


class FieldSpec:
    def __init__(self, name, type_, width, required, codelist, status):
        self.name, self.type, self.width = name, type_, int(width)
        self.required, self.codelist, self.status = bool(required), codelist or None, status


class Spec:
    """The GIS-Nb data model: layers -> (geometry, [FieldSpec]), code lists, mappings."""

    def __init__(self, version, layers, codes, mapping, statuses):
        self.version = version
        self.layers = layers      # name -> (geometry, OrderedDict field -> FieldSpec)
        self.codes = codes        # codelist -> {code: meaning}
        self.mapping = mapping    # codelist -> {infraplan value (lower): code}
        self.statuses = statuses  # codelist -> {code: status}

    def code(self, codelist, value, default=None):
        if value is None:
            return default
        return self.mapping.get(codelist, {}).get(str(value).strip().lower(), default)

    def unconfirmed(self):
        """[(what, status)] of everything not confirmed from the official document."""
        out = []
        for name, (_, fields) in self.layers.items():
            for f in fields.values():
                if f.status != "confirmed":
                    out.append(("%s.%s" % (name, f.name), f.status))
        for cl, codes in self.statuses.items():
            for code, st in codes.items():
                if st != "confirmed":
                    out.append(("%s = %s" % (cl, code), st))
        return out


def load_spec(schema_path=None, codes_path=None):
    schema_path = schema_path or SCHEMA_PATH
    codes_path = codes_path or CODES_PATH
    for p in (schema_path, codes_path):
        if not os.path.exists(p):
            raise InputError("GIS-Nb table '%s' does not exist." % p)
    layers = OrderedDict()
    version = None
    try:
        with open(schema_path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                version = version or row["version"]
                geom, fields = layers.setdefault(row["layer"], (row["geometry"], OrderedDict()))
                if len(row["field"]) > 10:
                    raise InputError("GIS-Nb schema %s: field name '%s' is longer than 10 characters."
                                     % (schema_path, row["field"]))
                fields[row["field"]] = FieldSpec(row["field"], row["type"], row["width"] or 0,
                                                 int(row["required"] or 0), row["codelist"], row["status"])
        codes, mapping, statuses = defaultdict(dict), defaultdict(dict), defaultdict(dict)
        with open(codes_path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                cl, code = row["field"], int(row["code"])
                codes[cl][code] = row["meaning_de"]
                statuses[cl][code] = row["status"]
                for v in (row["infraplan_values"] or "").split(";"):
                    if v.strip():
                        mapping[cl][v.strip().lower()] = code
    except (KeyError, ValueError) as exc:
        raise InputError("GIS-Nb tables %s / %s are malformed (%s: %s)."
                         % (schema_path, codes_path, type(exc).__name__, exc)) from exc
    for name, (_, fields) in layers.items():
        for f in fields.values():
            if f.codelist and f.codelist not in codes:
                raise InputError("GIS-Nb schema: field %s.%s uses code list '%s' that %s does not define."
                                 % (name, f.name, f.codelist, codes_path))
    return Spec(version, layers, dict(codes), dict(mapping), dict(statuses))


# ---------------------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------------------
def _layer(spec, name, crs):
    geom, fields = spec.layers[name]
    return VectorLayer(name, geom, crs, [Field(f.name, f.type) for f in fields.values()])


def _lines(geom):
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type == "MultiLineString":
        from shapely.ops import linemerge
        merged = linemerge(geom)
        return merged
    return geom


def _prefixed(prefix, value):
    """'DP1' stays 'DP1', '7' becomes 'DP-7' (ids unique across PoPs and DPs)."""
    v = str(value)
    return v if v.upper().startswith(prefix.upper()) else "%s-%s" % (prefix, v)


def export_gisnb(plan, spec=None, catalogue=None, fibers_per_drop=1, feedback=None):
    """The plan (dict role -> VectorLayer, see :mod:`.boq`) as GIS-Nb layers
    (dict name -> VectorLayer, in the plan's CRS)."""
    feedback = feedback if feedback is not None else Feedback()
    from .catalogue import load_catalogue

    spec = spec or load_spec()
    cat = catalogue if hasattr(catalogue, "surface") else load_catalogue(catalogue)
    check_plan(plan, feedback)
    tr = plan["trenches"]
    crs = tr.crs
    out = OrderedDict((name, _layer(spec, name, crs)) for name in spec.layers)
    bnt, ev = out.get("Bauten_und_Netztechnik"), out.get("Endverbraucher")
    trb, lr, vb = out.get("Trassenbau"), out.get("Leerrohre"), out.get("Verbindungen")
    if None in (bnt, ev, trb, lr, vb):
        raise InputError("GIS-Nb schema lacks one of the layers Bauten_und_Netztechnik, Endverbraucher, "
                         "Trassenbau, Leerrohre, Verbindungen.")
    cable_code = {}
    for c in cat.cables:
        code = spec.code("Verb_Art", c["type"])
        if code is None:
            raise InputError("GIS-Nb code table has no Verb_Art code for cable type '%s'; add it to "
                             "gisnb_codes_v5.csv (column infraplan_values)." % c["type"])
        cable_code[c["type"]] = code

    # structures: PoPs and DPs
    pops, dps = plan.get("pops"), plan.get("dps")
    dp_ids = set()
    if pops is not None:
        f_id = field_of(pops, "pops", "id")
        f_ports = field_of(pops, "pops", "pon_ports")
        for i, f in enumerate(pops.features):
            pid = _prefixed("POP", _key(f.attributes.get(f_id)) if f_id else i + 1)
            bnt.add(f.geometry if f.geometry is None or f.geometry.geom_type == "Point"
                    else f.geometry.representative_point(),
                    BNT_ID=pid, Bau_Art=spec.code("Bau_Art", "pop"), Bez=pid,
                    Anz_Port=int(_num(f.attributes.get(f_ports))) if f_ports else None)
    if dps is not None:
        f_id = field_of(dps, "dps", "id", required=True)
        f_split, f_ratio = field_of(dps, "dps", "splitters"), field_of(dps, "dps", "ratio")
        for f in dps.features:
            did = _prefixed("DP", _key(f.attributes.get(f_id)))
            dp_ids.add(_key(f.attributes.get(f_id)))
            ports = None
            if f_split and f_ratio:
                ports = int(_num(f.attributes.get(f_split)) * _num(f.attributes.get(f_ratio)))
            bnt.add(f.geometry, BNT_ID=did, Bau_Art=spec.code("Bau_Art", "dp"), Bez=did, Anz_Port=ports)

    # end users
    homes = plan.get("homes")
    if homes is not None:
        f_h, f_dp = field_of(homes, "homes", "homes"), field_of(homes, "homes", "dp")
        f_id = field_of(homes, "homes", "id")
        f_st, f_hn = field_of(homes, "homes", "address"), field_of(homes, "homes", "housenumber")
        missing = 0
        for i, f in enumerate(homes.features):
            a = f.attributes
            # a building served from several DPs ("DP1;DP2") points to the first one
            dps_of = split_ids(a.get(f_dp)) if f_dp else []
            dp = dps_of[0] if dps_of else None
            if dp is None or (dp_ids and dp not in dp_ids):
                missing += 1
            addr = " ".join(str(a.get(x)) for x in (f_st, f_hn) if x and a.get(x) not in (None, ""))
            g = f.geometry
            if g is not None and g.geom_type != "Point":
                g = g.representative_point()
            ev.add(g, EV_ID="EV-%s" % (_key(a.get(f_id)) if f_id else i + 1),
                   BNT_ID=_prefixed("DP", dp) if dp is not None else None,
                   Anz_WE=int(max(1, round(_num(a.get(f_h), 1.0)))) if f_h else 1,
                   Anschl=spec.code("Anschl", "passed"), Adresse=addr or None)
        if missing:
            feedback.warning("%d end users of layer '%s' name no DP of the plan; the validator lists "
                             "them (rule required or reference)." % (missing, homes.name))

    # trenches, ducts, cables
    f_surf = field_of(tr, "trenches", "surface", required=True)
    f_cab, f_ncab = field_of(tr, "trenches", "cable"), field_of(tr, "trenches", "n_cables")
    f_duct, f_nduct = field_of(tr, "trenches", "duct"), field_of(tr, "trenches", "n_ducts")
    f_fib = field_of(tr, "trenches", "fibers")
    f_tid = field_of(tr, "trenches", "id")
    n = len(tr.features)
    unknown = defaultdict(int)
    for i, f in enumerate(tr.features):
        feedback.step(i, n, 0, 80)
        a = f.attributes
        g = _lines(f.geometry)
        if g is None:
            continue
        length = round(g.length, 2)
        sid = _key(a.get(f_tid)) if f_tid else str(i + 1)
        surf = cat.surface_class(a.get(f_surf))
        raw = str(a.get(f_surf)).strip().lower() if a.get(f_surf) is not None else "unknown"
        if raw in cat.surface:
            surf = raw
        code = spec.code("Trassenb", surf)
        if code is None:
            unknown[surf] += 1
            continue
        trb.add(g, TR_ID="TR-%s" % sid, Trassenb=code, Verl_Meth=spec.code("Verl_Meth", surf),
                Laenge=length)
        dtype = a.get(f_duct) if f_duct else None
        if dtype:
            lcode = spec.code("LR_Art", dtype)
            if lcode is None:
                raise InputError("Plan layer '%s' field '%s': duct type '%s' has no LR_Art code in %s "
                                 "(column infraplan_values)." % (tr.name, f_duct, dtype, CODES_PATH))
            lr.add(g, LR_ID="LR-%s" % sid, LR_Art=lcode,
                   Anz_Rohre=int(_num(a.get(f_nduct), 1)) if f_nduct else 1, Laenge=length)
        ctype = a.get(f_cab) if f_cab else None
        if ctype:
            if str(ctype) not in cable_code:
                raise InputError("Plan layer '%s' field '%s': cable type '%s' has no Verb_Art code."
                                 % (tr.name, f_cab, ctype))
            ncab = int(_num(a.get(f_ncab), 1)) if f_ncab else 1
            fib = int(_num(a.get(f_fib))) if f_fib else ncab * int(str(ctype).rstrip("Ff") or 0)
            vb.add(g, VB_ID="VB-%s" % sid, Verb_Art=cable_code[str(ctype)], Anz_Fasern=fib,
                   Anz_Kabel=ncab, Laenge=length)
    if unknown:
        raise InputError("Plan layer '%s' field '%s': surface class(es) %s have no Trassenb code in %s."
                         % (tr.name, f_surf, ", ".join(sorted(unknown)), CODES_PATH))

    # drops: trench (surface of the lead-in unknown -> sealed), single microduct, drop cable
    drops = plan.get("drops")
    if drops is not None:
        f_id = field_of(drops, "drops", "id")
        drop_cable = cat.cable_for(max(1, int(fibers_per_drop)))[0]
        for i, f in enumerate(drops.features):
            g = _lines(f.geometry)
            if g is None or g.length <= 0:
                continue
            did = "D%s" % (_key(f.attributes.get(f_id)) if f_id else i + 1)
            length = round(g.length, 2)
            trb.add(g, TR_ID="TR-%s" % did, Trassenb=spec.code("Trassenb", "unknown"),
                    Verl_Meth=spec.code("Verl_Meth", "unknown"), Laenge=length)
            lr.add(g, LR_ID="LR-%s" % did, LR_Art=spec.code("LR_Art", "drop"), Anz_Rohre=1, Laenge=length)
            vb.add(g, VB_ID="VB-%s" % did, Verb_Art=cable_code[drop_cable],
                   Anz_Fasern=max(1, int(fibers_per_drop)), Anz_Kabel=1, Laenge=length)
    if crs is None or not any(crs_from(crs) == crs_from(c) for c in ALLOWED_CRS):
        from ..geo import reproject_layer

        if crs is None:
            raise InputError("Plan layer '%s' has no coordinate reference system." % tr.name)
        feedback.warning("The plan is in %s; GIS-Nb data are delivered in ETRS89 / UTM: the export is "
                         "reprojected to EPSG:25832 (lengths recomputed)." % crs)
        for name in list(out):
            lay = reproject_layer(out[name], "EPSG:25832", feedback)
            for f in lay.features:
                if "Laenge" in f.attributes and f.geometry is not None:
                    f.attributes["Laenge"] = round(f.geometry.length, 2)
            out[name] = lay
    feedback.set_progress(100)
    return out


def write_gisnb(layers, folder, fmt="shp", spec=None):
    """Write GIS-Nb layers into ``folder`` (one file per layer, Shapefile or GeoJSON) with
    the schema's widths. Written into a temporary folder first, then moved: complete or
    not at all. Returns the written paths."""
    import fiona
    from shapely.geometry import mapping

    if fmt not in FORMATS:
        raise InputError("Unknown GIS-Nb format '%s' (shp or geojson)." % fmt)
    spec = spec or load_spec()
    driver, ext = FORMATS[fmt]
    os.makedirs(folder, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".gisnb-", dir=folder)
    written = []
    try:
        for name, layer in layers.items():
            _, fspecs = spec.layers[name]
            props = OrderedDict()
            for f in layer.fields:
                fs = fspecs.get(f.name)
                w = fs.width if fs else 0
                if f.type == "str":
                    props[f.name] = "str:%d" % (w or 80)
                elif f.type == "float":
                    props[f.name] = "float:%d.2" % (w or 12) if fmt == "shp" else "float"
                else:
                    props[f.name] = "int:%d" % (w or 9) if fmt == "shp" else "int"
            schema = {"geometry": layer.geometry_type, "properties": props}
            path = os.path.join(tmp, name + ext)
            kwargs = {"crs_wkt": crs_from(layer.crs).to_wkt()} if layer.crs else {}
            if fmt == "shp":
                kwargs["encoding"] = "utf-8"
            with fiona.open(path, "w", driver=driver, schema=schema, **kwargs) as dst:
                for feat in layer.features:
                    dst.write({"geometry": mapping(feat.geometry) if feat.geometry is not None else None,
                               "properties": {k: feat.attributes.get(k) for k in props}})
        for fn in sorted(os.listdir(tmp)):
            dst = os.path.join(folder, fn)
            os.replace(os.path.join(tmp, fn), dst)
            if fn.endswith(ext):
                written.append(dst)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


# ---------------------------------------------------------------------------------------
# reading and validation
# ---------------------------------------------------------------------------------------
def read_gisnb(path):
    """A GIS-Nb dataset as dict layer name -> VectorLayer: a folder of Shapefiles/GeoJSON
    files, a single such file, or a GeoPackage (one layer per GIS-Nb layer)."""
    import fiona

    from ..vector import read_vector

    if not os.path.exists(path):
        raise InputError("GIS-Nb dataset '%s' does not exist." % path)
    out = OrderedDict()
    if os.path.isdir(path):
        for fn in sorted(os.listdir(path)):
            base, ext = os.path.splitext(fn)
            if ext.lower() in (".shp", ".geojson", ".json"):
                out[base] = read_vector(os.path.join(path, fn), name=base)
    elif path.lower().endswith(".gpkg"):
        for lname in fiona.listlayers(path):
            out[lname] = read_vector(path, layer=lname, name=lname)
    else:
        base = os.path.splitext(os.path.basename(path))[0]
        out[base] = read_vector(path, name=base)
    if not out:
        raise InputError("GIS-Nb dataset '%s' holds no Shapefile, GeoJSON or GeoPackage layer." % path)
    return out


_COMPATIBLE = {"Point": ("Point", "MultiPoint"), "LineString": ("LineString", "MultiLineString"),
               "Polygon": ("Polygon", "MultiPolygon")}


def _violation_layer():
    return VectorLayer("gisnb_violations", "None", None, [
        Field("layer", "str"), Field("fid", "int"), Field("obj_id", "str"), Field("rule", "str"),
        Field("field", "str"), Field("value", "str"), Field("message", "str")])


def validate_gisnb(dataset, spec=None, allowed_crs=ALLOWED_CRS, length_tol_m=1.0, length_tol_rel=0.02,
                   feedback=None):
    """Check a GIS-Nb dataset (dict name -> VectorLayer, or a path for :func:`read_gisnb`).
    Returns ``(violations, summary)`` table layers."""
    feedback = feedback if feedback is not None else Feedback()
    spec = spec or load_spec()
    if isinstance(dataset, str):
        dataset = read_gisnb(dataset)
    lookup = {k.lower(): v for k, v in dataset.items()}
    viol = _violation_layer()

    def add(layer, fid, rule, message, obj_id=None, field=None, value=None):
        viol.add(None, layer=layer, fid=fid, obj_id=obj_id, rule=rule, field=field,
                 value=None if value is None else str(value), message=message)

    allowed = []
    for c in allowed_crs or ():
        allowed.append(crs_from(c))
    present = {}
    for k, (name, (geom, fspecs)) in enumerate(spec.layers.items()):
        feedback.step(k, len(spec.layers), 0, 70)
        layer = lookup.get(name.lower())
        if layer is None:
            add(name, -1, "layer_missing", "Layer '%s' is missing from the dataset." % name)
            continue
        present[name] = layer
        have = {f.name.lower(): f for f in layer.fields}
        for f in layer.fields:
            if len(f.name) > 10:
                add(name, -1, "field_name", "Field name '%s' is longer than 10 characters." % f.name,
                    field=f.name)
        ok_fields = {}
        for fs in fspecs.values():
            f = have.get(fs.name.lower())
            if f is None:
                add(name, -1, "field_missing", "Layer '%s' has no field '%s' (%s%s)." % (
                    name, fs.name, fs.type, ", required" if fs.required else ""), field=fs.name)
                continue
            if not (f.type == fs.type or (fs.type == "float" and f.type == "int")
                    or (fs.type == "int" and f.type == "bool")):
                add(name, -1, "field_type", "Field '%s.%s' is of type %s; expected %s." % (
                    name, f.name, f.type, fs.type), field=fs.name, value=f.type)
                continue
            ok_fields[fs.name] = f.name
        if layer.crs is None:
            add(name, -1, "crs", "Layer '%s' has no coordinate reference system." % name)
        elif allowed and not any(crs_from(layer.crs) == c for c in allowed):
            add(name, -1, "crs", "Layer '%s' is in %s; allowed: %s." % (
                name, layer.crs, ", ".join(allowed_crs)), value=layer.crs)
        id_spec = ID_FIELDS.get(name)
        id_f = ok_fields.get(id_spec) if id_spec else None
        seen = set()
        for fid, feat in enumerate(layer.features):
            a = feat.attributes
            oid = _key(a.get(id_f)) if id_f else None
            g = feat.geometry
            gtype_ok = True
            if g is None or g.is_empty:
                add(name, fid, "geometry_missing", "Feature has no geometry.", oid)
                gtype_ok = False
            elif g.geom_type not in _COMPATIBLE.get(geom, (geom,)):
                add(name, fid, "geometry_type", "Geometry is %s; layer '%s' needs %s." % (
                    g.geom_type, name, geom), oid, value=g.geom_type)
                gtype_ok = False
            for fs in fspecs.values():
                fname = ok_fields.get(fs.name)
                if fname is None:
                    continue
                v = a.get(fname)
                empty = v is None or (isinstance(v, str) and not v.strip()) or (
                    isinstance(v, float) and math.isnan(v))
                if empty:
                    if fs.required:
                        add(name, fid, "required", "Required field '%s' is empty." % fs.name, oid, fs.name)
                    continue
                if fs.codelist:
                    try:
                        code = int(float(v))
                        valid = float(v) == code and code in spec.codes[fs.codelist]
                    except (TypeError, ValueError):
                        valid = False
                    if not valid:
                        add(name, fid, "code", "Value %s of '%s' is not in code list %s (%s)." % (
                            v, fs.name, fs.codelist,
                            ", ".join(str(c) for c in sorted(spec.codes[fs.codelist]))),
                            oid, fs.name, v)
            if id_f and oid is not None:
                if oid in seen:
                    add(name, fid, "id_unique", "Id '%s' occurs more than once." % oid, oid, id_spec, oid)
                seen.add(oid)
            len_f = ok_fields.get("Laenge")
            if len_f and gtype_ok and name in LINE_LAYERS and a.get(len_f) is not None:
                declared, real = _num(a.get(len_f)), g.length
                if abs(declared - real) > max(length_tol_m, length_tol_rel * real):
                    add(name, fid, "length", "Laenge %.2f m differs from the geometry length %.2f m." % (
                        declared, real), oid, "Laenge", declared)
    for src, sf, dst, df in REFERENCES:
        a_layer, b_layer = present.get(src), present.get(dst)
        if a_layer is None or b_layer is None:
            continue
        sf_real = {f.name.lower(): f.name for f in a_layer.fields}.get(sf.lower())
        df_real = {f.name.lower(): f.name for f in b_layer.fields}.get(df.lower())
        if sf_real is None or df_real is None:
            continue
        targets = {_key(v) for v in b_layer.values(df_real) if v is not None}
        id_f = {f.name.lower(): f.name for f in a_layer.fields}.get(ID_FIELDS[src].lower())
        for fid, feat in enumerate(a_layer.features):
            v = _key(feat.attributes.get(sf_real))
            if v is not None and v.strip() and v not in targets:
                add(src, fid, "reference", "%s '%s' names no %s record." % (sf, v, dst),
                    _key(feat.attributes.get(id_f)) if id_f else None, sf, v)
    summary = VectorLayer("gisnb_summary", "None", None, [
        Field("layer", "str"), Field("rule", "str"), Field("count", "int"), Field("features", "int")])
    counts = OrderedDict()
    for f in viol.features:
        key = (f.attributes["layer"], f.attributes["rule"])
        counts[key] = counts.get(key, 0) + 1
    for (layer, rule), c in sorted(counts.items()):
        lay = present.get(layer)
        summary.add(None, layer=layer, rule=rule, count=c, features=len(lay) if lay is not None else 0)
    summary.add(None, layer="(all)", rule="(all)", count=len(viol.features),
                features=sum(len(v) for v in present.values()))
    feedback.set_progress(100)
    return viol, summary


def violation_key(layer):
    """Sorted (layer, fid, rule, field) tuples of a violation layer (for tests/reports)."""
    return sorted((f.attributes["layer"], f.attributes["fid"], f.attributes["rule"], f.attributes["field"])
                  for f in layer.features)


__all__ = ["load_spec", "export_gisnb", "write_gisnb", "read_gisnb", "validate_gisnb", "violation_key",
           "Feature"]
