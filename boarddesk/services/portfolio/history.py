"""How a project moved from report to report: RAG per area, milestone forecasts, risk positions.

The views (RAG history grid, milestone timeline and trend chart, risk matrix) and the printed
status report both draw from these, so screen and paper always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boarddesk.store import Store

LAST_DAY = "9999-12-31"  # no report is dated later: «up to the last day» means all of them
# An undated report (the paper gives no date) is an earlier one: kept in the history, in its place.

STATUS_ROW, RISK_ROW = "_status", "_risk"  # the overall ratings, shown above the board's areas


@dataclass(frozen=True)
class ReportColumn:
    report_id: str
    report_date: str
    period_name: str | None
    date_precision: str | None = None  # "month" or "none" when the paper gives no day


@dataclass(frozen=True)
class RagCell:
    rag: str | None  # None: the report did not rate this area
    comment: str | None
    report_id: str


@dataclass(frozen=True)
class RagRow:
    key: str  # STATUS_ROW, RISK_ROW or a board area key
    name: str  # the area's name as the board writes it; the overall rows are named by the view
    cells: list[RagCell]


@dataclass(frozen=True)
class RagHistory:
    columns: list[ReportColumn]  # oldest first
    rows: list[RagRow]


def report_columns(store: Store, project_id: str, until: str | None = None) -> list[ReportColumn]:
    """The project's reports, oldest first; with `until` (an ISO date) only those dated on or before it."""
    rows = store.query(
        """SELECT s.id, s.report_date, p.name AS period_name, s.date_precision FROM status_reports s
           LEFT JOIN reporting_periods p ON p.id = s.period
           WHERE s.project_id = ? AND (s.report_date <= ? OR s.report_date IS NULL) ORDER BY s.report_date, s.position""",
        (project_id, until or LAST_DAY),
    )
    return [ReportColumn(r["id"], r["report_date"], r["period_name"], r["date_precision"]) for r in rows]


def rag_history(store: Store, project_id: str, until: str | None = None) -> RagHistory:
    """One row per area (overall status and risk first), one column per report (up to `until`)."""
    columns = report_columns(store, project_id, until)
    reports = {
        r["id"]: r
        for r in store.query(
            "SELECT id, overall_status, status_comment, risk_level, risk_comment FROM status_reports "
            "WHERE project_id = ?",
            (project_id,),
        )
    }
    ratings: dict[tuple[str, str], dict] = {
        (r["report_id"], r["area"]): r
        for r in store.query(
            "SELECT a.report_id, a.area, a.rag, a.comment FROM area_ratings a "
            "JOIN status_reports s ON s.id = a.report_id WHERE s.project_id = ?",
            (project_id,),
        )
    }
    board_areas = store.query(
        "SELECT a.key, a.name FROM board_areas a JOIN projects p ON p.board_id = a.board_id "
        "WHERE p.id = ? ORDER BY a.position",
        (project_id,),
    )
    rows = [
        RagRow(
            STATUS_ROW,
            "Status",
            [
                RagCell(reports[c.report_id]["overall_status"], reports[c.report_id]["status_comment"], c.report_id)
                for c in columns
            ],
        ),
        RagRow(
            RISK_ROW,
            "Risiko",
            [
                RagCell(reports[c.report_id]["risk_level"], reports[c.report_id]["risk_comment"], c.report_id)
                for c in columns
            ],
        ),
    ]
    for area in board_areas:
        cells = []
        for column in columns:
            rating = ratings.get((column.report_id, area["key"]), {})
            cells.append(RagCell(rating.get("rag"), rating.get("comment"), column.report_id))
        rows.append(RagRow(area["key"], area["name"], cells))
    return RagHistory(columns, rows)


@dataclass(frozen=True)
class ForecastPoint:
    report_id: str
    report_date: str
    forecast: str
    date_precision: str | None = None  # "month", or "none" when the paper gives the report no date


@dataclass
class MilestoneTrack:
    milestone_id: str
    number: str | None
    name: str
    planned: str | None  # the original baseline
    delivered: str | None  # as the latest report (or the milestone) says
    points: list[ForecastPoint] = field(default_factory=list)  # oldest report first
    as_of: str | None = None  # the date of the project's latest report: what the board knows

    @property
    def overdue(self) -> bool:
        """Past its date on the latest report and not delivered (nor redefined): late, whatever
        forecast the report repeated."""
        due = self.current_forecast
        return bool(due and self.as_of and due < self.as_of and self.delivered not in ("yes", "redefined"))

    @property
    def current_forecast(self) -> str | None:
        return self.points[-1].forecast if self.points else self.planned

    @property
    def slip_days(self) -> int | None:
        """How far the current forecast lies after the original plan, in days."""
        from datetime import date

        if not self.planned or not self.current_forecast:
            return None
        return (date.fromisoformat(self.current_forecast) - date.fromisoformat(self.planned)).days


