"""A case paper (saksfremlegg): header block, the proposed decision set apart in a box, the text,
and the projects the case concerns that have no status report. The status reports of the others
follow the paper as sections of their own (status_report.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from boarddesk.model.formatting import MONTHS, format_date
from boarddesk.model.records import AgendaCase, Board, Project
from boarddesk.reports.agenda import case_types
from boarddesk.reports.board_style import case_label, paper_style
from boarddesk.reports.docmodel import to_flowables
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import (
    ACCENT,
    LinkedPara,
    Mark,
    fields_table,
    frame_width,
    para,
)
from boarddesk.reports.markup import text_flowables
from boarddesk.reports.minutes import action_grid
from boarddesk.reports.status_report import ReportData, load_report_data
from boarddesk.services.meetings.agenda import projects_of_case, reports_to_print
from boarddesk.store import Row, Store


@dataclass
class CaseData:
    case: AgendaCase
    to_body: str
    board: Board  # whose house style the paper follows
    reports: list[ReportData] = field(default_factory=list)  # linked projects that have a status report
    unreported: list[Project] = field(default_factory=list)  # linked projects without one
    attachments: int = 0  # attached files that follow the paper
    references: list[Row] = field(default_factory=list)  # reports printed at an earlier case: project, page
    paper_attached: bool = False  # the case paper is an attached PDF: no generated copy of its text
    enclosures: list[Row] = field(default_factory=list)  # printed after the paper: title, page it starts on
    enclosure_sources: list = field(default_factory=list)  # where each one's page comes from (pack.py)
    action_points: list[Row] = field(default_factory=list)  # «Status aksjonspunkter»: the open points to review
    meeting_date: str | None = None  # the date a paper without its own is signed on

    @property
    def has_paper(self) -> bool:
        """Whether the case has anything to print beyond its line on the agenda (and its attached paper)."""
        c = self.case
        return not self.paper_attached and bool(
            c.body_text
            or c.proposed_decision
            or self.reports
            or self.unreported
            or self.attachments
            or self.references
            or self.action_points
        )


def load_case_data(store: Store, case: AgendaCase, board: Board, meeting_date: str | None = None) -> CaseData:
    """The case with the status reports its pack prints (see reports_to_print) and the other
    projects ticked for it, which are only named."""
    data = CaseData(case, case.to_body or board.name, board, meeting_date=meeting_date)
    for project, until in reports_to_print(store, case, meeting_date).items():
        report = load_report_data(store, project, until)
        if report.has_report:
            data.reports.append(report)
    printed = {r.card.project.id for r in data.reports}
    data.unreported = [p for p in projects_of_case(store, case.id) if p.id not in printed]
    return data


def case_flowables(data: CaseData, lang: str, paper: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    case = data.case
    style = paper_style(data.board, lang)
    flow: list[Flowable] = [
        Mark(f"case:{case.id}"),
        para(words["case_paper"], "muted"),
        para(case_label(case, data.board, lang), "h1"),
    ]
    if case.withdrawn:  # sent out before it was withdrawn: the paper says it will not be dealt with
        flow.append(para(words["withdrawn_note"], "h3"))
    header = fields_table(
        [
            (words["to"], data.to_body),
            (words["paper_date"], format_date(case.paper_date, lang)),
            (words["case_number"], case.number),
            (
                words["case_owner"],
                inferred_mark(case, "case_owner", lang) or ("\u00a0" if style.case_owner_row else None),
            ),
            (words["case_type"], case_types(case, lang).replace("\n", "  ")),
            (words["case_document"], case.document),
            (words["presenter"], inferred_mark(case, "presenter", lang)),
            (words["case_officer"], inferred_mark(case, "case_officer", lang)),
            (words["enclosures"], enclosure_lines(data.enclosures, lang)),
        ],
        width,
    )
    if header:
        flow += [header, Spacer(1, 5 * mm)]
    if case.proposed_decision:
        box = decision_box(words["proposed_decision"], case.proposed_decision, width, style.decision_lead_in)
        flow += [box, Spacer(1, 5 * mm)]
        if style.signs_papers:
            flow += signature_lines(data, lang)
    flow += text_flowables(case.body_text, width)
    if data.references:  # a project's report is printed once, at its first case; here only where to find it
        flow.append(Spacer(1, 2 * mm))
        flow += [
            LinkedPara(words["report_reference"].format(project=r["project"], page=r["page"] or "…"), "body", r["id"])
            for r in data.references
        ]
    if data.action_points:
        grid = action_grid(data.action_points, data.board.case_number_format, lang)
        flow += [para(words["open_action_points"], "h2"), *to_flowables([grid], width)]
    if data.unreported:  # named in one line: a table of names only would take a third of a page
        names = ", ".join(p.name for p in data.unreported)
        flow += [Spacer(1, 2 * mm), para(f"{words['case_projects']}: {names}", "muted")]
    return flow


def signature_lines(data: CaseData, lang: str) -> list[Flowable]:
    """Where, when and by whom the paper is put to the board, as Helse Nord closes its proposals:
    «Bodø, den 25. april 2024», then «Marit Lind» over «adm. direktør». Nothing the board lacks."""
    board = data.board
    when = data.case.paper_date or data.meeting_date
    lines: list[Flowable] = []
    if board.seat and when:
        lines += [
            para(labels(lang)["signed_at"].format(place=board.seat, date=long_date(when, lang))),
            Spacer(1, 8 * mm),
        ]
    if board.signing_officer:
        lines.append(para(board.signing_officer))
        if board.signing_officer_title:
            lines.append(para(board.signing_officer_title))
    return [*lines, Spacer(1, 6 * mm)] if lines else []


def long_date(value: str, lang: str) -> str:
    """«25. april 2024» (nb), «25 April 2024» (en), as a letter is dated."""
    day = date.fromisoformat(value[:10])
    if lang == "en":
        return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
    return f"{day.day}. {MONTHS['nb'][day.month - 1]} {day.year}"


def inferred_mark(case: AgendaCase, field: str, lang: str) -> str | None:
    """A field's value, marked «(utledet)» when it was inferred rather than read in the paper."""
    value = getattr(case, field)
    if value and field in case.inferred_fields:
        return f"{value} ({labels(lang)['inferred']})"
    return value


def enclosure_lines(enclosures: list[Row], lang: str) -> str:
    """«1. Statusrapport: DIS (side 6)», one a line, as the header's «Trykte vedlegg»."""
    words = labels(lang)
    return "\n".join(
        f"{i}. {e['title']} ({words['page'].lower()} {e['page'] or '…'})" for i, e in enumerate(enclosures, 1)
    )


def decision_box(title: str, text: str | tuple, width: float, lead_in: str | None = None) -> Table:
    """The proposed decision boxed and tinted, so a reader finds what the board is asked to decide;
    a board's house style may introduce it («Styret i Helse Nord RHF inviteres til å fatte …»).
    `text` is plain text with markup, or document-model blocks."""
    body = text_flowables(text, width - 16) if isinstance(text, str) else to_flowables(list(text), width - 16)
    content = [para(title, "h3"), *([para(lead_in)] if lead_in else []), *body]
    box = Table([[content]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box
