"""Regenerates resources/words/british-english.txt.gz from Debian's wbritish package (SCOWL-derived), and
resources/words/names.txt.gz: the list's proper nouns (people's first names and surnames, places, brands), which
the usage counts never keep (kiosk/usage/privacy.py).

Run after `apt-get install wbritish` when Debian updates the list:
    .venv/bin/python scripts/make_word_list.py
The list is shipped in the repository so that the app (from source and in the bundle) never needs the package.
"""

from __future__ import annotations

import gzip
import shutil
import unicodedata
from pathlib import Path

from kiosk.search.spelling import fold_spelling

SOURCE = Path("/usr/share/dict/british-english")
LICENCE = Path("/usr/share/doc/wbritish/copyright")
OUT = Path(__file__).resolve().parent.parent / "resources" / "words"


def main() -> None:
    words, names = set(), set()
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or "'" in word:  # possessives ("doctor's") add nothing the bare word does not
            continue
        proper = word[0].isupper()
        word = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
        if word.isalpha():
            words.add(word)
            if proper:
                names.add(word)
    # The guide's index folds UK and US spellings into one form ("tumour" -> "tumor"): add the folded forms, so
    # that a typed word is looked up the way search sees it. Rerun this script when spelling.py's rules change.
    words |= {fold_spelling(word) for word in words}
    OUT.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same list always makes the same bytes, so git sees no change when nothing changed.
    with gzip.GzipFile(OUT / "british-english.txt.gz", "wb", compresslevel=9, mtime=0) as stream:
        stream.write(("\n".join(sorted(words)) + "\n").encode("ascii"))
    with gzip.GzipFile(OUT / "names.txt.gz", "wb", compresslevel=9, mtime=0) as stream:
        stream.write(("\n".join(sorted(names)) + "\n").encode("ascii"))
    shutil.copyfile(LICENCE, OUT / "british-english.COPYRIGHT.txt")
    print(f"{len(words)} words and {len(names)} proper nouns written to {OUT}")


if __name__ == "__main__":
    main()
