"""Writes a whole new index's pages into one Whoosh segment, with the page text already analysed into its terms.

Whoosh's own writer takes each field as text and runs the field's analyzer over it, then puts every posting
(term, page, weight, value) through a pool that pickles runs of them to temporary files and merges them back at
the commit, where each posting's field length is read back from the segment's column file. For 5,000 pages that
is a million postings and most of a minute of CPU. Here the terms come in as lists (``analysis.PageTerms``), the
postings wait in memory grouped by term (each term's pages are added in order, so only the terms need sorting),
and the field lengths come from memory. What is written is what ``IndexWriter.add_document`` with the text
of ``Analysis.indexed`` would write, posting for posting: the tests compare the two (test_search_writing.py).

Only the field kinds of ``backend.schema`` are handled: an unstored text field with frequencies or positions
and a stored ID field (no term vectors, spelling fields or columns); any other kind of field raises.
"""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
from whoosh.fields import FieldType
from whoosh.formats import Frequency, Positions
from whoosh.index import Index
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

# A posting: the page's number, the term's weight on it, and its encoded value (count or positions).
Posting = tuple[int, float, bytes]


class _Lengths:
    """Each page's field lengths as the segment stores them (one byte each: see ``length_to_byte``), answering the
    question the field writer would otherwise ask of the segment's files once per posting."""

    def __init__(self) -> None:
        self.by_field: dict[str, dict[int, int]] = {}

    def add(self, fieldname: str, docnum: int, length: int) -> None:
        code = length_to_byte(length)
        if code:
            self.by_field.setdefault(fieldname, {})[docnum] = byte_to_length(code)

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        lengths = self.by_field.get(fieldname)
        if lengths is None:
            return default
        return lengths.get(docnum)  # None for a page without the field, as Whoosh's reader answers


def _supported(name: str, field: FieldType) -> bool:
    plain = not field.vector and not field.column_type and not field.separate_spelling()
    text = type(field.format) in (Frequency, Positions) and not field.stored
    return plain and (text or name == "id")


