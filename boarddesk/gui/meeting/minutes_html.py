"""The minutes as a page: header, present and absent, each case with discussion and decision,
action points, approval and amendments, rendered from the minutes record the printed minutes use
(services.meetings.meeting_record), with the same lines under each decision
(services.meetings.minutes_lines). Labels through tr(); the record's text as written."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from boarddesk.gui.i18n import fill
from boarddesk.model.formatting import format_date, format_moment
from boarddesk.model.records import AgendaCase, Attendance
from boarddesk.model.vocabulary import ATTENDANCE, CASE_STATE, ends_in_conclusion
from boarddesk.services.meetings.agenda_log import describe
from boarddesk.services.meetings.minutes_lines import VOTE_KEYS, MinutesLine, comings_and_goings, decision_lines
from boarddesk.services.meetings.reading import MeetingRecord, meeting_record
from boarddesk.store import Store

STYLE = """<style>
 body { font-size: 10pt; } h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: 12px; }
 .muted { color: #555; } .decision { background: #eef5ee; padding: 4px; }
 .amend { background: #fff3e0; padding: 4px; }
</style>"""


def _e(text: object) -> str:
    return escape(str(text)) if text not in (None, "") else ""


def _para(text: str | None) -> str:
    return "<br>".join(_e(line) for line in (text or "").splitlines())


class MinutesPage(QObject):
    def __init__(self, store: Store, lang: str) -> None:
        super().__init__()
        self.store, self.lang = store, lang

    def html(self, meeting_id: str) -> str:
        record = meeting_record(self.store, meeting_id)
        meeting, board, state = record.meeting, record.board, record.minutes
        label = meeting.label()
        title = fill(self.tr("Minutes of meeting {number}"), number=_e(label))
        out = [STYLE, f"<h1>{title}</h1>"]
        when = format_date(meeting.date, self.lang)
        if meeting.start_time:
            when += f" {meeting.start_time}–{meeting.end_time or ''}"
        out.append(f"<p>{_e(board.name)}<br>{when}, {_e(meeting.place)}<br>")
        chair, nobody = self.tr("Chair"), self.tr("(none)")
        out.append(f"{chair}: {_e(meeting.chair_name) or nobody}</p>")
        status = self.tr("Minutes status")
        out.append(f'<p class="muted">{status}: {self._status_text(record)}</p>')
        for key in ATTENDANCE.keys:
            people = [p for p in record.attendance if p.status == key]
            if people:
                out.append(f"<p><b>{_e(ATTENDANCE.label(key, self.lang))}:</b> ")
                out.append(", ".join(self._person(p) for p in people) + "</p>")
        for case in record.agenda:
            out += self._case(record, case)
        if state.cosigners:
            heading = self.tr("Adjustment")
            out.append(f"<h2>{heading}</h2><ul>")
            for signer in state.cosigners:
                role = self.tr("chair") if signer["is_chair"] else self.tr("co-signer")
                remark = f": {_e(signer['remark'])}" if signer["remark"] else ""
                out.append(f"<li>{_e(signer['name'])} ({role}){remark}</li>")
            out.append("</ul>")
        if record.amendments:
            heading = self.tr("Amendments after approval")
            out.append(f"<h2>{heading}</h2>")
            for amendment in record.amendments:
                out.append(
                    f'<p class="amend"><b>{format_date(amendment["date"], self.lang)}</b> – '
                    f"{_e(amendment['reason'])}<br>{_para(amendment['text'])}</p>"
                )
        if record.agenda_changes:
            heading = self.tr("Changes to the published agenda")
            out.append(f"<h2>{heading}</h2><ul>")
            for change in record.agenda_changes:
                out.append(
                    f"<li>{format_moment(change['at'], self.lang)}: {_e(describe(change['stored'], self.lang))}</li>"
                )
            out.append("</ul>")
        return "".join(out)

    def _case(self, record: MeetingRecord, case: AgendaCase) -> list[str]:
        """A case: its heading, who came or left at it, the discussion, the decision with its
        lines (the same lines as the printed minutes, services.meetings.minutes_lines) and the
        action points given in it."""
        number = f"{_e(case.number)} " if case.number else ""
        withdrawn = f" ({_e(CASE_STATE.label('withdrawn', self.lang))})" if case.withdrawn else ""
        out = [f"<h2>{number}{_e(case.title)}{withdrawn}</h2>"]
        arrivals = comings_and_goings(record.attendance, case.id)
        if arrivals:
            out.append('<p class="muted">' + "<br>".join(self._line(line) for line in arrivals) + "</p>")
        if case.discussion:
            out.append(f"<p>{_para(case.discussion)}</p>")
        decision = record.decisions.get(case.id)
        lines = decision_lines(decision) if decision else []
        # A decision row with no words yet (one made to hold who is disqualified) still shows its lines.
        if decision and (decision.text.strip() or any(line.key not in VOTE_KEYS for line in lines)):
            heading = self.tr("Conclusion") if ends_in_conclusion(case.types) else self.tr("Decision")
            words = f"{_para(decision.text)}<br>" if decision.text.strip() else ""
            out.append(f'<p class="decision"><b>{heading}:</b><br>{words}')
            out.append("<br>".join(self._line(line) for line in lines) + "</p>")
        points = record.action_points_of(case.id)
        if points:
            heading = self.tr("Action points")
            out.append(f"<p><b>{heading}:</b></p><ul>")
            for point in points:
                extra = ", ".join(x for x in (point["responsible"], format_date(point["due"], self.lang)) if x)
                out.append(f"<li>{_e(point['text'])}{' (' + _e(extra) + ')' if extra else ''}</li>")
            out.append("</ul>")
        return out

    def _line(self, line: MinutesLine) -> str:
        """A line of the minutes (services.meetings.minutes_lines) as the screen shows it."""
        if line.key == "unanimous":
            return "<i>" + self.tr("Unanimous.") + "</i>"
        if line.key == "votes":
            votes_for, against, blank = line.votes
            text = self.tr("Votes: {votes_for} for, {votes_against} against, {votes_blank} blank.")
            return "<i>" + fill(text, votes_for=votes_for, votes_against=against, votes_blank=blank) + "</i>"
        if line.key == "inferred":  # taken from a later paper, not recorded at this meeting
            return "<i>(" + self.tr("inferred from other papers, not from the minutes") + ")</i>"
        if line.key == "arrived":
            return fill(self.tr("{names} arrived."), names=_e(line.text))
        if line.key == "left":
            return fill(self.tr("{names} left the meeting."), names=_e(line.text))
        labels = {
            "dissent": self.tr("Dissent"),
            "protocol_remark": self.tr("Protocol remark"),
            "disqualified": self.tr("Disqualified"),
            "source_note": self.tr("Source note"),
        }
        text = f"{labels[line.key]}: {_para(line.text)}"
        return f"<small>{text}</small>" if line.key == "source_note" else text

    def _person(self, person: Attendance) -> str:
        text = _e(person.name)
        if person.deputy_for:
            text += " " + fill(self.tr("(deputy for {name})"), name=_e(person.deputy_for_name or ""))
        return text

    def _status_text(self, record: MeetingRecord) -> str:
        state = record.minutes
        approved = fill(self.tr("approved {date}"), date=format_date(state.approved_at, self.lang))
        if state.approved_by_meeting:
            approved += " " + fill(self.tr("by meeting {meeting}"), meeting=record.approved_by_label or "")
            if record.approved_in_case_number:
                approved += " " + fill(self.tr("in case {number}"), number=record.approved_in_case_number)
        texts = {
            "draft": self.tr("draft"),
            "adjustment": self.tr("sent for adjustment"),
            "approved": approved,
            "locked": approved + ", " + self.tr("locked"),
        }
        return _e(texts[state.status])
