"""Case text with a little structure, as the boards' papers have it: headings, lists and tables.

A small Markdown subset: `#`/`##` headings, `-`/`*`/`•` and `1.` lists, `| a | b |` tables. A
paragraph's first line that is short and ends without a full stop is a heading too, as «Formål»
and «Bakgrunn» stand over their text in the real papers (and in text pasted from them).
The text becomes document-model blocks (docmodel.py), so print and archive read it alike."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from boarddesk.reports.docmodel import Grid, Heading, Item, Text, to_flowables

BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
HASHES = re.compile(r"^(#{1,3})\s+(.*)$")
RULE_ROW = re.compile(r"^\|?[\s:|-]+\|?$")
HEADING_MAX = 70  # a longer first line is a sentence, not a heading


def parse(text: str | None) -> list:
    """Running text as blocks: blank lines separate paragraphs; see the module's doc for the markup."""
    blocks: list = []
    for chunk in re.split(r"\n\s*\n", text or ""):
        lines = [line.rstrip() for line in chunk.strip("\n").splitlines() if line.strip()]
        if lines:
            blocks += _block(lines)
    return blocks


def text_flowables(text: str | None, width: float) -> list[Flowable]:
    return to_flowables(parse(text), width)


def _is_item(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line) or line.lstrip().startswith("|"))


def _block(lines: list[str]) -> list:
    blocks: list = []
    first = lines[0]
    hashes = HASHES.match(first)
    if hashes:
        blocks.append(Heading(hashes.group(2), 2 if len(hashes.group(1)) == 1 else 3))
        lines = lines[1:]
    elif len(lines) > 1 and len(first) <= HEADING_MAX and not first.endswith((".", ":", ",")) and not _is_item(first):
        blocks.append(Heading(first, 3))
        lines = lines[1:]
    text: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith("|"):
            rows = []
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                if not RULE_ROW.match(lines[index].strip()):
                    rows.append([cell.strip() for cell in lines[index].strip().strip("|").split("|")])
                index += 1
            blocks += _flush(text) + [_table(rows)]
            text = []
            continue
        bullet, numbered = BULLET.match(line), NUMBERED.match(line)
        if bullet or numbered:
            blocks += _flush(text)
            text = []
            blocks.append(Item("•", bullet.group(1)) if bullet else Item(f"{numbered.group(1)}.", numbered.group(2)))
        else:
            text.append(line)
        index += 1
    return blocks + _flush(text)


def _flush(lines: list[str]) -> list:
    return [Text("\n".join(lines))] if lines else []


def _table(rows: list[list[str]]) -> Grid:
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    body = rows[1:] or [[""] * columns]
    return Grid(tuple(rows[0]), tuple(tuple(r) for r in body), (1.0,) * columns, keep=tuple(range(columns)))
