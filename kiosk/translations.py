"""The interface's translations: Qt Linguist ``.ts`` sources in ``resources/translations/``, compiled to ``.qm``
files by Qt's own ``lrelease`` (shipped in the PySide6 wheel) for the app to load, and checked.

Plain Python (no Qt is imported: lrelease is run as a program). ``python -m kiosk.translations compile [DIR]``
builds the ``.qm`` files (``make translations``, the build); ``kiosk check`` and the tests use ``check_ts``.

A translation that no qualified translator has checked yet keeps Qt's ``type="unfinished"`` mark and says so in
a translator comment; Qt still uses it (lrelease keeps unfinished translations), so such a language can be tried
on a kiosk, but ``kiosk check`` lists it and it is never called checked.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from kiosk import resources

# {name} (str.format) and %1..%99 / %n (Qt) in a source string must all be in its translation.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%(?:\d{1,2}|n)")
_TS_NAME = re.compile(r"^kiosk_([a-z]{2,3})\.ts$")
UNCHECKED_NOTE = "Not yet checked by a qualified translator"


def source_dir() -> Path:
    return resources.resources_dir() / "translations"


def compiled_dir() -> Path:
    """Where the app finds the ``.qm`` files: beside the bundle's resources, or ``build/translations`` from
    source (made by ``make translations``; never committed)."""
    if resources.is_frozen():
        return resources.bundle_root() / "translations"
    return resources.bundle_root() / "build" / "translations"


def ts_files(folder: Path | None = None) -> dict[str, Path]:
    """The translation sources by language code (``kiosk_pl.ts`` is ``pl``)."""
    folder = folder or source_dir()
    found = {}
    for path in sorted(folder.glob("kiosk_*.ts")):
        match = _TS_NAME.match(path.name)
        if match:
            found[match.group(1)] = path
    return found


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


@dataclass
class TranslationReport:
    code: str
    messages: int = 0
    translated: int = 0
    unchecked: int = 0  # translated, still marked unfinished (not yet checked by a qualified translator)
    errors: list[str] = field(default_factory=list)
    sources: set[tuple[str, str]] = field(default_factory=set)  # (context, source text)

    @property
    def checked(self) -> bool:
        """Every message translated and none still waiting for a check."""
        return not self.errors and self.messages > 0 and self.translated == self.messages and not self.unchecked


def check_ts(path: Path) -> TranslationReport:
    """Read one ``.ts`` file: what it holds, and its errors (a placeholder lost or made up, an unchecked
    translation without the note saying so, a file that does not parse)."""
    match = _TS_NAME.match(path.name)
    report = TranslationReport(match.group(1) if match else path.stem)
    import xml.etree.ElementTree as ElementTree  # only for checking: never on the app's start-up path

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        report.errors.append(f"{path.name}: cannot be read ({error})")
        return report
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            element = message.find("translation")
            kind = element.get("type", "") if element is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            report.messages += 1
            report.sources.add((context_name, source))
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            texts = forms or ([element.text or ""] if element is not None else [""])
            if not any(text.strip() for text in texts):
                continue
            report.translated += 1
            where = f"{path.name}: {context_name}: “{source[:60]}”"
            for text in texts:
                lost = placeholders(source) - placeholders(text)
                added = placeholders(text) - placeholders(source)
                if lost:
                    report.errors.append(f"{where}: the translation leaves out {', '.join(sorted(lost))}")
                if added:
                    report.errors.append(f"{where}: the translation adds {', '.join(sorted(added))}, "
                                         "which the kiosk never fills in")
            if kind == "unfinished":
                report.unchecked += 1
                note = message.findtext("translatorcomment", "")
                if UNCHECKED_NOTE.lower() not in note.lower():
                    report.errors.append(f"{where}: unfinished but translated, without the translator comment "
                                         f"“{UNCHECKED_NOTE}”")
    return report


def check_all(folder: Path | None = None) -> list[TranslationReport]:
    """Every translation, each with its errors; a message one file has and another lacks is an error in the file
    that lacks it (it was not brought up to date with ``make update-translations``)."""
    reports = [check_ts(path) for path in ts_files(folder).values()]
    everything = set().union(*(report.sources for report in reports)) if reports else set()
    for report in reports:
        for context, source in sorted(everything - report.sources):
            report.errors.append(f"kiosk_{report.code}.ts: {context}: “{source[:60]}” is missing "
                                 "(run `make update-translations`)")
    return reports


def run_check(out, folder: Path | None = None) -> int:
    """``kiosk check``'s part for the interface: one line per language, then every error. 1 if any."""
    from kiosk.languages import LANGUAGES

    reports = check_all(folder)
    if not reports:
        return 0
    print("\nInterface translations (resources/translations):", file=out)
    for report in reports:
        name = LANGUAGES[report.code].english if report.code in LANGUAGES else report.code
        state = "checked" if report.checked else f"{report.unchecked} not yet checked by a qualified translator"
        print(f"  {report.code} {name}: {report.translated} of {report.messages} strings translated; {state}",
              file=out)
    errors = [error for report in reports for error in report.errors]
    for error in errors:
        print(f"ERROR: {error}", file=out)
    return 1 if errors else 0


def lrelease() -> list[str]:
    """Qt's lrelease, as the PySide6 wheel ships it (found without importing Qt)."""
    spec = find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    return ["pyside6-lrelease"]


def compile_translations(out_dir: Path | None = None, sources: Path | None = None) -> list[Path]:
    """Compile every ``kiosk_XX.ts`` into ``out_dir`` (a file already newer than its source is kept). Raises
    RuntimeError naming the file when lrelease fails."""
    import subprocess

    out_dir = out_dir or compiled_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for _code, ts in ts_files(sources).items():
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            result = subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)],
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0 or not qm.exists():
                raise RuntimeError(f"lrelease could not compile {ts}: {result.stderr.strip() or result.stdout}")
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "compile":
        out = Path(argv[1]) if len(argv) > 1 else None
        made = compile_translations(out)
        print(f"compiled {len(made)} translations into {out or compiled_dir()}")
        return 0
    print("usage: python -m kiosk.translations compile [OUT_DIR]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
