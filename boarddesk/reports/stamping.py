"""Page furniture stamped onto a finished document: «Side X av Y» with board and meeting in the
footer, and the confidentiality marking at the top of every exempt page, attachments included.

The stamp of each page is drawn once with reportlab, then laid over the page as a form XObject
appended to its content. pypdf's merge_page would do the same but re-parses every page's content
(0.8 s per 100 pages); appending costs a few milliseconds and leaves the page's own text intact."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, IndirectObject, NameObject, NumberObject
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boarddesk.reports.fonts import BOLD, REGULAR, font_file, register_fonts
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import MARKING, MUTED, SIDE_MARGIN

STAMP = NameObject("/BoardDeskStamp")


@dataclass(frozen=True)
class Furniture:
    footer: str  # board name and meeting, left in the footer
    lang: str
    draft: str | None = None  # «UTKAST»: in the header and across every page of a document not yet approved
    plain_first_page: bool = False  # a cover: no footer, no page number
    heads: list[str | None] | None = None  # per page, the running head at its top left («Sak 43/21»)
    drafts: list[str | None] | None = None  # per page, a draft mark of its own (a draft enclosed in a pack)


def stamp(writer: PdfWriter, furniture: Furniture, markings: list[str | None]) -> None:
    """Footer on every page, marking on the pages whose entry in `markings` is set."""
    pages = writer.pages
    overlay = PdfReader(io.BytesIO(_draw_overlay(furniture, markings, [p.mediabox for p in pages])))
    open_state = _indirect(writer, b"q\n")
    close_and_stamp = _indirect(writer, b"Q q " + STAMP.encode() + b" Do Q\n")
    for page, over in zip(pages, overlay.pages, strict=True):
        form = DecodedStreamObject()
        form.set_data(over.get_contents().get_data())
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): over.mediabox,
                # Drawn from (0, 0); moved to where the page's own box starts (not always at the origin).
                NameObject("/Matrix"): ArrayObject(
                    [
                        NumberObject(1),
                        NumberObject(0),
                        NumberObject(0),
                        NumberObject(1),
                        page.mediabox.left,
                        page.mediabox.bottom,
                    ]
                ),
                NameObject("/Resources"): over["/Resources"].clone(writer),
            }
        )
        # Own copies of the resource dictionaries: foreign PDFs share them between pages.
        resources = DictionaryObject(page.get("/Resources", DictionaryObject()).get_object())
        xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
        xobjects[STAMP] = writer._add_object(form)  # noqa: SLF001 (pypdf has no public way to add a stream)
        resources[NameObject("/XObject")] = xobjects
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = ArrayObject([open_state, *_content_streams(page), close_and_stamp])


def _content_streams(page) -> list:
    contents = page.get("/Contents")
    if contents is None:
        return []
    resolved = contents.get_object()
    return list(resolved) if isinstance(resolved, ArrayObject) else [contents]


def _indirect(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)  # noqa: SLF001


def _draw_overlay(furniture: Furniture, markings: list[str | None], boxes: list) -> bytes:
    register_fonts()
    words = labels(furniture.lang)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    total = len(boxes)
    for number, (box, marking) in enumerate(zip(boxes, markings, strict=True), 1):
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        page_text = words["page_of"].format(page=number, pages=total)
        head = furniture.heads[number - 1] if furniture.heads else None
        if head:
            canvas.setFillColor(MUTED)
            canvas.setFont(BOLD, 8)
            canvas.drawString(SIDE_MARGIN, height - 13 * mm + 1.7 * mm, head)
        if number == 1 and furniture.plain_first_page:
            if marking:
                _marking(canvas, marking, width, height)
            canvas.showPage()
            continue
        # A white band behind the footer keeps it readable over attachments that print to the edge.
        canvas.setFillColor(colors.white)
        canvas.rect(SIDE_MARGIN - 2, 7 * mm, width - 2 * SIDE_MARGIN + 4, 5.5 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.line(SIDE_MARGIN, 12.5 * mm, width - SIDE_MARGIN, 12.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(SIDE_MARGIN, 8.5 * mm, _fit(canvas, furniture.footer, width - 2 * SIDE_MARGIN - 30 * mm))
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(width - SIDE_MARGIN, 8.5 * mm, page_text)
        if marking:
            _marking(canvas, marking, width, height)
        draft = furniture.draft or (furniture.drafts[number - 1] if furniture.drafts else None)
        if draft:
            _draft(canvas, draft, width, height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _marking(canvas: Canvas, marking: str, width: float, height: float) -> None:
    text = marking.upper() if len(marking) < 60 else marking
    canvas.setFont(BOLD, 8.5)
    text_width = canvas.stringWidth(text, BOLD, 8.5)
    x, y = width - SIDE_MARGIN - text_width - 6, height - 13 * mm
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(MARKING)
    canvas.setLineWidth(0.9)
    canvas.rect(x, y, text_width + 6, 5.6 * mm, stroke=1, fill=1)
    canvas.setFillColor(MARKING)
    canvas.drawString(x + 3, y + 1.7 * mm, text)


def _draft(canvas: Canvas, word: str, width: float, height: float) -> None:
    """The draft word at the head of the page, and large, light and diagonal across it: drawn as
    the letters' outlines, so it shows on every page but never in copied or extracted text."""
    canvas.saveState()
    canvas.setFillColor(MARKING)
    _outlined(canvas, word, SIDE_MARGIN, height - 13 * mm + 1.7 * mm, 9)
    canvas.setFillAlpha(0.09)
    size = min(width, height) / 5
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55 if height > width else 30)
    _outlined(canvas, word, -_outline_width(word, size) / 2, -size / 3, size)
    canvas.restoreState()


@cache
def _bold_glyphs():
    """The bold face's glyph set and character map, read once (fontTools, from the shipped font)."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(font_file(BOLD)))
    return font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm


def _outline_width(word: str, size: float) -> float:
    glyphs, cmap, units = _bold_glyphs()
    return sum(glyphs[cmap[ord(c)]].width for c in word if ord(c) in cmap) * size / units


def _outlined(canvas: Canvas, word: str, x: float, y: float, size: float) -> None:
    """`word` filled as paths at (x, y) in the bold face, `size` points high."""
    from fontTools.pens.basePen import BasePen

    glyphs, cmap, units = _bold_glyphs()
    scale = size / units
    path = canvas.beginPath()

    class Pen(BasePen):
        def __init__(self, origin: float) -> None:
            super().__init__(glyphs)
            self.origin = origin

        def _at(self, point) -> tuple[float, float]:
            return x + (self.origin + point[0]) * scale, y + point[1] * scale

        def _moveTo(self, point) -> None:  # noqa: N802 (fontTools' names)
            path.moveTo(*self._at(point))

        def _lineTo(self, point) -> None:  # noqa: N802
            path.lineTo(*self._at(point))

        def _curveToOne(self, a, b, c) -> None:  # noqa: N802
            path.curveTo(*self._at(a), *self._at(b), *self._at(c))

        def _closePath(self) -> None:  # noqa: N802
            path.close()

    advance = 0.0
    for char in word:
        name = cmap.get(ord(char))
        if name is None:
            continue
        glyphs[name].draw(Pen(advance))
        advance += glyphs[name].width
    canvas.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding, as TrueType outlines are drawn


def _fit(canvas: Canvas, text: str, room: float) -> str:
    """Shorten a footer that would run into the page number."""
    while text and canvas.stringWidth(text, REGULAR, 7.5) > room:
        text = text[:-2].rstrip() + "…"
    return text
