"""Editing from the window, as a secretary would: type into the editors, undo, redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from boarddesk.gui.project.editing import dialogs
from boarddesk.gui.project.editing.field_form import FieldForm
from boarddesk.gui.project.editing.menu import open_editor
from boarddesk.gui.project.editing.new_report import NewReportDialog
from boarddesk.services.portfolio import editing
from boarddesk.services.portfolio.history import milestone_tracks

PROJECT = "hn-p-dis-pasientbrev"  # two reports, milestones with forecasts, risks


@pytest.fixture(autouse=True)
def on_the_project(qtbot, window):
    qtbot.waitUntil(lambda: window.current_target is not None)  # the first board, opened after the first paint
    window.open_target("project", PROJECT)


def type_into(qtbot, form: FieldForm, name: str, text: str) -> None:
    editor = form.editors[name]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_edit_menu_lists_the_editors_and_undo(window):
    texts = [a.text().replace("&", "") for a in window.edit_menu.actions() if not a.isSeparator()]
    assert texts[0].startswith("Undo") and texts[1].startswith("Redo")
    assert {"Edit project card…", "New status report…", "Milestones…", "Budget lines…"} <= set(texts)


def test_typing_a_card_field_autosaves_then_undo_and_redo(window, qtbot, demo_store):
    old = editing.project_row(demo_store, PROJECT)["manager"]
    editor = open_editor(window.context, dialogs.ProjectEditor)
    type_into(qtbot, editor.card, "manager", "Kari Nordmann")
    # saved by the autosave timer alone, without leaving the field
    qtbot.waitUntil(lambda: editing.project_row(demo_store, PROJECT)["manager"] == "Kari Nordmann", timeout=3000)
    assert "Kari Nordmann" in window.current_view().plain_text()

    window.undo_stack.undo()
    assert editing.project_row(demo_store, PROJECT)["manager"] == old
    assert editor.card.value("manager") == (old or "")  # the open editor follows the undo
    window.undo_stack.redo()
    assert editing.project_row(demo_store, PROJECT)["manager"] == "Kari Nordmann"


def test_steady_typing_is_saved_without_a_pause(window, qtbot, demo_store):
    editor = open_editor(window.context, dialogs.ProjectEditor)
    field = editor.card.editors["contact"]
    field.setFocus()
    typed = ""
    while editing.project_row(demo_store, PROJECT)["contact"] is None:
        assert len(typed) < 80, "typing for seconds on end saved nothing"
        qtbot.keyClicks(field, "ab")
        typed += "ab"
        qtbot.wait(100)  # a key every 50 ms: the pause-to-save timer never runs out
    assert typed.startswith(editing.project_row(demo_store, PROJECT)["contact"])


def test_ctrl_z_undoes_from_the_window(window, qtbot, demo_store):
    editor = open_editor(window.context, dialogs.ProjectEditor)
    type_into(qtbot, editor.card, "phase", "Avslutning")
    editor.close()  # closing saves what was typed
    assert editing.project_row(demo_store, PROJECT)["phase"] == "Avslutning"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.project_row(demo_store, PROJECT)["phase"] != "Avslutning"


def test_ctrl_z_in_an_editor_undoes_its_last_save(window, qtbot, demo_store):
    before = editing.project_row(demo_store, PROJECT)["kind"]
    editor = open_editor(window.context, dialogs.ProjectEditor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    kind = editor.card.editors["kind"]
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("measure"))  # a choice is saved at once
    assert editing.project_row(demo_store, PROJECT)["kind"] == "measure"
    qtbot.keyClick(kind, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.project_row(demo_store, PROJECT)["kind"] == before
    assert kind.currentData() == before


def test_a_renamed_project_is_renamed_in_the_navigator(window, qtbot):
    editor = open_editor(window.context, dialogs.ProjectEditor)
    type_into(qtbot, editor.card, "name", "Pasientbrev 2.0")
    qtbot.keyClick(editor.card.editors["name"], Qt.Key.Key_Return)
    assert window.navigator.currentIndex().data() == "Pasientbrev 2.0"
    window.undo_stack.undo()
    assert window.navigator.currentIndex().data() != "Pasientbrev 2.0"


def test_a_bad_date_shows_a_message_on_the_field(window, qtbot, demo_store):
    before = editing.project_row(demo_store, PROJECT)["end_date"]
    editor = open_editor(window.context, dialogs.ProjectEditor)
    type_into(qtbot, editor.card, "end_date", "31.02.2027")
    qtbot.keyClick(editor.card.editors["end_date"], Qt.Key.Key_Return)  # Enter (or leaving the field) saves it
    message = editor.card.error_text("end_date")
    assert "End date" in message and "31.02.2027" in message and "31.12.2024" in message
    assert editing.project_row(demo_store, PROJECT)["end_date"] == before
    type_into(qtbot, editor.card, "end_date", "28.02.2027")
    qtbot.keyClick(editor.card.editors["end_date"], Qt.Key.Key_Return)
    assert editor.card.error_text("end_date") == ""
    assert editing.project_row(demo_store, PROJECT)["end_date"] == "2027-02-28"


def test_new_report_prefilled_and_forecast_change_adds_a_trend_point_undo_removes_it(window, qtbot, demo_store):
    old_report, old_areas = editing.current_report(demo_store, PROJECT)
    first = next(m for m in editing.editable_rows(demo_store, PROJECT)["milestones"] if m["forecast"])
    points = len(next(t for t in milestone_tracks(demo_store, PROJECT) if t.milestone_id == first["id"]).points)
    dialog = NewReportDialog(window.context, PROJECT)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText("01.06.2030")
    dialog.accept()
    new_report, new_areas = editing.current_report(demo_store, PROJECT)
    assert new_report["id"] != old_report["id"]
    assert [a["rag"] for a in new_areas] == [a["rag"] for a in old_areas]

    milestones = open_editor(window.context, dialogs.MilestoneEditor)
    milestone = milestones.current()
    assert milestone["id"] == first["id"]
    old_forecast = milestone["forecast"]  # copied into the new report
    type_into(qtbot, milestones.fields, "forecast", "15.09.2031")
    qtbot.keyClick(milestones.fields.editors["forecast"], Qt.Key.Key_Return)

    saved = {
        r["report_id"]: r["forecast"]
        for r in demo_store.query("SELECT * FROM milestone_forecasts WHERE milestone = ?", (milestone["id"],))
    }
    assert saved[new_report["id"]] == "2031-09-15" and saved[old_report["id"]] == old_forecast
    track = next(t for t in milestone_tracks(demo_store, PROJECT) if t.milestone_id == milestone["id"])
    assert len(track.points) == points + 1 and track.current_forecast == "2031-09-15"

    window.undo_stack.undo()
    track = next(t for t in milestone_tracks(demo_store, PROJECT) if t.milestone_id == milestone["id"])
    assert track.current_forecast == old_forecast
    window.undo_stack.undo()  # and the new report itself
    assert editing.current_report(demo_store, PROJECT)[0]["id"] == old_report["id"]


def test_add_a_milestone_and_a_risk_measure(window, qtbot, demo_store):
    milestones = open_active(qtbot, window, dialogs.MilestoneEditor)
    count = milestones.list.count()
    milestones.add_button.click()
    assert milestones.list.count() == count + 1
    type_into(qtbot, milestones.fields, "name", "Pilot i drift")
    qtbot.keyClick(milestones.fields.editors["name"], Qt.Key.Key_Return)
    assert "Pilot i drift" in milestones.list.currentItem().text()

    risks = open_editor(window.context, dialogs.RiskEditor)
    measures = risks.measures.count()
    qtbot.keyClicks(risks.measure_text, "Avklare roller")
    qtbot.keyClick(risks.measure_text, Qt.Key.Key_Return)
    assert risks.measures.count() == measures + 1
    item = risks.measures.item(measures)
    item.setCheckState(Qt.CheckState.Checked)
    assert editing.editable_rows(demo_store, PROJECT)["risks"][0]["measures"][-1]["done"] == 1


def test_editors_fit_a_small_screen(window, qtbot):
    for editor_class in (dialogs.ProjectEditor, dialogs.ReportEditor, dialogs.RiskEditor):
        editor = open_editor(window.context, editor_class)
        assert editor.width() <= 1366 and editor.height() <= 700
        editor.close()


def answer_next_question(qtbot, delete: bool) -> list[str]:
    """Answer the next question box Delete or Cancel, by keyboard; returns its text once asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(f"{box.text()} {box.informativeText()}")
        if delete:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Delete is the default button
        else:
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    return asked


