"""Safety: someone who types a red-flag symptom must see Urgent help first, before any other page."""

from __future__ import annotations

import pytest

from kiosk.search.engine import SearchIndex

RED_FLAGS = [
    "spinal cord compression", "back pain numbness", "high calcium", "hypercalcaemia", "high temperature",
    "temperature", "fever", "feeling shivery", "fits", "seizure", "sepsis",
    # The side-effect blocks of content round 3: tamoxifen, alpelisib and capivasertib, anti-HER2, immunotherapy.
    "bleeding from vagina on tamoxifen", "very thirsty", "chest pain herceptin", "diarrhoea on immunotherapy",
    "rash on immunotherapy", "cellulitis",
]


@pytest.fixture(scope="module")
def index(shipped_index: SearchIndex) -> SearchIndex:
    return shipped_index  # tests/conftest.py: a copy of the shipped guide's index, built once per run


@pytest.mark.parametrize("query", RED_FLAGS)
def test_red_flags_find_urgent_help_first(index: SearchIndex, query: str) -> None:
    hits = index.search(query).hits
    assert hits and hits[0].id == "urgent-help", [h.id for h in hits[:3]]


# Signs the review of 7 December 2026 found without a search route (N-M1, N-M2, N-M3, N-m6, N-m7, N-m22).
NEW_RED_FLAGS = [
    "fit again", "had another fit", "chest pain", "tight chest", "new cough", "cough on enhertu",
    "cough ribociclib", "jaundice", "yellow skin", "worst headache ever", "broken bone",
]


@pytest.mark.parametrize("query", NEW_RED_FLAGS)
def test_the_7_december_red_flags_find_urgent_help_first(index: SearchIndex, query: str) -> None:
    hits = index.search(query).hits
    assert hits and hits[0].id == "urgent-help", [h.id for h in hits[:3]]
