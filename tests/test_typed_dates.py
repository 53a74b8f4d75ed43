"""Dates as people type them: one parser (model.formatting.parse_date) for every form."""

from __future__ import annotations

from datetime import date

import pytest

from boarddesk.model.formatting import format_date, parse_date
from boarddesk.services.portfolio.edit_fields import REPORT, InvalidField, clean


@pytest.mark.parametrize("typed", ["19.01.2022", "19.1.2022", "19.01.22", "2022-01-19", " 19.01.2022 "])
def test_a_date_typed_any_common_way_reads_back_as_typed(typed):
    assert parse_date(typed) == date(2022, 1, 19)
    assert format_date(parse_date(typed)) == "19.01.2022"


def test_the_forms_and_the_live_meeting_accept_the_same_dates():
    assert clean(REPORT, {"report_date": "10.01.22"}) == {"report_date": "2022-01-10"}
    assert parse_date("") is None
    for wrong in ("31.02.2022", "19/01/2022", "i morgen"):
        with pytest.raises(ValueError):
            parse_date(wrong)
        with pytest.raises(InvalidField, match="is not a date"):
            clean(REPORT, {"report_date": wrong})
