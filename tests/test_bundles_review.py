"""A member's copy of a meeting prints the pack the secretary prints: the previous meeting's
minutes enclosed for approval and the open action points of earlier meetings, both carried by the
meeting's bundle. A forged bundle cannot use what carries them to change another meeting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import CASE, MEETING, attach_case_paper, bundle_refused, forge
from pypdf import PdfReader

from boarddesk.reports.pack import build_pack
from boarddesk.services.boards.home import home_page
from boarddesk.services.meetings import action_points
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.store import Store

KARI = "Kari Medlem"
OPEN_POINT = "Lage gevinstplan for NILAR"
DONE_POINT = "Sende ut oppdatert fremdriftsplan"
EXEMPT = "Unntatt offentlighet, offl. § 13"
MINUTES_HEADING = "Referat fra møte 7/2021 til godkjenning (utkast)"


@pytest.fixture
def secretary(secretary_store) -> Store:
    """Meeting 7/2021 with an exempt case, an open point for Kari and one done; its minutes a draft."""
    store = secretary_store
    with store.write() as conn:
        conn.execute("UPDATE cases SET confidentiality = ? WHERE id = ?", (EXEMPT, CASE))
    action_points.add_action_point(store, MEETING, OPEN_POINT, responsible=f"{KARI}, PMO", due="2022-01-15")
    done = action_points.add_action_point(store, MEETING, DONE_POINT, responsible="Ola Nordmann")
    action_points.follow_up(store, done, "done")
    return store


@pytest.fixture
def next_meeting(secretary) -> str:
    """The meeting after 7/2021, with the standard items: approval and «Status aksjonspunkter»."""
    return create_meeting(secretary, MeetingDraft("pds", "2021-12-16", start_time="10:00"))


def pack_text(store: Store, meeting_id: str, out: Path) -> tuple[int, str]:
    build_pack(store, meeting_id, out, workers=1)
    pages = PdfReader(out).pages
    return len(pages), "\n".join(page.extract_text() for page in pages)


def received(tmp_path: Path, *bundles: Path) -> Path:
    """A fresh member's store fed by the bundles, in order."""
    path = tmp_path / "member.sqlite"
    with Store.open(path) as member:
        for bundle in bundles:
            import_bundle(member, bundle)
    return path


def test_the_members_pack_is_the_secretarys_with_the_minutes_to_approve_and_the_open_points(
    secretary, next_meeting, tmp_path
):
    secretary_pages, secretary_text = pack_text(secretary, next_meeting, tmp_path / "secretary.pdf")
    bundle = export_bundle(secretary, next_meeting, tmp_path / "next.bdpack").path
    with Store.open(received(tmp_path, bundle)) as member:
        # Nothing of meeting 7/2021 became a record of the member's copy: only its own meeting.
        assert member.scalar("SELECT count(*) FROM meetings") == 1
        assert member.scalar("SELECT count(*) FROM action_points") == 0
        pages, text = pack_text(member, next_meeting, tmp_path / "member.pdf")
    assert MINUTES_HEADING in secretary_text and OPEN_POINT in secretary_text
    assert MINUTES_HEADING in text
    # The minutes of 7/2021 list both points given there; the agenda and «Status aksjonspunkter» the open one.
    assert (text.count(OPEN_POINT), text.count(DONE_POINT)) == (3, 1)
    assert EXEMPT.upper() in text  # the enclosed minutes' exempt case marked as the secretary's pack marks it
    assert pages == secretary_pages
    assert text == secretary_text


def test_the_members_home_and_agenda_list_what_the_secretarys_do(secretary, next_meeting, tmp_path):
    bundle = export_bundle(secretary, next_meeting, tmp_path / "next.bdpack").path
    secretary_home = home_page(secretary, "pds", KARI, today="2021-12-10")
    with Store.open(received(tmp_path, bundle)) as member:
        home = home_page(member, "pds", KARI, today="2021-12-10")
        agenda_points = action_points.open_to_review(member, next_meeting)
    assert [p["text"] for p in home.my_action_points] == [p["text"] for p in secretary_home.my_action_points]
    assert [p["text"] for p in home.my_action_points] == [OPEN_POINT]
    assert [p["text"] for p in agenda_points] == [OPEN_POINT]
    assert MINUTES_HEADING in [paper.title for paper in home.papers]  # to read (and note on) before the meeting


def test_a_revision_brings_the_points_as_the_secretary_followed_them_up(secretary, next_meeting, tmp_path):
    first = export_bundle(secretary, next_meeting, tmp_path / "r1.bdpack").path
    member_path = received(tmp_path, first)
    point = secretary.scalar("SELECT id FROM action_points WHERE text = ?", (OPEN_POINT,))
    action_points.follow_up(secretary, point, "done")
    second = export_bundle(secretary, next_meeting, tmp_path / "r2.bdpack")
    assert second.revision == 2  # the meeting's own data is unchanged: the review alone makes a revision
    with Store.open(member_path) as member:
        report = import_bundle(member, second.path)
        assert "open action points from earlier meetings: changed" in report.summary()
        _pages, text = pack_text(member, next_meeting, tmp_path / "member.pdf")
    assert text.count(OPEN_POINT) == 1 and MINUTES_HEADING in text  # in the minutes only: no longer to review


# -- a forged review ---------------------------------------------------------------------------------


@pytest.fixture
def published(secretary, next_meeting, tmp_path) -> dict[str, Path]:
    attach_case_paper(secretary)  # a document of 7/2021, which a forged review may try to claim
    return {
        meeting: export_bundle(secretary, meeting, tmp_path / f"{meeting}.bdpack").path
        for meeting in (MEETING, next_meeting)
    }


def _review(change, other_document: str):
    """A parts change: `change` given the review and the id of a document of another meeting."""

    def on_parts(parts: dict[str, bytes]) -> None:
        review = json.loads(parts["review.json"])
        change(review, other_document)
        parts["review.json"] = json.dumps(review).encode()

    return on_parts


# forgery → (the change to review.json, the manifest's changes, the refusal even when signed by the secretary's key)
REVIEW_FORGERIES = {
    "the minutes named as a document of another meeting": (
        lambda review, other: review["previous_minutes"].update(attachment=other),
        {"revision": 2},
        r"previous_minutes.attachment .*is not a document of the approval case of the bundle's meeting",
    ),
    "the review names another meeting": (
        lambda review, other: review.update(meeting=MEETING),
        {"revision": 2},
        r"review.json: holds 'meeting', which a review does not carry",
    ),
    "an open point put on a case of another meeting": (
        lambda review, other: review["open_action_points"][0].update(case=CASE, status="done"),
        {"revision": 2},
        r"open_action_points\[0\]: holds 'case'",
    ),
    "the same revision with other points": (
        lambda review, other: review["open_action_points"].clear(),
        {},
        "already imported with other content",
    ),
}


@pytest.mark.parametrize("name", REVIEW_FORGERIES)
def test_a_forged_review_is_refused_whole_and_changes_no_byte(name, secretary, next_meeting, published, tmp_path):
    member_path = received(tmp_path, published[MEETING], published[next_meeting])
    other = secretary.scalar("SELECT attachment FROM case_attachments WHERE case_id = ?", (CASE,))
    change, manifest, message = REVIEW_FORGERIES[name]
    bundle = published[next_meeting].read_bytes()
    key = bundle_signing.signing_key(secretary)
    for forged, expected in (
        (forge(bundle, parts_change=_review(change, other), **manifest), "is not signed"),
        (forge(bundle, key=key, parts_change=_review(change, other), **manifest), message),
    ):
        bundle_refused(member_path, forged, expected, tmp_path)
