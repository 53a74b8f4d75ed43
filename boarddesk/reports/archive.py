"""The archival copy (PDF/A-2a and PDF/UA-1: tagged, language set, fonts embedded, an output
intent), rendered by typst from the same document model the printed copy is made of (docmodel.py).

reportlab cannot write a tagged PDF, so the archive has a back-end of its own; the document model
is shared, so the two never drift apart. The same input gives the same bytes: the file's timestamp
is the meeting's date, not the moment of printing, so a hash of approved minutes can be taken over
the archival PDF. `public` leaves exempt content out before anything is rendered: what the public
version does not show is not in the file at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from boarddesk.reports.docmodel import (
    Anchor,
    Boxed,
    Contents,
    Document,
    Fields,
    Gap,
    Grid,
    Heading,
    Item,
    KeepRoom,
    NewPage,
    Signatures,
    Text,
    visible_columns,
)
from boarddesk.reports.fonts import font_dir
from boarddesk.reports.labels import labels
from boarddesk.store.whole_files import write_whole

STANDARDS = ["a-2a", "ua-1"]
PAPER = {"a4": "a4", "letter": "us-letter"}
LANGUAGE = {"nb": 'lang: "nb", region: "NO"', "en": 'lang: "en"'}
COLOURS = (
    '#let ink = rgb("#1a1a1a")\n#let muted = rgb("#5f6368")\n#let accent = rgb("#1f4e79")\n'
    '#let marking-red = rgb("#b00020")\n#let rule = rgb("#b0b4b8")\n#let header-fill = rgb("#e8ecef")\n'
)


class ArchiveUnavailable(RuntimeError):
    """The archival copy cannot be made (typst missing, or a document it does not cover yet)."""


def literal(text: str) -> str:
    """A typst string literal: only backslash and quote need escaping; control characters go."""
    clean = "".join(c for c in text if c >= " " or c == "\t")
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


def content(text: str) -> str:
    """Plain text as typst content, line breaks kept; never parsed as markup, whatever it holds."""
    lines = (text or "").split("\n")
    return "[" + " #linebreak() ".join(f"#{literal(line)}" for line in lines) + "]"


def to_typst(document: Document, paper: str) -> str:
    """The document as typst source: page furniture, then every block."""
    words = labels(document.lang)
    day = datetime.fromisoformat(document.date) if document.date else datetime(2000, 1, 1)
    page_of = words["page_of"].format(page="#counter(page).display()", pages="#counter(page).final().first()")
    draft = f'#text(weight: "bold", fill: marking-red, {literal(document.draft)})' if document.draft else ""
    head = [
        f"#set document(title: {literal(document.title)}, author: {literal(document.author)}, "
        f"date: datetime(year: {day.year}, month: {day.month}, day: {day.day}))",
        COLOURS,
        f'#set text(font: "DejaVu Sans", size: 9.5pt, fill: ink, {LANGUAGE.get(document.lang, LANGUAGE["nb"])})',
        "#set par(spacing: 0.8em)",
        "#show heading: set block(above: 1.2em, below: 0.6em)",
        "#show heading.where(level: 1): set text(size: 20pt, fill: accent)",
        "#show heading.where(level: 2): set text(size: 11pt, fill: accent)",
        "#show heading.where(level: 3): set text(size: 9.5pt)",
        "#set table(stroke: (x, y) => (bottom: if y == 0 { 0.8pt + accent } else { 0.3pt + rule }), "
        "fill: (x, y) => if y == 0 { header-fill }, inset: 4pt)",
        "#show table: set text(size: 8.5pt)",
        _marking_function(),
        f"#set page(paper: {literal(PAPER.get(paper, 'a4'))}, margin: (x: 20mm, top: 22mm, bottom: 20mm),",
        f"  header: context [{draft} #h(1fr) #marking-here()],",
        f"  footer: context [#set text(size: 7.5pt, fill: muted); #{literal(document.footer)} #h(1fr) "
        f'#text(weight: "bold", size: 8pt)[{page_of}]])',
    ]
    return "\n".join(head + [_block(block) for block in without_skipped_levels(document.blocks)]) + "\n"


def without_skipped_levels(blocks: list, level: int = 0) -> list:
    """The headings with no level skipped (PDF/UA requires it): a heading is at most one level
    below the one before it, wherever the text came from (a case paper's «Formål» is level 3)."""
    out: list = []
    for block in blocks:
        if isinstance(block, Heading):
            typst_level = min(max(block.level, 1), level + 1)
            block, level = replace(block, level=typst_level), typst_level
        elif isinstance(block, Boxed):
            block = replace(block, body=tuple(without_skipped_levels(list(block.body), level)))
        out.append(block)
    return out


def _marking_function() -> str:
    """The confidentiality marking at the head of each page an exempt part is on: the part that
    runs into the page, and any that starts on it."""
    return """#let marking-here() = context {
  let page = here().page()
  let anchors = query(<bd-anchor>)
  let before = anchors.filter(a => a.location().page() < page)
  let shown = anchors.filter(a => a.location().page() == page)
  if before.len() > 0 { shown.insert(0, before.last()) }
  let found = shown.map(a => a.value).filter(m => m != none)
  if found.len() > 0 {
    box(stroke: 0.9pt + marking-red, inset: 3pt, text(weight: "bold", size: 8.5pt, fill: marking-red, upper(found.first())))
  }
}"""


def _block(block: object) -> str:
    if isinstance(block, Heading):
        level = 1 if block.level <= 1 else block.level
        return f"#heading(level: {level}, {content(block.text)})"
    if isinstance(block, Text):
        style = {"muted": "size: 8.5pt, fill: muted", "subtitle": "size: 12.5pt"}.get(block.style)
        return f"#par(text({style}, {content(block.text)}))" if style else f"#par({content(block.text)})"
    if isinstance(block, Fields):
        cells = [f'text(weight: "bold", {literal(label)}), {content(value)}' for label, value in block.pairs if value]
        if not cells:
            return ""
        return f"#grid(columns: ({block.label_mm}mm, 1fr), row-gutter: 4pt, {', '.join(cells)})"
    if isinstance(block, Grid):
        return _table(block)
    if isinstance(block, Item):
        if block.mark.rstrip(".").isdigit():
            return f"#enum(enum.item({block.mark.rstrip('.')}, {content(block.text)}))"
        return f"#list({content(block.text)})"
    if isinstance(block, Boxed):
        parts = [f'#text(weight: "bold", {literal(block.title)})']
        if block.lead_in:
            parts.append(f"#par({content(block.lead_in)})")
        parts += [_block(b) for b in block.body]
        inner = "\n".join(parts)
        return f'#block(stroke: 1pt + accent, fill: rgb("#eef3f8"), inset: 8pt, width: 100%)[\n{inner}\n]'
    if isinstance(block, Signatures):
        lines = ", ".join(
            f"[#v(12mm) #line(length: 100%, stroke: 0.6pt) #text(size: 8pt, {literal(n)})]" for n in block.names
        )
        place = f"[#v(12mm) #line(length: 100%, stroke: 0.6pt) #text(size: 8pt, {literal(block.place_label)})]"
        return (
            f"#block(breakable: false)[#heading(level: 3, {content(block.title)})\n"
            f"#grid(columns: (1fr, 1fr), column-gutter: 10mm, row-gutter: 4mm, {place}, [], {lines})]"
        )
    if isinstance(block, Anchor):
        value = literal(block.marking) if block.marking else "none"
        return f"#metadata({value}) <bd-anchor>"
    if isinstance(block, Gap):
        return f"#v({block.height_mm}mm)"
    if isinstance(block, NewPage):
        return "#pagebreak(weak: true)"
    if isinstance(block, Contents):  # typst's outline: every line a link, every heading a bookmark
        return f"#outline(title: {content(block.title)}, depth: 2)"
    if isinstance(block, KeepRoom):
        return ""  # typst keeps a heading with what follows it by itself
    raise TypeError(f"no typst for {type(block).__name__}")


def _table(grid: Grid) -> str:
    grid = visible_columns(grid)
    columns = ", ".join("auto" if not w else f"{w}fr" for w in grid.weights)
    header = ", ".join(f'text(weight: "bold", {content(h)})' for h in grid.header)
    cells = ", ".join(content(cell) for row in grid.rows for cell in row)
    return f"#table(columns: ({columns}), table.header({header}), {cells})"


def render_archive(document: Document, paper: str) -> bytes:
    """The archival PDF's bytes: PDF/A-2a and PDF/UA-1, the same bytes for the same document."""
    try:
        import typst
    except ImportError as error:  # an install without the archive back-end
        raise ArchiveUnavailable("archival PDF/A needs the typst package: pip install typst") from error
    source = to_typst(document, paper)
    day = (
        datetime.fromisoformat(document.date).replace(tzinfo=UTC) if document.date else datetime(2000, 1, 1, tzinfo=UTC)
    )
    return typst.compile(
        source.encode("utf-8"),
        font_paths=[str(font_dir())],
        ignore_system_fonts=True,  # the shipped DejaVu only: the same file on every machine
        pdf_standards=STANDARDS,
        timestamp=int(day.timestamp()),
    )


def write_archive(document: Document, paper: str, out: Path) -> int:
    """Write the archival PDF next to `out` and rename it into place; returns its page count."""
    import io

    from pypdf import PdfReader

    pdf = render_archive(document, paper)
    write_whole(out, pdf)
    return len(PdfReader(io.BytesIO(pdf)).pages)
