"""A guest standing in for an absent member can be disqualified (inhabil) on a case, and the
record names the guest: in the store (version 16), on screen and in the minutes, in the vote
count, in the minutes' hash, in exchange files and bundles; a stand-in undone later leaves the
record as it was made. The upgrade keeps every row."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import a_case_to_decide, bundle_refused, forge

from boarddesk.exchange.exporter import export_document
from boarddesk.exchange.importer import import_document
from boarddesk.exchange.validate import validate_document
from boarddesk.services.meetings import live_meeting, minutes
from boarddesk.services.meetings.live_meeting import MeetingError, TooManyVotes, Vote
from boarddesk.services.meetings.minutes_lines import decision_lines
from boarddesk.services.meetings.reading import meeting_record
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.store import Store, migrations

MERETE, ODD_MARTIN = "pds-mem-merete-lyngstad", "pds-mem-odd-martin-solem"
ANNE = "Anne Gjest"
# The step that lets a guest be disqualified, and the one before it, as the migrations list has them.
STEPS = [m.version for m in migrations.MIGRATIONS]
GUEST_STEP = next(m.version for m in migrations.MIGRATIONS if m.apply is migrations._guest_disqualified)
BEFORE_GUEST_STEP = STEPS[STEPS.index(GUEST_STEP) - 1]


def anne_stands_in_for_merete(store: Store) -> tuple[str, str]:
    """A published meeting: Odd Martin present, Merete absent, the guest Anne Gjest standing in
    for her. Returns the meeting and its case."""
    case = a_case_to_decide(store)
    meeting = live_meeting.meeting_of_case(store, case)
    live_meeting.set_attendance(store, meeting, ODD_MARTIN, "present")
    live_meeting.set_attendance(store, meeting, MERETE, "absent_with_notice")
    live_meeting.set_guest_attendance(store, meeting, ANNE, "present", deputy_for=MERETE)
    return meeting, case


def disqualified_rows(store: Store, case: str) -> list[dict]:
    return store.query(
        "SELECT position, member, guest FROM decision_disqualified WHERE case_id = ? ORDER BY position", (case,)
    )


def test_a_guest_is_recorded_as_the_guest_and_stays_named_when_the_stand_in_is_undone(secretary_store):
    store = secretary_store
    meeting, case = anne_stands_in_for_merete(store)
    anne = ("guest", ANNE)
    assert anne in [voter.key for voter in live_meeting.voters_at(store, case)]
    live_meeting.set_disqualified(store, case, [("member", ODD_MARTIN), anne])
    assert disqualified_rows(store, case) == [
        {"position": 1, "member": ODD_MARTIN, "guest": None},
        {"position": 2, "member": None, "guest": ANNE},
    ]
    assert live_meeting.voters(store, case) == (2, 2)
    with pytest.raises(TooManyVotes):  # both with a vote are disqualified: no one may vote
        live_meeting.save_decision(store, case, "Vedtatt.", Vote(unanimous=False, votes_for=1))

    # Her stand-in is undone: Merete's seat is empty, the record still names Anne.
    live_meeting.set_guest_attendance(store, meeting, ANNE, "present")
    assert live_meeting.live_case(store, case).disqualified == [("member", ODD_MARTIN), anne]
    decision = meeting_record(store, meeting).decisions[case]
    assert decision.disqualified == ("Odd Martin Solem", ANNE)
    assert [line.text for line in decision_lines(decision) if line.key == "disqualified"] == [
        f"Odd Martin Solem, {ANNE}"
    ]
    # Anne has no vote now, so she no longer counts among those disqualified from voting.
    assert live_meeting.voters(store, case) == (1, 1)
    # Nor does clearing her attendance altogether change what the record says.
    live_meeting.set_guest_attendance(store, meeting, ANNE, None)
    assert meeting_record(store, meeting).decisions[case].disqualified == ("Odd Martin Solem", ANNE)
    live_meeting.set_disqualified(store, case, [anne])  # and saving the list again keeps her
    assert meeting_record(store, meeting).decisions[case].disqualified == (ANNE,)


def test_a_guest_not_at_the_meeting_is_not_recorded(secretary_store):
    store = secretary_store
    _meeting, case = anne_stands_in_for_merete(store)
    live_meeting.set_disqualified(store, case, [("member", ODD_MARTIN)])
    before = disqualified_rows(store, case)
    with pytest.raises(MeetingError, match="Ola Ukjent is not recorded at this meeting"):
        live_meeting.set_disqualified(store, case, [("guest", "Ola Ukjent")])
    with pytest.raises(ValueError, match="'seat' is neither a member nor a guest"):
        live_meeting.set_disqualified(store, case, [("seat", MERETE)])
    assert disqualified_rows(store, case) == before


def test_the_store_takes_a_member_or_a_guest_never_both_nor_twice(secretary_store):
    store = secretary_store
    _meeting, case = anne_stands_in_for_merete(store)
    live_meeting.set_disqualified(store, case, [("guest", ANNE)])
    insert = "INSERT INTO decision_disqualified (case_id, position, member, guest) VALUES (?, ?, ?, ?)"
    for row in ((case, 5, ODD_MARTIN, ANNE), (case, 5, None, None), (case, 5, None, ANNE)):
        with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
            conn.execute(insert, row)
    assert disqualified_rows(store, case) == [{"position": 1, "member": None, "guest": ANNE}]


def test_the_minutes_hash_covers_a_guest_only_when_one_is_disqualified(secretary_store):
    store = secretary_store
    meeting, case = anne_stands_in_for_merete(store)
    live_meeting.set_disqualified(store, case, [("member", ODD_MARTIN)])
    decision = next(c for c in minutes.minutes_content(store, meeting)["cases"] if c["id"] == case)["decision"]
    assert decision["disqualified"] == [ODD_MARTIN] and "disqualified_guests" not in decision  # as before
    before = minutes.content_hash(store, meeting)
    live_meeting.set_disqualified(store, case, [("member", ODD_MARTIN), ("guest", ANNE)])
    decision = next(c for c in minutes.minutes_content(store, meeting)["cases"] if c["id"] == case)["decision"]
    assert decision["disqualified"] == [ODD_MARTIN] and decision["disqualified_guests"] == [ANNE]
    assert minutes.content_hash(store, meeting) != before


# -- the exchange file and bundles -----------------------------------------------------------------
def decision_in(document: dict, case: str) -> dict:
    return next(c for c in document["boards"][0]["cases"] if c["id"] == case)["decision"]


def test_an_exchange_file_carries_a_guest_disqualified_there_and_back(secretary_store, tmp_path):
    store = secretary_store
    meeting, case = anne_stands_in_for_merete(store)
    live_meeting.set_disqualified(store, case, [("guest", ANNE), ("member", ODD_MARTIN)])
    live_meeting.set_guest_attendance(store, meeting, ANNE, "present")  # the stand-in undone: still her
    document = export_document(store, ["pds"])
    assert decision_in(document, case)["disqualified"] == [{"guest": ANNE}, ODD_MARTIN]  # in the order recorded
    with Store.open(tmp_path / "other.sqlite") as other:
        import_document(other, json.loads(json.dumps(document)))
        assert [row | {"position": None} for row in disqualified_rows(other, case)] == [
            row | {"position": None} for row in disqualified_rows(store, case)
        ]
        assert meeting_record(other, meeting).decisions[case].disqualified == (ANNE, "Odd Martin Solem")
        assert export_document(other, ["pds"]) == document


@pytest.mark.parametrize(
    ("item", "place", "said"),
    [
        ({"guest": "Ola Ukjent"}, "disqualified[0].guest", "guest 'Ola Ukjent' is not recorded at meeting"),
        ({"guest": ANNE, "member": ODD_MARTIN}, "disqualified[0]", "names a member or a guest, not both"),
        ({}, "disqualified[0]", "needs member or guest"),
        ({"seat": MERETE}, "disqualified[0].seat", "is not a field here"),
        ({"guest": ANNE}, "disqualified[1].guest", "guest 'Anne Gjest' is disqualified twice"),
    ],
)
def test_an_exchange_file_naming_a_guest_wrongly_is_refused(secretary_store, item, place, said):
    store = secretary_store
    _meeting, case = anne_stands_in_for_merete(store)
    live_meeting.set_disqualified(store, case, [("guest", ANNE)])
    document = export_document(store, ["pds"])
    decision_in(document, case)["disqualified"].insert(0, item)
    problems = [str(problem) for problem in validate_document(document)]
    assert any(place in problem and said in problem for problem in problems), problems


def test_a_bundle_carries_a_guest_disqualified_and_a_forged_one_is_refused(secretary_store, tmp_path):
    secretary = secretary_store
    meeting, case = anne_stands_in_for_merete(secretary)
    live_meeting.set_disqualified(secretary, case, [("guest", ANNE)])
    bundle = export_bundle(secretary, meeting, tmp_path / "meeting.bdpack").path
    member = tmp_path / "member.sqlite"
    with Store.open(member) as store:
        import_bundle(store, bundle)
        assert meeting_record(store, meeting).decisions[case].disqualified == (ANNE,)

    def rename_guest(board: dict) -> None:
        decision = next(c for c in board["cases"] if c["id"] == case)["decision"]
        decision["disqualified"] = [{"guest": "Ola Ukjent"}]

    forged = forge(bundle.read_bytes(), rename_guest, key=bundle_signing.signing_key(secretary), revision=2)
    bundle_refused(member, forged, "guest 'Ola Ukjent' is not recorded at", tmp_path)


# -- the upgrade to version 16 ---------------------------------------------------------------------
def store_before_the_guest_step(path: Path) -> dict[str, str]:
    """A store as the app before the guest step (version 16) left it: the demo,
    and two meetings where the guest Anne Gjest stood in for Merete and was disqualified, recorded
    under Merete's seat as that app did; one meeting's minutes are approved. Returns the cases by
    name: "draft" and "approved"."""
    from boarddesk.demo.boards import load_demo

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, target=BEFORE_GUEST_STEP)
    conn.close()
    cases = {}
    with Store.open(path, migrate=False) as old:
        load_demo(old)
        for name in ("draft", "approved"):
            meeting, case = anne_stands_in_for_merete(old)
            live_meeting.save_decision(old, case, "Vedtatt.")
            with old.write() as conn:
                for position, member in ((1, ODD_MARTIN), (2, MERETE), (3, ODD_MARTIN)):  # Odd Martin twice
                    conn.execute(
                        "INSERT INTO decision_disqualified (case_id, position, member) VALUES (?, ?, ?)",
                        (case, position, member),
                    )
            cases[name] = case
        minutes.ensure_minutes(old, meeting)
        with old.write() as conn:  # sealed below, with the hash the app took on approval
            conn.execute("UPDATE minutes SET status = 'approved', sha256 = '-' WHERE meeting_id = ?", (meeting,))
    _seal(path, meeting)
    return cases


def _seal(path: Path, meeting: str) -> None:
    """The hash of the approved minutes as the app took it: computed on an upgraded copy (the
    hash of minutes naming no guest is the same in both versions)."""
    copy = path.with_name("copy.sqlite")
    shutil.copyfile(path, copy)
    with Store.open(copy) as upgraded:
        sealed = minutes.content_hash(upgraded, meeting)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE minutes SET sha256 = ? WHERE meeting_id = ?", (sealed, meeting))
    conn.close()


def test_the_upgrade_keeps_every_disqualification_and_names_a_guest_in_a_seat(tmp_path):
    path = tmp_path / "old.sqlite"
    cases = store_before_the_guest_step(path)
    with Store.open(path) as store:
        assert store.schema_version == migrations.LATEST_VERSION
        # Minutes still open: the seat Anne stood in becomes Anne; Odd Martin once, at his first place.
        assert disqualified_rows(store, cases["draft"]) == [
            {"position": 1, "member": ODD_MARTIN, "guest": None},
            {"position": 2, "member": None, "guest": ANNE},
        ]
        # Approved minutes keep their sealed record, and their hash still matches.
        assert disqualified_rows(store, cases["approved"]) == [
            {"position": 1, "member": ODD_MARTIN, "guest": None},
            {"position": 2, "member": MERETE, "guest": None},
        ]
        checked, problems = minutes.changed_minutes(store)
        assert checked >= 1 and problems == []
        meeting = live_meeting.meeting_of_case(store, cases["draft"])
        live_meeting.set_guest_attendance(store, meeting, ANNE, "present")  # undone: the record holds
        assert meeting_record(store, meeting).decisions[cases["draft"]].disqualified == ("Odd Martin Solem", ANNE)
