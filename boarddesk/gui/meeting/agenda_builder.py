"""The agenda builder: the meeting's facts, its cases in order (drag, or Alt+Up/Down), standard
items, the case editor, and publication, which shows the case numbers issued."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.case_editor import READ_ONLY_STYLE, CaseEditor, set_read_only
from boarddesk.gui.meeting.common import ID_ROLE, DateField, agenda_label, confirm, side_by_side, wheel_needs_focus
from boarddesk.gui.service_text import user_message
from boarddesk.model.formatting import format_date
from boarddesk.model.records import AgendaCase
from boarddesk.model.vocabulary import CASE_STATE, CASE_TYPE, STANDARD_ITEM
from boarddesk.services.boards.identity import may_edit_meetings
from boarddesk.services.boards.lookup import board_members
from boarddesk.services.meetings import action_points, agenda, agenda_edits
from boarddesk.services.meetings.agenda import AgendaError
from boarddesk.services.meetings.minutes import MinutesError, minutes_status
from boarddesk.services.meetings.reading import load_meeting
from boarddesk.services.meetings.setup import ELECTRONIC_MEETING, update_meeting
from boarddesk.store import Store


class AgendaList(QListWidget):
    """The agenda; a drop reorders it, and `reordered` tells the builder the new order."""

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().dropEvent(event)
        self.reordered.emit([self.item(row).data(ID_ROLE) for row in range(self.count())])


class AgendaBuilder(QWidget):
    """Only the board's secretary edits the agenda, in an explicit editing mode («Rediger
    saksliste», Ctrl+E); a member's copy shows it read-only, saying why. Each edit of a case is
    handed on as `edited` for the window's undo stack."""

    published = Signal()
    show_year = Signal()  # the board's cases of the meeting's year, one click away
    edited = Signal(object, str)  # an `Edit` (services/portfolio/changes.py) made here, and its name

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.meeting_id: str | None = None
        self.may_edit = False  # the user is this board's secretary, in their own store
        self.frozen = False  # approved or locked minutes: nobody edits the agenda
        self._loading = False
        self._build()
        self.setStyleSheet(READ_ONLY_STYLE)
        for field in (self.start, self.end):
            # As wide as with its arrows: a spin box keeps the size it first measured, and measured
            # without arrows (read-only), it showed «10:0» once editing added them.
            field.setMinimumWidth(field.sizeHint().width())

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        facts = QHBoxLayout()
        self.date = DateField(parent=self)  # typed as people write dates: «19.01.2022»
        self.start = QTimeEdit(self, displayFormat="HH:mm")
        self.end = QTimeEdit(self, displayFormat="HH:mm")
        for edit in (self.start, self.end):  # no time in the papers: shown as unknown, not as midnight
            edit.setSpecialValueText("--:--")
        self.place = QComboBox(self, editable=True)
        self.place.addItem(ELECTRONIC_MEETING)
        self.place.setMinimumWidth(170)
        self.chair = QComboBox(self)
        self.chair.setMinimumWidth(150)
        wheel_needs_focus(self.start, self.end, self.place, self.chair)
        for label, widget, name in (
            (self.tr("Date"), self.date, self.tr("Meeting date")),
            (self.tr("From"), self.start, self.tr("Start time")),
            (self.tr("to"), self.end, self.tr("End time")),
            (self.tr("Pla&ce"), self.place, self.tr("Place")),
            (self.tr("Chair"), self.chair, self.tr("Chair")),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            facts.addWidget(caption)
            facts.addWidget(widget)
        facts.addStretch(1)
        self.invitees_button = QPushButton(self.tr("Invi&tees…"), self)
        facts.addWidget(self.invitees_button)
        mode = QHBoxLayout()
        self.edit_toggle = QPushButton(self.tr("Edit agenda"), self)
        self.edit_toggle.setCheckable(True)
        self.edit_toggle.setToolTip(self.tr("Switch agenda editing on or off (Ctrl+E); switching it off saves"))
        self.edit_toggle.setAccessibleName(self.tr("Edit agenda (Ctrl+E)"))
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.mode_note.setStyleSheet("font-style: italic")
        mode.addWidget(self.edit_toggle)
        mode.addWidget(self.mode_note, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.agenda_list = AgendaList(left)
        self.agenda_list.setAccessibleName(self.tr("Agenda (Alt+Up and Alt+Down move a case)"))
        left_layout.addWidget(self.agenda_list, 3)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ne&w case"), left)
        self.add_button.setToolTip(self.tr("Add a case before «Eventuelt» (Ctrl+N)"))
        self.standard_button = QToolButton(left)
        self.standard_button.setText(self.tr("Standard &item"))
        self.standard_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.standard_button)
        for key in STANDARD_ITEM.keys:
            action = QAction(STANDARD_ITEM.label(key, self.lang), menu)
            action.triggered.connect(
                lambda _c=False, k=key: self._guard(
                    lambda: agenda.add_standard_item(self.store, self.meeting_id, k), undoable=True
                )
            )
            menu.addAction(action)
        self.standard_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Rem&ove"), left)
        self.remove_button.setToolTip(self.tr("Remove the case (Delete); after publication it is kept as withdrawn"))
        self.up_button = QPushButton("▲", left)
        self.up_button.setAccessibleName(self.tr("Move up (Alt+Up)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button = QPushButton("▼", left)
        self.down_button.setAccessibleName(self.tr("Move down (Alt+Down)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        for button in (self.add_button, self.standard_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        publish_row = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("&Publish agenda"), left)
        self.publish_button.setToolTip(self.tr("Send the agenda out: case numbers are issued in agenda order"))
        self.year_button = QPushButton(self.tr("Cases of the &year…"), left)
        publish_row.addWidget(self.publish_button)
        publish_row.addWidget(self.year_button)
        publish_row.addStretch(1)
        left_layout.addLayout(publish_row)
        self.log_label = QLabel(self.tr("Changes since publication"), left)
        self.log_list = QListWidget(left)
        self.log_list.setAccessibleName(self.tr("Changes since publication"))
        left_layout.addWidget(self.log_label)
        left_layout.addWidget(self.log_list, 1)

        self.editor = CaseEditor(self.store, self.lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mode)
        layout.addLayout(facts)
        layout.addWidget(side_by_side(self, left, self.editor, [400, 600]), 1)
        self._connect()

    def _connect(self) -> None:
        self.agenda_list.currentItemChanged.connect(self._selected)
        self.agenda_list.reordered.connect(
            lambda order: self._guard(lambda: agenda.reorder(self.store, self.meeting_id, order), undoable=True)
        )
        self.add_button.clicked.connect(self.add_case)
        self.remove_button.clicked.connect(self.remove_case)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.publish_button.clicked.connect(self.publish)
        self.year_button.clicked.connect(self.show_year)
        self.invitees_button.clicked.connect(self._edit_invitees)
        self.editor.changed.connect(self._case_changed)
        self.editor.edited.connect(lambda edit: self.edited.emit(edit, self.tr("Edit case")))
        self.edit_toggle.toggled.connect(self._mode_switched)
        QShortcut(
            QKeySequence("Ctrl+E"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.edit_toggle.click)
        for keys, slot in (
            ("Alt+Up", lambda: self.move(-1)),
            ("Alt+Down", lambda: self.move(1)),
            ("Ctrl+N", self.add_case),
        ):
            QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            ).activated.connect(slot)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.agenda_list, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.remove_case)
        self.date.editingFinished.connect(self._save_date)  # once typed, not at every keystroke
        self.start.timeChanged.connect(lambda t: self._save_fact("start_time", t.toString("HH:mm")))
        self.end.timeChanged.connect(lambda t: self._save_fact("end_time", t.toString("HH:mm")))
        self.place.currentTextChanged.connect(lambda text: self._save_fact("place", text.strip() or None))
        self.chair.currentIndexChanged.connect(lambda _i: self._save_fact("chair", self.chair.currentData()))

    # -- loading --------------------------------------------------------------------------------
    def load(self, meeting_id: str, select: str | None = None) -> None:
        self.editor.flush()
        if meeting_id != self.meeting_id:
            self._set_toggle(False)  # another meeting opens for reading; editing is switched on again
        self.meeting_id = meeting_id
        view = load_meeting(self.store, meeting_id)
        self.meeting, self.board = view.meeting, view.board
        self.frozen = minutes_status(self.store, meeting_id) in ("approved", "locked")
        self.may_edit = may_edit_meetings(self.store, self.board.id)
        self._loading = True
        try:
            self.date.setDate(QDate.fromString(self.meeting.date, Qt.DateFormat.ISODate))
            self.start.setTime(QTime.fromString(self.meeting.start_time or "00:00", "HH:mm"))
            self.end.setTime(QTime.fromString(self.meeting.end_time or "00:00", "HH:mm"))
            self.place.setCurrentText(self.meeting.place or "")
            self.chair.clear()
            self.chair.addItem(self.tr("(no chair)"), None)
            for member in board_members(self.store, self.board.id):
                self.chair.addItem(member.name, member.id)
            self.chair.setCurrentIndex(max(0, self.chair.findData(self.meeting.chair)))
            current = select or (
                self.agenda_list.currentItem().data(ID_ROLE) if self.agenda_list.currentItem() else None
            )
            self.agenda_list.clear()
            for case in view.agenda:
                item = QListWidgetItem(self._item_text(case))
                item.setData(ID_ROLE, case.id)
                if case.withdrawn:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                self.agenda_list.addItem(item)
                if case.id == current:
                    self.agenda_list.setCurrentItem(item)
        finally:
            self._loading = False
        if self.agenda_list.currentItem() is None and self.agenda_list.count():
            self.agenda_list.setCurrentRow(0)
        self.editor.load(self.current_case())  # as stored now (after an undo, say)
        self._show_mode()
        self._fill_log(self.meeting.agenda_published)

    # -- who may edit, and when -----------------------------------------------------------------
    def editing(self) -> bool:
        """Whether the agenda may be changed from here now."""
        return self.may_edit and not self.frozen and self.edit_toggle.isChecked()

    def _set_toggle(self, on: bool) -> None:
        self.edit_toggle.blockSignals(True)
        self.edit_toggle.setChecked(on)
        self.edit_toggle.blockSignals(False)

    def _mode_switched(self, on: bool) -> None:
        if not on:
            self.editor.flush()  # leaving the mode saves what was typed
        self._show_mode()
        if on:
            self.editor.focus_title()

    def _show_mode(self) -> None:
        """Fields look as they are: editable only in the secretary's editing mode."""
        if not self.may_edit:
            self._set_toggle(False)
        editing = self.editing()
        self.edit_toggle.setVisible(self.may_edit)
        self.edit_toggle.setEnabled(self.may_edit and not self.frozen)
        if not self.may_edit:
            note = self.tr("The meeting is the secretary's; you can read and write notes")
        elif self.frozen:
            note = self.tr("The minutes are approved: the agenda can no longer be changed")
        elif editing:
            note = self.tr("Editing the agenda: every change is saved and can be undone (Ctrl+Z)")
        else:
            note = self.tr("Switch on «Edit agenda» (Ctrl+E) to change the agenda")
        self.mode_note.setText(note)
        published = self.meeting.agenda_published
        self.publish_button.setEnabled(editing and not published)
        self.publish_button.setText(self.tr("Agenda published") if published else self.tr("&Publish agenda"))
        for widget in (
            self.add_button,
            self.standard_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.place,
            self.chair,
            self.invitees_button,
        ):
            widget.setEnabled(editing)
        set_read_only((self.date, self.start, self.end), not editing)
        for field in (self.start, self.end):
            field.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows if editing else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        self.agenda_list.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove if editing else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.editor.set_editable(editing)

    def _item_text(self, case: AgendaCase) -> str:
        text = agenda_label(case)
        types = ", ".join(CASE_TYPE.label(t, self.lang) for t in case.types)
        extra = [types] if types else []
        if case.minutes_allotted:
            extra.append(fill(self.tr("{minutes} min"), minutes=case.minutes_allotted))
        if case.withdrawn:
            extra.append(CASE_STATE.label("withdrawn", self.lang).upper())
        text += f"\n    {' · '.join(extra)}" if extra else ""
        if case.standard_item == "action_points":
            text += "".join(
                f"\n    • {self._point_text(p)}" for p in action_points.open_to_review(self.store, self.meeting_id)
            )
        return text

    def _point_text(self, point: dict) -> str:
        """An open action point as it is listed under «Status aksjonspunkter»."""
        details = [d for d in (point["responsible"], format_date(point["due"], self.lang)) if d]
        return point["text"] + (f" ({', '.join(details)})" if details else "")

    def _fill_log(self, published: bool) -> None:
        self.log_list.clear()
        for change in agenda.agenda_changes(self.store, self.meeting_id, self.lang):
            stamp = f"{format_date(change['at'][:10], self.lang)} {change['at'][11:16]}"
            self.log_list.addItem(f"{stamp}  {change['change']}")
        self.log_label.setVisible(published)
        self.log_list.setVisible(published)

    def _selected(self, item: QListWidgetItem | None, _previous) -> None:
        if self._loading:
            return
        case_id = item.data(ID_ROLE) if item else None
        if case_id != self.editor.case_id:
            self.editor.load(case_id)

    def current_case(self) -> str | None:
        item = self.agenda_list.currentItem()
        return item.data(ID_ROLE) if item else None

    # -- actions --------------------------------------------------------------------------------
    def _guard(self, work, select: str | None = None, undoable: bool = False) -> object:
        """Run a service call; show its refusal as a message, then reload what changed. Outside
        the editing mode (or in a member's copy) nothing is called. An `undoable` call's changes
        to the agenda go to the undo stack."""
        if not self.editing():
            return None
        self.editor.flush()
        try:
            if undoable:
                case = select or self.current_case()
                result, edit = agenda_edits.recorded_on_agenda(self.store, self.meeting_id, case, work)
                if not edit.empty:
                    self.edited.emit(edit, self.tr("Change the agenda"))
            else:
                result = work()
        except (AgendaError, MinutesError) as error:
            QMessageBox.warning(self, self.tr("Agenda"), user_message(error))
            result = None
        self.load(self.meeting_id, select=select or (result if isinstance(result, str) else None))
        return result

    def add_case(self) -> None:
        ident = self._guard(lambda: agenda.add_case(self.store, self.meeting_id, self.tr("New case")), undoable=True)
        if ident:
            self.editor.focus_title()
            self.editor.title.selectAll()  # typing replaces «New case»

    def remove_case(self) -> None:
        case_id = self.current_case()
        if case_id:
            self._guard(lambda: agenda.remove_case(self.store, case_id), select=case_id, undoable=True)

    def move(self, step: int) -> None:
        case_id = self.current_case()
        if case_id:
            self._guard(lambda: agenda.move_case(self.store, case_id, step), select=case_id, undoable=True)
            self.agenda_list.setFocus()

    def publish(self) -> None:
        """Publishing is sent out with the next bundle and cannot be undone: say what follows, and
        publish only when the secretary says yes."""
        question = self.tr(
            "Case numbers are issued in agenda order, and the members get the agenda in the next meeting "
            "bundle you export. Every change to the agenda after this is logged as a change to the "
            "published agenda.\n\nPublish the agenda now?"
        )
        if not confirm(self, self.tr("Publish the agenda?"), question):
            return
        issued = self._guard(lambda: agenda.publish_agenda(self.store, self.meeting_id))
        if issued:
            numbers = [number for _case, number in issued]
            QMessageBox.information(
                self,
                self.tr("Agenda published"),
                fill(self.tr("The agenda is published. Case numbers issued: {numbers}"), numbers=", ".join(numbers)),
            )
            self.published.emit()

    def _save_date(self) -> None:
        try:
            day = self.date.iso()
        except ValueError:
            message = fill(self.tr("«{typed}» is not a date: type it as 19.01.2022."), typed=self.date.text())
            QMessageBox.warning(self, self.tr("Meeting"), message)
            return
        self._save_fact("date", day)

    def _save_fact(self, key: str, value: object) -> None:
        if self._loading or not self.meeting_id or not self.editing():
            return
        try:
            edit = agenda_edits.recorded_meeting(
                self.store, self.meeting_id, lambda: update_meeting(self.store, self.meeting_id, **{key: value})
            )
            if not edit.empty:
                self.edited.emit(edit, self.tr("Change the meeting"))
        except (AgendaError, MinutesError) as error:
            QMessageBox.warning(self, self.tr("Meeting"), user_message(error))
        self._fill_log(self.meeting.agenda_published)

    def _case_changed(self, case_id: str) -> None:
        for row in range(self.agenda_list.count()):
            item = self.agenda_list.item(row)
            if item.data(ID_ROLE) == case_id:
                case = next(c for c in load_meeting(self.store, self.meeting_id).agenda if c.id == case_id)
                item.setText(self._item_text(case))
        self._fill_log(self.meeting.agenda_published)

    def _edit_invitees(self) -> None:
        if not self.editing():
            return
        from boarddesk.gui.meeting.dialogs import InviteesDialog

        edit = agenda_edits.recorded_dialog(
            self.store, self.meeting_id, InviteesDialog(self.store, self.meeting_id, self).exec
        )
        if not edit.empty:
            self.edited.emit(edit, self.tr("Change the invitees"))

    def flush(self) -> None:
        self.editor.flush()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.flush()
        super().hideEvent(event)
