"""Make the checkout importable as the package ``infraplan`` (the repository root is
the plugin package) and provide shared fixtures."""
import os
import sys

import pytest

TESTS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(TESTS)
PKG_ROOT = os.path.join(REPO, ".build", "pkg")


def _link_package():
    os.makedirs(PKG_ROOT, exist_ok=True)
    link = os.path.join(PKG_ROOT, "infraplan")
    if not os.path.islink(link):
        os.symlink(REPO, link)
    if PKG_ROOT not in sys.path:
        sys.path.insert(0, PKG_ROOT)


_link_package()
for _p in (TESTS, REPO):  # conftest_paths and scripts importable from tests
    if _p not in sys.path:
        sys.path.append(_p)

TEST_DATA = os.path.join(REPO, "test_data")
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
RAW_DATA = os.environ.get("INFRAPLAN_RAW_DATA", os.path.join(SHARED, "data", "lauf_pegnitz"))
REFERENCE = os.path.join(SHARED, "reference")


@pytest.fixture(scope="session")
def repo_dir():
    return REPO


@pytest.fixture(scope="session")
def test_data_dir():
    return TEST_DATA


@pytest.fixture(scope="session")
def raw_data_dir():
    if not os.path.isdir(RAW_DATA):
        pytest.skip("raw sample data folder %s not present" % RAW_DATA)
    return RAW_DATA
