"""Editing through the service: validation names the field, history is kept, undo restores."""

from __future__ import annotations

import pytest

from boarddesk.services.portfolio import editing
from boarddesk.services.portfolio.changes import redo, undo
from boarddesk.services.portfolio.history import milestone_tracks

PROJECT = "hn-p-dis-pasientbrev"  # two reports, milestones with forecasts, risks


def forecasts(store, milestone_id: str) -> dict[str, str]:
    rows = store.query("SELECT report_id, forecast FROM milestone_forecasts WHERE milestone = ?", (milestone_id,))
    return {row["report_id"]: row["forecast"] for row in rows}


def test_edit_card_field_then_undo_and_redo(demo_store):
    before = editing.project_row(demo_store, PROJECT)
    edit = editing.edit_project(demo_store, PROJECT, {"manager": "Kari Nordmann", "end_date": "31.12.2027"})
    row = editing.project_row(demo_store, PROJECT)
    assert (row["manager"], row["end_date"]) == ("Kari Nordmann", "2027-12-31")
    undo(demo_store, edit)
    row = editing.project_row(demo_store, PROJECT)
    assert (row["manager"], row["end_date"]) == (before["manager"], before["end_date"])
    redo(demo_store, edit)
    assert editing.project_row(demo_store, PROJECT)["manager"] == "Kari Nordmann"


def test_a_bad_date_is_refused_naming_the_field_and_nothing_changes(demo_store):
    before = editing.project_row(demo_store, PROJECT)
    with pytest.raises(editing.InvalidField) as raised:
        editing.edit_project(demo_store, PROJECT, {"manager": "X", "end_date": "31.13.2027"})
    assert raised.value.field == "end_date" and raised.value.problem == "date"
    assert "end_date" in str(raised.value) and "31.13.2027" in str(raised.value)
    assert editing.project_row(demo_store, PROJECT) == before


def test_required_name_and_probability_range(demo_store):
    with pytest.raises(editing.InvalidField, match="name: must be filled in"):
        editing.edit_project(demo_store, PROJECT, {"name": "  "})
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    with pytest.raises(editing.InvalidField) as raised:
        editing.edit_risk(demo_store, risk["id"], {"probability": "7"})
    assert raised.value.field == "probability" and raised.value.problem == "range"


def test_new_report_is_prefilled_from_the_previous_one(demo_store):
    old_report, old_areas = editing.current_report(demo_store, PROJECT)
    edit = editing.start_report(demo_store, PROJECT, "01.06.2030")
    report, areas = editing.current_report(demo_store, PROJECT)
    assert report["id"] != old_report["id"] and report["report_date"] == "2030-06-01"
    assert report["overall_status"] == old_report["overall_status"]
    assert [(a["area"], a["rag"], a["comment"]) for a in areas] == [
        (a["area"], a["rag"], a["comment"]) for a in old_areas
    ]
    old_forecasts = demo_store.scalar(
        "SELECT count(*) FROM milestone_forecasts WHERE report_id = ?", (old_report["id"],)
    )
    assert (
        demo_store.scalar("SELECT count(*) FROM milestone_forecasts WHERE report_id = ?", (report["id"],))
        == old_forecasts
    )
    undo(demo_store, edit)
    assert editing.current_report(demo_store, PROJECT)[0]["id"] == old_report["id"]
    assert demo_store.scalar("SELECT count(*) FROM area_ratings WHERE report_id = ?", (report["id"],)) == 0


def test_a_report_date_before_the_latest_is_refused(demo_store):
    latest, _ = editing.current_report(demo_store, PROJECT)
    with pytest.raises(editing.InvalidField) as raised:
        editing.start_report(demo_store, PROJECT, latest["report_date"])
    assert raised.value.field == "report_date" and "previous report" in str(raised.value)


def test_changed_forecast_is_a_new_point_and_the_old_report_keeps_its_own(demo_store):
    milestone = next(m for m in editing.editable_rows(demo_store, PROJECT)["milestones"] if m["forecast"])
    old_report, _ = editing.current_report(demo_store, PROJECT)
    editing.start_report(demo_store, PROJECT, "2030-06-01")
    new_report, _ = editing.current_report(demo_store, PROJECT)
    points_before = len(
        next(t for t in milestone_tracks(demo_store, PROJECT) if t.milestone_id == milestone["id"]).points
    )

    edit = editing.set_forecast(demo_store, milestone["id"], "15.09.2031")
    saved = forecasts(demo_store, milestone["id"])
    assert saved[new_report["id"]] == "2031-09-15"
    assert saved[old_report["id"]] == milestone["forecast"]
    track = next(t for t in milestone_tracks(demo_store, PROJECT) if t.milestone_id == milestone["id"])
    assert track.current_forecast == "2031-09-15" and len(track.points) == points_before

    undo(demo_store, edit)
    assert forecasts(demo_store, milestone["id"])[new_report["id"]] == milestone["forecast"]


