"""The detail pane's pages (project card, meeting, board) as HTML for a QTextBrowser.

Every label goes through tr(), so the pages follow the interface language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from boarddesk.model.formatting import format_date, format_nok, format_report_date
from boarddesk.model.rag import COLOURS, TEXT_ON, rag_mark, trend_arrow
from boarddesk.model.records import StatusReportDetails
from boarddesk.model.vocabulary import (
    CRITICALITY,
    DELIVERED,
    DEPENDENCY_STATUS,
    PROJECT_KIND,
    RAG,
)
from boarddesk.services.portfolio.cards import ProjectCard, line_deviation

RANK = {"red": 0, "yellow": 1, "green": 2}

STYLE = """
<style>
 body { font-size: 10pt; }
 h1 { font-size: 15pt; margin-bottom: 2px; }
 h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; border-bottom: 1px solid #999; }
 table.grid { border-collapse: collapse; }
 table.grid td, table.grid th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
 th { background: #eceff1; text-align: left; }
 .muted { color: #555; }
 .marking { background: #fff3e0; color: #8a3b00; font-weight: bold; padding: 4px; }
 td.num { text-align: right; }
 .source { color: #555; font-size: 8pt; }
</style>
"""


def _e(text: object) -> str:
    return escape(str(text)) if text not in (None, "") else ""


def _para(text: str | None) -> str:
    return "<br>".join(_e(line) for line in (text or "").splitlines())


class DetailPages(QObject):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    # -- small pieces -------------------------------------------------------------------------
    def rag(self, rag: str | None, with_word: bool = True) -> str:
        """A RAG badge: shape, letter and colour, with the word beside it."""
        if not rag:
            return '<span class="muted">' + self.tr("not reported") + "</span>"
        badge = (
            f'<span style="background:{COLOURS[rag]}; color:{TEXT_ON[rag]}; font-weight:bold">'
            f"&nbsp;{rag_mark(rag, self.lang).replace(' ', '&nbsp;')}&nbsp;</span>"
        )
        return f"{badge}&nbsp;{_e(RAG.label(rag, self.lang))}" if with_word else badge

    def dependency_status(self, status: str | None) -> str:
        """A RAG badge for a coloured status, the status's word for the others."""
        return self.rag(status) if status in COLOURS else _e(DEPENDENCY_STATUS.label(status, self.lang))

    def trend(self, now: str | None, before: str | None) -> str:
        return trend_arrow(now, before)

    def date(self, value: str | None) -> str:
        return format_date(value, self.lang)

    def report_when(self, report: StatusReportDetails) -> str:
        """«reported 11.03.2024», «reported november 2021», or that the paper gives no date."""
        when = format_report_date(report.report_date, report.date_precision, self.lang)
        return self.tr("reported") + f" {when}" if when else self.tr("undated report")

    def money(self, value: int | None) -> str:
        return format_nok(value, self.lang)

    def source_note(self, text: str | None, tag: str = "p") -> str:
        """A remark about the paper a value came from, small and labelled, never read as report text."""
        if not text:
            return ""
        return f'<{tag} class="source"><small><i>' + self.tr("Source note") + f":</i> {_para(text)}</small></{tag}>"

    def inferred(self, inferred: bool) -> str:
        """The mark of a fact taken from another paper or worked out, not read in its own."""
        return ' <span class="source"><i>(' + self.tr("inferred") + ")</i></span>" if inferred else ""

    def table(self, headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
        head = "".join(f"<th>{h}</th>" for h in headers)
        body = "".join(
            "<tr>"
            + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
            + "</tr>"
            for row in rows
        )
        return f'<table class="grid" width="100%"><tr>{head}</tr>{body}</table>'

    def fields(self, pairs: list[tuple[str, str]]) -> str:
        rows = "".join(f'<tr><th width="28%">{k}</th><td>{v}</td></tr>' for k, v in pairs if v)
        return f'<table class="grid" width="100%">{rows}</table>'

    def report_texts(self, report: StatusReportDetails) -> list[str]:
        """The report's comments, summary and assessment, those it gives, each labelled; then its source note."""
        texts = (
            (self.tr("Status comment"), report.status_comment),
            (self.tr("Risk"), report.risk_comment),
            (self.tr("Summary"), report.summary),
            (self.tr("Manager's assessment"), report.manager_assessment),
        )
        return [f"<p><b>{label}:</b> {_para(text)}</p>" for label, text in texts if text] + [
            self.source_note(report.source_note)
        ]

    # -- pages --------------------------------------------------------------------------------
    def project(self, card: ProjectCard) -> str:
        """The card's body; the project view shows the name above its tabs, so no title here."""
        p, report = card.project, card.latest_report
        parts = [STYLE]
        parts.append(
            f'<p class="muted">{_e(PROJECT_KIND.label(p.kind or "project", self.lang))} · {_e(card.board_name)}</p>'
        )
        marking = p.confidentiality or (report and report.confidentiality)
        if marking:
            parts.append(f'<p class="marking">{_e(marking)}</p>')
        if report:
            parts.append(
                "<p><b>" + self.tr("Status") + f"</b> {self.rag(report.overall_status)} &nbsp; "
                "<b>" + self.tr("Risk") + f"</b> {self.rag(report.risk_level)} &nbsp; "
                f'<span class="muted">{self.report_when(report)}</span></p>'
            )
        solutions = ", ".join(p.national_solutions)
        parts.append(
            self.fields(
                [
                    (self.tr("Project number"), _e(p.project_number)),
                    (self.tr("Actor"), _e(p.actor)),
                    (self.tr("Contact"), _e(p.contact)),
                    (self.tr("Project owner"), _e(p.owner)),
                    (self.tr("Project manager"), _e(p.manager)),
                    (self.tr("Segment"), _e(p.segment)),
                    (
                        self.tr("Phase"),
                        _e(p.phase)
                        + (
                            f" ({self.date(p.phase_start)}–{self.date(p.phase_end)})"
                            if p.phase_start or p.phase_end
                            else ""
                        ),
                    ),
                    (self.tr("Start date"), self.date(p.start_date)),
                    (self.tr("End date"), self.date(p.end_date)),
                    (self.tr("Focus area"), _e(p.focus_area)),
                    (self.tr("National e-health solutions"), _e(solutions)),
                    (self.tr("Implementation strategy"), _e(p.implementation_strategy)),
                    (self.tr("Approved frame"), self.money(p.approved_frame_nok)),
                    (self.tr("Description"), _para(p.description)),
                ]
            )
        )
        parts.append(self.source_note(p.source_note))
        if report:
            parts.append("<h2>" + self.tr("Latest status report") + "</h2>")
            parts += self.report_texts(report)
        if card.areas and report:
            rows = [
                [
                    _e(a.name),
                    self.rag(a.previous, False),
                    self.rag(a.rag),
                    self.trend(a.rag, a.previous),
                    _para(a.comment),
                ]
                for a in card.areas
            ]
            parts.append(
                self.table(
                    [self.tr("Area"), self.tr("Previous"), self.tr("Now"), self.tr("Trend"), self.tr("Comment")], rows
                )
            )
        if card.children:
            parts.append("<h2>" + self.tr("Sub-projects") + "</h2>")
            rows = [
                [
                    f'<a href="project:{_e(c.id)}">{_e(c.name)}</a>',
                    self.rag(c.overall_status),
                    self.rag(c.risk_level),
                ]
                for c in card.children
            ]
            parts.append(self.table([self.tr("Project"), self.tr("Status"), self.tr("Risk")], rows))
        if card.milestones:
            parts.append("<h2>" + self.tr("Milestones and deliverables") + "</h2>")
            rows = []
            for m in card.milestones:
                moved = m.previous_forecast and m.forecast and m.previous_forecast != m.forecast
                forecast = self.date(m.forecast) + (
                    ' <span class="muted">(' + self.tr("was") + f" {self.date(m.previous_forecast)})</span>"
                    if moved
                    else ""
                )
                rows.append(
                    [
                        _e(m.number),
                        _e(m.name),
                        self.date(m.planned),
                        forecast,
                        self.rag(m.status, False) if m.status else "",
                        _e(DELIVERED.label(m.reported_delivered or m.delivered, self.lang)),
                    ]
                )
            parts.append(
                self.table(
                    [
                        "#",
                        self.tr("Milestone"),
                        self.tr("Planned"),
                        self.tr("Forecast"),
                        self.tr("Status"),
                        self.tr("Delivered"),
                    ],
                    rows,
                )
            )
        if card.risks:
            parts.append("<h2>" + self.tr("Risks") + "</h2>")
            rows = []
            for r in card.risks:
                measures = "<br>".join(("☑ " if m.done else "☐ ") + _e(m.text) for m in r.measures)
                score = f"{r.probability}×{r.consequence}" if r.probability and r.consequence else ""
                state = self.tr("closed") if r.status == "closed" else ""
                rows.append(
                    [
                        _e(r.number) + (" " + self.tr("(new)") if r.is_new else ""),
                        _para(r.description) + (f"<br><i>{state}</i>" if state else ""),
                        score,
                        measures,
                        _para(r.comment),
                    ]
                )
            parts.append(
                self.table(
                    ["ID", self.tr("Risk"), self.tr("P×C"), self.tr("Measures"), self.tr("Change / comment")], rows
                )
            )
        if card.needs or card.needed_by:
            parts.append("<h2>" + self.tr("Dependencies") + "</h2>")
        if card.needs:
            rows = [
                [
                    f'<a href="project:{_e(d.on_project)}">{_e(d.on_project_name)}</a>'
                    if d.on_project
                    else _e(d.on_actor),
                    _e(d.what),
                    _e(d.category),
                    _e(CRITICALITY.label(d.criticality, self.lang)),
                    self.date(d.deadline),
                    self.dependency_status(d.status),
                ]
                for d in card.needs
            ]
            parts.append("<p><b>" + self.tr("This project needs") + "</b></p>")
            parts.append(
                self.table(
                    [
                        self.tr("From"),
                        self.tr("What"),
                        self.tr("Category"),
                        self.tr("Criticality"),
                        self.tr("Deadline"),
                        self.tr("Status"),
                    ],
                    rows,
                )
            )
        if card.needed_by:
            rows = [
                [
                    f'<a href="project:{_e(d.project_id)}">{_e(d.project_name)}</a>',
                    _e(d.what),
                    self.date(d.deadline),
                    self.dependency_status(d.status),
                ]
                for d in card.needed_by
            ]
            parts.append("<p><b>" + self.tr("Projects that need this one") + "</b></p>")
            parts.append(
                self.table([self.tr("Project"), self.tr("What"), self.tr("Deadline"), self.tr("Status")], rows)
            )
        if card.budget_lines:
            parts.append("<h2>" + self.tr("Budget") + "</h2>")
            rows = [
                [
                    _e(b.post) + self.source_note(b.source_note, "div"),
                    self.money(b.approved_nok),
                    self.money(b.booked_nok),
                    self.money(b.forecast_nok),
                    self.money(line_deviation(b)),
                ]
                for b in card.budget_lines
            ]
            t = card.budget_totals
            rows.append(
                [
                    "<b>" + self.tr("Total") + "</b>" + self.source_note(t.source_note, "div"),
                    self.money(t.approved_nok),
                    self.money(t.booked_nok),
                    self.money(t.forecast_nok),
                    self.money(line_deviation(t)),
                ]
            )
            parts.append(
                self.table(
                    [
                        self.tr("Post"),
                        self.tr("Approved"),
                        self.tr("Booked"),
                        self.tr("Forecast"),
                        self.tr("Deviation"),
                    ],
                    rows,
                    {1, 2, 3, 4},
                )
            )
        if card.funding:
            parts.append("<h2>" + self.tr("Funding") + "</h2>")
            rows = [[_e(f.source), _e(f.year), self.money(f.amount_nok)] for f in card.funding]
            rows.append(["<b>" + self.tr("Total") + "</b>", "", self.money(card.funding_total)])
            parts.append(self.table([self.tr("Source"), self.tr("Year"), self.tr("Amount")], rows, {2}))
        if card.decisions:
            parts.append("<h2>" + self.tr("Decision history") + "</h2>")
            rows = [
                [
                    self.date(d.date),
                    _e(d.body),
                    _e(d.case_number),
                    _para(d.text) + self.inferred(d.inferred) + self.source_note(d.source_note, "div"),
                ]
                for d in card.decisions
            ]
            parts.append(self.table([self.tr("Date"), self.tr("Body"), self.tr("Case"), self.tr("Decision")], rows))
        return "".join(parts)
