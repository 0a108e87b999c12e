"""The clinical safety case's hazard log: at least 15 hazards, rated on DCB0129's matrix, every test named as
evidence exists, the rendered Markdown is up to date, and `kiosk check` fails when evidence goes missing."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stdout
from pathlib import Path

from kiosk.cli import main
from kiosk.safety_case import (
    HAZARD_LOG,
    load_hazard_log,
    named_tests,
    problems,
    render_markdown,
    risk,
    source_checkout,
)
from tests.conftest import REPO


def test_the_hazard_log_is_whole_and_its_evidence_exists() -> None:
    hazards = load_hazard_log(REPO / HAZARD_LOG)
    assert len(hazards) >= 15
    assert problems(hazards, REPO) == []
    titles = " ".join(h.title.lower() for h in hazards)
    for topic in ("phone number", "red-flag search", "frozen", "blank", "wrong guide", "unreadable", "printout",
                  "content pack", "translation", "privacy", "idle reset", "escapes", "speech", "out-of-date"):
        assert topic in titles, topic


def test_the_markdown_is_made_from_the_toml() -> None:
    hazards = load_hazard_log(REPO / HAZARD_LOG)
    assert (REPO / HAZARD_LOG).with_suffix(".md").read_text(encoding="utf-8") == render_markdown(hazards), (
        "run .venv/bin/python -m kiosk.safety_case")


def test_the_risk_matrix_is_dcb0129s() -> None:
    assert [risk(5, s) for s in range(1, 6)] == [3, 4, 4, 5, 5]
    assert [risk(1, s) for s in range(1, 6)] == [1, 1, 2, 2, 3]
    assert [risk(likelihood, 3) for likelihood in range(1, 6)] == [2, 2, 3, 3, 4]


def test_a_renamed_test_is_found_without_running_anything(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "tests").mkdir(parents=True)
    shutil.copytree(REPO / "docs" / "clinical-safety", repo / "docs" / "clinical-safety")
    hazards = load_hazard_log(repo / HAZARD_LOG)
    named = sorted({test.partition("::")[0] for h in hazards for test in h.evidence})
    for file in named:
        (repo / file).parent.mkdir(parents=True, exist_ok=True)
        (repo / file).write_text("import no_such_module\n" + "".join(
            f"def {t.partition('::')[2]}():\n    pass\n" for h in hazards for t in h.evidence
            if t.startswith(file + "::")), encoding="utf-8")
    assert problems(hazards, repo) == []  # found by reading, though importing the file would fail
    renamed = repo / "tests/core/test_red_flag_search.py"
    renamed.write_text(renamed.read_text().replace("def test_red_flags_find_urgent_help_first",
                                                   "def test_renamed"), encoding="utf-8")
    found = problems(hazards, repo)
    assert found == ["H03: evidence tests/core/test_red_flag_search.py::test_red_flags_find_urgent_help_first "
                     "does not exist (renamed or deleted?)"]
    assert "test_renamed" in named_tests(renamed)


def test_kiosk_check_fails_when_the_hazard_logs_evidence_is_missing(monkeypatch, tmp_path: Path) -> None:
    import kiosk.safety_case as safety_case

    assert source_checkout() == REPO
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["check", "--content-dir", str(REPO / "content")]) == 0
    assert "hazard log" not in out.getvalue()
    bad = tmp_path / "repo"
    (bad / "tests").mkdir(parents=True)
    (bad / HAZARD_LOG).parent.mkdir(parents=True)
    (bad / HAZARD_LOG).write_text((REPO / HAZARD_LOG).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(safety_case, "source_checkout", lambda: bad)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["check", "--content-dir", str(REPO / "content")]) == 1
    assert "hazard log: H01: evidence tests/core/test_settings.py::test_bad_values_are_named_and_defaults_kept " \
           "does not exist" in out.getvalue()
