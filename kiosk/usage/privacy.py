"""What of a search that found nothing may be kept: a few plain words, never anything that could identify someone."""

from __future__ import annotations

MAX_WORDS = 4
MAX_CHARACTERS = 60


def words_to_keep(text: str) -> str | None:
    """The words of a search worth keeping for the clinic team, or None when they must not be kept.

    Phone numbers, dates, NHS numbers and postcodes all carry digits, and an email address carries an @; longer
    text is more likely to be a sentence about someone than a topic. So: no digit of any script, no @, one to
    four words, and not longer than a topic name would be. Kept words are lower-cased with single spaces, so the
    same topic typed two ways counts once.
    """
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return None
    if any(ch.isdigit() or ch.isnumeric() or ch in "@＠﹫" for ch in text):
        return None
    kept = " ".join(words).casefold()
    # Control and format characters (a pasted line break, a zero-width joiner) have no place in a CSV cell.
    if len(kept) > MAX_CHARACTERS or not kept.isprintable():
        return None
    return kept
