"""The attendance grid of the live meeting: per invited member present / absent with notice /
absent, the case they arrived or left at, and whom they stand in for as deputy; below them the
guests, alike. Anyone present (member, deputy or guest) may stand in for a board member not
recorded present («Vara for»); the choice lists offer just those. Each choice is saved at once.

The grid fits its pane without a horizontal scrollbar (the live mode's left half at 1366×768):
attendance and the case numbers keep their whole width, the names and the deputy share the rest.
The deputy chosen is shown whole where the names can spare the room; what is still too wide is
elided with «…», and tooltips and the choice lists show it whole."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import wheel_only_scrolls
from boarddesk.model.records import Member
from boarddesk.model.vocabulary import ATTENDANCE
from boarddesk.services.meetings import live_meeting
from boarddesk.services.meetings.live_meeting import DeputyRefused
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
GUEST_ROLE = Qt.ItemDataRole.UserRole + 2  # a guest's name as invited
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's version as shown, so a change made elsewhere is not overwritten
NAME, STATUS, ARRIVED, LEFT, DEPUTY = range(5)
DEPUTY_MIN = 80  # a deputy's first name; the rest elides
NAME_MIN = 100  # what the names keep when the deputy chosen needs room


class GridBox(QComboBox):
    """A choice in the grid: once its list closes, the keyboard goes back to the grid, at its cell,
    so typing or the arrow keys move through the grid rather than turn the box again."""

    def hidePopup(self) -> None:  # noqa: N802 (Qt's name)
        super().hidePopup()
        viewport = self.parentWidget()
        grid = viewport.parentWidget() if viewport else None
        if isinstance(grid, QTableWidget):
            grid.setCurrentIndex(grid.indexAt(self.geometry().center()))  # in the viewport's coordinates
            grid.setFocus(Qt.FocusReason.PopupFocusReason)


class ElidingComboBox(GridBox):
    """A combo box that, too narrow for its choice, shows it cut with «…» rather than clipped."""

    def shown_text(self) -> str:
        """The choice as painted: whole, or elided to the box's text field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, field.width())

    def width_for_choice(self) -> int:
        """The width that shows the current choice whole."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self.currentText()), self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self).width()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


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
        """`members` of the board (kept for reloading); `cases` as (number, id)."""
        self.meeting_id = meeting_id
        self._choices = (members, cases)
        sheet = live_meeting.attendance_sheet(self.store, meeting_id)
        absent = live_meeting.stand_in_choices(self.store, meeting_id)
        # A board member's personal deputy is proposed for them once they are recorded absent.
        recorded_absent = {p["member"] for p in sheet if p["member"] and p["status"] not in (None, "present")}
        statuses = [("–", None)] + [(ATTENDANCE.label(key, self.lang), key) for key in ATTENDANCE.keys]
        case_choices = [("", None), *cases]
        self.setRowCount(0)  # no widget of an earlier load stays behind
        self.setRowCount(len(sheet))
        for row, person in enumerate(sheet):
            guest = person["guest"]
            shown = fill(self.tr("{name} (guest)"), name=guest) if guest else person["name"]
            name = QTableWidgetItem(shown)
            name.setToolTip("\n".join(filter(None, (name.text(), person["organisation"]))))
            name.setData(MEMBER_ROLE, person["member"])
            name.setData(GUEST_ROLE, guest)
            name.setData(VERSION_ROLE, person["version"])
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, name)
            proposed = person["board_deputy_for"] if person["board_deputy_for"] in recorded_absent else None
            columns = [
                (STATUS, statuses, person["status"], self.tr("Attendance of {name}")),
                (ARRIVED, case_choices, person["arrived_at_case"], self.tr("{name} arrived at case")),
                (LEFT, case_choices, person["left_at_case"], self.tr("{name} left at case")),
                (DEPUTY, [], person["deputy_for"] or proposed, self.tr("{name} is deputy for")),
            ]
            for column, choices, current, label in columns:
                box = ElidingComboBox() if column == DEPUTY else GridBox()
                for text, data in choices:
                    box.addItem(text, data)
                box.setCurrentIndex(max(0, box.findData(current)))
                if column == DEPUTY:  # the deputy column may be narrow: whom, whole, in the tooltip
                    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    box.setMinimumContentsLength(4)
                    self._offer_stand_in(box, person["member"], current, absent)
                    box.setEnabled(person["status"] == "present")
                    box.currentTextChanged.connect(box.setToolTip)
                box.setAccessibleName(fill(label, name=person["name"]))
                wheel_only_scrolls(box)  # the wheel scrolls the grid, even over the box last clicked
                box.currentIndexChanged.connect(lambda _i, r=row, c=column: self._changed(r, c))
                self.setCellWidget(row, column, box)
        self.fit_columns()

    def _offer_stand_in(self, box: QComboBox, member: str | None, current: str | None, absent: list[Member]) -> None:
        """Nobody, then the members not present (the row's own member aside); the one chosen stays
        offered even when they are no longer absent, so the box shows what is recorded."""
        box.blockSignals(True)  # filling the list is no choice of the secretary's
        box.clear()
        box.addItem(self.tr("(nobody)"), None)
        for other in absent:
            if other.id != member:
                box.addItem(other.name, other.id)
        if current is not None and box.findData(current) < 0:
            known = {m.id: m.name for m in self._choices[0]}
            box.addItem(known.get(current, current), current)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setToolTip(box.currentText())
        box.blockSignals(False)

    def _refresh_stand_ins(self) -> None:
        """After a save: each «Deputy for» list offers who is absent now; only those present choose."""
        absent = live_meeting.stand_in_choices(self.store, self.meeting_id)
        for row in range(self.rowCount()):
            box = self.cellWidget(row, DEPUTY)
            self._offer_stand_in(box, self.item(row, 0).data(MEMBER_ROLE), box.currentData(), absent)
            box.setEnabled(self.cellWidget(row, STATUS).currentData() == "present")

    def fit_columns(self) -> None:
        """Names get what they need while the deputy column keeps its header and DEPUTY_MIN and,
        as long as the names keep NAME_MIN, the widest deputy chosen; the deputy column
        (stretched) takes the rest."""
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (STATUS, ARRIVED, LEFT))
        grid_line = 1 if self.showGrid() else 0  # a cell's widget is its column less the grid line
        chosen = [self.cellWidget(row, DEPUTY).width_for_choice() + grid_line for row in range(self.rowCount())]
        deputy = max(DEPUTY_MIN, header.sectionSizeHint(DEPUTY))
        names = max(self.sizeHintForColumn(NAME), header.sectionSizeHint(NAME))
        room = self.viewport().width() - fixed
        deputy = max(deputy, min(max(chosen, default=0), room - min(names, NAME_MIN)))
        self.setColumnWidth(NAME, max(header.minimumSectionSize(), min(names, room - deputy)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def _changed(self, row: int, column: int) -> None:
        status, arrived, left = (self.cellWidget(row, c).currentData() for c in (STATUS, ARRIVED, LEFT))
        deputy = self.cellWidget(row, DEPUTY)
        if column == STATUS and status != "present" and deputy.currentData() is not None:
            deputy.blockSignals(True)  # one who is not present stands in for no one: saved with the status
            deputy.setCurrentIndex(0)
            deputy.setToolTip(deputy.currentText())
            deputy.blockSignals(False)
        name = self.item(row, 0)
        guest, seen = name.data(GUEST_ROLE), name.data(VERSION_ROLE)
        details = {"deputy_for": deputy.currentData(), "arrived_at_case": arrived, "left_at_case": left}
        try:
            if guest:
                version = live_meeting.set_guest_attendance(
                    self.store, self.meeting_id, guest, status, expected_version=seen, **details
                )
            else:
                version = live_meeting.set_attendance(
                    self.store, self.meeting_id, name.data(MEMBER_ROLE), status, expected_version=seen, **details
                )
        except ChangedElsewhere as error:
            what = fill(self.tr("The attendance of {name}"), name=name.text())
            tell_changed_elsewhere(self, error, what)
            self._reload_later()
            return
        except DeputyRefused as error:
            QMessageBox.warning(self, self.tr("Deputy not recorded"), self._refusal(error))
            self._reload_later()
            return
        name.setData(VERSION_ROLE, version)
        self._refresh_stand_ins()
        self.fit_columns()  # the deputy chosen shown whole, if there is room
        self.saved.emit()

    def _reload_later(self) -> None:
        """Show the store's record again, once the box whose signal brought us here is done."""
        QTimer.singleShot(0, lambda: self.load(self.meeting_id, *self._choices))

    def _refusal(self, error: DeputyRefused) -> str:
        """Why a deputy was refused, in the user's language; nothing of the row was saved."""
        texts = {
            "self": self.tr("{deputy} cannot stand in for themself."),
            "not_member": self.tr("{deputy} cannot stand in for {member}: not a voting member of this board."),
            "not_present": self.tr("{deputy} is not recorded as present, so cannot stand in for {member}."),
            "member_present": self.tr("{deputy} cannot stand in for {member}, who is recorded as present."),
            "taken": self.tr("{deputy} cannot stand in for {member}: {other} already does."),
            "has_deputy": self.tr(
                "{member} cannot be recorded as present while {other} stands in for them. "
                "Set «Deputy for» of {other} to nobody first."
            ),
        }
        return fill(texts[error.reason], deputy=error.deputy, member=error.member, other=error.other)

    def all_present(self) -> None:
        """Everyone not yet marked is present: the usual start, then the secretary notes the exceptions.
        A member someone stands in for stays as they are."""
        stood_in_for = {self.cellWidget(row, DEPUTY).currentData() for row in range(self.rowCount())} - {None}
        for row in range(self.rowCount()):
            box = self.cellWidget(row, STATUS)
            if box.currentData() is None and self.item(row, 0).data(MEMBER_ROLE) not in stood_in_for:
                box.setCurrentIndex(box.findData("present"))
