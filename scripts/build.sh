#!/usr/bin/env bash
# Builds the standalone kiosk into dist/ (called by `make build`).
#
#   scripts/build.sh             one-folder build: dist/kiosk/kiosk (starts fastest; the one to deploy)
#   scripts/build.sh --onefile   one-file build:   dist/kiosk-onefile
#
# It builds from its own clean virtual environment (build/venv) holding only the runtime packages pinned in
# pyproject.toml and PyInstaller, so test and developer tools can never end up in the bundle. The venv is
# re-created whenever pyproject.toml changes or anything else was installed into it.
# On Windows use the same spec by hand: see docs/deploy.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv"
STAMP="$VENV/.kiosk-build-stamp"
ONEFILE=0

for arg in "$@"; do
  case "$arg" in
    --onefile) ONEFILE=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\n==> %s\n' "$*"; }

# --- 1. System packages and a suitable Python --------------------------------------------------------------
./scripts/install-system-deps.sh

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "build.sh: $PYTHON not found; install Python 3.11 or newer (Debian: apt-get install python3)" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))'; then
  echo "build.sh: $("$PYTHON" -V 2>&1) is too old; the kiosk needs Python 3.11 or newer (set PYTHON=...)" >&2
  exit 1
fi
# PyInstaller bundles Python's shared library; Debian ships it separately from the interpreter.
if ! "$PYTHON" - <<'EOF'
import pathlib, subprocess, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or sysconfig.get_config_var("LDLIBRARY") or ""
libdir = pathlib.Path(sysconfig.get_config_var("LIBDIR") or "")
if (libdir / name).exists() or (name and name in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout):
    raise SystemExit(0)
print(f"build.sh: Python's shared library {name or 'libpython'} is missing; PyInstaller needs it.", file=sys.stderr)
v = f"{sys.version_info.major}.{sys.version_info.minor}"
print(f"  Debian: apt-get install libpython{v}   (or build Python with --enable-shared)", file=sys.stderr)
raise SystemExit(1)
EOF
then exit 1; fi

# --- 2. A clean build environment --------------------------------------------------------------------------
requirements() {
  "$PYTHON" - <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["build"]))
EOF
}
wanted_stamp() { { "$PYTHON" -V; sha256sum pyproject.toml; } 2>&1; }
current_stamp() { { wanted_stamp; "$VENV/bin/python" -m pip freeze --all 2>/dev/null; }; }

if [ -f "$STAMP" ] && [ "$(current_stamp)" = "$(cat "$STAMP")" ]; then
  say "Reusing the clean build environment in build/venv"
else
  say "Creating a clean build environment in build/venv (runtime packages + PyInstaller only)"
  rm -rf "$VENV"
  if ! "$PYTHON" -m venv "$VENV"; then
    echo "build.sh: could not create a virtual environment (Debian: apt-get install python3-venv)" >&2
    exit 1
  fi
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  requirements > "$ROOT/build/requirements-build.txt"
  "$VENV/bin/python" -m pip install --quiet --require-virtualenv -r "$ROOT/build/requirements-build.txt"
  current_stamp > "$STAMP"
fi

# --- 3. The search index for the shipped content -----------------------------------------------------------
# The app is imported from this checkout (not installed), so the index matches the code being bundled.
say "Building the search index: kiosk index --out build/index"
rm -rf "$ROOT/build/index"
index_log="$ROOT/build/index.log"
if "$VENV/bin/python" -m kiosk index --out "$ROOT/build/index" >"$index_log" 2>&1; then
  cat "$index_log"
elif grep -qE "No module named 'kiosk\.|invalid choice: 'index'" "$index_log"; then
  cat "$index_log" >&2
  echo "build.sh: SKIPPED the prebuilt index: 'kiosk index' is not implemented yet in this checkout." >&2
  echo "          The bundle will build its index at start-up instead (slower first start)." >&2
else
  cat "$index_log" >&2
  echo "build.sh: 'kiosk index' failed; fix the content or the index code (see above)." >&2
  exit 1
fi

# --- 4. PyInstaller ----------------------------------------------------------------------------------------
mode=onedir; [ "$ONEFILE" = 1 ] && mode=onefile
say "Running PyInstaller ($mode)"
KIOSK_ONEFILE="$ONEFILE" "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller/$mode" build.spec

# --- 5. What came out --------------------------------------------------------------------------------------
if [ "$ONEFILE" = 1 ]; then bundle="dist/kiosk-onefile"; run="$bundle"; else bundle="dist/kiosk"; run="$bundle/kiosk"; fi
say "Built $bundle"
echo "Size on disk: $(du -sh "$bundle" | cut -f1) ($(du -sb "$bundle" | cut -f1) bytes)"
echo "Check it:     $run --self-test"
echo "Run it:       $run --windowed"
