"""The meeting view: the secretary's workbench for one meeting, in three tabs — the agenda
builder, the live meeting and the minutes. It opens where the work stands: a meeting under way
reopens in live mode on the case it was at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from boarddesk.gui.i18n import fill
from boarddesk.gui.meeting.agenda_builder import AgendaBuilder
from boarddesk.gui.meeting.common import open_meeting
from boarddesk.gui.meeting.live_mode import LiveMeeting
from boarddesk.gui.meeting.minutes_panel import MinutesPanel
from boarddesk.gui.project.editing.undo_commands import EditCommand
from boarddesk.model.formatting import format_date
from boarddesk.services.meetings import agenda, live_meeting
from boarddesk.services.meetings.minutes import FROZEN, minutes_status
from boarddesk.services.meetings.reading import meeting_heading
from boarddesk.services.portfolio import changes
from boarddesk.services.portfolio.changes import Edit

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

AGENDA, LIVE, MINUTES = range(3)


class CaseEditCommand(EditCommand):
    """A case edit on the undo stack. Pushed while the secretary types: the form already shows
    it, so the first redo() leaves the view alone (a reload would move the cursor)."""

    def redo(self) -> None:
        if not self._done:
            self._apply(changes.redo)
            self._done = True
            self._note(undone=False)

    def undo(self) -> None:
        self._apply(changes.undo)
        self._done = False
        self._note(undone=True)

    def _note(self, undone: bool) -> None:
        """On a published agenda the change log says what was taken back; the view shows it."""
        if not self.isObsolete():
            agenda.note_undo(self.context.store, self.edit.owner_table, self.edit.project_id, undone)
        self.context.data_changed.emit()


class MeetingView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.store = context.store
        self.meeting_id: str | None = None
        self.setAccessibleName(self.tr("Meeting"))
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 11pt; font-weight: bold")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.builder = AgendaBuilder(self.store, context.lang, self)
        self.live = LiveMeeting(self.store, context.lang, self)
        self.minutes = MinutesPanel(self.store, context.lang, self)
        self.tabs.addTab(self.builder, self.tr("&Agenda"))
        self.tabs.addTab(self.live, self.tr("&Live meeting"))
        self.tabs.addTab(self.minutes, self.tr("Min&utes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        for number in (AGENDA, LIVE, MINUTES):  # Alt+1, Alt+2, Alt+3, as in the other views
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.builder.published.connect(self._published)
        self.builder.show_year.connect(self.show_cases_of_year)
        # Agenda edits go on the window's undo stack, as project edits do: Angre (Ctrl+Z) takes them back.
        self.builder.edited.connect(self._push_edit)
        self.live.closed.connect(self._refresh_heading)
        self.live.saved.connect(lambda text: self.context.show_status(text, 4000))
        self.minutes.changed.connect(self._refresh_heading)

    def _push_edit(self, edit: Edit, text: str) -> None:
        if not edit.empty:
            self.context.undo_stack.push(CaseEditCommand(self.context, edit, text))

    def show_item(self, ident: str) -> None:
        self.flush()
        self.meeting_id = ident
        self._refresh_heading()
        self.builder.load(ident)
        self.minutes.load(ident)
        published = meeting_heading(self.store, ident).agenda_published
        self.tabs.setTabEnabled(LIVE, published)
        under_way = (
            published and live_meeting.current_case(self.store, ident) and not live_meeting.is_closed(self.store, ident)
        )
        if minutes_status(self.store, ident) in FROZEN or live_meeting.is_closed(self.store, ident):
            start = MINUTES
        elif under_way:
            start = LIVE
        else:
            start = AGENDA
        if self.tabs.currentIndex() == start:
            self._tab_changed(start)
        else:
            self.tabs.setCurrentIndex(start)

    def _refresh_heading(self) -> None:
        meeting = meeting_heading(self.store, self.meeting_id)
        lang = self.context.lang
        when = format_date(meeting.date, lang) + (f" {meeting.start_time}" if meeting.start_time else "")
        status = {
            "draft": self.tr("minutes: draft"),
            "adjustment": self.tr("minutes: sent for adjustment"),
            "approved": self.tr("minutes: approved"),
            "locked": self.tr("minutes: approved and locked"),
        }[minutes_status(self.store, self.meeting_id)]
        if live_meeting.is_closed(self.store, self.meeting_id):
            status = self.tr("closed") + ", " + status
        chair = fill(self.tr("chair {chair}"), chair=meeting.chair_name) if meeting.chair_name else self.tr("no chair")
        parts = [
            fill(self.tr("Meeting {meeting}"), meeting=meeting.label()),
            meeting.board_name,
            when,
            meeting.place or "",
            chair,
            status,
        ]
        self.heading.setText("  ·  ".join(p for p in parts if p))

    def _tab_changed(self, index: int) -> None:
        if self.meeting_id is None:
            return
        self.builder.flush()
        if index == LIVE:
            self.live.load(self.meeting_id)
        elif index == MINUTES:
            self.live.flush()
            self.minutes.refresh()
        elif index == AGENDA:
            self.live.flush()
            self.builder.load(self.meeting_id)

    def _published(self) -> None:
        self.tabs.setTabEnabled(LIVE, True)
        self.minutes.refresh()

    def show_cases_of_year(self) -> None:
        from boarddesk.gui.meeting.registers import CasesOfYearDialog

        meeting = meeting_heading(self.store, self.meeting_id)
        CasesOfYearDialog(self.store, meeting.board_id, meeting.year, self.context.lang, self.open_meeting, self).exec()

    def open_meeting(self, meeting_id: str, case_id: str | None = None) -> None:
        open_meeting(self.context, meeting_id, case_id)

    def show_case(self, case_id: str) -> None:
        """The agenda tab with a case of this meeting selected (opened from a register's line)."""
        if self.tabs.currentIndex() != AGENDA:
            self.tabs.setCurrentIndex(AGENDA)
        self.builder.load(self.meeting_id, select=case_id)

    def flush(self) -> None:
        self.builder.flush()
        self.live.flush()

    def plain_text(self) -> str:
        """What the view shows, as text: the heading and the open tab's content."""
        lines = [self.heading.text()]
        index = self.tabs.currentIndex()
        if index == AGENDA:
            lines += [self.builder.agenda_list.item(r).text() for r in range(self.builder.agenda_list.count())]
            lines += [self.builder.log_list.item(r).text() for r in range(self.builder.log_list.count())]
        elif index == LIVE:
            lines += [self.live.heading.text(), self.live.notes.toPlainText(), self.live.decision.toPlainText()]
        else:
            lines.append(self.minutes.plain_text())
        return "\n".join(lines)
