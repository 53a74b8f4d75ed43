"""Everything a project card shows, read in a handful of indexed queries, as typed records."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from boarddesk.model.records import (
    Benefit,
    BudgetLine,
    Dependency,
    Funding,
    Milestone,
    OperatingCostChange,
    ProjectDetails,
    Risk,
    RiskMeasure,
    StatusReportDetails,
    SubProject,
)
from boarddesk.services.boards.lookup import LATEST_REPORT_JOIN
from boarddesk.services.meetings.decisions import DecisionEntry, DecisionFilter, find_decisions
from boarddesk.services.portfolio.history import LAST_DAY
from boarddesk.store import Row, Store
from boarddesk.store.rows import columns_of


@dataclass(frozen=True)
class AreaStatus:
    key: str
    name: str
    rag: str | None
    previous: str | None
    comment: str | None


@dataclass
class ProjectCard:
    project: ProjectDetails
    board_name: str
    latest_report: StatusReportDetails | None
    previous_report: StatusReportDetails | None
    areas: list[AreaStatus]
    milestones: list[Milestone]  # with forecast and previous_forecast from the two latest reports
    risks: list[Risk]  # with measures
    needs: list[Dependency]  # dependencies of this project
    needed_by: list[Dependency]  # dependencies of other projects on this one
    budget_lines: list[BudgetLine]  # the paper's lines; its own total line, when it prints one, is budget_total_line
    funding: list[Funding]
    operating_cost_changes: list[OperatingCostChange]
    benefits: list[Benefit]
    decisions: list[DecisionEntry]  # recorded at meetings about the project, and its history
    children: list[SubProject] = field(default_factory=list)
    budget_total_line: BudgetLine | None = None

    @property
    def budget_totals(self) -> BudgetLine:
        """The paper's own total line as printed (a blank stays blank, its comment is not shown), or
        else the lines summed."""
        if self.budget_total_line is not None:
            return replace(self.budget_total_line, comment=None)
        lines = self.budget_lines
        return BudgetLine(
            post="",
            approved_nok=_sum_given([line.approved_nok for line in lines]),
            booked_nok=_sum_given([line.booked_nok for line in lines]),
            forecast_nok=_sum_given([line.forecast_nok for line in lines]),
            deviation_nok=None,
            comment=None,
            source_note=None,
            is_total=True,
        )

    @property
    def funding_total(self) -> int:
        return sum(line.amount_nok or 0 for line in self.funding)


class NotFound(LookupError):
    pass


def load_card(store: Store, project_id: str, until: str | None = None) -> ProjectCard:
    """The card as its newest report shows it, or as of `until` (an ISO date): a pack printed for a
    meeting shows the reports the board had then, never a later one."""
    row = store.query_one(
        f"SELECT {columns_of(ProjectDetails, leave_out=('national_solutions',))}, national_solutions "
        "FROM projects WHERE id = ?",
        (project_id,),
    )
    if row is None:
        raise NotFound(f"there is no project {project_id!r}")
    project = ProjectDetails(**{**row, "national_solutions": tuple(json.loads(row["national_solutions"] or "[]"))})
    reports = [
        StatusReportDetails(**report)
        for report in store.query(
            f"SELECT {columns_of(StatusReportDetails)} FROM status_reports "
            "WHERE project_id = ? AND (report_date <= ? OR report_date IS NULL) "
            "ORDER BY report_date DESC, position DESC LIMIT 2",
            (project_id, until or LAST_DAY),
        )
    ]
    latest = reports[0] if reports else None
    previous = reports[1] if len(reports) > 1 else None
    budget = _budget(store, project_id)
    return ProjectCard(
        project=project,
        board_name=store.scalar("SELECT name FROM boards WHERE id = ?", (project.board_id,)),
        latest_report=latest,
        previous_report=previous,
        areas=_areas(store, project.board_id, latest, previous),
        milestones=_milestones(store, project_id, latest, previous),
        risks=_risks(store, project_id),
        needs=_dependencies(
            store,
            "NULL AS project_name, p.name AS on_project_name FROM dependencies d "
            "LEFT JOIN projects p ON p.id = d.on_project WHERE d.project_id = ? ORDER BY d.position",
            project_id,
        ),
        needed_by=_dependencies(
            store,
            "p.name AS project_name, NULL AS on_project_name FROM dependencies d "
            "JOIN projects p ON p.id = d.project_id WHERE d.on_project = ? ORDER BY p.name",
            project_id,
        ),
        budget_lines=[line for line in budget if not line.is_total],
        funding=_records(store, Funding, "funding", project_id),
        operating_cost_changes=_records(store, OperatingCostChange, "operating_cost_changes", project_id),
        benefits=_records(store, Benefit, "benefits", project_id),
        decisions=find_decisions(store, DecisionFilter(project_id=project_id)),
        children=[
            SubProject(**child)
            for child in store.query(
                f"""SELECT p.id, p.name, s.overall_status, s.risk_level FROM projects p {LATEST_REPORT_JOIN}
                   WHERE p.parent = ? ORDER BY p.position""",
                (project_id,),
            )
        ],
        budget_total_line=next((line for line in budget if line.is_total), None),
    )


def _sum_given(values: list[int | None]) -> int | None:
    """The sum of the figures given; None when the column is blank throughout."""
    given = [value for value in values if value is not None]
    return sum(given) if given else None


def line_deviation(line: BudgetLine) -> int | None:
    """A budget line's deviation: as the paper prints it, else approved less forecast when both are given."""
    if line.deviation_nok is not None:
        return line.deviation_nok
    if line.approved_nok is None or line.forecast_nok is None:
        return None
    return line.approved_nok - line.forecast_nok


