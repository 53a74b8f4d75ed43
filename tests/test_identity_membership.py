"""Who uses the store and what they may change; a board's membership with roles and periods."""

from __future__ import annotations

import pytest

from boarddesk.services.boards import identity, membership
from boarddesk.services.boards.identity import IdentityError
from boarddesk.services.boards.membership import MembershipError

PDS = "pds"


def test_a_store_knows_nobody_until_told_and_then_their_role_per_board(demo_store):
    assert identity.who_am_i(demo_store) is None
    assert not identity.may_edit_meetings(demo_store, PDS)
    identity.set_identity(demo_store, "  Kari   Nordmann ", {PDS: "secretary", "hn": "member"})
    me = identity.who_am_i(demo_store)
    assert me.name == "Kari Nordmann" and me.role_on(PDS) == "secretary" and me.role_on("hn") == "member"
    assert identity.may_edit_meetings(demo_store, PDS)
    assert not identity.may_edit_meetings(demo_store, "hn"), "a member reads and annotates"


@pytest.mark.parametrize(
    ("name", "roles", "message"),
    [("", {}, "name"), ("Kari", {PDS: "king"}, "unknown role"), ("Kari", {"nope": "member"}, "no board")],
)
def test_an_identity_that_cannot_be_saved_changes_nothing(demo_store, name, roles, message):
    with pytest.raises(IdentityError, match=message):
        identity.set_identity(demo_store, name, roles)
    assert identity.who_am_i(demo_store) is None


def test_a_board_that_came_in_a_bundle_is_read_only_even_for_its_secretary(demo_store):
    identity.set_identity(demo_store, "Kari", {PDS: "secretary"})
    meeting = demo_store.scalar("SELECT id FROM meetings WHERE board_id = ? LIMIT 1", (PDS,))
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO bundle_imports (meeting_id, bundle_id, revision, fingerprints, imported_at) "
            "VALUES (?, 'b', 1, '{}', '2026-01-01T00:00:00+01:00')",
            (meeting,),
        )
    assert not identity.may_edit_meetings(demo_store, PDS)


def test_members_deputies_and_observers_are_added_and_retired_with_their_periods(demo_store):
    before = membership.list_members(demo_store, PDS)
    chair = next(m for m in before if m.role == "chair")
    new = membership.add_member(
        demo_store, PDS, name="Ingrid Vik", organisation="Helse Vest RHF", role="member", period_from="2022-01-01"
    )
    deputy = membership.add_member(demo_store, PDS, name="Ola Vara", role="deputy", deputy_for=new.id)
    observer = membership.add_member(demo_store, PDS, name="Siri Observatør", role="observer")
    listed = {m.id: m for m in membership.list_members(demo_store, PDS)}
    assert listed[deputy.id].deputy_for == new.id and listed[observer.id].role == "observer"
    assert listed[new.id].serving_on("2022-03-01") and not listed[new.id].serving_on("2021-12-01")

    retired = membership.retire_member(demo_store, new.id, "2023-06-30")
    assert not retired.active and retired.period_to == "2023-06-30"
    assert new.id not in {m.id for m in membership.list_members(demo_store, PDS, include_retired=False)}
    assert new.id in {m.id for m in membership.list_members(demo_store, PDS)}, "kept on record"
    assert membership.update_member(demo_store, chair.id, title="programeier").title == "programeier"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "X", "role": "emperor"}, "role"),
        ({"name": "X", "period_from": "01.01.2022"}, "period_from"),
        ({"name": "X", "period_from": "2023-01-01", "period_to": "2022-01-01"}, "period_to"),
        ({"name": "X", "deputy_for": "hn-mem-marit-lind"}, "deputy_for"),
    ],
)
def test_a_membership_change_that_cannot_be_saved_names_the_field_and_writes_nothing(demo_store, values, field):
    count = len(membership.list_members(demo_store, PDS))
    with pytest.raises(MembershipError, match=field):
        membership.add_member(demo_store, PDS, **values)
    assert len(membership.list_members(demo_store, PDS)) == count


def test_a_member_cannot_be_their_own_deputy(demo_store):
    member = membership.list_members(demo_store, PDS)[1]
    with pytest.raises(MembershipError, match="own deputy"):
        membership.update_member(demo_store, member.id, deputy_for=member.id)
