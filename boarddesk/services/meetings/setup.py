"""Setting up a meeting: its number in the board's year (suggested), date and time, place or
«Elektronisk møte», chair, invitees (members and guests) and copy-to; the agenda starts with the
standard items. Changes after the agenda is published are written to its change log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from boarddesk.services.ids import new_id, next_position
from boarddesk.services.meetings.agenda import STANDARD_PARTS, AgendaError, add_standard_item, log_change
from boarddesk.services.meetings.minutes import ensure_editable, ensure_minutes
from boarddesk.store import Row, Store

ELECTRONIC_MEETING = "Elektronisk møte"


def suggest_meeting_number(store: Store, board_id: str, year: int) -> int:
    """The next meeting number of the board's year: after 7/2021 comes 8/2021."""
    return (store.scalar("SELECT max(number) FROM meetings WHERE board_id = ? AND year = ?", (board_id, year)) or 0) + 1


@dataclass
class MeetingDraft:
    board_id: str
    date: str
    number: int | None = None  # suggested when left out
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    invitees: list[str] | None = None  # member ids; all active members when left out


def create_meeting(store: Store, draft: MeetingDraft) -> str:
    """A new meeting with its invitees and the standard agenda items; returns its id."""
    year = int(draft.date[:4])
    with store.write() as conn:
        number = draft.number or suggest_meeting_number(store, draft.board_id, year)
        if store.scalar(
            "SELECT 1 FROM meetings WHERE board_id = ? AND year = ? AND number = ?", (draft.board_id, year, number)
        ):
            raise AgendaError(f"the board already has a meeting {number}/{year}")
        ident = f"{draft.board_id}-m-{year}-{number}"
        if store.scalar("SELECT 1 FROM meetings WHERE id = ?", (ident,)):
            ident = new_id(f"{draft.board_id}-m")
        chair = draft.chair or store.scalar(
            "SELECT id FROM members WHERE board_id = ? AND role = 'chair' AND coalesce(active, 1) ORDER BY position",
            (draft.board_id,),
        )
        position = next_position(store, "meetings", "board_id", draft.board_id)
        conn.execute(
            "INSERT INTO meetings (id, board_id, position, number, year, date, start_time, end_time, place, chair, "
            "secretary, agenda_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                ident,
                draft.board_id,
                position,
                number,
                year,
                draft.date,
                draft.start_time,
                draft.end_time,
                draft.place,
                chair,
                draft.secretary,
            ),
        )
        invitees = draft.invitees
        if invitees is None:
            invitees = [
                row["id"]
                for row in store.query(
                    "SELECT id FROM members WHERE board_id = ? AND coalesce(active, 1) ORDER BY position",
                    (draft.board_id,),
                )
            ]
        set_invitees(store, ident, [{"member": member} for member in invitees])
        ensure_minutes(store, ident)
        for key in STANDARD_PARTS:
            add_standard_item(store, ident, key)
    return ident


MEETING_FIELDS = ("date", "start_time", "end_time", "place", "chair", "secretary", "notes")


def update_meeting(store: Store, meeting_id: str, **values: Any) -> None:
    """Change the meeting's facts (date, time, place, chair …); logged once the agenda is out."""
    unknown = set(values) - set(MEETING_FIELDS)
    if unknown:
        raise AgendaError(f"a meeting has no field {', '.join(sorted(unknown))}")
    ensure_editable(store, meeting_id)
    with store.write() as conn:
        old = store.require_one(
            "SELECT * FROM meetings WHERE id = ?", (meeting_id,), f"there is no meeting {meeting_id!r}"
        )
        changed = {k: v for k, v in values.items() if old[k] != v}
        for key, value in changed.items():
            conn.execute(f"UPDATE meetings SET {key} = ? WHERE id = ?", (value, meeting_id))
        if "date" in changed:
            conn.execute("UPDATE meetings SET year = ? WHERE id = ?", (int(values["date"][:4]), meeting_id))
        if changed and old["agenda_published"]:
            log_change(store, meeting_id, None, "meeting_changed", fields=sorted(changed))


def set_invitees(store: Store, meeting_id: str, invitees: Iterable[Row]) -> None:
    """Invitees: board members ({"member": id}) and guests ({"name", "organisation", "role"})."""
    _replace_meeting_list(
        store,
        meeting_id,
        "meeting_invitees",
        ("member", "name", "organisation", "role"),
        (
            (invitee.get("member"), invitee.get("name"), invitee.get("organisation"), invitee.get("role"))
            for invitee in invitees
        ),
    )


def set_copy_to(store: Store, meeting_id: str, recipients: Iterable[Row]) -> None:
    _replace_meeting_list(
        store,
        meeting_id,
        "meeting_copy_to",
        ("name", "organisation"),
        ((row["name"], row.get("organisation")) for row in recipients),
    )


def _replace_meeting_list(
    store: Store, meeting_id: str, table: str, columns: tuple[str, ...], rows: Iterable[tuple]
) -> None:
    """Replace the meeting's list in `table` by `rows` (values of `columns`), numbered from 1."""
    ensure_editable(store, meeting_id)
    insert = (
        f"INSERT INTO {table} (meeting_id, position, {', '.join(columns)}) "
        f"VALUES (?, ?, {', '.join('?' for _ in columns)})"
    )
    with store.write() as conn:
        conn.execute(f"DELETE FROM {table} WHERE meeting_id = ?", (meeting_id,))
        for position, values in enumerate(rows, start=1):
            conn.execute(insert, (meeting_id, position, *values))
