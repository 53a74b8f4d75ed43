"""Small dialogs of the meeting workbench: a new meeting, invitees and copy-to, and the steps
of minutes approval (adjustment, remarks, approval, amendment)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import ID_ROLE, DateField
from boarddesk.gui.service_text import user_message
from boarddesk.model.records import Member
from boarddesk.services.boards.lookup import board_members, board_of, list_boards
from boarddesk.services.meetings import setup as meeting_setup
from boarddesk.services.meetings.agenda import AgendaError
from boarddesk.services.meetings.reading import copy_to_of, invitees_of
from boarddesk.services.meetings.setup import ELECTRONIC_MEETING, MeetingDraft
from boarddesk.store import Store


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def member_checklist(store: Store, board_id: str, checked: set[str], parent: QWidget) -> QListWidget:
    return checklist(board_members(store, board_id, active_only=True), checked, parent)


def checklist(
    members: list[Member], checked: set, parent: QWidget, label: Callable[[Member], str] | None = None
) -> QListWidget:
    """The members, each «name, organisation» (or as `label` says) with a box to tick; those whose
    id is in `checked` ticked."""
    widget = QListWidget(parent)
    for member in members:
        item = QListWidgetItem(
            label(member) if label else ", ".join(x for x in (member.name, member.organisation) if x)
        )
        item.setData(ID_ROLE, member.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if member.id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> list:
    return [
        widget.item(i).data(ID_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class NewMeetingDialog(QDialog):
    """A new meeting of a board; the number is suggested from the board's year."""

    def __init__(self, store: Store, board_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.setWindowTitle(self.tr("New meeting"))
        form = QFormLayout(self)
        self.board = QComboBox(self)
        for board in list_boards(store):
            self.board.addItem(board.short_name or board.name, board.id)
        self.board.setCurrentIndex(max(0, self.board.findData(board_id)))
        self.date = DateField(QDate.currentDate(), self)
        self.number = QSpinBox(self)
        self.number.setRange(1, 999)
        self.start = QTimeEdit(QTime(10, 0), self, displayFormat="HH:mm")
        self.end = QTimeEdit(QTime(12, 0), self, displayFormat="HH:mm")
        self.place = QComboBox(self, editable=True)
        self.place.addItem(ELECTRONIC_MEETING)
        for label, widget in (
            (self.tr("&Board"), self.board),
            (self.tr("&Date"), self.date),
            (self.tr("&Number in the year"), self.number),
            (self.tr("&Starts"), self.start),
            (self.tr("&Ends"), self.end),
            (self.tr("&Place"), self.place),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(
            QLabel(
                self.tr("The chair, the members as invitees and the standard items are filled in; change them after.")
            )
        )
        form.addRow(_buttons(self))
        self.board.currentIndexChanged.connect(self._suggest)
        self.date.dateChanged.connect(self._suggest)
        self._suggest()

    def _suggest(self) -> None:
        if not self.date.date().isValid():
            return  # half typed: the number follows once the date is whole
        self.number.setValue(
            meeting_setup.suggest_meeting_number(self.store, self.board.currentData(), self.date.date().year())
        )

    def accept(self) -> None:
        if not self.date.date().isValid():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Write the date as dd.mm.yyyy, e.g. 19.01.2022."))
            self.date.setFocus()
            return
        draft = MeetingDraft(
            self.board.currentData(),
            self.date.date().toString(Qt.DateFormat.ISODate),
            number=self.number.value(),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            place=self.place.currentText().strip() or None,
        )
        try:
            self.meeting_id = meeting_setup.create_meeting(self.store, draft)
        except AgendaError as error:
            QMessageBox.warning(self, self.windowTitle(), user_message(error))
            return
        super().accept()


class InviteesDialog(QDialog):
    """Invitees from the board's members, guests with their organisation, and the copy-to list."""

    def __init__(self, store: Store, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.setWindowTitle(self.tr("Invitees and copy to"))
        self.resize(640, 560)
        board_id = board_of(store, "meeting", meeting_id)
        invited = invitees_of(store, meeting_id)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Members invited"), self))
        self.members = member_checklist(store, board_id, {i["member"] for i in invited if i["member"]}, self)
        self.members.setAccessibleName(self.tr("Members invited"))
        layout.addWidget(self.members, 2)
        self.guests = self._table(
            layout,
            self.tr("Guests"),
            [self.tr("Name"), self.tr("Organisation"), self.tr("Role")],
            [(g["name"], g["organisation"], g["role"]) for g in invited if not g["member"]],
        )
        copy_to = copy_to_of(store, meeting_id)
        self.copy_to = self._table(
            layout,
            self.tr("Copy to"),
            [self.tr("Name"), self.tr("Organisation")],
            [(c["name"], c["organisation"]) for c in copy_to],
        )
        layout.addWidget(_buttons(self))

    def _table(self, layout: QVBoxLayout, title: str, headers: list[str], rows: list[tuple]) -> QTableWidget:
        row_box = QHBoxLayout()
        row_box.addWidget(QLabel(title, self))
        row_box.addStretch(1)
        add = QPushButton(self.tr("Add"), self)
        add.setAccessibleName(fill(self.tr("Add to {list}"), list=title))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(fill(self.tr("Remove from {list}"), list=title))
        row_box.addWidget(add)
        row_box.addWidget(remove)
        layout.addLayout(row_box)
        table = QTableWidget(0, len(headers), self)
        table.setAccessibleName(title)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        for values in rows:
            self._add_row(table, values)
        add.clicked.connect(lambda: self._add_row(table, ("",) * len(headers), edit=True))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        layout.addWidget(table, 1)
        return table

    def _add_row(self, table: QTableWidget, values: tuple, edit: bool = False) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value or ""))
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    @staticmethod
    def _rows(table: QTableWidget) -> list[list[str]]:
        rows = []
        for row in range(table.rowCount()):
            values = [
                (table.item(row, c).text().strip() if table.item(row, c) else "") for c in range(table.columnCount())
            ]
            if values[0]:
                rows.append(values)
        return rows

    def accept(self) -> None:
        invitees = [{"member": member} for member in checked_ids(self.members)]
        invitees += [{"name": n, "organisation": o or None, "role": r or None} for n, o, r in self._rows(self.guests)]
        try:
            meeting_setup.set_invitees(self.store, self.meeting_id, invitees)
            meeting_setup.set_copy_to(
                self.store,
                self.meeting_id,
                [{"name": n, "organisation": o or None} for n, o in self._rows(self.copy_to)],
            )
        except Exception as error:  # a refusal from the service (approved minutes), shown as is
            QMessageBox.warning(self, self.windowTitle(), user_message(error))
            return
        super().accept()


class TextDialog(QDialog):
    """A few labelled fields (lines, a date, a text); `values()` gives what was typed."""

    def __init__(self, title: str, fields: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 320)
        form = QFormLayout(self)
        for label, widget in fields:
            widget.setParent(self)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow(_buttons(self))


def text_edit(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    edit.setTabChangesFocus(True)
    return edit


def date_edit(iso: str | None = None) -> DateField:
    return DateField(QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate.currentDate())
