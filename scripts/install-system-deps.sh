#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need on a fresh machine.
# Qt's xcb platform needs the X client libraries, the tests use Xvfb for one
# real-window check, fontconfig must exist even though we bundle our font, and
# the printing tests read the PDFs they print with poppler-utils (pdftotext).
# The Noto fonts for Urdu, Arabic, Bengali, Panjabi and Gujarati are in git (resources/fonts/), and draw those
# scripts by themselves (tests/ui/test_script_fonts.py): Debian's fonts-noto-core (42 MB installed) is needed only
# to refresh them with scripts/update_script_fonts.sh, which installs it then.
set -euo pipefail

packages=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6
  xvfb xauth fonts-dejavu-core binutils python3-venv libpython3.11
  wbritish  # only for scripts/make_word_list.py: the word list itself is shipped in resources/words/
  poppler-utils  # pdftotext: the printout tests read the PDF they print
  espeak-ng  # read aloud: the PC's own offline voice (British English); not shipped in the bundle
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Not a Debian-based system: please install the equivalents of: ${missing[*]}" >&2
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "These Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    echo "Ask your administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
