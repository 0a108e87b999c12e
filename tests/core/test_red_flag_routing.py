"""Red-flag routing on every page, as a reader sees it (FACTS.md section 2; review December 2026, C1 and M1 to M4).

Each check reads the rendered plain text of the shipped pages, blocks and local details filled in, once with
the default settings (no numbers set) and once with a clinic whose cancer line keeps office hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.content.check import check
from kiosk.content.loader import load_content
from kiosk.content.model import ContentStore
from kiosk.content.render import LOCAL_FIELDS, plain_text
from tests.conftest import SHIPPED_CONTENT

OFFICE_HOURS = {
    "clinic_name": "Riverside Breast Clinic",
    "acute_oncology_line": "0161 496 0999",
    "acute_oncology_hours": "Monday to Friday, 9am to 5pm",
    "breast_care_nurse_line": "0161 496 0000",
}
SETTINGS = {"default settings": {}, "office-hours line": OFFICE_HOURS}

# Words that mean a page is talking about a red flag, so it must give a route to Urgent help.
RED_FLAG = re.compile(
    r"\b(?:temperatures?|fits?|seizures?|spinal cord compression|high calcium|blood clots?|"
    r"(?:back|neck) pain|numbness)\b", re.IGNORECASE)
# National lines keep their own hours (Samaritans is open 24 hours): only the clinic's line follows the settings.
NATIONAL_LINE = re.compile(r"Samaritans|116 123|NHS 111|Shout|85258|Macmillan|Breast Cancer Now")
# Words near which "the same day" would tell a person with a red flag to wait.
URGENT_WORDS = re.compile(
    r"temperature|\bfits?\b|seizure|weakness|numb|back|neck|calcium|breath|confus|bleed|vomit|diarrhoea|"
    r"spinal|urgent|help", re.IGNORECASE)
GRADE_LIMIT = 6.0


@dataclass(frozen=True)
class Reading:
    """Every page's words as a reader sees them, by page id."""

    store: ContentStore
    texts: dict[str, str]


def read(store: ContentStore, local: dict[str, str]) -> Reading:
    texts = {page.id: "\n".join((page.title, page.summary, plain_text(page.body, local))) for page in store}
    return Reading(store, texts)


@pytest.fixture(scope="module")
def store() -> ContentStore:
    return load_content(SHIPPED_CONTENT)


@pytest.fixture(params=list(SETTINGS), scope="module")
def reading(request: pytest.FixtureRequest, store: ContentStore) -> Reading:
    return read(store, SETTINGS[request.param])


def urgent_help_order(reading: Reading) -> list[str]:
    """What is wrong with the Urgent help page's order: 999 box, tell staff, cancer line, then A&E and 111."""
    text = reading.texts[reading.store.guide.urgent_page]
    body = text.split("\n", 2)[2]  # after the title and summary
    problems = []
    steps = {
        "999": body.find("999"),
        "staff": body.find("tell a member of staff"),
        "cancer line": body.lower().find("cancer line"),
        "A&E": body.find("A&E"),
        "NHS 111": body.find("NHS 111"),
    }
    problems += [f"no {name}" for name, at in steps.items() if at < 0]
    if not body.lstrip().startswith("Call 999"):
        problems.append("the page does not open with the 999 box")
    if len(problems) > 1 or (problems and "999" not in problems[0]):
        return problems
    order = sorted(steps, key=steps.__getitem__)
    if order[:3] != ["999", "staff", "cancer line"]:
        problems.append(f"order is {order}")
    # A&E and 111 are the route when the line fails, so they come after the line's own part.
    if min(steps["A&E"], steps["NHS 111"]) < steps["cancer line"]:
        problems.append("A&E or 111 comes before the cancer line")
    box = body[: steps["staff"]]
    if not re.search(r"fit \(seizure\) for the first time|first fit", box):
        problems.append("the 999 box has no first fit")
    if "stroke" not in box or "one side" not in box:
        problems.append("the 999 box has no stroke signs")
    if "more than 5 minutes" not in box:
        problems.append("the 999 box has no long fit")
    return problems


