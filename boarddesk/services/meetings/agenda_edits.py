"""Agenda edits that can be undone: the rows of a case (its fields, parts, links and documents),
or of every case on a meeting's agenda (their order, a case added or removed), before and after a
change, recorded as an `Edit` of the one undo mechanism (services/portfolio/changes.py).

The meeting's facts (date, time, place, chair) are recorded the same way. Publication is not an
edit (numbers are issued and the agenda is sent out); a case added to a published agenda keeps its
number, so that is not taken back either."""

from __future__ import annotations

from collections.abc import Callable

from boarddesk.services.portfolio.changes import Edit, RowChange
from boarddesk.store import Row, Store

_LINKED = ("case_parts", "case_projects", "case_status_reports", "case_attachments")  # keyed by (case_id, position)
_Key = tuple[str, tuple]


def _case_rows(store: Store, case_ids: list[str], documents: bool = False) -> dict[_Key, Row]:
    """Every row that says what the cases are, without versions (undo gives a case a new one);
    with `documents`, the attached files too (their content: only when a document is attached or
    removed, not on every save of a field)."""
    rows: dict[_Key, Row] = {}
    if documents:
        for row in store.query(
            f"SELECT a.* FROM attachments a JOIN case_attachments ca ON ca.attachment = a.id "
            f"WHERE ca.case_id IN ({', '.join('?' * len(case_ids))})",
            tuple(case_ids),
        ):
            rows[("attachments", (row["id"],))] = dict(row)
    for case_id in case_ids:
        case = store.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
        if case is not None:
            rows[("cases", (case_id,))] = {k: v for k, v in dict(case).items() if k != "version"}
        for table in _LINKED:
            for row in store.query(f"SELECT * FROM {table} WHERE case_id = ?", (case_id,)):
                rows[(table, (row["case_id"], row["position"]))] = dict(row)
    return rows


def _agenda(store: Store, meeting_id: str) -> list[str]:
    return [row["id"] for row in store.query("SELECT id FROM cases WHERE meeting = ?", (meeting_id,))]


_BY_MEETING = ("meeting_invitees", "meeting_copy_to")  # keyed by (meeting_id, position)


def _key(table: str, values: tuple) -> Row:
    if len(values) == 1:
        return {"id": values[0]}
    return {"meeting_id" if table in _BY_MEETING else "case_id": values[0], "position": values[1]}


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


def recorded(store: Store, case_id: str, work: Callable[[], object], documents: bool = False) -> Edit:
    """Run `work` (service calls that change the case) in one transaction; returns what it changed,
    for the undo stack (an empty edit when nothing changed). `documents`: work attaches or removes one."""
    with store.write():
        before = _case_rows(store, [case_id], documents)
        work()
        after = _case_rows(store, [case_id], documents)
    return Edit(f"case {case_id} edited", case_id, _diff(before, after), owner_table="cases")


def recorded_on_agenda(
    store: Store, meeting_id: str, case_id: str | None, work: Callable[[], object]
) -> tuple[object, Edit]:
    """Run `work` (a case added, removed or moved) in one transaction; returns its result and what
    it changed on the meeting's agenda. The edit belongs to `case_id`, or to the case `work` made."""
    with store.write():
        cases = _agenda(store, meeting_id)
        before = _case_rows(store, cases)
        result = work()
        after = _case_rows(store, list(dict.fromkeys([*cases, *_agenda(store, meeting_id)])))
    owner = case_id or (result if isinstance(result, str) else "")
    added = [row for (table, key), row in after.items() if table == "cases" and (table, key) not in before]
    if any(row["seq"] for row in added):  # numbered at once: the number stays issued, the case stays
        return result, Edit("case added to a published agenda", owner, (), owner_table="cases")
    return result, Edit(f"agenda of {meeting_id} edited", owner, _diff(before, after), owner_table="cases")


def _meeting_rows(store: Store, meeting_id: str) -> dict[_Key, Row]:
    """The meeting's facts, its invitees and its copy-to list."""
    found = store.query_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
    rows: dict[_Key, Row] = {("meetings", (meeting_id,)): dict(found)} if found else {}
    for table in _BY_MEETING:
        for row in store.query(f"SELECT * FROM {table} WHERE meeting_id = ?", (meeting_id,)):
            rows[(table, (meeting_id, row["position"]))] = dict(row)
    return rows


def recorded_meeting(store: Store, meeting_id: str, work: Callable[[], object]) -> Edit:
    """Run `work` (a change to the meeting's facts) in one transaction; returns what it changed."""
    with store.write():
        before = _meeting_rows(store, meeting_id)
        work()
        after = _meeting_rows(store, meeting_id)
    return Edit(f"meeting {meeting_id} edited", meeting_id, _diff(before, after), owner_table="meetings")


def recorded_dialog(store: Store, meeting_id: str, dialog: Callable[[], object]) -> Edit:
    """What a dialog (the invitees) changed in the meeting. Not one transaction: the dialog waits for
    the user; undo still puts rows back only where they are as the dialog left them."""
    before = _meeting_rows(store, meeting_id)
    dialog()
    return Edit(
        f"meeting {meeting_id} edited",
        meeting_id,
        _diff(before, _meeting_rows(store, meeting_id)),
        owner_table="meetings",
    )
