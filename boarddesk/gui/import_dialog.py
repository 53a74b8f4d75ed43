"""Importing a JSON file with a progress bar and Cancel; the window stays responsive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from boarddesk.gui.worker import Task


def run_import(parent: QWidget, db_path: Path, json_path: str) -> bool:
    """Import in a worker; returns True when something was added."""
    from boarddesk.exchange.importer import import_file
    from boarddesk.store import Store

    def work(report):
        with Store.open(db_path) as store:
            return import_file(store, json_path, progress=report)

    dialog = QProgressDialog(
        parent.tr("Importing %1…").replace("%1", Path(json_path).name), parent.tr("Cancel"), 0, 100, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(work)
    outcome: dict = {}
    loop = QEventLoop()
    task.signals.progress.connect(lambda done, total: dialog.setValue(done * 100 // max(total, 1)))
    task.signals.finished.connect(lambda added: (outcome.update(added=added), loop.quit()))
    task.signals.failed.connect(lambda message: (outcome.update(error=message), loop.quit()))
    dialog.canceled.connect(task.cancel)
    task.start()
    loop.exec()
    dialog.close()
    if "error" in outcome:
        if outcome["error"]:
            QMessageBox.warning(
                parent,
                parent.tr("Import failed"),
                parent.tr("%1 was not imported; nothing was changed.\n\n%2")
                .replace("%1", json_path)
                .replace("%2", outcome["error"]),
            )
        return False
    added = outcome.get("added", {})
    summary = ", ".join(f"{count} {kind}" for kind, count in added.items())
    QMessageBox.information(parent, parent.tr("Import finished"), summary)
    return True
