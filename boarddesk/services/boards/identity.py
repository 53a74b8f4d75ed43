"""Who uses this store, and what they may change.

A store belongs to one person. They say who they are at first start: their name (the author of
their notes) and their role on each board. On a board where they are the secretary they edit the
meetings, in an explicit editing mode; everyone else reads and annotates. A board that reached the
store in a meeting bundle is the secretary's material, read-only whatever role is set here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boarddesk.model.vocabulary import Term, Vocabulary
from boarddesk.services.ids import now_stamp
from boarddesk.store import Store

USER_ROLE = Vocabulary(
    Term("member", "Medlem", "Member"),
    Term("deputy", "Vara", "Deputy"),
    Term("secretary", "Sekretær", "Secretary"),
    Term("observer", "Observatør", "Observer"),
)


class IdentityError(ValueError):
    """What was given for the user cannot be saved; the message says why."""


@dataclass(frozen=True)
class Identity:
    name: str
    roles: dict[str, str] = field(default_factory=dict)  # board id -> USER_ROLE key

    def role_on(self, board_id: str) -> str | None:
        return self.roles.get(board_id)


def who_am_i(store: Store) -> Identity | None:
    """The store's user, or None before they have said who they are."""
    name = store.scalar("SELECT name FROM identity WHERE id = 1")
    if name is None:
        return None
    roles = {row["board_id"]: row["role"] for row in store.query("SELECT board_id, role FROM identity_roles")}
    return Identity(name, roles)


def set_identity(store: Store, name: str, roles: dict[str, str]) -> Identity:
    """Say who uses this store and their role on each board (boards left out have no role)."""
    name = " ".join(name.split())
    if not name:
        raise IdentityError("a name is needed: notes are written under it")
    unknown = [role for role in roles.values() if role not in USER_ROLE]
    if unknown:
        raise IdentityError(f"unknown role {unknown[0]!r}; choose one of {', '.join(USER_ROLE.keys)}")
    boards = {row["id"] for row in store.query("SELECT id FROM boards")}
    missing = sorted(set(roles) - boards)
    if missing:
        raise IdentityError(f"there is no board {missing[0]!r} in this store")
    with store.write() as conn:
        conn.execute(
            "INSERT INTO identity (id, name, set_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, set_at = excluded.set_at",
            (name, now_stamp()),
        )
        conn.execute("DELETE FROM identity_roles")
        conn.executemany(
            "INSERT INTO identity_roles (board_id, role) VALUES (?, ?)",
            [(board, role) for board, role in roles.items()],
        )
    return Identity(name, dict(roles))


def arrived_in_bundle(store: Store, board_id: str) -> bool:
    """Whether the board's meetings came from a secretary's bundle (a member's copy)."""
    return bool(
        store.scalar(
            "SELECT 1 FROM bundle_imports i JOIN meetings m ON m.id = i.meeting_id WHERE m.board_id = ? LIMIT 1",
            (board_id,),
        )
    )


def may_edit_meetings(store: Store, board_id: str) -> bool:
    """Only the board's secretary edits its meetings, and never in a member's copy."""
    me = who_am_i(store)
    if me is None or me.role_on(board_id) != "secretary":
        return False
    return not arrived_in_bundle(store, board_id)
