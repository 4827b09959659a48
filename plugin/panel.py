"""The planning panel: a dock widget with one tab per domain (Data, Fiber, Coverage, Climate).

Each tab runs its chain algorithm(s) as background tasks (``QgsProcessingAlgRunnerTask`` on
``QgsApplication.taskManager()``) with the project settings, shows progress and a cancel
button, adds the outputs to a layer group "<Domain> <yyyy-mm-dd hh:mm>" (styled by the
algorithms' own post-processors) and shows the headline numbers of the results.

The parameters are filled GENERICALLY from each algorithm's ``parameterDefinitions()``:
layer roles through ``project_settings.parameter_role`` (one table), the planning CRS, the
project's catalogue and threshold overrides, outputs of earlier steps of the same chain by
name, destinations into a run folder. So the panel keeps working when parameters change.
"""
import glob
import os
import threading

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QLocale, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..ui import load_form
from .base import GROUPS
from .i18n import tr
from .project_settings import (
    CATALOGUE_PARAMS,
    CRS_PARAMS,
    FIELD_CANDIDATES,
    FILE,
    ROLE_BY_KEY,
    ROLES,
    ProjectSettings,
    candidate_field,
    parameter_role,
    parameter_roles,
    role_label,
)

#: domain -> algorithm ids its tab runs, in chain order
DOMAINS = (
    ("data", ("infraplan:prepareosm", "infraplan:estimatedwellings", "infraplan:preparedem")),
    ("fiber", ("infraplan:ftthplan", "infraplan:fiberboq")),
    ("coverage", ("infraplan:coverage", "infraplan:coveragestats", "infraplan:siteselection")),
    ("climate", ("infraplan:sinks", "infraplan:ponding", "infraplan:heatrisk", "infraplan:greenaccess",
                 "infraplan:adaptationzones")),
)
LAYER_DESTINATIONS = ("sink", "vectorDestination", "rasterDestination")
HEADLINE_OUTPUTS = ("outputNumber", "outputString", "outputBoolean")
TAB_FORM, _TAB_BASE = load_form("domain_tab")
_ORPHANS = []  # (task, context, feedback) of runs whose panel was closed: kept until they end


def _hidden(param):
    flag = getattr(QgsProcessingParameterDefinition, "FlagHidden", None)
    if flag is None:  # QGIS 4
        from qgis.core import Qgis

        flag = Qgis.ProcessingParameterFlag.Hidden
    return bool(param.flags() & flag)


def _optional(param):
    flag = getattr(QgsProcessingParameterDefinition, "FlagOptional", None)
    if flag is None:  # QGIS 4
        from qgis.core import Qgis

        flag = Qgis.ProcessingParameterFlag.Optional
    return bool(param.flags() & flag)


class _MainThreadRun:
    """Stands for the task of a step that runs on the main thread (cancel via feedback)."""

    def cancel(self):
        pass


def _no_threading(alg):
    flag = getattr(QgsProcessingAlgorithm, "FlagNoThreading", None)
    if flag is None:  # QGIS 4
        from qgis.core import Qgis

        flag = Qgis.ProcessingAlgorithmFlag.NoThreading
    return bool(alg.flags() & flag)


def output_role(name, alg_name):
    """The role an output feeds: an "alg:NAME" entry of ROLES, or a plain role parameter name
    (prepareosm's BUILDINGS). Prefixed outputs such as OUTPUT_BUILDINGS of another algorithm
    (affected buildings) deliberately match nothing."""
    return parameter_role(name, alg_name)


