"""The reader's document chooser at laptop size (1366x768, navigator shown): a long case name
gives way so the case number and the document's title show, with the whole name as a tooltip."""

from __future__ import annotations

import pytest
from helpers import CASE, FIRST_VERSION, make_pdf
from PySide6.QtCore import Qt

from boarddesk.services.boards.identity import set_identity
from boarddesk.services.meetings.agenda import attach_document

TITLE = "Budsjett 2022 for programmet digital samhandling"


@pytest.fixture
def budget(demo_store):
    return attach_document(demo_store, CASE, "budsjett.pdf", make_pdf(FIRST_VERSION), title=TITLE)


@pytest.fixture
def window_store(demo_store, budget):
    set_identity(demo_store, "Kari Medlem", {})
    return demo_store


def test_a_long_document_name_keeps_its_case_number_and_title(window, budget, qtbot):
    window.open_target("document", budget)
    view = window.current_view()
    box = view.document_box
    qtbot.waitUntil(lambda: box.width() > 0 and view.page_count_label.width() > 0)
    assert box.currentText().startswith("46/21 Drifts- og forvaltningskostnader") and box.currentText().endswith(TITLE)
    assert box.width() >= 280  # the widest part of the tool row (it had 256 pixels, as much as the search)
    # Nothing in the row is squeezed below what it needs: «of 2» is read whole.
    assert view.page_count_label.width() >= view.page_count_label.sizeHint().width()
    assert view.search_edit.width() >= 120
    shown = box.shown_text()
    assert shown != box.currentText()  # too long for the box at this size: elided
    assert shown.startswith("46/21 ") and shown.endswith("samhandling") and "…" in shown
    assert box.toolTip() == box.currentText()
    assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == box.currentText()
