"""The Norwegian bokmål translation: complete, faithful to its placeholders, and used by the window."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from boarddesk.gui.i18n import TRANSLATIONS

TS = TRANSLATIONS / "boarddesk_nb.ts"
QM = TRANSLATIONS / "boarddesk_nb.qm"

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)\S")


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every live message of the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source"), translation))
    return found


def translated_texts(translation: ET.Element | None) -> list[str]:
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_message_has_a_finished_translation():
    assert TS.exists(), "run ./dev translations"
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in messages()
        if translation is None or translation.get("type") == "unfinished" or not all(translated_texts(translation))
    ]
    assert len(messages()) > 100
    assert not unfinished, "untranslated:\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_tags_line_breaks_and_mnemonics():
    problems = []
    for context, source, translation in messages():
        for text in translated_texts(translation):
            for what, pattern in (("placeholders", PLACEHOLDER), ("HTML tags", TAG)):
                if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
                    problems.append(f"{context}: {what} of {source!r} differ in {text!r}")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{context}: line breaks of {source!r} differ in {text!r}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                problems.append(f"{context}: the & mnemonic of {source!r} is lost or doubled in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def norwegian_window(norwegian, qtbot, demo_store, tmp_path):
    from boarddesk.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_store, settings, lang="nb")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_main_window_menus_are_norwegian(norwegian, norwegian_window):
    assert norwegian, "boarddesk_nb.qm did not load"
    titles = [action.text() for action in norwegian_window.menuBar().actions()]
    assert {"&Fil", "&Rediger", "&Gå", "&Vis", "&Hjelp", "&Møter", "&Utskrift", "&Lesing"} <= set(titles)
    assert not {"&File", "&Edit", "&Go", "&View", "&Help", "&Meetings", "&Print", "&Reading"} & set(titles)


def test_norwegian_mnemonics_are_unique_in_each_menu(norwegian_window):
    def letters(actions) -> list[str]:
        found = []
        for action in actions:
            match = MNEMONIC.search(action.text())
            if match and not action.isSeparator():
                found.append(match.group()[1].lower())
        return found

    def duplicates(actions) -> set[str]:
        found = letters(actions)
        return {letter for letter in found if found.count(letter) > 1}

    clashes = {"menu bar": duplicates(norwegian_window.menuBar().actions())}
    menus = [action.menu() for action in norwegian_window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        clashes[menu.title()] = duplicates(menu.actions())
        menus.extend(action.menu() for action in menu.actions() if action.menu())
    assert not {where: letters for where, letters in clashes.items() if letters}


def test_english_is_back_after_the_norwegian_test(qapp, demo_store, qtbot, tmp_path):
    """The translators of the tests above do not leak into the tests that follow."""
    from boarddesk.gui.shell.main_window import MainWindow

    window = MainWindow(demo_store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), lang="en")
    qtbot.addWidget(window)
    assert "&File" in [action.text() for action in window.menuBar().actions()]


TR_LITERAL = re.compile(r"""\btr\(\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*[,)]""")


def test_every_tr_text_in_the_interface_code_is_in_the_translation():
    """Also the texts lupdate cannot collect (inside f-strings, or via window.tr): a new one
    must reach the .ts (./dev translations; for those, boarddesk/gui/i18n_noop.py)."""
    sources = {source for _, source, _ in messages()}
    missing = set()
    for path in Path(__file__).resolve().parents[1].joinpath("boarddesk", "gui").rglob("*.py"):
        for match in TR_LITERAL.finditer(path.read_text(encoding="utf-8")):
            text = ast.literal_eval(match.group(1) + match.group(2) + match.group(1))
            if text not in sources:
                missing.add(f"{path.name}: {text!r}")
    assert sorted(missing) == []
