"""The reader: a case document or a whole meeting's documents, with page thumbnails, search, zoom,
the reader's notes drawn on the pages and listed beside them, and pages changed since last read.

Opened as the "document" view kind: `show_item("<attachment id>")` or `show_item("meeting:<id>")`.
It reads and writes through the annotations service only.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QKeySequence, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill
from boarddesk.gui.reader.common import run_in_worker, set_up_thumbnails, show_page_quietly
from boarddesk.gui.reader.document_box import CASE_DASH, DocumentBox
from boarddesk.gui.reader.note_dialog import NoteDialog
from boarddesk.gui.reader.notes_panel import NotesPanel
from boarddesk.gui.reader.page_canvas import Mark, PageCanvas
from boarddesk.gui.reader.pdf_engine import PdfEngine, SearchHit
from boarddesk.services.documents import annotations as notes_service
from boarddesk.services.documents.pdf_text import sha256_of
from boarddesk.services.meetings.reading import meeting_heading

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext

PACK = "pack:"  # the document chooser's entry for the whole meeting pack
ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0)
THUMB_WIDTH = 84
STICKY_POINTS = 14  # the place a sticky note keeps, in page points


class DocumentView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.store = context.store
        self.engine: PdfEngine | None = None
        self.shown_sha256: str | None = None  # the version on screen, which may be older than the store's
        self.attachment_id: str | None = None
        self.meeting_id: str | None = None
        self.page = 0
        self.zoom: float | None = None  # None: fit the page to the width
        self.changed: list[int] = []
        self.hits: list[SearchHit] = []
        self.hit_index = -1
        self._notes: list[notes_service.Note] = []
        self._thumbs_done = 0
        self._pending_scroll: float | None = None  # where in the page to scroll to once it can be shown
        self.setAccessibleName(self.tr("Document reader"))
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=700)
        self._save_timer.timeout.connect(self.save_place)
        self._thumb_timer = QTimer(self, interval=0)
        self._thumb_timer.timeout.connect(self._render_some_thumbnails)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._toolbar())
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background: #fff3c4; color: #5a4300; padding: 3px 6px;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.thumbnails = QListWidget(self)
        self.thumbnails.setAccessibleName(self.tr("Pages"))
        set_up_thumbnails(self.thumbnails, THUMB_WIDTH)
        self.thumbnails.currentRowChanged.connect(lambda row: row >= 0 and self.go_to_page(row))
        self.canvas = PageCanvas()
        self.canvas.setAccessibleName(self.tr("Page"))
        self.canvas.selecting.connect(self._select_words)
        self.canvas.selected.connect(self._note_on_selection)
        self.canvas.sticky_placed.connect(self._sticky_at)
        self.canvas.note_clicked.connect(self._focus_note)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.scroll.backgroundRole().Dark)
        self.scroll.setAccessibleName(self.tr("Page view"))
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.side = NotesPanel(self.store, self.context.reader_name(), self)
        self.side.document_note_chosen.connect(self.show_note)
        self.side.meeting_note_chosen.connect(self._open_meeting_note)
        self.side.new_meeting_note.connect(self.note_on_meeting)
        self.side.notes_changed.connect(self._notes_changed)
        self.doc_notes, self.meeting_notes = self.side.doc_notes, self.side.meeting_notes
        for widget in (self.thumbnails, self.scroll, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([THUMB_WIDTH + 40, 560, 270])
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.scroll)  # opening the reader puts the keyboard on the page: PgDn scrolls it
        self._actions()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.document_box = DocumentBox(self)
        self.document_box.setAccessibleName(self.tr("Document"))
        self.document_box.setMinimumContentsLength(24)
        self.document_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_box.activated.connect(self._choose)
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(44)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search in document"))
        self.search_edit.setAccessibleName(self.tr("Search in document"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search_next)
        self.search_edit.textChanged.connect(lambda _text: self._clear_search())
        self.hit_label = QLabel(self)
        self.search_edit.setMinimumWidth(130)
        self.search_edit.setMaximumWidth(220)  # the document's name needs the width more
        self.page_count_label.setMinimumWidth(self.page_count_label.fontMetrics().horizontalAdvance("of 9999"))
        bar.addWidget(self.document_box, 4)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        self._buttons = bar
        return bar

    def _actions(self) -> None:
        """Every action with a key, and a button where there is room."""
        specs = [
            ("previous_page", self.tr("Previous page"), "‹", QKeySequence("Ctrl+PgUp"), self.previous_page),
            ("next_page", self.tr("Next page"), "›", QKeySequence("Ctrl+PgDown"), self.next_page),
            ("screen_up", self.tr("Up a screen, on to the previous page"), None, QKeySequence("PgUp"), self.screen_up),
            (
                "screen_down",
                self.tr("Down a screen, on to the next page"),
                None,
                QKeySequence("PgDown"),
                self.screen_down,
            ),
            (
                "zoom_out",
                self.tr("Zoom out"),
                "−",
                QKeySequence(QKeySequence.StandardKey.ZoomOut),
                lambda: self.step_zoom(-1),
            ),
            (
                "zoom_in",
                self.tr("Zoom in"),
                "+",
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
                lambda: self.step_zoom(1),
            ),
            ("fit_width", self.tr("Fit width"), self.tr("Fit"), QKeySequence("Ctrl+0"), self.fit_width),
            ("find", self.tr("Search in document"), None, QKeySequence("Ctrl+Shift+F"), self.focus_search),
            ("previous_hit", self.tr("Previous hit"), "▲", QKeySequence("Shift+F3"), self.search_previous),
            ("next_hit", self.tr("Next hit"), "▼", QKeySequence("F3"), self.search_next),
            ("note", self.tr("Note on this page…"), self.tr("Note…"), QKeySequence("Ctrl+Alt+N"), self.note_on_page),
            ("highlight", self.tr("Highlight the search hit…"), None, QKeySequence("Ctrl+Alt+H"), self.highlight_hit),
            ("focus", self.tr("Focus mode: hide the navigator"), self.tr("Focus"), QKeySequence("F11"), None),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, button_text, key, slot in specs:
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if slot is None:  # a mode, switched on and off
                action.setCheckable(True)
                action.toggled.connect(self.set_focus_mode)
            else:
                action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
            if name == "fit_width":
                self._buttons.addWidget(self.zoom_label)
            if name == "previous_hit":
                self._buttons.addWidget(self.search_edit, 1)
            if button_text:
                # On the action, not the button: a button takes its action's texts again whenever
                # the action changes (enabled, checked), and would show the long text then.
                action.setIconText(button_text)
                action.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
                button = QToolButton(self)
                button.setDefaultAction(action)
                button.setAccessibleName(text)
                self._buttons.addWidget(button)
            if name == "next_hit":
                self._buttons.addWidget(self.hit_label)

    # -- opening ----------------------------------------------------------------------------
    def show_item(self, ident: str) -> None:
        """An attachment id, or meeting:<id> for the meeting's documents (the pack, in agenda order):
        the one the reader had open last in that meeting, or its first."""
        self.save_place()
        if ident.startswith("meeting:"):
            self.meeting_id = ident.split(":", 1)[1]
            documents = notes_service.meeting_documents(self.store, self.meeting_id)
            last = self.context.settings.value(f"reader/last/{self.meeting_id}")
            known = [document.id for document in documents]
            first = last if last in known else (known[0] if known else None)
        else:
            self.meeting_id = notes_service.meeting_of_document(self.store, ident)
            documents = notes_service.meeting_documents(self.store, self.meeting_id) if self.meeting_id else []
            first = ident
        self.document_box.clear()
        if self.meeting_id:
            self.document_box.addItem(self._pack_label(), PACK + self.meeting_id)
        for document in documents:
            self.document_box.addItem(
                document.case_label + CASE_DASH + (document.title or document.filename), document.id
            )
        if first and self.document_box.findData(first) < 0:
            self.document_box.addItem(first, first)
        self.refresh_meeting_notes()
        if first:
            self.open_document(first)
        else:
            self._show_nothing()

    def _show_nothing(self) -> None:
        """A meeting without case papers: an empty page and a banner that says so, never another
        meeting's paper left on screen."""
        self._close_engine()
        self.attachment_id = None
        self.page = 0
        self.changed = []
        self.shown_sha256 = None
        self.canvas.marks, self.canvas.selection = [], ()
        self.canvas.show_page(QImage(), 1.0)
        self.page_box.blockSignals(True)
        self.page_box.setRange(0, 0)
        self.page_box.blockSignals(False)
        self.page_count_label.clear()
        self.zoom_label.clear()
        self._enable_page_tools(False)
        self.refresh_notes()
        self.doc_notes.clear()  # no document, so no notes in it (and no hint on how to make them)
        label = meeting_heading(self.store, self.meeting_id).label() if self.meeting_id else ""
        self.banner.setText(
            fill(
                self.tr("Meeting {meeting} has no case papers. Choose the whole meeting pack to read its agenda."),
                meeting=label,
            )
        )
        self.banner.show()

    def _enable_page_tools(self, on: bool) -> None:
        """The page, zoom and search tools work on a document; with none open they are greyed."""
        self.page_box.setEnabled(on)
        self.page_box.setSpecialValueText("" if on else "–")  # not «0», a page that does not exist
        self.search_edit.setEnabled(on)
        for name in (
            "previous_page",
            "next_page",
            "screen_up",
            "screen_down",
            "zoom_out",
            "zoom_in",
            "fit_width",
            "previous_hit",
            "next_hit",
        ):
            self.actions_by_name[name].setEnabled(on)

    def _pack_label(self, pages: int | None = None) -> str:
        """The pack's entry in the document chooser: built when chosen, then its page count."""
        if pages is None:
            return self.tr("The whole meeting pack (built when chosen)")
        return fill(self.tr("The whole meeting pack ({pages} pages)"), pages=pages)

    def _choose(self, index: int) -> None:
        choice = self.document_box.itemData(index)
        if isinstance(choice, str) and choice.startswith(PACK):
            self.open_pack(choice[len(PACK) :])
        else:
            self.open_document(choice)

    def open_document(self, attachment_id: str | None, page: int | None = None) -> None:
        if not attachment_id:
            return
        self.save_place()
        self.attachment_id = attachment_id
        self.document_box.setCurrentIndex(max(self.document_box.findData(attachment_id), 0))
        if self.meeting_id:
            self.context.settings.setValue(f"reader/last/{self.meeting_id}", attachment_id)
        place = notes_service.reading_place(self.store, attachment_id, self.context.reader_name())
        content = notes_service.attachment_content(self.store, attachment_id)
        if page is None:  # where the reader left it, down to the paragraph
            page, scroll = place.page, self._saved_scroll()
        else:
            scroll = 0.0
        self._show(content, page, place.zoom, place.changed_pages or [], scroll)

    def open_pack(self, meeting_id: str) -> None:
        """The whole pack as the secretary prints it, built in a worker; for reading (notes go on
        the case documents, which keep them across revisions)."""
        from boarddesk.reports.pack import build_pack

        lang = self.context.lang

        def build(store, report):
            with tempfile.TemporaryDirectory(prefix="boarddesk-pack-") as folder:
                out = Path(folder) / "pack.pdf"
                build_pack(store, meeting_id, out, lang=lang, report=report)
                return out.read_bytes()

        content = run_in_worker(self.context, self.tr("Building the meeting pack…"), build)
        if content is None:
            return
        self.save_place()
        self.attachment_id = None
        at = max(self.document_box.findData(PACK + meeting_id), 0)
        self.document_box.setCurrentIndex(at)
        self.context.settings.setValue(f"reader/last/{meeting_id}", PACK + meeting_id)
        page = self.context.settings.value(f"reader/pack/{meeting_id}", 0)
        self._show(content, int(page or 0), None, [], self._saved_scroll())
        if self.engine:
            self.document_box.setItemText(at, self._pack_label(self.engine.page_count))

    def _show(self, content: bytes, page: int, zoom: float | None, changed: list[int], scroll: float = 0.0) -> None:
        self._close_engine()
        try:
            self.engine = PdfEngine(content)
        except Exception as error:  # not a PDF, or a damaged one: say so instead of failing
            self.banner.setText(fill(self.tr("This document cannot be shown: {error}"), error=error))
            self.banner.show()
            self.canvas.show_page(QImage(), 1.0)
            return
        self.changed, self.zoom = changed, zoom
        self._enable_page_tools(True)
        self.shown_sha256 = sha256_of(content)
        self._clear_search()  # hits and their count belong to the document they were found in
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, self.engine.page_count)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(fill(self.tr("of {pages}"), pages=self.engine.page_count))
        self._fill_thumbnails()
        self.refresh_notes()
        self.go_to_page(min(max(page, 0), self.engine.page_count - 1), force=True, scroll=scroll)

    def _close_engine(self) -> None:
        self._thumb_timer.stop()
        if self.engine:
            self.engine.close()
        self.engine = None
        self.thumbnails.clear()
        self.hits, self.hit_index = [], -1

    def _fill_thumbnails(self) -> None:
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        blank = QPixmap(THUMB_WIDTH, int(THUMB_WIDTH * 1.41))
        blank.fill(QColor("white"))
        for index in range(self.engine.page_count):
            changed = index in self.changed
            text = f"{index + 1}" + (" • " + self.tr("changed") if changed else "")
            item = QListWidgetItem(QIcon(blank), text)
            if changed:
                item.setBackground(QColor(255, 224, 130))
                item.setToolTip(self.tr("Changed since you last read this document"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("Page {page}"), page=text))
            self.thumbnails.addItem(item)
        self.thumbnails.blockSignals(False)
        self._thumbs_done = 0
        self._thumb_timer.start()

    def _render_some_thumbnails(self) -> None:
        """A few thumbnails per turn of the event loop, so a 229-page pack opens at once."""
        if not self.engine or self._thumbs_done >= self.engine.page_count:
            self._thumb_timer.stop()
            return
        for index in range(self._thumbs_done, min(self._thumbs_done + 8, self.engine.page_count)):
            scale = THUMB_WIDTH / max(self.engine.page_size(index).width(), 1)
            self.thumbnails.item(index).setIcon(QIcon(QPixmap.fromImage(self.engine.render(index, scale))))
        self._thumbs_done += 8

    # -- pages and zoom --------------------------------------------------------------------
    def go_to_page(self, page: int, force: bool = False, scroll: float = 0.0) -> None:
        """Show a page, scrolled `scroll` of the way down it (0 its top, 1 its end)."""
        if not self.engine or not 0 <= page < self.engine.page_count or (page == self.page and not force):
            return
        self.page = page
        self._pending_scroll = scroll
        show_page_quietly(self.page_box, self.thumbnails, page)
        self.render_page()
        if page in self.changed:
            self.banner.setText(fill(self.tr("Page {page} changed since you last read this document."), page=page + 1))
            self.banner.show()
        elif self.changed:
            pages = ", ".join(str(p + 1) for p in self.changed)
            self.banner.setText(fill(self.tr("Changed since you last read it: page {pages}"), pages=pages))
            self.banner.show()
        else:
            self.banner.hide()
        self._save_timer.start()

    def _scale(self) -> float:
        width = self.engine.page_size(self.page).width() or 1
        if self.zoom is None:
            return max(0.3, (self.scroll.viewport().width() - 24) / width)
        return self.zoom * self.logicalDpiX() / 72

    def render_page(self) -> None:
        """Draw the page at the zoom; the same place of it stays in view when the zoom changes."""
        if not self.engine:
            return
        if self._pending_scroll is None:
            self._pending_scroll = self.scroll_fraction()
        scale = self._scale()
        self.canvas.show_page(self.engine.render(self.page, scale), scale)
        self._apply_scroll()
        percent = round(scale * 72 / max(self.logicalDpiX(), 1) * 100)
        self.zoom_label.setText(f"{percent} %")
        self._place_marks()

    def step_zoom(self, direction: int) -> None:
        if not self.engine:
            return
        current = self._scale() * 72 / self.logicalDpiX()
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else z < current - 0.01)]
        if steps:
            self.zoom = steps[0] if direction > 0 else steps[-1]
            self.render_page()
            self._save_timer.start()

    def fit_width(self) -> None:
        self.zoom = None
        self.render_page()
        self._save_timer.start()

    def next_page(self) -> None:
        self.go_to_page(self.page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.page - 1)

    def screen_down(self) -> None:
        """PgDn: a screen further down the page; at its end, the next page from its top."""
        bar = self.scroll.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
        else:
            self.go_to_page(self.page + 1)

    def screen_up(self) -> None:
        """PgUp: a screen further up the page; at its top, the previous page from its end."""
        bar = self.scroll.verticalScrollBar()
        if bar.value() > bar.minimum():
            bar.setValue(bar.value() - bar.pageStep())
        else:
            self.go_to_page(self.page - 1, scroll=1.0)

    def _wheel_turns_page(self, event: QWheelEvent) -> bool:
        """The wheel turned on past the end (or the top) of the page: on to the next page's top
        (or the previous page's end), as a PDF reader scrolls through a document."""
        bar, steps = self.scroll.verticalScrollBar(), event.angleDelta().y()
        if not self.engine or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if steps < 0 and bar.value() >= bar.maximum() and self.page + 1 < self.engine.page_count:
            self.go_to_page(self.page + 1)
            return True
        if steps > 0 and bar.value() <= bar.minimum() and self.page > 0:
            self.go_to_page(self.page - 1, scroll=1.0)
            return True
        return False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Fit-to-width follows the page view's width as the window and splitter change; the
        wheel goes on from page to page."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Wheel:
            return self._wheel_turns_page(event) or super().eventFilter(watched, event)
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom is None:
            if self.engine and event.oldSize().width() != event.size().width():
                QTimer.singleShot(0, self.render_page)
        return super().eventFilter(watched, event)

    # -- where in the page ------------------------------------------------------------------
    def scroll_fraction(self) -> float:
        """How far down the page the view is scrolled, 0 at its top: the same place at any zoom."""
        return self.scroll.verticalScrollBar().value() / max(self.canvas.height(), 1)

    def _apply_scroll(self) -> None:
        """Scroll to the place asked for, once the page view is on screen and knows its height."""
        if self._pending_scroll is None or not self.scroll.isVisible():
            return
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() if self._pending_scroll >= 1 else round(self._pending_scroll * self.canvas.height()))
        self._pending_scroll = None

    def _scrolled(self) -> None:
        if self._pending_scroll is None:  # the reader scrolled: keep the place, once it rests
            self._save_timer.start()

    def _scroll_key(self) -> str:
        if self.attachment_id:
            return f"reader/scroll/{self.attachment_id}"
        return f"reader/pack-scroll/{self.meeting_id}"

    def _saved_scroll(self) -> float:
        try:
            return min(max(float(self.context.settings.value(self._scroll_key(), 0.0)), 0.0), 1.0)
        except (TypeError, ValueError):  # a settings file edited by hand
            return 0.0

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self._apply_scroll)  # the place asked for while hidden (a restart)

    def save_place(self) -> None:
        """Keep the page and zoom (in the store) and where in the page (in the user's settings)."""
        self._save_timer.stop()
        if not self.engine:
            return
        scroll = self._pending_scroll if self._pending_scroll is not None else self.scroll_fraction()
        if self.attachment_id:
            notes_service.record_reading(
                self.store, self.attachment_id, self.context.reader_name(), self.page, self.zoom, self.shown_sha256
            )
        elif self.meeting_id:
            self.context.settings.setValue(f"reader/pack/{self.meeting_id}", self.page)
        else:
            return
        self.context.settings.setValue(self._scroll_key(), round(min(scroll, 1.0), 4))

    def set_focus_mode(self, on: bool) -> None:
        """Hide the window's navigator (and search) so the page has the width: at 1366 pixels an
        A4 page then fits at 100 %. Leaving the reader brings the navigator back."""
        self.context.show_navigator(not on)
        action = self.actions_by_name["focus"]
        if action.isChecked() != on:
            action.setChecked(on)

    def hideEvent(self, event) -> None:  # noqa: N802
        if self._save_timer.isActive():
            self.save_place()
        if not event.spontaneous():
            self.set_focus_mode(False)
        super().hideEvent(event)

    # -- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _clear_search(self) -> None:
        self.hits, self.hit_index = [], -1
        self.hit_label.clear()
        self.canvas.hits, self.canvas.current_hit = [], ()
        self.canvas.update()

    def _run_search(self) -> None:
        if self.engine and not self.hits and self.search_edit.text().strip():
            self.hits = self.engine.search(self.search_edit.text())
            self.hit_index = -1
            if not self.hits:
                self.hit_label.setText(self.tr("No hits"))

    def search_next(self) -> None:
        self._step_hit(1)

    def search_previous(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        self._run_search()
        if not self.hits:
            return
        if self.hit_index < 0:
            after = [i for i, hit in enumerate(self.hits) if hit.page >= self.page]
            self.hit_index = after[0] if after and step > 0 else (0 if step > 0 else len(self.hits) - 1)
        else:
            self.hit_index = (self.hit_index + step) % len(self.hits)
        hit = self.hits[self.hit_index]
        self.hit_label.setText(fill(self.tr("{hit} of {hits}"), hit=self.hit_index + 1, hits=len(self.hits)))
        self.go_to_page(hit.page)
        self.canvas.hits = [h.rects for h in self.hits if h.page == hit.page]
        self.canvas.current_hit = hit.rects
        self.canvas.update()
        self._scroll_to(hit.rects[0] if hit.rects else None)

    def _scroll_to(self, rect: QRectF | None) -> None:
        if rect is not None:
            area = self.canvas.widget_rect(rect)
            self.scroll.ensureVisible(area.center().x(), area.center().y(), 40, 120)

    # -- notes ------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        for name in ("note", "highlight"):
            self.actions_by_name[name].setEnabled(self.attachment_id is not None)
        self.side.reader = self.context.reader_name()
        if self.attachment_id:
            self._notes = notes_service.notes_on(self.store, "attachment", self.attachment_id, self.side.reader)
        else:
            self._notes = []
        self.side.show_document_notes(self._notes if self.attachment_id else None)
        self._place_marks()

    def refresh_meeting_notes(self) -> None:
        self.side.reader = self.context.reader_name()
        self.side.show_meeting_notes(self.meeting_id)

    def _notes_changed(self) -> None:
        self.refresh_notes()
        self.refresh_meeting_notes()

    def _place_marks(self) -> None:
        """Draw this page's notes: on the words they quote, or at their region."""
        if not self.engine:
            return
        marks = []
        size = self.engine.page_size(self.page)
        for note in self._notes:
            if note.page != self.page or note.on_earlier_version or not note.anchor_kind:
                continue
            x, y, w, h = note.region or (0.05, 0.05, 0.9, 0.04)
            region = QRectF(x * size.width(), y * size.height(), w * size.width(), h * size.height())
            if note.anchor_kind == "sticky":  # where it was placed, whatever words are there
                marks.append(Mark(note.id, (region,), True, note.shared, note.text))
                continue
            # On the words as they are now: the new ones when a revision changed them.
            places = self.engine.find_on_page(
                self.page, (note.quote_current if note.words_changed else note.quote) or ""
            )
            rects = min(places, key=lambda rects: _distance(rects[0], region)) if places else (region,)
            marks.append(Mark(note.id, rects, note.anchor_kind == "sticky", note.shared, note.text))
        self.canvas.marks = marks
        self.canvas.update()

    def _focus_note(self, note_id: str) -> None:
        self.canvas.focus_note = note_id
        self.canvas.update()
        self.side.select(note_id)
        mark = next((m for m in self.canvas.marks if m.note_id == note_id), None)
        self._scroll_to(mark.rects[0] if mark else None)

    def show_note(self, note_id: str) -> None:
        """Go to a note of the open document: its page, drawn with a frame."""
        note = next((n for n in self._notes if n.id == note_id), None)
        if note is None:
            return
        if note.page is not None and not note.on_earlier_version:
            self.go_to_page(note.page)
        self._focus_note(note.id)

    def _ask(
        self, quote: str = "", targets: list[tuple[str, str, str]] | None = None, sticky: bool = False
    ) -> NoteDialog | None:
        dialog = NoteDialog(self, quote=quote, targets=targets, sticky=sticky)
        return dialog if dialog.exec() and dialog.text else None

    def _region(self, rect: QRectF) -> tuple[float, float, float, float]:
        """A rectangle of the page in points as the store keeps it: fractions of the page."""
        size = self.engine.page_size(self.page)
        return (
            rect.x() / size.width(),
            rect.y() / size.height(),
            rect.width() / size.width(),
            rect.height() / size.height(),
        )

    def _add_note(self, kind: str, quote: str, place: QRectF) -> None:
        """Ask for the note's text, then keep it on `quote` (may be "") at `place` of this page."""
        if not self.engine or not self.attachment_id:
            return
        dialog = self._ask(quote, sticky=kind == "sticky")
        if dialog is None:
            return
        notes_service.add_pdf_note(
            self.store,
            author=self.context.reader_name(),
            attachment_id=self.attachment_id,
            page=self.page,
            text=dialog.text,
            quote=quote or None,
            region=self._region(place),
            kind=kind,
            shared=dialog.shared_box.isChecked(),
            question=dialog.question_box.isChecked(),
        )
        self._notes_changed()

    def _select_words(self, start: QPointF, end: QPointF) -> None:
        """While the mouse drags: the running text from the word at the start to the word under it."""
        if self.engine:
            self.canvas.selection = self.engine.select_words(self.page, start, end)[1]
            self.canvas.update()

    def _note_on_selection(self, start: QPointF, end: QPointF) -> None:
        """The drag ended: a highlight on exactly the selected words (nothing selected: no note)."""
        if not self.engine:
            return
        quote, rects = self.engine.select_words(self.page, start, end)
        self.canvas.selection = rects
        self.canvas.update()
        if quote and self.attachment_id:
            self._add_note("highlight", quote, _united(rects))
        self.canvas.selection = ()
        self.canvas.update()

    def _sticky_at(self, spot: QPointF) -> None:
        """A sticky note where it was placed, on the word there (none on blank paper)."""
        if self.engine:
            self._add_note(
                "sticky", self.engine.word_at(self.page, spot), QRectF(spot, QSizeF(STICKY_POINTS, STICKY_POINTS))
            )

    def note_on_page(self) -> None:
        """A sticky note at the top left of what is in view (the keyboard's way to place one)."""
        if not self.engine:
            return
        size = self.engine.page_size(self.page)
        top = self.scroll.verticalScrollBar().value() / max(self.canvas.scale, 0.01)
        self._sticky_at(QPointF(0.04 * size.width(), top + 0.04 * size.height()))

    def highlight_hit(self) -> None:
        """Highlight the current search hit: search for the words, then press Ctrl+Alt+H."""
        if not self.hits or self.hit_index < 0:
            self.hit_label.setText(self.tr("Search for the words first"))
            return
        hit = self.hits[self.hit_index]
        self._add_note("highlight", " ".join(self.search_edit.text().split()), _united(hit.rects))

    # -- the meeting's notes --------------------------------------------------------------
    def _open_meeting_note(self, note_id: str) -> None:
        note = notes_service.get_note(self.store, note_id)
        kind, ident = notes_service.where_to_open(self.store, note)
        if kind == "document":
            self.open_document(ident)
            self.show_note(note_id)
        elif ident:
            self.context.open_target(kind, ident)

    def note_on_meeting(self) -> None:
        """A note on the meeting, a case, a decision or a project card of it."""
        if not self.meeting_id:
            return
        dialog = self._ask(targets=notes_service.meeting_targets(self.store, self.meeting_id))
        if dialog is None or dialog.target is None:
            return
        kind, ident = dialog.target
        notes_service.add_note(
            self.store,
            author=self.context.reader_name(),
            target_kind=kind,
            target_id=ident,
            text=dialog.text,
            shared=dialog.shared_box.isChecked(),
            question=dialog.question_box.isChecked(),
        )
        self.refresh_meeting_notes()

    # -- for copying and tests -------------------------------------------------------------
    def plain_text(self) -> str:
        lines = [self.document_box.currentText()]
        if self.engine:
            lines.append(fill(self.tr("Page {page} of {pages}"), page=self.page + 1, pages=self.engine.page_count))
        if self.banner.isVisible():
            lines.append(self.banner.text())
        lines += [self.doc_notes.item(row).text() for row in range(self.doc_notes.count())]
        return "\n".join(lines)


def _united(rects: tuple[QRectF, ...]) -> QRectF:
    whole = QRectF(rects[0]) if rects else QRectF()
    for rect in rects[1:]:
        whole = whole.united(rect)
    return whole


def _distance(a: QRectF, b: QRectF) -> float:
    return abs(a.center().x() - b.center().x()) + abs(a.center().y() - b.center().y())
