"""Common base of every InfraPlan Processing algorithm.

Subclasses set ``ALG_ID``, ``GROUP_ID``, ``DISPLAY_NAME`` and ``HELP`` (English source
strings, translated through :func:`tr`), define ``initAlgorithm`` and
``processAlgorithm``, call the engine through :meth:`run_engine`, write engine
layers with :meth:`write_layer` and register styles with :meth:`style_output`.
"""
import os
import shutil

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsGraduatedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtGui import QIcon

from ..algorithms.errors import CanceledError, InfraPlanError
from ..algorithms.feedback import Feedback
from ..algorithms.raster import read_raster, write_raster
from . import convert
from .i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
HELP_DIR = os.path.join(PLUGIN_DIR, "resources", "help")
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "infraplan.svg")

#: group id -> English group name (translated when shown)
GROUPS = {"data": "Data", "fiber": "Fiber", "coverage": "Coverage", "climate": "Climate"}


def style_path(style):
    return os.path.join(STYLE_DIR, style + ".qml")


def _relabel(labels, update):
    """Translate ``(key, label)`` pairs through :func:`tr`; call ``update(key, text)`` for
    each label that changes; return how many changed."""
    changed = 0
    for key, label in labels:
        text = tr(label) if label else ""
        if text and text != label:
            update(key, text)
            changed += 1
    return changed


def _descendant_rules(rule):
    for child in rule.children():
        yield child
        yield from _descendant_rules(child)


def translate_legend(layer):
    """Translate the legend labels of ``layer``'s renderer (the English labels of our QML
    styles) through :func:`tr`: categories, ranges, rules, paletted raster classes and
    color ramp items. A no-op without an installed translator; returns the number of
    labels changed. The layer name is left alone."""
    if layer is None:
        return 0
    renderer = layer.renderer()
    changed = 0
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        changed = _relabel(enumerate(c.label() for c in renderer.categories()), renderer.updateCategoryLabel)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        changed = _relabel(enumerate(r.label() for r in renderer.ranges()), renderer.updateRangeLabel)
    elif isinstance(renderer, QgsRuleBasedRenderer):
        changed = _relabel(((r, r.label()) for r in _descendant_rules(renderer.rootRule())),
                           lambda rule, text: rule.setLabel(text))
    elif isinstance(renderer, QgsPalettedRasterRenderer):
        changed = _relabel(((c.value, c.label) for c in renderer.classes()), renderer.setLabel)
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader() is not None:
        shader = renderer.shader().rasterShaderFunction()
        if isinstance(shader, QgsColorRampShader):
            items = shader.colorRampItemList()
            changed = _relabel(enumerate(item.label for item in items),
                               lambda i, text: setattr(items[i], "label", text))
            if changed:
                shader.setColorRampItemList(items)
    if changed:
        layer.emitStyleChanged()
    return changed


