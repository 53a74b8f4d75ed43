"""One minutes record: the minutes on screen and the printed minutes read the same facts."""

from __future__ import annotations

import re
from html import unescape

import pytest
from pypdf import PdfReader

from boarddesk.model.records import Attendance, Decision
from boarddesk.reports import meeting_data
from boarddesk.reports.documents import build_document
from boarddesk.reports.minutes import attendance_lines
from boarddesk.services.meetings import agenda, live_meeting, minutes
from boarddesk.services.meetings.minutes_lines import decision_lines
from boarddesk.services.meetings.reading import MeetingRecord, meeting_record
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, set_invitees

MEETING, CASE = "pds-m-2021-7", "pds-case-2021-43"


def record_deputy_and_disqualification(store) -> None:
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO attendance (meeting_id, position, member, status, deputy_for) VALUES (?, ?, ?, ?, ?)",
            [
                (MEETING, 0, "pds-mem-erik-hansen", "absent_with_notice", None),
                (MEETING, 1, "pds-mem-terje-wistner", "present", "pds-mem-erik-hansen"),
            ],
        )
        conn.execute("INSERT INTO decisions (case_id, text, unanimous) VALUES (?, 'Tilsluttet.', 1)", (CASE,))
        conn.execute(
            "INSERT INTO decision_disqualified (case_id, position, member) VALUES (?, 0, 'pds-mem-odd-martin-solem')",
            (CASE,),
        )


def test_screen_and_paper_render_one_record(qapp, demo_store):
    from boarddesk.gui.meeting.minutes_html import MinutesPage

    record_deputy_and_disqualification(demo_store)
    assert meeting_data.MeetingPrint is MeetingRecord and meeting_data.load_meeting_print is meeting_record
    record = meeting_record(demo_store, MEETING)
    assert record.decisions[CASE].disqualified == ("Odd Martin Solem",)

    screen = re.sub(r"<[^>]+>", " ", MinutesPage(demo_store, "en").html(MEETING))
    assert "Terje Wistner (deputy for Erik Hansen)" in screen
    assert "Disqualified: Odd Martin Solem" in screen and "Tilsluttet." in screen
    _present, absent, deputies, *_others = attendance_lines(record, "en")
    assert "Terje Wistner" in deputies and "Erik Hansen" in deputies and "Erik Hansen" in absent


# -- one data path: the lines under a decision, on screen and on paper ---------------------------
def recorded_meeting(store) -> tuple[str, list[str]]:
    """A meeting recorded as the secretary records it: a guest who leaves early, a member who comes
    late, a counted vote with dissent, a protocol remark and a disqualification, and a case where
    only the disqualification is recorded so far. Returns the meeting and its cases."""
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))
    set_invitees(
        store,
        meeting,
        [{"member": m} for m in ("pds-mem-lucie-aunan", "pds-mem-erik-hansen", "pds-mem-odd-martin-solem")]
        + [{"name": "Kari Gjest", "organisation": "Norsk helsenett", "role": "Presenter"}],
    )
    cases = [agenda.add_case(store, meeting, title) for title in ("NILAR", "Budsjett 2022", "Veikart")]
    agenda.publish_agenda(store, meeting)
    live_meeting.set_attendance(store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.set_attendance(store, meeting, "pds-mem-erik-hansen", "present", arrived_at_case=cases[1])
    live_meeting.set_attendance(store, meeting, "pds-mem-odd-martin-solem", "present")
    live_meeting.set_guest_attendance(store, meeting, "Kari Gjest", "present", left_at_case=cases[1])
    vote = live_meeting.Vote(
        unanimous=False,
        votes_for=2,
        votes_against=1,
        dissent="Erik Hansen ønsket mer tid.",
        protocol_remark="Helse Vest ber om ny sak i mars.",
    )
    live_meeting.save_decision(store, cases[1], "Budsjettet vedtas.", vote)
    live_meeting.set_disqualified(store, cases[1], [("member", "pds-mem-odd-martin-solem")])
    live_meeting.set_disqualified(store, cases[2], [("member", "pds-mem-lucie-aunan")])  # no words yet, no proposal
    return meeting, cases


def screen_text(store, meeting: str, lang: str) -> str:
    """The minutes page as a reader sees its text, one line per paragraph or line break."""
    from boarddesk.gui.meeting.minutes_html import STYLE, MinutesPage

    html = MinutesPage(store, lang).html(meeting).replace(STYLE, "")
    html = re.sub(r"<br>|</p>|</h\d>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", "", html))


