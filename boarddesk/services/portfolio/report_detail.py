"""One status report as the board read it: ratings per area with comments and the milestone forecasts
it gave. The RAG history grid opens a report with this."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.store import Row, Store


@dataclass(frozen=True)
class ReportDetail:
    report: Row  # the status_reports row, with period_name and project_name
    areas: list[Row]  # name, rag, comment in the board's order
    milestones: list[Row]  # number, name, forecast, status, delivered, comment


def load_report(store: Store, report_id: str) -> ReportDetail | None:
    report = store.query_one(
        """SELECT s.*, rp.name AS period_name, p.name AS project_name, p.board_id FROM status_reports s
           JOIN projects p ON p.id = s.project_id LEFT JOIN reporting_periods rp ON rp.id = s.period
           WHERE s.id = ?""",
        (report_id,),
    )
    if report is None:
        return None
    areas = store.query(
        """SELECT b.name, a.rag, a.comment FROM board_areas b
           LEFT JOIN area_ratings a ON a.area = b.key AND a.report_id = ?
           WHERE b.board_id = ? ORDER BY b.position""",
        (report_id, report["board_id"]),
    )
    milestones = store.query(
        """SELECT m.number, m.name, f.forecast, f.status, f.delivered, f.comment FROM milestone_forecasts f
           JOIN milestones m ON m.id = f.milestone WHERE f.report_id = ? ORDER BY f.position""",
        (report_id,),
    )
    return ReportDetail(report, areas, milestones)
