"""A store the user may only read opens in the app, which says plainly that nothing can be saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from boarddesk.store import StoreReadOnly, database


def test_the_app_opens_a_read_only_store_and_says_so(demo_path, monkeypatch, show_main_window):
    from boarddesk.gui.shell.app import open_store, show_read_only

    monkeypatch.setattr(database, "_writable", lambda path: False)  # as on read-only media
    before = demo_path.read_bytes()
    store = open_store("BoardDesk", demo_path)
    assert store is not None and store.read_only
    window = show_main_window(store)  # the window uses the store until the test's end
    show_read_only(window, store.path)
    assert "read-only" in window.statusBar().currentMessage()
    assert any(label.text() == "Read-only" for label in window.statusBar().findChildren(QLabel))
    with pytest.raises(StoreReadOnly, match="nothing can be saved"):
        with store.write():
            pass
    assert demo_path.read_bytes() == before
