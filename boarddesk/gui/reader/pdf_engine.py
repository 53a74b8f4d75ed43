"""Rendering and searching a PDF for the reader and for printing, through Qt's PDF module (QtPdf).

One QPdfDocument, loaded from the bytes in memory (the store's attachment, or a built pack), answers
in page points from the page's top-left corner, which is what the widgets draw in. QtPdf guards
PDFium with one lock, so rendering from a worker thread is safe (the print preview's QPdfView does it
through QPdfPageRenderer); searching and selecting words run on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions


@dataclass(frozen=True)
class SearchHit:
    page: int
    rects: tuple[QRectF, ...]  # points, from the page's top-left
    context: str


# Why a PDF cannot be opened, in the interface's language where the reason is shown.
_ERRORS = {
    QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP("PdfEngine", "the file was not found"),
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP("PdfEngine", "this is not a PDF file, or it is damaged"),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP("PdfEngine", "the PDF is protected by a password"),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "PdfEngine", "the PDF's protection is not supported"
    ),
    QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP("PdfEngine", "the PDF could not be read to its end"),
}
_UNREADABLE = QT_TRANSLATE_NOOP("PdfEngine", "the PDF could not be read")


def _folded(text: str) -> tuple[str, list[int]]:
    """The text with every run of white space as one space and in lower case, and for each of its
    characters the index of the character it came from (PDFium's character index on the page)."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for index, char in enumerate(text):
        if char.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(index - 1)
            space = False
        low = char.lower()
        out.append(low if len(low) == 1 else char)
        where.append(index)
    return "".join(out), where


class PdfEngine:
    """One open PDF document."""

    def __init__(self, content: bytes, parent: QObject | None = None) -> None:
        """`parent` owns the QPdfDocument (and its buffer) where Qt widgets render from it in their
        own threads: it then goes only with them."""
        self._buffer = QBuffer(parent)  # QtPdf reads from this device for as long as the document is open
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._doc = QPdfDocument(parent)
        self._doc.load(self._buffer)
        if self._doc.status() != QPdfDocument.Status.Ready or self._doc.pageCount() < 1:
            error = self._doc.error()
            self._doc.close()
            self._buffer.close()
            if error == QPdfDocument.Error.None_:
                raise ValueError(QCoreApplication.translate("PdfEngine", "the PDF has no pages"))
            raise ValueError(QCoreApplication.translate("PdfEngine", _ERRORS.get(error, _UNREADABLE)))
        self._page_count = self._doc.pageCount()  # still known after close()
        self._texts: dict[int, tuple[str, str, list[int]]] = {}
        self._line_rects: dict[int, list[QRectF]] = {}
        self._options = QPdfDocumentRenderOptions()
        self._options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        self.closed = False

    @property
    def page_count(self) -> int:
        return self._page_count

    @property
    def document(self) -> QPdfDocument:
        """The QPdfDocument, for Qt's own renderers (the print preview's QPdfView, the print job)."""
        return self._open()

    def _open(self) -> QPdfDocument:
        # A closed document answers with empty pages; a Python error can be caught and shown.
        if self.closed:
            raise RuntimeError("the PDF document was closed")
        return self._doc

    def page_size(self, index: int) -> QSizeF:
        return self._open().pagePointSize(index)

    def render(self, index: int, scale: float) -> QImage:
        """The page at `scale` pixels a point, on white (QtPdf leaves the paper transparent)."""
        size = self.page_size(index)
        pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        page = self._open().render(index, pixels, self._options)
        image = QImage(pixels, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, page)
        painter.end()
        return image

    def _text(self, index: int) -> tuple[str, str, list[int]]:
        """The page's text as PDFium orders it, and folded for searching with its index map."""
        if index not in self._texts:
            raw = self._open().getAllText(index).text()
            self._texts[index] = (raw, *_folded(raw))
        return self._texts[index]

    def _rects(self, index: int, start: int, count: int) -> tuple[QRectF, ...]:
        bounds = self._open().getSelectionAtIndex(index, start, count).bounds()
        return tuple(polygon.boundingRect() for polygon in bounds)

    def _find(self, index: int, words: str) -> list[tuple[int, int]]:
        """(first character, count) of every place a phrase stands on a page, ignoring case and
        how the white space between its words falls (a line break is a space)."""
        wanted = _folded(words)[0].strip()
        if not wanted:
            return []
        _raw, folded, where = self._text(index)
        found = []
        at = folded.find(wanted)
        while at >= 0:
            first, last = where[at], where[at + len(wanted) - 1]
            found.append((first, last - first + 1))
            at = folded.find(wanted, at + len(wanted))
        return found

    def find_on_page(self, index: int, words: str) -> list[tuple[QRectF, ...]]:
        """Every place a phrase stands on a page, each as its line rectangles."""
        if not words.strip() or not 0 <= index < self.page_count:
            return []
        return [self._rects(index, start, count) for start, count in self._find(index, words)]

    def search(self, words: str, limit: int = 500) -> list[SearchHit]:
        """Every hit in the document, page by page."""
        hits: list[SearchHit] = []
        if not words.strip():
            return hits
        for index in range(self.page_count):
            raw = self._text(index)[0]
            for start, count in self._find(index, words):
                if len(hits) >= limit:
                    return hits
                context = " ".join(raw[max(0, start - 30) : start + count + 30].split())
                hits.append(SearchHit(index, self._rects(index, start, count), context))
        return hits

    def _word_bounds(self, index: int, first: int, last: int) -> tuple[int, int]:
        """Characters `first` to `last` widened to the whole words they touch: (start, count)."""
        raw = self._text(index)[0]
        first, last = max(0, min(first, len(raw) - 1)), max(0, min(last, len(raw) - 1))
        while first < last and raw[first].isspace():  # a selection may begin or end between words
            first += 1
        while last > first and raw[last].isspace():
            last -= 1
        while first > 0 and not raw[first - 1].isspace():
            first -= 1
        while last + 1 < len(raw) and not raw[last + 1].isspace():
            last += 1
        return first, last - first + 1

    def select_words(self, index: int, start: QPointF, end: QPointF) -> tuple[str, tuple[QRectF, ...]]:
        """The running text from the word at `start` to the word at `end` (page points), as a PDF
        reader selects it: its words, and its line rectangles; ("", ()) where there is no text."""
        if not 0 <= index < self.page_count:
            return "", ()
        start, end = self._snap(index, start), self._snap(index, end)
        selection = self._open().getSelection(index, start, end)
        if not selection.isValid() or not selection.text().strip():
            return "", ()
        begin, count = self._word_bounds(index, selection.startIndex(), selection.endIndex() - 1)
        words = self._open().getSelectionAtIndex(index, begin, count)
        return " ".join(words.text().split()), tuple(polygon.boundingRect() for polygon in words.bounds())

    def _lines(self, index: int) -> list[QRectF]:
        """The rectangle of each line of text on a page, as PDFium breaks them."""
        if index not in self._line_rects:
            raw, lines, start = self._text(index)[0], [], 0
            for part in raw.replace("\r\n", "\n\n").split("\n"):  # keeps PDFium's character indices
                if part.strip():
                    lines += self._rects(index, start, len(part))
                start += len(part) + 1
            self._line_rects[index] = lines
        return self._line_rects[index]

    def _snap(self, index: int, point: QPointF) -> QPointF:
        """A drag's end in the margin, beside a short line or between lines: onto the nearest
        line's text (QtPdf selects nothing from blank paper); as it is further than a line away."""
        lines = self._lines(index)
        if not lines:
            return point
        x, y = point.x(), point.y()
        line = min(lines, key=lambda r: (_gap(y, r.top(), r.bottom()), _gap(x, r.left(), r.right())))
        if _gap(y, line.top(), line.bottom()) > max(line.height(), 6):
            return point
        return QPointF(min(max(x, line.left() + 0.5), line.right() - 0.5), line.center().y())

    def word_at(self, index: int, point: QPointF) -> str:
        """The word drawn at a point of a page (page points), or "" on blank paper."""
        step = QPointF(4, 0)  # QtPdf selects nothing narrower than about a character
        selection = (
            self._open().getSelection(index, point - step, point + step) if 0 <= index < self.page_count else None
        )
        if selection is None or not selection.isValid() or not selection.text().strip():
            return ""
        begin, count = self._word_bounds(index, selection.startIndex(), selection.endIndex() - 1)
        return " ".join(self._open().getSelectionAtIndex(index, begin, count).text().split())

    def close(self) -> None:
        """Let go of the document; safe to call more than once."""
        if self.closed:
            return
        self.closed = True
        self._texts.clear()
        self._line_rects.clear()
        self._doc.close()
        self._buffer.close()


def _gap(value: float, low: float, high: float) -> float:
    """How far a value lies outside [low, high]; 0 inside."""
    return max(low - value, value - high, 0.0)
