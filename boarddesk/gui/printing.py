"""The Print menu: preview, print and save as PDF the invitation, the pack or the minutes of a
meeting. The PDF is built by boarddesk.reports in a worker, with a progress dialog and Cancel.
Printing paints the PDF's pages onto the printer page by page between events (PySide6 6.12 ships
no QtPdf, so the pages are rendered by PDFium through the reader's engine)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTemporaryDir, QTimer
from PySide6.QtGui import QAction, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from boarddesk.gui.reader.pdf_engine import PdfEngine
from boarddesk.gui.worker import Task
from boarddesk.services.boards import list_boards, list_meetings

if TYPE_CHECKING:
    from boarddesk.gui.main_window import MainWindow

PREVIEW_DPI = 96  # the preview shows images of the pages: enough to read, light on memory and time
PRINT_DPI = 300


def install(window: MainWindow) -> None:
    window.printing = PrintMenu(window)


class PagePainter:
    """Paints a PDF's pages onto a printer one at a time, so the GUI thread can handle events
    between pages. PDFium renders the pages; it is not thread-safe, so this stays on the GUI thread."""

    def __init__(self, pdf_path: str | Path, printer: QPrinter, dpi: int) -> None:
        self.engine = PdfEngine(Path(pdf_path).read_bytes())
        self.printer, self.scale, self.index = printer, dpi / 72, 0
        self.finished = False  # all pages sent, or aborted: nothing more may touch the printer
        printer.setFullPage(True)
        self.painter = QPainter()
        if not self.painter.begin(printer):
            raise OSError("the printer could not be opened")

    @property
    def pages(self) -> int:
        return self.engine.page_count

    def paint_next(self) -> bool:
        """Paint the next page; False once the last one is done and the job is sent."""
        if self.finished:
            return False
        if self.index:
            self.printer.newPage()
        image = self.engine.render(self.index, self.scale)
        self.painter.drawImage(_fitted(self.painter.viewport(), image), image)
        self.index += 1
        if self.index < self.pages:
            return True
        self._finish()
        return False

    def abort(self) -> None:
        if not self.finished:
            self.printer.abort()
            self._finish()

    def _finish(self) -> None:
        self.finished = True
        self.painter.end()
        self.engine.close()


def paint_pdf(pdf_path: str | Path, printer: QPrinter, dpi: int) -> int:
    """Paint every page at once (the preview asks for them all in one go); returns the page count."""
    job = PagePainter(pdf_path, printer, dpi)
    while job.paint_next():
        pass
    return job.pages


def _fitted(area: QRect, image: QImage) -> QRect:
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)


class PrintMenu(QObject):
    """The menu and the running print jobs of one window."""

    KINDS = ("agenda", "pack", "minutes")

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.temp = QTemporaryDir()
        self.tasks: set[Task] = set()
        self.files = 0
        menu = window.menuBar().addMenu(self.tr("&Print"))
        titles = {
            "agenda": self.tr("&Invitation with agenda"),
            "pack": self.tr("Meeting &pack"),
            "minutes": self.tr("&Minutes"),
        }
        for kind in self.KINDS:
            sub = menu.addMenu(titles[kind])
            for text, mode in (
                (self.tr("Print pre&view…"), "preview"),
                (self.tr("&Print…"), "print"),
                (self.tr("&Save as PDF…"), "save"),
            ):
                action = QAction(text, self)
                action.triggered.connect(lambda _checked=False, k=kind, m=mode: self.run(k, m))
                sub.addAction(action)
        menu.addSeparator()
        self.english = QAction(self.tr("Print in &English"), self, checkable=True)
        self.letter = QAction(self.tr("US &Letter paper"), self, checkable=True)
        menu.addActions([self.english, self.letter])

    # -- choices ------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return "en" if self.english.isChecked() else "nb"

    @property
    def paper(self) -> str:
        return "letter" if self.letter.isChecked() else "a4"

    def meeting_to_print(self) -> str | None:
        """The meeting on screen, or one the user picks."""
        target = self.window.current_target
        if target and target[0] == "meeting":
            return target[1]
        choices: dict[str, str] = {}
        for board in list_boards(self.window.store):
            for meeting in list_meetings(self.window.store, board.id):
                choices[f"{board.short_name or board.name} – {meeting.label()}"] = meeting.id
        if not choices:
            QMessageBox.information(self.window, self.tr("Print"), self.tr("There are no meetings to print."))
            return None
        label, ok = QInputDialog.getItem(
            self.window, self.tr("Print"), self.tr("Which meeting?"), list(choices), 0, False
        )
        return choices[label] if ok else None

    # -- actions ------------------------------------------------------------------------------
    def run(self, kind: str, mode: str) -> None:
        if self.tasks:  # one build at a time: reportlab's font and style tables are shared
            self.window.statusBar().showMessage(self.tr("A document is already being prepared"), 5000)
            return
        meeting = self.meeting_to_print()
        if meeting is None:
            return
        if mode == "save":
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save as PDF"), f"{kind}.pdf", self.tr("PDF documents (*.pdf)")
            )
            if path:
                self.build(
                    kind,
                    meeting,
                    path,
                    lambda out: self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", out), 5000),
                )
        elif mode == "preview":
            self.build(kind, meeting, self._temp_file(kind), self.preview)
        else:
            printer = self._printer(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self.window).exec():
                self.build(kind, meeting, self._temp_file(kind), lambda out: self.print_pages(out, printer))

    def build(self, kind: str, meeting_id: str, out: str, then: Callable[[str], None] | None) -> Task:
        """Build the PDF in a worker with a progress dialog and Cancel; `then(out)` once it is written."""
        from boarddesk.reports.documents import build_document
        from boarddesk.reports.pack import default_cache_dir
        from boarddesk.store import Store

        db_path, lang, paper = self.window.store.path, self.lang, self.paper

        def work(report):
            with Store.open(db_path) as store:
                build_document(
                    store,
                    kind,
                    meeting_id,
                    out,
                    paper=paper,
                    lang=lang,
                    report=report,
                    cache_dir=default_cache_dir(store),
                )
            return out

        dialog = QProgressDialog(
            self.tr("Preparing %1…").replace("%1", Path(out).name), self.tr("Cancel"), 0, 100, self.window
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        task = Task(work)
        self.tasks.add(task)

        def finished(result: str) -> None:
            self._done(task, dialog)
            if then:
                then(result)

        def failed(message: str) -> None:
            self._done(task, dialog)
            if message:  # empty: the user cancelled
                QMessageBox.warning(self.window, self.tr("Printing failed"), message)

        task.signals.progress.connect(lambda done, total: dialog.setValue(done * 100 // max(total, 1)))
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        task.start()
        return task

    def preview(self, pdf_path: str) -> None:
        printer = self._printer(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: paint_pdf(pdf_path, target, PREVIEW_DPI))
        dialog.exec()

    def print_pages(self, pdf_path: str, printer: QPrinter, dpi: int = PRINT_DPI) -> QProgressDialog:
        """Send the pages to the printer one per turn of the event loop, with progress and Cancel."""
        job = PagePainter(pdf_path, printer, dpi)
        dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, job.pages, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        timer = QTimer(dialog, interval=0, objectName="printTimer")

        busy = False

        def next_page() -> None:
            nonlocal busy
            if busy or job.finished:  # re-entered from setValue, or a turn queued before Cancel
                return
            busy = True
            try:
                if job.paint_next():
                    dialog.setValue(job.index)  # a modal progress dialog handles events in here
                else:
                    timer.stop()
                    dialog.reset()
                    self.window.statusBar().showMessage(self.tr("Sent to the printer"), 5000)
            finally:
                busy = False

        def cancel() -> None:
            timer.stop()
            job.abort()

        timer.timeout.connect(next_page)
        dialog.canceled.connect(cancel)
        dialog.destroyed.connect(job.abort)  # the window closed mid-job: end it before the printer goes
        timer.start()
        return dialog

    # -- helpers ------------------------------------------------------------------------------
    def _printer(self, mode: QPrinter.PrinterMode) -> QPrinter:
        printer = QPrinter(mode)
        size = QPageSize.PageSizeId.Letter if self.paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        return printer

    def _temp_file(self, kind: str) -> str:
        self.files += 1
        return self.temp.filePath(f"{kind}-{self.files}.pdf")

    def _done(self, task: Task, dialog: QProgressDialog) -> None:
        dialog.reset()
        dialog.close()
        self.tasks.discard(task)
