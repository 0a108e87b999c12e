"""The Whoosh side of search: the index's fields, building it, finding a usable one, and running a search.

An index lives in a Whoosh storage (a folder, or memory) together with two small files of ours: the
vocabulary (vocabulary.py) and, written last so that a half-built index never looks finished, a key file
recording what the index was built from: the content fingerprint, the schema version (with a digest of the
spelling rules, which change what is indexed) and the Whoosh version, and the SHA-256 of every other file of the
index. An index whose key does not match the content in hand, or whose files do not match their checksums, is
never used: a few damaged bytes can open cleanly in Whoosh and then fail every search.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import whoosh
from whoosh.collectors import FilterCollector
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage, Storage
from whoosh.filedb.structfile import StructFile
from whoosh.index import Index
from whoosh.query import Query, Term
from whoosh.searching import Results, Searcher

from kiosk.content.model import ContentStore, Menu, Page
from kiosk.content.render import plain_text
from kiosk.search.analysis import (
    ENGLISH,
    Analysis,
    PageTerms,
    analysis_for,
    forget_typed_words,
    make_analyzer,
    make_pair_analyzer,
    pairs,
)
from kiosk.search.build_process import BuildCancelled
from kiosk.search.passages import PageWords, passage, whole
from kiosk.search.query import (
    PAIR_FIELDS,
    POSITION_FIELDS,
    ConceptQueries,
    Plan,
    TermPresence,
    all_of,
    any_of,
    clean,
    each_concept_query,
    has_specific_match,
    pair_field,
    plan,
    unanswered_words,
)
from kiosk.search.red_flags import CANNOT, UrgentSearches
from kiosk.search.results import SearchHit, SearchResults
from kiosk.search.spelling import rules_digest
from kiosk.search.synonyms import SynonymTable
from kiosk.search.vocabulary import Vocabulary, WordCounts
from kiosk.search.words import english_words
from kiosk.search.writing import PageWriter

log = logging.getLogger("kiosk.search")

# Bump when the fields or the way text is analysed change: every saved index is then rebuilt.
SCHEMA_VERSION = 3  # 2: shared blocks indexed on Urgent help only; 3: each guide analysed in its own language
INDEX_NAME = "MAIN"
KEY_FILE = "kiosk-index-key.json"
VOCABULARY_FILE = "kiosk-vocabulary.json"
TEXT_FIELDS = ("title", "headings", "keywords", "summary", "body")
# When fewer pages than this match every word, pages matching some of the words follow them.
FILL_UP_TO = 3
# There is no time limit: what a search finds depends only on the words and the content, never on how busy the
# PC is (a search stopped by a clock said "not covered" for covered questions on a busy PC). Typing never waits
# for a search anyway: the screens search on a worker thread that skips text typed over in the meantime.
PASSAGE_CACHE_PAGES = 1024
# Caches for earlier content (each content update makes a new one) kept beside the one in use; older ones go.
OLD_CACHES_KEPT = 2


class StaleIndex(Exception):
    """The saved index was built from other content, another schema or another Whoosh."""


class DamagedIndex(Exception):
    """A file of the saved index is missing, extra or not the file that was written (its checksum differs)."""


class MemoryStorage(RamStorage):
    """Whoosh's RamStorage, except that the writer's scratch space is in memory too.

    RamStorage.temp_storage makes a folder under the system temp directory, which may be read-only on a
    locked-down kiosk, and a memory index is exactly the fallback for when nothing can be written.
    """

    def temp_storage(self, name: str | None = None) -> Storage:
        return MemoryStorage()


class IndexFolder(FileStorage):
    """A FileStorage that can close the files it opened, for when a damaged index fails half way through opening
    (Whoosh leaves those files open, and a kiosk running for months must not leak them).

    It reads files through ordinary file handles, never memory-mapped: Whoosh maps a compound segment file and hands
    out views of the map, and its close() cannot unmap while any view is still referenced (it swallows the
    BufferError), so the file stayed open, and on Windows could be neither deleted nor replaced, for as long as
    anything held a closed searcher. Read through handles, closing the searcher lets go of every file at once. A
    search is no slower for it (measured on the guide and on 2,000 generated pages).
    """

    def __init__(self, folder: Path, readonly: bool = False) -> None:
        super().__init__(str(folder), supports_mmap=False, readonly=readonly)
        self._opened: list[StructFile] = []
        self._tracking = True

    def open_file(self, name: str, **kwargs: object) -> StructFile:
        stream = super().open_file(name, **kwargs)
        if self._tracking:
            self._opened.append(stream)
        return stream

    def close_files(self) -> None:
        for stream in self._opened:
            try:
                stream.close()
            except Exception:  # already closed, or closing a broken file: either way it is let go
                log.debug("could not close %s", stream, exc_info=True)
        self._opened.clear()

    def forget_files(self) -> None:
        """The index opened well: its files now belong to it, and are closed with it."""
        self._opened.clear()
        self._tracking = False


def schema() -> Schema:
    """The page id and each text field; the short fields also get a "pairs" copy for phrases (see
    analysis.PairFilter), and the body keeps word positions instead, as its pairs would make the index
    several times larger."""
    words, pairs = make_analyzer(), make_pair_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        **{name: TEXT(analyzer=words, phrase=name in POSITION_FIELDS) for name in TEXT_FIELDS},
        **{pair_field(name): TEXT(analyzer=pairs, phrase=False) for name in PAIR_FIELDS},
    )


def index_key(store: ContentStore) -> dict[str, str]:
    return {
        "content": store.fingerprint,
        "schema": f"{SCHEMA_VERSION}-{rules_digest()}",
        "whoosh": whoosh.versionstring(),
    }


def key_digest(key: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]


def searchable_pages(store: ContentStore) -> list[Page]:
    # Hidden pages (the outlook figures) are reached only by a deliberate choice on their parent page, so
    # search leads to that parent, whose link words ("Show information about outlook") are indexed, instead.
    return [page for page in store if page.menu is not Menu.HIDDEN]


def page_fields(page: Page, urgent_page: str = "") -> dict[str, str]:
    """The text of each field. Local details keep their fallback words: no clinic's numbers in the index.

    Shared blocks (the red-flag wording) repeat on many pages; indexed everywhere, they would rank those pages
    level with Urgent help for a red-flag search. So the body is a page's own words, and Urgent help's in full.
    """
    body = page.body if page.id == urgent_page else page.own_text
    return {
        "title": page.title,
        "headings": plain_text("\n".join(page.headings)),  # one call: a page may have hundreds
        "keywords": ", ".join(page.keywords),
        "summary": page.summary,
        "body": plain_text(body),
    }


def page_language(store: ContentStore, page: Page) -> Analysis:
    """The analysis of a page's text: its guide's language."""
    return analysis_for(store.guide_of(page.id).language)


def search_languages(store: ContentStore) -> tuple[Analysis, ...]:
    """The languages a search of ``store`` reads typed words in, the one typed in first.

    A kiosk shows the guides of its interface language and the English ones not translated into it (see
    ``kiosk.content.sources.guides_for_language``), so the language typed in is the language of its guides that is
    not English, when there is one: the interface language. The words are also read in each other language of
    its guides, so an English word typed on a Polish kiosk still finds the English guide's pages.
    """
    guides = list(store.guides.values()) or [store.guide]
    languages = list(dict.fromkeys(guide.language for guide in guides))
    languages.sort(key=lambda code: code == ENGLISH)  # stable: the guides' order otherwise
    return tuple(analysis_for(code) for code in languages)


def _write_text(storage: Storage, name: str, text: str) -> None:
    stream = storage.create_file(name)
    try:
        stream.write(text.encode("utf-8"))
    finally:
        stream.close()


def _read_text(storage: Storage, name: str) -> str:
    stream = storage.open_file(name)
    try:
        return bytes(stream.read()).decode("utf-8")
    finally:
        stream.close()


def _read_bytes(storage: Storage, name: str) -> bytes:
    stream = storage.open_file(name)
    try:
        return bytes(stream.read())
    finally:
        stream.close()


def file_checksums(storage: Storage) -> dict[str, str]:
    """The SHA-256 of every file of the index (not the key file itself, nor Whoosh's lock files)."""
    return {
        name: hashlib.sha256(_read_bytes(storage, name)).hexdigest()
        for name in sorted(storage.list())
        if name != KEY_FILE and not name.endswith("LOCK") and not name.startswith(".")
    }


def verify_files(storage: Storage, recorded: object) -> None:
    """Raise DamagedIndex unless the index's files are exactly those recorded in its key, byte for byte."""
    if not isinstance(recorded, dict) or not recorded:
        raise DamagedIndex("the key file records no checksums (an index from an older version)")
    found = file_checksums(storage)
    for name in sorted(set(recorded) | set(found)):
        if name not in found:
            raise DamagedIndex(f"{name} is missing")
        if name not in recorded:
            raise DamagedIndex(f"{name} was not written with the index")
        if found[name] != recorded[name]:
            raise DamagedIndex(f"{name} is damaged (its checksum differs)")


def write_index(storage: Storage, store: ContentStore) -> None:
    """Index every searchable page into ``storage``, then save the vocabulary, then the key with every checksum.

    Each page's text is read into words once, for its terms and for the vocabulary, and each distinct word is
    analysed once (``PageTerms``); the terms go to Whoosh as terms (``PageWriter``), never as text to analyse again.
    """
    index = storage.create_index(schema(), indexname=INDEX_NAME)
    words = WordCounts()
    readers: dict[str, PageTerms] = {}
    writer = PageWriter(index)
    try:
        for page in searchable_pages(store):
            fields = page_fields(page, store.guide.urgent_page)
            analysis = page_language(store, page)
            reader = readers.get(analysis.language)
            if reader is None:
                reader = readers[analysis.language] = PageTerms(analysis)
            written = {name: reader.words(text) for name, text in fields.items()}
            terms = {name: reader.terms(each) for name, each in written.items()}
            words.add_page([word for each in written.values() for word in each], reader.folded)
            writer.add_page(page.id, {**terms, **{pair_field(name): pairs(terms[name]) for name in PAIR_FIELDS}})
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    index.close()
    _write_text(storage, VOCABULARY_FILE, words.vocabulary().to_json())
    key = {**index_key(store), "files": file_checksums(storage)}
    _write_text(storage, KEY_FILE, json.dumps(key, sort_keys=True))


def read_index(storage: Storage, store: ContentStore) -> tuple[Index, Vocabulary]:
    """Open a saved index and check that it fits ``store``; raise when it is stale, partial or corrupt."""
    try:
        key = json.loads(_read_text(storage, KEY_FILE))
        if not isinstance(key, dict):
            raise DamagedIndex("the key file is not a JSON object")
        recorded = key.pop("files", None)
        if key != index_key(store):
            raise StaleIndex(f"built for {key}, not {index_key(store)}")
        verify_files(storage, recorded)
        index = storage.open_index(INDEX_NAME)
        vocabulary = Vocabulary.from_json(_read_text(storage, VOCABULARY_FILE))
        _check(index, store, vocabulary)
    except BaseException:
        if isinstance(storage, IndexFolder):
            storage.close_files()
        raise
    if isinstance(storage, IndexFolder):
        storage.forget_files()
    return index, vocabulary


def _check(index: Index, store: ContentStore, vocabulary: Vocabulary) -> None:
    """Read a little of every part of the index, so that a damaged file shows now rather than mid-search."""
    if sorted(index.schema.names()) != sorted(("id", *TEXT_FIELDS, *map(pair_field, PAIR_FIELDS))):
        raise StaleIndex("the index has other fields")
    expected = len(searchable_pages(store))
    with index.searcher() as searcher:
        if searcher.doc_count() != expected:
            raise StaleIndex(f"the index holds {searcher.doc_count()} pages, the content {expected}")
        _probe(searcher, store, vocabulary)


def _probe(searcher: Searcher, store: ContentStore, vocabulary: Vocabulary) -> None:
    """Read the first and last page's stored id and search for the commonest word; raise if anything fails."""
    count = searcher.doc_count()
    if not count:
        return
    for docnum in {0, count - 1}:
        page_id = searcher.stored_fields(docnum).get("id")
        if page_id not in store:
            raise StaleIndex("the index holds a page the content does not")
    if not searcher.search(Term("id", page_id), limit=1).scored_length():
        raise StaleIndex("the index cannot find its own pages")
    languages = search_languages(store)
    words = [w for w in vocabulary.page_counts if w not in languages[0].stop_words]
    common = max(words, key=vocabulary.page_counts.__getitem__, default="")
    wanted = plan(common, vocabulary, SynonymTable(), analyses=languages)
    query = all_of(wanted, TermPresence(searcher.reader()))
    if query is not None:
        searcher.search(query, limit=3)


def _clear(folder: Path) -> None:
    """Remove an earlier index's files from ``folder``, and nothing else that may be kept there."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        name = path.name
        ours = name in (KEY_FILE, VOCABULARY_FILE)
        if ours or name.startswith((INDEX_NAME + "_", "_" + INDEX_NAME + "_")):
            if path.is_dir():
                continue
            path.unlink()


def build_folder(store: ContentStore, folder: Path) -> None:
    """Build the index for ``store`` into ``folder``, replacing an earlier one there."""
    folder.mkdir(parents=True, exist_ok=True)
    _clear(folder)
    write_index(IndexFolder(folder), store)


def default_cache_dir(store: ContentStore) -> Path:
    from kiosk.paths import user_cache_dir

    return user_cache_dir() / "index" / key_digest(index_key(store))


def open_search(store: ContentStore, prebuilt_dir: Path | None, cache_dir: Path | None,
                build: Callable[[ContentStore, Path], None] = build_folder) -> PageSearch:
    """The first usable index of: the prebuilt one, the cached one, a newly cached one (made by ``build``), one in
    memory."""
    if prebuilt_dir is not None:
        try:
            return PageSearch(store, *read_index(IndexFolder(prebuilt_dir, readonly=True), store), "prebuilt")
        except Exception as error:  # any failure means "not usable": try the next
            log.info("prebuilt search index in %s not used: %s", prebuilt_dir, _describe(error))
    folder = cache_dir if cache_dir is not None else default_cache_dir(store)
    found: PageSearch | None = None
    try:
        found = PageSearch(store, *read_index(IndexFolder(folder, readonly=True), store), "cache", folder)
    except Exception as error:
        log.info("cached search index in %s not used: %s", folder, _describe(error))
    if found is None:
        try:
            build(store, folder)
            found = PageSearch(store, *read_index(IndexFolder(folder, readonly=True), store), "cache", folder)
        except BuildCancelled:
            raise  # nobody wants this index: building it in memory instead would only waste the PC's time
        except Exception as error:
            log.warning("cannot build the search index in %s, building it in memory: %s", folder, _describe(error))
            return open_in_memory(store)
    if cache_dir is None:
        prune_old_caches(folder)
    return found


def prune_old_caches(in_use: Path, keep: int = OLD_CACHES_KEPT) -> list[Path]:
    """Delete the per-content cache folders beside ``in_use`` except the ``keep`` most recently used: each content
    update leaves one behind (41 MB after three updates of 5,000 pages). Only folders holding our key file go."""
    import shutil

    try:
        os.utime(in_use)  # "recently used" is the folder's time, renewed whenever it is opened
        others = [p for p in in_use.parent.iterdir()
                  if p != in_use and p.is_dir() and not p.is_symlink() and (p / KEY_FILE).is_file()]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError as error:
        log.info("could not look for old search index caches in %s: %s", in_use.parent, error)
        return []
    removed = []
    for old in others[keep:]:
        try:
            shutil.rmtree(old)
        except OSError as error:
            log.info("could not remove the old search index cache %s: %s", old, error)
            continue
        removed.append(old)
    if removed:
        log.info("removed %d old search index cache(s) from %s", len(removed), in_use.parent)
    return removed


def discard_cache(folder: Path) -> None:
    """Make the next start rebuild the index in ``folder`` (its key goes first, as a build writes it last)."""
    try:
        (folder / KEY_FILE).unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not discard the search index cache in %s: %s", folder, error)


def open_in_memory(store: ContentStore) -> PageSearch:
    storage = MemoryStorage()
    write_index(storage, store)
    return PageSearch(store, *read_index(storage, store), "memory")


def _close_searcher(searcher: Searcher) -> None:
    try:
        searcher.close()
    except Exception:  # already closed, or a damaged index: either way it is let go
        log.debug("could not close a dropped search index", exc_info=True)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:300]


def shown_urgent_page(store: ContentStore) -> str | None:
    """The Urgent help page's id, if the guide shows one (a search may then lead to it)."""
    page_id = store.guide.urgent_page
    if page_id not in store or store.pages[page_id].menu is Menu.HIDDEN:
        return None
    return page_id


def named_sign(urgent_searches: UrgentSearches, text: str, wanted: Plan) -> frozenset[str] | None:
    """The stems of the sign needing help today that the (cleaned) ``text`` names, read with its plan ``wanted``."""
    # Single words only: the words of a synonym phrase are no sign on their own ("exercise" is "keep fit",
    # which is not a fit). Each with the typed words it stands for, which a look-alike may hold ("sick note").
    also: dict[str, set[str]] = {}
    for concept in wanted.concepts:
        typed = {term for alternative in concept.alternatives if alternative.weight >= 1.0
                 and not alternative.guessed for term in alternative.terms}
        for alternative in concept.alternatives:
            if not alternative.guessed and len(alternative.terms) == 1:
                also.setdefault(alternative.terms[0], set()).update(typed)
    return urgent_searches.match(text, also)


class UrgentRouting:
    """Whether a search names a sign that needs help today, without the index: for the seconds (on a first start
    with a large library, tens of seconds) before the index is open, when the search screen can only say it is
    getting ready. It reads the typed words as a search does, with the synonyms, but with no page's words to
    complete or correct them to (those come with the index), so a sign typed whole is routed to Urgent help
    whatever the state of the index; a misspelt one is routed once the index is open, as before."""

    def __init__(self, store: ContentStore) -> None:
        self.store = store
        self.synonyms = SynonymTable.load(store.content_directories())
        self.urgent_searches = UrgentSearches.load(store.content_directories())
        self.languages = search_languages(store)
        self.vocabulary = Vocabulary({}).including(self.synonyms.words)
        self.english = english_words()

    def names_a_sign(self, text: str) -> bool:
        if shown_urgent_page(self.store) is None:
            return False
        cleaned = clean(text)
        wanted = plan(cleaned, self.vocabulary, self.synonyms, self.english, self.languages)
        return named_sign(self.urgent_searches, cleaned, wanted) is not None


class PageSearch:
    """An open index with everything a search needs kept ready: the searcher, vocabulary and synonyms."""

    def __init__(self, store: ContentStore, index: Index, vocabulary: Vocabulary, location: str,
                 folder: Path | None = None) -> None:
        self.store = store
        self.index = index
        self.location = location
        self.folder = folder  # the cache folder it was read from, if any
        # In a library, every guide's words: the urgent signs must not depend on which guide was installed first.
        self.synonyms = SynonymTable.load(store.content_directories())
        self.urgent_searches = UrgentSearches.load(store.content_directories())
        self.languages = search_languages(store)
        self.vocabulary = vocabulary.including(self.synonyms.words)
        # The words a typed word may be completed or corrected to: the pages' own, in the language typed in.
        self.typed_vocabulary = self._typed_vocabulary().typed_in(self.languages[0])
        self.english = english_words()
        self._searcher: Searcher = index.searcher()
        # A backstop for an index dropped without close() (a script, a test): its files are closed when it is
        # collected, as a file object's are, rather than left for the interpreter's exit.
        self._close_when_dropped = weakref.finalize(self, _close_searcher, self._searcher)
        self.field_terms = TermPresence(self._searcher.reader())
        self._lock = threading.Lock()
        self.closed = False
        self._page_words: OrderedDict[str, PageWords] = OrderedDict()
        # Work out now, while the index is opened away from the screen, what the first searches would otherwise
        # wait for: the stems of the vocabulary, and (for a guide of ordinary size) every page's words.
        self.typed_vocabulary.stems  # noqa: B018
        if len(store) <= PASSAGE_CACHE_PAGES:
            for page in searchable_pages(store):
                self._words(page)

    def _typed_vocabulary(self) -> Vocabulary:
        """With one language, every word of the pages; in a library of several, only the words of the guides in
        the language typed in, knowing the others': a Polish word is never "corrected" to an English one."""
        if len(self.languages) == 1:
            return self.vocabulary
        first = self.languages[0]
        pages = [page for page in searchable_pages(self.store) if page_language(self.store, page) is first]
        own = Vocabulary.from_texts(
            (page_fields(page, self.store.guide.urgent_page).values() for page in pages), (first.fold for _ in pages))
        return own.known_beside(self.vocabulary)

    def close(self) -> None:
        """Let go of every file of the index (safe to call twice). A search running on another thread finishes
        first (it holds the lock); a search after this raises (``SearchIndex`` never makes one)."""
        with self._lock:
            if self.closed:
                return
            self.closed = True
            self._close_when_dropped.detach()
            try:
                self._searcher.close()
            finally:
                self.index.close()

    def healthy(self) -> bool:
        """Whether the open index still reads well (after a search failed: was it the index or the input?): its
        files still match their checksums, and a probe search works."""
        try:
            with self._lock:
                if self.folder is not None:
                    storage = IndexFolder(self.folder, readonly=True)
                    recorded = json.loads(_read_text(storage, KEY_FILE)).get("files")
                    verify_files(storage, recorded)
                _probe(self._searcher, self.store, self.vocabulary)
        except Exception:
            log.warning("the open search index no longer reads well", exc_info=True)
            return False
        return True

    def forget_queries(self) -> None:
        """Forget what searches have looked up: the words typed and their counts in the index (see
        ``analysis.forget_typed_words``). Results do not change; the next search works them out again."""
        self.field_terms.forget()
        forget_typed_words()

    def search(self, text: str, limit: int) -> SearchResults:
        cleaned = clean(text)
        wanted = plan(cleaned, self.typed_vocabulary, self.synonyms, self.english, self.languages)
        urgent, sign = self._urgent_page(cleaned, wanted)
        if (wanted.empty and not urgent) or limit <= 0:
            return SearchResults(text, (), wanted.suggestion, covered=False)
        with self._lock:
            each = each_concept_query(wanted, self.field_terms)  # built once for the three questions below
            not_found = tuple(unanswered_words(wanted, self.field_terms, each))
            # A word no page uses ("parking") means the guide does not cover the question, unless the rest of it
            # names something specific that a page does cover; then those pages are shown.
            answerable = not not_found or bool(urgent) or has_specific_match(wanted, self.field_terms)
            found = self._run(wanted, limit, each) if answerable else []
            if urgent:
                # A sign that needs help today: Urgent help first, whatever else matches it better.
                top = max((score for _, score in found), default=1.0)
                found = [(urgent, top), *((pid, score) for pid, score in found if pid != urgent)][:limit]
            hits = tuple(self._hit(page_id, score, wanted, sign if page_id == urgent else None)
                         for page_id, score in found if page_id in self.store)
        covered = bool(hits) and answerable
        return SearchResults(text, hits if covered else (), wanted.suggestion if covered else None,
                             covered=covered, not_found=not_found, urgent=bool(urgent))

    def _urgent_page(self, text: str, wanted: Plan) -> tuple[str | None, frozenset[str] | None]:
        """The Urgent help page's id and the sign's stems when the search names a sign that needs help today."""
        page_id = shown_urgent_page(self.store)
        sign = named_sign(self.urgent_searches, text, wanted) if page_id else None
        return (page_id, sign) if sign else (None, None)

    def _run(self, wanted: Plan, limit: int, each: ConceptQueries) -> list[tuple[str, float]]:
        query = all_of(wanted, self.field_terms, each)
        if query is None:
            return []
        results = self._collect(query, limit)
        found = [(hit["id"], hit.score) for hit in results]
        fill_up = any_of(wanted, self.field_terms, each) if len(found) < min(limit, FILL_UP_TO) else None
        if fill_up is not None:
            # Never a dead end: pages with only some of the words follow, scored below every full match.
            seen = {hit.docnum for hit in results}
            more = self._collect(fill_up, limit - len(found), seen)
            top = (more[0].score if more.scored_length() else 0.0) or 1.0
            floor = found[-1][1] * 0.99 if found else top
            found += [(hit["id"], floor * hit.score / top) for hit in more]
        return found

    def _collect(self, query: Query, limit: int, mask: set[int] | None = None) -> Results:
        """The ``limit`` best pages for ``query`` (leaving out ``mask``), every matching page scored."""
        collector = self._searcher.collector(limit=limit)
        if mask:
            collector = FilterCollector(collector, restrict=mask)
        self._searcher.search_with_collector(query, collector)
        return collector.results()

    def _hit(self, page_id: str, score: float, wanted: Plan, sign: frozenset[str] | None = None) -> SearchHit:
        page = self.store.pages[page_id]
        snippet = None
        # Urgent help is first because of a sign: show that sign's lines ("chest pain", not the back-pain lines
        # that share the word "pain"), each of its words counting alike, however often the page has it. "cannot"
        # is on many lines ("if you cannot get through"): it says which line only beside the sign's other words.
        terms = sorted(sign - {CANNOT}) if sign else []
        if terms:
            snippet = passage(self._words(page), {(term,): n for n, term in enumerate(terms)}, rare_bonus=False)
        if snippet is None:
            snippet = passage(self._words(page), wanted.marked)
        if snippet is None:
            # The match is in the title or keywords only: the summary says what the page is about.
            snippet = whole(PageWords.of(page.summary, page_language(self.store, page)), wanted.marked)
        return SearchHit(page.id, page.title, snippet, round(float(score), 4))

    def _words(self, page: Page) -> PageWords:
        words = self._page_words.get(page.id)
        if words is None:
            words = PageWords.of(plain_text(page.body), page_language(self.store, page))
            self._page_words[page.id] = words
            if len(self._page_words) > PASSAGE_CACHE_PAGES:
                self._page_words.popitem(last=False)
        else:
            self._page_words.move_to_end(page.id)
        return words
