"""The RAG history grid: one row per area, one column per report, each cell a colour and a letter.

Hovering a cell shows the comment; clicking it (or Enter) opens that report in the panel below,
so a board member can follow a rating back to what the project wrote at the time.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.project.card_html import CardPages
from boarddesk.gui.rag import COLOURS, TEXT_ON, rag_text
from boarddesk.model.formatting import format_report_date
from boarddesk.model.rag import rag_mark
from boarddesk.services.portfolio.history import RISK_ROW, STATUS_ROW, RagHistory, rag_history
from boarddesk.services.portfolio.report_detail import load_report
from boarddesk.store import Store

ROLE_REPORT = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RagHistoryModel(QAbstractTableModel):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.history = RagHistory([], [])

    def set_history(self, history: RagHistory) -> None:
        self.beginResetModel()
        self.history = history
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.history.rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.history.columns)

    def row_name(self, row: int) -> str:
        key = self.history.rows[row].key
        if key == STATUS_ROW:
            return self.tr("Overall status")
        if key == RISK_ROW:
            return self.tr("Risk")
        return self.history.rows[row].name

    def column_name(self, column: int) -> str:
        report = self.history.columns[column]
        day = format_report_date(report.report_date, report.date_precision, self.lang)
        as_written = format_report_date(report.report_date, report.date_precision, "nb")
        if report.period_name and as_written and as_written in report.period_name:
            day = ""  # the period's name gives the date already (as the papers write it): not twice
        return "\n".join(part for part in (report.period_name, day) if part)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_name(section)
        return self.row_name(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self.history.rows[index.row()].cells[index.column()]
        rag = cell.rag or "grey"
        if role == Qt.ItemDataRole.DisplayRole:
            return rag_mark(cell.rag, self.lang)  # the shape too: bokmål green and yellow are both G
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[rag]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(TEXT_ON[rag]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            title = f"<b>{escape(self.row_name(index.row()))}: {escape(rag_text(cell.rag, self.lang))}</b>"
            comment = escape(cell.comment).replace("\n", "<br>") if cell.comment else self.tr("No comment")
            return f"<qt>{title}<br>{comment}</qt>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.row_name(index.row())}, {self.column_name(index.column())}: {rag_text(cell.rag, self.lang)}"
        if role == ROLE_REPORT:
            return cell.report_id
        return None


class RagCellDelegate(QStyledItemDelegate):
    """Keeps the cell's colour when it is selected and marks the selection with a thick frame, so
    the rating stays readable under the cursor."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole))
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole).color())
        painter.setFont(index.data(Qt.ItemDataRole.FontRole))
        painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, index.data())
        painter.setPen(QPen(QColor("white"), 1))
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor("#0d47a1"), 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
        painter.restore()


class RagHistoryView(QWidget):
    """The grid above, the report the selected cell belongs to below."""

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.model = RagHistoryModel(lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RagCellDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setAccessibleName(self.tr("RAG history"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.clicked.connect(self.open_report)
        self.table.activated.connect(self.open_report)
        self.pages = CardPages(lang)
        self.report = QTextBrowser(self)
        self.report.setAccessibleName(self.tr("Status report"))
        hint = QLabel(self.tr("Hover a cell for the comment; click it or press Enter to open that report."), self)
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.report)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(splitter)

    def show_project(self, project_id: str) -> None:
        self.model.set_history(rag_history(self.store, project_id))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column) + 16, 110), 340))
        self.report.clear()
        if self.model.columnCount():
            latest = self.model.index(0, self.model.columnCount() - 1)
            self.table.setCurrentIndex(latest)
            self.open_report(latest)
        else:
            self.report.setPlainText(self.tr("This project has no status reports yet."))

    def open_report(self, index: QModelIndex) -> None:
        report_id = index.data(ROLE_REPORT)
        detail = load_report(self.store, report_id) if report_id else None
        if detail is None:
            return
        self.report.setHtml(self.pages.status_report(detail))
