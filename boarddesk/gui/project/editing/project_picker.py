"""Choosing a project of the store (the one a dependency is on) from a list that narrows as you
type. Only the first matches are fetched, so a store of thousands of projects answers at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from boarddesk.gui.i18n import fill
from boarddesk.services.portfolio import editing
from boarddesk.store import Store

SHOWN = 50  # matches listed at most; typing more narrows them


class ProjectPicker(QDialog):
    """Type part of a name or project number; Up/Down choose, Enter takes the chosen project."""

    def __init__(self, parent, store: Store, exclude: str | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.exclude = exclude
        self.setWindowTitle(self.tr("Choose the project depended on"))
        self.setAccessibleName(self.windowTitle())
        self.resize(600, 460)
        column = QVBoxLayout(self)
        label = QLabel(self.tr("&Search projects (name or number):"), self)
        self.filter = QLineEdit(text, self)
        self.filter.setAccessibleName(self.tr("Search projects"))
        self.filter.setPlaceholderText(self.tr("Type part of the name or number"))
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching projects"))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.more = QLabel(self)
        self.more.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.filter, self.results, self.more, buttons):
            column.addWidget(widget)
        self.filter.textChanged.connect(self._search)
        self.filter.installEventFilter(self)  # Up and Down move in the list while typing
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self._search(text)
        self.filter.setFocus()

    def _search(self, text: str) -> None:
        found = editing.find_projects(self.store, text, self.exclude, SHOWN + 1)
        self.results.clear()
        for project in found[:SHOWN]:
            number = f" ({project['project_number']})" if project["project_number"] else ""
            item = QListWidgetItem(f"{project['name']}{number} – {project['board_name']}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, project["id"])
            self.results.addItem(item)
        if not found:
            self.more.setText(fill(self.tr("No project matches «{text}»."), text=text))
        elif len(found) > SHOWN:
            self.more.setText(
                fill(self.tr("Showing the first {count} matches: type more to narrow them."), count=SHOWN)
            )
        else:
            self.more.setText("")
        self.results.setCurrentRow(0 if found else -1)
        self.ok.setEnabled(bool(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
