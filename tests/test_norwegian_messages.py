"""Under bokmål, what goes wrong is said in bokmål: a bundle that is damaged, of another kind or
from the store that published it, a notes file for an unknown board, a PDF that cannot be written,
a database that is not BoardDesk's at start-up, and the report of a bundle that was imported."""

from __future__ import annotations

import re
import zipfile

import pytest
from helpers import MEETING
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

# Words of the services' English messages that a bokmål text never holds.
ENGLISH = re.compile(r"\b(the|is|not|was|cannot|could|bundle|file|nothing|imported|written|folder|denied)\b")


def is_bokmal(text: str) -> bool:
    return bool(text) and not ENGLISH.search(text)


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """Every message box's text, whichever module shows it; questions are answered No."""
    texts: list[str] = []

    def keep(_parent, _title, text, *_args):
        texts.append(text)
        return QMessageBox.StandardButton.No

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, keep)
    return texts


@pytest.fixture
def bokmal_window(norwegian, qtbot, demo_store, tmp_path):
    from boarddesk.gui.shell.main_window import MainWindow

    assert norwegian, "boarddesk_nb.qm did not load"
    window = MainWindow(demo_store, QSettings(str(tmp_path / "nb.ini"), QSettings.Format.IniFormat), lang="nb")
    qtbot.addWidget(window)
    yield window
    window.close()


def test_a_damaged_bundle_is_refused_in_bokmal(bokmal_window, shown, tmp_path):
    from boarddesk.gui.reader import menu

    damaged = tmp_path / "skadet.bdpack"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    menu.import_bundle(bokmal_window.context, str(damaged))
    assert shown == ["Filen er skadet eller ufullstendig (avkortet): den er ikke en lesbar møtefil."]


def test_a_foreign_zip_is_refused_in_bokmal(bokmal_window, shown, tmp_path):
    from boarddesk.gui.reader import menu

    foreign = tmp_path / "bilder.bdpack"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("bilde.txt", "ikke en møtefil")
    menu.import_bundle(bokmal_window.context, str(foreign))
    assert shown == ["Møtefilen har ingen innholdsliste: den er ikke en møtefil fra BoardDesk."]


def test_a_notes_file_chosen_as_a_bundle_is_named_for_what_it_is(bokmal_window, shown, demo_store, tmp_path):
    from boarddesk.gui.reader import menu
    from boarddesk.services.transfer.notes_file import export_notes

    notes = tmp_path / "notater.bdpack"
    export_notes(demo_store, MEETING, notes, "Kari Medlem")
    menu.import_bundle(bokmal_window.context, str(notes))
    assert shown == ["Dette er en fil med delte notater (.bdnotes), ikke en møtefil (.bdpack)."]


def test_a_bundle_into_the_store_that_published_it_is_refused_in_bokmal(bokmal_window, shown, demo_store, tmp_path):
    from boarddesk.gui.reader import menu
    from boarddesk.services.transfer.bundles import export_bundle

    bundle = export_bundle(demo_store, MEETING, tmp_path / "m7.bdpack").path
    menu.import_bundle(bokmal_window.context, str(bundle))
    assert len(shown) == 1 and shown[0].startswith("Møte 7/2021 ble publisert fra denne databasen")
    assert is_bokmal(shown[0]), shown[0]


def test_notes_for_a_board_this_store_lacks_are_refused_in_bokmal(norwegian, shown, qtbot, demo_store, tmp_path):
    from boarddesk.gui.reader import menu
    from boarddesk.gui.shell.main_window import MainWindow
    from boarddesk.services.transfer.notes_file import export_notes
    from boarddesk.store import Store

    notes = tmp_path / "m7.bdnotes"
    export_notes(demo_store, MEETING, notes, "Kari Medlem")
    with Store.open(tmp_path / "annen.sqlite") as other:
        window = MainWindow(other, QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat), lang="nb")
        qtbot.addWidget(window)
        menu.import_notes(window.context, str(notes))
        window.close()
    assert len(shown) == 1 and is_bokmal(shown[0]), shown
    assert shown[0].startswith("Notatene gjelder styret")


def test_a_pdf_that_cannot_be_written_is_reported_in_bokmal(bokmal_window, shown, qtbot, tmp_path):
    missing = tmp_path / "finnes-ikke" / "saksliste.pdf"
    task = bokmal_window.printing.build("agenda", MEETING, str(missing), None)
    with qtbot.waitSignal(task.signals.failed, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [f"Mappen {missing.parent} finnes ikke; saksliste.pdf ble ikke skrevet."]


def test_a_foreign_database_at_start_up_is_refused_in_bokmal(norwegian, shown, tmp_path):
    import sqlite3

    from boarddesk.gui.shell.app import open_store

    foreign = tmp_path / "annet-program.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE kunder (navn TEXT)")
    conn.close()
    assert open_store("BoardDesk", foreign) is None
    assert shown == [
        f"{foreign} er ikke en BoardDesk-database: det er en SQLite-database fra et annet program. "
        "Filen ble ikke endret."
    ]
    shown.clear()
    assert open_store("BoardDesk", tmp_path) is None  # a folder
    assert shown == [f"{tmp_path} er en mappe, ikke en databasefil."]


