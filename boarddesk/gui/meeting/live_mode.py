"""Live meeting mode: built for typing while people talk. Attendance on the left, the current
case on the right; every keystroke is saved within a second or two, and the current case is
remembered, so a crash or a closed laptop returns the secretary to where she was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.attendance_grid import AttendanceGrid
from boarddesk.gui.meeting.common import (
    ID_ROLE,
    Debouncer,
    action_status_box,
    agenda_label,
    confirm,
    side_by_side,
)
from boarddesk.gui.service_text import user_message
from boarddesk.gui.shell.forms import load_form
from boarddesk.model.formatting import format_date, parse_date
from boarddesk.model.records import AgendaCase, Member
from boarddesk.model.vocabulary import CASE_TYPE, ends_in_conclusion, only_noted
from boarddesk.services.boards.identity import may_edit_meetings
from boarddesk.services.boards.lookup import board_members
from boarddesk.services.meetings import action_points, live_meeting
from boarddesk.services.meetings.live_meeting import LiveVersions, NeedsConfirmation, TooManyVotes, Vote
from boarddesk.services.meetings.minutes import MinutesError, minutes_status
from boarddesk.services.meetings.reading import load_meeting
from boarddesk.store import Store
from boarddesk.store.versions import ABSENT, ChangedElsewhere


class LiveMeeting(QWidget):
    """The live mode of one meeting. `load(meeting_id)` fills it; `flush()` saves what is typed."""

    saved = Signal(str)  # a status line for the user: «Saved 13:04:12»
    closed = Signal()

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.meeting_id: str | None = None
        self.case_id: str | None = None
        self.cases: list[dict] = []
        self.members: list[Member] = []
        self.current: AgendaCase | None = None
        self.frozen = False
        self.members_copy = False
        self.versions = LiveVersions(
            ABSENT, ABSENT
        )  # of the case shown, as read: a write made elsewhere is not overwritten
        self._loading = False
        self._case_note = ""  # the status line's word about the case shown; gone with the case
        self.autosave = Debouncer(self.save_case, self)
        self._build()
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        QApplication.instance().aboutToQuit.connect(self.flush)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Agenda"), left))
        self.agenda_list = QListWidget(left)
        self.agenda_list.setAccessibleName(self.tr("Agenda; the current case is selected"))
        self.agenda_list.setWordWrap(True)
        left_layout.addWidget(self.agenda_list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Attendance"), left))
        row.addStretch(1)
        self.all_present_button = QPushButton(self.tr("All &present"), left)
        row.addWidget(self.all_present_button)
        left_layout.addLayout(row)
        self.attendance_table = AttendanceGrid(self.store, self.lang, left)
        left_layout.addWidget(self.attendance_table, 3)

        self.form = load_form("live_case", self)
        self.heading: QLabel = self.form.findChild(QLabel, "caseHeading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.clock_label: QLabel = self.form.findChild(QLabel, "clockLabel")
        self.clock_label.setStyleSheet("font-size: 13pt; font-family: monospace; padding: 0 8px")
        self.info: QLabel = self.form.findChild(QLabel, "caseInfo")
        self.notes: QPlainTextEdit = self.form.findChild(QPlainTextEdit, "notesEdit")
        self.decision: QPlainTextEdit = self.form.findChild(QPlainTextEdit, "decisionEdit")
        self.decision_label: QLabel = self.form.findChild(QLabel, "decisionLabel")
        self.proposal_button: QPushButton = self.form.findChild(QPushButton, "proposalButton")
        # One line beside its two buttons: its texts are short enough for half a laptop's screen.
        self.decision_label.setWordWrap(False)
        self.unanimous: QRadioButton = self.form.findChild(QRadioButton, "unanimousRadio")
        self.counted: QRadioButton = self.form.findChild(QRadioButton, "countedRadio")
        self.votes = [self.form.findChild(QSpinBox, name) for name in ("forSpin", "againstSpin", "blankSpin")]
        vote_row = self.form.findChild(QHBoxLayout, "voteRow")
        self.vote_widgets = [
            vote_row.itemAt(i).widget() for i in range(vote_row.count()) if vote_row.itemAt(i).widget()
        ]
        self.dissent: QPlainTextEdit = self.form.findChild(QPlainTextEdit, "dissentEdit")
        self.disqualified_button: QToolButton = self.form.findChild(QToolButton, "disqualifiedButton")
        self.disqualified_menu = QMenu(self.disqualified_button)
        self.disqualified_button.setMenu(self.disqualified_menu)
        self.action_table: QTableWidget = self.form.findChild(QTableWidget, "actionTable")
        self.action_text: QLineEdit = self.form.findChild(QLineEdit, "actionTextEdit")
        self.action_who: QLineEdit = self.form.findChild(QLineEdit, "actionWhoEdit")
        self.action_due: QLineEdit = self.form.findChild(QLineEdit, "actionDueEdit")
        self.add_action_button: QPushButton = self.form.findChild(QPushButton, "addActionButton")
        self.adopt_button = QPushButton(self.tr("&Adopted as proposed"), self.form)
        self.adopt_button.setToolTip(self.tr("Record the proposal as the decision, unanimous (Ctrl+Enter)"))
        self.form.findChild(QHBoxLayout, "decisionHeadingRow").addWidget(self.adopt_button)
        self._build_remark_row()
        self.frozen_label = QLabel("", self)
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("background: #fff3e0; padding: 4px")
        self.frozen_label.hide()
        self.previous_button: QPushButton = self.form.findChild(QPushButton, "previousButton")
        self.next_button: QPushButton = self.form.findChild(QPushButton, "nextButton")
        self._build_review_table()
        self.action_table.setColumnCount(3)
        self.action_table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Due")])
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_table.verticalHeader().hide()
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        bottom = QHBoxLayout()
        self.save_label = QLabel("", self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        bottom.addWidget(self.save_label, 1)
        self.close_button = QPushButton(self.tr("&Close the meeting…"), self)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frozen_label)
        layout.addWidget(side_by_side(self, left, self.form, [490, 510]), 1)
        layout.addLayout(bottom)
        self._connect()

    def _build_remark_row(self) -> None:
        """Under the dissent: a protocol remark (protokolltilførsel), a member's statement for the minutes."""
        row = QHBoxLayout()
        label = QLabel(self.tr("Protocol &remark"), self.form)
        self.protocol_remark = QPlainTextEdit(self.form)
        self.protocol_remark.setAccessibleName(self.tr("Protocol remark"))
        self.protocol_remark.setPlaceholderText(self.tr("A member's statement to be entered in the minutes, and whose"))
        self.protocol_remark.setTabChangesFocus(True)
        self.protocol_remark.setMaximumHeight(52)
        for edit in (self.notes, self.decision, self.dissent, self.protocol_remark):
            edit.setMinimumHeight(36)  # two lines at least; the pane must still fit a small window
        label.setBuddy(self.protocol_remark)
        row.addWidget(label)
        row.addWidget(self.protocol_remark, 1)
        layout = self.form.layout()
        layout.insertLayout(layout.indexOf(self.form.findChild(QLabel, "actionsLabel")), row)

    def _build_review_table(self) -> None:
        """Under «Status aksjonspunkter»: the open points of earlier meetings, to be followed up."""
        self.review_label = QLabel(self.tr("Open action points from earlier meetings"), self.form)
        self.review_table = QTableWidget(0, 5, self.form)
        self.review_table.setAccessibleName(self.tr("Open action points from earlier meetings"))
        self.review_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Given at"), self.tr("Status")]
        )
        self.review_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.review_table.verticalHeader().hide()
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = self.form.layout()
        index = layout.indexOf(self.form.findChild(QLabel, "notesLabel"))
        layout.insertWidget(index, self.review_label)
        layout.insertWidget(index + 1, self.review_table)

    def _connect(self) -> None:
        self.agenda_list.currentItemChanged.connect(self._agenda_moved)
        for edit in (self.notes, self.decision, self.dissent, self.protocol_remark):
            edit.textChanged.connect(self._typed)
        for spin in self.votes:
            spin.valueChanged.connect(self._vote_counted)
        self.unanimous.toggled.connect(self._typed)
        self.proposal_button.clicked.connect(self._start_from_proposal)
        self.decision.textChanged.connect(self._offer_adopt)
        self.adopt_button.clicked.connect(self.adopt_as_proposed)
        self.add_action_button.clicked.connect(self.add_action_point)
        for edit in (self.action_text, self.action_who, self.action_due):
            edit.returnPressed.connect(self.add_action_point)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.all_present_button.clicked.connect(self.attendance_table.all_present)
        self.attendance_table.saved.connect(self._attendance_saved)
        self.close_button.clicked.connect(self.close_meeting)
        for keys, step in ((QKeySequence("Ctrl+PgDown"), 1), (QKeySequence("Ctrl+PgUp"), -1)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter on the main keys and on the keypad
            adopt = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            adopt.activated.connect(self.adopt_as_proposed)

    # -- loading ------------------------------------------------------------------------------
    def load(self, meeting_id: str) -> None:
        self.flush()
        self.meeting_id = meeting_id
        view = load_meeting(self.store, meeting_id)
        self.cases = [case for case in view.agenda if not case.withdrawn]
        self.members = board_members(self.store, view.board.id)
        # Frozen: approved or locked minutes, or a member's copy (only the secretary records a meeting).
        self.members_copy = not may_edit_meetings(self.store, view.board.id)
        self.frozen = self.members_copy or minutes_status(self.store, meeting_id) in ("approved", "locked")
        self.closed_already = live_meeting.is_closed(self.store, meeting_id)
        self._loading = True
        self.agenda_list.clear()
        for case in self.cases:
            item = QListWidgetItem(agenda_label(case))
            item.setData(ID_ROLE, case.id)
            self.agenda_list.addItem(item)
        self._loading = False
        self.attendance_table.load(
            meeting_id,
            self.members,
            [(c.number or c.title, c.id) for c in self.cases],
        )
        self.form.setEnabled(not self.frozen)
        self._show_frozen()
        self.attendance_table.setEnabled(not self.frozen)
        self.all_present_button.setEnabled(not self.frozen)
        self.close_button.setEnabled(not self.frozen and not self.closed_already)
        self.select_case(self._case_to_show(view.agenda))
        if self.isVisible():
            self._clock.start()

    def _case_to_show(self, agenda: list) -> str | None:
        """The case the meeting is at. One withdrawn meanwhile gives way to the case after it (or
        before it, when it was the last), not to the first: the meeting goes on from there."""
        remembered = live_meeting.current_case(self.store, self.meeting_id)
        ids = [case.id for case in self.cases]
        if remembered in ids or not ids:
            return remembered if remembered in ids else None
        order = [case.id for case in agenda]
        if remembered not in order:
            return ids[0]
        at = order.index(remembered)
        after = [case for case in order[at + 1 :] if case in ids]
        before = [case for case in order[:at] if case in ids]
        return after[0] if after else before[-1]

    def _show_frozen(self) -> None:
        """Approved or locked minutes are not typed into: the fields say so by being read-only,
        and a line above them says why."""
        for edit in (self.notes, self.decision, self.dissent, self.protocol_remark):
            edit.setReadOnly(self.frozen)
        status = minutes_status(self.store, self.meeting_id)
        why = {
            "approved": self.tr(
                "The minutes are approved: nothing here can be changed. Add a correction as an "
                "amendment under «Minutes»."
            ),
            "locked": self.tr(
                "The minutes are approved and locked: nothing here can be changed. Add a "
                "correction as an amendment under «Minutes»."
            ),
        }.get(status, "")
        if self.members_copy:
            why = self.tr("The meeting is the secretary's: you can read it and write notes, not record it.")
        self.frozen_label.setText(why)
        self.frozen_label.setVisible(self.frozen)

    def select_case(self, case_id: str | None) -> None:
        for row in range(self.agenda_list.count()):
            if self.agenda_list.item(row).data(ID_ROLE) == case_id:
                self.agenda_list.setCurrentRow(row)
                return
        self._show_case(None)

    def _agenda_moved(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        self.flush()
        case_id = current.data(ID_ROLE) if current else None
        # Only a move to another case moves the clocks: coming back to the case the meeting is at does not.
        if case_id and not self.frozen and case_id != live_meeting.current_case(self.store, self.meeting_id):
            live_meeting.go_to_case(self.store, self.meeting_id, case_id)
        self._show_case(case_id)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (−1) case: Ctrl+PgDown and Ctrl+PgUp."""
        row = self.agenda_list.currentRow() + delta
        if 0 <= row < self.agenda_list.count():
            self.agenda_list.setCurrentRow(row)

    def _show_case(self, case_id: str | None) -> None:
        if case_id != self.case_id and self._case_note and self.save_label.text() == self._case_note:
            self.save_label.clear()  # it spoke of the case left
        self._loading = True
        self.case_id = case_id
        try:
            if case_id is None:
                self.current = None
                self.heading.setText(self.tr("No case on the agenda"))
                for edit in (self.notes, self.decision):
                    edit.setPlainText("")
                return
            live = live_meeting.live_case(self.store, case_id)
            self.versions = live.versions
            case = live.case
            self.current = case
            self.heading.setText(agenda_label(case))
            types = ", ".join(CASE_TYPE.label(kind, self.lang) for kind in case.types)
            info = [types] if types else []
            if case.presenter:
                info.append(fill(self.tr("Presenter: {name}"), name=case.presenter))
            if case.proposed_decision:
                info.append(fill(self.tr("Proposed decision: {text}"), text=case.proposed_decision))
            self.info.setText("  ·  ".join(info))
            counted = live.decision is not None and live.decision.unanimous is False
            for widget in self.vote_widgets:  # a conclusion is not voted on (unless a count was recorded)
                widget.setVisible(counted or not ends_in_conclusion(self.types))
            self.notes.setPlainText(case.discussion or "")
            decision = live.decision
            self.decision.setPlainText(decision.text if decision else (case.proposed_decision or ""))
            for edit in (self.notes, self.decision):
                edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on where the text ends
            self._decision_saved(decision is not None)
            self.unanimous.setChecked(not counted)
            self.counted.setChecked(counted)
            counts = (decision.votes_for, decision.votes_against, decision.votes_blank) if decision else (0, 0, 0)
            for spin, count in zip(self.votes, counts, strict=True):
                spin.setValue(count or 0)
            self.dissent.setPlainText(decision.dissent or "" if decision else "")
            self.protocol_remark.setPlainText(decision.protocol_remark or "" if decision else "")
            self._fill_disqualified_menu(live.disqualified)
            self._fill_actions()
            reviewing = case.standard_item == "action_points"
            self.review_label.setVisible(reviewing)
            self.review_table.setVisible(reviewing)
            if reviewing:
                self._fill_review()
            self._tick()
        finally:
            self._offer_adopt()
            self._loading = False

    @property
    def types(self) -> tuple[str, ...]:
        """The types of the case shown, from its parts."""
        return self.current.types if self.current else ()

    def _proposal(self) -> str:
        """The proposed decision of the case on screen, or nothing."""
        return (self.current.proposed_decision if self.current else None) or ""

    def _noted_only(self) -> bool:
        return only_noted(self.types)

    def _offer_adopt(self) -> None:
        """The one-key button says what it records: the proposal, «Tatt til orientering», or, with
        no proposal, what is typed (and is off while nothing is). Restarting from the proposal
        needs one."""
        proposal = bool(self._proposal().strip())
        self.proposal_button.setEnabled(proposal)
        if proposal:
            text, tip = (
                self.tr("&Adopted as proposed"),
                self.tr("Record the proposal as the decision, unanimous (Ctrl+Enter)"),
            )
        elif self._noted_only():
            text, tip = (
                self.tr("&Noted"),
                self.tr("Record what is typed, or that the case was noted, as the conclusion (Ctrl+Enter)"),
            )
        elif ends_in_conclusion(self.types):
            text, tip = (
                self.tr("&Record the conclusion"),
                self.tr("Record what is typed as the conclusion (Ctrl+Enter)"),
            )
        else:
            text, tip = (
                self.tr("&Record the decision"),
                self.tr("Record what is typed as the decision, unanimous (Ctrl+Enter)"),
            )
        self.adopt_button.setText(text)
        self.adopt_button.setToolTip(tip)
        typed = bool(self.decision.toPlainText().strip())
        self.adopt_button.setEnabled(self.case_id is not None and (proposal or typed or self._noted_only()))

    def _say_about_case(self, text: str) -> None:
        """A status line about the case shown: cleared when another case is shown."""
        self._case_note = text
        self.save_label.setText(text)

    def _decision_saved(self, saved: bool) -> None:
        if ends_in_conclusion(self.types):  # information and discussion end in a conclusion
            text = self.tr("&Conclusion (recorded)") if saved else self.tr("&Conclusion (not recorded)")
        else:  # short: it shares its line with two buttons in half a laptop's screen
            text = self.tr("&Decision (recorded)") if saved else self.tr("&Decision (not recorded)")
        self.decision_label.setText(text)

    def _fill_disqualified_menu(self, disqualified: list[live_meeting.Who]) -> None:
        """Those with a vote at the case shown (members present, deputies and guests standing in),
        and any already recorded as disqualified, ticked."""
        for action in self.disqualified_menu.actions():  # later: this may run from one's own toggle
            self.disqualified_menu.removeAction(action)
            action.deleteLater()
        offered = [(voter.key, voter.name) for voter in live_meeting.voters_at(self.store, self.case_id)]
        keys = {key for key, _name in offered}
        # A guest is recorded by name; a member by id, named as the board lists them.
        names = {("member", member.id): member.name for member in self.members}
        offered += [(key, names.get(key, key[1])) for key in disqualified if key not in keys]
        for key, name in offered:
            action = QAction(name, self.disqualified_menu, checkable=True)
            action.setData(key)
            action.setChecked(key in disqualified)
            action.toggled.connect(self._disqualified_changed)
            self.disqualified_menu.addAction(action)
        self._update_disqualified_text()

    def _attendance_saved(self) -> None:
        """Who may vote changed: the «Disqualified» menu offers those there now."""
        if self.case_id is not None:
            self._fill_disqualified_menu(live_meeting.live_case(self.store, self.case_id).disqualified)
        self._note_saved()

    def _disqualified_changed(self) -> None:
        self._update_disqualified_text()
        if self._loading or not self.case_id:
            return
        chosen = [a.data() for a in self.disqualified_menu.actions() if a.isChecked()]
        self.flush()
        try:
            self.versions = live_meeting.set_disqualified(
                self.store, self.case_id, chosen, expected_version=self.versions.decision
            )
        except ChangedElsewhere as error:
            self._changed_elsewhere(error)
            return
        except live_meeting.MeetingError as error:  # a guest no longer at the meeting (cleared elsewhere)
            QMessageBox.warning(self, self.tr("Not saved"), user_message(error))
            self._fill_disqualified_menu(live_meeting.live_case(self.store, self.case_id).disqualified)
            return
        self._decision_saved(True)
        self._note_saved()

    def _update_disqualified_text(self) -> None:
        names = [a.text() for a in self.disqualified_menu.actions() if a.isChecked()]
        self.disqualified_button.setText(
            fill(self.tr("Disqualified: {names}"), names=", ".join(names) if names else self.tr("none"))
        )

    # -- typing and saving ------------------------------------------------------------------------
    def _typed(self, *_args) -> None:
        if self._loading or self.case_id is None:
            return
        self.autosave.poke()
        self.save_label.setText(self.tr("Saving…"))

    def _vote_counted(self, *_args) -> None:
        if not self._loading:
            self.counted.setChecked(True)
        self._typed()

    def _start_from_proposal(self) -> None:
        self.decision.setPlainText(self._proposal())
        self.autosave.poke()

    def save_case(self) -> None:
        """Write what is on screen for the current case (called by the debounce, and on leaving).
        When the case or its decision changed elsewhere since it was shown, nothing is written:
        the user is told, what they typed goes to the clipboard, and the stored case is shown."""
        if self.case_id is None or self.frozen:
            return
        stored = self.versions.decision != ABSENT
        text = self.decision.toPlainText()
        vote = Vote(
            self.unanimous.isChecked(),
            *(spin.value() if self.counted.isChecked() else None for spin in self.votes),
            self.dissent.toPlainText().strip() or None,
            self.protocol_remark.toPlainText().strip() or None,
        )
        decided = stored or text != self._proposal() or not vote.unanimous or vote.dissent or vote.protocol_remark
        try:
            self.versions = live_meeting.save_case(
                self.store, self.case_id, self.notes.toPlainText(), (text, vote) if decided else None, self.versions
            )
        except ChangedElsewhere as error:
            self._changed_elsewhere(error)
            return
        except TooManyVotes as error:
            self._too_many_votes(error)
            return
        if decided:
            self._decision_saved(True)
        self._note_saved()

    def adopt_as_proposed(self) -> None:
        """One key for the usual case: the proposal recorded as the decision, unanimous, at once.
        With no proposal, what is typed is recorded (for an information case with nothing typed,
        «Tatt til orientering»); with nothing at all, nothing is, and the status line says why.
        Typed wording, a dissent or a counted vote it would replace is asked about first, and the
        fields are replaced so that Ctrl+Z brings the typing back."""
        if self.case_id is None or self.frozen:
            return
        self.flush()  # what was typed so far first
        typed = self.decision.toPlainText()
        text = self._proposal()
        if not text.strip():
            text = typed if typed.strip() else (live_meeting.NOTED if self._noted_only() else "")
        if not text.strip():
            self._say_about_case(
                self.tr("Nothing recorded: this case has no proposed decision. Type the decision first.")
            )
            self.decision.setFocus()
            return
        if not self._may_replace(typed if typed.strip() and typed != text else ""):
            self._say_about_case(self.tr("Nothing recorded: what you typed is kept."))
            return
        self._loading = True  # what follows is one record, not typing
        try:
            for edit, words in ((self.decision, text), (self.dissent, "")):  # unanimous: no one dissents
                if edit.toPlainText() != words:
                    replace_undoably(edit, words)
            self.unanimous.setChecked(True)
            for spin in self.votes:
                spin.setValue(0)
        finally:
            self._loading = False
        try:
            self.versions = live_meeting.save_case(
                self.store,
                self.case_id,
                self.notes.toPlainText(),
                (text, Vote(protocol_remark=self.protocol_remark.toPlainText().strip() or None)),
                self.versions,
            )
        except ChangedElsewhere as error:
            self._changed_elsewhere(error)
            return
        self._decision_saved(True)
        self._note_saved()

    def _may_replace(self, wording: str) -> bool:
        """Ask before «Adopted as proposed» replaces typed wording, a dissent or a counted vote."""
        lost = []
        if wording:
            lost.append(fill(self.tr("The decision as typed: «{text}»"), text=wording))
        dissent = self.dissent.toPlainText().strip()
        if dissent:
            lost.append(fill(self.tr("The dissent: «{text}»"), text=dissent))
        if self.counted.isChecked() and any(spin.value() for spin in self.votes):
            lost.append(self.tr("The counted vote"))
        if not lost:
            return True
        question = "\n".join(
            [self.tr("Record the decision as proposed and unanimous? This replaces:"), *lost]
            + [self.tr("Ctrl+Z in the field brings the text back.")]
        )
        return confirm(self, self.tr("Adopted as proposed"), question)

    def _too_many_votes(self, error: TooManyVotes) -> None:
        self._say_about_case(self.tr("Not saved: too many votes"))
        text = fill(
            self.tr(
                "{counted} votes are counted, but only {voters} may vote on this case: {present} present, "
                "{disqualified} disqualified. Correct the count; nothing of the vote is saved until it fits."
            ),
            counted=error.counted,
            voters=error.present - error.disqualified,
            present=error.present,
            disqualified=error.disqualified,
        )
        QMessageBox.warning(self, self.tr("Too many votes"), text)

    def _changed_elsewhere(self, error: ChangedElsewhere) -> None:
        typed = "\n\n".join(part for part in (self.notes.toPlainText(), self.decision.toPlainText()) if part.strip())
        what = self.tr("The decision") if error.what == "The decision" else self.tr("The case")
        tell_changed_elsewhere(self, error, what, typed)
        self._say_about_case(self.tr("Not saved: changed elsewhere"))
        self._show_case(self.case_id)

    def flush(self) -> None:
        try:
            self.autosave.flush()
        except MinutesError as error:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(error))

    def _note_saved(self) -> None:
        from datetime import datetime

        self.save_label.setText(fill(self.tr("All changes saved {time}"), time=datetime.now().strftime("%H:%M:%S")))
        self.saved.emit(self.save_label.text())

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._clock.stop()  # the clock only runs while someone can see it
        self.flush()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.meeting_id:
            self._clock.start()
        if self.case_id and not self.autosave.pending:
            self._show_case(self.case_id)  # as it is now (edited on the agenda, say); hiding saved what was typed
        super().showEvent(event)

    # -- action points ----------------------------------------------------------------------------
    def _fill_actions(self) -> None:
        rows = action_points.of_case(self.store, self.case_id)
        self.action_table.setRowCount(len(rows))
        for row, point in enumerate(rows):
            for column, text in enumerate((point["text"], point["responsible"], format_date(point["due"], self.lang))):
                self.action_table.setItem(row, column, QTableWidgetItem(text or ""))

    def add_action_point(self) -> None:
        text = self.action_text.text().strip()
        if not text or self.case_id is None:
            self.action_text.setFocus()
            return
        try:
            typed = parse_date(self.action_due.text())
            due = typed.isoformat() if typed else None
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Due date"), self.tr("Write the due date as dd.mm.yyyy, e.g. 10.01.2022.")
            )
            self.action_due.setFocus()
            return
        action_points.add_action_point(
            self.store, self.meeting_id, text, responsible=self.action_who.text().strip(), due=due, case_id=self.case_id
        )
        for edit in (self.action_text, self.action_who, self.action_due):
            edit.clear()
        self.action_text.setFocus()
        self._fill_actions()
        self._note_saved()

    def _fill_review(self) -> None:
        rows = action_points.open_for_meeting(self.store, self.meeting_id)
        self.review_table.setRowCount(len(rows))
        for row, point in enumerate(rows):
            given = f"{point['meeting_number']}/{point['meeting_year']}" if point["meeting_number"] else ""
            values = (point["text"], point["responsible"], format_date(point["due"], self.lang), given)
            for column, text in enumerate(values):
                self.review_table.setItem(row, column, QTableWidgetItem(text or ""))
            box = action_status_box(
                point["status"],
                self.lang,
                fill(self.tr("Status of {action}"), action=point["text"]),
                lambda status, ident=point["id"]: self._follow_up(ident, status),
            )
            self.review_table.setCellWidget(row, 4, box)

    def _follow_up(self, action_point_id: str, status: str) -> None:
        action_points.follow_up(self.store, action_point_id, status)
        self._note_saved()

    # -- the clock and closing ------------------------------------------------------------------
    def _tick(self) -> None:
        if self.case_id is None:
            self.clock_label.setText("")
            return
        spent = live_meeting.seconds_spent(self.store, self.case_id)
        allotted = self.current.minutes_allotted if self.current else None
        text = f"{spent // 60:02d}:{spent % 60:02d}"
        over = bool(allotted) and spent > allotted * 60
        if allotted:
            text += f" / {allotted:02d}:00"
        self.clock_label.setText(text)
        self.clock_label.setStyleSheet(
            "font-size: 13pt; font-family: monospace; padding: 0 8px;"
            + (" color: #b00020; font-weight: bold" if over else "")
        )

    def close_meeting(self) -> bool:
        """Ending the meeting asks first: it says what follows and which cases have no decision
        or conclusion yet, and what is unusual (no chair, no one present)."""
        self.flush()
        lines = [
            self.tr(
                "When the meeting ends, the case clocks stop and the minutes go on as a draft "
                "for adjustment and approval. Notes and decisions can still be corrected until "
                "the minutes are approved."
            )
        ]
        undecided = live_meeting.undecided_cases(self.store, self.meeting_id)
        if undecided:
            lines.append(self.tr("These cases have no decision or conclusion:"))
            lines += ["  • " + agenda_label(case) for case in undecided]
        try:
            live_meeting.close_meeting(self.store, self.meeting_id, dry_run=True)
        except NeedsConfirmation as unusual:
            lines += [self._reason_text(reason) + "." for reason in unusual.reasons]
        lines.append(self.tr("End the meeting now?"))
        if not confirm(self, self.tr("End the meeting?"), "\n".join(lines)):
            return False
        live_meeting.close_meeting(self.store, self.meeting_id, confirm=True)
        if self.case_id:  # closing marks the cases decided: the case shown has a new version
            self.versions = live_meeting.versions_of_case(self.store, self.case_id)
        self._clock.stop()
        self.close_button.setEnabled(False)
        self._note_saved()
        self.closed.emit()
        return True

    def _reason_text(self, reason: str) -> str:
        return {
            "the meeting has no chair": self.tr("The meeting has no chair"),
            "no one is recorded as present": self.tr("No one is recorded as present"),
        }.get(reason, reason)


def replace_undoably(edit: QPlainTextEdit, text: str) -> None:
    """Replace the whole text as one edit the field's Ctrl+Z takes back (setPlainText forgets
    the undo history)."""
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    edit.setTextCursor(cursor)
