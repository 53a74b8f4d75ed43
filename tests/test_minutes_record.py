"""One minutes record: the minutes on screen and the printed minutes read the same facts."""

from __future__ import annotations

import re

from boarddesk.reports import meeting_data
from boarddesk.reports.minutes import attendance_lines
from boarddesk.services.meetings.reading import MeetingRecord, meeting_record

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
