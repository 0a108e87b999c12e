"""The ``kiosk search`` and ``kiosk index`` commands: output for authors, one JSON object for scripts."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.search import backend
from kiosk.search.commands import index_command, search_command
from kiosk.search.results import NOT_COVERED
from tests.conftest import page_text


@pytest.fixture
def command_content(content: Callable[..., Path]) -> Path:
    content("chemotherapy", page_text("Chemotherapy", body="Chemotherapy uses drugs. Some cause sickness & tiredness."))
    return content("bone-scan", page_text("Bone scan", body="A scan of your bones with a tracer."))


def run_search(root: Path, query: str, *, as_json: bool, limit: int = 10) -> tuple[int, str]:
    out = io.StringIO()
    code = search_command(root, query, as_json=as_json, limit=limit, out=out)
    return code, out.getvalue()


def test_json_is_one_object_with_exactly_the_agreed_keys(command_content: Path) -> None:
    code, text = run_search(command_content, "chemoterapy", as_json=True)
    assert code == 0
    data = json.loads(text)
    # The first three never change; the rest were added later (fields are added, never renamed).
    assert set(data) == {"query", "did_you_mean", "results", "covered", "message", "not_found", "urgent"}
    assert data["query"] == "chemoterapy"
    assert data["did_you_mean"] == "chemotherapy"
    assert [set(hit) for hit in data["results"]] == [{"id", "title", "snippet", "score", "guide"}]  # guide: added
    hit = data["results"][0]
    assert (hit["id"], hit["title"]) == ("chemotherapy", "Chemotherapy")
    assert "<b>Chemotherapy</b>" in hit["snippet"] and "&amp;" in hit["snippet"]
    assert isinstance(hit["score"], float)
    assert text.count("\n") == 1


def test_json_with_no_results(command_content: Path) -> None:
    code, text = run_search(command_content, "qqqzzz", as_json=True)
    assert code == 0
    assert json.loads(text) == {"query": "qqqzzz", "did_you_mean": None, "results": [], "covered": False,
                                "message": NOT_COVERED, "not_found": [], "urgent": False}


def test_json_respects_the_limit(command_content: Path) -> None:
    _, text = run_search(command_content, "scan chemotherapy", as_json=True, limit=1)
    assert len(json.loads(text)["results"]) == 1


def test_json_survives_a_lone_surrogate(command_content: Path) -> None:
    _, text = run_search(command_content, "chemo\udc80", as_json=True)
    assert json.loads(text)["query"] == "chemo?"


def test_text_output_for_authors(command_content: Path) -> None:
    code, text = run_search(command_content, "chemoterapy", as_json=False)
    assert code == 0
    assert '1 result for "chemoterapy":' in text
    assert "Chemotherapy  [chemotherapy]" in text
    assert "**Chemotherapy** uses drugs" in text and "sickness & tiredness" in text
    assert "Did you mean: chemotherapy?" in text


def test_text_output_with_no_results_offers_the_topics(command_content: Path) -> None:
    _, text = run_search(command_content, "qqqzzz", as_json=False)
    assert 'No pages match "qqqzzz".' in text and NOT_COVERED in text
    assert "Topics: Bone scan, Chemotherapy" in text


def test_missing_content_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run_search(tmp_path / "nothing", "chemo", as_json=True)
    assert code == 1 and text == ""
    assert "does not exist" in capsys.readouterr().err


def test_index_command_builds_a_prebuilt_index(command_content: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    assert index_command(command_content, tmp_path / "index", out) == 0
    assert (tmp_path / "index" / backend.KEY_FILE).is_file()
    assert "Indexed 2 pages" in out.getvalue()


def test_index_command_reports_an_unwritable_folder(command_content: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-file").write_text("")
    assert index_command(command_content, tmp_path / "a-file" / "index", io.StringIO()) == 1
    assert "Cannot write the search index" in capsys.readouterr().err
