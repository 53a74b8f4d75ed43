"""Help → About: the version, where the user's data lives (with a button to open the folder), and
the licences of everything BoardDesk ships."""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from boarddesk import __version__
from boarddesk.locator import resource

# What an installation ships besides BoardDesk: (name, licence, licence text under resources/, note).
SHIPPED = (
    ("Qt 6 and PySide6", "LGPL-3.0", ("licences", "LGPL-3.0.txt"), "The Qt libraries are separate files in the "
     "installation folder and may be replaced by the user's own build of the same version; sources at "
     "https://download.qt.io/. The LGPL adds to the GPL-3.0, also shipped."),
    ("DejaVu Sans fonts", "Bitstream Vera licence; DejaVu changes public domain", ("fonts", "LICENSE"),
     "Embedded in printed PDFs."),
    ("Python", "PSF-2.0", None, ""),
    ("SQLite", "public domain", None, ""),
    ("reportlab, rl_accel", "BSD-3-Clause", None, ""),
    ("pypdf", "BSD-3-Clause", None, ""),
    ("cryptography", "Apache-2.0 or BSD-3-Clause", ("licences", "Apache-2.0.txt"), ""),
    ("pyqtgraph", "MIT", None, ""),
    ("NumPy", "BSD-3-Clause (and the licences of its parts)", None, ""),
    ("Pillow", "MIT-CMU", None, ""),
    ("platformdirs", "MIT", None, ""),
    ("sqlite-utils", "Apache-2.0", ("licences", "Apache-2.0.txt"), ""),
)  # fmt: skip


def installed_version(distribution: str) -> str:
    """A library's version, where its metadata is installed (a frozen app may not carry it)."""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def licences_html() -> str:
    """A row per component; a licence BoardDesk ships the text of links to that file."""
    rows = []
    for name, licence, text, note in SHIPPED:
        shown = html.escape(licence)
        if text is not None:
            shown = f"<a href='{QUrl.fromLocalFile(str(resource(*text))).toString()}'>{shown}</a>"
        rows.append(f"<tr><td><b>{html.escape(name)}</b></td><td>{shown}</td><td>{html.escape(note)}</td></tr>")
    return f"<table cellpadding='3'>{''.join(rows)}</table>"


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About BoardDesk"))
        self.data_folder = Path(database).resolve().parent
        qt = installed_version("PySide6-Essentials") or installed_version("PySide6")
        python = sys.version.split()[0]
        summary = self.tr("Meeting packs, project status and minutes for programme boards.")
        heading = QLabel(
            f"<h2>BoardDesk {html.escape(__version__)}</h2><p>{html.escape(summary)}</p>"
            f"<p>Python {html.escape(python)}{', PySide6 ' + html.escape(qt) if qt else ''}</p>"
        )
        heading.setObjectName("aboutHeading")

        folder_label = QLabel(self.tr("Your data is kept in this folder, with its daily backups:"))
        self.folder_path = QLabel(str(self.data_folder))
        self.folder_path.setObjectName("dataFolder")
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.clicked.connect(self.show_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_path, 1)
        folder_row.addWidget(self.open_folder)

        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setOpenExternalLinks(True)
        shipped = self.tr("BoardDesk ships these components:")
        self.licences.setHtml(f"<p>{html.escape(shipped)}</p>{licences_html()}")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def show_data_folder(self) -> bool:
        """Open the data folder in the desktop's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
