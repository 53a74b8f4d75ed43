"""A project's status report as printed in a pack: card fields, RAG per area with trend, the RAG
history grid, milestones with timeline and trend chart, the risk matrix and list, the budget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from boarddesk.model.formatting import format_date, format_nok, format_report_date, format_thousands
from boarddesk.model.rag import trend_arrow
from boarddesk.model.records import BudgetLine, StatusReportDetails
from boarddesk.model.vocabulary import DELIVERED, RISK_STATUS
from boarddesk.reports import charts
from boarddesk.reports.fonts import BOLD
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import (
    CELL_SIZE,
    Mark,
    Rag,
    RagBadge,
    fields_table,
    fitted_grid,
    frame_width,
    grid,
    heading,
    para,
    paragraphs,
)
from boarddesk.services.portfolio.cards import ProjectCard, line_deviation, load_card
from boarddesk.services.portfolio.history import (
    MilestoneTrack,
    RagHistory,
    RiskPosition,
    milestone_tracks,
    rag_history,
    risk_positions,
)
from boarddesk.store import Store


@dataclass
class ReportData:
    """Everything one printed status report shows; also what its cache key is made of."""

    card: ProjectCard
    history: RagHistory
    tracks: list[MilestoneTrack]
    risks: list[RiskPosition]

    @property
    def has_report(self) -> bool:
        return self.card.latest_report is not None

    @property
    def marking(self) -> str | None:
        report = self.card.latest_report
        return (report and report.confidentiality) or self.card.project.confidentiality


def load_report_data(store: Store, project_id: str, until: str | None = None) -> ReportData:
    """The project's newest report, or its newest dated on or before `until`, with its history."""
    return ReportData(
        load_card(store, project_id, until),
        rag_history(store, project_id, until),
        milestone_tracks(store, project_id, until),
        risk_positions(store, project_id, until),
    )


def report_title(data: ReportData, lang: str) -> str:
    return f"{labels(lang)['status_report']}: {data.card.project.name}"