def paper_text(store, meeting: str, lang: str, tmp_path) -> str:
    out = tmp_path / f"minutes-{lang}.pdf"
    build_document(store, "minutes", meeting, out, lang=lang)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Dissent: Erik Hansen ønsket mer tid.",
                "Protocol remark: Helse Vest ber om ny sak i mars.",
                "Disqualified: Odd Martin Solem",
                "Disqualified: Lucie Aunan",
                "Erik Hansen arrived.",
                "Kari Gjest left the meeting.",
            ],
        ),
        (
            "nb",
            [
                "Dissens: Erik Hansen ønsket mer tid.",
                "Protokolltilførsel: Helse Vest ber om ny sak i mars.",
                "Inhabil: Odd Martin Solem",
                "Inhabil: Lucie Aunan",
                "Erik Hansen kom til møtet.",
                "Kari Gjest forlot møtet.",
            ],
        ),
    ],
)
def test_the_screen_and_the_paper_show_the_same_lines_under_a_decision(
    secretary_store, speaking, tmp_path, lang, expected
):
    speaking(lang)
    meeting, _cases = recorded_meeting(secretary_store)
    screen = screen_text(secretary_store, meeting, lang).splitlines()
    paper = paper_text(secretary_store, meeting, lang, tmp_path).splitlines()
    for line in expected:
        assert line in screen, f"the screen lacks {line!r}"
        assert line in paper, f"the paper lacks {line!r}"


def test_the_lines_under_a_decision_come_in_the_minutes_order():
    decision = Decision(
        "c1",
        "Vedtatt.",
        unanimous=False,
        votes_for=5,
        votes_against=None,
        dissent="KS mot.",
        protocol_remark="Merknad.",
        disqualified=("Odd Martin Solem", "Lucie Aunan"),
        inferred=True,
        source_note="Fra sak 3/22.",
    )
    assert [(line.key, line.text) for line in decision_lines(decision)] == [
        ("votes", ""),
        ("dissent", "KS mot."),
        ("protocol_remark", "Merknad."),
        ("disqualified", "Odd Martin Solem, Lucie Aunan"),
        ("inferred", ""),
        ("source_note", "Fra sak 3/22."),
    ]
    assert decision_lines(decision)[0].votes == (5, 0, 0)  # a count not given is none
    assert decision_lines(Decision("c1", "Tatt til orientering.")) == []  # the vote not recorded: no line


def test_an_unrecorded_vote_is_not_called_unanimous_on_screen(demo_store, qapp):
    """An inferred decision (from a later paper) has no vote: the paper printed none, the screen said «Unanimous.»."""
    screen = screen_text(demo_store, "pds-m-2021-6", "en")
    assert "inferred from other papers" in screen and "Unanimous" not in screen


def test_a_guest_has_a_typed_attendance_record_with_the_invitations_organisation(secretary_store):
    meeting, cases = recorded_meeting(secretary_store)
    record = meeting_record(secretary_store, meeting)
    guest = record.attendance[-1]
    assert isinstance(guest, Attendance)
    assert (guest.name, guest.organisation, guest.status, guest.left_at_case) == (
        "Kari Gjest",
        "Norsk helsenett",
        "present",
        cases[1],
    )
    assert guest.is_guest and guest.is_present and not guest.has_vote and guest.member is None
    erik = next(a for a in record.attendance if a.name == "Erik Hansen")
    assert not erik.is_guest and erik.has_vote and erik.arrived_at_case == cases[1]
    decision = record.decisions[cases[1]]
    assert isinstance(decision, Decision)
    assert (decision.unanimous, decision.votes_for, decision.votes_against) == (False, 2, 1)
    assert decision.disqualified == ("Odd Martin Solem",) and not decision.inferred
    with pytest.raises(AttributeError):
        guest.name = "Someone else"  # frozen: a renderer cannot change what the other one shows


def test_the_approval_reads_in_norwegian_with_the_meeting_and_case_filled_in(secretary_store, norwegian):
    meeting, _cases = recorded_meeting(secretary_store)
    later = create_meeting(secretary_store, MeetingDraft("pds", "2022-01-20", number=1))
    case = agenda.add_case(secretary_store, later, "Godkjenning av protokoll")
    agenda.publish_agenda(secretary_store, later)  # the case has its number from now on
    [number] = [c.number for c in meeting_record(secretary_store, later).agenda if c.id == case]
    live_meeting.close_meeting(secretary_store, meeting)
    minutes.approve(secretary_store, meeting, approved_on="2022-01-20", by_meeting=later, in_case=case)
    screen = screen_text(secretary_store, meeting, "nb")
    assert f"Protokollstatus: godkjent 20.01.2022 i møte 1/2022 i sak {number}" in screen
    assert "{" not in screen and "%1" not in screen
