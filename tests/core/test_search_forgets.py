"""After an idle reset the search forgets the words it looked up: its caches empty (memory stays flat over months
of random typing, and no visitor's words stay for the next), and every answer afterwards is exactly as before."""

from __future__ import annotations

import random
import string
import threading

import pytest

from kiosk.search import analysis, spelling
from kiosk.search.engine import SearchIndex

QUERIES = ["bone pain", "tiredness after chemo", "high temperature", "scan results", "organization of care",
           "what is stage 4", "zzqx bone", "haemoglobin", "hemoglobin", "can i drive", "xylophone quux"]


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index  # tests/conftest.py: a copy of the shipped guide's index, built once per run


def _sizes() -> dict[str, int]:
    return {name: f.cache_info().currsize
            for name, f in (("fold", analysis.fold), ("stem", analysis.stem), ("spelling", spelling.fold_spelling))}


def _answers(index: SearchIndex) -> list:
    return [index.search(q) for q in QUERIES]  # every hit with its passage and score, the suggestion, the flags


def test_forgetting_empties_the_word_caches_and_changes_no_answer(index: SearchIndex) -> None:
    before = _answers(index)
    rng = random.Random(5)
    for _ in range(300):  # what a monkey, or a day of visitors, types
        index.search("".join(rng.choice(string.ascii_lowercase + " ") for _ in range(rng.randint(3, 40))))
    assert all(size > 100 for size in _sizes().values()), _sizes()
    assert index._backend.field_terms._pages
    index.forget_queries()
    assert _sizes() == {"fold": 0, "stem": 0, "spelling": 0}
    assert not index._backend.field_terms._pages
    assert _answers(index) == before


def test_forgetting_while_another_thread_searches_is_safe(index: SearchIndex) -> None:
    expected = _answers(index)
    problems: list[BaseException] = []
    stop = threading.Event()

    def search_on() -> None:
        try:
            while not stop.is_set():
                assert _answers(index) == expected
        except BaseException as error:  # reported below, not lost in the thread
            problems.append(error)

    worker = threading.Thread(target=search_on)
    worker.start()
    try:
        for _ in range(200):
            index.forget_queries()
    finally:
        stop.set()
        worker.join(30)
    assert not problems, problems[0]
