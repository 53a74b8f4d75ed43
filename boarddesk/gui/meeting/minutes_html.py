"""The minutes as a page: header, present and absent, each case with discussion and decision,
action points, approval and amendments, rendered from the minutes record the printed minutes use
(services.meetings.meeting_record). Labels through tr(); the record's text as written."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import ATTENDANCE, CASE_STATE
from boarddesk.services.meetings.agenda_log import describe
from boarddesk.services.meetings.live_meeting import ends_in_conclusion
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
        label = f"{meeting['number']}/{meeting['year']}" if meeting["number"] else ""
        out = [STYLE, f"<h1>{self.tr('Minutes of meeting %1').replace('%1', _e(label))}</h1>"]
        when = format_date(meeting["date"], self.lang)
        if meeting["start_time"]:
            when += f" {meeting['start_time']}–{meeting['end_time'] or ''}"
        out.append(f"<p>{_e(board['name'])}<br>{when}, {_e(meeting['place'])}<br>")
        out.append(f"{self.tr('Chair')}: {_e(meeting.get('chair_name')) or self.tr('(none)')}</p>")
        out.append(f'<p class="muted">{self.tr("Minutes status")}: {self._status_text(record)}</p>')
        for key in ATTENDANCE.keys:
            people = [p for p in record.attendance if p["status"] == key]
            if people:
                out.append(f"<p><b>{_e(ATTENDANCE.label(key, self.lang))}:</b> ")
                out.append(", ".join(self._person(p) for p in people) + "</p>")
        for case in record.agenda:
            number = f"{_e(case['number'])} " if case["number"] else ""
            withdrawn = f" ({_e(CASE_STATE.label('withdrawn', self.lang))})" if case["state"] == "withdrawn" else ""
            out.append(f"<h2>{number}{_e(case['title'])}{withdrawn}</h2>")
            if case["discussion"]:
                out.append(f"<p>{_para(case['discussion'])}</p>")
            decision = record.decisions.get(case["id"])
            if decision and decision["text"].strip():
                heading = self.tr("Conclusion") if ends_in_conclusion(case["types"]) else self.tr("Decision")
                out.append(f'<p class="decision"><b>{heading}:</b><br>{_para(decision["text"])}<br>')
                out.append(f"<i>{self._vote_text(decision)}</i>")
                if decision["dissent"]:
                    out.append(f"<br>{self.tr('Dissent')}: {_para(decision['dissent'])}")
                if decision.get("protocol_remark"):
                    out.append(f"<br>{self.tr('Protocol remark')}: {_para(decision['protocol_remark'])}")
                if decision["disqualified"]:
                    out.append(f"<br>{self.tr('Disqualified')}: {_e(', '.join(decision['disqualified']))}")
                if decision.get("inferred"):  # taken from a later paper, not recorded at this meeting
                    out.append(f"<br><i>({self.tr('inferred from other papers, not from the minutes')})</i>")
                if decision.get("source_note"):
                    out.append(f"<br><small>{self.tr('Source note')}: {_para(decision['source_note'])}</small>")
                out.append("</p>")
            points = record.action_points_of(case["id"])
            if points:
                out.append(f"<p><b>{self.tr('Action points')}:</b></p><ul>")
                for point in points:
                    extra = ", ".join(x for x in (point["responsible"], format_date(point["due"], self.lang)) if x)
                    out.append(f"<li>{_e(point['text'])}{' (' + _e(extra) + ')' if extra else ''}</li>")
                out.append("</ul>")
        if state.cosigners:
            out.append(f"<h2>{self.tr('Adjustment')}</h2><ul>")
            for signer in state.cosigners:
                role = self.tr("chair") if signer["is_chair"] else self.tr("co-signer")
                remark = f": {_e(signer['remark'])}" if signer["remark"] else ""
                out.append(f"<li>{_e(signer['name'])} ({role}){remark}</li>")
            out.append("</ul>")
        if record.amendments:
            out.append(f"<h2>{self.tr('Amendments after approval')}</h2>")
            for amendment in record.amendments:
                out.append(
                    f'<p class="amend"><b>{format_date(amendment["date"], self.lang)}</b> – '
                    f"{_e(amendment['reason'])}<br>{_para(amendment['text'])}</p>"
                )
        if record.agenda_changes:
            out.append(f"<h2>{self.tr('Changes to the published agenda')}</h2><ul>")
            for change in record.agenda_changes:
                out.append(
                    f"<li>{format_date(change['at'][:10], self.lang)} {change['at'][11:16]}: "
                    f"{_e(describe(change['stored'], self.lang))}</li>"
                )
            out.append("</ul>")
        return "".join(out)

    def _person(self, person: dict) -> str:
        text = _e(person["name"])
        if person["deputy_for"]:
            text += " " + self.tr("(deputy for %1)").replace("%1", _e(person["deputy_for_name"] or ""))
        return text

    def _vote_text(self, decision: dict) -> str:
        if decision["unanimous"] is None or decision["unanimous"]:
            return self.tr("Unanimous.")
        return (
            self.tr("Votes: %1 for, %2 against, %3 blank.")
            .replace("%1", str(decision["votes_for"] or 0))
            .replace("%2", str(decision["votes_against"] or 0))
            .replace("%3", str(decision["votes_blank"] or 0))
        )

    def _status_text(self, record: MeetingRecord) -> str:
        state = record.minutes
        approved = self.tr("approved %1").replace("%1", format_date(state.approved_at, self.lang))
        if state.approved_by_meeting:
            approved += " " + self.tr("by meeting %1").replace("%1", record.approved_by_label or "")
            if record.approved_in_case_number:
                approved += " " + self.tr("in case %1").replace("%1", record.approved_in_case_number)
        texts = {
            "draft": self.tr("draft"),
            "adjustment": self.tr("sent for adjustment"),
            "approved": approved,
            "locked": approved + ", " + self.tr("locked"),
        }
        return _e(texts[state.status])
