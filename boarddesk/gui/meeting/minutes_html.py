"""The minutes as a page: header, present and absent, each case with discussion and decision,
action points, approval and amendments. Labels through tr(); the record's text as written."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import ATTENDANCE, CASE_STATE
from boarddesk.services import action_points, agenda
from boarddesk.services.live_meeting import attendance_sheet, live_case
from boarddesk.services.meetings import load_meeting
from boarddesk.services.minutes import minutes_state
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
        view = load_meeting(self.store, meeting_id)
        meeting, board = view.meeting, view.board
        state = minutes_state(self.store, meeting_id)
        names = {
            m["id"]: m["name"]
            for m in self.store.query("SELECT id, name FROM members WHERE board_id = ?", (board["id"],))
        }
        label = f"{meeting['number']}/{meeting['year']}" if meeting["number"] else ""
        out = [STYLE, f"<h1>{self.tr('Minutes of meeting %1').replace('%1', _e(label))}</h1>"]
        when = format_date(meeting["date"], self.lang)
        if meeting["start_time"]:
            when += f" {meeting['start_time']}–{meeting['end_time'] or ''}"
        out.append(f"<p>{_e(board['name'])}<br>{when}, {_e(meeting['place'])}<br>")
        out.append(f"{self.tr('Chair')}: {_e(meeting.get('chair_name')) or self.tr('(none)')}</p>")
        out.append(f'<p class="muted">{self.tr("Minutes status")}: {self._status_text(state)}</p>')
        sheet = attendance_sheet(self.store, meeting_id)
        for key in ATTENDANCE.keys:
            people = [p for p in sheet if p["status"] == key]
            if people:
                out.append(f"<p><b>{_e(ATTENDANCE.label(key, self.lang))}:</b> ")
                out.append(", ".join(self._person(p, names) for p in people) + "</p>")
        for case in view.agenda:
            number = f"{_e(case['number'])} " if case["number"] else ""
            withdrawn = f" ({_e(CASE_STATE.label('withdrawn', self.lang))})" if case["state"] == "withdrawn" else ""
            out.append(f"<h2>{number}{_e(case['title'])}{withdrawn}</h2>")
            if case["discussion"]:
                out.append(f"<p>{_para(case['discussion'])}</p>")
            live = live_case(self.store, case["id"])
            if live.decision and live.decision["text"].strip():
                out.append(f'<p class="decision"><b>{self.tr("Decision")}:</b><br>{_para(live.decision["text"])}<br>')
                out.append(f"<i>{self._vote_text(live.decision)}</i>")
                if live.decision["dissent"]:
                    out.append(f"<br>{self.tr('Dissent')}: {_e(live.decision['dissent'])}")
                if live.disqualified:
                    out.append(
                        f"<br>{self.tr('Disqualified')}: {_e(', '.join(names.get(m, m) for m in live.disqualified))}"
                    )
                if live.decision.get("inferred"):  # taken from a later paper, not recorded at this meeting
                    out.append(f"<br><i>({self.tr('inferred from other papers, not from the minutes')})</i>")
                if live.decision.get("source_note"):
                    out.append(f"<br><small>{self.tr('Source note')}: {_para(live.decision['source_note'])}</small>")
                out.append("</p>")
            points = action_points.of_case(self.store, case["id"])
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
        if state.amendments:
            out.append(f"<h2>{self.tr('Amendments after approval')}</h2>")
            for amendment in state.amendments:
                out.append(
                    f'<p class="amend"><b>{format_date(amendment["date"], self.lang)}</b> – '
                    f"{_e(amendment['reason'])}<br>{_para(amendment['text'])}</p>"
                )
        changes = agenda.agenda_changes(self.store, meeting_id)
        if changes:
            out.append(f"<h2>{self.tr('Changes to the published agenda')}</h2><ul>")
            for change in changes:
                out.append(
                    f"<li>{format_date(change['at'][:10], self.lang)} {change['at'][11:16]}: {_e(change['change'])}</li>"
                )
            out.append("</ul>")
        return "".join(out)

    def _person(self, person: dict, names: dict[str, str]) -> str:
        text = _e(person["name"])
        if person["deputy_for"]:
            text += " " + self.tr("(deputy for %1)").replace("%1", _e(names.get(person["deputy_for"], "")))
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

    def _status_text(self, state) -> str:
        approved = self.tr("approved %1").replace("%1", format_date(state.approved_at, self.lang))
        if state.approved_by_meeting:
            by = self.store.query_one(
                "SELECT m.number, m.year, c.seq, c.year AS case_year, b.case_number_format FROM meetings m "
                "JOIN boards b ON b.id = m.board_id LEFT JOIN cases c ON c.id = ? WHERE m.id = ?",
                (state.approved_in_case, state.approved_by_meeting),
            )
            approved += " " + self.tr("by meeting %1").replace("%1", f"{by['number']}/{by['year']}")
            if by["seq"]:
                number = format_case_number(by["case_number_format"], by["seq"], by["case_year"])
                approved += " " + self.tr("in case %1").replace("%1", number)
        texts = {
            "draft": self.tr("draft"),
            "adjustment": self.tr("sent for adjustment"),
            "approved": approved,
            "locked": approved + ", " + self.tr("locked"),
        }
        return _e(texts[state.status])
