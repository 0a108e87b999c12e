"""The clinical safety case's hazard log (DCB0129): read it, rate each risk on the 5x5 matrix, render it as
Markdown, and check that every test named as evidence still exists (by reading test files with ``ast``, never
by running them, so ``kiosk check`` stays fast). The log is ``docs/clinical-safety/hazard-log.toml``."""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

LIKELIHOOD = ("", "Very low", "Low", "Medium", "High", "Very high")
SEVERITY = ("", "Minor", "Significant", "Considerable", "Major", "Catastrophic")
RISK = ("", "1 Very low", "2 Low", "3 Medium", "4 High", "5 Very high")
# DCB0129's risk matrix: RISK_MATRIX[likelihood][severity], each 1 to 5.
RISK_MATRIX = (
    (),
    (0, 1, 1, 2, 2, 3),  # very low likelihood
    (0, 1, 2, 2, 3, 4),  # low
    (0, 2, 2, 3, 3, 4),  # medium
    (0, 2, 3, 3, 4, 5),  # high
    (0, 3, 4, 4, 5, 5),  # very high
)
MIN_HAZARDS = 15
# Residual risk a clinic may accept with the controls in place (DCB0129: 3 and above need the Clinical Safety
# Officer's written justification; the log must say why it cannot be reduced further).
ACCEPTABLE_RESIDUAL = 2


def risk(likelihood: int, severity: int) -> int:
    return RISK_MATRIX[likelihood][severity]


@dataclass(frozen=True, slots=True)
class Rating:
    likelihood: int
    severity: int

    @property
    def risk(self) -> int:
        return risk(self.likelihood, self.severity)

    def describe(self) -> str:
        return (f"{LIKELIHOOD[self.likelihood]} x {SEVERITY[self.severity]} = {RISK[self.risk]}")


@dataclass(frozen=True, slots=True)
class Hazard:
    id: str
    title: str
    cause: str
    effect: str
    initial: Rating
    controls: tuple[str, ...]
    evidence: tuple[str, ...]
    residual: Rating
    justification: str = ""


class HazardLogError(ValueError):
    """The hazard log file is not readable or not in the expected shape (says where)."""


def _rating(value: object, where: str) -> Rating:
    if not isinstance(value, dict) or set(value) != {"likelihood", "severity"}:
        raise HazardLogError(f"{where} must be {{ likelihood = 1..5, severity = 1..5 }}")
    numbers = (value["likelihood"], value["severity"])
    if not all(isinstance(n, int) and 1 <= n <= 5 for n in numbers):
        raise HazardLogError(f"{where}: likelihood and severity are whole numbers from 1 to 5")
    return Rating(*numbers)


def load_hazard_log(path: Path) -> list[Hazard]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise HazardLogError(f"{path}: {error}") from error
    hazards = []
    for index, table in enumerate(data.get("hazard", []), start=1):
        where = f"{path.name}, hazard {table.get('id', index)}"
        missing = [key for key in ("id", "title", "cause", "effect", "initial", "controls", "evidence", "residual")
                   if not table.get(key)]
        if missing:
            raise HazardLogError(f"{where}: missing {', '.join(missing)}")
        hazards.append(Hazard(
            id=table["id"], title=table["title"], cause=table["cause"], effect=table["effect"],
            initial=_rating(table["initial"], f"{where} initial"), controls=tuple(table["controls"]),
            evidence=tuple(table["evidence"]), residual=_rating(table["residual"], f"{where} residual"),
            justification=table.get("justification", ""),
        ))
    return hazards


def named_tests(test_file: Path) -> set[str]:
    """The test functions in one file (module level and in classes), read with ``ast``: nothing is imported."""
    tree = ast.parse(test_file.read_text(encoding="utf-8"), filename=str(test_file))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            names.add(node.name)
    return names


