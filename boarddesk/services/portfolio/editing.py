"""Editing a project: its card, status reports, milestones, risks, dependencies and budget.

Each operation checks what was typed (`InvalidField` names the field), writes in one transaction
and returns the `Edit` it made, which `changes.undo` takes back. History is never overwritten: a
changed milestone forecast or risk assessment is written against the current (latest) status
report, so earlier reports keep what they said and trend charts gain a point.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from boarddesk.services.ids import new_id, next_position
from boarddesk.services.portfolio import edit_fields as fields
from boarddesk.services.portfolio.changes import Edit, Recorder
from boarddesk.services.portfolio.edit_fields import InvalidField
from boarddesk.store import Row, Store, versions

__all__ = ["Edit", "InvalidField"]

Values = dict[str, Any]


def _record(
    store: Store,
    description: str,
    project_id: str,
    work: Callable[[Recorder], None],
    expected_version: int | None = None,
) -> Edit:
    """Do `work` in one transaction. The project's version stands for its whole card (the project
    and every row that belongs to it): an edit made on a card that changed elsewhere since
    `expected_version` was read is refused (`ChangedElsewhere`), and each edit moves it on."""
    card = {"id": project_id}
    with store.write() as conn:
        versions.check(conn, "projects", card, expected_version, "The project card")
        before = versions.version_of(conn, "projects", card)
        recorder = Recorder(store)
        work(recorder)
        version = versions.version_of(conn, "projects", card)
        if recorder.changes and version == before:
            version = versions.touch(conn, "projects", card)
    return Edit(description, project_id, tuple(recorder.changes), card_version=version)


def _delete(
    store: Store, description: str, project_id: str, table: str, key: Row, expected_version: int | None = None
) -> Edit:
    """Delete one row, and with it what hangs on it (a milestone's forecasts, a risk's measures
    and assessments); undo brings every one of them back as it was."""
    return _record(store, description, project_id, lambda r: r.delete(table, key), expected_version)


def _project_of(store: Store, table: str, column: str, ident: Any) -> str:
    project_id = store.scalar(f"SELECT project_id FROM {table} WHERE {column} = ?", (ident,))
    if project_id is None:
        raise LookupError(f"there is no {table} row {ident!r}")
    return project_id


def latest_report_id(store: Store, project_id: str) -> str | None:
    """The current status report: the one new forecasts and assessments are written against."""
    return store.scalar(
        "SELECT id FROM status_reports WHERE project_id = ? ORDER BY report_date DESC, position DESC LIMIT 1",
        (project_id,),
    )


# -- the card -----------------------------------------------------------------------------------
def edit_project(store: Store, project_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.PROJECT, values)
    return _record(
        store,
        "Edit project card",
        project_id,
        lambda r: r.update("projects", {"id": project_id}, clean),
        expected_version,
    )


# -- status reports ---------------------------------------------------------------------------
def edit_report(store: Store, report_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    """A report's fields; a new date must keep the report between the previous and the next."""
    clean = fields.clean(fields.REPORT, values)
    project_id = _project_of(store, "status_reports", "id", report_id)
    if "report_date" in clean:
        _check_report_order(values["report_date"], clean["report_date"], *_neighbours(store, report_id))
    return _record(
        store,
        "Edit status report",
        project_id,
        lambda r: r.update("status_reports", {"id": report_id}, clean),
        expected_version,
    )


def _neighbours(store: Store, report_id: str) -> tuple[Row | None, Row | None]:
    """The project's reports just before and just after this one (by date, then position)."""
    this = store.query_one("SELECT project_id, report_date, position FROM status_reports WHERE id = ?", (report_id,))
    order = "(report_date, position) {} (?, ?) AND project_id = ? AND id != ? ORDER BY report_date {}, position {}"
    args = (this["report_date"], this["position"], this["project_id"], report_id)
    before = store.query_one(
        "SELECT * FROM status_reports WHERE " + order.format("<", "DESC", "DESC") + " LIMIT 1", args
    )
    after = store.query_one("SELECT * FROM status_reports WHERE " + order.format(">", "ASC", "ASC") + " LIMIT 1", args)
    return before, after


