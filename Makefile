# Agent Assist — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp-install
export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: run test lint typecheck layers pytest bench deps runtime-deps package clean

run: runtime-deps $(STAMP)  ## open the app on the embedded demo shop
	$(BIN)/agent-assist --profile "$(CURDIR)/profile-demo" --demo

test: deps $(STAMP) lint typecheck layers pytest  ## everything CI runs

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

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

package: $(STAMP)
	bash packaging/build.sh

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
