"""One status report as the board read it: ratings per area with comments and the milestone forecasts
it gave. The RAG history grid opens a report with this."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.records import AreaRating, MilestoneForecast, StatusReportDetails
from boarddesk.store import Store
from boarddesk.store.rows import columns_of


@dataclass(frozen=True)
class ReportDetail:
    report: StatusReportDetails
    project_name: str
    period_name: str | None
    areas: list[AreaRating]  # in the board's order
    milestones: list[MilestoneForecast]


def load_report(store: Store, report_id: str) -> ReportDetail | None:
    row = store.query_one(
        f"""SELECT {columns_of(StatusReportDetails, "s")}, rp.name AS period_name, p.name AS project_name,
                  p.board_id FROM status_reports s
           JOIN projects p ON p.id = s.project_id LEFT JOIN reporting_periods rp ON rp.id = s.period
           WHERE s.id = ?""",
        (report_id,),
    )
    if row is None:
        return None
    project_name, period_name, board_id = row.pop("project_name"), row.pop("period_name"), row.pop("board_id")
    areas = store.query(
        """SELECT b.name, a.rag, a.comment FROM board_areas b
           LEFT JOIN area_ratings a ON a.area = b.key AND a.report_id = ?
           WHERE b.board_id = ? ORDER BY b.position""",
        (report_id, board_id),
    )
    milestones = store.query(
        """SELECT m.number, m.name, f.forecast, f.status, f.delivered, f.comment FROM milestone_forecasts f
           JOIN milestones m ON m.id = f.milestone WHERE f.report_id = ? ORDER BY f.position""",
        (report_id,),
    )
    return ReportDetail(
        StatusReportDetails(**row),
        project_name,
        period_name,
        [AreaRating(**area) for area in areas],
        [MilestoneForecast(**milestone) for milestone in milestones],
    )
