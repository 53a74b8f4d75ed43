"""The Print menu: preview, print and save as PDF the invitation, the pack or the minutes of a
meeting. The PDF is built by boarddesk.reports in a worker, with a progress dialog and Cancel.
The preview shows the built PDF in Qt's PDF view, which draws only the pages in sight, in a worker
thread (preview.py). Printing renders and paints the pages in a process of its own
(print_process.py: PySide keeps the GIL while it paints, so a thread would stall the window), with
progress and Cancel."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QAction, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog

from boarddesk.gui.i18n import fill
from boarddesk.gui.printing.preview import PreviewDialog
from boarddesk.gui.printing.print_process import part_file, printer_settings
from boarddesk.gui.reader.pdf_engine import PdfEngine
from boarddesk.gui.service_text import user_message
from boarddesk.gui.shell.file_dialogs import save_file
from boarddesk.gui.shell.worker import Task
from boarddesk.services.boards.lookup import list_boards, list_meetings

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

PRINT_DPI = 300


def install(context: ViewContext) -> PrintMenu:
    return PrintMenu(context)


class PrintJob(QObject):
    """Pages going to a printer from a process of its own (print_process.py), so the window's
    thread does nothing but read its progress; `finished(pages)` once sent; `failed("")` when
    cancelled."""

    progressed = Signal(int)  # pages sent so far
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, pdf_path: str | Path, printer: QPrinter, dpi: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        engine = PdfEngine(Path(pdf_path).read_bytes())
        self.pages = engine.page_count
        engine.close()
        self.index = 0
        self.done = False  # all pages sent, cancelled or failed
        self.settings = printer_settings(printer, str(pdf_path), dpi)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._exited)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self.process.start(sys.executable, ["-m", "boarddesk.gui.printing.print_process"])
        self.process.write(json.dumps(self.settings).encode())
        self.process.closeWriteChannel()

    def _read(self) -> None:
        while self.process.canReadLine():
            line = bytes(self.process.readLine().data()).decode().split()
            if len(line) == 2 and line[0] == "page" and not self.done:
                self.index = int(line[1])
                if self.index < self.pages:
                    self.progressed.emit(self.index)

    def _exited(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        if self.done:
            return
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._end(None)
        else:
            error = bytes(self.process.readAllStandardError().data()).decode(errors="replace").split()
            self._end(self._message(error))

    def _message(self, code: list[str]) -> str:
        """The child's failure code, in the user's words."""
        if code[:1] == ["unrendered"] and len(code) == 2:
            return fill(self.tr("Page {page} could not be rendered"), page=code[1])
        if code[:1] == ["unreadable"]:
            return fill(self.tr("The document to print could not be read: {file}"), file=self.settings["pdf"])
        return self.tr("The printer could not be opened")

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.done:
            self._end(self.tr("The printer could not be opened"))

    def abort(self) -> None:
        """Cancel: the printing process is stopped before it hands anything to the printer."""
        if not self.done:
            self._end("")

    def _end(self, error: str | None) -> None:
        self.done = True
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(2000)
        if error is not None and self.settings["pdf_file"]:
            Path(part_file(self.settings["output"])).unlink(missing_ok=True)
        if error is None:
            self.finished.emit(self.pages)
        else:
            self.failed.emit(error)


class PrintMenu(QObject):
    """The menu and the running print jobs of one window."""

    KINDS = ("agenda", "pack", "minutes")

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.temp = QTemporaryDir()
        self.tasks: set[Task] = set()
        self.previews: set[PreviewDialog] = set()
        self.print_jobs: set[PrintJob] = set()
        self.files = 0
        menu = context.menu_bar.addMenu(self.tr("&Print"))
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
                (self.tr("Save as &archive copy (PDF/A)…"), "archive"),
                (self.tr("Save p&ublic version…"), "public"),
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
        target = self.context.current_target
        if target and target[0] == "meeting":
            return target[1]
        choices: dict[str, str] = {}
        for board in list_boards(self.context.store):
            for meeting in list_meetings(self.context.store, board.id):
                choices[f"{board.short_name or board.name} – {meeting.label()}"] = meeting.id
        if not choices:
            QMessageBox.information(self.context.parent, self.tr("Print"), self.tr("There are no meetings to print."))
            return None
        label, ok = QInputDialog.getItem(
            self.context.parent, self.tr("Print"), self.tr("Which meeting?"), list(choices), 0, False
        )
        return choices[label] if ok else None

    # -- actions ------------------------------------------------------------------------------
    def run(self, kind: str, mode: str) -> None:
        if self.tasks:  # one build at a time: reportlab's font and style tables are shared
            self.context.show_status(self.tr("A document is already being prepared"), 5000)
            return
        meeting = self.meeting_to_print()
        if meeting is None:
            return
        if mode in ("save", "archive", "public"):
            suffix = {"save": "", "archive": "-arkiv", "public": "-offentlig"}[mode]
            path = save_file(
                self.context.parent,
                "printed",
                self.tr("Save as PDF"),
                f"{kind}{suffix}.pdf",
                self.tr("PDF documents (*.pdf)"),
            )
            if path:
                self.build(
                    kind,
                    meeting,
                    path,
                    lambda out: self.context.show_status(fill(self.tr("Saved {path}"), path=out), 5000),
                    archive=mode == "archive",
                    public=mode == "public",
                )
        elif mode == "preview":
            self.build(kind, meeting, self._temp_file(kind), self.preview)
        else:
            printer = self._printer(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self.context.parent).exec():
                self.build(kind, meeting, self._temp_file(kind), lambda out: self.print_pages(out, printer))

    def build(
        self,
        kind: str,
        meeting_id: str,
        out: str,
        then: Callable[[str], None] | None,
        archive: bool = False,
        public: bool = False,
    ) -> Task:
        """Build the PDF in a worker with a progress dialog and Cancel; `then(out)` once it is written.
        `archive`: the archival copy (PDF/A-2a); `public`: the public version (archival too)."""
        from boarddesk.reports.documents import build_document
        from boarddesk.reports.pack import default_cache_dir

        lang, paper = self.lang, self.paper

        def work(store, report) -> str:
            cache_dir = default_cache_dir(store)
            build_document(
                store,
                kind,
                meeting_id,
                out,
                paper=paper,
                lang=lang,
                report=report,
                cache_dir=cache_dir,
                archive=archive,
                public=public,
            )
            return out

        def finished(result: str) -> None:
            self.tasks.discard(task)
            if then:
                then(result)

        def failed(message: str) -> None:
            self.tasks.discard(task)
            if message:  # empty: the user cancelled
                QMessageBox.warning(self.context.parent, self.tr("Printing failed"), message)

        task = (
            self.context.store_op(work)
            .with_progress(fill(self.tr("Preparing {file}…"), file=Path(out).name), minimum_duration=400)
            .success(finished)
            .failure(failed)
            .run_in_background()
        )
        self.tasks.add(task)
        return task

    def preview(self, pdf_path: str) -> PreviewDialog | None:
        """Show the built PDF; its pages are drawn as they come into sight, off the GUI thread."""
        try:
            dialog = PreviewDialog(pdf_path, self.context.parent)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.context.parent, self.tr("Print preview"), user_message(error))
            return None
        dialog.print_requested.connect(lambda path: self.print_file(path, dialog))
        dialog.save_requested.connect(lambda path: self.save_copy(path, dialog))
        self.previews.add(dialog)
        dialog.finished.connect(lambda _result: self.previews.discard(dialog))
        dialog.show()
        return dialog

    def print_file(self, pdf_path: str, parent=None) -> PrintJob | None:
        """Print… from the preview: the printer dialog, then the pages page by page."""
        printer = self._printer(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent or self.context.parent).exec():
            return self.print_pages(pdf_path, printer)
        return None

    def save_copy(self, pdf_path: str, parent=None) -> str | None:
        """Save as PDF… from the preview: the file shown, as it is (vector, searchable)."""
        path = save_file(
            parent or self.context.parent,
            "printed",
            self.tr("Save as PDF"),
            Path(pdf_path).name.split("-")[0] + ".pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        try:
            shutil.copyfile(pdf_path, path)
        except OSError as error:
            QMessageBox.warning(parent or self.context.parent, self.tr("Save as PDF"), user_message(error))
            return None
        self.context.show_status(fill(self.tr("Saved {path}"), path=path), 5000)
        return path

    def print_pages(self, pdf_path: str, printer: QPrinter, dpi: int = PRINT_DPI) -> PrintJob | None:
        """Send the pages to the printer from a process of their own, with progress and Cancel."""
        try:
            job = PrintJob(pdf_path, printer, dpi, self)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.context.parent, self.tr("Printing failed"), user_message(error))
            return None
        dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, job.pages, self.context.parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        job.dialog = dialog
        self.print_jobs.add(job)

        def done() -> None:
            self.print_jobs.discard(job)
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            job.deleteLater()

        def finished(_pages: int) -> None:
            done()
            self.context.show_status(self.tr("Sent to the printer"), 5000)

        def failed(message: str) -> None:
            done()
            if message:
                QMessageBox.warning(self.context.parent, self.tr("Printing failed"), message)
            else:
                self.context.show_status(self.tr("Printing cancelled"), 5000)

        job.progressed.connect(dialog.setValue)
        job.finished.connect(finished)
        job.failed.connect(failed)
        dialog.canceled.connect(job.abort)
        dialog.destroyed.connect(job.abort)  # the window closed mid-job: end it before the printer goes
        job.start()
        return job

    # -- helpers ------------------------------------------------------------------------------
    def _printer(self, mode: QPrinter.PrinterMode) -> QPrinter:
        printer = QPrinter(mode)
        size = QPageSize.PageSizeId.Letter if self.paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        return printer

    def _temp_file(self, kind: str) -> str:
        self.files += 1
        return self.temp.filePath(f"{kind}-{self.files}.pdf")
