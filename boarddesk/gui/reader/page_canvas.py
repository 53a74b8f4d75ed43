"""One PDF page at the chosen zoom, with the reader's notes, search hits and the selected words on top."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

HIGHLIGHT = QColor(255, 212, 0, 90)
SHARED_HIGHLIGHT = QColor(80, 170, 255, 80)
STICKY = QColor(255, 200, 0)
SEARCH_HIT = QColor(255, 120, 0, 110)
SELECTION = QColor(0, 90, 200, 70)
STICKY_SIZE = 18  # pixels, the marker of a sticky note
CURRENT_HIT = QColor(230, 60, 0, 150)


@dataclass(frozen=True)
class Mark:
    """A note as drawn: its rectangles in page points (a sticky note's first is where it was
    placed), and how it looks."""

    note_id: str
    rects: tuple[QRectF, ...]
    sticky: bool
    shared: bool
    label: str


class PageCanvas(QWidget):
    """Paints one page. A drag selects running text (the view answers which words, through
    `selecting`), a release asks for a note on them, a double-click places a sticky note."""

    selecting = Signal(QPointF, QPointF)  # a drag from, to, in page points: the view sets `selection`
    selected = Signal(QPointF, QPointF)  # the drag ended there: a note on the selected words
    sticky_placed = Signal(QPointF)  # a double-click on the page, in page points
    note_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.image = QImage()
        self.scale = 1.0
        self.marks: list[Mark] = []
        self.hits: list[tuple[QRectF, ...]] = []
        self.current_hit: tuple[QRectF, ...] = ()
        self.focus_note: str | None = None
        self.selection: tuple[QRectF, ...] = ()  # the selected words' lines, in page points
        self._drag_from: QPointF | None = None

    def show_page(self, image: QImage, scale: float) -> None:
        self.image, self.scale = image, scale
        self.setFixedSize(image.size())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.image.size() if not self.image.isNull() else QSize(400, 560)

    def _to_widget(self, rect: QRectF) -> QRectF:
        return QRectF(
            rect.x() * self.scale, rect.y() * self.scale, rect.width() * self.scale, rect.height() * self.scale
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.image.isNull():
            painter.drawImage(0, 0, self.image)
        painter.setPen(Qt.PenStyle.NoPen)
        for rects in self.hits:
            for rect in rects:
                painter.fillRect(self._to_widget(rect), CURRENT_HIT if rects == self.current_hit else SEARCH_HIT)
        for mark in self.marks:
            self._paint_mark(painter, mark)
        for rect in self.selection:
            painter.fillRect(self._to_widget(rect), SELECTION)
        painter.end()

    def _paint_mark(self, painter: QPainter, mark: Mark) -> None:
        focused = mark.note_id == self.focus_note
        if mark.sticky:  # a marker where it was placed, its top-left corner at the spot
            spot = self._to_widget(mark.rects[0]).topLeft()
            icon = QRectF(spot.x(), spot.y(), STICKY_SIZE, STICKY_SIZE)
            painter.setPen(QPen(QColor(120, 90, 0), 2 if focused else 1))
            painter.setBrush(STICKY)
            painter.drawRect(icon)
            painter.drawLine(icon.left() + 4, icon.top() + 6, icon.right() - 4, icon.top() + 6)
            painter.drawLine(icon.left() + 4, icon.top() + 11, icon.right() - 6, icon.top() + 11)
            painter.setPen(Qt.PenStyle.NoPen)
            return
        for rect in mark.rects:
            area = self._to_widget(rect)
            painter.fillRect(area, SHARED_HIGHLIGHT if mark.shared else HIGHLIGHT)
            if focused:
                painter.setPen(QPen(QColor(200, 60, 0), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(area.adjusted(-2, -2, 2, 2))
                painter.setPen(Qt.PenStyle.NoPen)

    def mark_at(self, point: QPointF) -> str | None:
        for mark in reversed(self.marks):
            if mark.sticky:
                spot = self._to_widget(mark.rects[0]).topLeft()
                if QRectF(spot.x() - 2, spot.y() - 2, STICKY_SIZE + 4, STICKY_SIZE + 4).contains(point):
                    return mark.note_id
            elif any(self._to_widget(rect).adjusted(-3, -3, 3, 3).contains(point) for rect in mark.rects):
                return mark.note_id
        return None

    def to_page(self, point: QPointF) -> QPointF:
        """A point of this widget in page points."""
        scale = self.scale or 1.0
        return QPointF(point.x() / scale, point.y() / scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self.selection = ()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None:
            self.selecting.emit(self.to_page(self._drag_from), self.to_page(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is None:
            return
        start, self._drag_from = self._drag_from, None
        moved = event.position() - start
        if abs(moved.x()) < 4 and abs(moved.y()) < 4:  # a click: on a note, show it
            self.selection = ()
            self.update()
            note = self.mark_at(event.position())
            if note:
                self.note_clicked.emit(note)
            return
        self.selected.emit(self.to_page(start), self.to_page(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.mark_at(event.position()) is None:
            self.sticky_placed.emit(self.to_page(event.position()))

    def widget_rect(self, rect: QRectF) -> QRect:
        return self._to_widget(rect).toAlignedRect()
