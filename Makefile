# The single entry point. Every target that needs the environment depends on
# .venv/.setup-done, so `make test` alone works on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.setup-done

.PHONY: setup generate check-generated test test-fast lint typecheck build demo quickstart bench clean

setup: $(STAMP)

# Re-run the install only when the inputs change; a second `make setup` is a no-op.
$(STAMP): pyproject.toml requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e '.[cli,redis]'
	# fleet-pacing tests run a real redis-server on 127.0.0.1 (Debian's package; root here)
	command -v redis-server >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq redis-server; } || \
		echo "warning: could not install redis-server; the fleet tests need it" >&2
	touch $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py generate

check-generated: $(STAMP)
	$(PY) scripts/generate.py check

test: $(STAMP)
	$(PY) -m pytest --cov --cov-branch --cov-report=term-missing --cov-fail-under=95 $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -x -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

build: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .

demo: $(STAMP)
	$(PY) -m xverse_api.demo

# The README's quickstart against the fake API on 127.0.0.1: no key needed.
quickstart: $(STAMP)
	$(PY) examples/quickstart.py --fake

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .coverage
