"""`boarddesk print` as a secretary runs it: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys

from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "boarddesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_print_pack_by_meeting_number_and_by_date(tmp_path, demo_path):
    pds = tmp_path / "pds.pdf"
    result = run("print", "pack", "--board", "pds", "--meeting", "7/2021", "--out", str(pds), "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert f"Wrote {pds}" in result.stdout
    assert len(PdfReader(pds).pages) > 5

    hn = tmp_path / "hn.pdf"
    result = run(
        "print",
        "pack",
        "--board",
        "Helse Nord",
        "--meeting",
        "2024-04-25",
        "--out",
        str(hn),
        "--paper",
        "letter",
        "--db",
        str(demo_path),
    )
    assert result.returncode == 0, result.stderr
    first = PdfReader(hn).pages[0]
    assert round(float(first.mediabox.width)) == 612 and "Styret i Helse Nord RHF" in first.extract_text()


def test_print_minutes_in_english(tmp_path, demo_path):
    out = tmp_path / "minutes.pdf"
    result = run(
        "print",
        "minutes",
        "--board",
        "pds",
        "--meeting",
        "7/2021",
        "--out",
        str(out),
        "--lang",
        "en",
        "--db",
        str(demo_path),
    )
    assert result.returncode == 0, result.stderr
    assert "Minutes" in PdfReader(out).pages[0].extract_text()


def test_unknown_meeting_or_board_is_refused_clearly(tmp_path, demo_path):
    out = tmp_path / "x.pdf"
    result = run("print", "agenda", "--board", "pds", "--meeting", "9/2021", "--out", str(out), "--db", str(demo_path))
    assert result.returncode == 2
    assert "no meeting '9/2021'" in result.stderr and "7/2021 (01.12.2021)" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    result = run(
        "print", "agenda", "--board", "Finnmark", "--meeting", "7/2021", "--out", str(out), "--db", str(demo_path)
    )
    assert result.returncode == 2 and "no board matches 'Finnmark'" in result.stderr
