"""Search as you type: the search box and its result list, grouped by kind.

Keys: typing searches (after a short pause), Enter opens the first hit, Down moves into the
results, Up from the first result goes back to the box, Esc clears the search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from boarddesk.model.vocabulary import SEARCH_KIND
from boarddesk.services.search import SearchHit, hit_target, search
from boarddesk.store import Store

ROLE_HIT = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 120
RESULT_LIMIT = 50  # grouped by kind, more than a screenful; more costs time as you type
_MARKED = re.compile(r"\[([^\[\]]*)\]?")  # a matched word as the snippet brackets it (the end may be cut)


def marked_html(snippet: str) -> str:
    """The snippet's [bracketed] words in bold on a yellow marker, the rest as plain text."""
    return _MARKED.sub(lambda word: f'<b style="background:#fff59d">{word.group(1)}</b>', escape(snippet, quote=False))


class HitDelegate(QStyledItemDelegate):
    """A hit in two lines: the title in bold with its board in grey, then the snippet with the
    searched words marked. Rich text, elided to the list's width; headings paint as usual."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(ROLE_HIT)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(hit, option, selected)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()
        option.text = text

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        if not isinstance(index.data(ROLE_HIT), SearchHit):
            return super().sizeHint(option, index)
        return QSize(option.rect.width(), 2 * option.fontMetrics.lineSpacing() + 8)

    @staticmethod
    def _document(hit: SearchHit, option: QStyleOptionViewItem, selected: bool) -> QTextDocument:
        metrics, width = option.fontMetrics, max(option.rect.width() - 24, 40)
        bold = QFont(option.font)
        bold.setBold(True)
        board = f"  ·  {hit.board_name}" if hit.board_name else ""
        title = QFontMetrics(bold).elidedText(
            hit.title, Qt.TextElideMode.ElideRight, max(width - metrics.horizontalAdvance(board), 40)
        )
        snippet = metrics.elidedText(hit.snippet, Qt.TextElideMode.ElideRight, width)
        grey = "" if selected else ' style="color:#607d8b"'
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        document.setHtml(
            f"<div style='white-space:pre'><b>{escape(title)}</b><span{grey}>{escape(board)}</span></div>"
            f"<div style='white-space:pre; margin-left:16px'>{marked_html(snippet)}</div>"
        )
        return document


class SearchPanel(QObject):
    """Runs the search for the box and fills the list; asks `open_target` to open a hit."""

    searching_changed = Signal(bool)  # True while there is text to search for

    def __init__(
        self,
        store: Store,
        lang: str,
        edit: QLineEdit,
        results: QListWidget,
        open_target: Callable[[str, str], None],
    ) -> None:
        super().__init__(edit)
        self.store, self.lang, self.edit, self.results = store, lang, edit, results
        self.open_target = open_target
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        edit.textChanged.connect(lambda _text: self._timer.start())
        edit.returnPressed.connect(self.open_first)
        results.itemActivated.connect(self.open_item)
        edit.installEventFilter(self)
        results.installEventFilter(self)
        results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long snippets elide
        results.setTextElideMode(Qt.TextElideMode.ElideRight)
        results.setItemDelegate(HitDelegate(results))

    def run(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        self.searching_changed.emit(bool(text))
        if not text:
            return
        hits = search(self.store, text, limit=RESULT_LIMIT, lang=self.lang)
        # One heading per group: kinds with the same name (a project's and a case's «Vedtak») share it.
        groups = [SEARCH_KIND.label(hit.kind, self.lang) for hit in hits]
        current = None
        for hit, group in zip(hits, groups, strict=True):
            if group != current:
                self.results.addItem(self._header(group, groups.count(group)))
                current = group
            self.results.addItem(self._hit_item(hit))
        if not hits:
            item = QListWidgetItem(self.tr("No hits"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _header(self, group: str, count: int) -> QListWidgetItem:
        item = QListWidgetItem(f"{group.upper()} ({count})")
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the arrow keys pass over it
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor("#263238"))  # dark, not the greyed text of a disabled row
        item.setBackground(QColor("#eceff1"))
        return item

    def _hit_item(self, hit: SearchHit) -> QListWidgetItem:
        snippet = hit.snippet.replace("[", "").replace("]", "")
        board = f"  ·  {hit.board_name}" if hit.board_name else ""
        item = QListWidgetItem(f"{hit.title}{board}\n    {snippet}")  # painted as rich text by HitDelegate
        item.setData(ROLE_HIT, hit)
        item.setToolTip(f"{hit.title}\n{hit.board_name}")
        kind = SEARCH_KIND.label(hit.kind, self.lang)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {hit.title}{board}")
        return item

    def hit_rows(self) -> list[int]:
        return [row for row in range(self.results.count()) if self._hit(self.results.item(row))]

    @staticmethod
    def _hit(item: QListWidgetItem | None) -> SearchHit | None:
        hit = item.data(ROLE_HIT) if item else None
        return hit if isinstance(hit, SearchHit) else None

    def open_first(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run()  # Enter typed before the pause ended: search now
        rows = self.hit_rows()
        if rows:
            self.open_item(self.results.item(rows[0]))

    def open_item(self, item: QListWidgetItem) -> None:
        hit = self._hit(item)
        target = hit_target(self.store, hit) if hit else None
        if target:
            self.open_target(*target)

    def clear(self) -> None:
        self.edit.clear()
        self.run()
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and (self.edit.text() or watched is self.results):
            self.clear()
            return True
        if watched is self.edit and key == Qt.Key.Key_Down:
            if self._timer.isActive():
                self.run()
            rows = self.hit_rows()
            if rows:
                self.results.setFocus()
                self.results.setCurrentRow(rows[0])
            return True
        if watched is self.results and key == Qt.Key.Key_Up:
            rows = self.hit_rows()
            if rows and self.results.currentRow() == rows[0]:
                self.edit.setFocus()
                return True
        return False
