"""Files, processes and commands behave: concurrent first use, read-only stores, unsuitable
targets, empty names, bounded sizes, print workers that end with their parent, a self-checking
print cache. Never a traceback."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from boarddesk.cli import main
from boarddesk.store import Store

BOARDESK = [sys.executable, "-m", "boarddesk"]


def boarddesk(*args: str | Path, reader: bool = False) -> subprocess.CompletedProcess:
    """The command in a process of its own; `reader=True` runs it as a user who may only read."""
    command = [*BOARDESK, *map(str, args)]
    if reader and os.geteuid() == 0:  # root may write anywhere: become nobody
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    result = subprocess.run(command, capture_output=True, text=True)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix="boarddesk-ro-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


@pytest.fixture
def demo_json(demo_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "demo.json"
    assert main(["export", "json", str(out), "--db", str(demo_path)]) == 0
    return out


def test_three_imports_into_a_new_store_at_once(demo_json, tmp_path):
    db = tmp_path / "new" / "store.sqlite"
    runs = [
        subprocess.Popen(
            [*BOARDESK, "import", "json", str(demo_json), "--db", str(db)], stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outcomes = [(run.wait(), run.communicate()[1]) for run in runs]
    for _, errors in outcomes:
        assert "Traceback" not in errors and "another program" not in errors, errors
    assert sorted(code for code, _ in outcomes) == [0, 2, 2], outcomes
    assert all("was not imported" in errors for code, errors in outcomes if code)
    with Store.open(db) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.scalar("SELECT count(*) FROM boards") == len(
            __import__("json").loads(demo_json.read_text())["boards"]
        )
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.startswith("store.sqlite")) == []


@pytest.mark.parametrize("folder_mode", [0o555, 0o777], ids=["read-only folder", "read-only file"])
def test_a_store_that_may_only_be_read_is_read_not_refused(demo_path, shared_folder, demo_json, folder_mode):
    db = shared_folder / "store.sqlite"
    shutil.copyfile(demo_path, db)
    shutil.copyfile(demo_json, shared_folder / "more.json")
    db.chmod(0o444)
    shared_folder.chmod(folder_mode)
    before = db.read_bytes()

    verify = boarddesk("verify", "--db", db, reader=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "All checks passed" in verify.stdout and "PROBLEM" not in verify.stdout
    assert "read-only" in verify.stderr

    found = boarddesk("search", "helse", "--db", db, reader=True)
    assert found.returncode == 0 and found.stdout

    imported = boarddesk("import", "json", shared_folder / "more.json", "--db", db, reader=True)
    assert imported.returncode == 2
    assert str(db) in imported.stderr and "read-only" in imported.stderr and "nothing can be saved" in imported.stderr
    assert db.read_bytes() == before


def test_export_refuses_unsuitable_targets_with_a_message(demo_path, tmp_path, capsys):
    db = ["--db", str(demo_path)]
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    cases = {
        tmp_path / "missing" / "out.json": "does not exist",
        tmp_path: "is a folder",
        pipe: "not a regular file",
    }
    for target, message in cases.items():
        assert main(["export", "json", str(target), *db]) == 2
        error = capsys.readouterr().err
        assert message in error and str(target.parent if message == "does not exist" else target) in error
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # not replaced by a file
    assert not list((tmp_path).glob(".*partial"))


def test_export_into_a_folder_that_cannot_be_written(demo_path, shared_folder):
    db = shared_folder / "store.sqlite"
    shutil.copyfile(demo_path, db)
    locked = shared_folder / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    shared_folder.chmod(0o777)
    db.chmod(0o666)
    result = boarddesk("export", "json", locked / "out.json", "--db", db, reader=True)
    assert result.returncode == 2
    assert "cannot be written" in result.stderr and str(locked) in result.stderr


def test_empty_names_and_huge_sizes_are_refused(demo_path):
    db = str(demo_path)
    for args in (
        ["export", "json", "x.json", "--board", ""],
        ["print", "pack", "--board", " ", "--meeting", "7/2021", "--out", "x.pdf"],
        ["print", "pack", "--board", "pds", "--meeting", "", "--out", "x.pdf"],
        ["decisions", "--project", ""],
    ):
        result = boarddesk(*args, "--db", db)
        assert result.returncode == 2 and "must not be empty" in result.stderr, args
    huge = boarddesk("generate", "--projects", "1000000000", "--db", db)
    assert huge.returncode == 2 and "--projects must be between 1 and" in huge.stderr
    assert boarddesk("generate", "--reports", "0", "--db", db).returncode == 2


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores")
def test_print_workers_end_with_their_parent(demo_path, tmp_path):
    command = [*BOARDESK, "print", "pack", "--board", "pds", "--meeting", "7/2021", "--no-cache"]
    printing = subprocess.Popen([*command, "--out", str(tmp_path / "p.pdf"), "--db", str(demo_path)])
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while not workers and printing.poll() is None and time.monotonic() < deadline:
        workers = children_of(printing.pid)
        time.sleep(0.05)
    if not workers:
        printing.kill()
        pytest.skip("the pack printed before its workers could be seen")
    printing.send_signal(signal.SIGKILL)
    printing.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)]


def test_a_cut_off_file_in_the_print_cache_is_rendered_again(demo_path, tmp_path, capsys):
    args = ["print", "pack", "--board", "pds", "--meeting", "7/2021", "--db", str(demo_path)]
    assert main([*args, "--out", str(tmp_path / "first.pdf")]) == 0
    rendered, reused = map(int, re.search(r"\((\d+) sections rendered, (\d+) reused", capsys.readouterr().out).groups())
    sections = rendered + reused
    cache = demo_path.with_name(demo_path.name + ".print-cache")
    section = max(cache.glob("*.pdf"), key=lambda p: p.stat().st_size)
    whole = section.read_bytes()
    section.write_bytes(whole[: len(whole) // 2])
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "second.pdf")]) == 0
    assert f"(1 section rendered, {sections - 1} reused)" in capsys.readouterr().out
    assert section.read_bytes() == whole
    assert main([*args, "--out", str(tmp_path / "third.pdf")]) == 0
    assert f"(0 sections rendered, {sections} reused)" in capsys.readouterr().out


def test_a_database_error_is_a_message_not_a_traceback(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON boards BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
    conn.commit()
    conn.close()
    result = boarddesk("generate", "--projects", "1", "--reports", "1", "--board-id", "new", "--db", demo_path)
    assert result.returncode == 2 and str(demo_path) in result.stderr and "refused by test" in result.stderr


def test_a_store_damaged_inside_is_reported_not_a_traceback(demo_path):
    with Store.open(demo_path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(demo_path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096
    demo_path.write_bytes(bytes(data))
    for args in (["verify"], ["search", "helse"], ["export", "json", str(demo_path.with_name("out.json"))]):
        result = boarddesk(*args, "--db", demo_path)
        # A command that never reads the damaged page may finish, but must say the file is damaged.
        damage_named = "fails SQLite's check" in result.stderr or "malformed" in result.stderr
        assert result.returncode != 0 or damage_named, args
        assert str(demo_path) in result.stdout + result.stderr
    assert not list(demo_path.parent.glob("*.backups/*.sqlite"))  # a damaged copy is no backup


def test_a_command_waits_for_another_writer_and_says_so(demo_path, demo_json, tmp_path):
    holder_code = (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('holding', flush=True)\n"
        "time.sleep(4.5)\n"
        "conn.execute('COMMIT')\n"
    )
    empty = tmp_path / "empty.sqlite"
    Store.open(empty).close()
    holder = subprocess.Popen([sys.executable, "-c", holder_code, str(empty)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    result = boarddesk("import", "json", demo_json, "--db", empty)
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert f"{empty} is being changed by another program; waiting" in result.stderr
