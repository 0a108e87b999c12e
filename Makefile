# The two commands a new machine needs: `make run` and `make test`.
# Each sets up everything first (Debian packages, virtual environment, packages).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run kiosk test test-slow test-windows lint check index snapshot bench build selftest-bundle clean system-deps translations update-translations

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	./scripts/install-system-deps.sh

## The interface's translations: resources/translations/*.ts compiled to build/translations/*.qm (Qt's lrelease).
TS := $(wildcard resources/translations/kiosk_*.ts)
QM := $(patsubst resources/translations/%.ts,build/translations/%.qm,$(TS))
build/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python -m kiosk.translations compile build/translations

translations: $(QM)

## After changing interface strings: bring every .ts up to date with the code (new strings arrive unfinished).
update-translations: $(STAMP)
	for ts in $(TS); do $(BIN)/pyside6-lupdate -locations none $$(find kiosk/ui -name '*.py' | sort) -ts $$ts; done

## Run the app in a window (for a laptop or a developer's desktop).
run: $(STAMP) translations
	$(BIN)/kiosk --windowed $(ARGS)

## Run the app as the waiting-room kiosk would (full screen, locked down).
kiosk: $(STAMP) translations
	$(BIN)/kiosk --kiosk $(ARGS)

## Run every test (unit, widget and whole-app), the linter and the content checker. The tests run on
## TEST_WORKERS processes (pytest-xdist; a file's tests stay together, so its fixtures are built once):
## make test TEST_WORKERS=0 runs them in this one process; the longest files go first (tests/conftest.py). The few that start a real X11 screen or run the
## whole self-test as a child (marked xvfb or slow), and the monkey's further seeds (marked soak) are test-slow's,
## which CI runs too (.ci/run).
TEST_WORKERS ?= 2
SLOW_TESTS := xvfb or slow or soak
## PYTHONDONTWRITEBYTECODE is cleared for the tests: with it set, every run (and each test worker, and every kiosk
## child process a test starts) compiled the app and re-wrote every test module's asserts again, tens of seconds of CPU.
test: $(STAMP) translations
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/kiosk check --content-dir content
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder -m "not ($(SLOW_TESTS))" \
		$(PYTEST_ARGS)

## The real-window checks (an Xvfb screen) and the whole self-test from source: a child process each, seconds
## apiece; and the monkey's further seeds (a minute each). CI runs them beside make test.
test-slow: $(STAMP) translations
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile -m "$(SLOW_TESTS)" \
		$(PYTEST_ARGS)

## The Qt-free core tests under the Windows build of CPython 3.11, through Wine (scripts/test-windows.sh sets up
## Wine, the embeddable Python and Windows wheels in .wine-py/). Options: make test-windows WIN_ARGS="tests/core/x.py".
test-windows: $(STAMP)
	PYTHON=$(BIN)/python ./scripts/test-windows.sh $(WIN_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks

check: $(STAMP)
	$(BIN)/kiosk check

snapshot: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk snapshot --out snapshots

## Every figure in one table (start-up, page open, large print, search, memory, monkey, bundle), also written to
## benchmarks/results/latest.md and .json. Options: make bench BENCH_ARGS="--pages 1000 --monkey-actions 500".
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

## The standalone app (one folder) in dist/kiosk/, built from its own clean virtual environment.
build:
	./scripts/build.sh

## The bundle's own self-test, as CI runs it.
selftest-bundle: build
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk --self-test

index: $(STAMP)
	$(BIN)/kiosk index

clean:
	rm -rf build dist snapshots .pytest_cache
