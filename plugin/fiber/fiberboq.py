"""infraplan:fiberboq — bill of quantities and HTML cost report of an FTTH plan."""
import os

from qgis.core import (
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ...algorithms.fiber.boq import bill_of_quantities
from ...algorithms.fiber.report import write_report
from ..base import InfraPlanAlgorithm
from ..i18n import tr


class _Mark:
    """Marks a string for scripts/translations.py without translating it at import time."""

    @staticmethod
    def tr(text):
        return text


#: plan role -> (parameter key, description, geometry types, required)
PLAN_PARAMS = [
    ("trenches", "TRENCHES",
     _Mark.tr("Trench segments of the FTTH plan (length, surface, cable, duct, cluster)"),
     [QgsProcessing.SourceType.TypeVectorLine], True),
    ("drops", "DROPS", _Mark.tr("Drops / lead-ins of the plan"), [QgsProcessing.SourceType.TypeVectorLine],
     False),
    ("dps", "DPS", _Mark.tr("Distribution points of the plan (dp_type, splitters, PON ports)"),
     [QgsProcessing.SourceType.TypeVectorPoint], False),
    ("homes", "HOMES", _Mark.tr("Served homes / buildings of the plan (homes, dp_id, cluster)"),
     [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], False),
    ("pops", "POPS", _Mark.tr("PoP(s) of the plan"), [QgsProcessing.SourceType.TypeVectorPoint], False),
]


def add_plan_parameters(alg):
    for _, key, desc, types, required in PLAN_PARAMS:
        alg.addParameter(QgsProcessingParameterFeatureSource(key, tr(desc), types, optional=not required))
    alg.addParameter(QgsProcessingParameterFile(
        "CATALOGUE", tr("Cost catalogue (JSON; empty: the default catalogue)"),
        QgsProcessingParameterFile.Behavior.File, "json", optional=True))


def read_named(alg, parameters, key, context, feedback, required=True):
    """A plan layer without the GeoPackage ``fid`` column (it is not part of the plan)."""
    layer = alg.read_source(parameters, key, context, feedback=feedback, required=required)
    if layer is not None:
        layer.fields = [f for f in layer.fields if f.name != "fid"]
    return layer


def read_plan(alg, parameters, context, feedback):
    """The plan layers as engine layers (dict role -> VectorLayer) and the catalogue path."""
    plan = {}
    for role, key, _, _, required in PLAN_PARAMS:
        layer = read_named(alg, parameters, key, context, feedback, required)
        if layer is not None:
            plan[role] = layer
    catalogue = alg.parameterAsFile(parameters, "CATALOGUE", context) or None
    return plan, catalogue


def _styled(layer, geometry, colour, width=0.6, size=2.0):
    clone = layer.clone()
    if geometry == "line":
        sym = QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
    elif geometry == "point":
        sym = QgsMarkerSymbol.createSimple({"color": colour, "size": str(size), "outline_color": "white"})
    else:
        sym = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour,
                                          "outline_width": "0.4"})
    clone.setRenderer(QgsSingleSymbolRenderer(sym))
    return clone