def _check_report_order(typed: str, day: str, previous: Row | None, following: Row | None) -> None:
    """Reports follow each other in time: `day` must lie after `previous` and before `following`."""
    if previous and day <= previous["report_date"]:
        raise InvalidField("report_date", "order", typed, previous["report_date"])
    if following and day >= following["report_date"]:
        raise InvalidField("report_date", "order_next", typed, following["report_date"])


def edit_area_rating(
    store: Store, report_id: str, area: str, values: Values, *, expected_version: int | None = None
) -> Edit:
    clean = fields.clean(fields.AREA_RATING, values)
    project_id = _project_of(store, "status_reports", "id", report_id)
    position = store.scalar(
        "SELECT a.position FROM board_areas a JOIN projects p ON p.board_id = a.board_id WHERE p.id = ? AND a.key = ?",
        (project_id, area),
    )
    if position is None:
        raise InvalidField("area", "choice", area, "the board's areas")
    return _record(
        store,
        "Edit area rating",
        project_id,
        lambda r: r.upsert("area_ratings", {"report_id": report_id, "area": area}, clean, {"position": position}),
        expected_version,
    )


def start_report(
    store: Store, project_id: str, report_date: str, period: str | None = None, *, expected_version: int | None = None
) -> Edit:
    """A new status report, filled in from the previous one (ratings, comments, milestone forecasts
    and risk assessments), so only what changed needs typing."""
    day = fields.clean_value(fields.Field("report_date", "date", required=True), report_date)
    previous = store.query_one(
        "SELECT * FROM status_reports WHERE project_id = ? ORDER BY report_date DESC, position DESC LIMIT 1",
        (project_id,),
    )
    _check_report_order(report_date, day, previous, None)
    report_id = new_id(project_id)
    copied = (
        "overall_status",
        "status_comment",
        "risk_level",
        "risk_comment",
        "manager_assessment",
        "summary",
        "confidentiality",
    )
    report: Row = {
        "id": report_id,
        "project_id": project_id,
        "position": next_position(store, "status_reports", "project_id", project_id),
        "period": period or _next_period(store, project_id, previous),
        "report_date": day,
        **{column: previous[column] for column in copied if previous},
    }

    def work(r: Recorder) -> None:
        r.insert("status_reports", report)
        if previous is None:
            return
        for table, columns in _COPIED_WITH_REPORT.items():
            for row in store.query(f"SELECT {columns} FROM {table} WHERE report_id = ?", (previous["id"],)):
                r.insert(table, {**row, "report_id": report_id})

    return _record(store, "Start status report", project_id, work, expected_version)


_COPIED_WITH_REPORT = {
    "area_ratings": "position, area, rag, comment",
    "milestone_forecasts": "position, milestone, forecast, status, delivered, comment",
    "risk_assessments": "position, risk, probability, consequence",
}


def _next_period(store: Store, project_id: str, previous: Row | None) -> str | None:
    """The board's reporting period after the previous report's, if the board has one."""
    return store.scalar(
        """SELECT r.id FROM reporting_periods r JOIN projects p ON p.board_id = r.board_id
           WHERE p.id = ? AND r.position > coalesce((SELECT position FROM reporting_periods WHERE id = ?), -1)
           ORDER BY r.position LIMIT 1""",
        (project_id, previous["period"] if previous else None),
    )


def report_period_choices(store: Store, project_id: str) -> list[Row]:
    return store.query(
        "SELECT r.id, r.name FROM reporting_periods r JOIN projects p ON p.board_id = r.board_id WHERE p.id = ? "
        "ORDER BY r.position",
        (project_id,),
    )


def suggested_report_date(store: Store, project_id: str, today: date | None = None) -> str:
    """Today, or the day after the latest report if that lies ahead (a report written in advance)."""
    today = today or date.today()
    latest = store.scalar("SELECT max(report_date) FROM status_reports WHERE project_id = ?", (project_id,))
    if latest and latest >= today.isoformat():
        return date.fromordinal(date.fromisoformat(latest).toordinal() + 1).isoformat()
    return today.isoformat()


