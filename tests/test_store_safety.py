"""The store's file stays safe: another process never loses our write-ahead log, a crash is not
damage, a store cut off while being made opens next time, foreign files stay untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from boarddesk.cli import main
from boarddesk.store import NotABoardDeskFile, Store, StoreBusy, TooNewDatabase, database
from boarddesk.store.backup import list_backups, take_backup

BOARD = "(SELECT min(id) FROM boards)"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def board_name(path: Path) -> str:
    """Read by a process of its own, as another user of the file would."""
    code = f"import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT name FROM boards WHERE id = {BOARD}').fetchone()[0])"
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()


def die_after(path: Path, code: str) -> None:
    """Run `code` (with `store` open on `path`) in a child that then kills itself with SIGKILL."""
    script = (
        "import os, signal, sys\nfrom boarddesk.store import Store\nstore = Store.open(sys.argv[1])\n"
        f"{code}\nos.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL, result.stderr


HOLDER = f"""
import os, sys, time
from boarddesk.store import Store
path = sys.argv[1]
first = Store.open(path)
second = Store.open(path)  # as the app's worker threads do
with first.write() as conn:
    conn.execute("UPDATE boards SET name = 'before verify' WHERE id = {BOARD}")
print("ready", flush=True)
sys.stdin.readline()
with first.write() as conn:
    conn.execute("UPDATE boards SET name = 'after verify' WHERE id = {BOARD}")
for fd in os.listdir("/proc/self/fd"):
    try:
        print(os.readlink(f"/proc/self/fd/{{fd}}"), flush=True)
    except OSError:
        pass
