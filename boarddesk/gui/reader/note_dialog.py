"""Writing a note: its text, whether the board may see it, whether it is a question for the meeting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.i18n import fill


class NoteDialog(QDialog):
    """Text, «shared» and «question for the meeting»; optionally a choice of what the note is on."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        quote: str = "",
        text: str = "",
        shared: bool = False,
        question: bool = False,
        targets: list[tuple[str, str, str]] | None = None,
        sticky: bool = False,
    ) -> None:
        super().__init__(parent)
        # A sticky note placed on a word is not a highlight of it: it says where it sits, not «Marked».
        self.setWindowTitle(self.tr("Sticky note") if sticky else self.tr("Note"))
        layout = QVBoxLayout(self)
        self.target_box = QComboBox(self)
        self.target_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_box.setMinimumContentsLength(40)
        if targets:
            label = QLabel(self.tr("&On:"), self)
            label.setBuddy(self.target_box)
            for kind, ident, name in targets:
                self.target_box.addItem(name, (kind, ident))
            self.target_box.setAccessibleName(self.tr("What the note is on"))
            layout.addWidget(label)
            layout.addWidget(self.target_box)
        else:
            self.target_box.hide()
        if quote:
            said = self.tr("Sticky note by «{quote}»") if sticky else self.tr("Marked: «{quote}»")
            marked = QLabel(fill(said, quote=quote[:200]), self)
            marked.setWordWrap(True)
            layout.addWidget(marked)
        text_label = QLabel(self.tr("&Note:"), self)
        self.text_edit = QPlainTextEdit(text, self)
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setTabChangesFocus(True)
        text_label.setBuddy(self.text_edit)
        self.shared_box = QCheckBox(self.tr("&Shared with the board (private otherwise)"), self)
        self.shared_box.setChecked(shared)
        self.question_box = QCheckBox(self.tr("&Question for the meeting"), self)
        self.question_box.setChecked(question)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (text_label, self.text_edit, self.shared_box, self.question_box, buttons):
            layout.addWidget(widget)
        self.resize(440, 300)
        self.text_edit.setFocus()

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    @property
    def target(self) -> tuple[str, str] | None:
        return self.target_box.currentData() if self.target_box.count() else None