# -- milestones --------------------------------------------------------------------------------
def add_milestone(store: Store, project_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.MILESTONE, values)
    if "name" not in clean:
        raise InvalidField("name", "required")
    row = {
        "id": new_id(project_id),
        "project_id": project_id,
        "position": next_position(store, "milestones", "project_id", project_id),
        "delivered": "no",
        **clean,
    }
    return _record(store, "Add milestone", project_id, lambda r: r.insert("milestones", row), expected_version)


def edit_milestone(store: Store, milestone_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.MILESTONE, values)
    project_id = _project_of(store, "milestones", "id", milestone_id)
    return _record(
        store,
        "Edit milestone",
        project_id,
        lambda r: r.update("milestones", {"id": milestone_id}, clean),
        expected_version,
    )


def set_forecast(
    store: Store, milestone_id: str, forecast: str, report_id: str | None = None, *, expected_version: int | None = None
) -> Edit:
    """The milestone's forecast as the current report gives it. Earlier reports keep theirs."""
    clean = fields.clean(fields.FORECAST, {"forecast": forecast})
    project_id = _project_of(store, "milestones", "id", milestone_id)
    report_id = report_id or latest_report_id(store, project_id)
    if report_id is None:
        raise InvalidField("forecast", "no_report")
    position = next_position(store, "milestone_forecasts", "report_id", report_id)
    return _record(
        store,
        "Change milestone forecast",
        project_id,
        lambda r: r.upsert(
            "milestone_forecasts", {"report_id": report_id, "milestone": milestone_id}, clean, {"position": position}
        ),
        expected_version,
    )


def delete_milestone(store: Store, milestone_id: str, *, expected_version: int | None = None) -> Edit:
    """Delete a milestone entered by mistake, with its forecast in every report."""
    project_id = _project_of(store, "milestones", "id", milestone_id)
    return _delete(store, "Delete milestone", project_id, "milestones", {"id": milestone_id}, expected_version)


# -- risks and measures ------------------------------------------------------------------------
def add_risk(store: Store, project_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.RISK, values)
    for required in ("number", "description"):
        if required not in clean:
            raise InvalidField(required, "required")
    row = {
        "id": new_id(project_id),
        "project_id": project_id,
        "position": next_position(store, "risks", "project_id", project_id),
        "status": "open",
        "is_new": 1,
        **clean,
    }

    def work(r: Recorder) -> None:
        r.insert("risks", row)
        _assess(store, r, project_id, row["id"], clean)

    return _record(store, "Add risk", project_id, work, expected_version)


