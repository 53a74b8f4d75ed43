"""Minutes approval: draft → sent for adjustment → approved → locked, and what approval freezes.

On approval a SHA-256 of a canonical serialisation of the minutes' content is stored; `verify`
recomputes it, so minutes changed outside the app are found. Approved minutes are never edited:
a correction is an amendment (date, reason, text), kept beside the minutes and not in the hash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from boarddesk.services.ids import new_id, next_position, now_stamp
from boarddesk.store import Row, Store

EDITABLE = ("draft", "adjustment")
FROZEN = ("approved", "locked")


class MinutesError(Exception):
    """A step the minutes' state does not allow; the message says why, for the user."""


class MinutesLocked(MinutesError):
    """The meeting's minutes are approved: its record cannot be changed, only amended."""


def ensure_minutes(store: Store, meeting_id: str) -> None:
    """Every meeting run in BoardDesk has a minutes row (draft until something else is said)."""
    with store.write() as conn:
        conn.execute("INSERT OR IGNORE INTO minutes (meeting_id) VALUES (?)", (meeting_id,))


def minutes_status(store: Store, meeting_id: str) -> str:
    return store.scalar("SELECT status FROM minutes WHERE meeting_id = ?", (meeting_id,)) or "draft"


def ensure_editable(store: Store, meeting_id: str | None) -> None:
    """Refuse any change to the record of a meeting whose minutes are approved."""
    if meeting_id and minutes_status(store, meeting_id) in FROZEN:
        raise MinutesLocked(
            "the minutes of this meeting are approved and cannot be changed; record a correction as an amendment"
        )


def meeting_of_case(store: Store, case_id: str) -> str | None:
    return store.scalar("SELECT meeting FROM cases WHERE id = ?", (case_id,))


# -- the content the hash covers ---------------------------------------------------------------
def minutes_content(store: Store, meeting_id: str) -> Row:
    """What the minutes say, as plain data in a fixed order: the meeting, attendance, each case
    with its discussion and decision, and the action points given at the meeting (not their later
    status, which the register keeps updating)."""
    meeting = store.require_one(
        "SELECT id, number, year, date, start_time, end_time, place, chair, secretary FROM meetings WHERE id = ?",
        (meeting_id,),
        f"there is no meeting {meeting_id!r}",
    )
    attendance = store.query(
        "SELECT member, status, deputy_for, arrived_at_case, left_at_case FROM attendance "
        "WHERE meeting_id = ? AND member IS NOT NULL ORDER BY member",
        (meeting_id,),
    )
    guests = [
        # A guest's deputy_for only when they stand in: minutes from before guests could hash as they did.
        {key: value for key, value in row.items() if key != "deputy_for" or value is not None}
        for row in store.query(
            "SELECT guest, status, deputy_for, arrived_at_case, left_at_case FROM attendance "
            "WHERE meeting_id = ? AND guest IS NOT NULL ORDER BY guest",
            (meeting_id,),
        )
    ]
    cases = []
    for case in store.query(
        "SELECT id, year, seq, state, title, discussion FROM cases WHERE meeting = ? ORDER BY agenda_position, id",
        (meeting_id,),
    ):
        decision = store.query_one(
            "SELECT text, date, unanimous, votes_for, votes_against, votes_blank, dissent FROM decisions "
            "WHERE case_id = ?",
            (case["id"],),
        )
        if decision is not None:
            remark = store.scalar("SELECT protocol_remark FROM decisions WHERE case_id = ?", (case["id"],))
            if remark:  # only then: minutes approved before remarks were kept hash as they did
                decision["protocol_remark"] = remark
            disqualified = store.query(
                "SELECT member, guest FROM decision_disqualified WHERE case_id = ? ORDER BY member, guest",
                (case["id"],),
            )
            decision["disqualified"] = [row["member"] for row in disqualified if row["member"] is not None]
            disqualified_guests = [row["guest"] for row in disqualified if row["guest"] is not None]
            if disqualified_guests:  # only then: minutes approved before guests could be disqualified hash as they did
                decision["disqualified_guests"] = disqualified_guests
        case["decision"] = decision
        cases.append(case)
    actions = store.query(
        'SELECT id, "case", text, responsible, due FROM action_points WHERE meeting = ? ORDER BY id', (meeting_id,)
    )
    content = {"meeting": meeting, "attendance": attendance, "cases": cases, "action_points": actions}
    if guests:  # only then: minutes approved before guests' attendance was kept hash as they did
        content["guest_attendance"] = guests
    return content


