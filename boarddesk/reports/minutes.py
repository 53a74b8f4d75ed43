"""The minutes (protokoll): who met, each case with its decision, vote, dissent and
disqualifications, the action points, amendments, and the approval and signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from boarddesk.model.case_numbers import format_case_number
from boarddesk.model.formatting import format_date, format_moment
from boarddesk.model.records import AgendaCase, Attendance
from boarddesk.model.vocabulary import ACTION_STATUS, ends_in_conclusion, needs_decision
from boarddesk.reports.agenda import case_types, document_title, parts_with_types, person, when
from boarddesk.reports.board_style import case_label, paper_style
from boarddesk.reports.docmodel import (
    Anchor,
    Boxed,
    Document,
    Fields,
    Gap,
    Grid,
    Heading,
    Item,
    KeepRoom,
    Signatures,
    Text,
    to_flowables,
)
from boarddesk.reports.fonts import REGULAR
from boarddesk.reports.labels import counted, labels
from boarddesk.reports.layout import INK, frame_width, para
from boarddesk.reports.markup import parse
from boarddesk.reports.meeting_data import MeetingPrint
from boarddesk.services.meetings.agenda_log import describe
from boarddesk.services.meetings.minutes import FROZEN
from boarddesk.services.meetings.minutes_lines import (
    ATTENDANCE_KEYS,
    MinutesLine,
    comings_and_goings,
    decision_lines,
)


def attendance_lines(data: MeetingPrint, lang: str) -> tuple[str, str, str, str, str]:
    """Present members, those absent, deputies (with whom they stood in for), those present from
    the administration (observers) and guests, one a line: the groups the minutes list apart."""
    words = labels(lang)
    here = [a for a in data.attendance if a.is_present]
    present = [a for a in here if a.has_vote and not a.deputy_for]
    deputies = [a for a in here if a.deputy_for]
    others = [a for a in here if not a.has_vote and not a.deputy_for and a.role != "secretary"]
    absent = [a for a in data.attendance if not a.is_present]

    def lines(people: list[Attendance]) -> str:
        return "\n".join(person(a.name, a.organisation) for a in people)

    return (
        lines(present),
        lines(absent),
        "\n".join(f"{person(a.name, a.organisation)} ({words['deputy_for']} {a.deputy_for_name})" for a in deputies),
        lines([a for a in others if not a.is_guest]),
        lines([a for a in others if a.is_guest]),
    )


def printed_line(line: MinutesLine, lang: str) -> str:
    """A line of the minutes (services.meetings.minutes_lines) in the words of the paper."""
    words = labels(lang)
    if line.key == "unanimous":
        return words["unanimous"]
    if line.key == "votes":
        return vote_line(*line.votes, lang)
    if line.key == "inferred":
        return f"({words['inferred_decision']})"
    if line.key in ATTENDANCE_KEYS:  # «Kari Nordmann kom til møtet.»
        return words[line.key].format(names=line.text)
    return f"{words[line.key]}: {line.text}"


def vote_line(votes_for: int, votes_against: int, votes_blank: int, lang: str) -> str:
    return labels(lang)["votes"].format(
        **{
            "for": counted(lang, "vote", votes_for),
            "against": votes_against,  # «9 stemmer mot 2»: the noun is not repeated
            "blank": counted(lang, "blank", votes_blank),
        }
    )


def minutes_flowables(data: MeetingPrint, lang: str, paper: str) -> list[Flowable]:
    return to_flowables(minutes_document(data, lang).blocks, frame_width(paper))


def minutes_document(data: MeetingPrint, lang: str, public: bool = False) -> Document:
    """The minutes as document-model blocks, printed (reportlab) and archived (typst) alike.
    `public`: the version for the board's website; an exempt case shows its number and legal basis only."""
    words = labels(lang)
    m = data.meeting
    style = paper_style(data.board, lang)
    present, absent, deputies, administration, guests = attendance_lines(data, lang)
    recorded = bool(data.attendance)
    blocks: list = [
        Anchor("minutes"),
        Heading(style.minutes_title, 0),
        Text(data.board_name(), "subtitle"),
        Fields(
            (
                (words["meeting"], data.label(lang) if m.number else ""),
                (words["date"], when(data, lang)),
                (words["place"], m.place or ""),
                (words["chair"], person(m.chair_name, data.chair_organisation)),
                (words["present"], present if recorded else words["not_recorded"]),
                (words["absent"], absent),
                (words["deputies"], deputies),
                (words["from_administration"], administration),
                (words["guests"], guests),
                (words["minute_taker"], data.secretary_name or ""),
            )
        ),
        Gap(4),
    ]
    for case in data.agenda:
        blocks += _withheld(data, case, lang) if public and case.confidentiality else _case_block(data, case, lang)
    exempt = {c.id for c in data.agenda if c.confidentiality} if public else set()
    points = [a for a in data.action_points if a["case"] not in exempt]
    if points:
        blocks += [Heading(words["action_points"], 2), action_grid(points, data.board.case_number_format, lang)]
    blocks += agenda_change_blocks(data, lang, exempt) + adjustment_blocks(data, lang)
    blocks += [
        KeepRoom(70),  # the approval line and the signatures stay together
        Gap(6),
        Text(approval_line(data, lang)),
        Gap(4),
        Signatures(words["signatures"], words["signature_place"], tuple(signers(data, lang))),
    ]
    blocks += amendment_blocks(data, lang)  # made after the minutes were signed, so after the signatures
    return Document(
        document_title(minutes_name(data, lang), data),
        lang,
        blocks,
        author=data.board_name(),
        date=m.date,
        draft=None if is_approved(data) else words["draft"],
    )