def edit_risk(store: Store, risk_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    """A risk's fields; a new probability or consequence is also the current report's assessment."""
    clean = fields.clean(fields.RISK, values)
    project_id = _project_of(store, "risks", "id", risk_id)

    def work(r: Recorder) -> None:
        r.update("risks", {"id": risk_id}, clean)
        _assess(store, r, project_id, risk_id, clean)

    return _record(store, "Edit risk", project_id, work, expected_version)


def _assess(store: Store, r: Recorder, project_id: str, risk_id: str, clean: Values) -> None:
    scores = {k: clean[k] for k in ("probability", "consequence") if k in clean}
    report_id = latest_report_id(store, project_id)
    if not scores or report_id is None:
        return
    risk = r.row("risks", {"id": risk_id})
    defaults = {
        "position": next_position(store, "risk_assessments", "report_id", report_id),
        "probability": risk["probability"],
        "consequence": risk["consequence"],
    }
    r.upsert("risk_assessments", {"report_id": report_id, "risk": risk_id}, scores, defaults)


def close_risk(
    store: Store, risk_id: str, closed_on: str | None = None, *, expected_version: int | None = None
) -> Edit:
    """Close a risk that no longer applies: it stays on record, with the day it was closed."""
    day = closed_on or date.today().isoformat()
    return edit_risk(store, risk_id, {"status": "closed", "closed_on": day}, expected_version=expected_version)


def delete_risk(store: Store, risk_id: str, *, expected_version: int | None = None) -> Edit:
    """Delete a risk entered by mistake, with its measures and its assessment in every report.
    A risk that no longer applies is closed (`close_risk`), not deleted."""
    project_id = _project_of(store, "risks", "id", risk_id)
    return _delete(store, "Delete risk", project_id, "risks", {"id": risk_id}, expected_version)


def add_measure(store: Store, risk_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.MEASURE, values)
    if "text" not in clean or clean["text"] is None:
        raise InvalidField("text", "required")
    project_id = _project_of(store, "risks", "id", risk_id)
    row = {
        "risk_id": risk_id,
        "position": next_position(store, "risk_measures", "risk_id", risk_id),
        "done": 0,
        **clean,
    }
    return _record(store, "Add measure", project_id, lambda r: r.insert("risk_measures", row), expected_version)


def edit_measure(
    store: Store, risk_id: str, position: int, values: Values, *, expected_version: int | None = None
) -> Edit:
    clean = fields.clean(fields.MEASURE, values)
    project_id = _project_of(store, "risks", "id", risk_id)
    key = {"risk_id": risk_id, "position": position}
    return _record(store, "Edit measure", project_id, lambda r: r.update("risk_measures", key, clean), expected_version)


def delete_measure(store: Store, risk_id: str, position: int, *, expected_version: int | None = None) -> Edit:
    project_id = _project_of(store, "risks", "id", risk_id)
    return _delete(
        store,
        "Delete measure",
        project_id,
        "risk_measures",
        {"risk_id": risk_id, "position": position},
        expected_version,
    )


# -- dependencies and budget -------------------------------------------------------------------
def add_dependency(
    store: Store, project_id: str, values: Values, on_project: str | None = None, *, expected_version: int | None = None
) -> Edit:
    clean = fields.clean(fields.DEPENDENCY, values)
    if not on_project and not clean.get("on_actor"):
        raise InvalidField("on_actor", "required")
    row = {
        "id": new_id(project_id),
        "project_id": project_id,
        "position": next_position(store, "dependencies", "project_id", project_id),
        "on_project": on_project,
        **clean,
    }
    return _record(store, "Add dependency", project_id, lambda r: r.insert("dependencies", row), expected_version)


def edit_dependency(store: Store, dependency_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.DEPENDENCY, values)
    project_id = _project_of(store, "dependencies", "id", dependency_id)
    current = store.query_one("SELECT on_project, on_actor FROM dependencies WHERE id = ?", (dependency_id,))
    if "on_actor" in clean and not clean["on_actor"] and not current["on_project"]:
        raise InvalidField("on_actor", "required")
    return _record(
        store,
        "Edit dependency",
        project_id,
        lambda r: r.update("dependencies", {"id": dependency_id}, clean),
        expected_version,
    )


def set_dependency_project(
    store: Store, dependency_id: str, on_project: str | None, *, expected_version: int | None = None
) -> Edit:
    """The project of the store this dependency is on (None: on the actor named in free text)."""
    project_id = _project_of(store, "dependencies", "id", dependency_id)
    if on_project is not None and (on_project == project_id or _missing(store, "projects", on_project)):
        raise InvalidField("on_project", "unknown_project", on_project)
    if on_project is None and not store.scalar("SELECT on_actor FROM dependencies WHERE id = ?", (dependency_id,)):
        raise InvalidField("on_actor", "required")
    return _record(
        store,
        "Change dependency's project",
        project_id,
        lambda r: r.update("dependencies", {"id": dependency_id}, {"on_project": on_project}),
        expected_version,
    )


def _missing(store: Store, table: str, ident: str) -> bool:
    return store.scalar(f"SELECT count(*) FROM {table} WHERE id = ?", (ident,)) == 0


def find_projects(store: Store, text: str, exclude: str | None = None, limit: int = 50) -> list[Row]:
    """Projects whose name or number holds `text`, those starting with it first: the choices for
    a dependency's project. Limited, so a store of thousands of projects answers at once."""
    pattern = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return store.query(
        r"""SELECT p.id, p.name, p.project_number, b.name AS board_name FROM projects p
            JOIN boards b ON b.id = p.board_id
            WHERE p.id IS NOT ? AND (p.name LIKE ? ESCAPE '\' OR p.project_number LIKE ? ESCAPE '\')
            ORDER BY p.name NOT LIKE ? ESCAPE '\', p.name, p.id LIMIT ?""",
        (exclude, f"%{pattern}%", f"%{pattern}%", f"{pattern}%", limit),
    )


def delete_dependency(store: Store, dependency_id: str, *, expected_version: int | None = None) -> Edit:
    project_id = _project_of(store, "dependencies", "id", dependency_id)
    return _delete(store, "Delete dependency", project_id, "dependencies", {"id": dependency_id}, expected_version)


def add_budget_line(store: Store, project_id: str, values: Values, *, expected_version: int | None = None) -> Edit:
    clean = fields.clean(fields.BUDGET_LINE, values)
    if not clean.get("post"):
        raise InvalidField("post", "required")
    row = {
        "project_id": project_id,
        "position": next_position(store, "budget_lines", "project_id", project_id),
        **clean,
    }
    return _record(store, "Add budget line", project_id, lambda r: r.insert("budget_lines", row), expected_version)


def edit_budget_line(
    store: Store, project_id: str, position: int, values: Values, *, expected_version: int | None = None
) -> Edit:
    clean = fields.clean(fields.BUDGET_LINE, values)
    key = {"project_id": project_id, "position": position}
    return _record(
        store, "Edit budget line", project_id, lambda r: r.update("budget_lines", key, clean), expected_version
    )


def delete_budget_line(store: Store, project_id: str, position: int, *, expected_version: int | None = None) -> Edit:
    key = {"project_id": project_id, "position": position}
    return _delete(store, "Delete budget line", project_id, "budget_lines", key, expected_version)


# -- reading what the editors show -------------------------------------------------------------
def editable_rows(store: Store, project_id: str) -> dict[str, list[Row]]:
    """The project's milestones (with the current forecast), risks (with measures), dependencies
    and budget lines, as the editors list them."""
    report_id = latest_report_id(store, project_id)
    risks = store.query("SELECT * FROM risks WHERE project_id = ? ORDER BY position", (project_id,))
    for risk in risks:
        risk["measures"] = store.query("SELECT * FROM risk_measures WHERE risk_id = ? ORDER BY position", (risk["id"],))
    return {
        "milestones": store.query(
            """SELECT m.*, f.forecast FROM milestones m
               LEFT JOIN milestone_forecasts f ON f.milestone = m.id AND f.report_id = ?
               WHERE m.project_id = ? ORDER BY m.position""",
            (report_id, project_id),
        ),
        "risks": risks,
        "dependencies": store.query(
            "SELECT d.*, p.name AS on_project_name FROM dependencies d LEFT JOIN projects p ON p.id = d.on_project "
            "WHERE d.project_id = ? ORDER BY d.position",
            (project_id,),
        ),
        "budget_lines": store.query("SELECT * FROM budget_lines WHERE project_id = ? ORDER BY position", (project_id,)),
    }


def current_report(store: Store, project_id: str) -> tuple[Row | None, list[Row]]:
    """The latest report and its area ratings, one per board area (unrated areas included)."""
    report_id = latest_report_id(store, project_id)
    if report_id is None:
        return None, []
    report = store.query_one("SELECT * FROM status_reports WHERE id = ?", (report_id,))
    areas = store.query(
        """SELECT a.key AS area, a.name, r.rag, r.comment FROM board_areas a
           JOIN projects p ON p.board_id = a.board_id
           LEFT JOIN area_ratings r ON r.report_id = ? AND r.area = a.key
           WHERE p.id = ? ORDER BY a.position""",
        (report_id, project_id),
    )
    return report, areas


def project_row(store: Store, project_id: str) -> Row:
    row = store.require_one("SELECT * FROM projects WHERE id = ?", (project_id,), f"there is no project {project_id!r}")
    return row