def same_day_near_red_flags(reading: Reading) -> list[str]:
    found = []
    for page_id, text in reading.texts.items():
        for match in re.finditer(r"same[ -]day", text, re.IGNORECASE):
            window = text[max(0, match.start() - 200): match.end() + 300]
            if URGENT_WORDS.search(window):
                found.append(f"{page_id}: ...{' '.join(window.split())[:120]}...")
    return found


def temperature_without_both_ways(reading: Reading) -> list[str]:
    """Every mention of a temperature must say it can be too high or too low, with the numbers on the page."""
    found = []
    for page_id, text in reading.texts.items():
        for match in re.finditer(r"\btemperatures?\b", text, re.IGNORECASE):
            window = text[max(0, match.start() - 300): match.end() + 300]
            if "too high or too low" not in window:
                found.append(f"{page_id}: ...{' '.join(text[max(0, match.start() - 60): match.end() + 60].split())}...")
        if "too high or too low" in text and LOCAL_FIELDS["temperature_advice"] not in text:
            found.append(f"{page_id}: says 'too high or too low' without the numbers")
    return found


def pain_with_wording(reading: Reading) -> list[str]:
    return [f"{page_id}: {m.group(0)!r}" for page_id, text in reading.texts.items()
            for m in re.finditer(r"(?:back|neck) pain with\b[^.\n]*", text, re.IGNORECASE)]


def x_ray_for_back_pain(reading: Reading) -> list[str]:
    """X-rays may be named beside back or neck pain only to say they are not the test for it, and a page that
    offers an x-ray for a painful bone must say so (NICE: spinal x-rays are not used to look for compression)."""
    found = []
    for page_id, text in reading.texts.items():
        sentences = re.split(r"(?<=[.!?:])\s+|\n+", text)
        x_ray = [s for s in sentences if re.search(r"x-?rays?", s, re.IGNORECASE)]
        spine = [s for s in x_ray if re.search(r"\b(?:back|neck|spine)\b", s, re.IGNORECASE)]
        found += [f"{page_id}: {s.strip()!r}" for s in spine if not re.search(r"\bnot\b|\bno\b", s)]
        offered = [s for s in x_ray if re.search(r"\b(?:ask for|have|need|get) an? x-?ray", s, re.IGNORECASE)]
        if any(re.search(r"\bpain", s) for s in offered) and not spine:
            found.append(f"{page_id}: offers an x-ray for pain, but never says back or neck pain is not for an x-ray")
    return found


def other_names_for_the_line(reading: Reading) -> list[str]:
    """One name for the line ("your 24-hour cancer line") and no 24-hour claim the hours do not back."""
    found = []
    for page_id, text in reading.texts.items():
        for match in re.finditer(r"24[- ]hour(?!s)(?! cancer line)\s*\w*", text, re.IGNORECASE):
            found.append(f"{page_id}: {match.group(0)!r}")
        for match in re.finditer(r"the same day", text, re.IGNORECASE):
            found.append(f"{page_id}: {match.group(0)!r}")
    return found


def red_flags_without_a_route(reading: Reading) -> list[str]:
    urgent = reading.store.guide.urgent_page
    found = []
    for page in reading.store:
        if page.id == urgent:
            continue
        match = RED_FLAG.search(reading.texts[page.id])
        links = {link.target.split("#", 1)[0] for link in page.links if not link.is_image}
        if match and urgent not in links:
            found.append(f"{page.id}: mentions {match.group(0)!r} but does not link to Urgent help")
    return found


def test_urgent_help_puts_999_first_then_staff_then_the_line_then_ae_and_111(reading: Reading) -> None:
    assert urgent_help_order(reading) == []


def test_no_red_flag_is_told_to_wait_for_the_same_day(reading: Reading) -> None:
    assert same_day_near_red_flags(reading) == []


def test_every_temperature_is_too_high_or_too_low_with_the_numbers(reading: Reading) -> None:
    assert temperature_without_both_ways(reading) == []


def test_back_or_neck_pain_alone_is_enough(reading: Reading) -> None:
    assert pain_with_wording(reading) == []


def test_no_x_ray_is_suggested_for_back_or_neck_pain(reading: Reading) -> None:
    assert x_ray_for_back_pain(reading) == []


def test_the_line_has_one_name_everywhere(reading: Reading) -> None:
    assert other_names_for_the_line(reading) == []


