"""The Print menu in the window: a pack saved as PDF from a worker while the window keeps
answering, cancelling, and the pages painted onto a printer as the preview and printer get them."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from boarddesk.gui.main_window import MainWindow
from boarddesk.gui.printing import paint_pdf


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(demo_store, settings, lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


def menu_texts(menu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions()]


def test_print_menu_offers_preview_print_and_save_for_each_document(window):
    top = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert "Print" in top
    documents = {a.text().replace("&", ""): a.menu() for a in top["Print"].actions() if a.menu()}
    assert set(documents) == {"Invitation with agenda", "Meeting pack", "Minutes"}
    for menu in documents.values():
        assert menu_texts(menu) == ["Print preview…", "Print…", "Save as PDF…"]


def test_pack_of_the_meeting_on_screen_is_saved_from_a_worker(window, qtbot, tmp_path):
    window.open_target("meeting", "pds-m-2021-7")
    assert window.printing.meeting_to_print() == "pds-m-2021-7"
    out = tmp_path / "pack.pdf"
    saved = []
    task = window.printing.build("pack", "pds-m-2021-7", str(out), saved.append)
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: saved == [str(out)])
    assert len(PdfReader(out).pages) > 5
    assert not window.printing.tasks


def test_cancel_stops_the_build_and_writes_nothing(window, qtbot, tmp_path):
    out = tmp_path / "cancelled.pdf"
    task = window.printing.build("pack", "hn-m-2024-04-25", str(out), None)
    task.cancel()
    with qtbot.waitSignal(task.signals.failed, timeout=30000) as failed:
        pass
    assert failed.args == [""]  # cancelled, not an error to show
    assert not out.exists()


def test_pages_are_painted_onto_a_printer(qapp, tmp_path, demo_store):
    from boarddesk.reports.documents import build_document

    source = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", "pds-m-2021-7", source)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(source, printer, 72) == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_goes_page_by_page_and_can_be_cancelled(window, qtbot, tmp_path, demo_store):
    from boarddesk.reports.documents import build_document

    source = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "pds-m-2021-7", source)
    dialog = window.printing.print_pages(str(source), pdf_printer(tmp_path / "printed.pdf"), dpi=50)
    timer = dialog.findChild(QTimer, "printTimer")
    assert timer.isActive(), "pages go out between events, not all at once"
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=30000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(source).pages)

    dialog = window.printing.print_pages(str(source), pdf_printer(tmp_path / "cancelled.pdf"), dpi=50)
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert not dialog.findChild(QTimer, "printTimer").isActive()


def test_save_as_pdf_from_the_menu_writes_the_minutes_of_the_meeting_on_screen(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "protokoll.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    window.open_target("meeting", "pds-m-2021-7")
    top = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    minutes = next(a.menu() for a in top["Print"].actions() if a.menu() and "Minutes" in a.text())
    save = next(a for a in minutes.actions() if "Save as PDF" in a.text())
    save.trigger()
    qtbot.waitUntil(lambda: out.exists() and not window.printing.tasks, timeout=30000)
    assert "Protokoll" in PdfReader(out).pages[0].extract_text()
