"""The views a board member reads, driven in the main window: the project card and its tabs (RAG
history, milestone charts, risks) and the portfolio overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from boarddesk.gui.portfolio.portfolio_view import PortfolioView
from boarddesk.gui.project.charts import timestamp
from boarddesk.gui.project.project_view import ProjectView
from boarddesk.gui.shell.main_window import MainWindow
from boarddesk.services.portfolio import overview as portfolio

DIALOG = "hn-p-dis-digital-dialog"  # two Helse Nord reports; milestone 2 slipped 19.02 → 03.06.2024


def open_project(window: MainWindow, project_id: str, tab: str = "card") -> ProjectView:
    window.open_target("project", project_id)
    view = window.current_view()
    assert isinstance(view, ProjectView)
    view.select_tab(tab)
    return view


# -- the card -----------------------------------------------------------------------------------
def test_card_shows_fields_and_each_areas_rating_with_the_previous_one_and_a_trend(window, demo_store):
    with demo_store.write() as conn:  # the earlier report rated progress red; now it is yellow
        conn.execute(
            "UPDATE area_ratings SET rag = 'red' WHERE report_id = ? AND area = 'progress'",
            (f"{DIALOG}-sr-2024-01-22",),
        )
    view = open_project(window, DIALOG)
    text = view.plain_text()
    assert "Digital dialog behandlende enhet" in text
    assert "Project number" in text and "350" in text and "Oddgeir Strømsnes" in text
    assert "Manager's assessment" in text and "Hvert HF har ansvar" in text
    lines = text.splitlines()
    progress = " ".join(lines[lines.index("Fremdrift") : lines.index("Fremdrift") + 4]).split()
    assert progress == ["Fremdrift", "■", "R", "▲", "Y", "Yellow", "↑"]  # previous, now, trend
    assert "Økonomi" in text and "→" in text


def test_a_programme_card_lists_its_sub_projects_with_their_rating(window):
    text = open_project(window, "hn-p-dis").plain_text()
    assert "Sub-projects" in text and "Digital dialog behandlende enhet" in text
    assert "Decision history" in text and "145-2023" in text
    assert "Funding" in text or "Budget" in text


def test_alt_number_and_ctrl_tab_switch_tabs(window, qtbot):
    view = open_project(window, DIALOG)
    view.card.setFocus()
    qtbot.keyClick(view.card, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.rag
    qtbot.keyClick(view.rag.table, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.risks
    qtbot.keyClick(view.risks.filter, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.card


# -- RAG history --------------------------------------------------------------------------------
def test_rag_grid_has_letters_colours_and_the_comment_as_tooltip(window, qtbot):
    view = open_project(window, DIALOG, "rag")
    model = view.rag.model
    assert model.columnCount() == 2 and model.rowCount() == 8
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows[:3] == ["Overall status", "Risk", "Avgrensning og innhold"]
    progress = rows.index("Fremdrift")
    cell = model.index(progress, 1)
    assert cell.data() == "▲ Y"  # the shape too, as everywhere a rating is written
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f9a825"
    assert "Tjenesteplattform 2.0" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows.index("Gevinstarbeid"), 0).data() == "○ –"
    # The previous report has colours but no date in the paper: its column shows the period only.
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Forrige rapportering"
    # A period named by its dates (as the paper writes them) is not followed by the same date again,
    # in another format: English showed «…11.03.2024» above «2024-03-11».
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Rapporteringsperiode 23.01.2024–11.03.2024"


def test_enter_on_a_cell_opens_that_report(window, qtbot):
    view = open_project(window, DIALOG, "rag")
    table = view.rag.table
    table.setFocus()
    table.setCurrentIndex(view.rag.model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    report = view.rag.report.toPlainText()
    assert "Forrige rapportering" in report and "undated report" in report and "2024-01-22" not in report
    assert "Source note" in report and "FORRIGE" in report
    table.setCurrentIndex(view.rag.model.index(2, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert "Løsningsbeskrivelse er utarbeidet" in view.rag.report.toPlainText()


# -- milestones ---------------------------------------------------------------------------------
def test_trend_chart_has_a_line_per_milestone_with_a_point_per_report(window):
    view = open_project(window, DIALOG, "timeline")
    lines = view.charts.trend_lines
    assert len(lines) == 7
    xs, ys = lines[f"{DIALOG}-m-2"].getData()
    assert list(xs) == [timestamp("2024-01-22"), timestamp("2024-03-11")]
    assert list(ys) == [timestamp("2024-02-19"), timestamp("2024-06-03")]
    # The paper gives no forecasts for the previous report, except the one a comment names.
    assert all(len(line.getData()[0]) == 1 for key, line in lines.items() if key != f"{DIALOG}-m-2")


def test_a_programme_without_milestones_shows_an_empty_state_not_empty_axes(window):
    view = open_project(window, "hn-p-dis", "timeline")
    charts = view.charts
    assert "reports no milestones of its own; its sub-projects do" in charts.empty.text()
    assert "Pasientbrev Helsenorge</a> (11)" in charts.empty.text()
    assert charts.empty.isVisibleTo(charts) and not charts.splitter.isVisibleTo(charts), (
        "one explanation, no empty panels"
    )
    charts.empty.linkActivated.emit("project:hn-p-dis-pasientbrev")
    assert window.current_target == ("project", "hn-p-dis-pasientbrev")
    # A project with milestones shows its charts again in the same widgets.
    window.open_target("project", DIALOG)
    view = window.current_view()
    view.select_tab("timeline")
    assert not view.charts.timeline_frame.is_empty and not view.charts.trend_frame.is_empty
    assert view.charts.trend.isVisibleTo(view.charts)


def test_timeline_marks_today_and_labels_each_milestone(window):
    view = open_project(window, DIALOG, "timeline")
    plot = view.charts.timeline.getPlotItem()
    ticks = plot.getAxis("left")._tickLevels[0]
    assert len(ticks) == 7 and ticks[0][1].startswith("1  Helsekontakt")
    today = [item for item in plot.items if type(item).__name__ == "InfiniteLine"]
    assert today and today[0].value() == timestamp(date.today())
    last = max(x for item in plot.items if type(item).__name__ == "ScatterPlotItem" for x in item.data["x"])
    near = timestamp(date.today()) - last < 365 * 86400
    assert today[0].isVisible() == near, "a «today» far past the milestones is not drawn, so they are not squeezed"
    low, high = plot.viewRange()[0]
    assert near or high - low < (timestamp(date.today()) - low) * 0.9


def test_trend_chart_gains_a_point_when_a_report_is_added_and_the_view_refreshed(window, demo_store):
    view = open_project(window, DIALOG, "timeline")
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO status_reports (id, project_id, position, report_date) VALUES (?, ?, 9, '2024-06-30')",
            ("extra", DIALOG),
        )
        conn.execute(
            "INSERT INTO milestone_forecasts (report_id, position, milestone, forecast) VALUES ('extra', 0, ?, ?)",
            (f"{DIALOG}-m-2", "2024-09-01"),
        )
    view.refresh()
    assert len(view.charts.trend_lines[f"{DIALOG}-m-2"].getData()[0]) == 3


# -- risks --------------------------------------------------------------------------------------
def test_risk_matrix_puts_a_risk_in_its_cell_and_shows_where_it_was(window, demo_store):
    risk = f"{DIALOG}-r-2"
    with demo_store.write() as conn:
        conn.execute("UPDATE risks SET probability = 4, consequence = 3 WHERE id = ?", (risk,))
        for position, (report, p, c) in enumerate(
            ((f"{DIALOG}-sr-2024-01-22", 2, 3), (f"{DIALOG}-sr-2024-03-11", 4, 3))
        ):
            conn.execute(
                "INSERT OR REPLACE INTO risk_assessments (report_id, position, risk, probability, consequence) "
                "VALUES (?, ?, ?, ?, ?)",
                (report, position, risk, p, c),
            )
    view = open_project(window, DIALOG, "risks")
    matrix = view.risks.matrix
    assert matrix.cells == {(4, 3): ["2"]}
    assert matrix.ghosts == {(2, 3): ["2"]}
    assert "risk 2: probability 4, consequence 3" in matrix.accessibleDescription()
    assert "1, 3, 4, 5" in view.risks.unassessed.text()  # the others have no probability or consequence


def test_risk_list_ticks_measures_and_filters_open_and_closed(window, demo_store):
    with demo_store.write() as conn:
        conn.execute("UPDATE risks SET status = 'closed' WHERE id = ?", ("hn-p-dis-r-1",))
    view = open_project(window, "hn-p-dis", "risks")
    risk_list = view.risks.list
    numbers = [risk_list.topLevelItem(i).text(0) for i in range(risk_list.topLevelItemCount())]
    assert "1" not in numbers and "4" in numbers
    four = risk_list.topLevelItem(numbers.index("4"))
    states = [four.child(i).checkState(1) for i in range(four.childCount())]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    view.risks.filter.setCurrentIndex(view.risks.filter.findData("closed"))
    assert [risk_list.topLevelItem(i).text(0) for i in range(risk_list.topLevelItemCount())] == ["1"]


# -- portfolio ----------------------------------------------------------------------------------
def test_portfolio_counts_november_2021_against_january_2020(window, demo_store):
    summary = portfolio.summary(demo_store, "nep")
    assert summary.period.name == "November 2021" and summary.previous.name == "Januar 2020"
    assert summary.status_now.counts == {"green": 19, "yellow": 20, "red": 1, "grey": 0}
    # The 54 projects of January 2020, as Vedlegg 1 lists them: 56 % yellow, 43 % green.
    assert summary.status_before.counts == {"green": 23, "yellow": 30, "red": 1, "grey": 0}
    assert summary.risk_before.counts == {"green": 17, "yellow": 36, "red": 1, "grey": 0}
    window.open_target("board", "nep")
    view = window.current_view()
    assert isinstance(view, PortfolioView)
    assert "50% yellow against 56%" in view.plain_text()


def test_a_portfolio_period_shows_the_projects_that_reported_in_it(demo_store):
    january = next(p for p in portfolio.periods(demo_store, "nep") if p.name == "Januar 2020")
    rows = portfolio.project_rows(demo_store, "nep", january.id)
    assert len(rows) == 54
    assert {"Akson", "HMN Lab", "FRESK"} <= {row.name for row in rows}
    assert "Nasjonal Tarmscreening" not in {row.name for row in rows}  # reported first in November 2021


def test_portfolio_shows_the_key_figures_of_january_2020(window):
    window.open_target("board", "nep")
    view = window.current_view()
    view.select_tab("key_figures")
    assert "The report gives no key figures." in view.key_figures.toPlainText()  # November 2021 has none
    view.period.setCurrentIndex(view.period.findText("Januar 2020"))
    assert view.proxy.rowCount() == 54
    view.select_tab("key_figures")
    text = view.key_figures.toPlainText()
    assert "1,65 milliarder kroner (1,73 milliarder i oktober 2019)" in text
    assert "Source note" in text and "17. januar 2020" in text


def test_portfolio_table_filters_and_sorts(window, qtbot):
    window.open_target("board", "nep")
    view = window.current_view()
    assert view.proxy.rowCount() == 40
    qtbot.keyClicks(view.filter_edit, "helse sør-øst")
    shown = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert shown and set(shown) == {"Helse Sør-Øst"}
    assert view.shown.text() == f"{len(shown)} of 40 projects"
    view.filter_edit.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("red"))
    assert view.proxy.rowCount() == 1 and view.proxy.index(0, 0).data() == "Nasjonal Tarmscreening"
    view.status_filter.setCurrentIndex(0)
    view.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # risk: red first
    assert view.proxy.index(0, 6).data() == "Red (R)"


def test_enter_on_a_portfolio_row_opens_the_projects_card(window, qtbot):
    window.open_target("board", "nep")
    view = window.current_view()
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(1, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    card = window.current_view()
    assert isinstance(card, ProjectView) and card.project_id == "nep-mf-helse"
    assert "MF Helse" in card.plain_text()


def test_portfolio_lists_red_dependencies_and_draws_budget_bars(window):
    window.open_target("board", "nep")
    view = window.current_view()
    view.select_tab("dependencies")
    assert view.red.rowCount() == 4
    assert view.red.item(0, 0).text() in {"Enklere digitale tjenester", "Kjernejournal dokumentdeling"}
    view.select_tab("budget")
    owners = dict(view.budget.by_owner.bars)
    assert owners["Direktoratet for e-helse"] == 2_740_100_000
    assert sum(owners.values()) == sum(amount for _, amount in portfolio.budget_by(window.store, "nep", "actor"))


def test_sorted_by_name_enter_opens_the_row_on_screen(window, qtbot):
    window.open_target("board", "nep")
    view = window.current_view()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert names[0] in window.current_view().plain_text()


def test_a_very_large_portfolio_is_read_in_a_worker(window, qtbot, monkeypatch):
    from boarddesk.gui.portfolio import portfolio_view

    monkeypatch.setattr(portfolio_view, "BACKGROUND_FROM", 10)  # the 40 national projects count as large
    window.open_target("board", "nep")
    view = window.current_view()
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert view.proxy.rowCount() == 40
    assert "48% green" in view.plain_text()


def test_charts_zoom_by_keyboard_and_show_all_again(window, qtbot):
    view = open_project(window, DIALOG, "timeline")
    plot = view.charts.trend
    plot.setFocus()
    before = plot.getViewBox().viewRange()[0]
    qtbot.keyClick(plot, Qt.Key.Key_Plus)
    zoomed = plot.getViewBox().viewRange()[0]
    assert zoomed[1] - zoomed[0] < before[1] - before[0]
    qtbot.keyClick(plot, Qt.Key.Key_0)
    shown = plot.getViewBox().viewRange()[0]
    assert shown[1] - shown[0] > zoomed[1] - zoomed[0]


def test_trend_line_ends_that_meet_share_one_label():
    from boarddesk.gui.project.milestone_charts import end_labels

    ends = [(1.0, 100.0, "red", "10"), (1.0, 101.0, "blue", "2"), (1.0, 500.0, "green", "3")]
    assert [(y, text) for _x, y, _c, text in end_labels(ends, near=5.0)] == [(100.0, "2, 10"), (500.0, "3")]


def test_each_board_counts_its_own_red_dependencies(window):
    window.open_target("board", "nep")
    view = window.current_view()
    national = view.tabs.tabText(1)
    window.open_target("board", "hn")
    assert view.tabs.tabText(1) == "Red &dependencies (0)" and national != view.tabs.tabText(1)


def test_a_board_without_overall_status_is_summarised_by_its_worst_areas_marked_derived(window):
    window.open_target("board", "hn")
    view = window.current_view()
    assert "Worst area (derived)" in view.counts_text()
    assert view.summary_data.status_is_derived and view.summary_data.worst_area_now.counts["red"] >= 1
    model = view.model
    dis = next(row for row in range(model.rowCount()) if model.rows[row].id == "hn-p-dis")
    status = model.index(dis, 5)
    assert status.data().endswith("*") and "Derived" in status.data(Qt.ItemDataRole.ToolTipRole)
    window.open_target("board", "nep")
    assert "derived" not in view.counts_text(), "a board that reports status shows what it reported"


def test_the_budget_chart_follows_the_period_chosen(window):
    window.open_target("board", "nep")
    view = window.current_view()
    view.select_tab("budget")
    november = dict(view.budget.by_owner.bars)
    view.period.setCurrentIndex(view.period.findData("nep-p-2020-01"))
    january = dict(view.budget.by_owner.bars)
    assert january == dict(portfolio.budget_by(window.store, "nep", "actor", "nep-p-2020-01")) != november
    assert round(sum(january.values()) / 1e6) == 1651, "January 2020's «Budsjett 2020» lines, each once"
