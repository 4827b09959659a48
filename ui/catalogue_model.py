"""The fiber catalogue JSON as editable tables, generically over its structure.

``tables_from_catalogue`` turns the catalogue (the JSON the fiber algorithms read,
``resources/catalogue/fiber_catalogue.json``) into tables of text cells; ``catalogue_from_tables``
turns edited tables back into the same JSON structure, checking types and rejecting
negative numbers. Shapes handled, whatever the section names are:

* top-level scalars            -> table "general" (key | value | unit)
* list of objects              -> one row per object, one column per key
* object of objects            -> one row per key (column "key"), one column per inner key
* object of scalars / objects  -> key | value | unit (nested keys joined with "/")
"""
import copy
import json
import os

from ..plugin.i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CATALOGUE = os.path.join(PLUGIN_DIR, "resources", "catalogue", "fiber_catalogue.json")
GENERAL = "general"
KEY = "key"
VALUE = "value"
UNIT = "unit"
SEP = "/"


class CatalogueError(ValueError):
    """A cell that does not fit (``table``, ``row`` 0-based, ``column``)."""

    def __init__(self, message, table="", row=-1, column=""):
        super().__init__(message)
        self.table, self.row, self.column = table, row, column


def unit_for(key, table=""):
    """Unit of a catalogue value from its key (naming convention of the catalogue)."""
    k = key.lower().split(SEP)[-1]
    path = (table + SEP + key).lower()
    if k.endswith("eur_per_m"):
        return "€/m"
    if k.endswith("eur_per_pon_port"):
        return "€/port"
    if k == "eur" or k.endswith("_eur") or k.startswith("eur_"):
        return "€"
    if k.endswith("db_per_km"):
        return "dB/km"
    if k.endswith("_db") or "classes" + SEP in path:
        return "dB"
    if k.endswith("_mm"):
        return "mm"
    if k.endswith("_m"):
        return "m"
    return ""


def _is_scalar(value):
    return value is None or isinstance(value, (str, int, float, bool))


def _type_name(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def _column_type(values):
    types = {_type_name(v) for v in values if v is not None}
    if types <= {"int"} and types:
        return "int"
    if types and types <= {"int", "float"}:
        return "float"
    if types == {"bool"}:
        return "bool"
    return "str"


def _flatten(obj, prefix=""):
    out = []
    for key, value in obj.items():
        name = prefix + str(key)
        if isinstance(value, dict):
            out += _flatten(value, name + SEP)
        else:
            out.append((name, value))
    return out


def format_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return "%.1f" % value
    return str(value)


class Table:
    """One editable table: ``columns`` (names), ``types`` (per column, or per row for
    key/value tables: ``row_types``), ``rows`` of text cells, ``kind`` (general, records,
    keyed, mapping)."""

    def __init__(self, name, kind, columns, rows, types=None, row_types=None, units=None):
        self.name, self.kind, self.columns = name, kind, list(columns)
        self.rows = [list(r) for r in rows]
        self.types = dict(types or {})
        self.row_types = list(row_types or [])
        self.units = dict(units or {})  # column -> unit (records/keyed)

    @property
    def editable_keys(self):
        """Rows can be added/removed in record and keyed tables."""
        return self.kind in ("records", "keyed")

    def unit(self, row, column):
        if self.kind in (GENERAL, "mapping"):
            return unit_for(self.rows[row][0], self.name) if row < len(self.rows) else ""
        return self.units.get(column, "")


def tables_from_catalogue(data):
    """Tables of a catalogue dict (in the file's order; scalars first as 'general')."""
    general = [(k, v) for k, v in data.items() if _is_scalar(v)]
    tables = []
    if general:
        tables.append(Table(GENERAL, GENERAL, [KEY, VALUE, UNIT],
                            [[k, format_value(v), unit_for(k)] for k, v in general],
                            row_types=[_type_name(v) for _k, v in general]))
    for name, value in data.items():
        if _is_scalar(value):
            continue
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            columns = []
            for item in value:
                columns += [k for k in item if k not in columns]
            types = {c: _column_type([item.get(c) for item in value]) for c in columns}
            rows = [[format_value(item.get(c)) for c in columns] for item in value]
            tables.append(Table(name, "records", columns, rows, types,
                                units={c: unit_for(c, name) for c in columns}))
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()) \
                and all(_is_scalar(x) for v in value.values() for x in v.values()):
            columns = [KEY]
            for item in value.values():
                columns += [k for k in item if k not in columns]
            types = {c: _column_type([item.get(c) for item in value.values()]) for c in columns[1:]}
            types[KEY] = "str"
            rows = [[str(k)] + [format_value(item.get(c)) for c in columns[1:]] for k, item in value.items()]
            tables.append(Table(name, "keyed", columns, rows, types,
                                units={c: unit_for(c, name) for c in columns}))
        elif isinstance(value, dict):
            flat = _flatten(value)
            tables.append(Table(name, "mapping", [KEY, VALUE, UNIT],
                                [[k, format_value(v), unit_for(k, name)] for k, v in flat],
                                row_types=[_type_name(v) for _k, v in flat]))
        else:  # a list of scalars: one value per row
            tables.append(Table(name, "list", [VALUE], [[format_value(v)] for v in value],
                                types={VALUE: _column_type(value)}))
    return tables