def status_report_flowables(data: ReportData, lang: str, paper: str, key: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    card, report = data.card, data.card.latest_report
    flow: list[Flowable] = [Mark(key), para(report_title(data, lang), "h1")]
    flow.append(_card_fields(data, lang, width))
    for text, label in report_texts(report):
        flow += [*heading(words[label], "h3", 15 * mm), *paragraphs(text)]
    for note in (card.project.source_note, report and report.source_note):
        if note:  # a remark about the paper, set apart from the report's own words
            flow.append(para(f"{words['source_note']}: {note}", "muted"))
    flow += [*heading(words["status"], "h2", 30 * mm), _area_table(data, lang, width)]
    if len(data.history.columns) > 1:
        flow += [CondPageBreak(40 * mm), para(words["rag_history"], "h2"), _history_grid(data, lang, width)]
    if card.milestones:
        flow += [CondPageBreak(50 * mm), para(words["milestones"], "h2"), _milestone_table(card, lang, width)]
        timeline = charts.milestone_timeline(data.tracks, width, lang, report and report.report_date)
        if timeline:
            flow += [Spacer(1, 3 * mm), KeepTogether([timeline])]
        trend = charts.milestone_trend(data.tracks, width, lang)
        if trend:
            flow.append(
                KeepTogether(
                    [para(words["milestone_trend"], "h3"), para(words["milestone_trend_note"], "muted"), trend]
                )
            )
    if card.risks:
        flow += [CondPageBreak(80 * mm), para(words["risks"], "h2")]
        if any(r.probability and r.consequence for r in data.risks):
            flow += [_risk_matrix_block(data, lang, width), Spacer(1, 3 * mm)]
        else:
            flow.append(para(words["not_in_matrix"], "muted"))
        flow.append(_risk_table(card, lang, width))
    if card.budget_lines:
        flow += [CondPageBreak(40 * mm), para(words["budget"], "h2"), _budget_table(card, lang, width)]
    return flow


def report_texts(report: StatusReportDetails | None) -> list[tuple[str, str]]:
    """The report's summary, status comment and manager's assessment, those it gives, each with its label's key."""
    if report is None:
        return []
    texts = (
        (report.summary, "summary"),
        (report.status_comment, "overall_status"),
        (report.manager_assessment, "manager_assessment"),
    )
    return [(text, label) for text, label in texts if text]


def card_pairs(data: ReportData, lang: str, rag_cell: Callable[[str | None], object]) -> list[tuple[str, object]]:
    """The report's header lines; `rag_cell` shows a rating (a badge in print, a word in the archive)."""
    words = labels(lang)
    p, report = data.card.project, data.card.latest_report
    phase = p.phase or ""
    if p.phase_start or p.phase_end:
        phase += f" ({format_date(p.phase_start, lang)}–{format_date(p.phase_end, lang)})"
    period = data.history.columns[-1].period_name if data.history.columns else None
    return [
        (words["project_number"], p.project_number),
        (words["owner"], p.owner),
        (words["manager"], p.manager),
        (words["actor"], p.actor),
        (words["phase"], phase.strip()),
        (words["end_date"], format_date(p.end_date, lang)),
        (words["approved_frame"], format_nok(p.approved_frame_nok, lang)),
        (words["period"], period),
        (words["report_date"], _report_when(report.report_date, report.date_precision, lang) if report else None),
        (words["overall_status"], rag_cell(report.overall_status) if report else None),
        (words["risk_level"], rag_cell(report.risk_level) if report else None),
    ]


def _card_fields(data: ReportData, lang: str, width: float) -> Flowable:
    pairs = card_pairs(data, lang, lambda rag: RagBadge(rag, lang, width=30 * mm))
    return fields_table(pairs, width) or Spacer(1, 0)


def area_rows(data: ReportData, lang: str, rag_cell: Callable[[str | None], object]) -> tuple[list[str], list[list]]:
    """The status per area, before and now, with trend and comment: header and rows."""
    words = labels(lang)
    now, before = data.card.latest_report, data.card.previous_report
    overall = [
        (words["overall_status"], before and before.overall_status, now and now.overall_status, None),
        (words["risk_level"], before and before.risk_level, now and now.risk_level, None),
    ]
    rows = [row for row in overall if row[1] or row[2]] + [
        (a.name, a.previous, a.rag, a.comment) for a in data.card.areas
    ]
    body = [
        [name, rag_cell(prev), rag_cell(cur), trend_arrow(cur, prev), comment or ""]
        for name, prev, cur, comment in rows
    ]
    return [words["area"], words["previous"], words["now"], words["trend"], words["comment"]], body


AREA_WEIGHTS, AREA_KEEP = (0.6, 0, 0, 0, 3), (0, 2)


def _area_table(data: ReportData, lang: str, width: float) -> Flowable:
    header, body = area_rows(data, lang, lambda rag: RagBadge(rag, lang))
    return fitted_grid(header, body, width, weights=AREA_WEIGHTS, keep=AREA_KEEP)


def _history_grid(data: ReportData, lang: str, width: float) -> Flowable:
    words = labels(lang)
    names = {"_status": words["overall_status"], "_risk": words["risk_level"]}
    first = 45 * mm
    date_width = stringWidth(format_date("2024-12-31", lang), BOLD, CELL_SIZE) + 10  # a date on one line
    fits = max(1, int((width - first) // date_width))
    columns = data.history.columns[-fits:]  # the latest reports, as many as fit across the page
    header = [words["area"]] + [_report_when(c.report_date, c.date_precision, lang) for c in columns]
    rows = [
        [names.get(row.key, row.name)]
        + [Rag(cell.rag, lang, word=False, shape=True) for cell in row.cells[-len(columns) :]]
        for row in data.history.rows
        if any(cell.rag for cell in row.cells)
    ]
    return grid(header, rows, [first] + [max(date_width, min((width - first) / len(columns), 22 * mm))] * len(columns))


def milestone_rows(
    card: ProjectCard, lang: str, rag_cell: Callable[[str | None], object]
) -> tuple[list[str], list[list]]:
    """The milestones with plan, forecast (and the one before), status, delivery and comment."""
    words = labels(lang)
    rows = []
    for m in card.milestones:
        forecast = format_date(m.forecast, lang)
        if m.previous_forecast and m.previous_forecast != m.forecast:
            forecast = f"{format_date(m.previous_forecast, lang)} → {forecast}"
        delivered = m.reported_delivered or m.delivered
        comment = "\n".join(dict.fromkeys(t for t in (m.forecast_comment, m.action_on_delay) if t))
        rows.append(
            [
                m.number or "",
                m.name,
                format_date(m.planned, lang),
                forecast,
                rag_cell(m.status),
                DELIVERED.label(delivered, lang) if delivered else "",
                comment,
            ]
        )
    header = [
        words["number"],
        words["milestone"],
        words["planned"],
        words["forecast"],
        words["status"],
        words["delivered"],
        words["comment"],
    ]
    return header, rows


MILESTONE_WEIGHTS, MILESTONE_KEEP = (0, 1.2, 0, 0.3, 0, 0, 2.5), (1,)


def _milestone_table(card: ProjectCard, lang: str, width: float) -> Flowable:
    header, rows = milestone_rows(card, lang, lambda rag: RagBadge(rag, lang, word=False))
    return fitted_grid(header, rows, width, weights=MILESTONE_WEIGHTS, keep=MILESTONE_KEEP)


def _risk_matrix_block(data: ReportData, lang: str, width: float) -> Flowable:
    matrix = charts.risk_matrix(data.risks, lang)
    words = labels(lang)
    legend = [para(words["risk_matrix"], "h3")]
    placed = [r for r in data.risks if r.status != "closed" and r.probability and r.consequence]
    legend += [para(f"{r.number}: {_shorten(r.description, 90)}", "small") for r in placed[:14]]
    table = Table([[matrix, legend]], colWidths=[matrix.width + 4 * mm, width - matrix.width - 4 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def risk_rows(card: ProjectCard, lang: str) -> tuple[list[str], list[list], tuple, tuple]:
    """ID, risk, probability and consequence (when assessed), measures ticked done or open, status:
    header, rows, weights and the numeric columns."""
    words = labels(lang)
    scored = any(r.probability or r.consequence for r in card.risks)
    rows = []
    for r in card.risks:
        number = r.number + (f" ({words['new']})" if r.is_new else "")
        measures = "\n".join(("☑ " if m.done else "☐ ") + m.text for m in r.measures)
        status = RISK_STATUS.label(r.status or "open", lang)
        note = "\n".join(t for t in (status, r.comment) if t)
        scores = [r.probability or "", r.consequence or ""] if scored else []
        rows.append([number, r.description, *scores, measures, note])
    letters = ["S", "K"] if lang == "nb" else ["P", "C"]
    header = [words["number"], words["risk"], *(letters if scored else []), words["measures"], words["comment"]]
    weights = (0, 1.5, *((0, 0) if scored else ()), 1.5, 1.2)
    return header, rows, weights, (2, 3) if scored else ()


def _risk_table(card: ProjectCard, lang: str, width: float) -> Flowable:
    header, rows, weights, numeric = risk_rows(card, lang)
    return fitted_grid(header, rows, width, weights, numeric=numeric, keep=(1,))


def budget_rows(card: ProjectCard, lang: str) -> tuple[list[str], list[list]]:
    """Each budget line and the total: approved, booked, forecast, deviation, comment."""
    words = labels(lang)

    def line(post: str, values: BudgetLine) -> list:
        amounts = (values.approved_nok, values.booked_nok, values.forecast_nok, line_deviation(values))
        note = f"{words['source_note']}: {values.source_note}" if values.source_note else ""
        comment = "\n".join(text for text in (values.comment, note) if text)
        return [post] + [format_thousands(v, lang) for v in amounts] + [comment]

    rows = [line(b.post, b) for b in card.budget_lines]
    rows.append(line(words["total"], card.budget_totals))
    header = [
        words["post"],
        words["approved"],
        words["booked"],
        words["forecast"],
        words["deviation"],
        words["comment"],
    ]
    return header, rows


BUDGET_WEIGHTS = (1, 0, 0, 0, 0, 2)


def _budget_table(card: ProjectCard, lang: str, width: float) -> Flowable:
    header, rows = budget_rows(card, lang)
    return fitted_grid(header, rows, width, BUDGET_WEIGHTS, numeric=(1, 2, 3, 4), keep=(0,), total_row=True)


def _report_when(report_date: str, precision: str | None, lang: str) -> str:
    """The report's date as precise as the paper gives it; an undated one says so."""
    return format_report_date(report_date, precision, lang) or labels(lang)["undated"]


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