def build_parameters(alg, settings, project, out_dir, chain=None):
    """Parameters for ``alg`` from the project settings: ``(params, destinations, missing)``.

    Precedence for an input: an earlier step's output of the same name, an earlier step's
    output of the same role, the project's layer of the role, CRS/catalogue/thresholds,
    the planning extent for required extents, else the algorithm's default.
    ``destinations`` maps output parameter name -> planned file path (deleted again when the
    run fails or is cancelled); ``missing`` lists descriptions of required inputs nobody fills."""
    chain = chain or {}
    params, destinations, missing = {}, {}, []
    crs = settings.crs_object()
    short = alg.name()
    for param in alg.parameterDefinitions():
        name = param.name()
        if param.isDestination():
            if _hidden(param):
                continue
            if param.type() == "folderDestination":
                path = os.path.join(out_dir, "%s_%s" % (short, name.lower()))
                params[name] = path
            else:
                ext = param.defaultFileExtension() or "gpkg"
                path = os.path.join(out_dir, "%s_%s.%s" % (short, name.lower(), ext))
                if param.type() in LAYER_DESTINATIONS:
                    definition = QgsProcessingOutputLayerDefinition(path, project)
                    definition.destinationName = param.description()
                    params[name] = definition
                else:
                    params[name] = path
            destinations[name] = path
            continue
        role = parameter_role(name, short)
        if name in chain:
            params[name] = chain[name]
        elif role is not None and "role:" + role in chain:
            params[name] = chain["role:" + role]
        elif role is not None:
            layer = _pick_layer(alg, name, settings, project)
            if ROLE_BY_KEY[role].kind == FILE and settings.value(role):
                params[name] = settings.value(role)
            elif layer is not None:
                params[name] = layer.id()
            elif not _optional(param) and param.defaultValue() is None:
                missing.append(tr("%s (layer role '%s': set it in InfraPlan → Settings…)")
                               % (param.description(), role_label(role)))
        elif name.upper() in CRS_PARAMS and param.type() == "crs":
            if crs.isValid():
                params[name] = crs
        elif name.upper() in CATALOGUE_PARAMS and settings.catalogue_path:
            params[name] = settings.catalogue_path
        elif settings.threshold(alg.name(), name) is not None:
            params[name] = settings.threshold(alg.name(), name)
        elif param.type() == "extent" and not _optional(param) and settings.planning_extent(project):
            params[name] = settings.planning_extent(project)
        elif not _optional(param) and param.defaultValue() is None and param.type() not in ("boolean",):
            missing.append(param.description())
    _fill_fields(alg, params, project)
    return params, destinations, missing


def _field_dependents(alg, name):
    return [p for p in alg.parameterDefinitions()
            if p.type() == "field" and p.parentLayerParameterName() == name
            and p.name().upper() in FIELD_CANDIDATES]


def _pick_layer(alg, name, settings, project):
    """The project layer for layer parameter ``name``: the first of its roles that is set and
    has the fields its field parameters need (FIELD_CANDIDATES), else the first that is set."""
    dependents = _field_dependents(alg, name)
    layers = [settings.layer(role, project) for role in parameter_roles(name, alg.name())]
    layers = [layer for layer in layers if layer is not None]
    for layer in layers:
        if all(candidate_field(layer, d.name()) for d in dependents):
            return layer
    return layers[0] if layers else None


def _fill_fields(alg, params, project):
    """Field parameters left open whose parent is a project layer: the conventional field."""
    for param in alg.parameterDefinitions():
        if param.type() != "field" or param.name() in params or param.defaultValue() is not None:
            continue
        parent = params.get(param.parentLayerParameterName())
        layer = project.mapLayer(parent) if isinstance(parent, str) and parent else None
        field = candidate_field(layer, param.name()) if layer is not None else None
        if field:
            params[param.name()] = field


def plan_chain(alg_ids, settings, project, out_dir, registry=None):
    """Dry run of a chain: ``[(alg, params, destinations, missing)]`` where each step sees the
    planned outputs of the earlier steps (by output name and by role), as in a real run."""
    registry = registry or QgsApplication.processingRegistry()
    chain, plan = {}, []
    for alg_id in alg_ids:
        alg = registry.algorithmById(alg_id)
        if alg is None:
            continue
        params, dests, missing = build_parameters(alg, settings, project, out_dir, chain)
        plan.append((alg, params, dests, missing))
        for name, path in dests.items():
            chain[name] = path
            role = output_role(name, alg.name())
            if role is not None:
                chain["role:" + role] = path
    return plan


def headline(alg, results):
    """``[(label, formatted value)]`` of the algorithm's scalar outputs (numbers, strings)."""
    locale = QLocale()
    out = []
    for output in alg.outputDefinitions():
        if output.type() not in HEADLINE_OUTPUTS or output.name() not in results:
            continue
        value = results[output.name()]
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            text = tr("yes") if value else tr("no")
        elif isinstance(value, int):
            text = locale.toString(value)
        elif isinstance(value, float):
            if value != 0 and abs(value) < 0.01:
                text = locale.toString(value, "g", 3)
            else:
                text = locale.toString(value, "f", 0 if abs(value) >= 1000 else 2)
        else:
            text = str(value)
        out.append((output.description() or output.name(), text))
    return out