class PageWriter:
    """Adds pages, given as each field's terms, to a new index, and commits them as one segment."""

    def __init__(self, index: Index) -> None:
        self._writer = writer = index.writer()
        if not isinstance(writer, SegmentWriter) or writer.segments:
            writer.cancel()
            raise ValueError("PageWriter writes a new, empty index only")
        unsupported = [name for name, field in writer.schema.items() if not _supported(name, field)]
        if unsupported:
            writer.cancel()
            raise ValueError(f"PageWriter cannot write the fields {unsupported}")
        # Each field's terms, each with its postings in the order the pages were added (the order of their numbers).
        self._postings: dict[str, dict[str, list[Posting]]] = {}
        self._lengths = _Lengths()

    def add_page(self, page_id: str, terms: Mapping[str, Sequence[str]]) -> None:
        """Add a page: ``terms`` holds each text field's terms in order, as the field's analyzer would make them of
        the text (``PageTerms.terms``, and ``analysis.pairs`` of those for a "pairs" field)."""
        writer = self._writer
        schema = writer.schema
        docnum = writer.docnum
        perdoc = writer.perdocwriter
        values: dict[str, object] = {"id": page_id, **terms}
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(values):
                field = schema[fieldname]
                value = values[fieldname]
                if fieldname == "id":
                    items = [(term.decode("utf-8"), frequency, weight, encoded)
                             for term, frequency, weight, encoded in field.index(value)]
                else:
                    items = _items(field, value)  # type: ignore[arg-type]
                postings = self._postings.setdefault(fieldname, {})
                length = 0
                for term, frequency, weight, encoded in items:
                    length += frequency
                    found = postings.get(term)
                    if found is None:
                        postings[term] = [(docnum, weight, encoded)]
                    else:
                        found.append((docnum, weight, encoded))
                if not field.scorable:
                    length = 0
                perdoc.add_field(fieldname, field, value if field.stored else None, length)
                if length:
                    self._lengths.add(fieldname, docnum, length)
        except BaseException:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        writer._added = True
        writer.docnum += 1

    def commit(self) -> None:
        """Write the segment and the index's table of contents: what ``SegmentWriter.commit`` does for a new index,
        with the postings and lengths from memory."""
        writer = self._writer
        writer._check_state()
        segments = []
        if writer._added:
            writer.perdocwriter.close()
            self._write_postings()
            writer.fieldwriter.close()
            writer._close_segment()
            writer._assemble_segment()
            segments.append(writer.get_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()

    def cancel(self) -> None:
        self._writer.cancel()

    def _write_postings(self) -> None:
        """What ``FieldWriter.add_postings`` does with the postings sorted by field, term and page (a term's text
        sorts as its UTF-8 does), a block of postings at a time where the codec is Whoosh 3's."""
        writer = self._writer
        fields = writer.fieldwriter
        for fieldname in sorted(self._postings):
            fields.start_field(fieldname, writer.schema[fieldname])
            lengths = self._lengths.by_field.get(fieldname, {})
            by_term = self._postings[fieldname]
            for term in sorted(by_term):
                fields.start_term(term.encode("utf-8"))
                postings = by_term[term]
                blocks = fields._postwriter if isinstance(fields, W3FieldWriter) else None
                if type(blocks) is W3PostingsWriter:
                    _add_blocks(blocks, postings, lengths)
                else:
                    for docnum, weight, encoded in postings:
                        fields.add(docnum, weight, encoded, lengths.get(docnum))
                fields.finish_term()
            fields.finish_field()


def _add_blocks(writer: W3PostingsWriter, postings: list[Posting], lengths: Mapping[int, int]) -> None:
    """``W3PostingsWriter.add_posting`` for each posting of a term, a block at a time: a full block is written when
    the next posting comes, the last one is left for ``finish_postings``, and each block keeps its greatest weight
    and its shortest and longest field length."""
    limit = writer._blocklimit
    for start in range(0, len(postings), limit):
        if start:
            writer._write_block()
        block = postings[start:start + limit]
        docnums = [posting[0] for posting in block]
        weights = [posting[1] for posting in block]
        writer._ids.extend(docnums)
        writer._weights.extend(weights)
        writer._maxweight = max(writer._maxweight, *weights)
        writer._values.extend(posting[2] for posting in block if posting[2])
        known = [length for length in map(lengths.get, docnums) if length]
        if known:
            writer._minlength = min(known)
            writer._maxlength = max(known)


def _items(field: FieldType, terms: Sequence[str]) -> list[tuple[str, int, float, bytes]]:
    """What ``field.index`` yields for the text of ``terms`` (``Frequency.word_values`` or ``Positions.word_values``
    with every token's boost 1.0), the terms not yet encoded: each distinct term with its count, weight and
    encoded value."""
    form = field.format
    boost = form.field_boost
    if type(form) is Positions:
        positions: dict[str, list[int]] = {}
        for position, term in enumerate(terms):
            found = positions.get(term)
            if found is None:
                positions[term] = [position]
            else:
                found.append(position)
        return [(term, len(where), float(len(where)) * boost, _positions(where)) for term, where in positions.items()]
    return [(term, count, float(count) * boost, _packed(count)) for term, count in Counter(terms).items()]


@lru_cache(maxsize=1024)
def _packed(count: int) -> bytes:
    return pack_uint(count)


def _positions(where: list[int]) -> bytes:
    """``Positions.encode``: the count, then the gaps between the positions pickled."""
    if len(where) == 1:
        return _one_position(where[0])
    return pack_uint(len(where)) + pickle.dumps([where[0], *(b - a for a, b in pairwise(where))], 2)


@lru_cache(maxsize=65536)
def _one_position(position: int) -> bytes:
    return pack_uint(1) + pickle.dumps([position], 2)
