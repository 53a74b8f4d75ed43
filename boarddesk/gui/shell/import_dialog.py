"""Importing a JSON file with a progress bar and Cancel; the window stays responsive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from boarddesk.gui.shell.worker import StoreOp


def run_import(parent: QWidget, db_path: Path, json_path: str) -> bool:
    """Import in a worker; returns True when something was added."""
    from boarddesk.exchange.importer import import_file

    label = QCoreApplication.translate("MainWindow", "Importing %1…").replace("%1", Path(json_path).name)
    op = StoreOp(parent, db_path, lambda store, report: import_file(store, json_path, progress=report))
    added, error = op.with_progress(label).run_and_wait()
    if error is not None:
        if error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("MainWindow", "Import failed"),
                QCoreApplication.translate("MainWindow", "%1 was not imported; nothing was changed.\n\n%2")
                .replace("%1", json_path)
                .replace("%2", error),
            )
        return False
    summary = ", ".join(f"{count} {kind}" for kind, count in added.items())
    QMessageBox.information(parent, QCoreApplication.translate("MainWindow", "Import finished"), summary)
    return True
