"""One RAG rule for screen and paper: the letter and the trend arrow come from model.rag."""

from __future__ import annotations

from boarddesk.model.rag import rag_letter, rag_mark, trend_arrow


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
    assert rag_letter(None, "en") == rag_letter("grey", "en")


def test_bokmal_letters_are_the_initials_a_norwegian_reader_says_and_the_shape_tells_them_apart():
    assert [rag_letter(rag, "nb") for rag in ("green", "yellow", "red")] == ["G", "G", "R"]
    marks = [rag_mark(rag, lang) for rag in ("green", "yellow", "red", "grey") for lang in ("nb", "en")]
    assert marks == ["● G", "● G", "▲ G", "▲ Y", "■ R", "■ R", "○ –", "○ –"]
