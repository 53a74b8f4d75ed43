"""Search as you type: the search box and its result list, grouped by kind.

Keys: typing searches (after a short pause), Enter opens the first hit, Down moves into the
results, Up from the first result goes back to the box, Esc clears the search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from boarddesk.model.vocabulary import SEARCH_KIND
from boarddesk.services.search import SearchHit, hit_target, search
from boarddesk.store import Store

ROLE_HIT = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 120
RESULT_LIMIT = 50  # grouped by kind, more than a screenful; more costs time as you type


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

    def run(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        self.searching_changed.emit(bool(text))
        if not text:
            return
        hits = search(self.store, text, limit=RESULT_LIMIT)
        counts: dict[str, int] = {}
        for hit in hits:
            counts[hit.kind] = counts.get(hit.kind, 0) + 1
        current_kind = None
        for hit in hits:
            if hit.kind != current_kind:
                self.results.addItem(self._header(hit.kind, counts[hit.kind]))
                current_kind = hit.kind
            self.results.addItem(self._hit_item(hit))
        if not hits:
            item = QListWidgetItem(self.tr("No hits"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _header(self, kind: str, count: int) -> QListWidgetItem:
        item = QListWidgetItem(f"{SEARCH_KIND.label(kind, self.lang).upper()} ({count})")
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the arrow keys pass over it
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor("#263238"))  # dark, not the greyed text of a disabled row
        item.setBackground(QColor("#eceff1"))
        return item

    def _hit_item(self, hit: SearchHit) -> QListWidgetItem:
        snippet = hit.snippet.replace("[", "").replace("]", "")
        item = QListWidgetItem(f"{hit.title}\n    {snippet}")
        item.setData(ROLE_HIT, hit)
        item.setToolTip(hit.board_name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{SEARCH_KIND.label(hit.kind, self.lang)}: {hit.title}")
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
