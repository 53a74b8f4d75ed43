"""Views, editors and menus get a ViewContext, not the main window: they work without one, and no
module under gui/ but the few that build the window imports it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

import boarddesk.gui
from boarddesk.gui.shell.context import ViewContext
from boarddesk.gui.views import VIEWS

GUI = Path(boarddesk.gui.__file__).parent
MAIN_WINDOW = "boarddesk.gui.shell.main_window"
# The window itself, and what builds one: the app's start, the screenshot tool and the self-check.
MAY_IMPORT_THE_WINDOW = {"shell/main_window.py", "shell/app.py", "shell/shot.py", "shell/selfcheck.py"}


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, at the top, inside functions or under TYPE_CHECKING alike."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_no_view_editor_or_menu_imports_the_main_window():
    importers = sorted(
        str(path.relative_to(GUI))
        for path in GUI.rglob("*.py")
        if str(path.relative_to(GUI)) not in MAY_IMPORT_THE_WINDOW and MAIN_WINDOW in imports_of(path)
    )
    assert importers == [], f"these import the main window; give them a ViewContext instead: {importers}"


def test_the_window_is_built_without_loading_a_view_or_an_editor(demo_path, tmp_path):
    """The views' and editors' modules load when first opened, after the first paint: the window
    paints without paying for their imports (about 0.35 s together)."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from boarddesk.gui.shell.main_window import MainWindow\n"
        "from boarddesk.store import Store\n"
        "app = QApplication([])\n"
        f"window = MainWindow(Store.open({str(demo_path)!r}), QSettings({str(tmp_path / 's.ini')!r}, "
        "QSettings.Format.IniFormat), 'en')\n"
        "print(' '.join(m for m in sys.modules if m.startswith('boarddesk.gui')))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    modules = set(loaded.stdout.split())
    assert "boarddesk.gui.shell.main_window" in modules
    deferred = {
        "boarddesk.gui.shell.home_view",
        "boarddesk.gui.project.project_view",
        "boarddesk.gui.meeting.meeting_view",
        "boarddesk.gui.portfolio.portfolio_view",
        "boarddesk.gui.reader.document_view",
        "boarddesk.gui.project.editing.dialogs",
    }
    assert modules & deferred == set()


def test_the_import_check_sees_an_import_under_type_checking(tmp_path):
    module = tmp_path / "view.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from boarddesk.gui.shell import main_window\n"
    )
    assert MAIN_WINDOW in imports_of(module)


class Changes(QObject):
    data_changed = Signal()


@pytest.fixture
def bare_context(qtbot, window_store, tmp_path):
    """A context with no main window behind it: what a view asks of it is recorded."""
    parent = QWidget()
    qtbot.addWidget(parent)
    changes = Changes(parent)
    opened: list[tuple[str, str]] = []
    statuses: list[str] = []
    context = ViewContext(
        store=window_store,
        lang="en",
        settings=QSettings(str(tmp_path / "bare.ini"), QSettings.Format.IniFormat),
        parent=parent,
        menu_bar=QMenuBar(parent),
        undo_stack=QUndoStack(parent),
        undo_actions=[],
        data_changed=changes.data_changed,
        shown=lambda: opened[-1] if opened else None,
        open_target=lambda kind, ident: opened.append((kind, ident)) or QWidget(parent),
        refresh_current=lambda: None,
        reload_navigator=lambda: None,
        show_navigator=lambda _visible: None,
        show_status=lambda text, _ms: statuses.append(text),
    )
    return context, opened, statuses


@pytest.mark.parametrize(
    ("kind", "ident"), [("home", "pds"), ("board", "nep"), ("project", "pds-prog"), ("meeting", "pds-m-2021-7")]
)
def test_a_view_made_from_a_bare_context_shows_what_the_window_shows(window, bare_context, qtbot, kind, ident):
    context, _opened, _statuses = bare_context
    view = VIEWS[kind](context)
    view.show_item(ident)
    qtbot.waitUntil(lambda: not getattr(view, "busy", False))
    window.show_target(kind, ident)
    shown = window.current_view()
    qtbot.waitUntil(lambda: not getattr(shown, "busy", False))
    assert view.plain_text().strip() and view.plain_text() == shown.plain_text()


def test_the_edit_menu_asks_for_a_project_through_the_context(bare_context):
    from boarddesk.gui.project.editing import dialogs
    from boarddesk.gui.project.editing.menu import open_editor

    context, opened, statuses = bare_context
    assert open_editor(context, dialogs.ProjectEditor) is None
    assert statuses == ["Open a project first: editing works on the project shown."]
    opened.append(("project", "pds-prog"))
    editor = open_editor(context, dialogs.ProjectEditor)
    assert editor is not None and editor.parent() is context.parent and editor.project_id == "pds-prog"
    editor.close()
