"""Importing a JSON file with a progress bar and Cancel; the window stays responsive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from boarddesk.gui.i18n import fill
from boarddesk.gui.import_text import import_counts
from boarddesk.gui.shell.worker import StoreOp


def run_import(parent: QWidget, db_path: Path, json_path: str) -> bool:
    """Import in a worker; returns True when something was added."""
    from boarddesk.exchange.importer import import_file

    label = fill(QCoreApplication.translate("MainWindow", "Importing {file}…"), file=Path(json_path).name)
    op = StoreOp(parent, db_path, lambda store, report: import_file(store, json_path, progress=report))
    added, error = op.with_progress(label).run_and_wait()
    if error is not None:
        if error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("MainWindow", "Import failed"),
                fill(
                    QCoreApplication.translate(
                        "MainWindow", "{file} was not imported; nothing was changed.\n\n{error}"
                    ),
                    file=json_path,
                    error=error,
                ),
            )
        return False
    QMessageBox.information(parent, QCoreApplication.translate("MainWindow", "Import finished"), import_counts(added))
    return True
