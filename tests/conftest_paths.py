"""Paths shared by tests (importable as a module; conftest.py links the package)."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG_ROOT = os.path.join(REPO, ".build", "pkg")