def minutes_name(data: MeetingPrint, lang: str) -> str:
    """«Referat fra møte 1/2022», «Protokoll fra møte 3/2024»."""
    minutes = paper_style(data.board, lang).minutes_title
    return labels(lang)["minutes_of"].format(title=minutes, meeting=data.label(lang))


def agenda_change_blocks(data: MeetingPrint, lang: str, exempt: set[str]) -> list:
    """«Endringer i den publiserte sakslisten»: what changed after the agenda went out, as the
    screen lists it (5/22 withdrawn). The public version leaves out the lines about exempt cases."""
    changes = [c for c in data.agenda_changes if c["case_id"] not in exempt]
    if not changes:
        return []
    words = labels(lang)
    lines = [
        Item("•", f"{format_moment(change['at'], lang)}: {describe(change['stored'], lang)}") for change in changes
    ]
    return [Heading(words["agenda_changes"], 2), *lines]


def adjustment_blocks(data: MeetingPrint, lang: str) -> list:
    """«Justering»: the chair and the co-signers the minutes were sent to, each with the remark
    they gave («Lucie Aunan (møteleder): I sak 3/22 skal det stå 42 millioner kroner.»)."""
    if not data.cosigners:
        return []
    words = labels(lang)
    lines = []
    for signer in data.cosigners:
        role = words["chair"].lower() if signer["is_chair"] else words["cosigner"]
        remark = f": {signer['remark']}" if signer["remark"] else ""
        lines.append(Item("•", f"{signer['name']} ({role}){remark}"))
    return [Heading(words["adjustment"], 2), *lines]


def amendment_blocks(data: MeetingPrint, lang: str) -> list:
    """Corrections to the approved minutes, as the screen shows them: the date and the reason,
    then the text («19.01.2022 – Feil beløp i sak 3/22»)."""
    if not data.amendments:
        return []
    blocks: list = [KeepRoom(30), Heading(labels(lang)["amendments"], 2)]
    for amendment in data.amendments:
        blocks += [
            Heading(f"{format_date(amendment['date'], lang)} – {amendment['reason'] or ''}", 3),
            *parse(amendment["text"] or ""),
        ]
    return blocks


def _withheld(data: MeetingPrint, case: AgendaCase, lang: str) -> list:
    """An exempt case in the public version: its number and the legal basis in place of all else."""
    number = f"{paper_style(data.board, lang).case_word} {case.number}".strip()
    return [KeepRoom(20), Anchor(f"case:{case.id}"), Heading(number, 2), Text(case.confidentiality)]


