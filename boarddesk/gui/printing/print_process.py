"""Pages to a printer in a process of their own: `python -m boarddesk.gui.printing.print_process`.

Painting a 300-dpi page onto a printer takes some 120 ms, and PySide keeps the GIL through QtPdf's
render and QPainter's drawImage (measured: a Python thread painting pages stalls the window for the
whole of each call). A child process has its own interpreter, so the window's thread only reads
its progress lines. It reads the printer's settings as JSON on stdin, writes «page N» on stdout
after each page and «done N» at the end, or a failure's code on stderr (the window words it); killing it is Cancel: nothing reaches the printer (Qt
hands the spooled job over only at QPainter.end), and a PDF file is written beside its name and
renamed into place only once complete."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from boarddesk.children import end_with_parent


def part_file(path: str) -> str:
    """Where a PDF-file printout is written until it is complete."""
    return path + ".part"


def printer_settings(printer: QPrinter, pdf_path: str, dpi: int) -> dict:
    """What the child needs to set up the same printer the user chose in the print dialog."""
    page = printer.pageLayout().pageSize()
    return {
        "pdf": pdf_path,
        "dpi": dpi,
        "pdf_file": printer.outputFormat() == QPrinter.OutputFormat.PdfFormat,
        "output": printer.outputFileName(),
        "printer": printer.printerName(),
        "page_size": page.id().value,
        "page_points": [page.sizePoints().width(), page.sizePoints().height()],
        "landscape": printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape,
        "copies": printer.copyCount(),
        "collate": printer.collateCopies(),
        "duplex": printer.duplex().value,
        "colour": printer.colorMode() == QPrinter.ColorMode.Color,
    }


def make_printer(settings: dict) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings["pdf_file"]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(part_file(settings["output"]))
    else:
        printer.setPrinterName(settings["printer"])
    size = QPageSize.PageSizeId(settings["page_size"])
    if size == QPageSize.PageSizeId.Custom:  # a paper size of the printer's own, by its measures
        printer.setPageSize(QPageSize(QSizeF(*settings["page_points"]), QPageSize.Unit.Point, ""))
    else:
        printer.setPageSize(QPageSize(size))
    if settings["landscape"]:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setCopyCount(settings["copies"])
    printer.setCollateCopies(settings["collate"])
    printer.setDuplex(QPrinter.DuplexMode(settings["duplex"]))
    printer.setColorMode(QPrinter.ColorMode.Color if settings["colour"] else QPrinter.ColorMode.GrayScale)
    printer.setFullPage(True)
    return printer


def fitted(area: QRect, image: QImage) -> QRect:
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)


def on_paper(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent: the page on white."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def print_pages(settings: dict, say=print) -> int:
    document = QPdfDocument()
    if document.load(settings["pdf"]) != QPdfDocument.Error.None_:
        raise OSError("unreadable")
    printer = make_printer(settings)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("no-printer")
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    scale = settings["dpi"] / 72
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        image = document.render(page, pixels, options)
        if image.isNull():
            painter.end()
            raise OSError(f"unrendered {page + 1}")
        if page:
            printer.newPage()
        paper = on_paper(image)
        painter.drawImage(fitted(painter.viewport(), paper), paper)
        say(f"page {page + 1}", flush=True)
    painter.end()
    if settings["pdf_file"]:
        os.replace(part_file(settings["output"]), settings["output"])
    say(f"done {document.pageCount()}", flush=True)
    return document.pageCount()


def main() -> int:
    end_with_parent(os.getppid())  # a killed window takes its print job with it
    settings = json.loads(sys.stdin.read())
    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])  # no window: any display will do
    try:
        print_pages(settings)
    except OSError as error:
        print(str(error), file=sys.stderr, flush=True)
        return 1
    finally:
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
