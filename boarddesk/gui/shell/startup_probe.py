"""Measuring start-up: with BOARDDESK_MEASURE_STARTUP=1 the app prints when the main window is
first painted, then quits. Used by bench/views_bench.py; users never see it."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "BOARDDESK_MEASURE_STARTUP"


def wanted() -> bool:
    return os.environ.get(ENV) == "1"


def seconds_since_process_start() -> float | None:
    """From the kernel's record of when this process began (Linux); None elsewhere."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            started_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            return float(uptime.read().split()[0]) - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint or self.done:
            return False
        self.done = True
        # Paint now, inside this paint event's delivery, so the time taken is when the frame is
        # drawn, before anything the window does right after its first paint.
        watched.event(event)
        wall, since_start = time.time(), seconds_since_process_start()
        print(f"first_paint_wall={wall:.4f}", flush=True)
        if since_start is not None:
            print(f"first_paint_since_process_start={since_start:.3f}", flush=True)
        QTimer.singleShot(0, self.after_restore)  # runs after the window reopened the last item
        return True

    def after_restore(self) -> None:
        print(f"last_item_shown_wall={time.time():.4f}", flush=True)
        print(f"peak_rss_mb={_peak_rss_mb():.0f}", flush=True)
        QApplication.instance().quit()


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def exit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window))
