"""Registers across meetings: a board's cases of a year, the decision register (search and
filters), and the action points register (follow up status). Double-click opens the meeting on
the line's case, or the project card a decision from a card's history came from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import CASE_ROLE, ID_ROLE, PROJECT_ROLE, action_status_box
from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import ACTION_STATUS, CASE_STATE, CASE_TYPE
from boarddesk.services.boards.lookup import list_boards
from boarddesk.services.meetings import action_points
from boarddesk.services.meetings.case_list import cases_of_year
from boarddesk.services.meetings.decisions import DecisionFilter, decision_years, find_decisions
from boarddesk.store import Store

OpenMeeting = Callable[[str, str | None], None]  # a meeting id, and the case to show on it
OpenProject = Callable[[str], None]  # a project id


class RegisterDialog(QDialog):
    """A filter row above a read-only table; subclasses fill `filters` and implement `refresh`."""

    def __init__(
        self, title: str, headers: list[str], open_meeting: OpenMeeting | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1100, 620)
        self.open_meeting = open_meeting
        self.filters = QHBoxLayout()
        self.table = QTableWidget(0, len(headers), self)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.itemActivated.connect(self._activated)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def add_filter(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.filters.addWidget(caption)
        self.filters.addWidget(widget)

    def board_combo(self, store: Store, board_id: str | None, allow_all: bool) -> QComboBox:
        box = QComboBox(self)
        if allow_all:
            box.addItem(self.tr("All boards"), None)
        for board in list_boards(store):
            box.addItem(board.short_name or board.name, board.id)
        box.setCurrentIndex(max(0, box.findData(board_id)))
        return box

    def fill(self, rows: list[tuple[str | None, str | None, list[str]]]) -> None:
        """Rows of (meeting id, case id, cell texts)."""
        self.table.setRowCount(len(rows))
        for row, (meeting_id, case_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, meeting_id)
                item.setData(CASE_ROLE, case_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):  # the last column, the text that matters, gets the room
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        self.table.horizontalHeader().setSectionResizeMode(self.table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.count_label.setText(fill(self.tr("{count} lines"), count=len(rows)))

    def _activated(self, item: QTableWidgetItem) -> None:
        meeting_id = item.data(ID_ROLE)
        if meeting_id and self.open_meeting:
            self.open_meeting(meeting_id, item.data(CASE_ROLE))
            self.accept()


class CasesOfYearDialog(RegisterDialog):
    def __init__(self, store: Store, board_id: str, year: int, lang: str, open_meeting=None, parent=None) -> None:
        super().__init__(
            self.tr("Cases of the year"),
            [
                self.tr("Case no."),
                self.tr("Meeting"),
                self.tr("Date"),
                self.tr("Case type"),
                self.tr("State"),
                self.tr("Title"),
            ],
            open_meeting,
            parent,
        )
        self.store, self.lang = store, lang
        self.board = self.board_combo(store, board_id, allow_all=False)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2200)
        self.year.setValue(year)
        self.add_filter(self.tr("&Board"), self.board)
        self.add_filter(self.tr("&Year"), self.year)
        self.filters.addStretch(1)
        self.board.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lines = cases_of_year(self.store, self.board.currentData(), self.year.value())
        self.fill(
            [
                (
                    line.meeting_id,
                    line.case_id,
                    [
                        line.number,
                        line.meeting,
                        format_date(line.meeting_date, self.lang),
                        ", ".join(CASE_TYPE.label(t, self.lang) for t in line.types),
                        CASE_STATE.label(line.state, self.lang),
                        line.title,
                    ],
                )
                for line in lines
            ]
        )


class DecisionRegisterDialog(RegisterDialog):
    """Decisions recorded at meetings, and those from the projects' cards (their decision history)."""

    def __init__(
        self, store: Store, lang: str, open_meeting=None, parent=None, open_project: OpenProject | None = None
    ) -> None:
        super().__init__(
            self.tr("Decision register"),
            [self.tr("Date"), self.tr("Body"), self.tr("Case no."), self.tr("Case"), self.tr("Decision")],
            open_meeting,
            parent,
        )
        self.store, self.lang = store, lang
        self.open_project = open_project
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Words in the decision"))
        self.text.setClearButtonEnabled(True)
        self.board = self.board_combo(store, None, allow_all=True)
        self.year = QComboBox(self)
        self.year.addItem(self.tr("All years"), None)
        for year in decision_years(store):
            self.year.addItem(str(year), year)
        self.project = QLineEdit(self)
        self.project.setPlaceholderText(self.tr("Project name"))
        self.case_type = QComboBox(self)
        self.case_type.addItem(self.tr("All types"), None)
        for key in CASE_TYPE.keys:
            self.case_type.addItem(CASE_TYPE.label(key, lang), key)
        for label, widget in (
            (self.tr("&Search"), self.text),
            (self.tr("&Board"), self.board),
            (self.tr("&Year"), self.year),
            (self.tr("&Project"), self.project),
            (self.tr("&Type"), self.case_type),
        ):
            self.add_filter(label, widget)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.text, self.project):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.board, self.year, self.case_type):
            box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        where = DecisionFilter(
            text=self.text.text().strip() or None,
            board_id=self.board.currentData(),
            year=self.year.currentData(),
            project=self.project.text().strip() or None,
            case_type=self.case_type.currentData(),
        )
        entries = find_decisions(self.store, where)
        self.fill(
            [
                (
                    e.meeting_id,
                    e.case_id,
                    [format_date(e.date, self.lang), e.body, e.case_number, self._case(e), self._text(e)],
                )
                for e in entries
            ]
        )
        for row, entry in enumerate(entries):
            if entry.from_history:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    item.setData(PROJECT_ROLE, entry.project_id)
                    item.setToolTip(self.tr("From the project card's decision history; double-click opens the card"))

    def _text(self, entry) -> str:
        """The decision; one taken from another paper says so, where it is read."""
        return f"{entry.text} (" + self.tr("inferred from other papers") + ")" if entry.inferred else entry.text

    def _case(self, entry) -> str:
        if entry.from_history:
            return fill(self.tr("Project card: {title}"), title=entry.title)
        return entry.title

    def _activated(self, item: QTableWidgetItem) -> None:
        project_id = item.data(PROJECT_ROLE)
        if not project_id:
            super()._activated(item)
        elif self.open_project:
            self.open_project(project_id)
            self.accept()


