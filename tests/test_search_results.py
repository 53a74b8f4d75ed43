"""Search results a reader can scan: one heading per group, the board in every hit, the searched
word marked, and dates as the interface writes them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from boarddesk.gui.shell.search_panel import ROLE_HIT, marked_html
from boarddesk.services.search import search


def _search(window, qtbot, text: str) -> list:
    qtbot.keyClicks(window.search_edit, text)
    qtbot.waitUntil(lambda: window.results.isVisible() and window.results.count() > 1, timeout=3000)
    return [window.results.item(row) for row in range(window.results.count())]


def test_each_group_has_one_heading_even_when_two_kinds_share_its_name(window, qtbot, demo_store):
    kinds = {hit.kind for hit in search(demo_store, "styret", lang="en")}
    assert {"project_decision", "decision"} <= kinds  # both are called «Decision»
    items = _search(window, qtbot, "styret")
    headings = [item.text() for item in items if item.data(ROLE_HIT) is None]
    names = [re.sub(r" \(\d+\)$", "", heading) for heading in headings]
    assert len(names) == len(set(names)), headings
    decisions = next(h for h in headings if h.startswith("DECISION ("))
    start = [item.text() for item in items].index(decisions)
    group = []
    for item in items[start + 1 :]:
        if item.data(ROLE_HIT) is None:
            break
        group.append(item.data(ROLE_HIT).kind)
    assert {"project_decision", "decision"} <= set(group)
    assert decisions == f"DECISION ({len(group)})"


def test_every_hit_names_its_board(window, qtbot):
    items = _search(window, qtbot, "kjernejournal")
    hits = [item for item in items if item.data(ROLE_HIT) is not None]
    assert len({item.data(ROLE_HIT).board_name for item in hits}) > 1  # hits from several boards
    for item in hits:
        hit = item.data(ROLE_HIT)
        assert f"  ·  {hit.board_name}" in item.text().splitlines()[0]
        assert hit.board_name in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_searched_word_is_marked_in_the_painted_hit(window, qtbot):
    items = _search(window, qtbot, "kjernejournal")
    hit = next(item.data(ROLE_HIT) for item in items if item.data(ROLE_HIT) is not None)
    assert "[" in hit.snippet
    html = marked_html(hit.snippet)
    assert re.search(r"<b[^>]*>kjernejournal</b>", html, flags=re.IGNORECASE)
    # The painted list shows the marker colour where the word is (the delegate draws rich text).
    image = window.results.viewport().grab().toImage()
    marker = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert "#fff59d" in marker


def test_the_marker_keeps_punctuation_outside_and_escapes_the_text():
    assert marked_html("…via [Kjernejournal], <b>") == '…via <b style="background:#fff59d">Kjernejournal</b>, &lt;b&gt;'


def test_dates_in_hit_titles_follow_the_interface_language(demo_store):
    def titles(lang: str) -> list[str]:
        return [hit.title for hit in search(demo_store, "overgang gjennomføringsfase", lang=lang)]

    assert any("14.02.2021" in title for title in titles("nb"))
    assert any("2021-02-14" in title for title in titles("en"))
    assert not any("2021-02-14" in title for title in titles("nb"))