def test_every_page_with_a_red_flag_links_to_urgent_help(reading: Reading) -> None:
    assert red_flags_without_a_route(reading) == []


def test_no_page_calls_an_office_hours_line_24_hour(store: ContentStore) -> None:
    office = read(store, OFFICE_HOURS)
    # Each paragraph or list item is read whole, so "It is open 24 hours" stays with the line it is about.
    found = [f"{page_id}: {part.strip()!r}" for page_id, text in office.texts.items() for part in text.split("\n")
             if re.search(r"24[- ]hours?|day or night", part, re.IGNORECASE) and not NATIONAL_LINE.search(part)]
    assert found == []
    # ... while with no hours set, the line keeps its one name.
    assert "your 24-hour cancer line" in read(store, {}).texts[store.guide.urgent_page]


def test_with_no_number_set_the_reader_still_has_somewhere_to_go(store: ContentStore) -> None:
    text = read(store, {}).texts[store.guide.urgent_page]
    line_part = text[text.index("cancer line now"):]
    first_paragraphs = line_part[:300]
    assert "A&E" in first_paragraphs and "NHS 111" in first_paragraphs
    assert "ask at reception if you do not have one" not in text  # the old fallback (review M1)


def test_pages_with_red_flags_read_at_grade_6_or_below(store: ContentStore) -> None:
    carrying = {page.id for page in store if page.blocks}
    assert store.guide.urgent_page in carrying
    figures = {row.page_id: row.readability.grade for row in check(store).figures if row.page_id in carrying}
    assert {page: grade for page, grade in figures.items() if grade > GRADE_LIMIT} == {}


# The wording the December 2026 review found, one page each: every check above must catch its own case.
OLD_WORDING = {
    "urgent-help": "## Call your 24-hour cancer line now\n\nCall if you have a new fit (seizure).\n\n"
                   "## Call 999 if:\n\n- you cannot get through to the 24-hour line",
    "words-explained": "## Seizure\n\nA new fit needs help the same day: see [Urgent help](urgent-help).",
    "chemotherapy": "Call your 24-hour team if you have a high temperature. See [Urgent help](urgent-help).",
    "mri-scan": "Some symptoms need help soon. These include back or neck pain with numbness. "
                "See [Urgent help](urgent-help).",
    "bone-x-rays": "If you have a painful area like this, your team may ask for an x-ray of that bone. "
                   "An x-ray of your back can show this too.",
    "steroids": "Tell your team about a new fit (seizure) or new weakness.",
}


def test_each_check_catches_the_wording_the_review_found(content) -> None:
    for page_id, body in OLD_WORDING.items():
        root = content(page_id, title=page_id.replace("-", " ").capitalize(), body=body)
    old = read(load_content(root), {})
    assert urgent_help_order(old) == ["no staff", "no A&E", "no NHS 111", "the page does not open with the 999 box"]
    assert [f.split(":")[0] for f in same_day_near_red_flags(old)] == ["words-explained"]
    assert [f.split(":")[0] for f in temperature_without_both_ways(old)] == ["chemotherapy"]
    assert [f.split(":")[0] for f in pain_with_wording(old)] == ["mri-scan"]
    assert x_ray_for_back_pain(old) == [
        "bone-x-rays: 'An x-ray of your back can show this too.'"]
    named = {f.split(":")[0] for f in other_names_for_the_line(old)}
    assert named == {"urgent-help", "words-explained", "chemotherapy"}
    assert red_flags_without_a_route(old) == ["steroids: mentions 'fit' but does not link to Urgent help"]
    old_bone_page = read(load_content(content("bone-x-rays", title="Bone x-rays", body=OLD_WORDING["bone-x-rays"]
                                              .split(" An x-ray")[0])), {})
    assert x_ray_for_back_pain(old_bone_page) == [
        "bone-x-rays: offers an x-ray for pain, but never says back or neck pain is not for an x-ray"]


