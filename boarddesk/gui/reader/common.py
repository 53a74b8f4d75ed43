"""What the reader's parts share: running a task in a worker with progress, and page thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QSpinBox

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


def run_in_worker(context: ViewContext, title: str, work: Callable[[Any, Callable[[int, int], None]], Any]) -> Any:
    """Run `work(store, report)` in a worker with its own store behind a progress dialog; returns
    its result, or None after showing what went wrong."""
    result, _error = context.store_op(work).with_progress(title).warn_on_failure(title).run_and_wait()
    return result


def set_up_thumbnails(thumbnails: QListWidget, width: int) -> None:
    """Make a list show a document's pages as one column of thumbnails `width` wide."""
    thumbnails.setIconSize(QSize(width, int(width * 1.42)))
    thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
    thumbnails.setFlow(QListWidget.Flow.TopToBottom)
    thumbnails.setWrapping(False)
    thumbnails.setMovement(QListWidget.Movement.Static)
    thumbnails.setSpacing(4)


def show_page_quietly(page_box: QSpinBox, thumbnails: QListWidget, page: int) -> None:
    """Make the page box and the thumbnails show `page` without signalling it (no jumping back)."""
    page_box.blockSignals(True)
    page_box.setValue(page + 1)
    page_box.blockSignals(False)
    thumbnails.blockSignals(True)
    thumbnails.setCurrentRow(page)
    thumbnails.blockSignals(False)
