"""The engine/adapter rule: nothing under algorithms/ imports qgis or Qt."""
import ast
import os
import subprocess
import sys

from conftest_paths import PKG_ROOT, REPO

FORBIDDEN = ("qgis", "PyQt4", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def _engine_files():
    root = os.path.join(REPO, "algorithms")
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def test_no_qgis_or_qt_imports_in_source():
    offenders = []
    for path in _engine_files():
        tree = ast.parse(open(path, encoding="utf-8").read(), path)
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append("%s:%d imports %s" % (os.path.relpath(path, REPO), node.lineno, name))
    assert offenders == []


def test_engine_imports_in_a_plain_interpreter():
    """Import every engine module in a fresh interpreter and check that neither qgis nor
    Qt got loaded (catches indirect imports too)."""
    modules = []
    for path in _engine_files():
        rel = os.path.relpath(path, REPO)[:-3].replace(os.sep, ".")
        modules.append("infraplan." + (rel[:-9] if rel.endswith(".__init__") else rel))
    code = (
        "import importlib, sys\n"
        "sys.path.insert(0, %r)\n"
        "for m in %r:\n    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in %r)\n"
        "print(','.join(bad))\n" % (PKG_ROOT, sorted(modules), FORBIDDEN)
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", "engine pulled in: " + proc.stdout