class ProcessingFeedback(Feedback):
    """Engine feedback forwarding to a ``QgsProcessingFeedback``."""

    def __init__(self, feedback):
        self._fb = feedback

    def set_progress(self, percent):
        if self._fb is not None:
            self._fb.setProgress(percent)

    def is_canceled(self):
        return self._fb is not None and self._fb.isCanceled()

    def info(self, message):
        if self._fb is not None:
            self._fb.pushInfo(message)

    def warning(self, message):
        if self._fb is not None:
            self._fb.reportError(message, False)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style to a layer the desktop loads after a run."""

    _keep = []  # QGIS does not own Python post-processors: keep them alive

    def __init__(self, qml):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (Qt API)
        if layer is not None and os.path.exists(self.qml):
            layer.loadNamedStyle(self.qml)
            translate_legend(layer)
            layer.triggerRepaint()

    @classmethod
    def create(cls, qml):
        processor = cls(qml)
        cls._keep.append(processor)
        return processor


class InfraPlanAlgorithm(QgsProcessingAlgorithm):
    ALG_ID = ""
    GROUP_ID = ""
    DISPLAY_NAME = ""
    HELP = ""
    TAGS = ""

    def __init__(self):
        super().__init__()
        self._styles = {}

    # identity -------------------------------------------------------------------
    def tr(self, text):
        return tr(text)

    def name(self):
        return self.ALG_ID

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def tags(self):
        return [t.strip() for t in tr(self.TAGS).split(",") if t.strip()] + ["infraplan"]

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        page = os.path.join(HELP_DIR, self.ALG_ID + ".html")
        return "file://" + page if os.path.exists(page) else ""

    def icon(self):
        return QIcon(ICON_PATH)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # running the engine -----------------------------------------------------------
    def run_engine(self, feedback, function, *args, **kwargs):
        """Call an engine function with a forwarding Feedback; typed engine errors become
        ``QgsProcessingException`` with the engine's message."""
        try:
            return function(*args, feedback=ProcessingFeedback(feedback), **kwargs)
        except CanceledError as exc:
            raise QgsProcessingException(tr("Canceled: no output was written.")) from exc
        except InfraPlanError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def read_source(self, parameters, key, context, target_crs=None, feedback=None, required=True):
        """A feature source parameter as an engine VectorLayer (reprojected if asked)."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            if required:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
            return None
        return convert.source_to_layer(source, self.layer_label(parameters, key, context, source),
                                       context, target_crs, feedback)

    def layer_label(self, parameters, key, context, source=None):
        """A readable layer name for messages: the GeoPackage table of 'file|layername=x'
        (``sourceName()`` of such a layer is the file name), else the layer's name."""
        value = parameters.get(key)
        text = value if isinstance(value, str) else ""
        if "layername=" in text:
            return text.split("layername=", 1)[1].split("|")[0]
        layer = self.parameterAsVectorLayer(parameters, key, context)
        if layer is not None and layer.name():
            return layer.name()
        return (source.sourceName() if source is not None else "") or key

    def read_raster(self, parameters, key, context, required=True):
        """A raster layer parameter read into an engine Raster (None when optional and unset)."""
        layer = self.parameterAsRasterLayer(parameters, key, context)
        if layer is None:
            if required:
                raise QgsProcessingException(tr("Choose a raster layer for '%s'.") % key)
            return None
        try:
            raster = read_raster(layer.source())
        except InfraPlanError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if raster.crs is None and layer.crs().isValid():
            raster.crs = layer.crs().authid() or layer.crs().toWkt()
        return raster

    def write_rasters(self, context, outputs):
        """Write ``(raster, path, style, dtype)`` tuples (empty paths skipped) and style them;
        if one fails, the ones already written are removed: all or nothing."""
        written = []
        try:
            for raster, path, style, dtype in outputs:
                if not path:
                    continue
                write_raster(raster, path, dtype=dtype)
                written.append(path)
                self.style_output(path, style, context)
        except Exception:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            raise
        return written

    def write_layer(self, parameters, key, context, layer, feedback=None, style=None):
        """Write an engine VectorLayer to sink ``key``; remember its style; return dest id."""
        dest_id = convert.write_layer(self, parameters, key, context, layer, feedback)
        if dest_id is not None and style:
            self.style_output(dest_id, style, context)
        return dest_id

    def style_output(self, dest_id, style, context):
        """Style an output: applied for the desktop by a post-processor and embedded
        (GeoPackage ``layer_styles`` / QML sidecar of rasters) in postProcessAlgorithm."""
        qml = style_path(style)
        if not os.path.exists(qml):
            return
        self._styles[dest_id] = qml
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(
                StylePostProcessor.create(qml))

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        for dest_id, qml in self._styles.items():
            embed_style(dest_id, qml, context)
        self._styles = {}
        return {}


def embed_style(dest_id, qml, context):
    """Store ``qml`` as default style with a written output: inside a GeoPackage, or as
    the ``.qml`` sidecar that QGIS loads next to a raster or other file. Legend labels
    are translated (:func:`translate_legend`) when a translator is installed."""
    if os.path.exists(dest_id.split("|")[0]) and dest_id.lower().endswith((".tif", ".tiff")):
        sidecar = os.path.splitext(dest_id)[0] + ".qml"
        raster = QgsRasterLayer(dest_id, os.path.basename(dest_id), "gdal")
        if raster.isValid():
            raster.loadNamedStyle(qml)
            if translate_legend(raster):
                raster.saveNamedStyle(sidecar)
                return
        shutil.copyfile(qml, sidecar)
        return
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
    if layer is None:
        return
    layer.loadNamedStyle(qml)
    translate_legend(layer)
    source = layer.source().split("|")[0]
    if layer.providerType() == "ogr" and source.lower().endswith(".gpkg"):
        layer.saveStyleToDatabase(layer.name() or "default", "InfraPlan", True, "")
    elif os.path.exists(source):
        layer.saveNamedStyle(os.path.splitext(source)[0] + ".qml")
