"""The action points register across meetings: given at a meeting (what, who, due), followed up
at the next ones until done or cancelled. The open ones belong under the next meeting's
«Status aksjonspunkter» item."""

from __future__ import annotations

from boarddesk.model.vocabulary import ACTION_STATUS
from boarddesk.services.boards.lookup import board_of
from boarddesk.services.ids import new_id, next_position
from boarddesk.services.meetings.minutes import ensure_editable, meeting_of_case
from boarddesk.services.transfer.review import carried_point, held_review
from boarddesk.store import Row, Store


class ActionPointError(Exception):
    pass


def add_action_point(
    store: Store,
    meeting_id: str,
    text: str,
    *,
    responsible: str | None = None,
    due: str | None = None,
    case_id: str | None = None,
) -> str:
    if not text.strip():
        raise ActionPointError("an action point needs a text saying what is to be done")
    ensure_editable(store, meeting_id)
    if case_id and meeting_of_case(store, case_id) != meeting_id:
        raise ActionPointError("the case is not on this meeting's agenda")
    board_id = board_of(store, "meeting", meeting_id)
    if board_id is None:
        raise LookupError(f"there is no meeting {meeting_id!r}")
    ident = new_id(f"{board_id}-ap")
    with store.write() as conn:
        position = next_position(store, "action_points", "board_id", board_id)
        conn.execute(
            'INSERT INTO action_points (id, board_id, position, text, meeting, "case", responsible, due, status) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
            (ident, board_id, position, text.strip(), meeting_id, case_id, responsible or None, due or None),
        )
    return ident


def edit_action_point(
    store: Store, ident: str, *, text: str | None = None, responsible: str | None = None, due: str | None = None
) -> None:
    """Change what was minuted (only while the minutes of its meeting are not approved)."""
    row = _get(store, ident)
    ensure_editable(store, row["meeting"])
    with store.write() as conn:
        conn.execute(
            "UPDATE action_points SET text = coalesce(?, text), responsible = ?, due = ? WHERE id = ?",
            (text.strip() if text else None, responsible or None, due or None, ident),
        )


def follow_up(store: Store, ident: str, status: str, comment: str | None = None) -> None:
    """Status and comment, as reviewed at a later meeting; allowed on approved minutes' points."""
    if status not in ACTION_STATUS:
        raise ActionPointError(f"{status!r} is not an action point status; use {', '.join(ACTION_STATUS.keys)}")
    _get(store, ident)
    with store.write() as conn:
        conn.execute(
            "UPDATE action_points SET status = ?, comment = coalesce(?, comment) WHERE id = ?", (status, comment, ident)
        )


def _get(store: Store, ident: str) -> Row:
    row = store.require_one("SELECT * FROM action_points WHERE id = ?", (ident,), f"there is no action point {ident!r}")
    return row


_SELECT = """SELECT a.*, m.number AS meeting_number, m.year AS meeting_year, m.date AS meeting_date,
                    c.seq, c.year AS case_year, b.case_number_format
             FROM action_points a JOIN boards b ON b.id = a.board_id
             LEFT JOIN meetings m ON m.id = a.meeting LEFT JOIN cases c ON c.id = a."case" """


def register(store: Store, board_id: str | None = None, status: str | None = None) -> list[Row]:
    """All action points, newest meeting first; optionally of one board and one status."""
    sql, params = _SELECT + " WHERE 1", []
    if board_id:
        sql += " AND a.board_id = ?"
        params.append(board_id)
    if status:
        sql += " AND coalesce(a.status, 'open') = ?"
        params.append(status)
    return store.query(sql + " ORDER BY m.date DESC, a.position", params)


def of_case(store: Store, case_id: str) -> list[Row]:
    return store.query(_SELECT + ' WHERE a."case" = ? ORDER BY a.position', (case_id,))


def open_for_meeting(store: Store, meeting_id: str) -> list[Row]:
    """The points to review under the meeting's «Status aksjonspunkter»: those given at earlier
    meetings of the board (on or before its date) that are still open, soonest due first."""
    meeting = store.require_one(
        "SELECT board_id, date FROM meetings WHERE id = ?", (meeting_id,), f"there is no meeting {meeting_id!r}"
    )
    return store.query(
        _SELECT + " WHERE a.board_id = ? AND coalesce(a.status, 'open') = 'open' "
        "AND (a.meeting IS NULL OR a.meeting != ? AND m.date <= ?) ORDER BY a.due IS NULL, a.due, a.position",
        (meeting["board_id"], meeting_id, meeting["date"]),
    )


def open_to_review(store: Store, meeting_id: str) -> list[Row]:
    """The points under the meeting's «Status aksjonspunkter»: open_for_meeting, or in a member's
    copy of a meeting, the points its bundle carried as the secretary's store had them (the copy
    may not hold the earlier meetings, or hold them as older bundles left them)."""
    review = held_review(store, meeting_id)
    if review is None:
        return open_for_meeting(store, meeting_id)
    number_format = store.scalar(
        "SELECT b.case_number_format FROM meetings m JOIN boards b ON b.id = m.board_id WHERE m.id = ?", (meeting_id,)
    )
    return [carried_point(point, number_format) for point in review.open_action_points]
