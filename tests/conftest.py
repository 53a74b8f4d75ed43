"""Shared fixtures. Qt runs offscreen, so the suite needs no display."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from boarddesk.demo.boards import load_demo  # noqa: E402
from boarddesk.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path):
    """A fresh, empty store."""
    with Store.open(tmp_path / "empty.sqlite") as opened:
        yield opened


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo store, built once per test run; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    with Store.open(path) as built:
        load_demo(built)
        built.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_store(demo_path: Path):
    with Store.open(demo_path) as opened:
        yield opened


@pytest.fixture
def show_main_window(qtbot, tmp_path: Path):
    """Opens the main window on a store, with its own settings file, shown at laptop size and
    painted; the GUI is imported here so that tests without a window do not load it."""
    from PySide6.QtCore import QSettings

    from boarddesk.gui.shell.main_window import MainWindow

    def show(store: Store, preset: dict[str, object] | None = None) -> MainWindow:
        """`preset`: settings the window finds already made when it opens."""
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        for key, value in (preset or {}).items():
            settings.setValue(key, value)
        window = MainWindow(store, settings, lang="en")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return show


# The fields schema version 8 added (source notes, inferred marks, date precision, printed totals).
V8_FIELDS = {"source_note", "date_precision", "inferred", "inferred_fields", "deviation_nok", "is_total"}
# And those store version 12 added (where and by whom a board signs, the case owner).
V12_FIELDS = {"seat", "signing_officer", "signing_officer_title", "case_owner"}


def without_version_8_fields(value, key: str = ""):
    """A document as a store older than version 8 can hold it: the fields version 8 (and later) added left out."""
    if isinstance(value, list):
        return [without_version_8_fields(item, key) for item in value]
    if isinstance(value, dict):
        dropped = V8_FIELDS | V12_FIELDS | ({"summary"} if key == "reporting_periods" else set())
        dropped |= {"period"} if key == "budget_lines" else set()
        return {k: without_version_8_fields(v, k) for k, v in value.items() if k not in dropped}
    return value


@pytest.fixture
def demo_for_old_stores(monkeypatch):
    """load_demo as an older app did it, for tests that build an old store and upgrade it."""
    from boarddesk.demo import boards as demo
    from boarddesk.exchange.importer import read_document

    monkeypatch.setattr(demo, "read_document", lambda path: without_version_8_fields(read_document(path)))


@pytest.fixture
def window_store(demo_store):
    """The store `window` opens: the demo store, unless a test module overrides this fixture."""
    return demo_store


@pytest.fixture
def window_settings() -> dict[str, object]:
    """Settings `window` finds already made; a test module may override this fixture."""
    return {}


@pytest.fixture
def window(show_main_window, window_store, window_settings):
    """The main window on `window_store`, in English, at laptop size; closed after the test (it
    saves its state on closing, before the store closes)."""
    win = show_main_window(window_store, window_settings)
    yield win
    win.close()


# -- the interface's language -------------------------------------------------------------------
@pytest.fixture(scope="session")
def compiled_translation() -> Path:
    """The .qm the app loads; built here as ./dev setup would if it is missing or older than the .ts."""
    import subprocess
    import sys

    from boarddesk.gui.i18n import TRANSLATIONS

    ts, qm = TRANSLATIONS / "boarddesk_nb.ts", TRANSLATIONS / "boarddesk_nb.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def speaking(qapp, compiled_translation):
    """Installs a language for one test (`speaking("nb")`); translators and the default locale are
    put back after."""
    from PySide6.QtCore import QLocale

    from boarddesk.gui.i18n import install_translators

    installed: list = []
    locale = QLocale()

    def install(lang: str) -> list:
        translators = install_translators(qapp, lang)
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def norwegian(speaking):
    """The app speaking bokmål for one test: the translators installed."""
    return speaking("nb")


# -- the secretary at a meeting -----------------------------------------------------------------
@pytest.fixture
def secretary_store(demo_store):
    """The secretary's store: only the secretary edits a board's meetings."""
    from boarddesk.services.boards.identity import set_identity

    set_identity(demo_store, "Sekretariatet", {"pds": "secretary"})
    return demo_store


class Said(list):
    """What message boxes said, in order; a question is answered with `answer` (Yes unless a test
    says No), and the button each question offered as its default is kept in `defaults`."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        super().__init__()
        self.answer = QMessageBox.StandardButton.Yes
        self.defaults: list[object] = []


@pytest.fixture
def said(monkeypatch):
    """Message boxes answer at once (Yes to a question); what they said is kept for the test to read."""
    from PySide6.QtWidgets import QMessageBox

    from boarddesk.gui.meeting import agenda_builder, dialogs

    messages = Said()
    monkeypatch.setattr(agenda_builder.QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(dialogs.TextDialog, "exec", lambda self: True)

    def ask(_parent, _title, text, _buttons=None, default=QMessageBox.StandardButton.NoButton):
        messages.append(text)
        messages.defaults.append(default)
        return messages.answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    return messages
