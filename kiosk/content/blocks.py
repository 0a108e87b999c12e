"""Shared Markdown blocks: a line ``{{> red-flags/spinal }}`` in a page is replaced by ``blocks/red-flags/spinal.md``.

Blocks let one wording (a red flag, the 999 box) be written once and read the same on every page. They are
expanded when a page's body is first wanted (``work_out_body``), so the reader, search, print and the checker all
see the same words. Every
problem (an unknown block, a cycle, nesting too deep) is reported with the file and line to fix, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.limits import read_content_file
from kiosk.content.model import Block, Body, Link, Problem

BLOCKS_DIR = "blocks"
MAX_DEPTH = 3  # a page may include a block that includes a block that includes a block, no deeper
MAX_BLOCK_BYTES = 100_000
# The include must be alone on its line, so a block is always a whole paragraph, list or heading of its own.
INCLUDE = re.compile(r"^[ \t]*\{\{>[ \t]*(.*?)[ \t]*\}\}[ \t]*$")
# Lower-case words and dashes, folders joined by "/": no "..", no absolute paths, nothing outside blocks/.
BLOCK_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")
# [text](target) and ![alt](target); a title after the target ("...") is allowed and ignored.
LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass(frozen=True, slots=True)
class Expanded:
    """A page body with its blocks in place, and what is needed to trace each line back to the page file."""

    body: str  # what the reader sees (blocks in place)
    own_body: str  # the page's own words: include lines left blank, so line numbers still match the file
    blocks: tuple[str, ...]  # every block used, nested ones too, in the order they first appear
    lines: tuple[int, ...]  # for each line of ``body``, the page-file line it came from (the include line for blocks)


def work_out_body(text: str, first_line: int, path: Path,
                  blocks: Mapping[str, Block]) -> tuple[Body, tuple[Problem, ...]]:
    """A page's body from the text after its metadata (from line ``first_line`` of ``path``): its lines joined by
    line ends, its blocks put in place and its links found, with the problems met putting the blocks in place."""
    problems: list[Problem] = []
    expanded = expand("\n".join(text.splitlines()), first_line, path, blocks, problems)
    links = find_links(expanded.body, first_line, expanded.lines)
    return Body(expanded.body, links, expanded.own_body, expanded.blocks, expanded.lines), tuple(problems)


def find_links(body: str, first_line: int, lines: tuple[int, ...] = ()) -> tuple[Link, ...]:
    """Every link and image in ``body``; ``lines`` maps each body line to its file line when blocks moved them."""
    links = []
    for index, line in enumerate(body.splitlines()):
        if "[" not in line:  # most lines: no link to look for
            continue
        number = lines[index] if index < len(lines) else first_line + index
        for match in LINK.finditer(line):
            bang, text, target = match.groups()
            links.append(Link(target=target, text=text, line=number, is_image=bool(bang)))
    return tuple(links)


def read_blocks(directory: Path, problems: list[Problem]) -> dict[str, Block]:
    """Every ``*.md`` file under ``directory/blocks``, by name (``red-flags/spinal``). Unreadable files are reported."""
    root = directory / BLOCKS_DIR
    if not root.is_dir():
        return {}
    blocks: dict[str, Block] = {}
    for path in sorted(root.rglob("*.md")):
        name = path.relative_to(root).with_suffix("").as_posix()
        if not BLOCK_NAME.match(name):
            problems.append(Problem(path, 0, f"block file name '{name}' must be lower-case words and dashes "
                                             "(for example red-flags/spinal.md); it cannot be used"))
            continue
        text = read_content_file(path, MAX_BLOCK_BYTES, problems, what="the block")
        if text is None:
            continue
        blocks[name] = Block(name, path, text.rstrip("\n"))
    return blocks


def expand(body: str, first_line: int, path: Path, blocks: Mapping[str, Block], problems: list[Problem]) -> Expanded:
    """Put each ``{{> name }}`` line's block in place. A broken include is reported and left out of the text."""
    out: list[str] = []
    origins: list[int] = []
    own: list[str] = []
    used: dict[str, None] = {}
    for number, line in enumerate(body.splitlines(), start=first_line):
        name = _include_name(line, path, number, problems)
        if name is None:
            out.append(line)
            origins.append(number)
            own.append(line)
            continue
        own.append("")
        lines = _block_lines(name, path, number, blocks, problems, used, chain=())
        out.extend(lines)
        origins.extend([number] * len(lines))
    return Expanded("\n".join(out), "\n".join(own), tuple(used), tuple(origins))


def _include_name(line: str, path: Path, number: int, problems: list[Problem]) -> str | None:
    """The block a line includes, or None for an ordinary line (a malformed include is reported, then read as text)."""
    if "{{>" not in line:
        return None
    match = INCLUDE.match(line)
    if match is None:
        problems.append(Problem(path, number, "a block include ({{> name }}) must be alone on its own line"))
        return None
    return match.group(1)


def _block_lines(
    name: str, path: Path, number: int, blocks: Mapping[str, Block], problems: list[Problem],
    used: dict[str, None], chain: tuple[str, ...],
) -> list[str]:
    if not BLOCK_NAME.match(name):
        problems.append(Problem(path, number, f"block name '{name}' must be lower-case words and dashes, with / "
                                              "between folders (for example red-flags/spinal)"))
        return []
    if name in chain:
        problems.append(Problem(path, number, f"block loop: {' > '.join((*chain, name))}"))
        return []
    if len(chain) >= MAX_DEPTH:
        problems.append(Problem(path, number, f"blocks are nested more than {MAX_DEPTH} deep: "
                                              f"{' > '.join((*chain, name))}"))
        return []
    block = blocks.get(name)
    if block is None:
        problems.append(Problem(path, number, f"unknown block '{name}' (no {BLOCKS_DIR}/{name}.md)"))
        return []
    used[name] = None
    lines: list[str] = []
    for inner_number, line in enumerate(block.text.splitlines(), start=1):
        inner = _include_name(line, block.path, inner_number, problems)
        if inner is None:
            lines.append(line)
        else:
            lines.extend(_block_lines(inner, block.path, inner_number, blocks, problems, used, (*chain, name)))
    return lines

