"""The Print menu in the window: a pack saved as PDF from a worker while the window keeps
answering, cancelling, the preview drawing only the pages in sight, and the pages painted onto a
printer one by one by a process of their own."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfPageRenderer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton


def menu_texts(menu) -> list[str]:
    return [action.text().replace("&", "") for action in menu.actions()]


def test_print_menu_offers_preview_print_and_save_for_each_document(window):
    top = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert "Print" in top
    documents = {a.text().replace("&", ""): a.menu() for a in top["Print"].actions() if a.menu()}
    assert set(documents) == {"Invitation with agenda", "Meeting pack", "Minutes"}
    for menu in documents.values():
        assert menu_texts(menu) == [
            "Print preview…",
            "Print…",
            "Save as PDF…",
            "Save as archive copy (PDF/A)…",
            "Save public version…",
        ]


def test_the_public_pack_is_saved_from_the_menu_in_archival_form(window, qtbot, tmp_path, monkeypatch):
    import pikepdf
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "pakke-offentlig.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    window.open_target("meeting", "pds-m-2021-7")
    window.printing.run("pack", "public")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Saved {out}", timeout=60000)
    with pikepdf.open(out) as pdf:
        assert pdf.open_metadata().get("pdfaid:conformance") == "A"
        assert "/StructTreeRoot" in pdf.Root


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


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_goes_page_by_page_and_can_be_cancelled(window, qtbot, tmp_path, demo_store):
    from boarddesk.reports.documents import build_document

    source = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "pds-m-2021-7", source)
    ticks = []
    clock = QTimer(window, interval=5)
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start()
    job = window.printing.print_pages(str(source), pdf_printer(tmp_path / "printed.pdf"), dpi=100)
    assert job.index == 0, "pages go out between events, not all at once"
    steps = []
    job.progressed.connect(steps.append)
    with qtbot.waitSignal(job.finished, timeout=30000) as finished:
        pass
    clock.stop()
    assert finished.args == [job.pages] == [len(PdfReader(source).pages)]
    assert steps == list(range(1, job.pages)), "the progress dialog follows the pages"
    assert len(ticks) >= 3 * job.pages, "the window kept answering while the pages went out"
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == job.pages
    assert window.statusBar().currentMessage() == "Sent to the printer" and not window.printing.print_jobs

    job = window.printing.print_pages(str(source), pdf_printer(tmp_path / "cancelled.pdf"), dpi=150)
    with qtbot.waitSignal(job.failed, timeout=30000) as failed:
        job.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert failed.args == [""]  # cancelled, not an error to show
    assert window.statusBar().currentMessage() == "Printing cancelled" and not window.printing.print_jobs
    assert not list(tmp_path.glob("cancelled.pdf*")), "a cancelled printout leaves nothing behind"
    assert job.process.state() == job.process.ProcessState.NotRunning


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
    assert "Referat" in PdfReader(out).pages[0].extract_text()  # a programme board keeps a «referat»


def dark_pixels(image, step: int = 4) -> int:
    return sum(
        QColor(image.pixel(x, y)).lightness() < 128
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_the_preview_shows_the_first_page_without_drawing_them_all(window, qtbot, tmp_path, demo_store, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from boarddesk.gui.printing import menu as printing
    from boarddesk.reports.documents import build_document

    source = tmp_path / "pack-1.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", source)
    pages = len(PdfReader(source).pages)
    dialog = window.printing.preview(str(source))
    rendered: list[int] = []
    dialog.view.findChild(QPdfPageRenderer).pageRendered.connect(lambda page, *_rest: rendered.append(page))
    qtbot.waitExposed(dialog)
    assert f"of {pages}" in [label.text() for label in dialog.findChildren(QLabel)]
    qtbot.waitUntil(lambda: 0 in rendered, timeout=5000)  # drawn in QtPdf's thread, not in the constructor
    qtbot.wait(300)
    assert pages > 30 and len(set(rendered)) <= 3, "only the pages in sight are drawn"
    assert dark_pixels(dialog.view.viewport().grab().toImage()) > 50, "the first page is on screen"
    qtbot.waitUntil(lambda: not dialog.thumbnails.item(pages - 1).icon().isNull(), timeout=5000)

    dialog.page_box.setValue(5)  # going to a page draws that page, and only then
    qtbot.waitUntil(lambda: 4 in rendered, timeout=5000)
    assert dialog.thumbnails.currentRow() == 4

    out = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    dialog.save_button.click()
    assert out.read_bytes() == source.read_bytes()  # the vector PDF, as built

    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(window.printing, "_printer", lambda _mode: pdf_printer(printed))
    monkeypatch.setattr(printing.QPrintDialog, "exec", lambda _dialog: 1)
    jobs = []
    monkeypatch.setattr(window.printing, "print_pages", lambda path, printer: jobs.append((path, printer)))
    dialog.print_button.click()
    assert jobs and jobs[0][0] == str(source)

    dialog.close()
    qtbot.waitUntil(lambda: not window.printing.previews)
    assert dialog.engine.closed


def test_the_preview_fits_the_screen_is_named_by_its_document_and_keeps_the_page_when_fitting(
    window, qtbot, tmp_path, demo_store
):
    from boarddesk.reports.documents import build_document

    source = tmp_path / "tmp-build-3.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", source)
    title = PdfReader(source).metadata.title
    dialog = window.printing.preview(str(source))
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert title and title in dialog.windowTitle() and "tmp-build" not in dialog.windowTitle()

    dialog.page_box.setValue(7)
    qtbot.waitUntil(lambda: dialog.view.pageNavigator().currentPage() == 6)
    dialog.resize(700, 500)
    qtbot.wait(200)
    assert dialog.view.pageNavigator().currentPage() == 6, "a resized window stays on the page being read"
    dialog.whole_page()
    dialog.fit_width()
    qtbot.wait(200)
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.view.pageNavigator().currentPage() == 6, "fitting and resizing stay on the page being read"
    dialog.close()


def test_a_printer_that_cannot_be_opened_is_reported_in_words(window, qtbot, tmp_path, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from boarddesk.reports.documents import build_document

    source = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", "pds-m-2021-7", source)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    job = window.printing.print_pages(str(source), pdf_printer(tmp_path / "no such folder" / "out.pdf"), dpi=72)
    with qtbot.waitSignal(job.failed, timeout=30000) as failed:
        pass
    assert failed.args == ["The printer could not be opened"]
    assert shown == [("Printing failed", "The printer could not be opened")]


def test_the_printout_keeps_the_paper_chosen_in_the_print_dialog(window, qtbot, tmp_path, demo_store):
    from PySide6.QtGui import QPageLayout, QPageSize

    from boarddesk.reports.documents import build_document

    source = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", "pds-m-2021-7", source)
    printer = pdf_printer(tmp_path / "letter.pdf")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    job = window.printing.print_pages(str(source), printer, dpi=72)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
