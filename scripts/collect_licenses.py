"""Gathers the licence notices of everything the kiosk bundle ships, from the build environment's installed metadata.

build.spec calls ``bundled_distributions`` with the modules PyInstaller collected and ``write_notices`` to
write the folder that lands in the bundle as ``resources/licenses`` (and beside the executable as LICENSES/).
Run it by hand to see what would be written for the runtime dependencies in pyproject.toml:

    python scripts/collect_licenses.py --out build/licenses

The notices are generated at build time rather than committed, so they always match the exact versions in
the bundle. Only the GPL/LGPL texts (which PySide6's wheels do not carry) are committed, in resources/licenses.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Distributions released under the LGPL whose wheels carry no licence text of their own.
_QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _own_project_name(pyproject: Path = ROOT / "pyproject.toml") -> str:
    return _normalise(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["name"])


def bundled_distributions(names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed third-party distributions that own the given module names or bundle paths (``a.b.c``,
    ``a/b/c.so``); the kiosk itself is not one of them."""
    owners = metadata.packages_distributions()
    own = _own_project_name()
    found: dict[str, metadata.Distribution] = {}
    top_levels = {re.split(r"[./\\]", name, maxsplit=1)[0] for name in names if name}
    for top in sorted(top_levels):
        for dist_name in owners.get(top, []):
            key = _normalise(dist_name)
            if key != own and key not in found:
                found[key] = metadata.distribution(dist_name)
    return [found[key] for key in sorted(found)]


def _applies(requirement: str) -> bool:
    """Whether a requirement is installed here: no extra, and its environment marker (if any) holds."""
    if ";" not in requirement:
        return True
    try:
        from packaging.requirements import Requirement
    except ImportError:
        return False  # without packaging, leave conditional requirements out rather than guess
    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate({"extra": ""})


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> list[metadata.Distribution]:
    """The runtime dependencies named in pyproject.toml and everything they require, as installed here."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pending = [re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0] for req in project.get("dependencies", [])]
    found: dict[str, metadata.Distribution] = {}
    while pending:
        name = pending.pop()
        key = _normalise(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            print(f"collect_licenses: {name} is not installed here; its notice is missing", file=sys.stderr)
            continue
        found[key] = dist
        for req in dist.requires or []:
            if _applies(req):
                pending.append(re.split(r"[<>=!~;\[ (]", req, maxsplit=1)[0])
    return [found[key] for key in sorted(found)]


def licence_summary(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, its short License field, or its classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 200:
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or "see the files in this folder"


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, Path]]:
    """(installed file, path relative to the dist-info folder) for each licence-like file a distribution ships."""
    pairs = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info") or not _LICENCE_FILE.match(entry.name):
            continue
        relative = Path(*parts[1:])
        if relative.parts and relative.parts[0] == "licenses":
            relative = Path(*relative.parts[1:])
        pairs.append((Path(dist.locate_file(entry)), relative))
    return pairs


def _homepage(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "source code", "code", "repository"}:
            return address.strip()
    return ""


def python_licence() -> Path | None:
    """CPython's licence file, wherever this interpreter's installation keeps it."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows installer
        Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt",  # source builds, pyenv
        Path("/usr/share/doc") / f"python{version}" / "copyright",  # Debian
    ]
    return next((path for path in candidates if path.is_file()), None)


def system_library_packages(paths: Iterable[str]) -> dict[str, list[str]]:
    """Debian package -> the bundled libraries it provided, for libraries copied from the build machine's system.

    Empty where dpkg is not available (Windows, macOS, other Linux distributions).
    """
    candidates = {}
    for path in paths:
        resolved = os.path.realpath(path)
        if resolved.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")):
            candidates[path] = resolved
    if not candidates or shutil.which("dpkg") is None:
        return {}
    packages: dict[str, list[str]] = {}
    for path, resolved in candidates.items():
        # Merged /usr: dpkg knows each file under one of its two names.
        aliases = {path, resolved}
        for alias in list(aliases):
            aliases.add(alias.removeprefix("/usr") if alias.startswith("/usr/lib") else "/usr" + alias)
        answer = subprocess.run(["dpkg", "-S", *sorted(aliases)], capture_output=True, text=True).stdout
        package = next((line.split(":", 1)[0] for line in answer.splitlines() if ": " in line), None)
        if package:
            packages.setdefault(package, []).append(Path(path).name)
    return packages


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion

        return qVersion()
    except ImportError:
        return "unknown"


