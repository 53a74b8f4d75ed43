"""Help → About and --version: the version, where the data lives, and the licences of what ships."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTextBrowser

from boarddesk import __version__


def test_version_option_names_the_version():
    done = subprocess.run([sys.executable, "-m", "boarddesk", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"BoardDesk {__version__}"


def test_about_shows_version_data_folder_and_licences(show_main_window, demo_store, qtbot, monkeypatch):
    from boarddesk.gui.shell.about import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window = show_main_window(demo_store)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&About BoardDesk").trigger()

    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert f"BoardDesk {__version__}" in dialog.findChild(QLabel, "aboutHeading").text()
    assert dialog.findChild(QLabel, "dataFolder").text() == str(Path(demo_store.path).resolve().parent)
    licences = dialog.findChild(QTextBrowser, "licences").toPlainText()
    for shipped in ("Qt 6 and PySide6", "LGPL-3.0", "DejaVu Sans fonts", "reportlab", "cryptography", "pyqtgraph"):
        assert shipped in licences
    links = re.findall(r"href=[\"']file://([^\"']+)", dialog.findChild(QTextBrowser, "licences").toHtml())
    assert any(link.endswith("LGPL-3.0.txt") for link in links)
    for link in links:  # the licence texts are installed where the links point
        assert Path(link).stat().st_size > 1000, link

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog.open_folder.click()
    assert opened == [str(Path(demo_store.path).resolve().parent)]
