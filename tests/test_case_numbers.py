"""Case numbers: per board and year, in the board's format, never issued twice, even under load."""

import multiprocessing
from pathlib import Path

from boarddesk.model.case_numbers import format_case_number, parse_case_number
from boarddesk.services.meetings.case_numbers import case_number, issue_number, next_number, withdraw_case
from boarddesk.store import Store


def add_case(store: Store, board: str, case_id: str) -> None:
    with store.write() as conn:
        conn.execute("INSERT INTO cases (id, board_id, title) VALUES (?, ?, ?)", (case_id, board, "Ny sak"))


def test_formats_of_the_two_boards():
    assert format_case_number("{seq}/{yy}", 41, 2021) == "41/21"
    assert format_case_number("{seq}-{yyyy}", 145, 2023) == "145-2023"
    assert parse_case_number("{seq}/{yy}", "41/21") == (41, 2021)
    assert parse_case_number("{seq}-{yyyy}", "58-2024") == (58, 2024)
    assert parse_case_number("{seq}-{yyyy}", "58/24") is None


def test_numbers_continue_after_the_imported_ones(demo_store):
    add_case(demo_store, "pds", "new-1")
    assert issue_number(demo_store, "new-1", 2021) == "48/21"
    add_case(demo_store, "pds", "new-2")
    assert issue_number(demo_store, "new-2", 2022) == "1/22"


def test_withdrawn_case_keeps_its_number_and_it_is_never_reused(demo_store):
    add_case(demo_store, "hn", "hn-new-1")
    number = issue_number(demo_store, "hn-new-1", 2024)
    withdraw_case(demo_store, "hn-new-1")
    add_case(demo_store, "hn", "hn-new-2")
    second = issue_number(demo_store, "hn-new-2", 2024)
    assert case_number(demo_store, "hn-new-1") == number
    assert demo_store.scalar("SELECT state FROM cases WHERE id = 'hn-new-1'") == "withdrawn"
    assert int(second.split("-")[0]) == int(number.split("-")[0]) + 1


def test_issuing_twice_gives_the_same_number(demo_store):
    add_case(demo_store, "pds", "again")
    assert issue_number(demo_store, "again", 2021) == issue_number(demo_store, "again", 2021)


def _allocate(path: str, count: int, queue) -> None:
    with Store.open(path) as store:
        queue.put([next_number(store, "pds", 2030) for _ in range(count)])


def test_two_processes_allocating_at_once_never_collide(demo_path: Path):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_allocate, args=(str(demo_path), 60, queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    numbers = queue.get(timeout=60) + queue.get(timeout=60)
    for worker in workers:
        worker.join(timeout=30)
    assert sorted(numbers) == list(range(1, 121))