def _records(store: Store, record: type, table: str, project_id: str) -> list:
    rows = store.query(
        f"SELECT {columns_of(record)} FROM {table} WHERE project_id = ? ORDER BY position", (project_id,)
    )
    return [record(**row) for row in rows]


def _budget(store: Store, project_id: str) -> list[BudgetLine]:
    rows = store.query(
        f"SELECT {columns_of(BudgetLine)} FROM budget_lines WHERE project_id = ? ORDER BY position", (project_id,)
    )
    return [BudgetLine(**{**row, "is_total": bool(row["is_total"])}) for row in rows]


def _dependencies(store: Store, rest: str, project_id: str) -> list[Dependency]:
    """`rest`: the two names, the joins and the order, after the dependency's own columns."""
    own = columns_of(Dependency, "d", leave_out=("project_name", "on_project_name"))
    return [Dependency(**row) for row in store.query(f"SELECT {own}, {rest}", (project_id,))]


def _areas(
    store: Store, board_id: str, latest: StatusReportDetails | None, previous: StatusReportDetails | None
) -> list[AreaStatus]:
    def ratings(report: StatusReportDetails | None) -> dict[str, Row]:
        if report is None:
            return {}
        return {
            r["area"]: r
            for r in store.query("SELECT area, rag, comment FROM area_ratings WHERE report_id = ?", (report.id,))
        }

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


def _milestones(
    store: Store, project_id: str, latest: StatusReportDetails | None, previous: StatusReportDetails | None
) -> list[Milestone]:
    rows = store.query(
        """SELECT m.id, m.number, m.name, m.planned, m.delivered, m.action_on_delay,
                  f.forecast, f.status, f.delivered AS reported_delivered, f.comment AS forecast_comment,
                  pf.forecast AS previous_forecast, pf.status AS previous_status
           FROM milestones m
           LEFT JOIN milestone_forecasts f ON f.milestone = m.id AND f.report_id = ?
           LEFT JOIN milestone_forecasts pf ON pf.milestone = m.id AND pf.report_id = ?
           WHERE m.project_id = ? ORDER BY m.position""",
        (latest.id if latest else None, previous.id if previous else None, project_id),
    )
    return [Milestone(**row) for row in rows]


def _risks(store: Store, project_id: str) -> list[Risk]:
    measures = store.query_grouped(
        "SELECT m.risk_id, m.text, m.done FROM risk_measures m JOIN risks r ON r.id = m.risk_id "
        "WHERE r.project_id = ? ORDER BY m.position",
        (project_id,),
        "risk_id",
    )
    rows = store.query(
        f"SELECT {columns_of(Risk, leave_out=('measures',))} FROM risks WHERE project_id = ? ORDER BY position",
        (project_id,),
    )
    return [
        Risk(
            **{**row, "is_new": bool(row["is_new"])},
            measures=tuple(RiskMeasure(m["text"], bool(m["done"])) for m in measures.get(row["id"], [])),
        )
        for row in rows
    ]
