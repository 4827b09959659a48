"""HTML cost report of a bill of quantities: key figures, a cost-share chart (SVG written
here, no plotting library), the BoQ table, the per-cluster table and a map image (rendered
by the caller, e.g. the QGIS adapter, and passed in as a PNG path)."""
import html
import os
from collections import OrderedDict

CATEGORY_COLOURS = OrderedDict([
    ("Civil works", "#8c564b"), ("Ducts", "#ff7f0e"), ("Cables", "#1f77b4"),
    ("Distribution points", "#2ca02c"), ("Active equipment", "#9467bd"), ("Connections", "#d62728"),
])


NBSP = "\u00a0"  # thousands separator and unit stay on one line


def _eur(v):
    return "–" if v is None else "{:,.0f}{}€".format(v, NBSP).replace(",", NBSP)


def _num(v, digits=1):
    return "–" if v is None else ("{:,.%df}" % digits).format(v).replace(",", NBSP)


def category_totals(boq, scope="plan"):
    out = OrderedDict()
    for i in boq.items:
        if i["scope"] == scope:
            out[i["category"]] = out.get(i["category"], 0.0) + i["total"]
    return OrderedDict(sorted(out.items(), key=lambda kv: -kv[1]))


def cost_share_svg(boq, scope="plan", width=640):
    """A horizontal bar chart of the cost share per category as an SVG document."""
    cats = category_totals(boq, scope)
    total = sum(cats.values()) or 1.0
    bar_h, gap, left, top = 26, 10, 170, 40
    height = top + len(cats) * (bar_h + gap) + 20
    span = width - left - 150
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
             'font-family="sans-serif" font-size="13">' % (width, height, width, height),
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="10" y="22" font-size="15" font-weight="bold">Cost shares (%s): total %s</text>'
             % (html.escape(scope), html.escape(_eur(total)))]
    for k, (cat, value) in enumerate(cats.items()):
        y = top + k * (bar_h + gap)
        w = max(1.0, span * value / total)
        colour = CATEGORY_COLOURS.get(cat, "#7f7f7f")
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 8, y + 18, html.escape(cat)))
        parts.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %s</title></rect>'
                     % (left, y, w, bar_h, colour, html.escape(cat), html.escape(_eur(value))))
        parts.append('<text x="%.1f" y="%d">%.1f %% · %s</text>'
                     % (left + w + 6, y + 18, 100.0 * value / total, html.escape(_eur(value))))
    parts.append("</svg>")
    return "\n".join(parts)


def write_report(boq, html_path, map_image=None, title="FTTH plan – bill of quantities", notes=()):
    """Write the HTML report and its chart (``<name>_chart.svg``) next to it.
    Returns {"html": path, "chart": path, "map": map_image or None}."""
    folder = os.path.dirname(os.path.abspath(html_path))
    os.makedirs(folder, exist_ok=True)
    stem = os.path.splitext(os.path.basename(html_path))[0]
    chart = os.path.join(folder, stem + "_chart.svg")
    with open(chart + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(cost_share_svg(boq))
    os.replace(chart + ".tmp", chart)
    k = boq.kpis()
    e = html.escape
    rows = []
    for i in boq.items:
        if i["scope"] != "plan":
            continue
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td class=n>%s</td><td class=n>%s</td>"
                    "<td class=n>%s</td></tr>" % (e(i["category"]), e(i["item"]), e(i["unit"]),
                                                  _num(i["quantity"]), _num(i["unit_price"], 2),
                                                  _eur(i["total"])))
    crow = []
    for f in boq.cluster_layer().features:
        a = f.attributes
        crow.append("<tr><td>%s</td><td class=n>%s</td><td class=n>%s</td><td class=n>%s</td>"
                    "<td class=n>%s</td><td class=n>%s</td><td class=n>%s</td></tr>" % (
                        e(str(a["scope"])), a["homes_pass"], _num(a["homes_conn"]), _eur(a["network"]),
                        _eur(a["connection"]), _eur(a["eur_passed"]), _eur(a["eur_conn"])))
    map_html = ""
    if map_image:
        map_html = '<h2>Map of the plan</h2><img class=map src="%s" alt="map of the FTTH plan">' % e(
            os.path.relpath(map_image, folder))
    notes_html = "".join("<li>%s</li>" % e(n) for n in notes)
    doc = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}
table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:3px 8px}}th{{background:#eee}}td.n{{text-align:right}}
.kpi td{{font-size:1.1em}}img.map{{max-width:100%;border:1px solid #999}}</style></head>
<body><h1>{title}</h1>
<p>Plan run: <b>{plan_id}</b> · catalogue {cat} (version {ver}) · take rate {take:.0%}</p>
<table class=kpi>
<tr><th>Homes passed</th><td class=n>{hp}</td><th>Homes connected</th><td class=n>{hc}</td></tr>
<tr><th>Network cost (passed)</th><td class=n>{net}</td><th>Connection cost</th><td class=n>{conn}</td></tr>
<tr><th>€ per home passed</th><td class=n>{eph}</td><th>€ per home connected</th><td class=n>{epc}</td></tr>
<tr><th>Total</th><td class=n colspan=3><b>{tot}</b></td></tr></table>
<h2>Cost shares</h2><img src="{chart}" alt="cost shares by category">
{map_html}
<h2>Bill of quantities (whole plan)</h2>
<table><tr><th>Category</th><th>Item</th><th>Unit</th><th>Quantity</th><th>Unit price €</th>
<th>Total</th></tr>
{rows}
<tr><th colspan=5>Total</th><th class=n>{tot}</th></tr></table>
<h2>Per cluster</h2>
<p>"{feeder}" holds the items outside every cluster (feeder trenches from the PoP, PoP equipment).</p>
<table><tr><th>Scope</th><th>Homes passed</th><th>Homes connected</th><th>Network</th><th>Connection</th>
<th>€ / home passed</th><th>€ / home connected</th></tr>
{crows}</table>
<h2>Notes</h2><ul>
<li>€ per home passed = network cost ÷ homes passed; € per home connected = (network + connection
cost) ÷ homes connected. Drops and house connections are multiplied by the take rate.</li>
<li>Prices are indicative catalogue values (net, EUR), not quotes.</li>{notes}</ul>
</body></html>
""".format(title=e(title), plan_id=e(str(boq.plan_id or "–")), cat=e(os.path.basename(boq.catalogue.source)),
           ver=e(boq.catalogue.version), take=boq.take_rate, hp=k["homes_passed"],
           hc=_num(k["homes_connected"]), net=_eur(k["network_eur"]), conn=_eur(k["connection_eur"]),
           eph=_eur(k["eur_per_home_passed"]), epc=_eur(k["eur_per_home_connected"]),
           tot=_eur(k["total_eur"]), chart=e(os.path.basename(chart)), map_html=map_html,
           rows="\n".join(rows), crows="\n".join(crow), feeder="feeder", notes=notes_html)
    with open(html_path + ".tmp", "w", encoding="utf-8") as fh:
        fh.write(doc)
    os.replace(html_path + ".tmp", html_path)
    return {"html": html_path, "chart": chart, "map": map_image}
