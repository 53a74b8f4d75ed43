"""The portfolio overview of a board: RAG counts per period, the project table, red dependencies
and budget per owner and focus area.

Every figure is aggregated in SQL with one query per panel, never one per project, so the overview
stays quick for a board with 10 000 projects and 40 reports each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boarddesk.store import Store

RAG_KEYS = ("green", "yellow", "red", "grey")


@dataclass(frozen=True)
class Period:
    id: str
    name: str
    end: str | None


@dataclass
class RagCounts:
    """How many projects stand at each rating (grey also counts projects without a report)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RAG_KEYS, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, rag: str) -> float:
        return self.counts.get(rag, 0) / self.total if self.total else 0.0


@dataclass(frozen=True)
class PortfolioSummary:
    period: Period | None
    previous: Period | None  # None when the board has no earlier period
    status_now: RagCounts
    status_before: RagCounts | None
    risk_now: RagCounts
    risk_before: RagCounts | None
    # Where the board reports no overall status (Helse Nord rates areas only): each project's
    # worst area rating, counted instead, and marked as derived wherever it is shown.
    worst_area_now: RagCounts | None = None
    worst_area_before: RagCounts | None = None

    @property
    def status_is_derived(self) -> bool:
        return self.worst_area_now is not None


# The columns of the project table, in order; the GUI names them.
PROJECT_COLUMNS = ("name", "segment", "phase", "actor", "focus_area", "overall_status", "risk_level", "end_date")


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    segment: str | None
    phase: str | None
    actor: str | None
    focus_area: str | None
    overall_status: str | None
    risk_level: str | None
    end_date: str | None
    worst_area: str | None = None  # the worst area rating of the same report (derived, not reported)

    @property
    def status_shown(self) -> str | None:
        """The overall status the report gives, else the derived worst area rating."""
        return self.overall_status or self.worst_area

    @property
    def status_is_derived(self) -> bool:
        return self.overall_status is None and self.worst_area is not None


def periods(store: Store, board_id: str) -> list[Period]:
    """The board's reporting periods, oldest first."""
    rows = store.query(
        'SELECT id, name, "end" FROM reporting_periods WHERE board_id = ? ORDER BY coalesce("end", start, ""), position',
        (board_id,),
    )
    return [Period(r["id"], r["name"], r["end"]) for r in rows]


def _latest_reports_sql(period_filter: str) -> str:
    """Each project's latest report (within a period, or overall), by SQLite's bare-column max()."""
    return f"""SELECT s.id AS report_id, s.project_id, s.overall_status, s.risk_level, max(s.report_date) AS report_date
               FROM status_reports s JOIN projects p ON p.id = s.project_id
               WHERE p.board_id = :board {period_filter} GROUP BY s.project_id"""


# In a period, the projects that reported in it, and those that have never reported (grey): a
# project that left the portfolio before the period (or joined after it) is not counted in it.
IN_PERIOD = """(:period IS NULL OR r.project_id IS NOT NULL
                OR NOT EXISTS (SELECT 1 FROM status_reports x WHERE x.project_id = p.id))"""


# The worst of a report's area ratings: red before yellow before green; grey (not assessed) is
# left out, so a report rated grey everywhere has no worst area.
_WORST_AREA_SQL = """(SELECT CASE min(CASE a.rag WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 END)
                       WHEN 0 THEN 'red' WHEN 1 THEN 'yellow' WHEN 2 THEN 'green' END
                     FROM area_ratings a WHERE a.report_id = r.report_id)"""


def _worst_area_counts(store: Store, board_id: str, period_id: str | None) -> RagCounts | None:
    """Projects by their worst area rating, where no project has an overall status; else None."""
    latest = _latest_reports_sql("AND s.period = :period" if period_id else "")
    rows = store.query(
        f"""WITH r AS ({latest})
            SELECT coalesce({_WORST_AREA_SQL}, 'grey') AS worst, count(*) AS n, max(r.overall_status) AS any_status
            FROM projects p LEFT JOIN r ON r.project_id = p.id
            WHERE p.board_id = :board GROUP BY 1""",
        {"board": board_id, "period": period_id},
    )
    if any(row["any_status"] for row in rows) or all(row["worst"] == "grey" for row in rows):
        return None
    counts = RagCounts()
    for row in rows:
        counts.counts[row["worst"]] += row["n"]
    return counts


