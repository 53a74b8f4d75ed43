"""The reader's side panel: the notes in the open document, and «My notes for this meeting».

It lists, edits and deletes notes through the annotations service and tells the reader, by signal,
which note to show; making notes on pages stays with the reader, which knows the page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.changed_elsewhere import tell_changed_elsewhere
from boarddesk.gui.i18n import fill
from boarddesk.gui.reader.note_dialog import NoteDialog
from boarddesk.services.documents import annotations as notes_service
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere

ROLE_NOTE = Qt.ItemDataRole.UserRole + 1


class NotesPanel(QTabWidget):
    document_note_chosen = Signal(str)  # a note id: show it on its page
    meeting_note_chosen = Signal(str)  # a note id: open what it is on
    new_meeting_note = Signal()
    notes_changed = Signal()  # a note was edited or deleted here

    def __init__(self, store: Store, reader: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.reader = store, reader
        self.meeting_id: str | None = None
        self.doc_notes = self._note_list(self.tr("Notes in this document"))
        self.doc_notes.itemActivated.connect(lambda item: self._choose(item, self.document_note_chosen))
        meeting_tab = QWidget(self)
        layout = QVBoxLayout(meeting_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_notes = self._note_list(self.tr("My notes for this meeting"))
        self.meeting_notes.itemActivated.connect(lambda item: self._choose(item, self.meeting_note_chosen))
        self.with_shared = QCheckBox(self.tr("Also notes others &shared"), meeting_tab)
        self.with_shared.toggled.connect(lambda _on: self.show_meeting_notes(self.meeting_id))
        new_note = QPushButton(self.tr("New note on the meeting…"), meeting_tab)
        new_note.clicked.connect(self.new_meeting_note)
        for widget in (self.with_shared, self.meeting_notes, new_note):
            layout.addWidget(widget)
        self.addTab(self.doc_notes, self.tr("This document"))
        self.addTab(meeting_tab, self.tr("My notes: meeting"))
        self.setTabToolTip(1, self.tr("My notes for this meeting"))

    def _note_list(self, name: str) -> QListWidget:
        """A list of notes; Enter jumps to a note, Ctrl+E edits it, Delete deletes it (also by right-click)."""
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        widget.setSpacing(3)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, key, slot in (
            (self.tr("Edit note…"), "Ctrl+E", self.edit_note),
            (self.tr("Delete note"), "Delete", self.delete_note),
        ):
            action = QAction(text, widget)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, w=widget, f=slot: f(w))
            widget.addAction(action)
        return widget

    @staticmethod
    def _choose(item: QListWidgetItem, signal: Signal) -> None:
        if item.data(ROLE_NOTE):
            signal.emit(item.data(ROLE_NOTE))

    def note_text(self, note: notes_service.Note) -> str:
        flags = [self.tr("Question for the meeting")] if note.question else []
        flags.append(self.tr("shared") if note.shared else self.tr("private"))
        where = ""
        if note.on_earlier_version:
            where = self.tr("On an earlier version") + ": "
        elif note.page is not None:
            where = fill(self.tr("p. {page}"), page=note.page + 1) + ": "
        quote = f"«{note.quote}»\n" if note.quote else ""
        if note.quote and note.anchor_kind == "sticky":  # the word it sits by, not words it marks
            quote = fill(self.tr("Sticky note by «{quote}»"), quote=note.quote) + "\n"
        if note.words_changed:
            quote = (
                fill(
                    self.tr("Words changed: {before} → {now}"), before=f"«{note.quote}»", now=f"«{note.quote_current}»"
                )
                + "\n"
            )
        return f"{where}{quote}{note.text}\n[{', '.join(flags)}]"

    def show_document_notes(self, notes: list[notes_service.Note] | None) -> None:
        """The open document's notes; None for the pack, which is for reading only."""
        self.doc_notes.clear()
        if notes is None:
            self.doc_notes.addItem(self.tr("The pack is for reading. Notes are made on each case document."))
            return
        for note in notes:
            item = QListWidgetItem(self.note_text(note))
            item.setData(ROLE_NOTE, note.id)
            if note.on_earlier_version:
                item.setForeground(QColor(110, 110, 110))
            elif note.words_changed:
                item.setToolTip(self.tr("The marked words were changed in this version of the document."))
            self.doc_notes.addItem(item)
        if not notes:
            self.doc_notes.addItem(
                self.tr(
                    "No notes yet. Drag over words to highlight them; double-click to place a sticky note (Ctrl+Alt+N)."
                )
            )

    def show_meeting_notes(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.meeting_notes.clear()
        if not meeting_id:
            return
        found = notes_service.meeting_notes(
            self.store, meeting_id, self.reader, with_shared=self.with_shared.isChecked()
        )
        for item in found:
            label = item.label if item.note.author == self.reader else f"{item.label} – {item.note.author}"
            if item.note.target_kind == "decision":
                label = fill(self.tr("Decision: {decision}"), decision=label)
            row = QListWidgetItem(f"{label}\n{self.note_text(item.note)}")
            row.setData(ROLE_NOTE, item.note.id)
            self.meeting_notes.addItem(row)
        if not found:
            self.meeting_notes.addItem(self.tr("No notes for this meeting yet."))

    def select(self, note_id: str) -> None:
        for row in range(self.doc_notes.count()):
            if self.doc_notes.item(row).data(ROLE_NOTE) == note_id:
                self.doc_notes.setCurrentRow(row)

    def _own_note(self, source: QListWidget) -> notes_service.Note | None:
        """The chosen note, if it is the reader's own (others' shared notes are read, not changed)."""
        note_id = source.currentItem().data(ROLE_NOTE) if source.currentItem() else None
        note = notes_service.get_note(self.store, note_id) if note_id else None
        return note if note and note.author == self.reader else None

    def edit_note(self, source: QListWidget) -> None:
        note = self._own_note(source)
        if note is None:
            return
        dialog = NoteDialog(self, quote=note.quote or "", text=note.text, shared=note.shared, question=note.question)
        if dialog.exec() and dialog.text:
            try:
                notes_service.update_note(
                    self.store,
                    note.id,
                    text=dialog.text,
                    shared=dialog.shared_box.isChecked(),
                    question=dialog.question_box.isChecked(),
                    expected_version=note.version,
                )
            except ChangedElsewhere as error:
                tell_changed_elsewhere(self, error, self.tr("The note"), dialog.text)
            self.notes_changed.emit()

    def delete_note(self, source: QListWidget) -> None:
        note = self._own_note(source)
        if note is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete note"), self.tr("Delete this note for good?"))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                notes_service.delete_note(self.store, note.id, expected_version=note.version)
            except ChangedElsewhere as error:
                tell_changed_elsewhere(self, error, self.tr("The note"))
            self.notes_changed.emit()
