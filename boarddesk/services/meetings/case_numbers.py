"""The one place case numbers are issued: per board and year, atomically, never reused.

The counter and the case are updated in one IMMEDIATE transaction, so two writers (two windows,
two processes) queue for the lock and can never be handed the same number. A withdrawn case keeps
its number, and the counter only ever grows, so no number is issued twice or silently skipped.
"""

from __future__ import annotations

from boarddesk.model.case_numbers import format_case_number
from boarddesk.store import Store


class CaseNumberError(Exception):
    pass


def next_number(store: Store, board_id: str, year: int) -> int:
    """Take the next number of the board's year. Call inside the transaction that uses it."""
    with store.write() as conn:
        used = conn.execute(
            "SELECT max(coalesce((SELECT last_seq FROM case_counters WHERE board_id = ?1 AND year = ?2), 0),"
            " coalesce((SELECT max(seq) FROM cases WHERE board_id = ?1 AND year = ?2), 0))",
            (board_id, year),
        ).fetchone()[0]
        seq = used + 1
        conn.execute(
            "INSERT INTO case_counters (board_id, year, last_seq) VALUES (?, ?, ?) "
            "ON CONFLICT (board_id, year) DO UPDATE SET last_seq = excluded.last_seq",
            (board_id, year, seq),
        )
    return seq


def issue_number(store: Store, case_id: str, year: int) -> str:
    """Give a case its number (once); returns it in the board's format."""
    with store.write() as conn:
        row = conn.execute(
            "SELECT c.board_id, c.seq, c.year, b.case_number_format FROM cases c JOIN boards b ON b.id = c.board_id "
            "WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise CaseNumberError(f"there is no case {case_id!r}")
        board_id, seq, issued_year, pattern = row
        if seq is not None:
            return format_case_number(pattern, seq, issued_year)
        seq = next_number(store, board_id, year)
        conn.execute("UPDATE cases SET seq = ?, year = ? WHERE id = ?", (seq, year, case_id))
    return format_case_number(pattern, seq, year)


def withdraw_case(store: Store, case_id: str) -> None:
    """Take a case off the agenda for good; it keeps its number, marked withdrawn."""
    with store.write() as conn:
        changed = conn.execute("UPDATE cases SET state = 'withdrawn' WHERE id = ?", (case_id,)).rowcount
        if not changed:
            raise CaseNumberError(f"there is no case {case_id!r}")


def case_number(store: Store, case_id: str) -> str | None:
    row = store.query_one(
        "SELECT c.seq, c.year, b.case_number_format FROM cases c JOIN boards b ON b.id = c.board_id WHERE c.id = ?",
        (case_id,),
    )
    if not row or row["seq"] is None:
        return None
    return format_case_number(row["case_number_format"], row["seq"], row["year"])
