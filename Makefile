# Two commands: `make run` and `make test`. Both create .venv with the newest Python >= 3.11 found.
# `make package` builds the standalone application in dist/journey-studio/ (packaging/README.md).
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3.11 python3; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/templates/running-shoes.fr.journey.json

.PHONY: run test bench references package clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Journey Studio needs Python 3.11 or newer (python3 --version)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/journey-studio $(SAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_core.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_editing.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_export.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_hostile_files.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_scale.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_slides.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_collab.py

# Reference pictures of every template × theme and the stress maps (tests/export/references), and the gallery
# that shows them (docs/gallery): review the pictures, then commit them.
references: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.export.pictures

# The bundle is rebuilt only when something it is made from changed: a file's content, or the list
# of files (build/packaging/inputs.txt is rewritten only when a file appears or goes away).
PACKAGE_STAMP := $(VENV)/.installed-package
BUNDLE := dist/journey-studio/journey-studio
BUNDLE_LIST := build/packaging/inputs.txt
ifneq ($(filter package,$(MAKECMDGOALS)),)
BUNDLE_FILES := pyproject.toml $(shell find journey_studio resources icons packaging \
	-name __pycache__ -prune -o -type f ! -name '*.pyc' -print | LC_ALL=C sort)
$(shell mkdir -p $(dir $(BUNDLE_LIST)) && printf '%s\n' $(BUNDLE_FILES) > $(BUNDLE_LIST).new && \
	{ cmp -s $(BUNDLE_LIST).new $(BUNDLE_LIST) && rm -f $(BUNDLE_LIST).new || mv -f $(BUNDLE_LIST).new $(BUNDLE_LIST); })
endif

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

$(BUNDLE): $(PACKAGE_STAMP) $(BUNDLE_FILES) $(BUNDLE_LIST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py

package: $(BUNDLE)

clean:
	rm -rf $(VENV) build dist *.egg-info