def _readme(qt_version: str, pyside_version: str, onefile: bool, app_name: str) -> str:
    where = (
        "This one-file build keeps the Qt libraries inside the executable. To use a modified Qt, build the\n"
        "one-folder version from the same source instead (scripts/build.sh, or `python -m PyInstaller build.spec`),\n"
        "which keeps them as separate files."
        if onefile
        else f"In this one-folder build the Qt libraries are separate files in\n"
        f"  {app_name}/_internal/PySide6/Qt/lib/      (Linux: libQt6*.so.6)\n"
        f"  {app_name}/_internal/PySide6/              (Windows: Qt6*.dll)\n"
        "and the PySide6 bindings in _internal/PySide6 and _internal/shiboken6. You may replace them with your\n"
        "own build of the same Qt/PySide6 version (binary compatible) and the kiosk will load yours."
    )
    return f"""Clinic Kiosk: licences of the software it contains
===================================================

The kiosk bundles Python, PySide6 {pyside_version} (Qt for Python) and Qt {qt_version}, plus the Python
packages listed in THIRD-PARTY-NOTICES.txt. Each has its own licence; the texts are in this folder.

Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0-only): see
LGPL-3.0.txt, which supplements the GNU GPL version 3 in GPL-3.0.txt. The corresponding source code of
Qt and PySide6 is available from https://download.qt.io/official_releases/ and
https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{pyside_version}); Qt's own third-party components
(ICU, HarfBuzz, FreeType, libpng, libjpeg, zlib, PCRE2 and others) and their licences are listed at
https://doc.qt.io/qt-6/licenses-used-in-qt.html.

Replacing the Qt libraries
--------------------------
{where}

The executable's start-up code comes from PyInstaller's bootloader (GPL-2.0-or-later with an exception
that allows distributing it with programs under any licence; see pyinstaller-*/). Libraries copied from
the build machine's operating system are listed at the end of THIRD-PARTY-NOTICES.txt, their copyright
files in system/.
"""


def write_notices(
    dists: Iterable[metadata.Distribution],
    out_dir: Path,
    *,
    extra_dirs: Iterable[Path] = (),
    font_dir: Path | None = None,
    onefile: bool = False,
    app_name: str = "kiosk",
    system_libraries: Iterable[str] = (),
) -> Path:
    """Write README.txt, THIRD-PARTY-NOTICES.txt and every licence file into out_dir (emptied first).

    system_libraries: paths of shared libraries PyInstaller copied from the build machine's system; on Debian
    their packages' copyright files are included.
    """
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    for extra in extra_dirs:
        for path in sorted(Path(extra).glob("*")):
            if path.is_file():
                shutil.copy2(path, out_dir / path.name)

    dists = list(dists)
    # The bootloader is compiled into every executable PyInstaller makes, so its notice ships too.
    with contextlib.suppress(metadata.PackageNotFoundError):
        dists.append(metadata.distribution("pyinstaller"))

    lines = ["Third-party software in the Clinic Kiosk bundle", "=" * 48, ""]
    python = python_licence()
    lines += [f"Python {sys.version.split()[0]}", "  Licence: PSF-2.0", "  Home: https://www.python.org/"]
    if python:
        (out_dir / "python").mkdir()
        shutil.copy2(python, out_dir / "python" / "LICENSE.txt")
        lines.append("  Files: python/LICENSE.txt")
    else:
        lines.append("  Files: see https://docs.python.org/3/license.html")
    lines.append("")

    pyside_version = "unknown"
    for dist in sorted(dists, key=lambda d: _normalise(d.metadata["Name"])):
        name, version = dist.metadata["Name"], dist.version
        folder = out_dir / f"{name}-{version}"
        copied = []
        for source, relative in licence_files(dist):
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            copied.append(str(target.relative_to(out_dir)).replace("\\", "/"))
        if _normalise(name) in _QT_DISTRIBUTIONS:
            pyside_version = version
            copied += ["LGPL-3.0.txt", "GPL-3.0.txt"]
        lines += [f"{name} {version}", f"  Licence: {licence_summary(dist)}"]
        if _homepage(dist):
            lines.append(f"  Home: {_homepage(dist)}")
        lines.append(f"  Files: {', '.join(copied) if copied else 'none shipped by the package; see its home page'}")
        lines.append("")

    if font_dir and (font_dir / "OFL.txt").is_file():
        (out_dir / "fonts").mkdir()
        shutil.copy2(font_dir / "OFL.txt", out_dir / "fonts" / "OFL.txt")
        lines += ["Atkinson Hyperlegible font", "  Licence: OFL-1.1", "  Files: fonts/OFL.txt", ""]

    system = system_library_packages(system_libraries)
    if system:
        lines += ["System libraries copied from the build machine (Debian packages)", "-" * 64, ""]
    for package, libraries in sorted(system.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        lines.append(f"{package}: {', '.join(sorted(libraries))}")
        if copyright_file.is_file():
            target = out_dir / "system" / package.split(":")[0] / "copyright"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(copyright_file, target)
            lines.append(f"  Files: {target.relative_to(out_dir).as_posix()}")
        else:
            lines.append("  Files: see the package's copyright file in Debian")
        lines.append("")

    (out_dir / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines), encoding="utf-8")
    (out_dir / "README.txt").write_text(_readme(_qt_version(), pyside_version, onefile, app_name), encoding="utf-8")
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "licenses", help="folder to write (emptied)")
    args = parser.parse_args(argv)
    out = write_notices(
        runtime_distributions(),
        args.out,
        extra_dirs=[ROOT / "resources" / "licenses"],
        font_dir=ROOT / "resources" / "fonts",
    )
    print(f"Licence notices written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