def open_active(qtbot, window, editor_class):
    """An editor with the keyboard focus, as after opening it from the menu."""
    editor = open_editor(window.context, editor_class)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def rows_of(store, *tables: str) -> dict[str, list[dict]]:
    return {table: store.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3") for table in tables}


def test_delete_key_in_the_milestone_list_asks_and_undo_restores_every_forecast(window, qtbot, demo_store):
    before = rows_of(demo_store, "milestones", "milestone_forecasts")
    milestones = open_active(qtbot, window, dialogs.MilestoneEditor)
    count = milestones.list.count()
    first = milestones.current()
    milestones.list.setFocus()
    asked = answer_next_question(qtbot, delete=False)
    qtbot.keyClick(milestones.list, Qt.Key.Key_Delete)
    assert asked and first["name"] in asked[0] and "Ctrl+Z" in asked[0]
    assert milestones.list.count() == count  # Cancel keeps it

    milestones.activateWindow()
    qtbot.waitUntil(milestones.isActiveWindow)
    milestones.list.setFocus()
    asked = answer_next_question(qtbot, delete=True)
    qtbot.keyClick(milestones.list, Qt.Key.Key_Delete)
    assert asked
    assert milestones.list.count() == count - 1
    assert demo_store.scalar("SELECT count(*) FROM milestone_forecasts WHERE milestone = ?", (first["id"],)) == 0
    window.undo_stack.undo()
    assert rows_of(demo_store, "milestones", "milestone_forecasts") == before
    assert milestones.list.count() == count and milestones.current()["id"] == first["id"]


def test_close_a_risk_then_delete_one_and_undo_restores_its_measures(window, qtbot, demo_store):
    risks = open_editor(window.context, dialogs.RiskEditor)
    risk = risks.current()
    risks.close_button.click()
    assert editing.editable_rows(demo_store, PROJECT)["risks"][0]["status"] == "closed"
    assert "(closed)" in risks.list.currentItem().text() and not risks.close_button.isEnabled()
    window.undo_stack.undo()
    assert risks.close_button.isEnabled()

    tables = ("risks", "risk_measures", "risk_assessments")
    before = rows_of(demo_store, *tables)
    answer_next_question(qtbot, delete=True)
    risks.delete_button.click()
    assert demo_store.scalar("SELECT count(*) FROM risks WHERE id = ?", (risk["id"],)) == 0
    window.undo_stack.undo()
    assert rows_of(demo_store, *tables) == before
    assert risks.current()["id"] == risk["id"]


def test_delete_key_in_the_measures_list_deletes_one_measure(window, qtbot, demo_store):
    risks = open_active(qtbot, window, dialogs.RiskEditor)
    qtbot.keyClicks(risks.measure_text, "Avklare roller")
    qtbot.keyClick(risks.measure_text, Qt.Key.Key_Return)
    count = risks.measures.count()
    risks.measures.setCurrentRow(count - 1)
    risks.measures.setFocus()
    answer_next_question(qtbot, delete=True)
    qtbot.keyClick(risks.measures, Qt.Key.Key_Delete)
    assert risks.measures.count() == count - 1
    window.undo_stack.undo()
    assert risks.measures.item(count - 1).text() == "Avklare roller"


def test_a_dependency_on_a_project_chosen_from_a_searchable_list(window, qtbot, demo_store):
    dependencies = open_editor(window.context, dialogs.DependencyEditor)
    dependencies.add_button.click()
    picker = dependencies.choose_project()
    qtbot.keyClicks(picker.filter, "journal")
    assert picker.results.count() >= 2 and picker.results.currentRow() == 0
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # choose while the typing goes on
    assert picker.results.currentRow() == 1
    wanted = picker.chosen()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()
    row = dependencies.current()
    assert row["on_project"] == wanted
    assert dependencies.on_project.text() == row["on_project_name"]
    assert row["on_project_name"] in dependencies.list.currentItem().text()
    window.undo_stack.undo()
    assert dependencies.current()["on_project"] is None

    count = dependencies.list.count()
    answer_next_question(qtbot, delete=True)
    dependencies.delete_button.click()
    assert dependencies.list.count() == count - 1
    window.undo_stack.undo()
    assert dependencies.list.count() == count


def test_delete_a_budget_line_and_undo(window, qtbot, demo_store):
    budget = open_active(qtbot, window, dialogs.BudgetEditor)
    budget.add_button.click()
    before = rows_of(demo_store, "budget_lines")
    count = budget.list.count()
    budget.list.setFocus()
    answer_next_question(qtbot, delete=True)
    qtbot.keyClick(budget.list, Qt.Key.Key_Delete)
    assert budget.list.count() == count - 1 and budget.list.currentRow() == count - 2
    window.undo_stack.undo()
    assert rows_of(demo_store, "budget_lines") == before


def test_a_report_date_before_the_previous_report_shows_a_message_on_the_field(window, qtbot, demo_store):
    previous = demo_store.query(
        "SELECT report_date FROM status_reports WHERE project_id = ? ORDER BY report_date DESC", (PROJECT,)
    )[1]["report_date"]
    editor = open_editor(window.context, dialogs.ReportEditor)
    type_into(qtbot, editor.main, "report_date", "01.01.2000")
    qtbot.keyClick(editor.main.editors["report_date"], Qt.Key.Key_Return)
    message = editor.main.error_text("report_date")
    assert "previous report" in message and previous in message  # English dates are ISO
