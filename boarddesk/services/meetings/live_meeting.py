"""The meeting as it happens: attendance, the current case, notes, the decision with its vote,
who is disqualified, the case clock, and closing. Each call is one small transaction, so the
GUI can save every few keystrokes and a crash loses nothing that was saved.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from boarddesk.model.records import AgendaCase, Decision, Member
from boarddesk.model.vocabulary import ATTENDANCE, needs_decision
from boarddesk.services.ids import now_stamp
from boarddesk.services.meetings.minutes import ensure_editable, ensure_minutes, meeting_of_case
from boarddesk.services.meetings.reading import agenda_case, agenda_cases, case_decision
from boarddesk.store import Row, Store, versions


class MeetingError(Exception):
    """A step the meeting's state does not allow; the message says why, for the user."""


class NeedsConfirmation(MeetingError):
    """The step is unusual (no chair, no one present); repeat it with confirm=True to go ahead."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


# -- attendance ---------------------------------------------------------------------------------
def set_attendance(
    store: Store,
    meeting_id: str,
    member: str,
    status: str | None,
    *,
    deputy_for: str | None = None,
    arrived_at_case: str | None = None,
    left_at_case: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Record one member's attendance; status None clears it. Returns the row's new version
    (versions.ABSENT once cleared); with `expected_version` (the sheet's `version` as read, ABSENT
    for no row) a row changed elsewhere since is left as it is: `ChangedElsewhere`."""
    return _record_attendance(
        store,
        meeting_id,
        ("member", member),
        status,
        {"deputy_for": deputy_for, "arrived_at_case": arrived_at_case, "left_at_case": left_at_case},
        expected_version,
    )


