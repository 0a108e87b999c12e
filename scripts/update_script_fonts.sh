#!/usr/bin/env bash
# Copies the Noto fonts for the scripts the kiosk offers (Arabic and Urdu, Bengali, Gurmukhi, Gujarati) from
# Debian's fonts-noto-core (installed here if missing: the app and its tests need only the copies) into
# resources/fonts/, with their licence. They are kept in git (about 1.3 MB) so that a Windows build, which has no
# Debian packages, ships them too; run this again to take a newer Debian release of them.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=/usr/share/fonts/truetype/noto
if ! dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "install ok installed"; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends fonts-noto-core
fi
files=(
  NotoNaskhArabic-Regular.ttf NotoNaskhArabic-Bold.ttf      # Urdu and Arabic (kiosk.languages: font)
  NotoSansBengali-Regular.ttf NotoSansBengali-Bold.ttf
  NotoSansGurmukhi-Regular.ttf NotoSansGurmukhi-Bold.ttf    # Panjabi
  NotoSansGujarati-Regular.ttf NotoSansGujarati-Bold.ttf
)
for f in "${files[@]}"; do
  install -m 0644 "$source_dir/$f" resources/fonts/
done
{
  echo "The Noto fonts in this folder (Noto*.ttf) come from Debian's fonts-noto-core package"
  echo "($(dpkg-query -W -f='${Version}' fonts-noto-core 2>/dev/null || echo 'version unknown'))."
  echo
  cat /usr/share/doc/fonts-noto-core/copyright
} > resources/fonts/Noto-LICENSE.txt
echo "Copied ${#files[@]} Noto fonts to resources/fonts/"