def _counts(store: Store, board_id: str, period_id: str | None) -> tuple[RagCounts, RagCounts]:
    latest = _latest_reports_sql("AND s.period = :period" if period_id else "")
    rows = store.query(
        f"""WITH r AS ({latest})
            SELECT coalesce(r.overall_status, 'grey') AS status, coalesce(r.risk_level, 'grey') AS risk,
                   count(*) AS n
            FROM projects p LEFT JOIN r ON r.project_id = p.id
            WHERE p.board_id = :board AND {IN_PERIOD} GROUP BY 1, 2""",
        {"board": board_id, "period": period_id},
    )
    status, risk = RagCounts(), RagCounts()
    for row in rows:
        status.counts[row["status"]] = status.counts.get(row["status"], 0) + row["n"]
        risk.counts[row["risk"]] = risk.counts.get(row["risk"], 0) + row["n"]
    return status, risk


def counts_of(rows: list[ProjectRow]) -> tuple[RagCounts, RagCounts]:
    """Status and risk counts of rows already read (saves the portfolio view a second pass)."""
    status, risk = RagCounts(), RagCounts()
    for row in rows:
        status.counts[row.overall_status or "grey"] += 1
        risk.counts[row.risk_level or "grey"] += 1
    return status, risk


def summary(
    store: Store, board_id: str, period_id: str | None = None, rows: list[ProjectRow] | None = None
) -> PortfolioSummary:
    """RAG counts for status and risk in a period (the latest by default) and in the one before;
    `rows`, the period's project rows when the caller has them, are counted instead of queried."""
    all_periods = periods(store, board_id)
    ids = [p.id for p in all_periods]
    if period_id is None and all_periods:
        period_id = all_periods[-1].id
    index = ids.index(period_id) if period_id in ids else None
    period = all_periods[index] if index is not None else None
    previous = all_periods[index - 1] if index else None
    status_now, risk_now = counts_of(rows) if rows is not None else _counts(store, board_id, period_id)
    status_before, risk_before = _counts(store, board_id, previous.id) if previous else (None, None)
    worst_now = _worst_area_counts(store, board_id, period_id) if not _reported(status_now) else None
    worst_before = _worst_area_counts(store, board_id, previous.id) if worst_now and previous else None
    return PortfolioSummary(period, previous, status_now, status_before, risk_now, risk_before, worst_now, worst_before)


def _reported(counts: RagCounts) -> bool:
    return counts.counts["grey"] < counts.total


def project_rows(store: Store, board_id: str, period_id: str | None = None) -> list[ProjectRow]:
    """Every project of the board with its status and risk in the period, in one query."""
    latest = _latest_reports_sql("AND s.period = :period" if period_id else "")
    rows = store.conn.execute(
        f"""WITH r AS ({latest})
            SELECT p.id, p.name, p.segment, p.phase, p.actor, p.focus_area, r.overall_status, r.risk_level,
                   p.end_date, CASE WHEN r.overall_status IS NULL THEN {_WORST_AREA_SQL} END
            FROM projects p LEFT JOIN r ON r.project_id = p.id
            WHERE p.board_id = :board AND {IN_PERIOD} ORDER BY p.position""",
        {"board": board_id, "period": period_id},
    ).fetchall()
    return [ProjectRow(*row) for row in rows]


@dataclass(frozen=True)
class KeyFigures:
    """What the portfolio report says of a period as a whole, and a note on where it comes from."""

    summary: str | None
    source_note: str | None


def key_figures(store: Store, period_id: str | None) -> KeyFigures:
    row = store.query_one("SELECT summary, source_note FROM reporting_periods WHERE id = ?", (period_id,))
    return KeyFigures(row["summary"], row["source_note"]) if row else KeyFigures(None, None)