def render_plan_map(parameters, context, alg, path, size=(1200, 900)):
    """Render the plan layers into a PNG with QgsMapSettings + QgsMapRendererParallelJob."""
    styles = {"CLUSTERS": ("polygon", "#31a354", 0.4, 0), "HOMES": ("point", "#636363", 0, 1.2),
              "DROPS": ("line", "#969696", 0.25, 0), "TRENCHES": ("line", "#d7301f", 0.7, 0),
              "DPS": ("point", "#2171b5", 0, 3.0), "POPS": ("point", "#000000", 0, 4.5)}
    layers, extent, drawn = [], QgsRectangle(), set()
    crs = None
    for key in ("POPS", "DPS", "TRENCHES", "DROPS", "HOMES", "CLUSTERS"):
        if not parameters.get(key):
            continue
        lyr = alg.parameterAsVectorLayer(parameters, key, context)
        if not isinstance(lyr, QgsVectorLayer) or not lyr.isValid():
            continue
        geom, colour, width, sz = styles[key]
        if key == "HOMES" and lyr.geometryType() != 0:
            geom = "polygon"
        layers.append(_styled(lyr, geom, colour, width, sz))
        drawn.add(key)
        crs = crs or lyr.crs()
        if lyr.crs() == crs and not lyr.extent().isEmpty():
            if extent.isEmpty():
                extent = QgsRectangle(lyr.extent())
            else:
                extent.combineExtentWith(lyr.extent())
    if not layers:
        return None
    extent.scale(1.05)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if image.isNull():
        return None
    _decorate(image, settings, [(key, styles[key]) for key in LEGEND if key in drawn])
    if not image.save(path, "PNG"):
        return None
    return path


LEGEND = ["POPS", "DPS", "TRENCHES", "DROPS", "HOMES", "CLUSTERS"]
LABELS = {"POPS": _Mark.tr("PoP"), "DPS": _Mark.tr("Distribution point (DP)"),
          "TRENCHES": _Mark.tr("Trench"), "DROPS": _Mark.tr("Drop / lead-in"),
          "HOMES": _Mark.tr("Served home"), "CLUSTERS": _Mark.tr("Cluster")}


def _decorate(image, settings, entries):
    """Legend box and a scale bar painted onto the rendered map."""
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QFont, QPainter, QPen

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("Sans", 11)
    painter.setFont(font)
    row = 22
    box = QRectF(12, 12, 250, 14 + row * len(entries))
    painter.setPen(QPen(QColor("#777777"), 1))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRect(box)
    for i, (key, (geom, colour, _, _)) in enumerate(entries):
        y = box.top() + 10 + i * row + row / 2
        painter.setPen(QPen(QColor(colour), 3 if geom == "line" else 1.5))
        if geom == "line":
            painter.drawLine(QPointF(24, y), QPointF(54, y))
        elif geom == "point":
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(39, y), 5, 5)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(27, y - 7, 24, 14))
        painter.setPen(QColor("#222222"))
        painter.drawText(QPointF(64, y + 5), tr(LABELS[key]))
    # scale bar: a round length of about a fifth of the map width
    mupp = settings.mapUnitsPerPixel()
    if mupp > 0:
        target = image.width() * mupp / 5.0
        nice = max(v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000)
                   if v <= max(target, 1))
        px = nice / mupp
        x0, y0 = 20, image.height() - 25
        painter.setPen(QPen(QColor("#222222"), 3))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0))
        painter.drawText(QPointF(x0, y0 - 8), "%d m" % nice if nice < 1000 else "%g km" % (nice / 1000.0))
    painter.end()


