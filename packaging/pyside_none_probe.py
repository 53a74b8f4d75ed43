"""Does this PySide6 drop a reference to None on void Qt calls? (6.12.0 under Python 3.11 does:
after enough calls None's count reaches zero and Python aborts with "none_dealloc".)

    QT_QPA_PLATFORM=offscreen python packaging/pyside_none_probe.py

Prints None's reference count before and after 1000 calls of three void methods; a clean PySide6
shows +0 for each. Python 3.12 and later make None immortal, so the probe tells nothing there."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
thing, widget = QObject(), QWidget()
CALLS = {
    "QObject.setObjectName": lambda i: thing.setObjectName(f"n{i}"),
    "QWidget.setWindowTitle": lambda i: widget.setWindowTitle(f"t{i}"),
    "QWidget.resize": lambda i: widget.resize(100 + i % 7, 100),
}
leaked = 0
for label, call in CALLS.items():
    call(0)
    before = sys.getrefcount(None)
    for i in range(1000):
        call(i)
    change = sys.getrefcount(None) - before
    leaked += change < 0
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}: {label} x1000: None refcount {change:+d}")
print("clean" if not leaked else "LEAKS None: do not use this PySide6 under Python 3.11")
sys.exit(1 if leaked else 0)
