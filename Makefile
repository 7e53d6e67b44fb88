# Two commands: `make run` and `make test`. Both create .venv with the newest Python >= 3.11 found.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3.11 python3; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/templates/running-shoes.fr.journey.json

.PHONY: run test bench clean

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

clean:
	rm -rf $(VENV) build *.egg-info
