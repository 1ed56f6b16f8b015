# Agent Assist — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp-install

.PHONY: run test lint typecheck layers pytest bench deps runtime-deps package package-test clean i18n i18n-update

run: runtime-deps $(STAMP) i18n  ## open the app on the embedded demo shop
	$(BIN)/agent-assist --profile "$(CURDIR)/profile-demo" --demo

test: deps $(STAMP) i18n lint typecheck layers pytest  ## everything CI runs

deps:
	@bash scripts/system-deps.sh

runtime-deps:
	@bash scripts/system-deps.sh --runtime

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check agent_assist tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m "not package"

package-test: $(STAMP) i18n  ## build the .deb, install it with apt, run it, remove it (root)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m package tests/packaging

bench: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/chat.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/reports.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/backup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/search.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/import.py

package: $(STAMP) i18n
	bash packaging/build.sh

# Translations: resources/i18n/*.ts are the sources (fr, ar; en holds English plural forms),
# the .qm files lrelease makes from them are build products (git ignores them).
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

i18n: $(QM_FILES)  ## compile the translations

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)  ## re-extract strings from agent_assist/ui and app.py into the .ts files
	$(BIN)/python scripts/i18n.py update

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
