"""The Reading menu: read a meeting's documents, and send bundles and notes between secretary and
members. Imports and exports run in a worker with a progress dialog; a password is asked for when
a file is sealed, and may be given when exporting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from boarddesk.gui.i18n import fill
from boarddesk.gui.import_text import bundle_summary
from boarddesk.gui.reader.common import run_in_worker
from boarddesk.gui.service_text import user_message
from boarddesk.gui.shell.file_dialogs import open_file, save_file
from boarddesk.model.formatting import format_date
from boarddesk.services.documents import annotations as notes_service

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext
    from boarddesk.services.transfer.bundles import KeyChange


def current_meeting(context: ViewContext) -> str | None:
    """The meeting being looked at: the meeting itself, or the meeting of the document shown."""
    target = context.current_target
    if not target:
        return None
    kind, ident = target
    if kind == "meeting":
        return ident
    if kind == "document":
        return (
            ident.split(":", 1)[1]
            if ident.startswith("meeting:")
            else notes_service.meeting_of_document(context.store, ident)
        )
    return None


def _password(context: ViewContext, title: str, prompt: str) -> str | None:
    text, ok = QInputDialog.getText(context.parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def _chosen_meeting(context: ViewContext, title: str) -> str | None:
    """The meeting being looked at, or None after asking the user to choose one."""
    meeting = current_meeting(context)
    if not meeting:
        QMessageBox.information(
            context.parent, title, QCoreApplication.translate("MainWindow", "Choose a meeting in the navigator first.")
        )
    return meeting


def import_bundle(context: ViewContext, path: str | None = None, password: str | None = None) -> None:
    from boarddesk.services.transfer import bundles
    from boarddesk.services.transfer.container import BundleError, sealed_file

    title = QCoreApplication.translate("MainWindow", "Import meeting bundle")
    if path is None:
        path = open_file(
            context.parent, "bundle", title, QCoreApplication.translate("MainWindow", "Meeting bundles (*.bdpack)")
        )
    if not path:
        return
    try:  # never the store's own file, a folder or a device: the service refuses them by name
        sealed = sealed_file(context.store, path)
    except BundleError as error:
        QMessageBox.warning(context.parent, title, user_message(error))
        return
    if password is None and sealed:
        password = _password(
            context, title, QCoreApplication.translate("MainWindow", "The bundle is protected. Password:")
        )
        if password is None:
            return
    change, error = (
        context.store_op(lambda store, _progress: bundles.key_change(store, path, password))
        .warn_on_failure(title)
        .run_and_wait()
    )
    if error is not None or (change is not None and not _trust_new_key(context, title, change)):
        return
    report = run_in_worker(
        context,
        title,
        lambda store, progress: bundles.import_bundle(
            store, path, password, progress, trust_new_key=change is not None
        ),
    )
    if report is None:
        return
    context.reload_navigator()
    QMessageBox.information(context.parent, title, bundle_summary(report))
    context.open_target("document", f"meeting:{report.meeting_id}")


def _trust_new_key(context: ViewContext, title: str, change: KeyChange) -> bool:
    """Ask, No by default, whether to trust the new key that signed a bundle, showing both fingerprints."""
    text = fill(
        QCoreApplication.translate(
            "MainWindow",
            "The bundle for board {board} is signed by another key than the secretary's key pinned here. It may be forged.",
        ),
        board=change.board_name,
    )
    since = format_date(change.pinned_at[:10], context.lang) if change.pinned_at else "?"
    pinned = fill(QCoreApplication.translate("MainWindow", "Pinned key (since {since}):"), since=since)
    new = QCoreApplication.translate("MainWindow", "Key of this bundle:")
    details = f"{pinned}\n    {change.pinned}\n{new}\n    {change.signer}"
    question = QCoreApplication.translate(
        "MainWindow",
        "Trust the new key only if the secretary has told you its fingerprint in person or by phone. Trust the new key?",
    )
    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{text}\n\n{details}\n\n{question}", parent=context.parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setObjectName("trustNewKey")
    return box.exec() == QMessageBox.StandardButton.Yes


def export_bundle(context: ViewContext, path: str | None = None, password: str | None = None) -> None:
    from boarddesk.services.transfer import bundles

    title = QCoreApplication.translate("MainWindow", "Export meeting bundle")
    meeting = _chosen_meeting(context, title)
    if not meeting:
        return
    if path is None:
        path = save_file(
            context.parent,
            "bundle",
            title,
            f"{meeting}.bdpack",
            QCoreApplication.translate("MainWindow", "Meeting bundles (*.bdpack)"),
        )
        if not path:
            return
        password = _password(
            context, title, QCoreApplication.translate("MainWindow", "Password to protect the bundle (empty for none):")
        )
        if password is None:
            return
    result = run_in_worker(
        context, title, lambda store, progress: bundles.export_bundle(store, meeting, path, password or None, progress)
    )
    if result:
        context.show_status(
            fill(
                QCoreApplication.translate("MainWindow", "Wrote {file} (revision {revision})"),
                file=result.path,
                revision=result.revision,
            ),
            8000,
        )


def export_notes(context: ViewContext, path: str | None = None) -> None:
    from boarddesk.services.transfer import notes_file

    title = QCoreApplication.translate("MainWindow", "Export my shared notes")
    meeting = _chosen_meeting(context, title)
    if not meeting:
        return
    if path is None:
        path = save_file(
            context.parent,
            "notes",
            title,
            f"{meeting}.bdnotes",
            QCoreApplication.translate("MainWindow", "Shared notes (*.bdnotes)"),
        )
    if not path:
        return
    author = context.reader_name()
    result = run_in_worker(
        context, title, lambda store, _progress: notes_file.export_notes(store, meeting, path, author)
    )
    if result:
        context.show_status(
            fill(
                QCoreApplication.translate("MainWindow", "Wrote {count} shared note(s); private notes stay here"),
                count=result.notes,
            ),
            8000,
        )


def import_notes(context: ViewContext, path: str | None = None) -> None:
    from boarddesk.services.transfer import notes_file

    title = QCoreApplication.translate("MainWindow", "Import shared notes")
    if path is None:
        path = open_file(
            context.parent, "notes", title, QCoreApplication.translate("MainWindow", "Shared notes (*.bdnotes)")
        )
    if not path:
        return
    result = run_in_worker(context, title, lambda store, _progress: notes_file.import_notes(store, path))
    if result:
        QMessageBox.information(
            context.parent,
            title,
            fill(
                QCoreApplication.translate(
                    "MainWindow", "{added} new, {updated} updated, {unchanged} unchanged note(s)"
                ),
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
            ),
        )
        context.refresh_current()


def read_meeting(context: ViewContext) -> None:
    meeting = _chosen_meeting(context, QCoreApplication.translate("MainWindow", "Read"))
    if meeting:
        context.open_target("document", f"meeting:{meeting}")


def install(context: ViewContext) -> None:
    menu = context.menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Reading"))
    for text, slot, keys in (
        (
            QCoreApplication.translate("MainWindow", "&Read the meeting's documents"),
            lambda: read_meeting(context),
            "Ctrl+Shift+R",
        ),
        (
            QCoreApplication.translate("MainWindow", "&Import meeting bundle…"),
            lambda: import_bundle(context),
            "Ctrl+Shift+I",
        ),
        (
            QCoreApplication.translate("MainWindow", "&Export meeting bundle…"),
            lambda: export_bundle(context),
            "Ctrl+Shift+E",
        ),
        (QCoreApplication.translate("MainWindow", "Export my &shared notes…"), lambda: export_notes(context), None),
        (QCoreApplication.translate("MainWindow", "Import shared &notes…"), lambda: import_notes(context), None),
    ):
        action = QAction(text, context.parent)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
