# InfraPlan – developer commands. See README.md.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
RAW_DATA ?= ../shared/data/lauf_pegnitz
OUT ?= out
export QT_QPA_PLATFORM := offscreen

# Debian packages QGIS and the engine run on (one GDAL/PROJ shared by all of them),
# plus the tools for translations, packaging and headless tests.
APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-numpy \
  python3-scipy python3-shapely python3-pyproj python3-rasterio python3-fiona \
  python3-numba python3-networkx python3-venv python3-pip pyqt5-dev-tools \
  qttools5-dev-tools proj-bin xvfb xauth git zip unzip make

.PHONY: setup apt venv test test-engine lint demo package install translations qm bench sample-data clean

setup: apt venv qm ## install everything (Debian packages, .venv, pinned tools)

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q 'install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "Debian packages: all present"; exit 0; fi; \
	echo "Installing Debian packages:" $$missing; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; \
	else echo "make setup needs root to install packages. Run as root or with sudo:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $$missing"; exit 1; fi; \
	$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends $$missing

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt
	test -x $(PY) || $(PY_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -c "import numpy, qgis.core; assert numpy.__file__.startswith('/usr/lib/python3/'), numpy.__file__"
	touch $@

test: qm ## all tests, headless: engine, plugin (pytest-qgis), end-to-end (qgis_process.bin)
	$(PY) -m pytest -q -p no:randomly tests

test-engine:
	$(PY) -m pytest -q tests/engine

lint:
	$(VENV)/bin/ruff check .
	$(PY) -m compileall -q __init__.py algorithms plugin ui
	$(VENV)/bin/bandit -q -c pyproject.toml -r __init__.py algorithms plugin ui

demo: ## run the planning chain on the Lauf sample through qgis_process.bin into out/
	$(PY) scripts/demo.py --out $(OUT) --raw $(RAW_DATA)

sample-data: ## rebuild test_data/ from the raw files in RAW_DATA
	$(PY) scripts/build_sample_data.py --raw $(RAW_DATA) --out test_data

translations: ## pylupdate5 + lrelease -> resources/i18n/infraplan_de.qm
	$(PY) scripts/translations.py update
	$(MAKE) qm

qm:
	lrelease -silent resources/i18n/infraplan_de.ts -qm resources/i18n/infraplan_de.qm

package: qm ## dist/infraplan-<version>.zip from git HEAD (plus the compiled translation)
	mkdir -p dist .build/pkgzip/infraplan/resources/i18n
	rm -f dist/infraplan-$(VERSION).zip
	git archive --format=zip --prefix=infraplan/ -o dist/infraplan-$(VERSION).zip HEAD
	cp resources/i18n/infraplan_de.qm .build/pkgzip/infraplan/resources/i18n/
	cd .build/pkgzip && zip -q ../../dist/infraplan-$(VERSION).zip infraplan/resources/i18n/infraplan_de.qm
	@echo "dist/infraplan-$(VERSION).zip"

install: qm ## link this checkout into the default QGIS profile
	mkdir -p $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
	ln -sfn $(CURDIR) $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins/infraplan
	@echo "Linked. Enable InfraPlan in QGIS: Plugins > Manage and Install Plugins > Installed."

bench: ## benchmarks side by side with reference tools (ratios)
	$(PY) benchmarks/run.py

clean:
	rm -rf .build dist out .qgis-settings
