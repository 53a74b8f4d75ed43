"""Case text with a little structure, as the boards' papers have it: headings, lists and tables.

A small Markdown subset: `#`/`##` headings, `-`/`*`/`•` and `1.` lists, `| a | b |` tables. A
paragraph's first line that is short and ends without a full stop is a heading too, as «Formål»
and «Bakgrunn» stand over their text in the real papers (and in text pasted from them)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from boarddesk.reports.layout import fitted_grid, heading, para, styles

BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
HASHES = re.compile(r"^(#{1,3})\s+(.*)$")
RULE_ROW = re.compile(r"^\|?[\s:|-]+\|?$")
HEADING_MAX = 70  # a longer first line is a sentence, not a heading


def text_flowables(text: str | None, width: float) -> list[Flowable]:
    """Running text as flowables: blank lines separate blocks; see the module's doc for the markup."""
    flow: list[Flowable] = []
    for block in re.split(r"\n\s*\n", text or ""):
        lines = [line.rstrip() for line in block.strip("\n").splitlines() if line.strip()]
        if lines:
            flow += _block(lines, width)
    return flow


def _is_item(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line) or line.lstrip().startswith("|"))


def _block(lines: list[str], width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    first = lines[0]
    hashes = HASHES.match(first)
    if hashes:
        flow += heading(hashes.group(2), "h2" if len(hashes.group(1)) == 1 else "h3", 12)
        lines = lines[1:]
    elif len(lines) > 1 and len(first) <= HEADING_MAX and not first.endswith((".", ":", ",")) and not _is_item(first):
        flow += heading(first, "h3", 12)
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
            flow += _flush(text) + [_table(rows, width)]
            text = []
            continue
        bullet, numbered = BULLET.match(line), NUMBERED.match(line)
        if bullet or numbered:
            flow += _flush(text)
            text = []
            mark = "•" if bullet else f"{numbered.group(1)}."
            item = bullet.group(1) if bullet else numbered.group(2)
            flow.append(Paragraph(escape(item), styles()["list_item"], bulletText=mark))
        else:
            text.append(line)
        index += 1
    return flow + _flush(text)


def _flush(lines: list[str]) -> list[Flowable]:
    return [para("\n".join(lines))] if lines else []


def _table(rows: list[list[str]], width: float) -> Flowable:
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    return fitted_grid(rows[0], rows[1:] or [[""] * columns], width, keep=range(columns))
