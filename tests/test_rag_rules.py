"""One RAG rule for screen and paper: the letter and the trend arrow come from model.rag."""

from __future__ import annotations

from boarddesk.model.rag import rag_letter, trend_arrow


def test_trend_arrow_shows_change_only_between_rated_reports():
    assert trend_arrow("green", "yellow") == "↑"
    assert trend_arrow("red", "yellow") == "↓"
    assert trend_arrow("yellow", "yellow") == "→"
    assert trend_arrow("grey", "grey") == ""  # not assessed twice is no trend
    assert trend_arrow("green", None) == ""


def test_screen_and_print_use_the_same_rule():
    from boarddesk.reports import layout, status_report

    assert layout.rag_letter is rag_letter
    assert status_report.trend_arrow is trend_arrow
    assert rag_letter("yellow", "nb") == "Gu" and rag_letter(None, "en") == rag_letter("grey", "en")
