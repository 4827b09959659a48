"""Generate the HTML help pages ``resources/help/<alg_id>.html`` from the algorithms' own
definitions: the help text written with the algorithm (``HELP``: what it does, method,
sources), every input with its description, type, default and the project layer role the
planning panel fills it from, every output, its limits (``LIMITS``, translated like
``HELP``), its references (``REFERENCES``, citations, not translated) and a batch example
for ``qgis_process.bin`` (Debian's ``qgis_process`` wrapper fails).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m infraplan.ui.help_pages [OUTPUT_DIR]   (from .build/pkg)

Without ``OUTPUT_DIR`` the pages go to ``resources/help/``.

``base.InfraPlanAlgorithm.helpUrl`` links the page when it exists.
"""
import html
import os
import sys

from ..plugin.i18n import tr
from ..plugin.project_settings import CATALOGUE_PARAMS, CRS_PARAMS, parameter_role, role_label

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP_DIR = os.path.join(PLUGIN_DIR, "resources", "help")

STYLE = """body{font-family:sans-serif;max-width:60em;margin:1em auto;line-height:1.45;color:#222}
h1{font-size:1.5em;border-bottom:2px solid #2a6f97}h2{font-size:1.15em;color:#2a6f97;margin-top:1.5em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;
text-align:left}th{background:#eef4f8}code,pre{background:#f4f4f4}pre{padding:.6em;overflow-x:auto}
.meta{color:#666}"""


LAUF_LAYERS = {"buildings": "buildings", "addresses": "addresses", "streets": "streets", "pop": "pop",
               "sites": "sites", "candidates": "candidates", "zensus100": "zensus_100m",
               "zensus1km": "zensus_1km", "districts": "districts", "green": "green",
               "landcover": "landcover",
               "trees": "trees", "facilities": "facilities", "water": "water", "area": "area"}


def _default(param):
    value = param.defaultValue()
    if value is None or value == "":
        return ""
    if param.type() == "enum" and hasattr(param, "options"):
        options = param.options()
        try:
            return options[int(value)]
        except (TypeError, ValueError, IndexError):
            return str(value)
    return str(value)


def _filled_by(alg, param):
    role = parameter_role(param.name(), alg.name())
    if role is not None:
        return "layer role “%s”" % role_label(role)
    if param.name().upper() in CRS_PARAMS:
        return "planning CRS"
    if param.name().upper() in CATALOGUE_PARAMS:
        return "project catalogue"
    if param.type() in ("number", "distance"):
        return "thresholds (catalogue editor)"
    return ""


def _paragraphs(text):
    parts = [p.strip() for p in text.replace("\r", "").split("\n\n") if p.strip()]
    return "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in parts)


def _example(alg):
    args = []
    for param in alg.parameterDefinitions():
        optional = bool(param.flags() & 8)  # FlagOptional
        if param.isDestination():
            folder = param.type() == "folderDestination"
            ext = "" if folder else "." + (param.defaultFileExtension() or "gpkg")
            if not optional:
                args.append("%s=out/%s_%s%s" % (param.name(), alg.name(), param.name().lower(), ext))
        elif not optional and param.defaultValue() is None:
            role = parameter_role(param.name(), alg.name())
            value = {"dem": "test_data/lauf_dem_10m.tif", "dsm": "test_data/lauf_dsm_10m.tif",
                     "osm": "../shared/data/lauf_pegnitz/lauf-200115.osm.pbf",
                     "elevation": "/vsizip/../shared/data/lauf_pegnitz/N49E011.hgt.zip/N49E011.hgt"}.get(role)
            if value is None and role is not None and role in LAUF_LAYERS:
                value = "'test_data/lauf.gpkg|layername=%s'" % LAUF_LAYERS[role]
            args.append("%s=%s" % (param.name(), value or "…"))
    return "qgis_process.bin run %s -- %s" % (alg.id(), " ".join(args))


def _limits(alg):
    text = getattr(alg, "LIMITS", "")
    return _paragraphs(tr(text)) if text else "<p>–</p>"


def _references(alg):
    refs = getattr(alg, "REFERENCES", ())
    if not refs:
        return "<p>–</p>"
    return "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % html.escape(r) for r in refs)


def render(alg):
    """The help page of one algorithm (an initialised QgsProcessingAlgorithm)."""
    rows = []
    for param in alg.parameterDefinitions():
        if param.isDestination():
            continue
        optional = bool(param.flags() & 8)
        rows.append("<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                    % (param.name(), html.escape(param.description()), param.type(),
                       html.escape(_default(param)),
                       "optional" if optional else ("" if param.defaultValue() is not None else "required"),
                       html.escape(_filled_by(alg, param))))
    outs = []
    for param in alg.parameterDefinitions():
        if param.isDestination():
            outs.append("<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>"
                        % (param.name(), html.escape(param.description()), param.type()))
    dest_names = {p.name() for p in alg.parameterDefinitions() if p.isDestination()}
    for output in alg.outputDefinitions():
        if output.name() not in dest_names:
            outs.append("<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>"
                        % (output.name(), html.escape(output.description()), output.type()))
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – InfraPlan</title>
<style>{style}</style></head><body>
<h1>{title}</h1>
<p class="meta">InfraPlan · {group} · algorithm id <code>{alg_id}</code></p>
<h2>What it does, method and sources</h2>
{help}
<h2>Inputs</h2>
<table><tr><th>Parameter</th><th>Description</th><th>Type</th><th>Default</th><th></th>
<th>Planning panel fills it from</th></tr>
{rows}
</table>
<h2>Outputs</h2>
<table><tr><th>Name</th><th>Description</th><th>Type</th></tr>
{outs}
</table>
<p>Every layer output carries its InfraPlan style: applied when the desktop loads it and embedded
in GeoPackage outputs (raster outputs get a <code>.qml</code> next to the file).</p>
<h2>In the planning panel</h2>
<p>The panel (InfraPlan → Planning panel) fills the inputs from the project settings
(InfraPlan → Settings…: layer roles and planning CRS; Cost catalogue and thresholds…),
writes the outputs into <code>infraplan_runs/</code> next to the project and adds them to a
layer group named after the domain and the time of the run.</p>
<h2>Limits</h2>
{limits}
<h2>References</h2>
{references}
<h2>Batch</h2>
<pre>{example}</pre>
<p>Run <code>qgis_process.bin help {alg_id}</code> for the full parameter list of your installation.</p>
</body></html>
""".format(title=html.escape(alg.displayName()), style=STYLE, group=html.escape(alg.group()),
           alg_id=alg.id(), help=_paragraphs(alg.shortHelpString()), rows="\n".join(rows),
           outs="\n".join(outs), limits=_limits(alg), references=_references(alg),
           example=html.escape(_example(alg)))


def write_all(provider, directory=HELP_DIR):
    """Write the page of every algorithm of ``provider``; return the paths."""
    os.makedirs(directory, exist_ok=True)
    paths = []
    for alg in provider.algorithms():
        path = os.path.join(directory, alg.name() + ".html")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render(alg))
        paths.append(path)
    return paths


def main(argv=None):  # pragma: no cover - developer command
    """Write every page into ``argv[0]`` (default ``resources/help/``)."""
    from qgis.core import QgsApplication

    argv = sys.argv[1:] if argv is None else argv
    directory = os.path.abspath(argv[0]) if argv else HELP_DIR

    app = QgsApplication([], False)
    app.initQgis()
    from ..plugin.provider import InfraPlanProvider

    provider = InfraPlanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for path in write_all(provider, directory):
        print(os.path.relpath(path, PLUGIN_DIR) if directory == HELP_DIR else path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
