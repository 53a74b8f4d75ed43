"""The minutes (protokoll): who met, each case with its decision, vote, dissent and
disqualifications, the action points, amendments, and the approval and signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import ACTION_STATUS
from boarddesk.reports.agenda import case_label, case_types, person, when
from boarddesk.reports.case_paper import decision_box
from boarddesk.reports.fonts import REGULAR
from boarddesk.reports.labels import counted, labels
from boarddesk.reports.layout import INK, Mark, fields_table, fitted_grid, frame_width, heading, para, paragraphs
from boarddesk.reports.meeting_data import MeetingPrint
from boarddesk.services.minutes import FROZEN


def attendance_lines(data: MeetingPrint, lang: str) -> tuple[str, str, str]:
    """Present members, deputies (with whom they stood in for) and those absent, one a line."""
    words = labels(lang)
    present = [a for a in data.attendance if a["status"] == "present" and not a["deputy_for"]]
    deputies = [a for a in data.attendance if a["status"] == "present" and a["deputy_for"]]
    absent = [a for a in data.attendance if a["status"] != "present"]
    return (
        "\n".join(person(a["name"], a["organisation"]) for a in present),
        "\n".join(
            f"{person(a['name'], a['organisation'])} ({words['deputy_for']} {a['deputy_for_name']})" for a in deputies
        ),
        "\n".join(person(a["name"], a["organisation"]) for a in absent),
    )


def vote_line(decision: dict, lang: str) -> str:
    words = labels(lang)
    if decision["unanimous"]:
        return words["unanimous"]
    if decision["votes_for"] is not None:
        return words["votes"].format(
            **{
                "for": counted(lang, "vote", decision["votes_for"]),
                "against": decision["votes_against"] or 0,  # «9 stemmer mot 2»: the noun is not repeated
                "blank": counted(lang, "blank", decision["votes_blank"] or 0),
            }
        )
    return ""


def minutes_flowables(data: MeetingPrint, lang: str, paper: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    m = data.meeting
    present, deputies, absent = attendance_lines(data, lang)
    recorded = bool(data.attendance)
    flow: list[Flowable] = [
        Mark("minutes"),
        para(words["minutes"], "title"),
        para(data.board_name(), "subtitle"),
        fields_table(
            [
                (words["meeting"], data.label(lang) if m["number"] else None),
                (words["date"], when(data, lang)),
                (words["place"], m["place"]),
                (words["chair"], person(m["chair_name"], data.chair_organisation)),
                (words["secretary"], data.secretary_name),
                (words["present"], present if recorded else words["not_recorded"]),
                (words["deputies"], deputies),
                (words["absent"], absent),
            ],
            width,
        ),
        Spacer(1, 4 * mm),
    ]
    for case in data.agenda:
        flow += _case_block(data, case, lang, width)
    if data.action_points:
        flow += [*heading(words["action_points"], "h2"), _action_table(data, lang, width)]
    if data.amendments:
        rows = [[format_date(a["date"], lang), a["reason"], a["text"]] for a in data.amendments]
        flow += [
            *heading(words["amendments"], "h2"),
            fitted_grid([words["date"], words["reason"], words["what"]], rows, width, weights=(0, 1, 2)),
        ]
    flow += [
        CondPageBreak(70 * mm),  # the approval line and the signatures stay together
        Spacer(1, 6 * mm),
        para(approval_line(data, lang), "body"),
        Spacer(1, 4 * mm),
        *_signatures(data, lang, width),
    ]
    return flow


def _case_block(data: MeetingPrint, case: dict, lang: str, width: float) -> list[Flowable]:
    words = labels(lang)
    decision = data.decisions.get(case["id"])
    block: list[Flowable] = [CondPageBreak(30 * mm), Mark(f"case:{case['id']}"), para(case_label(case, lang), "h2")]
    types = case_types(case, lang).replace("\n", "  ")
    if types:
        block.append(para(f"{words['case_type']}: {types}", "muted"))
    if case["discussion"]:
        block += [*heading(words["discussion"], "h3", 15 * mm), *paragraphs(case["discussion"])]
    if decision is None:
        block.append(para(words["no_decision"], "muted"))
        return block
    lines = [vote_line(decision, lang)]
    if decision["dissent"]:
        lines.append(f"{words['dissent']}: {decision['dissent']}")
    if decision["disqualified"]:
        lines.append(f"{words['disqualified']}: {', '.join(decision['disqualified'])}")
    text = decision["text"] + "".join(f"\n\n{line}" for line in lines if line)
    return block + [decision_box(words["decision"], text, width)]


def _action_table(data: MeetingPrint, lang: str, width: float) -> Flowable:
    words = labels(lang)
    number_format = data.board["case_number_format"]
    rows = [
        [
            format_case_number(number_format, a["seq"], a["year"]) if a["seq"] else "",
            a["text"],
            a["responsible"] or "",
            format_date(a["due"], lang),
            ACTION_STATUS.label(a["status"] or "open", lang),
        ]
        for a in data.action_points
    ]
    header = [words["case"], words["what"], words["responsible"], words["due"], words["status"]]
    return fitted_grid(header, rows, width, weights=(0, 3, 1, 0, 0), keep=(1,))


def is_approved(data: MeetingPrint) -> bool:
    """Approved (or locked) minutes; anything else prints as a draft."""
    return bool(data.minutes and data.minutes.status in FROZEN)


def approval_line(data: MeetingPrint, lang: str) -> str:
    """«Protokollen ble godkjent …» once the minutes are approved; until then, the next meeting approves."""
    words = labels(lang)
    minutes = data.minutes
    if not is_approved(data):
        return words["draft_approval"]
    date = format_date((minutes.approved_at or "")[:10], lang)
    if data.approved_by_label:
        return words["approved_in_meeting"].format(meeting=data.approved_by_label, date=date)
    return words["approved_in"].format(date=date)


def _signatures(data: MeetingPrint, lang: str, width: float) -> list[Flowable]:
    """A line to sign on for each co-signer (the chair first); empty named lines when none are set."""
    words = labels(lang)
    names = [c["name"] for c in data.cosigners] or [data.meeting["chair_name"] or "", ""]
    if len(names) % 2:
        names.append("")
    column = (width - 10 * mm) / 2
    table = Table(
        [[_signature(name, column) for name in names[i : i + 2]] for i in range(0, len(names), 2)],
        colWidths=[column + 10 * mm, column],
        hAlign="LEFT",
        style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    place = _signature(words["signature_place"], column)
    return [para(words["signatures"], "h3"), place, Spacer(1, 2 * mm), table]


def _signature(name: str, width: float) -> Table:
    """A line to sign on with the name under it (a plain string, so an empty name keeps the height)."""
    cell = Table([[""], [name]], colWidths=[width], rowHeights=[12 * mm, 5 * mm], hAlign="LEFT")
    cell.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("FONT", (0, 0), (-1, -1), REGULAR, 8, 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return cell
