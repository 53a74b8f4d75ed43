"""A board's membership over time: members, personal deputies (personlige vara), observers and the
secretary, each with a role and a period. A member who leaves is retired, never deleted: the
minutes and attendance of past meetings still name them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from boarddesk.model.vocabulary import MEMBER_ROLE
from boarddesk.services.ids import new_id, next_position
from boarddesk.store import Store


class MembershipError(ValueError):
    """A membership change that cannot be saved; the message names the field and why."""


@dataclass(frozen=True)
class Member:
    id: str
    board_id: str
    name: str
    organisation: str | None
    title: str | None
    role: str | None
    deputy_for: str | None
    period_from: str | None
    period_to: str | None
    active: bool
    # Fields taken from other papers, not read in the board's own (the demo's member roles).
    inferred_fields: tuple[str, ...] = ()

    def serving_on(self, day: str) -> bool:
        """Whether the member serves on the board on `day` (ISO date)."""
        if not self.active and not self.period_to:
            return False
        return (self.period_from or "") <= day and (not self.period_to or day <= self.period_to)


_COLUMNS = "id, board_id, name, organisation, title, role, deputy_for, period_from, period_to, active, inferred_fields"


def list_members(store: Store, board_id: str, *, include_retired: bool = True) -> list[Member]:
    rows = store.query(
        f"SELECT {_COLUMNS} FROM members WHERE board_id = ? ORDER BY position, name",
        (board_id,),
    )
    members = [_from_row(row) for row in rows]
    return members if include_retired else [m for m in members if m.active]


def _clean(store: Store, board_id: str, values: dict[str, str | None], member_id: str | None) -> dict[str, str | None]:
    clean = {key: (value.strip() or None) if isinstance(value, str) else value for key, value in values.items()}
    if "name" in clean and not clean["name"]:
        raise MembershipError("name: a member needs a name")
    role = clean.get("role")
    if role is not None and role not in MEMBER_ROLE:
        raise MembershipError(f"role: {role!r} is not a role; choose one of {', '.join(MEMBER_ROLE.keys)}")
    for key in ("period_from", "period_to"):
        day = clean.get(key)
        if day is not None:
            try:
                date.fromisoformat(day)
            except ValueError:
                raise MembershipError(f"{key}: {day!r} is not a date (YYYY-MM-DD)") from None
    deputy_for = clean.get("deputy_for")
    if deputy_for is not None:
        if deputy_for == member_id:
            raise MembershipError("deputy_for: a member cannot be their own deputy")
        if not store.scalar("SELECT 1 FROM members WHERE id = ? AND board_id = ?", (deputy_for, board_id)):
            raise MembershipError(f"deputy_for: {deputy_for!r} is not a member of this board")
    return clean


def _check_period(member: dict[str, str | None]) -> None:
    start, end = member.get("period_from"), member.get("period_to")
    if start and end and end < start:
        raise MembershipError(f"period_to: {end} is before the period starts ({start})")


def add_member(store: Store, board_id: str, **values: str | None) -> Member:
    """A new member, deputy, observer or secretary of the board (fields as in `Member`)."""
    if not store.scalar("SELECT 1 FROM boards WHERE id = ?", (board_id,)):
        raise MembershipError(f"there is no board {board_id!r}")
    clean = _clean(store, board_id, {"name": "", **values}, None)
    _check_period(clean)
    member_id = new_id(f"{board_id}-mem")
    with store.write() as conn:
        conn.execute(
            "INSERT INTO members (id, board_id, position, name, organisation, title, role, deputy_for, "
            "period_from, period_to, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                member_id,
                board_id,
                next_position(store, "members", "board_id", board_id),
                clean["name"],
                clean.get("organisation"),
                clean.get("title"),
                clean.get("role") or "member",
                clean.get("deputy_for"),
                clean.get("period_from"),
                clean.get("period_to"),
            ),
        )
    return _member(store, member_id)


_EDITABLE = ("name", "organisation", "title", "role", "deputy_for", "period_from", "period_to")


def update_member(store: Store, member_id: str, **values: str | None) -> Member:
    """Change a member's fields; only the fields given change."""
    current = _member(store, member_id)
    unknown = set(values) - set(_EDITABLE)
    if unknown:
        raise MembershipError(f"{sorted(unknown)[0]}: not a field of a member")
    clean = _clean(store, current.board_id, values, member_id)
    _check_period({"period_from": current.period_from, "period_to": current.period_to, **clean})
    if not clean:
        return current
    # A value the secretary sets is no longer inferred.
    changed = {key for key, value in clean.items() if value != getattr(current, key)}
    if changed & set(current.inferred_fields):
        kept = [name for name in current.inferred_fields if name not in changed]
        clean["inferred_fields"] = json.dumps(kept) if kept else None
    assignments = ", ".join(f"{key} = ?" for key in clean)
    with store.write() as conn:
        conn.execute(f"UPDATE members SET {assignments} WHERE id = ?", (*clean.values(), member_id))
    return _member(store, member_id)


def retire_member(store: Store, member_id: str, on: str) -> Member:
    """The member leaves the board on `on` (ISO date): kept on record, no longer invited."""
    current = _member(store, member_id)
    clean = _clean(store, current.board_id, {"period_to": on}, member_id)
    _check_period({"period_from": current.period_from, **clean})
    with store.write() as conn:
        conn.execute("UPDATE members SET period_to = ?, active = 0 WHERE id = ?", (clean["period_to"], member_id))
    return _member(store, member_id)


def _member(store: Store, member_id: str) -> Member:
    row = store.query_one(f"SELECT {_COLUMNS} FROM members WHERE id = ?", (member_id,))
    if row is None:
        raise MembershipError(f"there is no member {member_id!r}")
    return _from_row(row)


def _from_row(row: dict) -> Member:
    inferred = tuple(json.loads(row["inferred_fields"] or "[]"))
    return Member(**{**row, "active": row["active"] is None or bool(row["active"]), "inferred_fields": inferred})
