"""Minutes approval: the minutes as they read, and the steps draft → adjustment → approved →
locked, each a button that asks only what that step needs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.common import DateField, confirm
from boarddesk.gui.meeting.dialogs import TextDialog, checked_ids, checklist, date_edit, text_edit
from boarddesk.gui.meeting.minutes_html import MinutesPage
from boarddesk.gui.service_text import user_message
from boarddesk.services.boards.identity import may_edit_meetings
from boarddesk.services.boards.lookup import board_of
from boarddesk.services.meetings import minutes
from boarddesk.services.meetings.live_meeting import is_closed
from boarddesk.services.meetings.minutes import MinutesError
from boarddesk.services.meetings.reading import agenda_entries, later_meetings, meeting_heading
from boarddesk.store import Store


class MinutesPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.meeting_id: str | None = None
        self.page = MinutesPage(store, lang)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Minutes"))
        buttons = QHBoxLayout()
        self.adjust_button = QPushButton(self.tr("Send for ad&justment…"), self)
        self.remark_button = QPushButton(self.tr("Record a remar&k…"), self)
        self.approve_button = QPushButton(self.tr("A&pprove…"), self)
        self.lock_button = QPushButton(self.tr("L&ock"), self)
        self.amend_button = QPushButton(self.tr("Add an amen&dment…"), self)
        for button in (
            self.adjust_button,
            self.remark_button,
            self.approve_button,
            self.lock_button,
            self.amend_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.adjust_button.clicked.connect(self.send_for_adjustment)
        self.remark_button.clicked.connect(self.record_remark)
        self.approve_button.clicked.connect(self.approve)
        self.lock_button.clicked.connect(self.lock)
        self.amend_button.clicked.connect(self.add_amendment)

    def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.page.html(self.meeting_id))
        self.browser.verticalScrollBar().setValue(scroll)
        status = minutes.minutes_status(self.store, self.meeting_id)
        closed = is_closed(self.store, self.meeting_id)
        secretary = may_edit_meetings(self.store, board_of(self.store, "meeting", self.meeting_id))
        self.adjust_button.setEnabled(secretary and closed and status in minutes.EDITABLE)
        self.remark_button.setEnabled(secretary and status == "adjustment")
        self.approve_button.setEnabled(secretary and closed and status in minutes.EDITABLE)
        self.lock_button.setEnabled(secretary and status == "approved")
        self.amend_button.setEnabled(secretary and status in minutes.FROZEN)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _do(self, work) -> bool:
        try:
            work()
        except MinutesError as error:
            QMessageBox.warning(self, self.tr("Minutes"), user_message(error))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _date_typed(self, field: DateField) -> bool:
        if field.date().isValid():
            return True
        text = fill(self.tr("«{typed}» is not a date. Write it as dd.mm.yyyy, e.g. 19.01.2022."), typed=field.text())
        QMessageBox.warning(self, self.tr("Minutes"), text)
        return False

    def lock(self) -> bool:
        """Locking is for good: say so, and lock only when the secretary says yes."""
        text = self.tr(
            "Locked minutes are final: no one can change them, and a correction can only be added "
            "as an amendment shown with them. Lock now?"
        )
        if not confirm(self, self.tr("Lock the minutes?"), text):
            return False
        return self._do(lambda: minutes.lock(self.store, self.meeting_id))

    def send_for_adjustment(self) -> None:
        chosen = {minutes.signer_of(s) for s in minutes.minutes_state(self.store, self.meeting_id).cosigners}
        candidates = minutes.cosigner_candidates(self.store, self.meeting_id)
        signers = checklist(candidates, chosen, self, self._candidate_label)
        dialog = TextDialog(self.tr("Send the minutes for adjustment"), [(self.tr("Co-signers"), signers)], self)
        chair = meeting_heading(self.store, self.meeting_id).chair_name
        if chair:
            said = fill(
                self.tr("The minutes go for adjustment to the chair, {chair}, and to the co-signers ticked below."),
                chair=chair,
            )
        else:
            said = self.tr("The minutes go for adjustment to the co-signers ticked below (the meeting has no chair).")
        body = QLabel(said, dialog)
        body.setWordWrap(True)
        dialog.layout().insertRow(0, body)
        if dialog.exec():
            self._do(lambda: minutes.send_for_adjustment(self.store, self.meeting_id, checked_ids(signers)))

    def _candidate_label(self, candidate: minutes.Candidate) -> str:
        """«Ole Johan Kvan, Helse Sør-Øst RHF»; a guest standing in says for whom, as the invitation
        does: «Hanne Varasen, Helse Vest (vara for Erik Hansen)»."""
        line = ", ".join(x for x in (candidate.name, candidate.organisation) if x)
        if not candidate.stands_in_for:
            return line
        return fill(self.tr("{person} (deputy for {member})"), person=line, member=candidate.stands_in_for)

    def record_remark(self) -> None:
        who = QComboBox()
        for signer in minutes.minutes_state(self.store, self.meeting_id).cosigners:
            who.addItem(signer["name"], minutes.signer_of(signer))
        remark = text_edit()
        dialog = TextDialog(
            self.tr("Remark on the minutes"), [(self.tr("&From"), who), (self.tr("&Remark"), remark)], self
        )
        if dialog.exec():
            self._do(
                lambda: minutes.record_remark(self.store, self.meeting_id, who.currentData(), remark.toPlainText())
            )

    def approve(self) -> None:
        """Approved when, and by which meeting and case (usually the next meeting's first case)."""
        by = QComboBox()
        by.addItem(self.tr("(not at a meeting)"), None)
        for later in later_meetings(self.store, self.meeting_id):
            by.addItem(f"{later.number}/{later.year}", later.id)
        by.setCurrentIndex(1 if by.count() > 1 else 0)
        case = QComboBox()

        def fill_cases() -> None:
            case.clear()
            case.addItem("", None)
            for entry in agenda_entries(self.store, by.currentData()):
                case.addItem(entry.title, entry.id)
                if entry.standard_item == "approval":
                    case.setCurrentIndex(case.count() - 1)

        by.currentIndexChanged.connect(fill_cases)
        fill_cases()
        on = date_edit()
        dialog = TextDialog(
            self.tr("Approve the minutes"),
            [(self.tr("Approved &on"), on), (self.tr("&By meeting"), by), (self.tr("In &case"), case)],
            self,
        )
        dialog.resize(dialog.width(), dialog.sizeHint().height())  # three lines: no empty space under them
        if dialog.exec() and self._date_typed(on):
            self._do(
                lambda: minutes.approve(
                    self.store,
                    self.meeting_id,
                    approved_on=on.date().toString(Qt.DateFormat.ISODate),
                    by_meeting=by.currentData(),
                    in_case=case.currentData(),
                )
            )

    def add_amendment(self) -> None:
        on, reason, text = date_edit(), text_edit(), text_edit()
        reason.setMaximumHeight(60)
        dialog = TextDialog(
            self.tr("Amendment to approved minutes"),
            [(self.tr("&Date"), on), (self.tr("&Reason"), reason), (self.tr("&Correction"), text)],
            self,
        )
        if dialog.exec() and self._date_typed(on):
            self._do(
                lambda: minutes.add_amendment(
                    self.store,
                    self.meeting_id,
                    reason.toPlainText(),
                    text.toPlainText(),
                    on=on.date().toString(Qt.DateFormat.ISODate),
                )
            )
