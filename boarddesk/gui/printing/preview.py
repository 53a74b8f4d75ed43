"""Print preview: the built PDF in Qt's PDF view, which renders only the pages in sight and does it
in a worker thread, so a 100-page pack opens at once and the window keeps answering while pages are
drawn; page thumbnails come from a second renderer in the background. Print… and Save as PDF… work
on the very file shown (the vector PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.reader.common import set_up_thumbnails, show_page_quietly
from boarddesk.gui.reader.pdf_engine import PdfEngine

THUMB_WIDTH = 72
PREFERRED_SIZE = (980, 820)
ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    """One built document, shown page by page as the reader scrolls to it."""

    print_requested = Signal(str)  # the PDF's path
    save_requested = Signal(str)

    def __init__(self, pdf_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fit_to_screen()
        # Created before the document: Qt deletes a dialog's children in order, so the view and the
        # renderers (whose threads may be inside a page) go before the document they draw from.
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.installEventFilter(self)
        self.thumbnails = QListWidget(self)
        self.thumb_renderer = QPdfPageRenderer(self)
        self.thumb_renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.engine = PdfEngine(Path(pdf_path).read_bytes(), parent=self)
        self.pages = self.engine.page_count
        self.view.setDocument(self.engine.document)
        title = fill(self.tr("Print preview – {title}"), title=self.document_title())
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.thumb_renderer.setDocument(self.engine.document)
        self.thumb_renderer.pageRendered.connect(self._thumbnail_rendered)
        self._build()
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.finished.connect(self._let_go)
        QTimer.singleShot(150, self, self._request_thumbnails)  # after the first page is on screen

    # -- building ---------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """As large as a comfortable page needs, but never past the screen (a 1366×768 laptop
        leaves about 730 pixels under its panels), so the buttons and the page bottom stay in sight."""
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry() if screen else None
        width, height = PREFERRED_SIZE
        if room is not None and room.isValid():
            frame = 40  # the window manager's title bar and borders
            width, height = min(width, room.width() - 20), min(height, room.height() - frame)
        self.resize(width, height)

    def document_title(self) -> str:
        """The name the document gives itself (its PDF title), else its file name."""
        title = self.engine.document.metaData(QPdfDocument.MetaDataField.Title)
        return str(title).strip() if title else Path(self.pdf_path).stem

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setRange(1, self.pages)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page_box)
        bar.addWidget(QLabel(fill(self.tr("of {pages}"), pages=self.pages), self))
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, button_text, key, slot in (
            ("zoom_out", self.tr("Zoom out"), "−", QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            ("zoom_in", self.tr("Zoom in"), "+", QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            ("fit_width", self.tr("Fit width"), self.tr("Fit width"), QKeySequence("Ctrl+0"), self.fit_width),
            ("whole_page", self.tr("Whole page"), self.tr("Whole page"), QKeySequence("Ctrl+9"), self.whole_page),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(button_text)
            button.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setAccessibleName(text)
            bar.addWidget(button)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.pdf_path))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.pdf_path))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, close):
            button.setAutoDefault(False)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.thumbnails.setAccessibleName(self.tr("Page thumbnails"))
        set_up_thumbnails(self.thumbnails, THUMB_WIDTH)
        blank = QPixmap(THUMB_WIDTH, int(THUMB_WIDTH * 1.41))
        blank.fill(QColor("white"))
        for index in range(self.pages):
            item = QListWidgetItem(QIcon(blank), str(index + 1))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("Page {page}"), page=index + 1))
            self.thumbnails.addItem(item)
        self.thumbnails.setCurrentRow(0)
        self.thumbnails.currentRowChanged.connect(lambda row: row >= 0 and self.go_to_page(row))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([THUMB_WIDTH + 40, 860])
        layout.addWidget(splitter, 1)
        self.view.setFocus()

    # -- thumbnails ---------------------------------------------------------------------------
    def _request_thumbnails(self) -> None:
        if self.engine.closed:
            return
        for index in range(self.pages):
            size = self.engine.page_size(index)
            height = round(THUMB_WIDTH * size.height() / max(size.width(), 1))
            self.thumb_renderer.requestPage(index, QSize(THUMB_WIDTH, max(height, 1)))

    def _thumbnail_rendered(self, page: int, _size: QSize, image: QImage, *_rest) -> None:
        if self.engine.closed or not 0 <= page < self.thumbnails.count() or image.isNull():
            return
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        self.thumbnails.item(page).setIcon(QIcon(QPixmap.fromImage(paper)))

    # -- pages and zoom -----------------------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.pages and page != self.view.pageNavigator().currentPage():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def _page_changed(self, page: int) -> None:
        """Scrolled to another page: the page box and the thumbnails follow, without jumping back."""
        show_page_quietly(self.page_box, self.thumbnails, page)

    def zoom(self) -> float:
        """The zoom on screen (QPdfView keeps 1.0 as its factor while it fits the page itself)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        size = self.engine.page_size(self.view.pageNavigator().currentPage())
        margins = self.view.documentMargins()
        area = self.view.viewport().size()
        width = (area.width() - margins.left() - margins.right()) / max(size.width() * self.logicalDpiX() / 72, 1)
        height = (area.height() - margins.top() - margins.bottom()) / max(size.height() * self.logicalDpiY() / 72, 1)
        return width if mode == QPdfView.ZoomMode.FitToWidth else min(width, height)

    def _zoom_by(self, factor: float) -> None:
        zoom = min(max(self.zoom() * factor, 0.25), 6.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        self._set_zoom_mode(QPdfView.ZoomMode.FitInView)

    def _set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        """Change how pages fit and stay on the page being read (QPdfView would scroll elsewhere,
        since every page's height changes with the zoom)."""
        page = self.view.pageNavigator().currentPage()
        self.view.setZoomMode(mode)
        self._return_to(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A wider view makes every fitted page taller: stay on the page being read."""
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._return_to(self.view.pageNavigator().currentPage())
        return False

    def _return_to(self, page: int) -> None:
        navigator = self.view.pageNavigator()
        QTimer.singleShot(0, self, lambda: navigator.jump(page, QPointF(), navigator.currentZoom()))

    def _let_go(self) -> None:
        """Closed: stop drawing and free the document (Qt deletes the dialog next)."""
        self.thumb_renderer.setDocument(None)
        self.engine.close()
