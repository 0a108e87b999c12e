"""Folds UK and US spellings of a word (oestrogen/estrogen, tumour/tumor) into one form for the search index.

The same folding runs on page text when the index is built and on what a person types, so either spelling
finds the other. The folded form is only ever used inside the index: results show the page's own words.

Each rule is narrow on purpose. Folding two different words together ("filled" and "filed") would make
search worse, so patterns that English uses for other things (the "our" in "four", the "oe" in "does")
are limited to known word families. The folded form is sometimes the US spelling and sometimes the UK one
("organise", because the stemmer would fold "organize" into "organ").
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

# Whole words that differ in ways the rules below do not cover.
WORDS: dict[str, str] = {
    "ageing": "aging",
    "aluminium": "aluminum",
    "amongst": "among",
    "artefact": "artifact",
    "artefacts": "artifacts",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "cosy": "cozy",
    "defence": "defense",
    "defences": "defenses",
    "dialogue": "dialog",
    "enquire": "inquire",
    "enquiries": "inquiries",
    "enquiry": "inquiry",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "enrols": "enrolls",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "fulfils": "fulfills",
    "grey": "gray",
    "jewellery": "jewelry",
    "judgement": "judgment",
    "learnt": "learned",
    "licence": "license",
    "licences": "licenses",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "mould": "mold",
    "mum": "mom",
    "mums": "moms",
    "offence": "offense",
    "practise": "practice",
    "practised": "practiced",
    "practising": "practicing",
    "pyjamas": "pajamas",
    "sceptical": "skeptical",
    "skilful": "skillful",
    "spelt": "spelled",
    "sulphate": "sulfate",
    "sulphur": "sulfur",
    "whilst": "while",
}

_ENDINGS = r"(s|ed|ing|ous|ful|less|able|ably|ist|ists|ite|ites|ism|ic|al|ally)?"

# tumour -> tumor: only these word families, so that "four", "hour" and "your" stay as they are.
_OUR = re.compile(
    r"^(tum|col|behavi|fav|hum|lab|od|flav|vap|hon|rum|neighb|harb|sav|arm|endeav|clam|rig|vig|splend|ferv|"
    r"disfav|discol|dishon|misbehavi)our" + _ENDINGS + "$"
)
# centre -> center, centres -> centers, centred -> centered.
_RE = re.compile(
    r"^(cent|lit|met|fib|theat|calib|spect|sab|somb|lust|meag|millimet|centimet|kilomet|millilit)re(s|d)?$"
)
# travelling -> traveling, counsellor -> counselor.
_LL = re.compile(
    r"^(counsel|travel|label|cancel|model|signal|fuel|level|channel|dial|total|tunnel|marvel|jewel|equal|pedal|"
    r"shovel|quarrel|rival|refuel|duel|grovel|libel|spiral|initial|snorkel|swivel)l(ing|ed|er|ers|or|ors|ous)$"
)
# programme -> program, kilogramme -> kilogram.
_GRAMME = re.compile(r"^(\w*)gramme(s)?$")
# oestrogen, oedema, oesophagus -> estrogen, edema, esophagus: words that start with "oe" and a consonant,
# and the same families inside a word (lymphoedema, antioestrogen).
_OE_START = re.compile(r"^oe(?=[bcdfghjklmnpqrstvwxz])|oe(?=dem|str|soph)")
# diarrhoea, dyspnoea, amenorrhoea, apnoea, coeliac, foetus, homoeopathy.
_OE_INSIDE = re.compile(r"(?:(?<=rrh)|(?<=pn))oe|(?<=^c)oe(?=li)|(?<=^f)oe(?=t)|(?<=hom)oe(?=o)")
# haemoglobin, anaemia, paediatric, leukaemia, gynaecology, faeces, caesarean: "ae" between consonants.
# Word-final "ae" (vertebrae, algae) and word-initial "ae" (aerobic) are left alone.
_AE = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ae(?=[bcdfghjklmnpqrstvwxz])")
_AETIOLOGY = re.compile(r"^aeti")
# organize -> organise, organization -> organisation, metastasize -> metastasise.
_IZE = re.compile(r"^(\w{2,})iz(e|es|ed|ing|er|ers|ation|ations|ational)$")
# Words that end in "ize" in UK English too: prize, seize, maize, baize, and size with its compounds.
_IZE_KEEP = re.compile(r"^(pr|se|ma|ba|(over|under|down|up|re|cap|out|bite|king|mid|life|full|wide)?s)$")
# analyze -> analyse.
_YZE = re.compile(r"^(anal|paral|catal|dial|electrol|hydrol)yz(e|es|ed|ing|er|ers)$")


@lru_cache(maxsize=65536)
def fold_spelling(word: str) -> str:
    """The one form of a lower-case word that both its UK and US spellings share."""
    if not word.isascii() or len(word) < 4:
        return word
    known = WORDS.get(word)
    if known is not None:
        return known
    word = _OUR.sub(r"\1or\2", word)
    word = _RE.sub(lambda m: m.group(1) + ("ered" if m.group(2) == "d" else "er" + (m.group(2) or "")), word)
    word = _LL.sub(r"\1\2", word)
    word = _GRAMME.sub(r"\1gram\2", word)
    word = _OE_START.sub("e", word)
    word = _OE_INSIDE.sub("e", word)
    word = _AETIOLOGY.sub("eti", word)
    word = _AE.sub("e", word)
    match = _IZE.match(word)
    if match and not _IZE_KEEP.match(match.group(1)):
        word = f"{match.group(1)}is{match.group(2)}"
    return _YZE.sub(r"\1ys\2", word)


def rules_digest() -> str:
    """A short hash of the rules above: an index built with other rules must be rebuilt."""
    digest = hashlib.sha256(repr(sorted(WORDS.items())).encode())
    for pattern in (_OUR, _RE, _LL, _GRAMME, _OE_START, _OE_INSIDE, _AE, _AETIOLOGY, _IZE, _IZE_KEEP, _YZE):
        digest.update(pattern.pattern.encode())
    return digest.hexdigest()[:12]
