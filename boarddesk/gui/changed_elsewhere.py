"""Telling the user that a record changed elsewhere (another window, another process) after they
opened it, so their write was refused rather than overwriting it. What they typed is never lost
silently: it goes to the clipboard and is shown in the message's details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from boarddesk.gui.i18n import fill
from boarddesk.store.versions import ABSENT, ChangedElsewhere


def message_for(error: ChangedElsewhere, what: str) -> str:
    """The plain words for a refusal; `what` names the record as the user knows it («The note»)."""
    if error.found == ABSENT:
        text = QCoreApplication.translate(
            "ChangedElsewhere", "{what} was deleted elsewhere after you opened it. Your change was not saved."
        )
    else:
        text = QCoreApplication.translate(
            "ChangedElsewhere",
            "{what} was changed elsewhere (another window or another user) after you opened it. "
            "Your change was not saved; what is stored now has been loaded.",
        )
    return fill(text, what=what)


def tell_changed_elsewhere(parent: QWidget, error: ChangedElsewhere, what: str, typed: str = "") -> QMessageBox:
    """Show the refusal (without blocking: autosave calls this too). Text the user typed is copied
    to the clipboard and shown under "Show details", so it can be pasted back."""
    title = QCoreApplication.translate("ChangedElsewhere", "Changed elsewhere")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message_for(error, what), parent=parent)
    if typed.strip():
        QApplication.clipboard().setText(typed)
        box.setInformativeText(
            QCoreApplication.translate(
                "ChangedElsewhere", "The text you typed has been copied to the clipboard, so you can paste it back."
            )
        )
        box.setDetailedText(typed)
    box.setObjectName("changed_elsewhere")
    box.open()
    return box
