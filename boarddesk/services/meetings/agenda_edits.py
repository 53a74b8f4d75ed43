"""Agenda edits that can be undone: the rows of a case (its fields, parts and links) before and
after a change, recorded as an `Edit` of the one undo mechanism (services/portfolio/changes.py)."""

from __future__ import annotations

from collections.abc import Callable

from boarddesk.services.portfolio.changes import Edit, RowChange
from boarddesk.store import Row, Store

_LINKED = ("case_parts", "case_projects", "case_status_reports")  # keyed by (case_id, position)
_Key = tuple[str, tuple]


def _case_rows(store: Store, case_id: str) -> dict[_Key, Row]:
    """Every row that says what a case is, without versions (undo gives the case a new one)."""
    rows: dict[_Key, Row] = {}
    case = store.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    if case is not None:
        rows[("cases", (case_id,))] = {k: v for k, v in dict(case).items() if k != "version"}
    for table in _LINKED:
        for row in store.query(f"SELECT * FROM {table} WHERE case_id = ?", (case_id,)):
            rows[(table, (row["case_id"], row["position"]))] = dict(row)
    return rows


def _key(table: str, values: tuple) -> Row:
    return {"id": values[0]} if table == "cases" else {"case_id": values[0], "position": values[1]}


def _diff(before: dict[_Key, Row], after: dict[_Key, Row]) -> tuple[RowChange, ...]:
    """Deleted rows first, then changed ones, then new ones: undo runs them backwards."""
    deleted = [RowChange(t, _key(t, k), before[(t, k)], None) for t, k in before if (t, k) not in after]
    changed = []
    for (table, key), old in before.items():
        new = after.get((table, key))
        if new is not None and new != old:
            columns = [column for column in new if old.get(column) != new[column]]
            changed.append(
                RowChange(table, _key(table, key), {c: old.get(c) for c in columns}, {c: new[c] for c in columns})
            )
    added = [RowChange(t, _key(t, k), None, after[(t, k)]) for t, k in after if (t, k) not in before]
    return (*deleted, *changed, *added)


def recorded(store: Store, case_id: str, work: Callable[[], object]) -> Edit:
    """Run `work` (service calls that change the case) in one transaction; returns what it changed,
    for the undo stack (an empty edit when nothing changed)."""
    with store.write():
        before = _case_rows(store, case_id)
        work()
        after = _case_rows(store, case_id)
    return Edit(f"case {case_id} edited", case_id, _diff(before, after), owner_table="cases")
