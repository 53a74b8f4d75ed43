"""The short guide F1 opens: how a member reads and annotates, and how the secretary runs a meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from boarddesk.gui.i18n import fill


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BoardDesk – short guide"))
        self.resize(640, 560)
        text = QTextBrowser(self)
        text.setAccessibleName(self.tr("Guide"))
        text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def html(self) -> str:
        sections = (
            (
                self.tr("Finding your way"),
                (
                    self.tr("The navigator on the left lists each board: its home page, portfolio and meetings."),
                    self.tr(
                        "Ctrl+F searches everything; Enter opens a hit. Alt+Left and Alt+Right go back and forward."
                    ),
                    self.tr("Alt+Home opens the home page: the next meeting, papers new to you, your questions."),
                ),
            ),
            (
                self.tr("Reading and notes (members)"),
                (
                    self.tr("Reading → Read the meeting's documents opens the pack; BoardDesk remembers your page."),
                    self.tr(
                        "Select words to highlight them, or place a sticky note; mark a note as a question for the meeting."
                    ),
                    fill(
                        self.tr(
                            "The secretary sends a meeting bundle (.bdpack): {command} reads in its agenda and papers."
                        ),
                        command=menu_path("&Import meeting bundle…"),
                    ),
                    self.tr("Notes are private. Export my shared notes sends only the ones you chose to share."),
                ),
            ),
            (
                self.tr("Running a meeting (secretary)"),
                (
                    self.tr("Board → Who I am sets your role; only the secretary edits a board's meetings."),
                    self.tr("Meetings → New meeting, then build the agenda; publishing issues the case numbers."),
                    self.tr(
                        "In the live meeting, record attendance, decisions and action points; all is saved as you type."
                    ),
                    fill(
                        self.tr(
                            "After publishing, {command} writes the meeting bundle (.bdpack) to send to the members."
                        ),
                        command=menu_path("&Export meeting bundle…"),
                    ),
                    self.tr("Print → Meeting pack, Invitation or Minutes prints or saves the papers as PDF."),
                ),
            ),
        )
        parts = []
        for title, lines in sections:
            items = "".join(f"<li>{line}</li>" for line in lines)
            parts.append(f"<h3>{title}</h3><ul>{items}</ul>")
        return "".join(parts)


def menu_path(command: str) -> str:
    """Reading → a command of that menu, as the menu bar shows it (so the guide names it right)."""
    words = [QCoreApplication.translate("MainWindow", text).replace("&", "") for text in ("&Reading", command)]
    return " → ".join(words)


def show_guide(parent: QWidget) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.open()
    return dialog