def remove_outputs(paths):
    """Delete planned output files and their companions (a failed or cancelled run)."""
    for path in paths:
        base = os.path.splitext(path)[0]
        for candidate in [path, path + "-wal", path + "-shm", path + "-journal", path + ".aux.xml",
                          path + ".part", base + ".qml"] + glob.glob(base + ".part*"):
            if os.path.isfile(candidate):
                try:
                    os.remove(candidate)
                except OSError:
                    pass


class _Feedback(QgsProcessingFeedback):
    """Collects the algorithm's log lines (pushed from the task's thread)."""

    def __init__(self):
        super().__init__()
        self.lines = []
        self._lock = threading.Lock()

    def _add(self, text):
        with self._lock:
            self.lines.append(text)

    def pushInfo(self, info):  # noqa: N802 (Qt API)
        self._add(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self._add(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self._add(error)
        super().reportError(error, fatalError)


class DomainTab(QWidget, TAB_FORM):
    """One domain: check boxes for its algorithms, run/cancel, progress, results."""

    finished = pyqtSignal(bool)  # emitted when a run ends: True when every step succeeded

    def __init__(self, domain, alg_ids, project=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("InfraPlanTab_" + domain)
        self.domain = domain
        self.alg_ids = list(alg_ids)
        self.project = project or QgsProject.instance()
        self.checks = {}
        self.use_outputs = None
        for alg_id in self.alg_ids:
            check = QCheckBox(alg_id)
            check.setObjectName("step_" + alg_id.split(":")[-1])
            self.algorithmsLayout.addWidget(check)
            self.checks[alg_id] = check
        if domain == "data":
            self.use_outputs = QCheckBox(tr("Use the prepared layers as the project's layer roles"))
            self.use_outputs.setObjectName("useOutputs")
            self.use_outputs.setChecked(True)
            self.algorithmsLayout.addWidget(self.use_outputs)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        # run state
        self.queue, self.task, self.context, self.feedback = [], None, None, None
        self.group, self.chain, self.run_ok, self.html, self.out_dir = None, {}, True, [], ""
        self.current = None
        self.steps_in_run = 0
        self.detached = False
        self.refresh()

    # state ------------------------------------------------------------------------------
    def registry(self):
        return QgsApplication.processingRegistry()

    def refresh(self):
        """Mark unregistered algorithms, enable Run when one is available."""
        if self.is_running():
            return
        available = 0
        for alg_id, check in self.checks.items():
            alg = self.registry().algorithmById(alg_id)
            if alg is None:
                check.setText(tr("%s – not available yet") % alg_id)
                check.setChecked(False)
                check.setEnabled(False)
                check.setToolTip(tr("The algorithm %s is not registered in this installation.") % alg_id)
            else:
                available += 1
                if not check.isEnabled() or check.text().startswith(alg_id):
                    check.setChecked(True)
                check.setText(alg.displayName())
                check.setEnabled(True)
                check.setToolTip(self.inputs_summary(alg))
        self.runButton.setEnabled(available > 0)
        if available == 0:
            self.statusLabel.setText(tr("No %s algorithm is registered yet: this tab cannot run.")
                                     % tr(GROUPS.get(self.domain, self.domain)))
        elif not self.statusLabel.text() or not self.html:
            self.statusLabel.setText(tr("Ready."))

    def is_running(self):
        return self.task is not None or bool(self.queue)

    def inputs_summary(self, alg):
        """Tooltip of a step: what the project gives each input, and what is missing."""
        settings = ProjectSettings.load(self.project)
        params, _dests, missing = build_parameters(alg, settings, self.project, "")
        lines = []
        for param in alg.parameterDefinitions():
            if param.isDestination() or param.name() not in params:
                continue
            value = params[param.name()]
            layer = self.project.mapLayer(value) if isinstance(value, str) else None
            shown = layer.name() if layer is not None else (value.authid() if hasattr(value, "authid")
                                                             else str(value))
            lines.append("%s ← %s" % (_escape(param.description()), _escape(shown)))
        text = "<b>%s</b><br>%s" % (_escape(alg.displayName()), "<br>".join(lines) or tr("(defaults only)"))
        if missing:
            text += "<br><b>%s</b><br>%s" % (tr("Missing inputs:"), "<br>".join(_escape(m) for m in missing))
        return text

    def selected(self):
        return [alg_id for alg_id, check in self.checks.items() if check.isEnabled() and check.isChecked()]

    # running ------------------------------------------------------------------------------
    def _run_folder(self):
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd_HHmmss_zzz")
        home = self.project.absolutePath() or os.path.join(QgsProcessingUtils.tempFolder(), "infraplan")
        path = os.path.join(home, "infraplan_runs", "%s_%s" % (self.domain, stamp))
        os.makedirs(path, exist_ok=True)
        return path

    def run(self):
        if self.is_running():
            return False
        steps = self.selected()
        if not steps:
            self.statusLabel.setText(tr("Select at least one step."))
            return False
        settings = ProjectSettings.load(self.project)
        # check every step's required inputs first (earlier steps' outputs count as given)
        problems = ["%s: %s" % (alg.displayName(), m)
                    for alg, _p, _d, missing in plan_chain(steps, settings, self.project, "")
                    for m in missing]
        if problems:
            self.statusLabel.setText(tr("Missing inputs:") + "\n" + "\n".join(problems))
            return False
        self.queue = list(steps)
        self.steps_in_run = len(steps)
        self.chain, self.group, self.run_ok, self.html = {}, None, True, []
        self.out_dir = self._run_folder()
        self.run_started = QDateTime.currentDateTime()
        self.resultsBrowser.clear()
        if not self.project.absolutePath():
            self.html.append("<p><i>%s</i></p>" % _escape(tr(
                "The project is not saved: the results go to a temporary folder that QGIS deletes "
                "when it closes. Save the project to keep them in infraplan_runs/ next to it.")))
        self.progressBar.setValue(0)
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self._start_next()
        return True

    def _start_next(self):
        if not self.queue:
            self._finish()
            return
        alg_id = self.queue.pop(0)
        alg = self.registry().algorithmById(alg_id)
        settings = ProjectSettings.load(self.project)
        params, dests, _missing = build_parameters(alg, settings, self.project, self.out_dir, self.chain)
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = _Feedback()
        total = self.steps_in_run or 1
        done = total - len(self.queue) - 1
        feedback.progressChanged.connect(
            lambda p, d=done, t=total: self.progressBar.setValue(int((d + p / 100.0) / t * 100)))
        self.statusLabel.setText(tr("Running %s …") % alg.displayName())
        self.current = (alg, params, dests)
        if _no_threading(alg):
            # e.g. steps that render maps: QGIS runs these on the main thread, so do we
            self.context, self.feedback, self.task = context, feedback, _MainThreadRun()
            QTimer.singleShot(0, lambda: self._run_on_main_thread(alg, params, context, feedback))
            return
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        self.context, self.feedback, self.task = context, feedback, task
        task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(task)

    def _run_on_main_thread(self, alg, params, context, feedback):
        if self.detached:  # the panel was closed before the step started
            return
        if feedback.isCanceled():
            self._executed(False, {})
            return
        instance = alg.create()
        try:
            results, ok = instance.run(params, context, feedback)
        except Exception as exc:  # noqa: BLE001 - shown in the panel like a failed task
            feedback.reportError(str(exc), True)
            results, ok = {}, False
        self._executed(bool(ok), results or {})

    def cancel(self):
        self.queue = []
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()
        self.statusLabel.setText(tr("Cancelling …"))

    def detach(self):
        """Cancel a running step for good (plugin unload): the task keeps its context alive
        until it ends and then deletes the step's planned outputs; this tab is not called."""
        if self.task is None:
            self.queue = []
            return
        if isinstance(self.task, _MainThreadRun):  # not started yet: it will see the flag
            self.detached = True
            self.cancel()
            return
        task, context, feedback, dests = self.task, self.context, self.feedback, self.current[2]
        try:
            task.executed.disconnect(self._executed)
        except (TypeError, RuntimeError):
            pass
        keep = (task, context, feedback)
        _ORPHANS.append(keep)
        planned = tuple(dests.values())

        def _cleanup(_ok, _results, keep=keep, paths=planned):
            remove_outputs(paths)
            if keep in _ORPHANS:
                _ORPHANS.remove(keep)

        task.executed.connect(_cleanup)
        self.cancel()
        self.task = self.context = self.feedback = self.current = None

    def _executed(self, ok, results):
        alg, _params, dests = self.current
        context, feedback = self.context, self.feedback
        canceled = feedback.isCanceled()
        self.task = None
        if ok and not canceled:
            self._add_outputs(alg, context, feedback, results or {}, dests)
        else:
            self.run_ok = False
            remove_outputs(dests.values())
            self._drop_temporary_layers(context)
            reason = tr("cancelled") if canceled else tr("failed")
            lines = feedback.lines[-8:]
            self.html.append("<p><b>%s</b>: %s</p>%s" % (
                alg.displayName(), reason,
                "<pre>%s</pre>" % "\n".join(_escape(x) for x in lines) if lines and not canceled else ""))
            self.queue = []
        self.resultsBrowser.setHtml("".join(self.html))
        self.context, self.feedback, self.current = None, None, None
        self._start_next()

    def _drop_temporary_layers(self, context):
        store = context.temporaryLayerStore()
        for layer_id in list(store.mapLayers()):
            store.removeMapLayer(layer_id)

    def _ensure_group(self):
        if self.group is None:
            name = "%s %s" % (tr(GROUPS.get(self.domain, self.domain)),
                              self.run_started.toString("yyyy-MM-dd HH:mm"))
            self.group = self.project.layerTreeRoot().insertGroup(0, name)
        return self.group

    def _add_outputs(self, alg, context, feedback, results, dests):
        added = []
        for layer_id, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
            if layer is None:
                continue
            store = context.temporaryLayerStore()
            if store.mapLayer(layer.id()) is not None:
                store.takeMapLayer(layer)
            if details.name:
                layer.setName(details.name)
            self.project.addMapLayer(layer, False)
            processor = details.postProcessor()
            if processor is not None:
                processor.postProcessLayer(layer, context, feedback)
            added.append(layer)
        if added:
            # several steps: a subgroup per step; points above lines above areas above rasters
            group = self._ensure_group()
            if self.steps_in_run > 1:
                group = group.addGroup(alg.displayName())
            for layer in sorted(added, key=_draw_order):
                group.addLayer(layer)
        # chain: every destination (and other path/layer result) feeds later steps by name
        # and, when the output name belongs to a role, by role
        for name, value in results.items():
            if isinstance(value, str) and value:
                self.chain[name] = value
                role = output_role(name, alg.name())
                if role is not None:
                    self.chain["role:" + role] = value
        if self.use_outputs is not None and self.use_outputs.isChecked():
            self._assign_roles(added, alg.name(), results)
        numbers = headline(alg, results)
        locale = QLocale()
        for layer in added:  # feature counts of the vector outputs (every algorithm has these)
            count = _count(layer)
            if count is not None:
                numbers.append((layer.name(), tr("%s features") % locale.toString(count)))
        rows = "".join("<tr><td>%s</td><td align='right'><b>%s</b></td></tr>" % (_escape(k), _escape(v))
                       for k, v in numbers)
        files = []
        for output in alg.outputDefinitions():  # reports and tables: links to open them
            value = results.get(output.name())
            is_file = isinstance(value, str) and os.path.isfile(value)
            if output.type() in ("outputHtml", "outputFile") and is_file:
                url = QUrl.fromLocalFile(value).toString()
                files.append("<a href='%s'>%s</a>" % (url, _escape(output.description() or output.name())))
        self.html.append("<p><b>%s</b>: %s</p>%s%s" % (
            _escape(alg.displayName()), tr("%d layers added") % len(added),
            "<table cellspacing='4'>%s</table>" % rows if rows else "",
            "<p>%s</p>" % " · ".join(files) if files else ""))

    def _assign_roles(self, layers, alg_name, results):
        """Data tab: outputs named like a role parameter become that role's layer."""
        settings = ProjectSettings.load(self.project)
        by_source = {}
        for layer in layers:
            by_source[os.path.normpath(layer.source().split("|")[0])] = layer
        changed = False
        for name, value in results.items():
            role = output_role(name, alg_name)
            if role is None or not isinstance(value, str):
                continue
            layer = next((lyr for lyr in layers if lyr.id() == value or lyr.source() == value), None)
            if layer is None:
                layer = by_source.get(os.path.normpath(value.split("|")[0]))
            if layer is not None:
                settings.roles[role] = layer.id()
                changed = True
        if changed:
            settings.save(self.project)

    def _finish(self):
        self.cancelButton.setEnabled(False)
        if self.group is not None and not self.group.children():
            self.project.layerTreeRoot().removeChildNode(self.group)
            self.group = None
        if self.run_ok:
            self.progressBar.setValue(100)
            self.statusLabel.setText(tr("Done: results in group '%s'.") % self.group.name()
                                     if self.group is not None else tr("Done."))
        else:
            self.progressBar.setValue(0)
            self.statusLabel.setText(tr("Stopped: no layer of the stopped step was kept."))
        self.task = None
        self.refresh()
        self.runButton.setEnabled(any(c.isEnabled() for c in self.checks.values()))
        self.finished.emit(self.run_ok)


def _count(layer):
    """Features of a vector layer, counted by reading them (the provider's featureCount() makes
    GDAL log 'unable to open database file' on a GeoPackage just styled by the algorithm)."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    request = QgsFeatureRequest().setNoAttributes()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return sum(1 for _feature in layer.getFeatures(request))


def _draw_order(layer):
    """Legend order: points, lines, polygons, tables, then rasters (then by name)."""
    if not isinstance(layer, QgsVectorLayer):
        return (9, layer.name())
    kind = layer.geometryType()
    kind = getattr(kind, "value", kind)  # Qt6 enums are not ints
    return ({0: 0, 1: 1, 2: 2}.get(int(kind), 5), layer.name())


def _escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class PlanningPanel(QDockWidget):
    """The InfraPlan planning dock: a tab per domain."""

    settings_requested = pyqtSignal()
    catalogue_requested = pyqtSignal()

    def __init__(self, parent=None, project=None, domains=DOMAINS):
        super().__init__(tr("InfraPlan planning"), parent)
        self.setObjectName("InfraPlanPlanningPanel")
        self.project = project or QgsProject.instance()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.summary = QLabel(body)
        self.summary.setObjectName("settingsSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        for text, signal, name in ((tr("Settings…"), self.settings_requested, "settingsButton"),
                                   (tr("Catalogue…"), self.catalogue_requested, "catalogueButton")):
            button = QPushButton(text, body)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            top.addWidget(button)
        layout.addLayout(top)
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("domainTabs")
        layout.addWidget(self.tabs)
        self.domain_tabs = {}
        for domain, alg_ids in domains:
            tab = DomainTab(domain, alg_ids, self.project, self.tabs)
            self.tabs.addTab(tab, tr(GROUPS.get(domain, domain)))
            self.domain_tabs[domain] = tab
            tab.finished.connect(self.refresh)
        self.setWidget(body)
        self.refresh()
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.connect(self.refresh)
        registry.providerRemoved.connect(self.refresh)

    def refresh(self, *_args):
        settings = ProjectSettings.load(self.project)
        crs = settings.crs_object()
        self.summary.setText(tr("Planning CRS: %s · %d layer roles set")
                             % (crs.authid() if crs.isValid() else tr("algorithm default"),
                                len(settings.roles)))
        for tab in self.domain_tabs.values():
            tab.refresh()

    def is_running(self):
        return any(tab.is_running() for tab in self.domain_tabs.values())

    def cancel_all(self):
        """Stop every run for good (plugin unload)."""
        for tab in self.domain_tabs.values():
            if tab.is_running():
                tab.detach()

    def disconnect_registry(self):
        registry = QgsApplication.processingRegistry()
        for signal in (registry.providerAdded, registry.providerRemoved):
            try:
                signal.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass


__all__ = ["DOMAINS", "ROLES", "PlanningPanel", "build_parameters", "headline"]
