"""One date format per interface language: bokmål 01.12.2021, English 2021-12-01, in text and in
date fields alike (format_date and QT_DATE_FORMAT are the one place)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from boarddesk.gui.meeting.dialogs import NewMeetingDialog, date_edit
from boarddesk.model.formatting import format_date, parse_date


def test_format_date_writes_each_language_one_way_and_reads_back():
    assert format_date("2021-12-01", "nb") == "01.12.2021"
    assert format_date(date(2021, 12, 1), "en") == "2021-12-01"
    for lang in ("nb", "en"):
        assert parse_date(format_date("2021-12-01", lang)) == date(2021, 12, 1)


@pytest.mark.parametrize(("lang", "shown"), [("nb", "01.12.2021"), ("en", "2021-12-01")])
def test_date_fields_show_dates_as_the_text_around_them(lang, shown, speaking, qtbot, demo_store):
    speaking(lang)
    dialog = NewMeetingDialog(demo_store, "pds")
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2021, 12, 1))
    assert dialog.date.text() == shown == format_date("2021-12-01", lang)
    assert date_edit("2021-12-01").text() == shown


def test_a_stored_moment_reads_on_the_readers_own_clock(monkeypatch):
    """The agenda's change log stores moments with their offset; minutes on screen and on paper
    show them as a reader in Oslo keeps time (winter: UTC+1), not as the machine that wrote them."""
    import time

    from boarddesk.model.formatting import format_moment

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        assert format_moment("2026-12-05T14:09:13+00:00", "nb") == "05.12.2026 kl. 15.09"
        assert format_moment("2026-12-05T14:09:13+00:00", "en") == "2026-12-05 at 15:09"
        assert format_moment("2026-07-01T23:30:00+00:00", "nb") == "02.07.2026 kl. 01.30"  # summer, next day
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
