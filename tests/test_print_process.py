"""The printer process ends with the window that started it: a killed app leaves no print job
painting on behind it (the same rule as the pack's workers)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from PySide6.QtPrintSupport import QPrinter

from boarddesk.gui.printing.print_process import printer_settings
from boarddesk.reports.documents import build_document

# The child's progress goes to a file, not a pipe: a closed pipe would end it anyway, and the rule
# under test is that the child goes with its parent even when nothing else tells it to.
PARENT = """
import subprocess, sys, time
progress = open(sys.argv[1], "w")
child = subprocess.Popen([sys.executable, "-m", "boarddesk.gui.printing.print_process"],
                         stdin=subprocess.PIPE, stdout=progress, text=True)
child.stdin.write(sys.stdin.read()); child.stdin.close()
print(child.pid, flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_the_printer_process_ends_with_the_window_that_started_it(qapp, demo_store, tmp_path):
    pdf = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    settings = json.dumps(printer_settings(printer, str(pdf), 300))
    progress = tmp_path / "progress.txt"
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(progress)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    parent.stdin.write(settings)
    parent.stdin.close()
    child = int(parent.stdout.readline())
    deadline = time.monotonic() + 30
    while "page" not in progress.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "page" in progress.read_text() and "done" not in progress.read_text(), "the job is under way"
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(child), "the print job went on after the window was killed"
    assert not (tmp_path / "printed.pdf").exists(), "nothing half-printed is left as the printout"
