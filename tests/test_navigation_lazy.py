"""The navigator on a large generated store: it reads a page at a time, never the whole board."""

from __future__ import annotations

import pytest

from boarddesk.demo.synthetic_store import PROGRAMME_EVERY, generate_store
from boarddesk.gui.shell.main_window import ROLE_TARGET
from boarddesk.gui.shell.navigator_model import PORTFOLIO_ROW
from boarddesk.services.boards import navigator as nav
from boarddesk.store import Store

PROJECTS = 2000


@pytest.fixture(scope="module")
def big_store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    with Store.open(path) as store:
        generate_store(store, PROJECTS, 2, board_id="syn")
    return path


@pytest.fixture
def window_store(big_store_path):
    with Store.open(big_store_path) as store:
        yield store


def test_generator_writes_projects_reports_and_history(big_store_path):
    with Store.open(big_store_path) as store:
        assert store.scalar("SELECT count(*) FROM projects") == PROJECTS
        assert store.scalar("SELECT count(*) FROM status_reports") == PROJECTS * 2
        assert store.scalar("SELECT count(*) FROM area_ratings") == PROJECTS * 2 * 6
        assert store.scalar("SELECT count(DISTINCT report_id) FROM milestone_forecasts") == PROJECTS * 2
        assert store.scalar("SELECT count(*) FROM projects WHERE kind = 'programme'") == PROJECTS // PROGRAMME_EVERY


def test_start_reads_only_the_boards(window):
    board = window.model.index(0, 0)
    assert window.model.rowCount() == 1 and board.data() == "Syntetisk syn"
    portfolio = window.model.index(PORTFOLIO_ROW, 0, board)
    assert portfolio.data() == "Portfolio"
    assert window.model.rowCount(portfolio) == 0 and window.model.canFetchMore(portfolio)


def test_expanding_reads_one_page_and_scrolling_reads_the_next(window, qtbot):
    model = window.model
    portfolio = model.index(PORTFOLIO_ROW, 0, model.index(0, 0))
    window.navigator.expand(portfolio)
    top_level = PROJECTS // PROGRAMME_EVERY
    assert model.rowCount(portfolio) == min(nav.PAGE_SIZE, top_level)
    first = model.index(0, 0, portfolio)
    assert first.data().startswith("Program 1 ") and model.hasChildren(first)
    assert model.rowCount(first) == 0  # a programme's projects are read when it is opened
    window.navigator.expand(first)
    assert model.rowCount(first) == PROGRAMME_EVERY - 1
    window.navigator.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount(portfolio) == top_level, timeout=3000)


def test_a_deep_project_is_found_without_reading_everything(window):
    last = f"syn-{PROJECTS - 1}"
    assert window.select_target("project", last)
    assert window.navigator.currentIndex().data(ROLE_TARGET) == f"project:{last}"
    assert window.current_target == ("project", last)
    portfolio = window.model.index(PORTFOLIO_ROW, 0, window.model.index(0, 0))
    # the programmes up to the last one were read; the children of only that one
    programmes = window.model.rowCount(portfolio)
    opened = [window.model.rowCount(window.model.index(row, 0, portfolio)) for row in range(programmes)]
    assert sum(1 for count in opened if count) == 1


def test_search_finds_a_project_by_name_and_opens_it(window, qtbot):
    qtbot.keyClicks(window.search_edit, "Prosjekt 1234")
    qtbot.waitUntil(lambda: window.results.count() > 1, timeout=3000)
    window.search.open_first()
    assert window.current_target == ("project", "syn-1233")


def test_generate_command_adds_a_board_and_refuses_a_second_with_the_same_id(tmp_path, capsys):
    from boarddesk.cli import main

    db = tmp_path / "gen.sqlite"
    assert main(["generate", "--projects", "30", "--reports", "3", "--db", str(db)]) == 0
    assert "30 projects" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.scalar("SELECT count(*) FROM status_reports") == 90
    assert main(["generate", "--projects", "5", "--db", str(db)]) == 2
    assert "already holds a board 'syn'" in capsys.readouterr().err
