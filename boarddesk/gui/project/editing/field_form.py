"""A form of fields that saves as you go: text a moment after typing stops (and when the field is
left), choices and ticks at once. A value that cannot be saved keeps its text and shows the
problem under the field, in words, until it is put right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.project.editing.labels import FieldTexts
from boarddesk.model.formatting import format_date, group_thousands
from boarddesk.model.vocabulary import CRITICALITY, DELIVERED, DEPENDENCY_STATUS, PROJECT_KIND, RAG, RISK_STATUS
from boarddesk.services.portfolio.edit_fields import Field, InvalidField

AUTOSAVE_MS = 1000  # typing is saved a second after it pauses,
MAX_UNSAVED_MS = 1500  # and at the latest 1.5 s after the first unsaved key, pause or not
CHOICE_LABELS = {
    "kind": PROJECT_KIND,
    "overall_status": RAG,
    "risk_level": RAG,
    "rag": RAG,
    "delivered": DELIVERED,
    "status": RISK_STATUS,
    "criticality": CRITICALITY,
    "dependencies.status": DEPENDENCY_STATUS,  # a list's own wording of a field: "context.name"
}
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"

Save = Callable[[str, Any], None]  # (field name, value as typed); raises InvalidField


class FieldForm(QWidget):
    """One widget per field. `save(name, value)` is called for each changed field."""

    saved = Signal(str)  # the field just saved

    def __init__(
        self, fields: tuple[Field, ...], save: Save, lang: str, parent: QWidget | None = None, context: str = ""
    ) -> None:
        super().__init__(parent)
        self.fields = {f.name: f for f in fields}
        self.save_field = save
        self.lang = lang
        self.context = context
        self.texts = FieldTexts(self, lang)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_pending)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.save_pending)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            editor = self._editor(field)
            editor.setObjectName(f"field_{field.name}")
            label_text = self.texts.label(field.name, context) + (" *" if field.required else "")
            editor.setAccessibleName(self.texts.label(field.name, context))
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setObjectName(f"error_{field.name}")
            error.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            layout.addRow(label, box)
            self.editors[field.name] = editor
            self.errors[field.name] = error

    def _editor(self, field: Field) -> QWidget:
        if field.kind == "long_text":
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            editor.textChanged.connect(lambda: self._typed(field.name))
        elif field.kind == "choice":
            editor = QComboBox(self)
            editor.addItem("", None)
            labels = CHOICE_LABELS.get(f"{self.context}.{field.name}", CHOICE_LABELS.get(field.name))
            for key in field.choices:
                editor.addItem(labels.label(key, self.lang) if labels else key, key)
            editor.currentIndexChanged.connect(lambda _i: self._changed_now(field.name))
        elif field.kind == "bool":
            editor = QCheckBox(self)
            editor.toggled.connect(lambda _on: self._changed_now(field.name))
        else:
            editor = QLineEdit(self)
            if field.kind == "date":
                editor.setPlaceholderText(format_date("2024-12-31", self.lang))
            editor.textEdited.connect(lambda _text: self._typed(field.name))
            editor.editingFinished.connect(self.save_pending)
        return editor

    # -- values -------------------------------------------------------------------------------
    def set_values(self, row: dict[str, Any]) -> None:
        """Show a row's values (as the store holds them) without saving anything. Fields with
        unsaved typing keep it; a field already showing the value is left alone (cursor kept)."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                if name not in self._dirty:
                    self._show(self.fields[name], editor, row.get(name))
        finally:
            self._loading = False

    def clear_errors(self) -> None:
        self._dirty.clear()
        for name in self.editors:
            self._set_error(name, None)

    def _show(self, field: Field, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif editor.text() != self._as_text(field, value):
            editor.setText(self._as_text(field, value))
            editor.setCursorPosition(0)  # show a long value from its start

    def _as_text(self, field: Field, value: Any) -> str:
        if value is None:
            return ""
        if field.kind == "date":
            return format_date(value, self.lang)
        if field.kind == "amount":
            return group_thousands(value, self.lang).replace(",", " ")
        return str(value)

    def value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    # -- saving -------------------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        if not self._loading:
            self._dirty.add(name)
            self._timer.start()
            if not self._deadline.isActive():
                self._deadline.start()

    def _changed_now(self, name: str) -> None:
        if not self._loading:
            self._dirty.add(name)
            self.save_pending()

    def save_pending(self) -> None:
        """Save every field changed since the last save, each on its own (one bad field does not
        hold back the others)."""
        self._timer.stop()
        self._deadline.stop()
        for name in sorted(self._dirty):
            try:
                self.save_field(name, self.value(name))
            except InvalidField as error:
                self._set_error(name, error)
                continue
            self._dirty.discard(name)
            self._set_error(name, None)
            self.saved.emit(name)

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def error_text(self, name: str) -> str:
        return self.errors[name].text() if not self.errors[name].isHidden() else ""

    def _set_error(self, name: str, error: InvalidField | None) -> None:
        label, editor = self.errors[name], self.editors[name]
        if error is None:
            label.clear()
            label.hide()
            editor.setAccessibleDescription("")
            editor.setStyleSheet("")
            return
        text = "⚠ " + self.texts.problem(error)
        label.setText(text)
        label.show()
        editor.setAccessibleDescription(text)  # read out by screen readers with the field
        editor.setStyleSheet("border: 2px solid #b71c1c;")