@pytest.mark.parametrize("settings", list(SETTINGS))
def test_the_built_in_urgent_page_follows_the_same_routing(content, settings: str) -> None:
    """Shown when a content folder has no Urgent help page: it must be as safe as the real one."""
    from kiosk.content.loader import builtin_urgent_page

    root = content("topic", title="Topic")
    store = load_content(root)
    store.pages[store.guide.urgent_page] = builtin_urgent_page(root, store.guide.urgent_page)
    builtin = read(store, SETTINGS[settings])
    assert urgent_help_order(builtin) == []
    assert temperature_without_both_ways(builtin) == []
    assert same_day_near_red_flags(builtin) == [] and other_names_for_the_line(builtin) == []


def test_no_hours_are_stated_for_a_number_the_kiosk_does_not_know(store: ContentStore) -> None:
    """With no line set, the reader is sent to their alert card: its hours are the card's, not ours (N-m8)."""
    texts = read(store, {}).texts
    stated = [f"{page_id}: {part.strip()!r}" for page_id, text in texts.items() for part in text.split("\n")
              if re.search(r"open 24 hours|24 hours a day", part) and not NATIONAL_LINE.search(part)]
    assert stated == []
    assert "It is open at the times on your alert card." in texts[store.guide.urgent_page]


def test_when_the_line_is_closed_a_and_e_comes_before_nhs_111(store: ContentStore) -> None:
    """An office-hours line: every 'call now' sends the reader to A&E when it is closed, never first to 111 (N-m8)."""
    texts = read(store, OFFICE_HOURS).texts
    found = [f"{page_id}: {m.group(0)!r}" for page_id, text in texts.items()
             for m in re.finditer(r"cancer line now,[^.\n]*", text) if "A&E when it is closed" not in m.group(0)]
    assert found == []
    assert not any("111 when it is closed" in text for text in texts.values())


def test_the_built_in_urgent_page_says_what_the_guide_says(store: ContentStore) -> None:
    """The fallback carries the signed-off page's words, not a shorter list of its own (review N-m19)."""
    from kiosk.content.loader import BUILTIN_URGENT_BODY

    shipped = store.pages[store.guide.urgent_page].body.strip()
    assert BUILTIN_URGENT_BODY.strip() == shipped, (
        "the built-in Urgent help differs from content/pages/urgent-help.md: "
        "run .venv/bin/python scripts/sync_builtin_urgent.py")


# The 7 December 2026 review (N-M1, N-M2, N-M3, N-m7): the routes it found missing or contradicted.
DRUGS_THAT_INFLAME_THE_LUNGS = re.compile(
    r"trastuzumab deruxtecan|T-DXd|CDK4/6|palbociclib|ribociclib|abemaciclib|immunotherapy|pembrolizumab|"
    r"atezolizumab", re.IGNORECASE)
CHEST_PAIN = re.compile(r"chest pain|(?:pain|tight(?:ness)?|tight feeling) (?:or (?:a )?tight\w* \w* )?in your chest",
                        re.IGNORECASE)


def block_text(store: ContentStore, name: str) -> str:
    return " ".join(store.blocks[name].text.split())


def chest_pain_as_an_ordinary_symptom(store: ContentStore) -> list[str]:
    """Chest pain may be named only beside 999 (or, for known pain, the line): in a list item's lead-in line, in its
    own paragraph or the next one. Never as a plain item in a symptom list (N-M2)."""
    found = []
    for page in store:
        lines = page.body.splitlines()
        for number, line in enumerate(lines):
            if not CHEST_PAIN.search(line):
                continue
            if line.startswith("#"):
                continue  # a heading names the topic; the words under it are checked
            # A paragraph may lead in to the 999 words that follow it.
            context = line + " " + next((later for later in lines[number + 1:] if later.strip()), "")
            if re.match(r"\s*[-*+] ", line):
                lead = next((earlier for earlier in reversed(lines[:number])
                             if earlier.strip() and not re.match(r"\s*[-*+] ", earlier)), "")
                context = lead + " " + line
            if "999" not in context and "cancer_line" not in context:
                found.append(f"{page.id}: {line.strip()!r}")
    return found


def test_the_999_box_has_a_sudden_very_bad_headache_and_every_fit_999_sign(store: ContentStore) -> None:
    box = block_text(store, "red-flags/call-999")
    assert "sudden, very bad headache" in box
    for sign in ("first time", "more than 5 minutes", "one fit after another", "does not wake up properly",
                 "is hurt", "trouble breathing after it"):
        assert sign in box, sign


