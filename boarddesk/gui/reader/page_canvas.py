"""One PDF page at the chosen zoom, with the reader's notes, search hits and a drawn selection on top."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

HIGHLIGHT = QColor(255, 212, 0, 90)
SHARED_HIGHLIGHT = QColor(80, 170, 255, 80)
STICKY = QColor(255, 200, 0)
SEARCH_HIT = QColor(255, 120, 0, 110)
CURRENT_HIT = QColor(230, 60, 0, 150)


@dataclass(frozen=True)
class Mark:
    """A note as drawn: its rectangles in page points, and how it looks."""

    note_id: str
    rects: tuple[QRectF, ...]
    sticky: bool
    shared: bool
    label: str


class PageCanvas(QWidget):
    """Paints one page; a drag with the mouse marks a rectangle for a new note."""

    marked = Signal(QRectF)  # in page points
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
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None

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
        if self._drag_from and self._drag_to:
            painter.setPen(QPen(QColor(0, 90, 200), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(0, 90, 200, 40))
            painter.drawRect(QRectF(self._drag_from, self._drag_to).normalized())
        painter.end()

    def _paint_mark(self, painter: QPainter, mark: Mark) -> None:
        focused = mark.note_id == self.focus_note
        if mark.sticky:
            first = self._to_widget(mark.rects[0])
            icon = QRectF(first.right() + 4, first.top() - 2, 18, 18)
            painter.setPen(QPen(QColor(120, 90, 0), 2 if focused else 1))
            painter.setBrush(STICKY)
            painter.drawRect(icon)
            painter.drawLine(icon.left() + 4, icon.top() + 6, icon.right() - 4, icon.top() + 6)
            painter.drawLine(icon.left() + 4, icon.top() + 11, icon.right() - 6, icon.top() + 11)
            painter.setPen(Qt.PenStyle.NoPen)
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
            if any(self._to_widget(rect).adjusted(-3, -3, 24, 3).contains(point) for rect in mark.rects):
                return mark.note_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = self._drag_to = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is not None:
            self._drag_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is None:
            return
        area = QRectF(self._drag_from, event.position()).normalized()
        self._drag_from = self._drag_to = None
        self.update()
        if area.width() < 4 and area.height() < 4:
            note = self.mark_at(event.position())
            if note:
                self.note_clicked.emit(note)
            return
        scale = self.scale or 1.0
        self.marked.emit(QRectF(area.x() / scale, area.y() / scale, area.width() / scale, area.height() / scale))

    def widget_rect(self, rect: QRectF) -> QRect:
        return self._to_widget(rect).toAlignedRect()