def _cell_error(template, table, row, column, text=""):
    """A CatalogueError "<table>, row <n>, <column>: <translated message>"."""
    where = "%s, %s %d, %s" % (table, tr("row"), row + 1, column)
    return CatalogueError("%s: %s" % (where, template % text if "%s" in template else template),
                          table, row, column)


def parse_value(text, type_name, table, row, column, decimal_comma=False):
    """A cell's text as the JSON value of its type; numbers must not be negative."""
    text = (text or "").strip()
    if type_name in ("int", "float"):
        if text == "":
            raise _cell_error(tr("a number is required."), table, row, column)
        comma = decimal_comma or (text.count(",") == 1 and "." not in text)
        try:
            number = float(text.replace(",", ".") if comma else text)
        except ValueError:
            raise _cell_error(tr("'%s' is not a number."), table, row, column, text) from None
        if number != number or number in (float("inf"), float("-inf")):
            raise _cell_error(tr("'%s' is not a finite number."), table, row, column, text)
        if number < 0:
            raise _cell_error(tr("negative values (%s) are not allowed; prices, lengths and losses are ≥ 0."),
                              table, row, column, text)
        if type_name == "int":
            if not number.is_integer():
                raise _cell_error(tr("'%s' must be a whole number."), table, row, column, text)
            return int(number)
        return number
    if type_name == "bool":
        if text.lower() in ("true", "1", "yes", "ja"):
            return True
        if text.lower() in ("false", "0", "no", "nein", ""):
            return False
        raise _cell_error(tr("'%s' must be true or false."), table, row, column, text)
    return text


def _set_nested(target, key, value):
    parts = key.split(SEP)
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = value


def catalogue_from_tables(tables, decimal_comma=False):
    """The catalogue dict of edited tables (raises CatalogueError at the first bad cell)."""
    data = {}
    for table in tables:
        if table.kind in (GENERAL, "mapping"):
            section = data if table.kind == GENERAL else data.setdefault(table.name, {})
            for i, row in enumerate(table.rows):
                key = row[0].strip()
                if not key:
                    raise _cell_error(tr("the key is empty."), table.name, i, KEY)
                type_name = table.row_types[i] if i < len(table.row_types) else "str"
                _set_nested(section, key, parse_value(row[1], type_name, table.name, i, key, decimal_comma))
        elif table.kind == "records":
            items = []
            for i, row in enumerate(table.rows):
                items.append({c: parse_value(row[j], table.types.get(c, "str"), table.name, i, c,
                                             decimal_comma)
                              for j, c in enumerate(table.columns)})
            data[table.name] = items
        elif table.kind == "keyed":
            section = {}
            for i, row in enumerate(table.rows):
                key = row[0].strip()
                if not key:
                    raise _cell_error(tr("the key is empty."), table.name, i, KEY)
                if key in section:
                    raise _cell_error(tr("the key '%s' appears twice."), table.name, i, KEY, key)
                section[key] = {c: parse_value(row[j], table.types.get(c, "str"), table.name, i, c,
                                               decimal_comma)
                                for j, c in enumerate(table.columns) if j > 0}
            data[table.name] = section
        else:
            data[table.name] = [parse_value(row[0], table.types.get(VALUE, "str"), table.name, i, VALUE,
                                            decimal_comma) for i, row in enumerate(table.rows)]
    return data


def _merge(base, over):
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def load_default():
    with open(DEFAULT_CATALOGUE, encoding="utf-8") as fh:
        return json.load(fh)


def load_catalogue(path=None):
    """Default catalogue merged with the user file ``path`` (as the fiber algorithms do)."""
    data = load_default()
    if path:
        with open(path, encoding="utf-8") as fh:
            user = json.load(fh)
        if not isinstance(user, dict):
            raise CatalogueError(tr("%s is not a catalogue (a JSON object is expected).") % path)
        data = _merge(copy.deepcopy(data), user)
    return data


def save_catalogue(data, path):
    """Write the catalogue JSON completely or not at all."""
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    os.replace(tmp, path)
