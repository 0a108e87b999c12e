"""The languages a kiosk can speak: each one's own name, reading direction, script font and search analysis.

Plain Python (no Qt): the settings, the content checker, search and the packs read it; the Qt edge
(``kiosk.ui.services.translation``) installs the interface translation and the reading direction from it.
"""

from __future__ import annotations

from dataclasses import dataclass

ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1, as in settings ([languages] offered) and guide.toml (language = "pl")
    english: str  # the name staff read ("Polish"), and the one on the "Show this to staff" card
    native: str  # the name in its own script, as the language button lists it ("Polski")
    right_to_left: bool = False
    # Whoosh's stemmer for the language's search (kiosk.search.analysis.Analysis), where Whoosh has one: Snowball
    # for Portuguese and Romanian, ISRI for Arabic, Porter for English. None: words are folded, never stemmed.
    stemmer: str | None = None
    # The bundled font family that draws the script (resources/fonts/); None: Atkinson Hyperlegible (Latin).
    font: str | None = None


LANGUAGES: dict[str, Language] = {language.code: language for language in (
    Language("en", "English", "English", stemmer="en"),
    Language("pl", "Polish", "Polski"),
    Language("ro", "Romanian", "Română", stemmer="ro"),
    Language("ur", "Urdu", "اردو", right_to_left=True, font="Noto Naskh Arabic"),
    # Panjabi as most UK readers of it write it, in Gurmukhi; Shahmukhi readers usually read Urdu script too.
    Language("pa", "Panjabi", "ਪੰਜਾਬੀ", font="Noto Sans Gurmukhi"),
    Language("bn", "Bengali", "বাংলা", font="Noto Sans Bengali"),
    Language("ar", "Arabic", "العربية", right_to_left=True, stemmer="ar", font="Noto Naskh Arabic"),
    Language("gu", "Gujarati", "ગુજરાતી", font="Noto Sans Gujarati"),
    Language("pt", "Portuguese", "Português", stemmer="pt"),
    Language("cy", "Welsh", "Cymraeg"),
)}


def language(code: str) -> Language:
    """The language with this code; an unknown code is a ValueError naming the ones known."""
    try:
        return LANGUAGES[code]
    except KeyError:
        raise ValueError(f"'{code}' is not a language the kiosk knows (known: {', '.join(LANGUAGES)})") from None


def is_right_to_left(code: str) -> bool:
    known = LANGUAGES.get(code)
    return known is not None and known.right_to_left