def project_count(store: Store, board_id: str) -> int:
    return store.scalar("SELECT count(*) FROM projects WHERE board_id = ?", (board_id,))


def period_overview(store: Store, board_id: str, period_id: str | None) -> tuple[list[ProjectRow], PortfolioSummary]:
    """The project table and the counts of a period, read together (one pass over the reports)."""
    rows = project_rows(store, board_id, period_id)
    return rows, summary(store, board_id, period_id, rows)


@dataclass(frozen=True)
class RedDependency:
    project_id: str
    project_name: str
    on: str  # the project or actor depended on
    on_project: str | None
    what: str | None
    category: str | None
    criticality: str | None
    deadline: str | None


def red_dependencies(store: Store, board_id: str) -> list[RedDependency]:
    rows = store.query(
        """SELECT d.project_id, p.name AS project_name, coalesce(o.name, d.on_actor, '') AS "on", d.on_project,
                  d.what, d.category, d.criticality, d.deadline
           FROM dependencies d JOIN projects p ON p.id = d.project_id LEFT JOIN projects o ON o.id = d.on_project
           WHERE p.board_id = ? AND d.status = 'red'
           ORDER BY CASE d.criticality WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, d.deadline, p.name""",
        (board_id,),
    )
    return [RedDependency(**row) for row in rows]


BUDGET_GROUPS = {"actor": "p.actor", "focus_area": "p.focus_area"}

# One actor, one name: the spellings the papers use for the same organisation. The text stays as
# written on the card; charts and totals count it as the actor on the right.
ACTOR_ALIASES = {
    "Hesledirektoratet": "Helsedirektoratet",  # a typo in the cards of November 2021
    "Helse Midt-Norge RHF": "Helse Midt-Norge",
    "Helse Nord RHF": "Helse Nord",
    "Helse Sør-Øst RHF": "Helse Sør-Øst",
    "Helse Vest RHF": "Helse Vest",
    "Oslo Kommune": "Oslo kommune",
}


def actor_name(actor: str | None) -> str | None:
    """The one name an actor is counted under."""
    return ACTOR_ALIASES.get(actor, actor) if actor else actor


def budget_by(store: Store, board_id: str, group: str, period: str | None = None) -> list[tuple[str, int]]:
    """Budget per owner ("actor") or per focus area, largest first; an empty group name is "".
    A period whose report gave each project's budget (January 2020: «Budsjett 2020») counts those
    budget lines and nothing else, so no amount of another period is added to them. Otherwise the
    funding lines count, or the approved frame of a project that has none."""
    column = BUDGET_GROUPS[group]
    params = {"board": board_id, "period": period}
    rows = store.query(
        f"""SELECT coalesce({column}, '') AS name, sum(b.approved_nok) AS amount
            FROM budget_lines b JOIN projects p ON p.id = b.project_id
            WHERE p.board_id = :board AND b.period = :period AND b.approved_nok IS NOT NULL
            GROUP BY 1 HAVING amount > 0 ORDER BY amount DESC, name""",
        params,
    )
    if not rows:
        rows = store.query(
            f"""WITH f AS (SELECT f.project_id, sum(f.amount_nok) AS total FROM funding f
                           JOIN projects p ON p.id = f.project_id WHERE p.board_id = :board GROUP BY f.project_id)
                SELECT coalesce({column}, '') AS name, sum(coalesce(f.total, p.approved_frame_nok, 0)) AS amount
                FROM projects p LEFT JOIN f ON f.project_id = p.id
                WHERE p.board_id = :board GROUP BY 1 HAVING amount > 0 ORDER BY amount DESC, name""",
            params,
        )
    if group != "actor":
        return [(row["name"], row["amount"]) for row in rows]
    totals: dict[str, int] = {}
    for row in rows:
        name = actor_name(row["name"]) or ""
        totals[name] = totals.get(name, 0) + row["amount"]
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
