# The single entry point. Every target that needs the environment depends on
# .venv/.setup-done, so `make test` alone works on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.setup-done
# Prism (npm @stoplight/prism-cli), the independent mock server the conformance tests
# run against, installed into .tools/ (ignored by git). 5.15+ needs node >= 24.
PRISM_VERSION := 5.14.2
TOOLS  := .tools
PRISM_STAMP := $(TOOLS)/.prism-$(PRISM_VERSION)

.PHONY: setup generate check-generated check-api changelog release-baseline test test-fast lint typecheck build demo quickstart bench bench-suite clean

setup: $(STAMP) $(PRISM_STAMP)

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

# Without npm the Prism test is skipped (it fails instead when CI is set); the install is
# tried again on the next `make setup`.
$(PRISM_STAMP):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(TOOLS) --no-save --no-package-lock --no-audit --no-fund \
			--loglevel=error @stoplight/prism-cli@$(PRISM_VERSION) && touch $@; \
	else \
		echo "npm not found: Prism is not installed; its conformance test will be skipped"; \
	fi

generate: $(STAMP)
	$(PY) scripts/generate.py generate

check-generated: $(STAMP)
	$(PY) scripts/generate.py check

# The public API against the last release (release.json): fails when the version in
# pyproject.toml is not bumped as semver asks (0.x: minor if breaking, else patch).
check-api: $(STAMP)
	$(PY) scripts/apidiff.py check

# The entry for everything since the last release, written at the top of CHANGELOG.md
# (replacing the entry of the same version). Not part of `make generate`: a spec is often
# regenerated several times before a release, and the entry describes the release.
changelog: $(STAMP)
	$(PY) scripts/apidiff.py changelog --write

# After the release commit is on main (and published): release.json records its version
# and commit; commit release.json.
release-baseline: $(STAMP)
	$(PY) scripts/apidiff.py release

# Both suites run on every core (pytest-xdist, at most 4 workers); a test file stays on
# one worker, so its module fixtures (a regenerated copy of the repo) are built once.
# XDIST="-n 0" runs them in one process.
XDIST ?= -n auto --maxprocesses=4 --dist loadfile

test: $(STAMP) $(PRISM_STAMP)
	$(PY) -m pytest $(XDIST) --cov --cov-branch --cov-report=term-missing --cov-fail-under=95 $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest $(XDIST) -x -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

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

# How the test suite's wall time grows with the spec (issue 17): the one-operation commit,
# this checkout and a synthetic ~150-operation copy, one after the other. Three whole
# suite runs (tens of minutes); not part of CI. BENCH_SUITE_ARGS: see --help.
bench-suite: $(STAMP)
	$(PY) bench/suite_scaling.py $(BENCH_SUITE_ARGS)

clean:
	rm -rf $(VENV) $(TOOLS) dist build .pytest_cache .mypy_cache .ruff_cache .coverage
