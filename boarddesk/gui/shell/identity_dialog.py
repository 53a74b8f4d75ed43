"""Who I am: the user's name (the author of their notes) and their role on each board. At first
start the same dialog also asks what to begin with: the demo boards, an empty store, or a meeting
bundle from the secretary."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from boarddesk.gui.service_text import user_message
from boarddesk.services.boards import identity
from boarddesk.services.boards.identity import USER_ROLE, Identity, IdentityError
from boarddesk.services.boards.lookup import list_boards
from boarddesk.store import Store

START_DEMO, START_EMPTY, START_BUNDLE = "demo", "empty", "bundle"


class IdentityDialog(QDialog):
    """Name and roles; with `first_start`, also the choice of what the new store begins with."""

    def __init__(
        self,
        store: Store,
        lang: str,
        *,
        first_start: bool = False,
        default_role: str = "member",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.lang, self.default_role = store, lang, default_role
        self.setWindowTitle(self.tr("Welcome to BoardDesk") if first_start else self.tr("Who I am"))
        me = identity.who_am_i(store)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your notes are written under your name. On a board where you are the secretary you "
                "edit the meetings; as a member, deputy or observer you read and annotate."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(me.name if me else "", self)
        self.name.setPlaceholderText(getpass.getuser())
        form.addRow(self.tr("Your &name:"), self.name)
        layout.addLayout(form)

        self.start_choice: QButtonGroup | None = None
        if first_start:
            box = QGroupBox(self.tr("Begin with"), self)
            inner = QVBoxLayout(box)
            self.start_choice = QButtonGroup(self)
            for key, text in (
                (START_DEMO, self.tr("The &demo boards (real board papers, to try BoardDesk)")),
                (START_EMPTY, self.tr("An &empty store (the secretary sets up the board)")),
                (START_BUNDLE, self.tr("A meeting &bundle from the secretary (.bdpack)…")),
            ):
                button = QRadioButton(text, box)
                button.setProperty("start", key)
                self.start_choice.addButton(button)
                inner.addWidget(button)
            self.start_choice.buttons()[0].setChecked(True)
            layout.addWidget(box)

        self.roles_box = QGroupBox(self.tr("Your role on each board"), self)
        self.roles_form = QFormLayout(self.roles_box)
        self.role_boxes: dict[str, QComboBox] = {}
        self._fill_roles(me)
        layout.addWidget(self.roles_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill_roles(self, me: Identity | None) -> None:
        while self.roles_form.rowCount():
            self.roles_form.removeRow(0)
        self.role_boxes.clear()
        for board in list_boards(self.store):
            combo = QComboBox(self.roles_box)
            combo.addItem(self.tr("(no role)"), None)
            for term in USER_ROLE.terms:
                combo.addItem(term.label(self.lang), term.key)
            current = me.role_on(board.id) if me else None
            combo.setCurrentIndex(max(combo.findData(current or self.default_role), 0))
            combo.setAccessibleName(board.name)
            self.roles_form.addRow(board.short_name or board.name, combo)
            self.role_boxes[board.id] = combo
        self.roles_box.setVisible(bool(self.role_boxes))

    def start(self) -> str | None:
        if self.start_choice is None:
            return None
        return self.start_choice.checkedButton().property("start")

    def roles(self) -> dict[str, str]:
        return {board: combo.currentData() for board, combo in self.role_boxes.items() if combo.currentData()}

    def save(self) -> Identity | None:
        """Save what was chosen; None (after saying why) when it cannot be saved."""
        name = self.name.text().strip() or getpass.getuser()
        try:
            return identity.set_identity(self.store, name, self.roles())
        except IdentityError as problem:
            QMessageBox.warning(self, self.windowTitle(), user_message(problem))
            return None

    def accept(self) -> None:
        if self.start_choice is None and self.save() is None:
            return  # the first start saves after the store has its boards (see gui.app)
        super().accept()
