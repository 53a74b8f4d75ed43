"""A meeting whose papers give no time shows its time as unknown, not as midnight."""

from __future__ import annotations

from boarddesk.gui.meeting.agenda_builder import AgendaBuilder


def test_a_meeting_without_a_time_shows_none_and_one_with_a_time_shows_it(qtbot, demo_store):
    timed = demo_store.query_one("SELECT id, start_time FROM meetings WHERE start_time IS NOT NULL")
    untimed = demo_store.scalar("SELECT id FROM meetings WHERE start_time IS NULL AND end_time IS NULL")
    builder = AgendaBuilder(demo_store, "nb")
    qtbot.addWidget(builder)
    builder.load(untimed)
    assert builder.start.text() == "--:--" and builder.end.text() == "--:--"
    assert demo_store.scalar("SELECT start_time FROM meetings WHERE id = ?", (untimed,)) is None, (
        "loading saved nothing"
    )
    builder.load(timed["id"])
    assert builder.start.text() == timed["start_time"]
