"""Each interface speaks one language: the bokmål window shows no English interface words and the
English window no Norwegian ones, in labels, buttons, actions, tabs and table headers."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

ENGLISH = {"Save", "Cancel", "Open", "Decision", "Minutes", "Close", "Search", "Meeting", "Name",
           "Date", "Case", "Risk", "Back", "Forward", "File", "Look", "Directory", "Size"}  # fmt: skip
NORWEGIAN = {"Lagre", "Avbryt", "Åpne", "Vedtak", "Protokoll", "Møte", "Sak", "Risiko", "Tilbake", "Fram",
             "Søk", "Dato", "Navn", "Lukk", "Forrige", "Neste", "Fil", "Milepæl", "Beslutning"}  # fmt: skip

# «Status» and «Type» are bokmål too (Status aksjonspunkter), so they are not on the English list.
# What a user opens: the home page, a portfolio, a project and each of its tabs, a meeting.
VIEWS = [("home", "pds"), ("board", "nep"), ("project", "pds-prog"), ("meeting", "pds-m-2021-7")]


def interface_texts(root: QWidget) -> dict[str, str]:
    """Every interface text a user can see under `root`, with where it is. Headers are read from
    their models; what the store holds (cells, names, page text) is data and not looked at."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        if text:
            texts[f"{where}: {text}"] = text.replace("&", "")

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
            add(name, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add("tab", widget.tabText(index))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(f"{name} header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if hasattr(widget, "placeholderText") and callable(widget.placeholderText):
            add(f"{name} placeholder", widget.placeholderText())
        for action in widget.actions():
            if isinstance(action, QAction) and action.isVisible():
                add("action", action.text())
                if action.menu():
                    for item in action.menu().actions():
                        add("menu item", item.text())
    return texts


def leftovers(texts: dict[str, str], words: set[str]) -> list[str]:
    found = []
    for where, text in texts.items():
        if set(re.findall(r"\w+", text)) & words:
            found.append(where)
    return sorted(found)


def open_window(qtbot, store, tmp_path, lang: str):
    from boarddesk.gui.shell.main_window import MainWindow

    window = MainWindow(store, QSettings(str(tmp_path / f"{lang}.ini"), QSettings.Format.IniFormat), lang=lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def view_texts(window) -> dict[str, str]:
    texts = interface_texts(window)
    for kind, ident in VIEWS:
        assert window.select_target(kind, ident), (kind, ident)
        view = window.current_view()
        tabs = view.findChildren(QTabWidget)
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                texts |= interface_texts(window)
        texts |= interface_texts(window)
    return texts


@pytest.mark.parametrize(("lang", "foreign"), [("nb", ENGLISH), ("en", NORWEGIAN)])
def test_the_main_views_speak_one_language(lang, foreign, speaking, qtbot, demo_store, tmp_path):
    speaking(lang)
    window = open_window(qtbot, demo_store, tmp_path, lang)
    texts = view_texts(window)
    assert len(texts) > 40  # the views were really read
    assert not leftovers(texts, foreign)


def test_qts_own_file_dialog_speaks_bokmal(speaking, qtbot):
    speaking("nb")
    dialog = QFileDialog(None, "Lagre protokoll")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = interface_texts(dialog)
    assert {"Lagre", "Avbryt", "Filtype:", "Filnavn:"} <= {text for text in texts.values()}
    assert not leftovers(texts, ENGLISH | {"Files", "type"})  # Qt's label is «Files of &type:»
    # What a screen reader says and the tooltips of the tool buttons speak bokmål too.
    spoken = {f"{type(w).__name__}: {w.accessibleName()} / {w.toolTip()}" for w in dialog.findChildren(QWidget)}
    assert not leftovers({where: where for where in spoken}, ENGLISH | {"Files", "Sidebar", "View"})
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    texts = interface_texts(dialog)
    assert "Åpne" in texts.values()
    assert not leftovers(texts, ENGLISH)