class FiberBoqAlgorithm(InfraPlanAlgorithm):
    ALG_ID = "fiberboq"
    GROUP_ID = "fiber"
    DISPLAY_NAME = "FTTH bill of quantities and cost report"
    TAGS = "boq,bill of quantities,leistungsverzeichnis,kosten,cost,report,ftth,homes passed,take rate"
    HELP = (
        "Turns the layers of an FTTH plan (from 'Plan FTTH network' or drawn by hand) into a bill "
        "of quantities: item, unit, quantity, unit price and total for trench metres by surface "
        "class, street crossings, ducts and cables by type, DP cabinets, splitters, OLT PON ports, "
        "drops and house connections – for the whole plan and for each cluster ('feeder' holds "
        "what lies outside all clusters). Unit prices come from the cost catalogue (the default or "
        "your JSON file). Homes passed = homes of the served sites; homes connected = take rate × "
        "homes passed; drops and house connections are built for connected homes only. € per home "
        "passed = network cost ÷ homes passed; € per home connected = (network + connection cost) ÷ "
        "homes connected.\nOutputs: a BoQ table, a per-cluster table, a CSV and an HTML report with "
        "a map of the plan and a chart of the cost shares. Layers from different runs of the plan "
        "(different plan_id, or ids that do not match) are refused.")
    LIMITS = (
        "Unit prices are indicative planning values (EUR, net) from public sources, not quotes or tender "
        "results; calibrate the catalogue to your region before using a budget. Quantities come from the "
        "plan layers as they are: hand-drawn layers must carry the fields of 'Plan FTTH network'. Homes "
        "connected is a flat take rate; planning, permits, surveying and network equipment beyond the "
        "catalogue items are not costed.")
    REFERENCES = (
        "WIK-Consult (2011): WIK Diskussionsbeitrag 359 (civil-works cost ranges)",
        "Gigabitbüro des Bundes: fact sheets on alternative laying methods",
        "DIN 18220 (2023): micro-trenching",
        "BREKO Marktanalyse (house-connection cost ranges)",
    )

    CLUSTERS, TAKE_RATE = "CLUSTERS", "TAKE_RATE"
    OUTPUT, CLUSTER_OUTPUT, CSV, REPORT = "OUTPUT", "CLUSTER_OUTPUT", "CSV", "REPORT"

    def flags(self):
        # the map is rendered with layer clones: keep it on the main thread in the desktop
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        add_plan_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLUSTERS, tr("Cluster polygons (only drawn on the report map)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TAKE_RATE, tr("Take rate (share of homes passed that get connected, 0..1)"),
            QgsProcessingParameterNumber.Type.Double, 0.6, minValue=0.01, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Bill of quantities"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLUSTER_OUTPUT, tr("Costs per cluster"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CSV, tr("Bill of quantities (CSV)"), tr("CSV files (*.csv)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Cost report (HTML)"), tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for key, desc in (("HOMES_PASSED", "Homes passed"), ("HOMES_CONNECTED", "Homes connected"),
                          ("TOTAL_EUR", "Total cost (€)"), ("EUR_PER_HOME_PASSED", "€ per home passed"),
                          ("EUR_PER_HOME_CONNECTED", "€ per home connected")):
            self.addOutput(QgsProcessingOutputNumber(key, tr(desc)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        plan, catalogue = read_plan(self, parameters, context, feedback)
        take = self.parameterAsDouble(parameters, self.TAKE_RATE, context)
        boq = self.run_engine(feedback, bill_of_quantities, plan, catalogue, take)
        results = {self.OUTPUT: self.write_layer(parameters, self.OUTPUT, context, boq.layer(), feedback)}
        dest = self.write_layer(parameters, self.CLUSTER_OUTPUT, context, boq.cluster_layer(), feedback)
        if dest is not None:
            results[self.CLUSTER_OUTPUT] = dest
        csv_path = self.parameterAsFileOutput(parameters, self.CSV, context)
        if csv_path:
            results[self.CSV] = boq.to_csv(csv_path)
        html_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if html_path:
            png = os.path.splitext(html_path)[0] + "_map.png"
            feedback.pushInfo(tr("Rendering the plan map…"))
            image = render_plan_map(parameters, context, self, png)
            if image is None:
                feedback.reportError(tr("The plan map could not be rendered; the report has no map."), False)
            write_report(boq, html_path, map_image=image)
            results[self.REPORT] = html_path
        k = boq.kpis()
        results.update(HOMES_PASSED=k["homes_passed"], HOMES_CONNECTED=k["homes_connected"],
                       TOTAL_EUR=round(k["total_eur"], 2),
                       EUR_PER_HOME_PASSED=k["eur_per_home_passed"],
                       EUR_PER_HOME_CONNECTED=k["eur_per_home_connected"])
        feedback.pushInfo(tr("Total {t:,.0f} €; {p} homes passed, {e:,.0f} € per home passed.").format(
            t=k["total_eur"], p=k["homes_passed"], e=k["eur_per_home_passed"] or 0.0))
        return results