def test_the_systems_reasons_are_told_in_bokmal(norwegian):
    from boarddesk.gui.service_text import user_message

    denied = PermissionError(13, "Permission denied", "/srv/styre/saksliste.pdf")
    assert user_message(denied) == "/srv/styre/saksliste.pdf kunne ikke brukes: ingen tilgang."
    assert user_message(OSError("/mnt/minnepinne cannot be read: Read-only file system")) == (
        "/mnt/minnepinne kan ikke leses: disken er skrivebeskyttet."
    )


def test_what_an_import_brought_is_told_in_bokmal(norwegian, demo_store, tmp_path):
    from boarddesk.gui.import_text import bundle_summary, import_counts
    from boarddesk.services.transfer.bundles import export_bundle, import_bundle
    from boarddesk.store import Store

    assert import_counts({"project": 12, "meeting": 3}) == "12 prosjekter, 3 møter"
    bundle = export_bundle(demo_store, MEETING, tmp_path / "m7.bdpack").path
    with Store.open(tmp_path / "medlem.sqlite") as member:
        summary = bundle_summary(import_bundle(member, bundle))
        again = bundle_summary(import_bundle(member, bundle))
    assert summary.startswith("Møte 7/2021: versjon 1 importert\n") and "signert med sekretærens nøkkel" in summary
    assert again == "Møte 7/2021: versjon 1 er importert før; ingenting er endret"
    assert is_bokmal(summary) and is_bokmal(again)


def test_a_pdf_that_cannot_be_shown_says_why_in_bokmal(norwegian):
    from boarddesk.gui.reader.pdf_engine import PdfEngine

    with pytest.raises(ValueError) as refused:
        PdfEngine(b"dette er ingen PDF")
    assert str(refused.value) == "dette er ikke en PDF-fil, eller den er skadet"


def test_file_dialogs_are_titled_and_filtered_in_bokmal(bokmal_window, shown, monkeypatch):
    """Every file dialog the window opens: its title and its filter of file types."""
    from PySide6.QtWidgets import QFileDialog

    from boarddesk.gui.reader import menu

    asked: list[tuple[str, str]] = []

    def choose(_parent, title, _name="", file_filter="", *_args, **_kwargs):
        asked.append((title, file_filter))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    bokmal_window.open_target("meeting", MEETING)
    menu.import_bundle(bokmal_window.context)
    menu.export_bundle(bokmal_window.context)
    menu.import_notes(bokmal_window.context)
    menu.export_notes(bokmal_window.context)
    bokmal_window.import_json()
    bokmal_window.export_json()
    bokmal_window.printing.run("minutes", "save")
    assert asked == [
        ("Importer møtefil", "Møtefiler (*.bdpack)"),
        ("Eksporter møtefil", "Møtefiler (*.bdpack)"),
        ("Importer delte notater", "Delte notater (*.bdnotes)"),
        ("Eksporter mine delte notater", "Delte notater (*.bdnotes)"),
        ("Importer JSON", "BoardDesk JSON (*.json)"),
        ("Eksporter JSON", "BoardDesk JSON (*.json)"),
        ("Lagre som PDF", "PDF-dokumenter (*.pdf)"),
    ]


def test_a_damaged_store_at_start_up_offers_the_backup_in_bokmal(norwegian, shown, demo_path):
    from boarddesk.gui.shell.app import open_store
    from boarddesk.store import Store
    from boarddesk.store.backup import take_backup

    with Store.open(demo_path) as store:
        take_backup(store.conn, demo_path)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_path.write_bytes(demo_path.read_bytes()[:10000])
    assert open_store("BoardDesk", demo_path) is None  # answered No
    [question] = shown
    assert question.startswith(f"{demo_path} er en skadet BoardDesk-database: ")
    assert "Den siste sikkerhetskopien er " in question
    assert "filen er avkortet (10000 byte, ikke et helt antall sider på 4096 byte; SQLite finner" in question
    assert question.endswith("Gjenopprette siste sikkerhetskopi? Den skadde filen beholdes ved siden av.")


def test_a_json_file_that_is_not_json_is_refused_in_bokmal(bokmal_window, shown, demo_store, tmp_path):
    from boarddesk.gui.shell.import_dialog import run_import

    broken = tmp_path / "eksport.json"
    broken.write_text('{"boards": [', encoding="utf-8")
    assert not run_import(bokmal_window, demo_store.path, str(broken))
    [message] = shown
    assert message == (
        f"{broken} ble ikke importert; ingenting er endret.\n\n"
        f"{broken} er ikke gyldig JSON (en verdi mangler) på linje 1, kolonne 13."
    )
