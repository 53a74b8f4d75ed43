"""The invitation with agenda (møteinnkalling), laid out like the boards' own letters: who is
invited, where and when, who chairs, then the agenda table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from boarddesk.model.formatting import format_date
from boarddesk.model.vocabulary import CASE_TYPE
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import Mark, fields_table, fit_widths, frame_width, grid, heading, para
from boarddesk.reports.meeting_data import MeetingPrint


def clock(value: str | None, lang: str) -> str:
    """`13:00` as Norwegian papers write it, `13.00`."""
    return (value or "").replace(":", ".") if lang == "nb" else (value or "")


def when(data: MeetingPrint, lang: str) -> str:
    """«01.12.2021, kl. 13.00–15.00»."""
    m = data.meeting
    text = format_date(m["date"], lang)
    if m["start_time"]:
        span = clock(m["start_time"], lang) + (f"–{clock(m['end_time'], lang)}" if m["end_time"] else "")
        text += f", {labels(lang)['time']} {span}"
    return text


def person(name: str | None, organisation: str | None) -> str:
    return ", ".join(part for part in (name, organisation) if part)


def case_types(case: dict, lang: str) -> str:
    """One type, or the parts numbered as the papers do: «1: Tilslutning 2: Orientering»."""
    parts = case["parts"]
    if len(parts) > 1:
        return "\n".join(f"{i}:\u00a0{CASE_TYPE.label(p['type'], lang)}" for i, p in enumerate(parts, 1))
    return CASE_TYPE.label(parts[0]["type"], lang) if parts else ""


def case_label(case: dict, lang: str) -> str:
    """«Sak 43/21 Sentralt styringsdokument for steg 2»: how the contents and bookmarks name a case."""
    number = f"{labels(lang)['case']} {case['number']} " if case["number"] else ""
    return f"{number}{case['title']}"


def invitation_flowables(data: MeetingPrint, lang: str, paper: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    m = data.meeting
    place = m["place"] or ""
    chair = person(m["chair_name"], data.chair_organisation)
    flow: list[Flowable] = [
        Mark("agenda"),
        para(words["invitation"], "title"),
        para(data.board_name(), "subtitle"),
    ]
    header = fields_table(
        [
            (words["to"], "\n".join(person(i["name"], i["organisation"]) for i in data.invitees)),
            (words["copy_to"], "\n".join(person(c["name"], c["organisation"]) for c in data.copy_to)),
            (words["place"], place),
            (words["date"], when(data, lang)),
            (words["meeting"], data.label(lang) if data.meeting["number"] else None),
            (words["chair"], chair),
        ],
        width,
        label_width=30 * mm,
    )
    if header:
        flow += [header, Spacer(1, 6 * mm)]
    flow += [*heading(words["agenda"], "h2"), agenda_table(data, lang, width)]
    return flow


def agenda_table(data: MeetingPrint, lang: str, width: float) -> Flowable:
    """Columns sized to their content: the case number narrow, the title given the most room."""
    words = labels(lang)
    rows = [
        [case["number"] or "", case["title"], case["description"] or "", case["document"] or "", case_types(case, lang)]
        for case in data.agenda
    ]
    header = [
        words["case_number_short"],
        words["case_title"],
        words["description"],
        words["case_document"],
        words["case_type"],
    ]
    columns = [[h, *(row[i] for row in rows)] for i, h in enumerate(header)]
    return grid(header, rows, fit_widths(columns, width, weights=(0.5, 2.0, 1.2, 1.0, 0.6)))