def problems(hazards: list[Hazard], repo: Path) -> list[str]:
    """What is wrong with the log: too few hazards, a repeated id, evidence naming a test that does not exist,
    a residual risk above the initial one, or a residual risk above Low without a written justification."""
    found: list[str] = []
    if len(hazards) < MIN_HAZARDS:
        found.append(f"the hazard log has {len(hazards)} hazards; it needs at least {MIN_HAZARDS}")
    seen: set[str] = set()
    cache: dict[Path, set[str]] = {}
    for hazard in hazards:
        if hazard.id in seen:
            found.append(f"{hazard.id}: the id is used twice")
        seen.add(hazard.id)
        if hazard.residual.risk > hazard.initial.risk:
            found.append(f"{hazard.id}: the residual risk is higher than the initial risk")
        if hazard.residual.risk > ACCEPTABLE_RESIDUAL and not hazard.justification:
            found.append(f"{hazard.id}: a residual risk of {RISK[hazard.residual.risk]} needs a justification")
        for test in hazard.evidence:
            file, _, name = test.partition("::")
            path = repo / file
            if not name or not file.startswith("tests/") or not file.endswith(".py"):
                found.append(f"{hazard.id}: evidence '{test}' is not written tests/FILE.py::test_name")
                continue
            if path not in cache:
                try:
                    cache[path] = named_tests(path)
                except (OSError, SyntaxError, UnicodeDecodeError):
                    cache[path] = set()
            if name not in cache[path]:
                found.append(f"{hazard.id}: evidence {test} does not exist (renamed or deleted?)")
    return found


def render_markdown(hazards: list[Hazard]) -> str:
    """The hazard log as a document a Clinical Safety Officer reads (``hazard-log.md``, made from the TOML)."""
    lines = [
        "# Hazard log",
        "",
        "Made from `hazard-log.toml` by `python -m kiosk.safety_case`: edit the TOML, never this file. Risk is rated",
        "on DCB0129's 5x5 matrix (likelihood x severity, see `safety-case-report.md`). Every test named as evidence",
        "exists (`kiosk check` and `tests/core/test_safety_case.py` fail otherwise) and passes in CI.",
        "",
        "| id | hazard | initial risk | residual risk |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {h.id} | {h.title} | {RISK[h.initial.risk]} | {RISK[h.residual.risk]} |" for h in hazards]
    for h in hazards:
        lines += ["", f"## {h.id}. {h.title}", "", f"**Cause.** {h.cause}", "", f"**Effect.** {h.effect}", "",
                  f"**Initial risk.** {h.initial.describe()}", "", "**Controls in the product.**", ""]
        lines += [f"- {control}" for control in h.controls]
        lines += ["", "**Evidence (tests).**", ""]
        lines += [f"- `{test}`" for test in h.evidence]
        lines += ["", f"**Residual risk.** {h.residual.describe()}"]
        if h.justification:
            lines += ["", f"**Why it cannot be reduced further.** {h.justification}"]
    return "\n".join(lines) + "\n"


def source_checkout() -> Path | None:
    """The repository root when running from a source checkout with the hazard log and tests; else None (the
    bundle ships neither)."""
    root = Path(__file__).resolve().parent.parent
    if (root / HAZARD_LOG).is_file() and (root / "tests").is_dir():
        return root
    return None


HAZARD_LOG = Path("docs") / "clinical-safety" / "hazard-log.toml"


def check_repository(root: Path) -> list[str]:
    try:
        return problems(load_hazard_log(root / HAZARD_LOG), root)
    except HazardLogError as error:
        return [str(error)]


def main() -> int:
    """Write hazard-log.md from hazard-log.toml, after checking it."""
    root = source_checkout()
    if root is None:
        print("No hazard log here: run this from a source checkout.")
        return 1
    hazards = load_hazard_log(root / HAZARD_LOG)
    for problem in problems(hazards, root):
        print(f"hazard log: {problem}")
    (root / HAZARD_LOG).with_suffix(".md").write_text(render_markdown(hazards), encoding="utf-8")
    print(f"Wrote {(root / HAZARD_LOG).with_suffix('.md')} ({len(hazards)} hazards)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
