"""Keep resources/i18n/infraplan_de.ts in step with the source.

pylupdate5 gives every class its own context and cannot see strings kept in class
constants; InfraPlan translates everything in ONE context ("InfraPlan") through
``plugin.i18n.tr``. So this script collects, from the Python sources of plugin/ and ui/:
string literals passed to ``tr(...)``/``self.tr(...)``/``translate("InfraPlan", ...)``,
the class constants ``DISPLAY_NAME``, ``HELP``, ``LIMITS``, ``TAGS`` and the ``GROUPS`` values;
from ``ui/*.ui`` every ``<string>`` that is not marked notr; and from
``resources/styles/*.qml`` every legend label (``label`` of ``category``, ``range``,
``rule``, color ramp ``item`` and ``paletteEntry``; not empty or number-only ones),
which ``plugin.base.translate_legend`` translates when a style is applied. ``lrelease`` compiles
the .ts to .qm (``make qm``).

  scripts/translations.py update   rewrite the .ts, keeping existing translations
  scripts/translations.py check    list unfinished entries, exit 1 if there are any
"""
import ast
import os
import re
import sys
import xml.etree.ElementTree as ET  # nosec B405 - our own .ts/.ui files

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(REPO, "resources", "i18n", "infraplan_de.ts")
CONTEXT = "InfraPlan"
CONSTANTS = {"DISPLAY_NAME", "HELP", "TAGS", "LIMITS"}
STYLE_DIR = os.path.join(REPO, "resources", "styles")
LEGEND_ELEMENTS = {"category", "range", "rule", "item", "paletteEntry"}
NUMBER_ONLY = re.compile(r"^[\s\d.,+\-\u2212\u2013]*$")


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_strings(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            if name == "tr" and node.args:
                text = _literal(node.args[0])
            elif name == "translate" and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
                text = _literal(node.args[1])
            else:
                text = None
            if text:
                found.append((text, node.lineno))
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in CONSTANTS and _literal(node.value):
                found.append((_literal(node.value), node.lineno))
            if isinstance(target, ast.Name) and target.id == "GROUPS" and isinstance(node.value, ast.Dict):
                found += [(_literal(v), node.lineno) for v in node.value.values if _literal(v)]
    return found


def ui_strings(path):
    root = ET.parse(path).getroot()  # nosec B314 - our own .ui files
    return [(el.text, 0) for el in root.iter("string") if el.text and el.get("notr") != "true"]


def style_strings(path):
    """Legend labels of a QML style (translated by ``plugin.base.translate_legend``)."""
    root = ET.parse(path).getroot()  # nosec B314 - our own .qml styles
    return [(el.get("label"), 0) for el in root.iter()
            if el.tag in LEGEND_ELEMENTS and el.get("label") and not NUMBER_ONLY.match(el.get("label"))]


def collect():
    messages = {}
    for top in ("plugin", "ui"):
        for dirpath, _dirs, files in os.walk(os.path.join(REPO, top)):
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                if name.endswith(".py"):
                    items = python_strings(path)
                elif name.endswith(".ui"):
                    items = ui_strings(path)
                else:
                    continue
                rel = os.path.relpath(path, os.path.dirname(TS))
                for text, line in items:
                    messages.setdefault(text, (rel, line))
    for name in sorted(os.listdir(STYLE_DIR)):
        if name.endswith(".qml"):
            path = os.path.join(STYLE_DIR, name)
            rel = os.path.relpath(path, os.path.dirname(TS))
            for text, line in style_strings(path):
                messages.setdefault(text, (rel, line))
    return messages


def read_ts(path=TS):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()  # nosec B314
    out = {}
    for msg in root.iter("message"):
        source = msg.findtext("source")
        tr_el = msg.find("translation")
        if source is not None and tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete",
                                                                                   "vanished"):
            out[source] = tr_el.text or ""
    return out


def write_ts(messages, translations, path=TS):
    root = ET.Element("TS", version="2.1", language="de_DE")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(messages):
        rel, line = messages[source]
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "location", filename=rel, line=str(line))
        ET.SubElement(msg, "source").text = source
        tr_el = ET.SubElement(msg, "translation")
        if translations.get(source):
            tr_el.text = translations[source]
        else:
            tr_el.set("type", "unfinished")
    ET.indent(root)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="unicode"))
        fh.write("\n")


def unfinished(path=TS):
    root = ET.parse(path).getroot()  # nosec B314
    return [m.findtext("source") for m in root.iter("message")
            if m.find("translation").get("type") == "unfinished"]


def main(argv):
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        messages = collect()
        write_ts(messages, read_ts())
        left = unfinished()
        print("%s: %d messages, %d unfinished" % (os.path.relpath(TS, REPO), len(messages), len(left)))
        return 0
    if command == "check":
        left = unfinished()
        for source in left:
            print("unfinished: %r" % source[:80])
        return 1 if left else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
