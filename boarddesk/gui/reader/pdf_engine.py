"""Rendering and searching a PDF for the reader, through PDFium (pypdfium2).

PySide6 6.12's wheels ship no QtPdf (the QtPdf module and libQt6Pdf are in none of Essentials,
Addons or WebEngine), so the reader talks to PDFium directly: the engine QtPdf itself wraps.
Everything here runs on the GUI thread (PDFium is not thread-safe) and answers in page points
from the page's top-left corner, which is what the widgets draw in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage


@dataclass(frozen=True)
class SearchHit:
    page: int
    rects: tuple[QRectF, ...]  # points, from the page's top-left
    context: str


class PdfEngine:
    """One open PDF document."""

    def __init__(self, content: bytes) -> None:
        self._content = content  # PDFium reads from this buffer for as long as the document is open
        self._doc = pdfium.PdfDocument(content)
        self._text_pages: dict[int, pdfium.PdfTextPage] = {}
        self._page_count = len(self._doc)  # still known after close()
        self.closed = False

    @property
    def page_count(self) -> int:
        return self._page_count

    def _open(self) -> pdfium.PdfDocument:
        # PDFium crashes the process on a closed document; a Python error can be caught and shown.
        if self.closed:
            raise RuntimeError("the PDF document was closed")
        return self._doc

    def page_size(self, index: int) -> QSizeF:
        width, height = self._open()[index].get_size()
        return QSizeF(width, height)

    def render(self, index: int, scale: float) -> QImage:
        bitmap = self._open()[index].render(scale=scale, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: the bitmap's buffer goes away with it

    def _text(self, index: int) -> pdfium.PdfTextPage:
        if index not in self._text_pages:
            self._text_pages[index] = self._open()[index].get_textpage()
        return self._text_pages[index]

    def _rects(self, index: int, start: int, count: int) -> tuple[QRectF, ...]:
        text = self._text(index)
        height = self.page_size(index).height()
        rects = []
        for number in range(text.count_rects(start, count)):
            left, bottom, right, top = text.get_rect(number)
            rects.append(QRectF(left, height - top, right - left, top - bottom))
        return tuple(rects)

    def find_on_page(self, index: int, words: str) -> list[tuple[QRectF, ...]]:
        """Every place a phrase stands on a page, each as its line rectangles."""
        if not words.strip() or not 0 <= index < self.page_count:
            return []
        text = self._text(index)
        searcher = text.search(" ".join(words.split()), match_case=False)
        found = []
        while (hit := searcher.get_next()) is not None:
            found.append(self._rects(index, *hit))
        return found

    def search(self, words: str, limit: int = 500) -> list[SearchHit]:
        """Every hit in the document, page by page."""
        hits: list[SearchHit] = []
        for index in range(self.page_count):
            text = self._text(index)
            searcher = text.search(" ".join(words.split()), match_case=False)
            while (hit := searcher.get_next()) is not None and len(hits) < limit:
                start, count = hit
                context = text.get_text_range(max(0, start - 30), count + 60).replace("\r", "").replace("\n", " ")
                hits.append(SearchHit(index, self._rects(index, start, count), context.strip()))
        return hits

    def text_in(self, index: int, rect: QRectF) -> str:
        """The words inside a rectangle of a page (what a drawn highlight covers)."""
        height = self.page_size(index).height()
        raw = self._text(index).get_text_bounded(rect.left(), height - rect.bottom(), rect.right(), height - rect.top())
        return " ".join(raw.split())

    def close(self) -> None:
        """Free PDFium's memory; safe to call more than once."""
        if self.closed:
            return
        self.closed = True
        for text in self._text_pages.values():
            text.close()
        self._text_pages.clear()
        self._doc.close()
