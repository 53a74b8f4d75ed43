"""Everything a project card shows, read in a handful of indexed queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from boarddesk.services.boards.lookup import LATEST_REPORT_JOIN
from boarddesk.services.meetings.decisions import DecisionEntry, DecisionFilter, find_decisions
from boarddesk.services.portfolio.history import LAST_DAY
from boarddesk.store import Row, Store


@dataclass(frozen=True)
class AreaStatus:
    key: str
    name: str
    rag: str | None
    previous: str | None
    comment: str | None


@dataclass
class ProjectCard:
    project: Row
    board: Row
    latest_report: Row | None
    previous_report: Row | None
    areas: list[AreaStatus]
    milestones: list[Row]  # with forecast and previous_forecast from the two latest reports
    risks: list[Row]  # with measures
    needs: list[Row]  # dependencies of this project
    needed_by: list[Row]  # dependencies of other projects on this one
    budget_lines: list[Row]  # the paper's lines; its own total line, when it prints one, is budget_total_line
    funding: list[Row]
    operating_cost_changes: list[Row]
    benefits: list[Row]
    decisions: list[DecisionEntry]  # recorded at meetings about the project, and its history
    children: list[Row] = field(default_factory=list)
    budget_total_line: Row | None = None

    @property
    def budget_totals(self) -> Row:
        """The paper's own total line as printed (a blank stays blank), or else the lines summed."""
        keys = ("approved_nok", "booked_nok", "forecast_nok", "deviation_nok")
        if self.budget_total_line is not None:
            return {key: self.budget_total_line[key] for key in keys}
        totals = {key: _sum_given([line[key] for line in self.budget_lines]) for key in keys[:3]}
        totals["deviation_nok"] = None
        return totals

    @property
    def funding_total(self) -> int:
        return sum(line["amount_nok"] or 0 for line in self.funding)


class NotFound(LookupError):
    pass


def load_card(store: Store, project_id: str, until: str | None = None) -> ProjectCard:
    """The card as its newest report shows it, or as of `until` (an ISO date): a pack printed for a
    meeting shows the reports the board had then, never a later one."""
    project = store.query_one("SELECT * FROM projects WHERE id = ?", (project_id,))
    if project is None:
        raise NotFound(f"there is no project {project_id!r}")
    board = store.query_one("SELECT * FROM boards WHERE id = ?", (project["board_id"],))
    reports = store.query(
        "SELECT * FROM status_reports WHERE project_id = ? AND (report_date <= ? OR report_date IS NULL) "
        "ORDER BY report_date DESC, position DESC LIMIT 2",
        (project_id, until or LAST_DAY),
    )
    latest = reports[0] if reports else None
    previous = reports[1] if len(reports) > 1 else None
    budget = _rows(store, "budget_lines", project_id)
    return ProjectCard(
        project=project,
        board=board,
        latest_report=latest,
        previous_report=previous,
        areas=_areas(store, board["id"], latest, previous),
        milestones=_milestones(store, project_id, latest, previous),
        risks=_risks(store, project_id),
        needs=store.query(
            "SELECT d.*, p.name AS on_project_name FROM dependencies d LEFT JOIN projects p ON p.id = d.on_project "
            "WHERE d.project_id = ? ORDER BY d.position",
            (project_id,),
        ),
        needed_by=store.query(
            "SELECT d.*, p.name AS project_name FROM dependencies d JOIN projects p ON p.id = d.project_id "
            "WHERE d.on_project = ? ORDER BY p.name",
            (project_id,),
        ),
        budget_lines=[line for line in budget if not line["is_total"]],
        funding=_rows(store, "funding", project_id),
        operating_cost_changes=_rows(store, "operating_cost_changes", project_id),
        benefits=_rows(store, "benefits", project_id),
        decisions=find_decisions(store, DecisionFilter(project_id=project_id)),
        children=store.query(
            f"""SELECT p.id, p.name, s.overall_status, s.risk_level FROM projects p {LATEST_REPORT_JOIN}
               WHERE p.parent = ? ORDER BY p.position""",
            (project_id,),
        ),
        budget_total_line=next((line for line in budget if line["is_total"]), None),
    )


def _sum_given(values: list[int | None]) -> int | None:
    """The sum of the figures given; None when the column is blank throughout."""
    given = [value for value in values if value is not None]
    return sum(given) if given else None


def line_deviation(line: Row) -> int | None:
    """A budget line's deviation: as the paper prints it, else approved less forecast when both are given."""
    if line.get("deviation_nok") is not None:
        return line["deviation_nok"]
    if line["approved_nok"] is None or line["forecast_nok"] is None:
        return None
    return line["approved_nok"] - line["forecast_nok"]


def _rows(store: Store, table: str, project_id: str) -> list[Row]:
    return store.query(f"SELECT * FROM {table} WHERE project_id = ? ORDER BY position", (project_id,))


def _areas(store: Store, board_id: str, latest: Row | None, previous: Row | None) -> list[AreaStatus]:
    def ratings(report: Row | None) -> dict[str, Row]:
        if report is None:
            return {}
        return {r["area"]: r for r in store.query("SELECT * FROM area_ratings WHERE report_id = ?", (report["id"],))}

    now, before = ratings(latest), ratings(previous)
    areas = store.query("SELECT key, name FROM board_areas WHERE board_id = ? ORDER BY position", (board_id,))
    return [
        AreaStatus(
            area["key"],
            area["name"],
            now.get(area["key"], {}).get("rag"),
            before.get(area["key"], {}).get("rag"),
            now.get(area["key"], {}).get("comment"),
        )
        for area in areas
    ]


def _milestones(store: Store, project_id: str, latest: Row | None, previous: Row | None) -> list[Row]:
    rows = store.query(
        """SELECT m.*, f.forecast, f.status, f.delivered AS reported_delivered, f.comment AS forecast_comment,
                  pf.forecast AS previous_forecast, pf.status AS previous_status
           FROM milestones m
           LEFT JOIN milestone_forecasts f ON f.milestone = m.id AND f.report_id = ?
           LEFT JOIN milestone_forecasts pf ON pf.milestone = m.id AND pf.report_id = ?
           WHERE m.project_id = ? ORDER BY m.position""",
        (latest["id"] if latest else None, previous["id"] if previous else None, project_id),
    )
    return rows


def _risks(store: Store, project_id: str) -> list[Row]:
    risks = store.query("SELECT * FROM risks WHERE project_id = ? ORDER BY position", (project_id,))
    measures = store.query_grouped(
        "SELECT m.* FROM risk_measures m JOIN risks r ON r.id = m.risk_id WHERE r.project_id = ? ORDER BY m.position",
        (project_id,),
        "risk_id",
    )
    for risk in risks:
        risk["measures"] = measures.get(risk["id"], [])
    return risks
