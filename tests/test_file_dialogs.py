"""File dialogs open in the user's folders: the one last used for that kind of file, else
Documents; never the folder BoardDesk was started from."""

from __future__ import annotations

from pathlib import Path

from helpers import MEETING
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog


def test_dialogs_start_in_documents_then_in_the_folder_last_used_for_that_kind(window, monkeypatch, tmp_path, said):
    from boarddesk.gui.reader import menu as reader_menu

    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    chosen = tmp_path / "møter" / "mars"
    chosen.mkdir(parents=True)
    opened_in: list[str] = []

    def dialog(_parent, _title, folder, _filter):
        opened_in.append(folder)
        return str(chosen / "pds.bdpack"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))  # cancelled
    monkeypatch.setattr(reader_menu, "run_in_worker", lambda *_a: None)
    monkeypatch.setattr(reader_menu, "_password", lambda *_a: "")
    window.open_target("meeting", MEETING)

    reader_menu.export_bundle(window.context)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected_first = Path(documents) if Path(documents).is_dir() else Path.home()
    assert Path(opened_in[0]) == expected_first / f"{MEETING}.bdpack"
    assert not opened_in[0].startswith(str(elsewhere))

    reader_menu.export_bundle(window.context)  # the next meeting file goes where the last one went
    assert Path(opened_in[1]) == chosen / f"{MEETING}.bdpack"
    reader_menu.export_notes(window.context)  # shared notes are another kind: their own folder
    assert Path(opened_in[2]).parent == expected_first