def test_forecast_for_a_milestone_the_report_did_not_mention_adds_a_row_undo_removes_it(demo_store):
    added = editing.add_milestone(demo_store, PROJECT, {"name": "Pilot i drift", "planned": "01.02.2031"})
    milestone_id = added.changes[0].key["id"]
    report, _ = editing.current_report(demo_store, PROJECT)
    edit = editing.set_forecast(demo_store, milestone_id, "2031-03-01")
    assert forecasts(demo_store, milestone_id) == {report["id"]: "2031-03-01"}
    undo(demo_store, edit)
    assert forecasts(demo_store, milestone_id) == {}
    undo(demo_store, added)
    assert demo_store.scalar("SELECT count(*) FROM milestones WHERE id = ?", (milestone_id,)) == 0


def test_risk_score_change_is_the_current_reports_assessment(demo_store):
    editing.start_report(demo_store, PROJECT, "2030-06-01")
    report, _ = editing.current_report(demo_store, PROJECT)
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    editing.edit_risk(demo_store, risk["id"], {"probability": "5", "consequence": "4"})
    assessed = demo_store.query_one(
        "SELECT probability, consequence FROM risk_assessments WHERE report_id = ? AND risk = ?",
        (report["id"], risk["id"]),
    )
    assert assessed == {"probability": 5, "consequence": 4}


def test_measures_dependencies_and_budget_lines(demo_store):
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    editing.add_measure(demo_store, risk["id"], {"text": "Avklare roller i styringsgruppen"})
    dependency = editing.add_dependency(demo_store, PROJECT, {"on_actor": "Norsk helsenett", "status": "red"})
    line = editing.add_budget_line(demo_store, PROJECT, {"post": "Innføring", "approved_nok": "1 200 000"})
    rows = editing.editable_rows(demo_store, PROJECT)
    assert rows["risks"][0]["measures"][-1]["text"] == "Avklare roller i styringsgruppen"
    assert rows["dependencies"][-1]["on_actor"] == "Norsk helsenett"
    assert rows["budget_lines"][-1]["approved_nok"] == 1_200_000
    editing.edit_budget_line(demo_store, PROJECT, line.changes[0].key["position"], {"forecast_nok": "900000"})
    assert editing.editable_rows(demo_store, PROJECT)["budget_lines"][-1]["forecast_nok"] == 900_000
    with pytest.raises(editing.InvalidField) as raised:
        editing.edit_dependency(demo_store, dependency.changes[0].key["id"], {"deadline": "snart"})
    assert raised.value.field == "deadline"


def test_typing_saves_merge_into_one_undo_step(demo_store):
    first = editing.edit_project(demo_store, PROJECT, {"manager": "Ka"})
    second = editing.edit_project(demo_store, PROJECT, {"manager": "Kari"})
    merged = first.merged_with(second)
    assert merged is not None
    undo(demo_store, merged)
    assert editing.project_row(demo_store, PROJECT)["manager"] == first.changes[0].before["manager"]