def _case_block(data: MeetingPrint, case: AgendaCase, lang: str) -> list:
    words = labels(lang)
    decision = data.decisions.get(case.id)
    label = case_label(case, data.board, lang)
    block: list = [KeepRoom(30), Anchor(f"case:{case.id}", case.confidentiality), Heading(label, 2)]
    parts = parts_with_types(case, data, lang)
    if parts:  # each part with its type, titled as in the invitation
        block += [Text(f"{words['case_type']}:", "muted"), *(Text(line, "muted") for line in parts)]
    elif types := case_types(case, lang):
        block.append(Text(f"{words['case_type']}: {types}", "muted"))
    block += [Text(printed_line(line, lang), "muted") for line in comings_and_goings(data.attendance, case.id)]
    if case.discussion:
        block += [Heading(words["discussion"], 3), *parse(case.discussion)]
    if case.withdrawn:  # withdrawn before the meeting: neither proposal nor «no decision»
        return block + [Text(words["withdrawn_note"])]
    if decision is None:
        if case.proposed_decision and not is_approved(data):  # a draft starts from the proposal
            return block + [Boxed(words["proposed_decision"], None, tuple(parse(case.proposed_decision)))]
        if needs_decision(case.standard_item):  # the same rule that warns when the meeting ends
            block.append(Text(words["no_decision"], "muted"))
        return block
    lines = (Text(printed_line(line, lang)) for line in decision_lines(decision))
    body = tuple(parse(decision.text)) + tuple(lines)
    # An information or discussion case ends in a conclusion, not a decision: one rule for screen and paper.
    heading = words["conclusion" if ends_in_conclusion(case.types) else "decision"]
    return block + [Boxed(heading, None, body)]


def action_grid(points: list[dict], number_format: str, lang: str) -> Grid:
    """Action points as the minutes list them, and the next meeting's «Status aksjonspunkter»:
    the case they were given in, what, who, due and status."""
    words = labels(lang)
    rows = tuple(
        (
            format_case_number(number_format, a["seq"], a["year"]) if a["seq"] else "",
            a["text"] or "",
            a["responsible"] or "",
            format_date(a["due"], lang),
            ACTION_STATUS.label(a["status"] or "open", lang),
        )
        for a in points
    )
    header = (words["case"], words["what"], words["responsible"], words["due"], words["status"])
    return Grid(header, rows, (0, 3, 1, 0, 0), keep=(1,))


def is_approved(data: MeetingPrint) -> bool:
    """Approved (or locked) minutes; anything else prints as a draft."""
    return bool(data.minutes and data.minutes.status in FROZEN)


def approval_line(data: MeetingPrint, lang: str) -> str:
    """«Protokollen ble godkjent …» once the minutes are approved; until then, the next meeting approves."""
    words = labels(lang)
    minutes = data.minutes
    name = paper_style(data.board, lang).minutes_definite
    if not is_approved(data):
        return words["draft_approval"].format(minutes=name)
    date = format_date((minutes.approved_at or "")[:10], lang)
    if data.approved_by_label:
        return words["approved_in_meeting"].format(minutes=name, meeting=data.approved_by_label, date=date)
    return words["approved_in"].format(minutes=name, date=date)


def signers(data: MeetingPrint, lang: str) -> list[str]:
    """Who signs: the co-signers (the chair first), or, where the whole board signs, every member
    present; two empty named lines when nobody is known."""
    names = [c["name"] for c in data.cosigners] or [data.meeting.chair_name or "", ""]
    if paper_style(data.board, lang).whole_board_signs and data.attendance:  # the chair first, then the rest
        signing = [a.name for a in data.attendance if a.is_present and (a.has_vote or a.deputy_for)]
        chair = data.meeting.chair_name
        names = sorted(signing, key=lambda name: name != chair)
    return names


def signature_flowables(block: Signatures, width: float) -> list[Flowable]:
    """A line to sign on for each name, two a row, under a line for place and date."""
    names: list[str | None] = list(block.names)
    if len(names) % 2:
        names.append(None)  # an odd number: the last row's second cell stays empty, no line to sign on
    column = (width - 10 * mm) / 2
    table = Table(
        [[_signature(n, column) if n is not None else "" for n in names[i : i + 2]] for i in range(0, len(names), 2)],
        colWidths=[column + 10 * mm, column],
        hAlign="LEFT",
        style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    place = _signature(block.place_label, column)
    return [para(block.title, "h3"), place, Spacer(1, 2 * mm), table]


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
