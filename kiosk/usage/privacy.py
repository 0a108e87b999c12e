"""What of a search that found nothing may be kept: single health words from a shipped vocabulary, never a phrase,
never a name, never anything with a digit or an @ near it.

A person alone at a waiting-room kiosk types what is on their mind: a name, a date of birth, "my husband hits me".
None of that may be stored. So a search that found nothing is kept only as a count for its day, and beside it
each of its words that is in a health vocabulary the project ships (the guide's own words, its medical-word list
and ``resources/words/health-topics.txt``) and is not a name (the proper nouns of Debian's wbritish list,
``resources/words/names.txt.gz``). The staff see a word only once it was searched on 3 different days
(``database.MIN_DAYS_SHOWN``), so one visitor's unusual word never shows. See docs/privacy.md.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.model import ContentStore

# A search of more words than this is a sentence about someone more often than a topic: none of its words is kept.
MAX_WORDS = 3
MIN_LETTERS = 3
MAX_LETTERS = 30

# Words of the guide that say nothing about a topic, and would otherwise be "kept" from any sentence.
_COMMON = """
about above after again against all also always and any are aren because been before being below between both
but can cannot could did didn does doesn doing don down during each even ever every few for from further get gets
got had has have having her here hers herself him himself his how into its itself just know let like made make
many may might more most much must myself need never not now off once one only other our ours ourselves out over
own really same say says see she should some still such than that the their theirs them themselves then there
these they this those though through too under until upon very want was way were what when where which while
who whom whose why will with within without would yes yet you your yours yourself yourselves
"""
COMMON_WORDS = frozenset(_COMMON.split())
# A search with one of these is about a person ("my husband hits me", "mrs jones", "jane dob"), not a topic:
# none of its words is kept, even health words beside them.
_PERSONAL = """
i i'm im me my mine myself we us our ours he him his himself she her hers herself they them their
mr mrs ms miss mx dr dob born birthday name named called aged
"""
PERSONAL_WORDS = frozenset(_PERSONAL.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_IDENTIFYING = set("@＠﹫")


def _plain(word: str) -> str:
    """Lower case without accents, as the shipped word lists are ("naïve" -> "naive")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _words_of(text: str) -> Iterable[str]:
    return (_plain(match.group()) for match in _WORD.finditer(text))


@dataclass(frozen=True, slots=True)
class HealthVocabulary:
    """The single words a search that found nothing may keep.

    ``curated`` words (the shipped health topics and the medical-word list, each chosen by a person as a health
    word) are kept even where a name is spelt the same ("stroke"); the guide's own words only when they are not a
    name ("hope", "grace") and not a common word ("about", "your").
    """

    curated: frozenset[str]
    guide: frozenset[str]
    names: frozenset[str]

    def keeps(self, word: str) -> bool:
        if not MIN_LETTERS <= len(word) <= MAX_LETTERS:
            return False
        if word in self.curated:
            return True
        return word in self.guide and word not in self.names and word not in COMMON_WORDS

    @classmethod
    def from_texts(cls, guide_texts: Iterable[str], medical_words: Iterable[str] = (),
                   health_topics: Iterable[str] | None = None, names: Iterable[str] | None = None) -> HealthVocabulary:
        curated = set(shipped_health_topics() if health_topics is None else health_topics)
        for line in medical_words:
            if line.strip() and not line.lstrip().startswith("#"):
                curated.update(w for w in _words_of(line.replace(",", " ")) if w not in COMMON_WORDS)
        guide: set[str] = set()
        for text in guide_texts:
            guide.update(_words_of(text))
        return cls(frozenset(curated), frozenset(guide),
                   frozenset(shipped_names() if names is None else names))

    @classmethod
    def from_store(cls, store: ContentStore) -> HealthVocabulary:
        """The vocabulary of the guides the kiosk shows: their pages (blocks included) and medical-word lists."""
        texts = []
        for page in store:
            texts.extend((page.title, page.summary, page.body, " ".join(page.keywords)))
        medical: list[str] = []
        for folder in store.content_directories():
            try:
                medical.extend((folder / "medical-words.txt").read_text(encoding="utf-8-sig").splitlines())
            except (OSError, UnicodeDecodeError):
                continue
        return cls.from_texts(texts, medical)


def _resource(name: str) -> Path:
    from kiosk.resources import resources_dir

    return resources_dir() / "words" / name


def shipped_health_topics() -> frozenset[str]:
    lines = _resource("health-topics.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_plain(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def shipped_names() -> frozenset[str]:
    """People's names (and places and brands) from Debian's wbritish list (see scripts/make_word_list.py)."""
    with gzip.open(_resource("names.txt.gz"), "rt", encoding="ascii") as stream:
        return frozenset(line.strip() for line in stream if line.strip())


def words_to_keep(text: str, vocabulary: HealthVocabulary | None) -> list[str]:
    """The single words of a search that found nothing which may be kept, each once, in the order typed.

    Nothing at all when there is no vocabulary, when the search has a digit of any script or an @ (a phone
    number, a date, an NHS number, a postcode or an email address sits near a name), more than ``MAX_WORDS``
    words (a sentence), or a word about a person (``PERSONAL_WORDS``: "my", "her", "mrs", "dob"). A phrase is
    never kept: only words one by one, each in the vocabulary.
    """
    if vocabulary is None:
        return []
    if any(ch.isdigit() or ch.isnumeric() or ch in _IDENTIFYING for ch in text):
        return []
    words = list(_words_of(text))
    if not words or max(len(words), len(text.split())) > MAX_WORDS or PERSONAL_WORDS.intersection(words):
        return []
    return [word for word in dict.fromkeys(words) if vocabulary.keeps(word)]
