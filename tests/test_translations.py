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

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{\w+\}")
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


MEETING = Path(__file__).resolve().parents[1] / "boarddesk" / "gui" / "meeting"


def translated_calls(tree: ast.AST) -> list[tuple[str | None, ast.Call]]:
    """(context, call) for every tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP(), with
    the class self.tr() looks its text up under; None for a tr() on another object (lupdate files
    it under the variable's name, Qt under the object's class) or a context that is not a literal."""
    found = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Name)
                and child.func.id == "QT_TRANSLATE_NOOP"
            ):
                found.append((child.args[0].value, child))
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                owner = child.func.value
                if child.func.attr == "tr":
                    found.append((cls if isinstance(owner, ast.Name) and owner.id == "self" else None, child))
                elif (
                    child.func.attr == "translate"
                    and isinstance(owner, ast.Name)
                    and owner.id in ("QCoreApplication", "QApplication")
                ):
                    context = child.args[0] if child.args else None
                    found.append((context.value if isinstance(context, ast.Constant) else None, child))
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)

    visit(tree, None)
    return found


def in_f_strings(tree: ast.AST) -> set[ast.AST]:
    return {call for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for call in ast.walk(node)}


def test_every_translated_text_in_the_interface_code_is_in_the_translation_under_its_context():
    """lupdate collects literal texts from self.tr() (context: the class), from
    QCoreApplication.translate("Context", ...) and QT_TRANSLATE_NOOP; a text it cannot collect
    (inside an f-string, built at run time, or tr() called on another object) drops out at the next
    ./dev translations, and a text under another context than the one Qt looks in stays English."""
    known = {(context, source) for context, source, _ in messages()}
    problems = []
    for path in sorted(Path(__file__).resolve().parents[1].joinpath("boarddesk", "gui").rglob("*.py")):
        problems += uncollectable(ast.parse(path.read_text(encoding="utf-8")), path.name, known)
    assert not problems, "\n".join(problems)


def uncollectable(tree: ast.AST, name: str, known: set[tuple[str, str]]) -> list[str]:
    """What in one module's code lupdate cannot collect or Qt will not find, one line per problem."""
    problems = []
    hidden = in_f_strings(tree)
    formatted = formatted_calls(tree)
    for context, call in translated_calls(tree):
        where = f"{name}:{call.lineno}"
        is_tr = isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
        position = 0 if is_tr else 1
        text_arg = call.args[position] if len(call.args) > position else None
        literal = isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)
        if is_tr and context is None:
            problems.append(f"{where}: tr() on another object (use QCoreApplication.translate)")
        elif context is None and literal:
            problems.append(f"{where}: the context of {text_arg.value!r} is not a literal")
        if is_tr and not literal:
            problems.append(f"{where}: tr() of a text made at run time (write the text itself, with {{name}}s)")
        if call in hidden:
            problems.append(f"{where}: tr() inside an f-string (assign it to a variable first)")
        if call in formatted:
            problems.append(f"{where}: a translated text formatted with .format() or % (use fill())")
        if literal and context is not None and (context, text_arg.value) not in known:
            problems.append(f"{where}: {text_arg.value!r} is not in the .ts under {context}")
    problems.extend(
        f'{name}:{line}: .replace("%N", ...) (use fill() and a {{name}})' for line in numbered_replaces(tree)
    )
    problems.extend(
        f"{name}:{line}: a text translated by a helper lupdate does not know" for line in helper_calls(tree)
    )
    return problems


def helper_calls(tree: ast.AST) -> list[int]:
    """Lines that hand a literal text to a module's own translating helper (`_tr("...")`): lupdate
    collects only tr(), translate() and QT_TRANSLATE_NOOP, so the text drops out of the .ts."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_tr", "tr", "translate", "_")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def formatted_calls(tree: ast.AST) -> set[ast.AST]:
    """Calls inside a str.format() call or a % formatting: their {name}s would be filled twice, or not by name."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            found |= set(ast.walk(node))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            found |= set(ast.walk(node))
    return found


def test_the_collectability_check_catches_each_workaround():
    """Each way of building a translated text that lupdate cannot collect, or that fills placeholders
    by hand, is reported; the clean way with fill() is not."""
    known = {("Widget", "Case {number}"), ("Widget", "Case %1")}
    code = {
        "replace": 'class Widget:\n    def f(self, n):\n        return self.tr("Case %1").replace("%1", n)\n',
        "f-string": "class Widget:\n    def f(self, n):\n        return f\"{self.tr('Case {number}')} {n}\"\n",
        "format": 'class Widget:\n    def f(self, n):\n        return self.tr("Case {number}").format(number=n)\n',
        "percent": 'class Widget:\n    def f(self, n):\n        return self.tr("Case %1") % n\n',
        "built": 'class Widget:\n    def f(self, n):\n        return self.tr(f"Case {n}")\n',
        "other object": 'class Widget:\n    def f(self, w):\n        return w.tr("Case {number}")\n',
        "unknown": 'class Widget:\n    def f(self):\n        return self.tr("Case {nummer}")\n',
        "helper": 'def f(n):\n    return fill(_tr("Case {number}"), number=n)\n',
    }
    for what, source in code.items():
        assert uncollectable(ast.parse(source), "x.py", known), f"{what} not caught"
    clean = 'class Widget:\n    def f(self, n):\n        return fill(self.tr("Case {number}"), number=n)\n'
    assert uncollectable(ast.parse(clean), "x.py", known) == []


def test_the_meeting_widgets_are_checked_and_clean():
    """The check finds the translated texts of the meeting widgets that were the last to hold
    hand-filled placeholders (it reads them, rather than passing them by), and finds them clean."""
    known = {(context, source) for context, source, _ in messages()}
    for name in (
        "live_mode.py",
        "dialogs.py",
        "minutes_panel.py",
        "common.py",
        "attendance_grid.py",
        "minutes_html.py",
    ):
        tree = ast.parse((MEETING / name).read_text(encoding="utf-8"))
        assert translated_calls(tree), f"no translated text found in {name}"
        assert uncollectable(tree, name, known) == []


def numbered_replaces(tree: ast.AST) -> list[int]:
    """Lines that fill a %1-style placeholder by hand; i18n.fill() and {name} placeholders say what goes where."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and re.fullmatch(r"%\d+", str(node.args[0].value))
    ]


def test_fill_puts_each_value_in_its_named_place_once():
    from boarddesk.gui.i18n import fill

    assert fill("{hit} of {hits}", hits=12, hit=3) == "3 of 12"
    # a value holding braces or another placeholder's name is not filled again
    assert fill("Marked: «{quote}» on {page}", quote="{page} {x}", page=4) == "Marked: «{page} {x}» on 4"
    # a placeholder without a value stays visible rather than vanishing
    assert fill("{text}: «{field}»", text="Date") == "Date: «{field}»"