class ActionRegisterDialog(RegisterDialog):
    def __init__(self, store: Store, lang: str, open_meeting=None, parent=None) -> None:
        super().__init__(
            self.tr("Action points"),
            [self.tr("Status"), self.tr("Due"), self.tr("Who"), self.tr("Meeting"), self.tr("Board"), self.tr("What")],
            open_meeting,
            parent,
        )
        self.store, self.lang = store, lang
        self.board = self.board_combo(store, None, allow_all=True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All"), None)
        for key in ACTION_STATUS.keys:
            self.status.addItem(ACTION_STATUS.label(key, lang), key)
        self.status.setCurrentIndex(self.status.findData("open"))
        self.add_filter(self.tr("&Board"), self.board)
        self.add_filter(self.tr("&Status"), self.status)
        self.filters.addStretch(1)
        self.board.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = action_points.register(self.store, self.board.currentData(), self.status.currentData())
        boards = {b.id: b.short_name or b.name for b in list_boards(self.store)}
        self.fill(
            [
                (
                    row["meeting"],
                    row["case"],
                    [
                        "",
                        format_date(row["due"], self.lang),
                        row["responsible"] or "",
                        f"{row['meeting_number']}/{row['meeting_year']}" if row["meeting_number"] else "",
                        boards.get(row["board_id"], ""),
                        row["text"],
                    ],
                )
                for row in rows
            ]
        )
        for index, row in enumerate(rows):
            box = action_status_box(
                row["status"],
                self.lang,
                fill(self.tr("Status of {action}"), action=row["text"]),
                lambda status, ident=row["id"]: action_points.follow_up(self.store, ident, status),
            )
            self.table.setCellWidget(index, 0, box)
        self.table.resizeColumnToContents(0)
