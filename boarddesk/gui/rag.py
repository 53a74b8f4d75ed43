"""RAG ratings as small icons: a colour, a shape and a letter, so they read in black and white too."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from boarddesk.model.rag import COLOURS, TEXT_ON, rag_letter
from boarddesk.model.vocabulary import RAG

__all__ = ["COLOURS", "TEXT_ON", "rag_icon", "rag_letter", "rag_text"]


def rag_text(rag: str | None, lang: str) -> str:
    """«Gul (G)»: the word and the letter, for tooltips and accessible names."""
    return f"{RAG.label(rag or 'grey', lang)} ({rag_letter(rag, lang)})"


@cache
def rag_icon(rag: str | None, lang: str = "nb", size: int = 18) -> QIcon:
    rag = rag or "grey"
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS[rag]))
    painter.setPen(QColor("#333333"))
    box = QRectF(1, 1, size - 2, size - 2)
    # A shape per rating: circle green, triangle yellow, square red, dashed circle grey.
    if rag == "green":
        painter.drawEllipse(box)
    elif rag == "yellow":
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 1), QPointF(0.5, size - 1)]))
    elif rag == "red":
        painter.drawRect(box.adjusted(1, 1, -1, -1))
    else:
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawEllipse(box)
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(TEXT_ON[rag]))
    text_box = box.adjusted(0, size * 0.12, 0, 0) if rag == "yellow" else box
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, rag_letter(rag, lang))
    painter.end()
    return QIcon(pixmap)
