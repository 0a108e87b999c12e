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

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from whoosh.fields import FieldType
from whoosh.formats import Frequency, Positions
from whoosh.index import Index
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

Posting = tuple[int, float, bytes]


class _Postings:
    """The postings of one segment, in memory, grouped by (field, term); each term's pages in the order added."""

    def __init__(self) -> None:
        self.by_term: dict[tuple[str, bytes], list[Posting]] = {}

    def add(self, fieldname: str, term: bytes, posting: Posting) -> None:
        found = self.by_term.get((fieldname, term))
        if found is None:
            self.by_term[(fieldname, term)] = [posting]
        else:
            found.append(posting)

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Sorted by field, term and page, as Whoosh's field writer wants them."""
        for key in sorted(self.by_term):
            fieldname, term = key
            for docnum, weight, value in self.by_term[key]:
                yield fieldname, term, docnum, weight, value

    def cleanup(self) -> None:  # what SegmentWriter calls on its pool when it closes the segment
        self.by_term.clear()


class _Lengths:
    """Each page's field lengths as the segment stores them (one byte each: see ``length_to_byte``), answering the
    field writer's question that the segment's per-document reader would otherwise answer from its files."""

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
        self._postings = _Postings()
        self._lengths = _Lengths()
        writer.pool = self._postings  # nothing goes through Whoosh's pool of temporary files

    def add_page(self, page_id: str, terms: Mapping[str, Sequence[str]]) -> None:
        """Add a page: ``terms`` holds each text field's terms in order, as the field's analyzer would make them of
        the text (``PageTerms.terms``, and ``analysis.pairs`` of those for a "pairs" field)."""
        writer = self._writer
        schema = writer.schema
        docnum = writer.docnum
        perdoc = writer.perdocwriter
        add = self._postings.add
        values: dict[str, object] = {"id": page_id, **terms}
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(values):
                field = schema[fieldname]
                value = values[fieldname]
                items = field.index(value) if fieldname == "id" else _items(field, value)  # type: ignore[arg-type]
                length = 0
                for term, frequency, weight, encoded in items:
                    if field.scorable:
                        length += frequency
                    add(fieldname, term, (docnum, weight, encoded))
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
        """Write the segment and the index's table of contents (what ``SegmentWriter.commit`` does for a new index,
        with the postings and lengths from memory)."""
        writer = self._writer
        writer._check_state()
        segments = []
        if writer._added:
            writer.perdocwriter.close()
            writer.fieldwriter.add_postings(writer.schema, self._lengths, self._postings.iter_postings())
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


def _items(field: FieldType, terms: Sequence[str]) -> Iterator[tuple[bytes, int, float, bytes]]:
    """What ``field.index`` yields for the text of ``terms`` (``Frequency.word_values`` or ``Positions.word_values``
    with every token's boost 1.0): each distinct term with its count, weight and encoded value."""
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
        for term, where in positions.items():
            yield term.encode("utf-8"), len(where), float(len(where)) * boost, form.encode(where)
    else:
        for term, count in Counter(terms).items():
            yield term.encode("utf-8"), count, float(count) * boost, pack_uint(count)
