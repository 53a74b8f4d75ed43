"""One model of a printed document, rendered by two back-ends: reportlab for printing and preview
(to_flowables, here) and typst for the archival PDF/A-2a (archive.py). The invitation and the
minutes are built as these blocks once, so the two outputs cannot drift apart.

Blocks hold plain text only; the layout (fonts, widths, page breaks) is each back-end's business."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreakIfNotEmpty, Paragraph, Spacer

from boarddesk.reports.layout import Mark, fields_table, fitted_grid, heading, para, styles


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0 the document's title, 2 a section (a case), 3 a sub-heading


@dataclass(frozen=True)
class Text:
    text: str  # plain; line breaks kept
    style: str = "body"  # body, muted or subtitle


@dataclass(frozen=True)
class Fields:
    """Label–value lines of a header block (Til, Dato, Sted …); empty values are left out."""

    pairs: tuple[tuple[str, str], ...]
    label_mm: float = 38


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]  # 0: a column that needs no more than its content (numbers, dates)
    keep: tuple[int, ...] = (0,)  # columns shown even when empty


@dataclass(frozen=True)
class Item:
    """A list item: «•» or «1.» and its text."""

    mark: str
    text: str


@dataclass(frozen=True)
class Boxed:
    """The decision (or proposed decision) set apart: its title, an optional lead-in, its text as blocks."""

    title: str
    lead_in: str | None
    body: tuple[object, ...]


@dataclass(frozen=True)
class Signatures:
    title: str
    place_label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Anchor:
    """Where a part (a case) starts: for bookmarks and the confidentiality marking of its pages."""

    key: str
    marking: str | None = None


@dataclass(frozen=True)
class KeepRoom:
    """What follows moves to the next page unless this much room is left."""

    height_mm: float


@dataclass(frozen=True)
class Gap:
    height_mm: float


@dataclass(frozen=True)
class NewPage:
    """What follows starts a page of its own (nothing when the page is still empty)."""


@dataclass(frozen=True)
class Contents:
    """The contents, each line a link to its page: laid out by the back-end, which knows the pages."""

    title: str


@dataclass
class Document:
    title: str  # the document's title as its metadata gives it
    lang: str
    blocks: list = field(default_factory=list)
    author: str = ""
    footer: str = ""
    date: str | None = None  # ISO date of the meeting: the archival copy's fixed timestamp
    draft: str | None = None  # «UTKAST» on every page of minutes not yet approved


def visible_columns(grid: Grid) -> Grid:
    """The grid without its empty columns (those in `keep` stay)."""
    shown = [i for i in range(len(grid.header)) if i in grid.keep or any(row[i].strip() for row in grid.rows)]
    return Grid(
        tuple(grid.header[i] for i in shown),
        tuple(tuple(row[i] for i in shown) for row in grid.rows),
        tuple(grid.weights[i] for i in shown),
        tuple(n for n, i in enumerate(shown) if i in grid.keep),
    )


def to_flowables(blocks: list, width: float) -> list[Flowable]:
    """The blocks as reportlab flowables on a frame `width` wide."""
    flow: list[Flowable] = []
    for block in blocks:
        flow += _flowables(block, width)
    return flow


def _flowables(block: object, width: float) -> list[Flowable]:
    from boarddesk.reports.case_paper import decision_box
    from boarddesk.reports.minutes import signature_flowables

    if isinstance(block, Heading):
        style = {0: "title", 1: "h1", 2: "h2"}.get(block.level, "h3")
        return heading(block.text, style, 15 * mm) if block.level >= 2 else [para(block.text, style)]
    if isinstance(block, Text):
        return [para(block.text, block.style)]
    if isinstance(block, Fields):
        table = fields_table(block.pairs, width, block.label_mm * mm)
        return [table] if table else []
    if isinstance(block, Grid):
        return [fitted_grid(block.header, block.rows, width, block.weights, keep=block.keep)]
    if isinstance(block, Item):
        return [Paragraph(escape(block.text), styles()["list_item"], bulletText=block.mark)]
    if isinstance(block, Boxed):
        return [decision_box(block.title, block.body, width, block.lead_in)]
    if isinstance(block, Signatures):
        return signature_flowables(block, width)
    if isinstance(block, Anchor):
        return [Mark(block.key)]
    if isinstance(block, KeepRoom):
        return [CondPageBreak(block.height_mm * mm)]
    if isinstance(block, Gap):
        return [Spacer(1, block.height_mm * mm)]
    if isinstance(block, NewPage):
        return [PageBreakIfNotEmpty()]
    if isinstance(block, Contents):
        return []  # the printed pack lays out its contents itself, with the pages it has placed (pack.py)
    raise TypeError(f"no flowable for {type(block).__name__}")