def set_guest_attendance(
    store: Store,
    meeting_id: str,
    guest: str,
    status: str | None,
    *,
    deputy_for: str | None = None,
    arrived_at_case: str | None = None,
    left_at_case: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Record the attendance of a guest (an invitee who is not a member, named as invited);
    status None clears it. A guest present may stand in for an absent member, as anyone present
    may (`deputy_for`). Versions as for `set_attendance`."""
    return _record_attendance(
        store,
        meeting_id,
        ("guest", guest),
        status,
        {"deputy_for": deputy_for, "arrived_at_case": arrived_at_case, "left_at_case": left_at_case},
        expected_version,
    )


def _record_attendance(
    store: Store,
    meeting_id: str,
    who: tuple[str, str],
    status: str | None,
    details: dict[str, str | None],
    expected_version: int | None,
) -> int:
    """One attendance row, found by `who`: ("member", id) or ("guest", name)."""
    ensure_editable(store, meeting_id)
    if status is not None and status not in ATTENDANCE:
        raise MeetingError(f"{status!r} is not an attendance; use {', '.join(ATTENDANCE.keys)}")
    column, key = who
    key_columns = {"meeting_id": meeting_id, column: key}
    with store.write() as conn:
        versions.check(conn, "attendance", key_columns, expected_version, _attendance_of(who))
        if status is not None:
            _check_deputy(conn, meeting_id, who, status, details.get("deputy_for"))
        if status is None:
            conn.execute(f"DELETE FROM attendance WHERE meeting_id = ? AND {column} = ?", (meeting_id, key))
            return versions.ABSENT
        position = conn.execute(
            f"SELECT coalesce((SELECT position FROM attendance WHERE meeting_id = ?1 AND {column} = ?2),"
            " (SELECT coalesce(max(position), 0) + 1 FROM attendance WHERE meeting_id = ?1))",
            (meeting_id, key),
        ).fetchone()[0]
        columns = ("meeting_id", "position", column, "status", *details)
        conn.execute(
            f"INSERT INTO attendance ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT (meeting_id, {column}) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in ("status", *details)),
            (meeting_id, position, key, status, *details.values()),
        )
        # A row made anew takes a number never given before, so it cannot pass for a cleared one.
        return versions.touch(conn, "attendance", key_columns)


class DeputyRefused(MeetingError):
    """Someone cannot stand in for a member as asked. `reason` says why and the names are as
    shown, so the screen can say it in the user's language: `deputy` is the one standing in,
    `member` the one stood in for, `other` the one already standing in for them."""

    MESSAGES = {
        "self": "{deputy} cannot stand in for themself",
        "not_member": "{deputy} cannot stand in for {member}: not a voting member of this meeting's board",
        "not_present": "{deputy} is not recorded as present, so cannot stand in for {member}",
        "member_present": "{deputy} cannot stand in for {member}: {member} is recorded as present",
        "taken": "{deputy} cannot stand in for {member}: {other} already does",
        "has_deputy": "{member} cannot be recorded as present: {other} stands in for them (clear that first)",
    }

    def __init__(self, reason: str, *, deputy: str = "", member: str = "", other: str = "") -> None:
        super().__init__(self.MESSAGES[reason].format(deputy=deputy, member=member, other=other))
        self.reason, self.deputy, self.member, self.other = reason, deputy, member, other


NOT_VOTING = ("observer", "secretary")  # no one stands in for those: they have no vote


def _check_deputy(
    conn: sqlite3.Connection, meeting_id: str, who: tuple[str, str], status: str, deputy_for: str | None
) -> None:
    """Anyone present (member, deputy or guest) may stand in for one absent voting member of the
    meeting's board, and one person at most stands in for a member. Inside the write transaction."""
    column, key = who
    if column == "member":
        name = conn.execute("SELECT name FROM members WHERE id = ?", (key,)).fetchone()
        me = name[0] if name else key
    else:
        me = key

    def standing_in_for(member: str) -> str | None:
        """Who else stands in for `member` at the meeting (the row being saved aside)."""
        row = conn.execute(
            f"SELECT a.rowid, m.name FROM attendance a LEFT JOIN members m ON m.id = a.member "
            f"WHERE a.meeting_id = ? AND a.deputy_for = ? AND coalesce(a.{column}, '') != ?",
            (meeting_id, member, key),
        ).fetchone()
        if row is None:
            return None
        if row[1] is not None:
            return row[1]
        # A guest (asked apart: a store still being upgraded from before guests has no such column).
        return conn.execute("SELECT guest FROM attendance WHERE rowid = ?", (row[0],)).fetchone()[0]

    if deputy_for is not None:
        if column == "member" and deputy_for == key:
            raise DeputyRefused("self", deputy=me, member=me)
        target = conn.execute(
            "SELECT m.name, m.role FROM members m JOIN meetings g ON g.board_id = m.board_id "
            "WHERE m.id = ? AND g.id = ?",
            (deputy_for, meeting_id),
        ).fetchone()
        if target is None or target[1] in NOT_VOTING:
            raise DeputyRefused("not_member", deputy=me, member=target[0] if target else deputy_for)
        member = target[0]
        if status != "present":
            raise DeputyRefused("not_present", deputy=me, member=member)
        if conn.execute(
            "SELECT 1 FROM attendance WHERE meeting_id = ? AND member = ? AND status = 'present'",
            (meeting_id, deputy_for),
        ).fetchone():
            raise DeputyRefused("member_present", deputy=me, member=member)
        other = standing_in_for(deputy_for)
        if other is not None:
            raise DeputyRefused("taken", deputy=me, member=member, other=other)
    if column == "member" and status == "present":
        other = standing_in_for(key)
        if other is not None:
            raise DeputyRefused("has_deputy", member=me, other=other)


def _attendance_of(who: tuple[str, str]) -> str:
    return f"The attendance of {who[1]}" if who[0] == "guest" else "This member's attendance"


def attendance_sheet(store: Store, meeting_id: str) -> list[Row]:
    """Every invited member (and anyone recorded), then the guests, with what is recorded for
    them. A member's row has `member`, a guest's `guest` (the name they were invited by)."""
    members = store.query(
        """SELECT m.id AS member, NULL AS guest, m.name, m.organisation, m.role, a.status, a.deputy_for,
                  m.deputy_for AS board_deputy_for,
                  a.arrived_at_case, a.left_at_case, coalesce(a.version, 0) AS version
           FROM members m
           LEFT JOIN attendance a ON a.meeting_id = ?1 AND a.member = m.id
           WHERE m.id IN (SELECT member FROM meeting_invitees WHERE meeting_id = ?1)
              OR m.id IN (SELECT member FROM attendance WHERE meeting_id = ?1)
           ORDER BY coalesce((SELECT position FROM meeting_invitees WHERE meeting_id = ?1 AND member = m.id), 999),
                    m.position""",
        (meeting_id,),
    )
    # Guests as invited, and any recorded under a name no longer on the invitation.
    guests = store.query(
        """SELECT NULL AS member, g.name AS guest, g.name, g.organisation, g.role, a.status, a.deputy_for,
                  NULL AS board_deputy_for, a.arrived_at_case, a.left_at_case, coalesce(a.version, 0) AS version
           FROM (SELECT name, organisation, role, min(position) AS position FROM meeting_invitees
                 WHERE meeting_id = ?1 AND member IS NULL AND name IS NOT NULL GROUP BY name
                 UNION ALL
                 SELECT guest, NULL, NULL, 1000 + position FROM attendance
                 WHERE meeting_id = ?1 AND guest IS NOT NULL AND guest NOT IN
                       (SELECT name FROM meeting_invitees WHERE meeting_id = ?1 AND member IS NULL AND name IS NOT NULL)
                ) g
           LEFT JOIN attendance a ON a.meeting_id = ?1 AND a.guest = g.name
           ORDER BY g.position""",
        (meeting_id,),
    )
    return members + guests


def stand_in_choices(store: Store, meeting_id: str) -> list[Member]:
    """Whom someone present may stand in for: the voting members of the meeting's board not
    recorded as present (active, or invited to this meeting); those recorded absent first, as
    the likeliest, each group in the board's order."""
    rows = store.query(
        """SELECT m.id, m.name, m.organisation FROM members m JOIN meetings g ON g.board_id = m.board_id
           WHERE g.id = ?1 AND coalesce(m.role, '') NOT IN (?2, ?3)
             AND (coalesce(m.active, 1) OR m.id IN (SELECT member FROM meeting_invitees WHERE meeting_id = ?1))
             AND m.id NOT IN (SELECT member FROM attendance
                              WHERE meeting_id = ?1 AND status = 'present' AND member IS NOT NULL)
           ORDER BY m.id NOT IN (SELECT member FROM attendance WHERE meeting_id = ?1 AND member IS NOT NULL),
                    m.position""",
        (meeting_id, *NOT_VOTING),
    )
    return [Member(**row) for row in rows]


# -- the current case -----------------------------------------------------------------------------
def current_case(store: Store, meeting_id: str) -> str | None:
    return store.scalar("SELECT current_case FROM minutes WHERE meeting_id = ?", (meeting_id,))


def go_to_case(store: Store, meeting_id: str, case_id: str | None, now: datetime | None = None) -> None:
    """Make a case the one being dealt with: remembered, and its clock runs (the others stop)."""
    ensure_minutes(store, meeting_id)
    if case_id is not None and meeting_of_case(store, case_id) != meeting_id:
        raise MeetingError("that case is not on this meeting's agenda")
    closed = store.scalar("SELECT closed_at FROM minutes WHERE meeting_id = ?", (meeting_id,))
    with store.write() as conn:
        conn.execute("UPDATE minutes SET current_case = ? WHERE meeting_id = ?", (case_id, meeting_id))
        _stop_clocks(store, meeting_id, now)
        if case_id is not None and not closed:
            conn.execute(
                "INSERT INTO case_clock (case_id, running_since) VALUES (?1, ?2) "
                "ON CONFLICT (case_id) DO UPDATE SET running_since = ?2",
                (case_id, (now or datetime.now().astimezone()).isoformat(timespec="seconds")),
            )


def _stop_clocks(store: Store, meeting_id: str, now: datetime | None) -> None:
    now = now or datetime.now().astimezone()
    with store.write() as conn:
        for case_id, since in conn.execute(
            "SELECT k.case_id, k.running_since FROM case_clock k JOIN cases c ON c.id = k.case_id "
            "WHERE c.meeting = ? AND k.running_since IS NOT NULL",
            (meeting_id,),
        ).fetchall():
            spent = max(0, int((now - datetime.fromisoformat(since)).total_seconds()))
            conn.execute(
                "UPDATE case_clock SET seconds_spent = seconds_spent + ?, running_since = NULL WHERE case_id = ?",
                (spent, case_id),
            )


def seconds_spent(store: Store, case_id: str, now: datetime | None = None) -> int:
    """Time the case has had so far, the running stretch included."""
    row = store.query_one("SELECT seconds_spent, running_since FROM case_clock WHERE case_id = ?", (case_id,))
    if row is None:
        return 0
    running = 0
    if row["running_since"]:
        now = now or datetime.now().astimezone()
        running = max(0, int((now - datetime.fromisoformat(row["running_since"])).total_seconds()))
    return row["seconds_spent"] + running


# -- what is said and decided ------------------------------------------------------------------
def save_notes(store: Store, case_id: str, text: str, *, expected_version: int | None = None) -> int:
    """The minutes' account of the discussion of a case. Returns the case's new version; with
    `expected_version` (the case's `version` as read) a case changed elsewhere since is left as
    it is: `ChangedElsewhere`."""
    ensure_editable(store, meeting_of_case(store, case_id))
    with store.write() as conn:
        return versions.update(
            conn, "cases", {"id": case_id}, {"discussion": text or None}, expected_version, "The case"
        )


def _ensure_decidable(store: Store, case_id: str) -> Row:
    case = store.require_one(
        "SELECT c.id, c.state, c.meeting, m.date, m.agenda_published FROM cases c "
        "LEFT JOIN meetings m ON m.id = c.meeting WHERE c.id = ?",
        (case_id,),
        f"there is no case {case_id!r}",
    )
    if not case["meeting"] or not case["agenda_published"]:
        raise MeetingError("a case gets a decision only once it is on a published agenda")
    if case["state"] == "withdrawn":
        raise MeetingError("the case was withdrawn from the agenda and cannot get a decision")
    ensure_editable(store, case["meeting"])
    return case


# -- what a case ends in -------------------------------------------------------------------------
NOTED = "Tatt til orientering."  # the conclusion of an information case, as the minutes say it


class TooManyVotes(MeetingError):
    """More votes counted than members entitled to vote on the case; the numbers are kept so the
    screen can say them in the user's language."""

    def __init__(self, counted: int, present: int, disqualified: int) -> None:
        super().__init__(
            f"{counted} votes counted, but only {present - disqualified} may vote "
            f"({present} present, {disqualified} disqualified)"
        )
        self.counted, self.present, self.disqualified = counted, present, disqualified


# Whom a disqualification names, as an attendance row is found: ("member", a member's id) or
# ("guest", a guest's name as recorded at the meeting). A guest is named as a guest even when they
# stand in for a member: the seat is not the person, and a stand-in can be undone later.
Who = tuple[str, str]


@dataclass(frozen=True)
class Voter:
    """One who may vote on a case; `key` is what their disqualification is recorded under."""

    key: Who
    name: str


def voters_at(store: Store, case_id: str) -> list[Voter]:
    """Those with a vote at a case: members, and deputies and guests standing in for one, recorded
    present and there for it (arrived at it or before, not left at it or before); members first,
    in the order of the attendance sheet."""
    rows = store.query(
        """SELECT a.member, a.guest, coalesce(m.name, a.guest, a.member) AS name FROM attendance a
           JOIN cases c ON c.id = ?1 AND c.meeting = a.meeting_id
           LEFT JOIN members m ON m.id = a.member
           LEFT JOIN cases arrived ON arrived.id = a.arrived_at_case
           LEFT JOIN cases left_at ON left_at.id = a.left_at_case
           WHERE (a.member IS NOT NULL OR a.deputy_for IS NOT NULL) AND a.status = 'present'
             AND (arrived.id IS NULL OR arrived.agenda_position <= c.agenda_position)
             AND (left_at.id IS NULL OR left_at.agenda_position > c.agenda_position)
           ORDER BY a.member IS NULL, a.position""",
        (case_id,),
    )
    return [Voter(_who(row), row["name"]) for row in rows]


def _who(row: Row) -> Who:
    return ("member", row["member"]) if row["member"] is not None else ("guest", row["guest"])


def disqualified_at(store: Store, case_id: str) -> list[Who]:
    """Those recorded as disqualified for a case, in the order recorded."""
    return [
        _who(row)
        for row in store.query(
            "SELECT member, guest FROM decision_disqualified WHERE case_id = ? ORDER BY position", (case_id,)
        )
    ]


def voters(store: Store, case_id: str, disqualified: list[Who] | None = None) -> tuple[int, int]:
    """(present, disqualified) for a case: how many have a vote at it (`voters_at`), and how many
    of them are disqualified. With `disqualified` those count instead of the ones recorded; one
    disqualified but without a vote at the case (a guest whose stand-in was undone) counts for none."""
    present = [voter.key for voter in voters_at(store, case_id)]
    if disqualified is None:
        disqualified = disqualified_at(store, case_id)
    return len(present), len(set(present) & set(disqualified))


def check_vote_count(store: Store, case_id: str, vote: Vote) -> None:
    """A counted vote has no more votes than members who may vote: `TooManyVotes` otherwise. A
    meeting with no one recorded present (minutes entered afterwards) is not checked."""
    counted = sum(n or 0 for n in (vote.votes_for, vote.votes_against, vote.votes_blank))
    if vote.unanimous or not counted:
        return
    present, disqualified = voters(store, case_id)
    if present and counted > present - disqualified:  # no attendance recorded: nothing to check against
        raise TooManyVotes(counted, present, disqualified)


@dataclass
class Vote:
    """Unanimous, or counted; dissent is the minority's view as it is to be minuted."""

    unanimous: bool = True
    votes_for: int | None = None
    votes_against: int | None = None
    votes_blank: int | None = None
    dissent: str | None = None
    protocol_remark: str | None = None  # protokolltilførsel: a member's statement for the minutes


def save_decision(
    store: Store, case_id: str, text: str, vote: Vote | None = None, *, expected_version: int | None = None
) -> int:
    """The decision as worded at the meeting (the proposal as a start), with its vote. Returns the
    decision's new version; with `expected_version` (its `version` as read, versions.ABSENT when
    there was none) a decision changed or made elsewhere since is left as it is: `ChangedElsewhere`."""
    case = _ensure_decidable(store, case_id)
    vote = vote or Vote()
    counted = (vote.votes_for, vote.votes_against, vote.votes_blank)
    if vote.unanimous and any(counted):
        if vote.votes_against or vote.votes_blank:
            raise MeetingError("a unanimous decision has no votes against or blank")
    check_vote_count(store, case_id, vote)
    with store.write() as conn:
        versions.check(conn, "decisions", {"case_id": case_id}, expected_version, "The decision")
        version = versions.next_version(conn)
        conn.execute(
            """INSERT INTO decisions (case_id, text, date, unanimous, votes_for, votes_against, votes_blank, dissent,
                                      version, protocol_remark)
               VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
               ON CONFLICT (case_id) DO UPDATE SET text = ?2, unanimous = ?4, votes_for = ?5, votes_against = ?6,
                   votes_blank = ?7, dissent = ?8, version = ?9, protocol_remark = ?10""",
            (
                case_id,
                text,
                case["date"],
                int(vote.unanimous),
                *counted,
                vote.dissent or None,
                version,
                vote.protocol_remark or None,
            ),
        )
        conn.execute("UPDATE cases SET state = 'decided' WHERE id = ? AND state = 'published'", (case_id,))
    return version


def set_disqualified(
    store: Store, case_id: str, disqualified: list[Who], *, expected_version: int | None = None
) -> LiveVersions:
    """Those declared disqualified (inhabil) for the case, by `Voter.key`; they take no part in
    its decision. A guest is recorded as the guest, by name: one recorded at the meeting, or one
    the case already names. They are part of the decision: `expected_version` is its version as
    read, checked as for `save_decision`. Returns the versions of the case and the decision now:
    the first disqualification makes the decision, which marks the case decided (a new version)."""
    case = _ensure_decidable(store, case_id)
    chosen = list(dict.fromkeys(tuple(who) for who in disqualified))
    for kind, _key in chosen:
        if kind not in ("member", "guest"):
            raise ValueError(f"{kind!r} is neither a member nor a guest")  # a caller's mistake, not the user's
    with store.write() as conn:
        versions.check(conn, "decisions", {"case_id": case_id}, expected_version, "The decision")
        _check_guests_known(store, case_id, case["meeting"], [key for kind, key in chosen if kind == "guest"])
        if not conn.execute("SELECT 1 FROM decisions WHERE case_id = ?", (case_id,)).fetchone():
            proposal = conn.execute("SELECT proposed_decision FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
            save_decision(store, case_id, proposal or "")
        conn.execute("DELETE FROM decision_disqualified WHERE case_id = ?", (case_id,))
        for position, (kind, key) in enumerate(chosen, start=1):
            conn.execute(
                f"INSERT INTO decision_disqualified (case_id, position, {kind}) VALUES (?, ?, ?)",
                (case_id, position, key),
            )
        versions.touch(conn, "decisions", {"case_id": case_id})
        return versions_of_case(store, case_id)


def _check_guests_known(store: Store, case_id: str, meeting_id: str, guests: list[str]) -> None:
    """A guest disqualified was at the meeting (or is already named for the case: their
    attendance may have been cleared since, and the record stays as it was made)."""
    known = {
        row["guest"]
        for row in store.query(
            "SELECT guest FROM attendance WHERE meeting_id = ? AND guest IS NOT NULL "
            "UNION SELECT guest FROM decision_disqualified WHERE case_id = ? AND guest IS NOT NULL",
            (meeting_id, case_id),
        )
    }
    for guest in guests:
        if guest not in known:
            raise MeetingError(f"{guest} is not recorded at this meeting, so cannot be disqualified on its case")


@dataclass(frozen=True)
class LiveVersions:
    """The versions of a case and its decision (versions.ABSENT: none yet) as the screen shows them."""

    case: int
    decision: int


def save_case(
    store: Store, case_id: str, notes: str, decision: tuple[str, Vote] | None, expected: LiveVersions | None = None
) -> LiveVersions:
    """What the live screen shows for a case, in one transaction: the notes, and the decision
    when there is one to record. Refused whole (`ChangedElsewhere`) when the case or its decision
    changed elsewhere since `expected`; returns the versions now."""
    with store.write() as conn:
        if expected is not None:
            versions.check(conn, "decisions", {"case_id": case_id}, expected.decision, "The decision")
        save_notes(store, case_id, notes, expected_version=None if expected is None else expected.case)
        if decision is not None:
            save_decision(store, case_id, *decision)
        return versions_of_case(store, case_id)


def versions_of_case(store: Store, case_id: str) -> LiveVersions:
    return LiveVersions(
        versions.version_of(store.conn, "cases", {"id": case_id}),
        versions.version_of(store.conn, "decisions", {"case_id": case_id}),
    )


@dataclass
class LiveCase:
    case: AgendaCase
    decision: Decision | None
    disqualified: list[Who]

    @property
    def versions(self) -> LiveVersions:
        return LiveVersions(self.case.version, self.decision.version if self.decision else versions.ABSENT)


def live_case(store: Store, case_id: str) -> LiveCase:
    """What the live screen shows of a case: the case, its decision and who is disqualified."""
    return LiveCase(agenda_case(store, case_id), case_decision(store, case_id), disqualified_at(store, case_id))


# -- closing ------------------------------------------------------------------------------------
def undecided_cases(store: Store, meeting_id: str) -> list[AgendaCase]:
    """Cases on the agenda that have neither a decision nor a conclusion yet: what closing the
    meeting would leave without one, and the minutes would say «Ingen vedtak registrert» of.
    Withdrawn cases, the action points' review and «Eventuelt» need none."""
    number_format = store.scalar(
        "SELECT b.case_number_format FROM meetings m JOIN boards b ON b.id = m.board_id WHERE m.id = ?", (meeting_id,)
    )
    cases = agenda_cases(
        store,
        """meeting = ? AND state != 'withdrawn'
           AND trim(coalesce((SELECT d.text FROM decisions d WHERE d.case_id = cases.id), '')) = ''""",
        (meeting_id,),
        number_format,
    )
    return [case for case in cases if needs_decision(case.standard_item)]


def close_meeting(store: Store, meeting_id: str, *, confirm: bool = False, dry_run: bool = False) -> None:
    """End the meeting: clocks stop and every case dealt with is marked so. A meeting without a
    chair, or with no one recorded present, closes only when the secretary confirms it.
    `dry_run` only checks: `NeedsConfirmation` says what is unusual, nothing is written."""
    ensure_editable(store, meeting_id)
    reasons = []
    if not store.scalar("SELECT chair FROM meetings WHERE id = ?", (meeting_id,)):
        reasons.append("the meeting has no chair")
    if not store.scalar("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'present'", (meeting_id,)):
        reasons.append("no one is recorded as present")
    if reasons and not confirm:
        raise NeedsConfirmation(reasons)
    if dry_run:
        return
    ensure_minutes(store, meeting_id)
    with store.write() as conn:
        _stop_clocks(store, meeting_id, None)
        conn.execute("UPDATE cases SET state = 'decided' WHERE meeting = ? AND state = 'published'", (meeting_id,))
        conn.execute(
            "UPDATE minutes SET closed_at = ?, closed_confirmed = ? WHERE meeting_id = ?",
            (now_stamp(), "; ".join(reasons) or None, meeting_id),
        )


def is_closed(store: Store, meeting_id: str) -> bool:
    return bool(store.scalar("SELECT closed_at FROM minutes WHERE meeting_id = ?", (meeting_id,)))