def content_hash(store: Store, meeting_id: str) -> str:
    canonical = json.dumps(
        minutes_content(store, meeting_id), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- the steps ---------------------------------------------------------------------------------
def _require(store: Store, meeting_id: str, allowed: tuple[str, ...], doing: str) -> str:
    status = minutes_status(store, meeting_id)
    if status not in allowed:
        raise MinutesError(f"minutes that are {status} cannot be {doing}")
    return status


# Who signs, as their row names them: ("member", a member's id) or ("guest", a guest's name as
# recorded at the meeting). A plain string is a member's id, as callers always gave.
Signer = tuple[str, str]


@dataclass(frozen=True)
class Candidate:
    """One who may be chosen to co-sign; `id` is the `Signer` to choose them by. A guest standing
    in says for whom (the member's name), as the invitation does."""

    id: Signer
    name: str
    organisation: str | None = None
    stands_in_for: str | None = None


def signer_of(row: Row) -> Signer:
    """The signer a co-signer's row names."""
    return ("member", row["member"]) if row["member"] is not None else ("guest", row["guest"])


def _as_signer(who: str | Signer) -> Signer:
    if isinstance(who, str):
        return ("member", who)
    kind, key = tuple(who)  # a tuple that went through Qt comes back a list
    if kind not in ("member", "guest"):
        raise ValueError(f"{kind!r} is neither a member nor a guest")  # a caller's mistake, not the user's
    return (kind, key)


def cosigner_candidates(store: Store, meeting_id: str) -> list[Candidate]:
    """Whom the minutes may go to for co-signing besides the chair (who always signs): those who
    attended with a vote, members present and deputies standing in, then guests standing in for
    an absent member, in the order of the attendance sheet."""
    members = store.query(
        """SELECT m.id, m.name, m.organisation FROM attendance a
           JOIN members m ON m.id = a.member
           JOIN meetings g ON g.id = a.meeting_id
           WHERE a.meeting_id = ?1 AND a.status = 'present' AND m.id IS NOT coalesce(g.chair, '')
             AND (a.deputy_for IS NOT NULL OR coalesce(m.role, '') NOT IN ('observer', 'secretary'))
           ORDER BY coalesce((SELECT position FROM meeting_invitees WHERE meeting_id = ?1 AND member = m.id), 999),
                    m.position""",
        (meeting_id,),
    )
    guests = store.query(
        """SELECT a.guest, s.name AS seat,
                  (SELECT organisation FROM meeting_invitees WHERE meeting_id = ?1 AND member IS NULL
                   AND name = a.guest) AS organisation
           FROM attendance a JOIN members s ON s.id = a.deputy_for
           WHERE a.meeting_id = ?1 AND a.status = 'present' AND a.guest IS NOT NULL
           ORDER BY a.position""",
        (meeting_id,),
    )
    return [Candidate(("member", row["id"]), row["name"], row["organisation"]) for row in members] + [
        Candidate(("guest", row["guest"]), row["guest"], row["organisation"], row["seat"]) for row in guests
    ]


def send_for_adjustment(store: Store, meeting_id: str, cosigners: list[str | Signer]) -> None:
    """Send the draft to the chair and those chosen at the meeting to co-sign (justering): members
    by id, or guests of the meeting as ("guest", name)."""
    ensure_minutes(store, meeting_id)
    _require(store, meeting_id, EDITABLE, "sent for adjustment")
    if not store.scalar("SELECT closed_at FROM minutes WHERE meeting_id = ?", (meeting_id,)):
        raise MinutesError("close the meeting before sending its minutes for adjustment")
    chair = store.scalar("SELECT chair FROM meetings WHERE id = ?", (meeting_id,))
    signers = list(dict.fromkeys(([("member", chair)] if chair else []) + [_as_signer(who) for who in cosigners]))
    if not signers:
        raise MinutesError("the minutes need a chair or at least one co-signer to be sent for adjustment")
    _check_guests_at(store, meeting_id, [key for kind, key in signers if kind == "guest"])
    with store.write() as conn:
        for row in store.query("SELECT member, guest FROM minutes_cosigners WHERE meeting_id = ?", (meeting_id,)):
            kind, key = signer_of(row)
            if (kind, key) not in signers:
                conn.execute(f"DELETE FROM minutes_cosigners WHERE meeting_id = ? AND {kind} = ?", (meeting_id, key))
        for position, (kind, key) in enumerate(signers, start=1):
            # A signer chosen again keeps any remark already given.
            conn.execute(
                f"INSERT INTO minutes_cosigners (meeting_id, position, {kind}, is_chair) VALUES (?1, ?2, ?3, ?4) "
                f"ON CONFLICT (meeting_id, {kind}) DO UPDATE SET position = ?2, is_chair = ?4",
                (meeting_id, position, key, int((kind, key) == ("member", chair))),
            )
        conn.execute(
            "UPDATE minutes SET status = 'adjustment', sent_for_adjustment_at = ? WHERE meeting_id = ?",
            (now_stamp(), meeting_id),
        )


def _check_guests_at(store: Store, meeting_id: str, guests: list[str]) -> None:
    """A guest chosen to co-sign is recorded at the meeting (or co-signs already: their attendance
    may have been cleared since, and the choice stays as it was made)."""
    known = {
        row["guest"]
        for row in store.query(
            "SELECT guest FROM attendance WHERE meeting_id = ?1 AND guest IS NOT NULL "
            "UNION SELECT guest FROM minutes_cosigners WHERE meeting_id = ?1 AND guest IS NOT NULL",
            (meeting_id,),
        )
    }
    for guest in guests:
        if guest not in known:
            raise MinutesError(f"{guest} is not recorded at this meeting, so cannot co-sign its minutes")


def record_remark(store: Store, meeting_id: str, signer: str | Signer, remark: str, accepted: bool = False) -> None:
    """A co-signer's remark on the draft (or their plain acceptance); a member by id, a guest as
    ("guest", name)."""
    _require(store, meeting_id, ("adjustment",), "given remarks")
    kind, key = _as_signer(signer)
    with store.write() as conn:
        changed = conn.execute(
            f"UPDATE minutes_cosigners SET remark = ?, remark_at = ?, accepted_at = ? WHERE meeting_id = ? AND {kind} = ?",
            (remark.strip() or None, now_stamp(), now_stamp() if accepted else None, meeting_id, key),
        ).rowcount
        if not changed:
            raise MinutesError("only the chair and the chosen co-signers give remarks on the minutes")


def approve(
    store: Store,
    meeting_id: str,
    *,
    approved_on: str | None = None,
    by_meeting: str | None = None,
    in_case: str | None = None,
) -> str:
    """Approve the minutes (usually by the next meeting, in its approval case); returns the hash."""
    ensure_minutes(store, meeting_id)
    _require(store, meeting_id, EDITABLE, "approved")
    if not store.scalar("SELECT closed_at FROM minutes WHERE meeting_id = ?", (meeting_id,)):
        raise MinutesError("close the meeting before approving its minutes")
    if in_case and by_meeting and meeting_of_case(store, in_case) != by_meeting:
        raise MinutesError("the approving case is not on the approving meeting's agenda")
    with store.write() as conn:
        digest = content_hash(store, meeting_id)
        conn.execute(
            "UPDATE minutes SET status = 'approved', approved_at = ?, approved_by_meeting = ?, approved_in_case = ?, "
            "sha256 = ? WHERE meeting_id = ?",
            (approved_on or date.today().isoformat(), by_meeting, in_case, digest, meeting_id),
        )
    return digest


def lock(store: Store, meeting_id: str) -> None:
    """Signed and filed: the approved minutes are final."""
    _require(store, meeting_id, ("approved",), "locked")
    with store.write() as conn:
        conn.execute(
            "UPDATE minutes SET status = 'locked', locked_at = ? WHERE meeting_id = ?", (now_stamp(), meeting_id)
        )


def add_amendment(
    store: Store, meeting_id: str, reason: str, text: str, *, on: str | None = None, case_id: str | None = None
) -> str:
    """A correction to approved minutes: it is shown with them, the approved text stays as it was."""
    _require(store, meeting_id, FROZEN, "amended (edit them directly while they are a draft)")
    if not reason.strip() or not text.strip():
        raise MinutesError("an amendment needs both a reason and a text")
    ident = new_id("amendment")
    with store.write() as conn:
        position = next_position(store, "minutes_amendments", "meeting_id", meeting_id)
        conn.execute(
            "INSERT INTO minutes_amendments (id, meeting_id, position, date, reason, text, case_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ident,
                meeting_id,
                position,
                on or date.today().isoformat(),
                reason.strip(),
                text.strip(),
                case_id,
                now_stamp(),
            ),
        )
    return ident


