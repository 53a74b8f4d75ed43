"""The invitation with agenda (møteinnkalling), laid out like the boards' own letters: who is
invited, where and when, who chairs, then the agenda table."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from boarddesk.model.formatting import format_date
from boarddesk.model.records import AgendaCase, Attendance
from boarddesk.model.vocabulary import CASE_TYPE, MEMBER_ROLE
from boarddesk.reports.board_style import paper_style
from boarddesk.reports.docmodel import Anchor, Document, Fields, Gap, Grid, Heading, Text, to_flowables
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import frame_width
from boarddesk.reports.meeting_data import MeetingPrint
from boarddesk.store import Row


def clock(value: str | None, lang: str) -> str:
    """`13:00` as Norwegian papers write it, `13.00`."""
    return (value or "").replace(":", ".") if lang == "nb" else (value or "")


def when(data: MeetingPrint, lang: str) -> str:
    """«01.12.2021, kl. 13.00–15.00»."""
    m = data.meeting
    text = format_date(m.date, lang)
    if m.start_time:
        span = clock(m.start_time, lang) + (f"–{clock(m.end_time, lang)}" if m.end_time else "")
        text += f", {labels(lang)['time']} {span}"
    return text


def person(name: str | None, organisation: str | None) -> str:
    return ", ".join(part for part in (name, organisation) if part)


def paper_title(paper: str, data: MeetingPrint, lang: str) -> str:
    """«Møteinnkalling, møte 1/2022»: a paper with the meeting it is for (the minutes name theirs
    in their own words, minutes.minutes_name)."""
    return labels(lang)["paper_of"].format(title=paper, meeting=data.label(lang))


def document_title(named: str, data: MeetingPrint) -> str:
    """A PDF's title: the paper named with its meeting, then the board, each once
    («Referat fra møte 1/2022 – Programstyret for program digital samhandling»)."""
    return f"{named} – {data.board_name()}"


def invitee_line(invitee: Row, data: MeetingPrint, lang: str) -> str:
    """«Kirsti Pedersen, Oslo kommune» for a member, as the boards' invitations list them; anyone
    else says what they come as: «Anne Gjest, Helse Vest (vara for Merete Lyngstad)», «… (gjest)»."""
    line = person(invitee["name"], invitee["organisation"])
    role = invitee_role(invitee, data, lang)
    return f"{line} ({role})" if role else line


def invitee_role(invitee: Row, data: MeetingPrint, lang: str) -> str:
    """A deputy's «vara for …» once the meeting records whom they stood in for; else the role on
    the board (observatør, vara) or, for a guest, the role the invitation gives (a typed «Vara» is
    the deputy's role) and «gjest» when it gives none. A plain member has none to show."""
    words = labels(lang)
    stands_in = next((a.deputy_for_name for a in data.attendance if a.deputy_for and _is(a, invitee)), None)
    if stands_in:
        return f"{words['deputy_for']} {stands_in}"
    typed = (invitee["role"] or "").strip()
    key = typed if typed in MEMBER_ROLE else _role_named(typed)
    if not typed or key in ("member", "chair"):  # the meeting's chair is named on a line of their own
        return "" if invitee["member"] else words["guest"]
    return MEMBER_ROLE.label(key, lang).lower() if key else typed


def _is(attendance: Attendance, invitee: Row) -> bool:
    """The attendance row of this invitee: the same member, or the guest of that name."""
    if invitee["member"]:
        return attendance.member == invitee["member"]
    return attendance.is_guest and attendance.name == invitee["name"]


def _role_named(text: str) -> str | None:
    """The role a typed word names, in either language: «Vara», «observer»."""
    wanted = text.casefold()
    return next((t.key for t in MEMBER_ROLE.terms if wanted in (t.nb.casefold(), t.en.casefold())), None)


def case_types(case: AgendaCase, lang: str) -> str:
    """One type, or the parts numbered as the papers do: «1: Tilslutning 2: Orientering»."""
    parts = case.parts
    if len(parts) > 1:
        return "\n".join(f"{i}:\u00a0{CASE_TYPE.label(p.type, lang)}" for i, p in enumerate(parts, 1))
    return CASE_TYPE.label(parts[0].type, lang) if parts else ""


def invitation_flowables(data: MeetingPrint, lang: str, paper: str) -> list[Flowable]:
    return to_flowables(invitation_document(data, lang).blocks, frame_width(paper))


def invitation_document(data: MeetingPrint, lang: str, public: bool = False) -> Document:
    """The invitation as document-model blocks, printed (reportlab) and archived (typst) alike.
    `public`: an exempt case's line shows its number and legal basis only."""
    words = labels(lang)
    m = data.meeting
    chair = person(m.chair_name, data.chair_organisation)
    invited = [i for i in data.invitees if not (m.chair_name and i["name"] == m.chair_name)]  # under Møteleder
    blocks: list = [
        Anchor("agenda"),
        Heading(words["invitation"], 0),
        Text(data.board_name(), "subtitle"),
        Fields(
            (
                (words["to"], "\n".join(invitee_line(i, data, lang) for i in invited)),
                (words["copy_to"], "\n".join(person(c["name"], c["organisation"]) for c in data.copy_to)),
                (words["place"], m.place or ""),
                (words["date"], when(data, lang)),
                (words["meeting"], data.label(lang) if m.number else ""),
                (words["chair"], chair),
            ),
            label_mm=30,
        ),
        Gap(3),
    ]
    if data.secretary_name:
        blocks.append(Text(words["apologies_to"].format(secretary=data.secretary_name)))
    blocks += [Gap(3), Heading(words["agenda"], 2), agenda_table(data, lang, public)]
    return Document(
        document_title(paper_title(words["invitation"], data, lang), data),
        lang,
        blocks,
        author=data.board_name(),
        date=m.date,
    )


def case_times(data: MeetingPrint, lang: str) -> list[str]:
    """Each case's slot, «13.00–13.10», counted from the meeting's start through the minutes each
    case is given; empty from the first case without minutes on (its end is not known)."""
    start = data.meeting.start_time
    if not start:
        return [""] * len(data.agenda)
    hours, minutes = (int(part) for part in start.split(":")[:2])
    at, slots = hours * 60 + minutes, []
    for case in data.agenda:
        given = case.minutes_allotted
        if at is None or not given:
            slots.append("")
            at = None
            continue
        slots.append(f"{_hhmm(at, lang)}–{_hhmm(at + given, lang)}")
        at += given
    return slots


def _hhmm(minutes: int, lang: str) -> str:
    return clock(f"{minutes // 60 % 24:02d}:{minutes % 60:02d}", lang)


def part_titles(case: AgendaCase, data: MeetingPrint, lang: str) -> list[str]:
    """The titles of a case's parts as the invitation prints them: the approval item's part about
    the minutes names the meeting whose minutes it approves."""
    titled = [p.title for p in case.parts if p.title]
    return approval_parts(titled, data, lang) if case.standard_item == "approval" else titled


def parts_with_types(case: AgendaCase, data: MeetingPrint, lang: str) -> list[str]:
    """A case in parts, a line for each part with its type, titled as in the invitation:
    «1: Godkjenning av referat fra møte 7/2021 (Tilslutning)»; nothing for a case in one part."""
    if len(case.parts) < 2:
        return []
    titles = part_titles(case, data, lang) if all(p.title for p in case.parts) else [p.title for p in case.parts]
    lines = []
    for number, (part, title) in enumerate(zip(case.parts, titles, strict=False), 1):
        kind = CASE_TYPE.label(part.type, lang)
        # A title that numbers itself («Del 1: …») is not numbered again.
        lead = "" if title and re.match(r"(del|part)\s*\d+\s*:", title, re.IGNORECASE) else f"{number}:\u00a0"
        lines.append(f"{lead}{title} ({kind})" if title else f"{lead}{kind}")
    return lines


def case_description(case: AgendaCase, data: MeetingPrint, lang: str) -> str:
    """The description, or for a case in parts (a standard item) its parts numbered as the papers do.
    The approval item names the minutes it approves, the action points item lists the open points."""
    titled = part_titles(case, data, lang)
    if case.description:
        text = case.description
    else:
        text = "\n".join(f"{i}: {title}" for i, title in enumerate(titled, 1)) if len(titled) > 1 else ""
    if case.standard_item == "action_points" and data.open_action_points:
        text = "\n".join(part for part in (text, *(point_line(p, lang) for p in data.open_action_points)) if part)
    return text


def approval_parts(titles: list[str], data: MeetingPrint, lang: str) -> list[str]:
    """The approval item's parts, the minutes' part naming the meeting: «Godkjenning av referat
    fra møte 6/2021» (added when the parts do not mention the minutes)."""
    previous = data.previous_label(lang)
    if not previous:
        return titles
    style = paper_style(data.board, lang)
    line = labels(lang)["approve_minutes_of"].format(minutes=style.minutes_title.lower(), meeting=previous)
    about_minutes = [i for i, t in enumerate(titles) if re.search(r"referat|protokoll|minutes", t, re.IGNORECASE)]
    if about_minutes:
        return [line if i == about_minutes[0] else t for i, t in enumerate(titles)]
    return [*titles, line]


def point_line(point: dict, lang: str) -> str:
    """An open action point in the agenda: «• Lage plan for … (Kari Nordmann, 15.01.2022)»."""
    details = [d for d in (point["responsible"], format_date(point["due"], lang)) if d]
    return f"• {point['text']}" + (f" ({', '.join(details)})" if details else "")


def title_cell(case: AgendaCase, lang: str) -> str:
    """The title; under it who presents the case and the exemption with its legal basis
    («Unntatt offentlighet, offl. § 13»), as the real invitations print them."""
    lines = [case.title]
    if case.withdrawn:  # the number stays on the agenda; the reader sees why nothing follows
        lines.append(labels(lang)["withdrawn_note"])
    if case.presenter:
        lines.append(f"{labels(lang)['presenter']}: {case.presenter}")
    if case.confidentiality:
        lines.append(case.confidentiality.replace("§ ", "§\u00a0"))
    return "\n".join(lines)


def agenda_table(data: MeetingPrint, lang: str, public: bool = False) -> Grid:
    """Columns sized to their content: the case number narrow, the title given the most room."""
    words = labels(lang)
    times = case_times(data, lang)
    rows = []
    for case, slot in zip(data.agenda, times, strict=True):
        number = "\n".join(part for part in (case.number, slot) if part)  # the time under the number
        if public and case.confidentiality:  # the public version names the legal basis, nothing else
            rows.append((number, case.confidentiality, "", "", ""))
            continue
        rows.append(
            (
                number,
                title_cell(case, lang),
                case_description(case, data, lang),
                case.document or "",
                case_types(case, lang),
            )
        )
    header = [
        words["case_number_short"],
        words["case_title"],
        words["description"],
        words["case_document"],
        words["case_type"],
    ]
    if any(times):
        header[0] += f"\n{words['clock_time']}"
    return Grid(tuple(header), tuple(rows), (0, 2.0, 1.2, 1.0, 0.4), keep=(0, 1))
