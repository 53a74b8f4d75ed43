"""The reader's document chooser: long names («3/22 Budsjett 2022 for programmet digital
samhandling – Saksfremlegg») keep their case number and their end, elided in the middle, with
the whole name as a tooltip and in a list wide enough for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

CASE_DASH = " – "  # between a case and its document's title, as the reader names them
POPUP_MARGIN = 40  # the list's frame and scroll bar


class DocumentBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self.setToolTip(self.currentText()))

    def addItem(self, text: str, data: object = None) -> None:  # noqa: N802 (Qt's name)
        super().addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(self.currentText())

    def setItemText(self, index: int, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setItemText(index, text)
        self.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(self.currentText())

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def shown_text(self) -> str:
        """The current name as it fits the box: the case's title elided, so its number and the
        document's title show; elided in the middle if that is not enough."""
        option = self._option()
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        metrics, full, width = self.fontMetrics(), self.currentText(), field.width()
        if metrics.horizontalAdvance(full) <= width:
            return full
        case, dash, title = full.partition(CASE_DASH)  # «3/22 Budsjett … – Saksfremlegg»: the case's title gives way
        if not dash:
            return metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, width)
        number = case.split(" ")[0]
        room = width - metrics.horizontalAdvance(dash + title)
        if room >= metrics.horizontalAdvance(number + " …"):
            return metrics.elidedText(case, Qt.TextElideMode.ElideRight, room) + dash + title
        room = width - metrics.horizontalAdvance(number + dash)
        return number + dash + metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, room)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        """The list as wide as its longest name (within the screen), not as narrow as the box."""
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else widest + POPUP_MARGIN
        self.view().setMinimumWidth(min(widest + POPUP_MARGIN, screen))
        super().showPopup()
