"""Starting the app: open (or create) the store, handle bad files kindly, show the main window."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from boarddesk.gui.i18n import fill, install_translators
from boarddesk.gui.service_text import user_message
from boarddesk.locator import resource
from boarddesk.store import DamagedDatabase, Store, StoreError
from boarddesk.store.backup import restore_latest

# A save in the window waits this long for another program's write, then says it could not save.
APP_WAIT_SECONDS = 10.0


def open_store(parent_title: str, db_path: Path) -> Store | None:
    """Open the store; offer the latest backup for a damaged one; None if the user gives up."""
    try:
        store = Store.open(db_path)
    except DamagedDatabase as damaged:
        if damaged.latest_backup is None:
            QMessageBox.critical(None, parent_title, user_message(damaged))
            return None
        answer = QMessageBox.question(
            None,
            parent_title,
            fill(
                QApplication.translate(
                    "App", "{problem}\n\nRestore the latest backup? The damaged file is kept beside it."
                ),
                problem=user_message(damaged),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_latest(db_path)
        except OSError as error:
            text = QApplication.translate("App", "{path}: the backup could not be put in place: {error}")
            QMessageBox.critical(None, parent_title, fill(text, path=db_path, error=user_message(error)))
            return None
        return open_store(parent_title, db_path)
    except StoreError as error:
        QMessageBox.critical(None, parent_title, user_message(error))
        return None
    return store


def show_read_only(window: QMainWindow, path: Path) -> None:
    """Say once, and keep saying in the status bar, that nothing can be saved."""
    text = fill(
        QApplication.translate(
            "App",
            "{path} is read-only here (a read-only file, folder or medium): you can read it, but changes cannot be saved.",
        ),
        path=path,
    )
    window.statusBar().addPermanentWidget(QLabel(QApplication.translate("App", "Read-only")))
    window.statusBar().showMessage(text)


def first_start(store: Store, lang: str, dialog_factory=None) -> bool:
    """Ask who the user is and what the store begins with (demo, empty, a bundle), then their role
    on each board that arrived. False if the user cancelled."""
    from boarddesk.demo.boards import is_empty, load_demo
    from boarddesk.gui.shell.identity_dialog import START_BUNDLE, START_DEMO, IdentityDialog

    make = dialog_factory or IdentityDialog
    if not is_empty(store):  # a store made before BoardDesk asked: only who the user is
        return bool(make(store, lang).exec())
    welcome = make(store, lang, first_start=True)
    if not welcome.exec():
        return False
    name, start = welcome.name.text(), welcome.start()
    if start == START_DEMO:
        load_demo(store)
    elif start == START_BUNDLE:
        _import_first_bundle(store)
    # The boards are there now: a role on each (the demo is for trying everything, as secretary).
    roles = make(store, lang, default_role="secretary" if start == START_DEMO else "member")
    roles.name.setText(name)
    return bool(roles.exec()) or roles.save() is not None


def _import_first_bundle(store: Store) -> None:
    from boarddesk.gui.shell.file_dialogs import open_file
    from boarddesk.services.transfer.bundles import BundleError, import_bundle

    title = QApplication.translate("App", "Import meeting bundle")
    path = open_file(None, "bundle", title, QApplication.translate("App", "Meeting bundles (*.bdpack)"))
    if not path:
        return
    try:
        import_bundle(store, path)
    except BundleError as problem:
        QMessageBox.warning(None, title, user_message(problem))


def _backup_in_background(db_path: Path) -> threading.Thread:
    """Today's backup, on its own connection so a large store does not delay the first paint.
    The caller waits for it at quit, so a backup is not cut off and started again every day."""

    def work() -> None:
        try:
            with Store.open(db_path, create=False) as store:
                store.backup_if_due()
        except (OSError, sqlite3.Error, StoreError) as error:
            print(f"boarddesk: today's backup could not be written: {error}", file=sys.stderr)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def run(db_path: Path, lang: str | None = None) -> int:
    from boarddesk.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BoardDesk")
    app.setOrganizationName("BoardDesk")
    app.setWindowIcon(QIcon(str(resource("icons", "boarddesk.svg"))))
    app.setDesktopFileName("boarddesk")  # the installed boarddesk.desktop: its icon and name in the task bar
    settings = QSettings()
    lang = lang or str(settings.value("language", "nb"))
    install_translators(app, lang)
    store = open_store("BoardDesk", Path(db_path))
    if store is None:
        return 2
    store.wait_limit = APP_WAIT_SECONDS
    from boarddesk.demo.boards import is_empty, load_demo
    from boarddesk.gui.shell import startup_probe
    from boarddesk.services.boards.identity import who_am_i

    if startup_probe.wanted():
        if is_empty(store):
            load_demo(store)
    elif who_am_i(store) is None and not first_start(store, lang):
        store.close()
        return 0
    backup = None if store.created else _backup_in_background(store.path)
    window = MainWindow(store, settings, lang)
    if store.read_only:
        show_read_only(window, store.path)
    window.show()
    if startup_probe.wanted():  # bench/views_bench.py: print the time to first paint, then quit
        startup_probe.exit_after_first_paint(window)
    code = app.exec()
    store.close()
    if backup is not None:
        backup.join()
    return code