@dataclass
class MinutesState:
    status: str
    closed_at: str | None
    sent_for_adjustment_at: str | None
    approved_at: str | None
    approved_by_meeting: str | None
    approved_in_case: str | None
    locked_at: str | None
    sha256: str | None
    cosigners: list[Row]
    amendments: list[Row]


def minutes_state(store: Store, meeting_id: str) -> MinutesState:
    row = store.query_one("SELECT * FROM minutes WHERE meeting_id = ?", (meeting_id,)) or {"status": "draft"}
    cosigners = store.query(
        # A guest is named by their row; a member as the board lists them (their id if it no longer does).
        "SELECT s.*, coalesce(m.name, s.guest, s.member) AS name FROM minutes_cosigners s "
        "LEFT JOIN members m ON m.id = s.member "
        "WHERE s.meeting_id = ? ORDER BY s.position",
        (meeting_id,),
    )
    amendments = store.query("SELECT * FROM minutes_amendments WHERE meeting_id = ? ORDER BY position", (meeting_id,))
    return MinutesState(
        row["status"],
        row.get("closed_at"),
        row.get("sent_for_adjustment_at"),
        row.get("approved_at"),
        row.get("approved_by_meeting"),
        row.get("approved_in_case"),
        row.get("locked_at"),
        row.get("sha256"),
        cosigners,
        amendments,
    )


def changed_minutes(store: Store) -> tuple[int, list[str]]:
    """How many approved minutes were checked, and a line for each whose content no longer matches."""
    problems = []
    rows = store.query(
        "SELECT n.meeting_id, n.sha256, m.number, m.year, m.date, b.short_name, b.name FROM minutes n "
        "JOIN meetings m ON m.id = n.meeting_id JOIN boards b ON b.id = m.board_id "
        "WHERE n.status IN ('approved', 'locked')"
    )
    for row in rows:
        if content_hash(store, row["meeting_id"]) != row["sha256"]:
            label = f"{row['number']}/{row['year']}" if row["number"] else row["date"]
            problems.append(
                f"minutes of meeting {label} of {row['short_name'] or row['name']} ({row['meeting_id']}) "
                "were changed after approval: their content does not match the SHA-256 stored on approval"
            )
    return len(rows), problems
