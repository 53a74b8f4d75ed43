"""The look every printed document shares: paper, margins, type styles, tables and RAG badges.

Sections are rendered without page furniture; the footer («Side X av Y») and the confidentiality
marking are stamped on afterwards (see stamping.py), once the whole document's page count is known.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from boarddesk.model.rag import rag_letter, rag_mark
from boarddesk.model.vocabulary import RAG
from boarddesk.reports.fonts import BOLD, REGULAR, register_fonts

Progress = Callable[[int, int], None]  # report(done, total); may raise to cancel the build

PAPERS = {"a4": A4, "letter": LETTER}
SIDE_MARGIN = 20 * mm
TOP_MARGIN = 22 * mm  # room above for the confidentiality marking
BOTTOM_MARGIN = 20 * mm  # room below for the footer

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b0b4b8")
HEADER_FILL = colors.HexColor("#e8ecef")
ACCENT = colors.HexColor("#1f4e79")
MARKING = colors.HexColor("#b00020")
RAG_FILL = {
    "green": colors.HexColor("#2e7d32"),
    "yellow": colors.HexColor("#f9a825"),
    "red": colors.HexColor("#c62828"),
    "grey": colors.HexColor("#9e9e9e"),
}
RAG_INK = {"green": colors.white, "yellow": colors.black, "red": colors.white, "grey": colors.black}
CELL_SIZE, CELL_LEADING = 8.5, 10.5
TALLEST_ROW = 450  # points: a row taller than this may not fit below a heading, so it may split


def page_size(paper: str) -> tuple[float, float]:
    return PAPERS.get(paper, A4)


def frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * SIDE_MARGIN


@cache
def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    body = ParagraphStyle(
        "body", fontName=font, bulletFontName=font, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", body, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT),
        "muted": ParagraphStyle("muted", body, textColor=MUTED, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=20, leading=25, spaceAfter=6, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=12.5, leading=16, spaceAfter=10, textColor=INK),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=15, leading=19, spaceBefore=2, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2", body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4, textColor=ACCENT
        ),
        "h3": ParagraphStyle("h3", body, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=2),
        "toc": ParagraphStyle("toc", body, fontName=BOLD, fontSize=9, leading=12, spaceAfter=0),
        "toc_sub": ParagraphStyle("toc_sub", body, fontSize=8.5, leading=11, leftIndent=5 * mm, spaceAfter=0),
        "marking": ParagraphStyle("marking", body, fontName=BOLD, textColor=MARKING),
        "list_item": ParagraphStyle("list_item", body, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2),
    }


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain text: escaped, with line breaks kept."""
    return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), styles()[style])


HEADING_ROOM = 22 * mm  # below a heading at least this much must fit, or the heading moves to the next page


def heading(text: object, style: str = "h2", room: float = HEADING_ROOM) -> list[Flowable]:
    """A heading that never stands alone at the foot of a page: it moves to the next page unless
    it and `room` of what follows it fit (a page break only when needed, unlike keepWithNext,
    which would carry a whole long table along)."""
    return [CondPageBreak(room), para(text, style)]


def paragraphs(text: str | None, style: str = "body") -> list[Paragraph]:
    """Running text: blank lines separate paragraphs."""
    return [para(block.strip(), style) for block in (text or "").split("\n\n") if block.strip()]


class RagBadge(Flowable):
    """A RAG rating as a coloured box with its letter, and the word beside it when there is room."""

    def __init__(self, rag: str | None, lang: str, word: bool = True, width: float = 20 * mm) -> None:
        super().__init__()
        self.rag, self.lang, self.word = rag, lang, word
        self.width, self.height = (width if word else 7 * mm), 4.6 * mm

    def draw(self) -> None:
        if not self.rag:
            self.canv.setFont(REGULAR, 7.5)
            self.canv.setFillColor(MUTED)
            self.canv.drawString(0, 1.4 * mm, "–")
            return
        box = 7 * mm
        self.canv.setFillColor(RAG_FILL[self.rag])
        self.canv.setStrokeColor(colors.HexColor("#444444"))
        self.canv.setLineWidth(0.4)
        self.canv.roundRect(0, 0, box, self.height, 1.2, fill=1, stroke=1)
        self.canv.setFillColor(RAG_INK[self.rag])
        self.canv.setFont(BOLD, 7.5)
        self.canv.drawCentredString(box / 2, 1.4 * mm, rag_mark(self.rag, self.lang))
        if self.word:
            self.canv.setFillColor(INK)
            self.canv.setFont(REGULAR, 8)
            self.canv.drawString(box + 1.5 * mm, 1.4 * mm, RAG.label(self.rag, self.lang))