def snapshot(store, *tables: str) -> dict[str, list[dict]]:
    """Every row of the tables, in a fixed order, to compare before a delete and after its undo."""
    return {table: store.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3") for table in tables}


def test_deleted_milestone_takes_its_forecasts_and_undo_restores_them_exactly(demo_store):
    milestone = next(m for m in editing.editable_rows(demo_store, PROJECT)["milestones"] if m["forecast"])
    before = snapshot(demo_store, "milestones", "milestone_forecasts")
    assert len(forecasts(demo_store, milestone["id"])) >= 2  # one per report
    edit = editing.delete_milestone(demo_store, milestone["id"])
    assert demo_store.scalar("SELECT count(*) FROM milestones WHERE id = ?", (milestone["id"],)) == 0
    assert forecasts(demo_store, milestone["id"]) == {}
    undo(demo_store, edit)
    assert snapshot(demo_store, "milestones", "milestone_forecasts") == before
    redo(demo_store, edit)
    assert forecasts(demo_store, milestone["id"]) == {}


def test_deleted_risk_takes_measures_and_assessments_and_undo_restores_them(demo_store):
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    editing.add_measure(demo_store, risk["id"], {"text": "Avklare roller"})
    tables = ("risks", "risk_measures", "risk_assessments")
    before = snapshot(demo_store, *tables)
    assert demo_store.scalar("SELECT count(*) FROM risk_assessments WHERE risk = ?", (risk["id"],)) >= 1
    edit = editing.delete_risk(demo_store, risk["id"])
    for table, column in (("risks", "id"), ("risk_measures", "risk_id"), ("risk_assessments", "risk")):
        assert demo_store.scalar(f"SELECT count(*) FROM {table} WHERE {column} = ?", (risk["id"],)) == 0
    undo(demo_store, edit)
    assert snapshot(demo_store, *tables) == before


def test_a_closed_risk_stays_on_record(demo_store):
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    edit = editing.close_risk(demo_store, risk["id"], "2030-06-01")
    closed = next(r for r in editing.editable_rows(demo_store, PROJECT)["risks"] if r["id"] == risk["id"])
    assert (closed["status"], closed["closed_on"]) == ("closed", "2030-06-01")
    undo(demo_store, edit)
    reopened = next(r for r in editing.editable_rows(demo_store, PROJECT)["risks"] if r["id"] == risk["id"])
    assert (reopened["status"], reopened["closed_on"]) == (risk["status"], risk["closed_on"])


def test_delete_measure_dependency_and_budget_line_then_undo(demo_store):
    risk = editing.editable_rows(demo_store, PROJECT)["risks"][0]
    measure = editing.add_measure(demo_store, risk["id"], {"text": "Avklare roller", "done": True})
    dependency = editing.add_dependency(demo_store, PROJECT, {"on_actor": "Norsk helsenett", "deadline": "1.9.2030"})
    line = editing.add_budget_line(demo_store, PROJECT, {"post": "Innføring", "approved_nok": "1 200 000"})
    tables = ("risk_measures", "dependencies", "budget_lines")
    before = snapshot(demo_store, *tables)
    edits = [
        editing.delete_measure(demo_store, risk["id"], measure.changes[0].key["position"]),
        editing.delete_dependency(demo_store, dependency.changes[0].key["id"]),
        editing.delete_budget_line(demo_store, PROJECT, line.changes[0].key["position"]),
    ]
    assert all(len(edit.changes) == 1 and edit.changes[0].after is None for edit in edits)
    assert snapshot(demo_store, *tables) != before
    for edit in reversed(edits):
        undo(demo_store, edit)
    assert snapshot(demo_store, *tables) == before


def test_dependency_on_a_project_of_the_store(demo_store):
    other = editing.find_projects(demo_store, "kjerne", exclude=PROJECT)[0]
    assert PROJECT not in [p["id"] for p in editing.find_projects(demo_store, "", exclude=PROJECT, limit=500)]
    added = editing.add_dependency(demo_store, PROJECT, {"on_actor": "Norsk helsenett"})
    dependency_id = added.changes[0].key["id"]
    edit = editing.set_dependency_project(demo_store, dependency_id, other["id"])
    row = next(d for d in editing.editable_rows(demo_store, PROJECT)["dependencies"] if d["id"] == dependency_id)
    assert row["on_project_name"] == other["name"]
    undo(demo_store, edit)
    assert demo_store.scalar("SELECT on_project FROM dependencies WHERE id = ?", (dependency_id,)) is None
    for wrong in (PROJECT, "no-such-project"):
        with pytest.raises(editing.InvalidField) as raised:
            editing.set_dependency_project(demo_store, dependency_id, wrong)
        assert raised.value.field == "on_project"
    editing.set_dependency_project(demo_store, dependency_id, other["id"])
    editing.edit_dependency(demo_store, dependency_id, {"on_actor": ""})
    with pytest.raises(editing.InvalidField) as raised:  # neither a project nor an actor left
        editing.set_dependency_project(demo_store, dependency_id, None)
    assert raised.value.field == "on_actor"


def test_find_projects_takes_wildcards_literally_and_puts_prefix_matches_first(demo_store):
    assert editing.find_projects(demo_store, "%") == editing.find_projects(demo_store, "_") == []  # none hold them
    found = editing.find_projects(demo_store, "p", limit=500)
    starts = [p["name"].lower().startswith("p") for p in found]
    assert starts == sorted(starts, reverse=True)


def test_a_report_date_is_kept_between_the_previous_and_the_next_report(demo_store):
    first, latest = demo_store.query(
        "SELECT id, report_date FROM status_reports WHERE project_id = ? ORDER BY report_date", (PROJECT,)
    )[-2:]
    with pytest.raises(editing.InvalidField) as raised:
        editing.edit_report(demo_store, latest["id"], {"report_date": first["report_date"]})
    assert (raised.value.field, raised.value.problem, raised.value.detail) == (
        "report_date",
        "order",
        first["report_date"],
    )
    with pytest.raises(editing.InvalidField) as raised:
        editing.edit_report(demo_store, first["id"], {"report_date": "2099-01-01"})
    assert (raised.value.problem, raised.value.detail) == ("order_next", latest["report_date"])
    edit = editing.edit_report(demo_store, latest["id"], {"report_date": "2099-01-01"})
    assert editing.current_report(demo_store, PROJECT)[0]["report_date"] == "2099-01-01"
    undo(demo_store, edit)
    assert editing.current_report(demo_store, PROJECT)[0]["report_date"] == latest["report_date"]
