"""One rule says which cases need a decision: ending the meeting warns of exactly the cases the
printed minutes would mark «Ingen vedtak registrert». The approval item needs one; the review of
action points and «Eventuelt» do not."""

from __future__ import annotations

from pypdf import PdfReader

from boarddesk.reports.documents import build_document
from boarddesk.services.meetings import live_meeting

MEETING = "pds-m-2021-7"  # 41/21 approval … 47/21 Eventuelt, nothing decided yet


def test_ending_warns_of_the_approval_item_and_not_of_eventuelt(demo_store):
    titles = [case.title for case in live_meeting.undecided_cases(demo_store, MEETING)]
    assert titles[0] == "Godkjenning av innkalling"  # a standard item that does need a decision
    assert "Eventuelt" not in titles
    assert "Status program" in titles


def test_the_minutes_say_no_decision_exactly_where_ending_the_meeting_warned(demo_store, tmp_path):
    for case in live_meeting.undecided_cases(demo_store, MEETING)[1:]:  # all but the approval item
        live_meeting.save_decision(demo_store, case.id, "Vedtatt.")
    out = tmp_path / "minutes.pdf"
    build_document(demo_store, "minutes", MEETING, out, lang="en")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count("No decision recorded.") == 1  # under 41/21, not under Eventuelt
    approval, eventuelt = text.index("Godkjenning av innkalling"), text.index("Eventuelt")
    assert approval < text.index("No decision recorded.") < eventuelt
