"""The attendance grid of the live meeting: per invited member present / absent with notice /
absent, the case they arrived or left at, and whom they stand in for as deputy; below them the
guests, alike but deputy for no one. Each choice is saved at once.

The grid fits its pane without a horizontal scrollbar (the live mode's left half at 1366×768):
attendance and the case numbers keep their whole width, the names and the deputy share the rest,
elided where they must be; tooltips and the choice lists show them whole."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.model.records import Member
from boarddesk.model.vocabulary import ATTENDANCE
from boarddesk.services.meetings import live_meeting
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
GUEST_ROLE = Qt.ItemDataRole.UserRole + 2  # a guest's name as invited
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's version as shown, so a change made elsewhere is not overwritten
NAME, STATUS, ARRIVED, LEFT, DEPUTY = range(5)
DEPUTY_MIN = 80  # a deputy's first name; the rest elides


class AttendanceGrid(QTableWidget):
    saved = Signal()

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.store, self.lang = store, lang
        self.meeting_id: str | None = None
        self._choices: tuple[list[dict], list[tuple[str, str]]] = ([], [])
        self.setAccessibleName(self.tr("Attendance"))
        # Short headers, the whole meaning in their tooltips: the grid must fit a half screen.
        headers = [
            (self.tr("Member"), ""),
            (self.tr("Attendance"), ""),
            (self.tr("Arrived", "attendance: at which case"), self.tr("Arrived at case")),
            (self.tr("Left", "attendance: at which case"), self.tr("Left at case")),
            (self.tr("Deputy for"), self.tr("Deputy for which member")),
        ]
        for column, (label, tip) in enumerate(headers):
            item = QTableWidgetItem(label)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)  # a long name elides on its line; the tooltip has it whole
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column in (STATUS, ARRIVED, LEFT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DEPUTY, QHeaderView.ResizeMode.Stretch)

    def load(self, meeting_id: str, members: list[Member], cases: list[tuple[str, str]]) -> None:
        """`members` of the board (id, name) for the deputy choice; `cases` as (number, id)."""
        self.meeting_id = meeting_id
        self._choices = (members, cases)
        sheet = live_meeting.attendance_sheet(self.store, meeting_id)
        statuses = [("–", None)] + [(ATTENDANCE.label(key, self.lang), key) for key in ATTENDANCE.keys]
        people = [("", None)] + [(m.name, m.id) for m in members]
        case_choices = [("", None), *cases]
        self.setRowCount(0)  # no widget of an earlier load stays behind
        self.setRowCount(len(sheet))
        for row, person in enumerate(sheet):
            guest = person["guest"]
            name = QTableWidgetItem(self.tr("%1 (guest)").replace("%1", guest) if guest else person["name"])
            name.setToolTip("\n".join(filter(None, (name.text(), person["organisation"]))))
            name.setData(MEMBER_ROLE, person["member"])
            name.setData(GUEST_ROLE, guest)
            name.setData(VERSION_ROLE, person["version"])
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, name)
            columns = [
                (STATUS, statuses, person["status"], self.tr("Attendance of %1")),
                (ARRIVED, case_choices, person["arrived_at_case"], self.tr("%1 arrived at case")),
                (LEFT, case_choices, person["left_at_case"], self.tr("%1 left at case")),
            ]
            if not guest:  # a guest stands in for no one
                deputy_for = person["deputy_for"] or person["board_deputy_for"]
                columns.append((DEPUTY, people, deputy_for, self.tr("%1 is deputy for")))
            for column, choices, current, label in columns:
                box = QComboBox()
                for text, data in choices:
                    box.addItem(text, data)
                box.setCurrentIndex(max(0, box.findData(current)))
                if column == DEPUTY:  # the deputy column may be narrow: whom, whole, in the tooltip
                    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    box.setMinimumContentsLength(4)
                    box.setToolTip(box.currentText())
                    box.currentTextChanged.connect(box.setToolTip)
                box.setAccessibleName(label.replace("%1", person["name"]))
                box.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
                self.setCellWidget(row, column, box)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Names get what they need while the deputy column keeps its header and DEPUTY_MIN; the
        deputy column (stretched) takes the rest."""
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (STATUS, ARRIVED, LEFT))
        deputy = max(DEPUTY_MIN, header.sectionSizeHint(DEPUTY))
        names = max(self.sizeHintForColumn(NAME), header.sectionSizeHint(NAME))
        room = self.viewport().width() - fixed - deputy
        self.setColumnWidth(NAME, max(header.minimumSectionSize(), min(names, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def _changed(self, row: int) -> None:
        status, arrived, left = (self.cellWidget(row, c).currentData() for c in (STATUS, ARRIVED, LEFT))
        name = self.item(row, 0)
        guest, seen = name.data(GUEST_ROLE), name.data(VERSION_ROLE)
        try:
            if guest:
                version = live_meeting.set_guest_attendance(
                    self.store,
                    self.meeting_id,
                    guest,
                    status,
                    arrived_at_case=arrived,
                    left_at_case=left,
                    expected_version=seen,
                )
            else:
                version = live_meeting.set_attendance(
                    self.store,
                    self.meeting_id,
                    name.data(MEMBER_ROLE),
                    status,
                    deputy_for=self.cellWidget(row, DEPUTY).currentData(),
                    arrived_at_case=arrived,
                    left_at_case=left,
                    expected_version=seen,
                )
        except ChangedElsewhere as error:
            what = self.tr("The attendance of %1").replace("%1", name.text())
            tell_changed_elsewhere(self, error, what)
            QTimer.singleShot(0, lambda: self.load(self.meeting_id, *self._choices))  # not inside the box's signal
            return
        name.setData(VERSION_ROLE, version)
        self.saved.emit()

    def all_present(self) -> None:
        """Everyone not yet marked is present: the usual start, then the secretary notes the exceptions."""
        for row in range(self.rowCount()):
            box = self.cellWidget(row, STATUS)
            if box.currentData() is None:
                box.setCurrentIndex(box.findData("present"))
