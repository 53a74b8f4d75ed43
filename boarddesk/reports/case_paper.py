"""A case paper (saksfremlegg): header block, the proposed decision set apart in a box, the text,
and the projects the case concerns that have no status report. The status reports of the others
follow the paper as sections of their own (status_report.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from boarddesk.model.formatting import format_date
from boarddesk.reports.agenda import case_label, case_types
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import (
    ACCENT,
    LinkedPara,
    Mark,
    fields_table,
    frame_width,
    grid,
    heading,
    para,
    paragraphs,
)
from boarddesk.reports.status_report import ReportData, load_report_data
from boarddesk.services.case_list import linked_projects
from boarddesk.store import Row, Store


@dataclass
class CaseData:
    case: Row  # an agenda row: the case with number, parts and types
    to_body: str
    reports: list[ReportData] = field(default_factory=list)  # linked projects that have a status report
    unreported: list[Row] = field(default_factory=list)  # linked projects without one
    attachments: int = 0  # attached files that follow the paper
    references: list[Row] = field(default_factory=list)  # reports printed at an earlier case: project, page

    @property
    def has_paper(self) -> bool:
        """Whether the case has anything to print beyond its line on the agenda."""
        c = self.case
        return bool(
            c["body_text"]
            or c["proposed_decision"]
            or self.reports
            or self.unreported
            or self.attachments
            or self.references
        )


def load_case_data(store: Store, case: Row, board: Row) -> CaseData:
    data = CaseData(case, case["to_body"] or board["name"])
    for project in linked_projects(store, case["id"]):
        report = load_report_data(store, project)
        if report.has_report:
            data.reports.append(report)
        else:
            data.unreported.append(report.card.project)
    return data


def case_flowables(data: CaseData, lang: str, paper: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    case = data.case
    flow: list[Flowable] = [
        Mark(f"case:{case['id']}"),
        para(words["case_paper"], "muted"),
        para(case_label(case, lang), "h1"),
    ]
    header = fields_table(
        [
            (words["to"], data.to_body),
            (words["paper_date"], format_date(case["paper_date"], lang)),
            (words["case_number"], case["number"]),
            (words["case_type"], case_types(case, lang).replace("\n", "  ")),
            (words["case_document"], case["document"]),
            (words["presenter"], case["presenter"]),
            (words["case_officer"], case["case_officer"]),
        ],
        width,
    )
    if header:
        flow += [header, Spacer(1, 5 * mm)]
    if case["proposed_decision"]:
        flow += [decision_box(words["proposed_decision"], case["proposed_decision"], width), Spacer(1, 5 * mm)]
    flow += paragraphs(case["body_text"])
    if data.references:  # a project's report is printed once, at its first case; here only where to find it
        flow.append(Spacer(1, 2 * mm))
        flow += [
            LinkedPara(words["report_reference"].format(project=r["project"], page=r["page"] or "…"), "body", r["id"])
            for r in data.references
        ]
    if data.unreported:
        rows = [[p["name"], p["owner"] or p["actor"] or "", p["phase"] or ""] for p in data.unreported]
        flow += [
            *heading(words["no_report"], "h2"),
            grid([words["project"], words["owner"], words["phase"]], rows, [width * 0.5, width * 0.3, width * 0.2]),
        ]
    return flow


def decision_box(title: str, text: str, width: float) -> Table:
    """The proposed decision boxed and tinted, so a reader finds what the board is asked to decide."""
    box = Table([[[para(title, "h3"), *paragraphs(text)]]], colWidths=[width], hAlign="LEFT")
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
