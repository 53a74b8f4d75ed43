"""The `boarddesk` command as a user runs it: real processes, real files."""

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from boarddesk.demo.synthetic import synthetic_document


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "boarddesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_search_finds_cards_risks_and_decisions(tmp_path):
    db = str(tmp_path / "d.sqlite")
    built = run("demo", "--db", db)
    assert "Demo store ready" in built.stdout
    hits = run("search", "Kjernejournal", "--db", db, "--limit", "500", "--lang", "en").stdout.splitlines()
    kinds = {line.split("\t")[0] for line in hits}
    assert {"Project", "Risk", "Decision"} <= kinds
    norwegian = run("search", "Kjernejournal", "--db", db, "--limit", "500").stdout.splitlines()
    assert {"Prosjektkort", "Risiko", "Vedtak"} <= {line.split("\t")[0] for line in norwegian}
    assert all(len(line.split("\t")) == 4 for line in hits)


def test_demo_refuses_to_overwrite_a_store_with_boards(demo_path):
    result = run("demo", "--db", str(demo_path), check=False)
    assert result.returncode == 2 and "already holds boards" in result.stderr


def test_json_round_trip_through_the_command_line(tmp_path, demo_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    run("export", "json", str(first), "--db", str(demo_path))
    run("import", "json", str(first), "--db", str(tmp_path / "new.sqlite"))
    run("export", "json", str(second), "--db", str(tmp_path / "new.sqlite"))
    assert first.read_bytes() == second.read_bytes()


def test_export_one_board_by_part_of_its_name(tmp_path, demo_path):
    out = tmp_path / "pds.json"
    run("export", "json", str(out), "--board", "digital samhandling", "--db", str(demo_path))
    assert [b["id"] for b in json.loads(out.read_text())["boards"]] == ["pds"]


def test_ambiguous_or_unknown_board_is_refused_with_candidates(tmp_path, demo_path):
    result = run("search", "x", "--board", "e", "--db", str(demo_path), check=False)
    assert result.returncode == 2
    assert "more than one board" in result.stderr and "pds" in result.stderr
    unknown = run("search", "x", "--board", "Finnmark", "--db", str(demo_path), check=False)
    assert unknown.returncode == 2 and "no board matches 'Finnmark'" in unknown.stderr
    assert "Traceback" not in result.stderr + unknown.stderr


def test_broken_import_leaves_the_store_unchanged(tmp_path, demo_path):
    broken = tmp_path / "broken.json"
    doc = synthetic_document(5, 2)
    doc["boards"][0]["projects"][3]["milestones"][2]["planned"] = "2023-13-31"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    before = run("export", "json", str(tmp_path / "before.json"), "--db", str(demo_path))
    result = run("import", "json", str(broken), "--db", str(demo_path), check=False)
    assert result.returncode == 2
    assert "boards[0].projects[3].milestones[2].planned: '2023-13-31' is not a date" in result.stderr
    assert "store is unchanged" in result.stderr and "Traceback" not in result.stderr
    run("export", "json", str(tmp_path / "after.json"), "--db", str(demo_path))
    load = lambda name: (tmp_path / name).read_bytes()  # noqa: E731
    assert before.returncode == 0 and load("before.json") == load("after.json")


def test_text_file_or_truncated_store_given_as_db_is_refused_unmodified(tmp_path, demo_path):
    text = tmp_path / "agenda.txt"
    text.write_text("Saksliste for møte 7/2021\n", encoding="utf-8")
    before = digest(text)
    result = run("search", "NILAR", "--db", str(text), check=False)
    assert result.returncode == 2 and "not a BoardDesk database" in result.stderr
    assert digest(text) == before

    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(demo_path.read_bytes()[:5000])
    before = digest(cut)
    result = run("verify", "--db", str(cut), check=False)
    assert result.returncode == 2 and "damaged" in result.stderr and "truncated" in result.stderr
    assert digest(cut) == before


def test_verify_reports_an_altered_attachment(tmp_path, demo_path):
    assert "All checks passed" in run("verify", "--db", str(demo_path)).stdout
    with sqlite3.connect(demo_path) as conn:
        conn.execute(
            "INSERT INTO attachments (id, board_id, filename, sha256, content) VALUES ('a', 'pds', 'x.pdf', ?, ?)",
            (hashlib.sha256(b"original").hexdigest(), b"tampered"),
        )
    result = run("verify", "--db", str(demo_path), check=False)
    assert result.returncode == 1 and "x.pdf" in result.stdout and "SHA-256" in result.stdout


@pytest.mark.slow
def test_import_killed_midway_leaves_the_store_as_it_was(tmp_path, demo_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps(synthetic_document(1500, 12)), encoding="utf-8")
    before = run("export", "json", str(tmp_path / "before.json"), "--db", str(demo_path)).returncode
    process = subprocess.Popen(
        [sys.executable, "-m", "boarddesk", "import", "json", str(big), "--db", str(demo_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(str(demo_path) + "-wal")
    deadline = time.monotonic() + 60
    # Kill it once it is writing: the write-ahead log grows past its first pages.
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        assert process.poll() is None, "the import finished before it could be killed; make it bigger"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM boards WHERE id = 'syn'").fetchone()[0] == 0
    run("export", "json", str(tmp_path / "after.json"), "--db", str(demo_path))
    load = lambda name: (tmp_path / name).read_bytes()  # noqa: E731
    assert before == 0 and load("before.json") == load("after.json")


def test_output_cut_short_by_a_pipe_is_not_an_error(demo_path):
    pipe = subprocess.Popen(
        [sys.executable, "-m", "boarddesk", "search", "og", "--limit", "500", "--db", str(demo_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    pipe.stdout.readline()
    pipe.stdout.close()  # like `| head -1`
    stderr = pipe.stderr.read().decode()
    assert pipe.wait(timeout=60) == 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
