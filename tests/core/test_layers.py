"""The package's layers, read from the source: the core imports no Qt, and no import runs back up the layers."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk

PACKAGE = Path(kiosk.__file__).parent
# Plain Python: tested without a QApplication, usable from the command line and under Windows Python without Qt.
CORE = ("content", "search", "speech", "usage", "packs", "fleet", "settings.py", "machine_settings.py", "paths.py",
        "files.py", "logs.py", "navigation.py", "qrcodes.py", "resources.py")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(*parts: str) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        target = PACKAGE / part
        if target.is_dir():
            found.extend(sorted(target.rglob("*.py")))
        elif target.is_file():
            found.append(target)
    return found


def test_the_core_imports_no_qt() -> None:
    core = _modules(*CORE)
    assert len(core) > 20  # the list above still names the core
    offenders = {str(path.relative_to(PACKAGE)): sorted(name for name in _imports(path) if name.startswith("PySide6"))
                 for path in core}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_core_never_imports_the_ui_or_the_app() -> None:
    offenders = {str(path.relative_to(PACKAGE)): sorted(name for name in _imports(path)
                                                          if name.startswith(("kiosk.ui", "kiosk.app")))
                 for path in _modules(*CORE)}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_ui_never_imports_the_app_that_assembles_it() -> None:
    ui = _modules("ui")
    assert len(ui) > 30
    offenders = {str(path.relative_to(PACKAGE)): sorted(name for name in _imports(path)
                                                          if name == "kiosk.app" or name.startswith("kiosk.app."))
                 for path in ui}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_ui_modules_are_grouped_by_role() -> None:
    loose = sorted(path.name for path in (PACKAGE / "ui").glob("*.py") if path.name != "__init__.py")
    # The assembly and the deciding stay at the top; every screen, panel, widget and service lives in its group.
    assert loose == ["controller.py", "palette.py", "session.py", "snapshot.py", "staff_controller.py", "theme.py"]