def test_a_fit_that_has_stopped_goes_to_the_line_even_with_no_word_from_the_team(store: ContentStore) -> None:
    brain = block_text(store, "red-flags/brain")
    assert "had a fit that has stopped, and you are back to normal, even if you have had fits before" in brain
    assert "if your team said to call them" not in brain  # the gap the review found (N-M1)
    assert "a fit that has stopped" in block_text(store, "red-flags/summary")


def test_chest_pain_is_never_an_ordinary_symptom(store: ContentStore, content) -> None:
    assert chest_pain_as_an_ordinary_symptom(store) == []
    old = load_content(content("symptoms", title="Symptoms", body=(
        "Tell your team about any symptom that lasts more than 1 to 2 weeks.\n\n## Lungs\n\n"
        "- a cough that will not go away\n- pain or a tight feeling in your chest\n\n"
        "Call 999 if you have chest pain. See [Urgent help](urgent-help).\n")))
    assert chest_pain_as_an_ordinary_symptom(old) == ["symptoms: '- pain or a tight feeling in your chest'"]


def test_every_page_naming_a_drug_that_can_inflame_the_lungs_carries_the_cough_warning(store: ContentStore) -> None:
    """T-DXd, CDK4/6 inhibitors, immunotherapy: a new cough is urgent at once, not after 1 to 2 weeks (N-M3)."""
    warning = {"red-flags/cough-on-treatment", "red-flags/summary"}
    missing = [page.id for page in store
               if DRUGS_THAT_INFLAME_THE_LUNGS.search(page.body) and not warning & set(page.blocks)
               and "urgent-help" not in {link.target for link in page.links} and page.id != store.guide.urgent_page]
    assert missing == []
    for page_id in ("her2", "triple-negative", "targeted-therapy", "chemotherapy", "hormone-therapy", "symptoms",
                    "spread-to-lung", store.guide.urgent_page):
        assert "red-flags/cough-on-treatment" in store.pages[page_id].blocks, page_id
    cough = block_text(store, "red-flags/cough-on-treatment")
    assert "do not wait 1 to 2 weeks" in cough and "immunotherapy" in cough and "too high or too low" in cough


def _blocks_shown_by(text: str, blocks: Path) -> set[str]:
    """The blocks a page's Markdown includes, and the blocks those include in turn."""
    shown: set[str] = set()
    waiting = re.findall(r"\{\{>\s*([\w/-]+)\s*\}\}", text)
    while waiting:
        name = waiting.pop()
        if name not in shown:
            shown.add(name)
            waiting += re.findall(r"\{\{>\s*([\w/-]+)\s*\}\}", (blocks / f"{name}.md").read_text(encoding="utf-8"))
    return shown


# Red-flag blocks that route to 999 or the cancer line but need not stand on the Urgent help page, and why.
NOT_ON_URGENT_HELP = {
    "red-flags/routing": "the short 'where to go' pointer pages carry; Urgent help is where it points",
    "red-flags/summary": "a digest of the Urgent help page's own sections, for pages that list them briefly",
    "red-flags/see-urgent-help": "a link to the Urgent help page itself",
    "red-flags/tamoxifen-bleeding": "bleeding is told to the team; heavy blood loss (999) and the clot signs it "
                                    "includes are already on the page through call-999 and blood-clots",
}


def test_every_red_flag_that_calls_for_help_is_on_the_urgent_help_page() -> None:
    """A search for a red flag puts Urgent help first: the page must then say what to do about that sign."""
    blocks = SHIPPED_CONTENT / "blocks"
    urgent = (SHIPPED_CONTENT / "pages" / "urgent-help.md").read_text(encoding="utf-8")
    shown = _blocks_shown_by(urgent, blocks)
    routing = {f"red-flags/{path.stem}" for path in (blocks / "red-flags").glob("*.md")
               if re.search(r"\b999\b|\{\{ cancer_line \}\} now", path.read_text(encoding="utf-8"))}
    assert len(routing) > 15
    assert sorted(routing - shown - set(NOT_ON_URGENT_HELP)) == []
    assert not set(NOT_ON_URGENT_HELP) & shown - {"red-flags/see-urgent-help"}, "an exception no longer needed"