def milestone_tracks(store: Store, project_id: str, until: str | None = None) -> list[MilestoneTrack]:
    """Each milestone with every forecast a report (up to `until`) gave for it: a trend chart's data."""
    tracks = {
        m["id"]: MilestoneTrack(m["id"], m["number"], m["name"], m["planned"], m["delivered"])
        for m in store.query(
            "SELECT id, number, name, planned, delivered FROM milestones WHERE project_id = ? ORDER BY position",
            (project_id,),
        )
    }
    for row in store.query(
        """SELECT f.milestone, f.forecast, f.delivered, s.id AS report_id, s.report_date, s.date_precision
           FROM milestone_forecasts f JOIN status_reports s ON s.id = f.report_id
           WHERE s.project_id = ? AND f.forecast IS NOT NULL AND (s.report_date <= ? OR s.report_date IS NULL)
           ORDER BY s.report_date, s.position""",
        (project_id, until or LAST_DAY),
    ):
        track = tracks.get(row["milestone"])
        if track is None:
            continue
        track.points.append(ForecastPoint(row["report_id"], row["report_date"], row["forecast"], row["date_precision"]))
        if row["delivered"]:
            track.delivered = row["delivered"]
    as_of = store.scalar("SELECT max(report_date) FROM status_reports WHERE project_id = ?", (project_id,))
    for track in tracks.values():
        track.as_of = as_of
    return list(tracks.values())


def sub_projects_with_milestones(store: Store, project_id: str) -> list[tuple[str, str, int]]:
    """The sub-projects that report milestones, where a programme reports none of its own:
    (id, name, how many), in the programme's order."""
    return [
        (row["id"], row["name"], row["n"])
        for row in store.query(
            """SELECT p.id, p.name, count(m.id) AS n FROM projects p JOIN milestones m ON m.project_id = p.id
               WHERE p.parent = ? GROUP BY p.id ORDER BY p.position""",
            (project_id,),
        )
    ]


@dataclass(frozen=True)
class RiskPosition:
    risk_id: str
    number: str
    description: str
    status: str | None
    probability: int | None
    consequence: int | None
    previous_probability: int | None  # from the report before the latest assessment
    previous_consequence: int | None

    @property
    def score(self) -> int | None:
        return self.probability * self.consequence if self.probability and self.consequence else None

    @property
    def moved(self) -> bool:
        return self.previous_probability is not None and (
            (self.previous_probability, self.previous_consequence) != (self.probability, self.consequence)
        )


def risk_positions(store: Store, project_id: str, until: str | None = None) -> list[RiskPosition]:
    """Each risk's place in the 5×5 matrix now, and where the previous report put it.

    A risk's own probability and consequence are its current ones; reports that assessed it give
    the history, so the latest two assessments show the move."""
    assessments = store.query_grouped(
        """SELECT a.risk, a.probability, a.consequence FROM risk_assessments a
           JOIN status_reports s ON s.id = a.report_id WHERE s.project_id = ? AND (s.report_date <= ? OR s.report_date IS NULL)
           ORDER BY s.report_date, s.position""",
        (project_id, until or LAST_DAY),
        "risk",
    )
    positions = []
    for risk in store.query(
        "SELECT id, number, description, status, probability, consequence FROM risks WHERE project_id = ? "
        "ORDER BY position",
        (project_id,),
    ):
        history = assessments.get(risk["id"], [])
        now = history[-1] if history else risk
        before = history[-2] if len(history) > 1 else None
        positions.append(
            RiskPosition(
                risk["id"],
                risk["number"],
                risk["description"],
                risk["status"],
                now["probability"],
                now["consequence"],
                before["probability"] if before else None,
                before["consequence"] if before else None,
            )
        )
    return positions


def risk_level(probability: int, consequence: int) -> str:
    """Low, medium or high for a cell of the 5×5 matrix (by the product, as the boards' matrices shade it)."""
    score = probability * consequence
    return "high" if score >= 15 else "medium" if score >= 6 else "low"