print("done", flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open files")
def test_a_store_open_twice_keeps_its_wal_while_another_process_verifies(demo_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        verify = subprocess.run(
            [sys.executable, "-m", "boarddesk", "verify", "--db", str(demo_path)], capture_output=True, text=True
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr
        holder.stdin.write("go\n")
        holder.stdin.flush()
        files = []
        for line in holder.stdout:
            if line.strip() == "done":
                break
            files.append(line.strip())
        ours = [f for f in files if demo_path.name in f]
        assert any(f.endswith("-wal") for f in ours)
        assert not [f for f in ours if "(deleted)" in f]
        assert board_name(demo_path) == "after verify"  # a third process sees the write
    finally:
        holder.kill()
        holder.wait()
    with Store.open(demo_path) as store:  # and it survived kill -9
        assert store.scalar(f"SELECT name FROM boards WHERE id = {BOARD}") == "after verify"


def test_no_command_reads_the_open_store_outside_sqlite(demo_path, tmp_path, capsys):
    """While the store is open in this process, no command opens its files with plain file I/O
    (closing such a descriptor would drop our SQLite locks)."""
    own = {str(p) for p in database.store_files(demo_path.resolve())}
    opened: list[str] = []
    watching = threading.Event()

    def hook(event: str, args: tuple) -> None:
        if watching.is_set() and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            if os.path.abspath(name) in own:
                opened.append(name)

    sys.addaudithook(hook)
    with Store.open(demo_path) as held:
        watching.set()
        try:
            with Store.open(demo_path) as second:
                assert second.scalar("SELECT count(*) FROM boards") >= 3
            db = ["--db", str(demo_path)]
            assert main(["verify", *db]) == 0
            assert main(["search", "helse", *db]) == 0
            assert main(["decisions", *db]) == 0
            out = str(tmp_path / "pack.pdf")
            assert main(["print", "pack", "--board", "pds", "--meeting", "7/2021", "--out", out, *db]) == 0
            assert main(["export", "json", str(tmp_path / "out.json"), *db]) == 0
            assert main(["import", "json", str(demo_path), *db]) == 2
            assert main(["export", "json", str(demo_path), *db]) == 2
            assert main(["import", "json", str(demo_path) + "-wal", *db]) == 2
        finally:
            watching.clear()
        assert held.scalar("SELECT count(*) FROM boards") >= 3
    assert opened == []
    assert "is the BoardDesk database itself" in capsys.readouterr().err


def test_committed_pages_only_in_the_wal_are_recovered(demo_path):
    die_after(
        demo_path,
        "store.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"with store.write() as conn: conn.execute(\"UPDATE boards SET name = 'in the log' WHERE id = {BOARD}\")",
    )
    assert Path(f"{demo_path}-wal").stat().st_size > 0
    with Store.open(demo_path) as store:
        assert store.scalar(f"SELECT name FROM boards WHERE id = {BOARD}") == "in the log"


def last_frame_of_page_one(wal: Path, page_size: int) -> bytes:
    data = wal.read_bytes()
    frame = 24 + page_size
    pages = [data[32 + i * frame + 24 : 32 + (i + 1) * frame] for i in range((len(data) - 32) // frame)]
    numbers = [int.from_bytes(data[32 + i * frame : 32 + i * frame + 4], "big") for i in range(len(pages))]
    return [page for page, number in zip(pages, numbers, strict=True) if number == 1][-1]


def test_a_checkpoint_cut_off_midway_is_not_damage(demo_path):
    """The file's first page already says it is longer, the rest is still in the log: what a
    kill in the middle of a checkpoint leaves. SQLite recovers it; so must BoardDesk."""
    die_after(
        demo_path,
        "store.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "with store.write() as conn:\n"
        '    conn.execute("CREATE TABLE ballast (x)")\n'
        "    conn.executemany('INSERT INTO ballast VALUES (?)', [('x' * 3000,) for _ in range(200)])\n"
        f"    conn.execute(\"UPDATE boards SET name = 'grown' WHERE id = {BOARD}\")",
    )
    page_size = 4096
    before = demo_path.stat().st_size
    first_page = last_frame_of_page_one(Path(f"{demo_path}-wal"), page_size)
    with open(demo_path, "r+b") as handle:
        handle.write(first_page)
    assert int.from_bytes(first_page[28:32], "big") * page_size > before  # header says longer than the file
    with Store.open(demo_path) as store:
        assert store.scalar(f"SELECT name FROM boards WHERE id = {BOARD}") == "grown"
        assert store.scalar("SELECT count(*) FROM ballast") == 200
        assert store.scalar("PRAGMA integrity_check") == "ok"


def test_a_store_cut_off_while_being_made_opens_next_time(tmp_path):
    path = tmp_path / "new.sqlite"
    if shutil.which("strace"):
        for when in (3, 12, 40):
            script = "import sys; from boarddesk.store import Store; Store.open(sys.argv[1])"
            subprocess.run(
                ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=pwrite64",
                 "-e", f"inject=pwrite64:signal=KILL:when={when}", sys.executable, "-c", script, str(path)],
                capture_output=True,
            )  # fmt: skip
            assert not path.exists()  # nothing half-made under the real name
    # What older versions left: the header of a WAL file without our mark and no schema.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with Store.open(path) as store:
        assert store.created
        assert store.scalar("SELECT count(*) FROM boards") == 0
        assert store.schema_version > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary files were left"


def test_a_foreign_wal_database_is_refused_without_a_trace(tmp_path):
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE bookmarks (url)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotABoardDeskFile, match="another program"):
        Store.open(path)
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["places.sqlite"]


def test_a_schema_version_only_in_the_wal_is_judged_too_new(demo_path):
    die_after(
        demo_path, "store.conn.execute('PRAGMA wal_autocheckpoint = 0')\nstore.conn.execute('PRAGMA user_version = 99')"
    )
    with pytest.raises(TooNewDatabase, match="newer BoardDesk"):
        Store.open(demo_path)


def test_backups_in_the_same_second_do_not_meet(demo_path):
    moment = datetime(2026, 1, 5, 9, 0, 0)
    problems: list[BaseException] = []

    def back_up() -> None:
        try:
            with Store.open(demo_path) as store:
                for _ in range(5):
                    take_backup(store.conn, demo_path, now=moment)
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            problems.append(error)

    threads = [threading.Thread(target=back_up) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    [backup] = list_backups(demo_path)
    assert sqlite3.connect(backup).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not [p for p in backup.parent.iterdir() if "partial" in p.name]


def test_a_writer_waits_for_another_and_says_so(demo_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    told: list[str] = []
    with Store.open(demo_path) as store:
        store.on_wait = told.append
        releaser = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
        releaser.start()
        with store.write() as conn:
            conn.execute(f"UPDATE boards SET name = 'waited' WHERE id = {BOARD}")
        releaser.join()
        assert told and "another program" in told[0] and str(demo_path) in told[0]
        store.wait_limit = 0.5
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreBusy, match="nothing was saved"):
            with store.write():
                pass
        holder.execute("ROLLBACK")
        assert store.scalar(f"SELECT name FROM boards WHERE id = {BOARD}") == "waited"
    holder.close()