@dataclass(frozen=True)
class Rag:
    """A RAG rating in a table cell: the cell is filled with the colour and shows the letter (and
    the word), so it reads in black and white too. Plain cell text lays out far faster than a badge."""

    rag: str | None
    lang: str
    word: bool = True
    shape: bool = False  # the screen's shape before the letter (● G, ▲ G, ■ R, ○ –)

    def text(self) -> str:
        if not self.rag:
            return "–"
        letter = rag_mark(self.rag, self.lang) if self.shape else rag_letter(self.rag, self.lang)
        return f"{letter}  {RAG.label(self.rag, self.lang)}" if self.word else letter

    def style(self, column: int, row: int) -> list[tuple]:
        cell = ((column, row), (column, row))
        commands = [] if self.word else [("ALIGN", *cell, "CENTER")]
        if self.rag:
            commands += [
                ("BACKGROUND", *cell, RAG_FILL[self.rag]),
                ("TEXTCOLOR", *cell, RAG_INK[self.rag]),
                ("FONT", *cell, BOLD, CELL_SIZE, CELL_LEADING),
                ("BOX", *cell, 1.5, colors.white),
            ]
        return commands


def grid(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    numeric: Iterable[int] = (),
    extra: Iterable[tuple] = (),
    total_row: bool = False,
) -> Table:
    """A ruled table with a shaded header repeated on every page; strings become wrapping cells."""
    right = set(numeric)
    widths = list(widths)

    rag_styles: list[tuple] = []

    def cell(value: object, column: int, row: int, bold: bool = False) -> object:
        if isinstance(value, Rag):
            rag_styles.extend(value.style(column, row))
            return value.text()
        style = "cell_right" if column in right else ("cell_bold" if bold else "cell")
        return table_cell(value, widths[column] - 9, style)

    body = [list(row) for row in rows]
    data = [[cell(h, i, 0, bold=True) for i, h in enumerate(header)]]
    for index, row in enumerate(body):
        bold = total_row and index == len(body) - 1
        data.append([cell(v, i, index + 1, bold) for i, v in enumerate(row)])
    # Rows move whole to the next page; only a row that could not fit on any page is split inside
    # (reportlab's in-row split misplaces the repeated header, so it is the exception).
    huge = any(_row_height(row, widths) > TALLEST_ROW for row in body)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=int(huge))
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *[("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right],
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("FONT", (0, -1), (-1, -1), BOLD, CELL_SIZE, CELL_LEADING),
        ]
    table.setStyle(TableStyle(commands + rag_styles + list(extra)))
    return table


def _row_height(row: Sequence[object], widths: Sequence[float]) -> float:
    """A row's height estimated from its text: enough to tell a row that might not fit on a page."""
    tallest = 1
    for value, width in zip(row, widths, strict=False):
        if isinstance(value, str):
            room = max(width - 9, 1)
            lines = sum(1 + int(stringWidth(line, REGULAR, CELL_SIZE) // room) for line in value.split("\n"))
            tallest = max(tallest, lines)
    return tallest * CELL_LEADING


# Lines may break after a space, a slash or a hyphen, but never inside a number such as a case
# number («41/21», «145-2023») or a span of years («2024-2026»).
BREAK_AFTER = re.compile(r"(?<=[/\\-])(?<!\d[/\\-])(?=\S)|(?<=\d[/\\-])(?=[^\d\s])|(?<=[ \t])")


def pieces(text: str) -> list[str]:
    """The unbreakable pieces of a line: each ends at a space, slash or hyphen (kept with it)."""
    return [piece for piece in BREAK_AFTER.split(text) if piece]


def longest_piece(text: str, font: str = REGULAR, size: float = CELL_SIZE) -> float:
    """The width of the widest piece of text that may not be broken."""
    return max((stringWidth(p.rstrip(), font, size) for line in text.split("\n") for p in pieces(line)), default=0)


def wrap_text(text: str, room: float, font: str = REGULAR, size: float = CELL_SIZE) -> str:
    """Text broken into lines that fit `room`, only after spaces, slashes and hyphens («Tillitsmodell/
    dokumentdeling», never «dokumentdel ing»); a piece wider than the room alone is split by letters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for piece in pieces(paragraph):
            bare = piece.rstrip()
            bare_width = stringWidth(bare, font, size)
            if line and line_width + bare_width > room:
                lines.append(line.rstrip())
                line, line_width = "", 0.0
            while bare_width > room and len(bare) > 1:  # the last resort: a piece wider than the column
                cut = len(bare) - 1
                while cut > 1 and stringWidth(bare[:cut], font, size) > room:
                    cut -= 1
                lines.append(bare[:cut])
                piece, bare = piece[cut:], bare[cut:]
                bare_width = stringWidth(bare, font, size)
            line += piece
            line_width = stringWidth(line, font, size)  # with the trailing space, for the next piece
        lines.append(line.rstrip())
    return "\n".join(lines)


def fit_widths(
    columns: Sequence[Sequence[str]],
    width: float,
    weights: Sequence[float] | None = None,
    minimum: Sequence[float] | None = None,
) -> list[float]:
    """Column widths sized to their content, as a browser sizes a table: each column at least as
    wide as its widest unbreakable piece (or `minimum`, for a drawn cell), at most as wide as its
    longest line; the room between is shared out in proportion to what each column would still
    take (times its weight)."""
    padding = 10  # the cell's own padding (8) and a little air
    weights = list(weights or [1.0] * len(columns))
    least = [max(longest_piece(v, BOLD if i == 0 else REGULAR) for i, v in enumerate(c)) + padding for c in columns]
    least = [max(a, b) for a, b in zip(least, minimum or [0] * len(columns), strict=True)]
    most = [
        max(
            stringWidth(line, BOLD if i == 0 else REGULAR, CELL_SIZE) for i, v in enumerate(c) for line in v.split("\n")
        )
        + padding
        for c in columns
    ]
    most = [max(a, b) for a, b in zip(least, most, strict=True)]
    fixed = [i for i, w in enumerate(weights) if not w]  # weight 0: numbers, dates, times: never squeezed
    if not any(weights):
        weights = [1.0] * len(columns)
    if sum(most) <= width:
        spare = width - sum(most)
        total = sum(weights)
        return [m + spare * w / total for m, w in zip(most, weights, strict=True)]
    if sum(least) >= width:  # nothing fits: shrink all but the fixed alike (long words split by letters)
        kept = sum(least[i] for i in fixed) if sum(least[i] for i in fixed) < width else 0
        rest = sum(v for i, v in enumerate(least) if i not in fixed or not kept)
        return [v if i in fixed and kept else v * (width - kept) / rest for i, v in enumerate(least)]
    want = [(m - lst) * w for m, lst, w in zip(most, least, weights, strict=True)]
    if not any(want):  # only weightless columns could grow: they share the room after all
        want = [m - lst for m, lst in zip(most, least, strict=True)]
    spare = width - sum(least)
    share = [spare * w / sum(want) for w in want]
    widths = [lst + min(s, m - lst) for lst, s, m in zip(least, share, most, strict=True)]
    left = width - sum(widths)  # what capped columns did not take goes to the others
    open_ = [i for i, (w, m) in enumerate(zip(widths, most, strict=True)) if w < m - 0.01]
    wanted = sum(want[j] for j in open_)
    for i in open_:
        widths[i] += left * want[i] / wanted if wanted else left / len(open_)
    return widths


def _blank(value: object) -> bool:
    if isinstance(value, (Rag, RagBadge)):
        return not value.rag
    return value is None or (isinstance(value, str) and not value.strip())


def _plain_text(value: object) -> str:
    if isinstance(value, Rag):
        return value.text()
    return "" if value is None or isinstance(value, Flowable) else str(value)


def fitted_grid(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    width: float,
    weights: Sequence[float] | None = None,
    numeric: Iterable[int] = (),
    keep: Iterable[int] = (0,),
    total_row: bool = False,
) -> Table:
    """A grid whose empty columns are left out and whose widths follow the content (fit_widths):
    numbers and dates stay on one line, words are never broken, and the weights give the room that
    is left to the columns that can use it (a comment more than a date)."""
    register_fonts()  # the widths are measured in the embedded font
    keep, numeric = set(keep), set(numeric)
    shown = [i for i in range(len(header)) if i in keep or any(not _blank(row[i]) for row in rows)]
    weights = list(weights or [1.0] * len(header))
    texts = [[header[i], *(_plain_text(row[i]) for row in rows)] for i in shown]
    drawn = [max((row[i].width + 9 for row in rows if isinstance(row[i], Flowable)), default=0) for i in shown]
    widths = fit_widths(texts, width, [weights[i] for i in shown], drawn)
    return grid(
        [header[i] for i in shown],
        [[row[i] for i in shown] for row in rows],
        widths,
        numeric=[n for n, i in enumerate(shown) if i in numeric],
        total_row=total_row,
    )


def table_cell(value: object, room: float, style: str = "cell") -> object:
    """What goes in a table cell: plain lines, broken to fit the column only after spaces, slashes
    and hyphens. A plain string lays out ten times faster than a Paragraph; the table's FONT sets it."""
    if isinstance(value, Flowable):
        return value
    text = str(value if value is not None else "")
    font = BOLD if style == "cell_bold" else REGULAR
    if all(stringWidth(line, font, CELL_SIZE) < room for line in text.split("\n")):
        return text
    return wrap_text(text, room - 0.5, font)


def fields_table(pairs: Iterable[tuple[str, object]], width: float, label_width: float = 38 * mm) -> Table | None:
    """Label: value lines of a header block (Til, Dato, Saksnummer …); empty values are left out."""
    data = [[label, table_cell(value, width - label_width - 6)] for label, value in pairs if value]
    if not data:
        return None
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
                ("FONT", (0, 0), (0, -1), BOLD, CELL_SIZE, CELL_LEADING),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


class Mark(Flowable):
    """An invisible anchor: the document records the page it lands on (bookmarks, markings)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def draw(self) -> None:
        pass


class LinkedPara(Paragraph):
    """A paragraph that becomes a link once the document is put together: it records where it was
    drawn, and the pack lays a link to the part named by `key` over that place."""

    def __init__(self, text: str, style: str, key: str) -> None:
        super().__init__(escape(text), styles()[style])
        self.key = key
        self.drawn_at: tuple[float, float, float, float] | None = None

    def draw(self) -> None:
        super().draw()
        x, y = self.canv.absolutePosition(0, 0)
        width = max(self.getActualLineWidths0() or [self.width])
        self.drawn_at = (x, y, x + width, y + self.height)
        doc = getattr(self.canv, "_doctemplate", None)  # recorded here: inside a table it is no flowable of its own
        if isinstance(doc, _SectionDoc):
            doc.links.append((self.key, doc.page, list(self.drawn_at)))


@dataclass
class Rendered:
    pdf: bytes
    pages: int
    marks: list[tuple[str, int]]  # (key, page within this PDF, 1-based)
    links: list[tuple[str, int, list[float]]] = field(default_factory=list)  # (key, page, [x0, y0, x1, y1])


class _SectionDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, paper: str, title: str) -> None:
        width, height = page_size(paper)
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=title,
            creator="BoardDesk",
            invariant=True,  # the same content gives the same bytes, so cached sections compare equal
        )
        frame = Frame(
            SIDE_MARGIN, BOTTOM_MARGIN, width - 2 * SIDE_MARGIN, height - TOP_MARGIN - BOTTOM_MARGIN, id="body"
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.marks: list[tuple[str, int]] = []
        self.links: list[tuple[str, int, list[float]]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Mark):
            self.marks.append((flowable.key, self.page))


def render(flowables: list[Flowable], paper: str, title: str = "") -> Rendered:
    """Lay out flowables on plain pages of the chosen paper."""
    buffer = io.BytesIO()
    doc = _SectionDoc(buffer, paper, title)
    doc.build(flowables)
    return Rendered(buffer.getvalue(), doc.page, doc.marks, doc.links)
