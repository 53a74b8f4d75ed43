"""Kill BoardDesk at many write points and check that the record held.

    .venv/bin/python -m bench.fault_sweep [--points 12] [--only json-import,backup]

Each operation (JSON import, meeting bundle import, live-meeting autosave, approval of minutes, backup, migration,
first creation) runs in a child process under `strace`, which kills it with SIGKILL at its Nth
`pwrite64` (every write SQLite makes goes through it); N is swept over the operation's writes.
After each kill the store must open, pass `PRAGMA integrity_check` and `boarddesk verify`, and
hold its data either wholly as before the operation or wholly as after it. Prints the trials,
how many held, and how many lost data. tests/test_fault_sweep.py runs a small sweep of this.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boarddesk.cli import main as boarddesk
from boarddesk.store import Store

STRACE = shutil.which("strace")
AUTOSAVED = "Drøftet i møtet. " * 800  # long enough to span several pages

# What the child process runs, given the store and the sweep's folder: one write operation.
CHILD = """
import sys
from pathlib import Path
from boarddesk.store import Store
op, db, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
facts = __import__("json").loads((work / "facts.json").read_text())
if op == "first-creation":
    Store.open(db).close()
    raise SystemExit
store = Store.open(db)
if op == "json-import":
    from boarddesk.exchange.importer import import_file
    import_file(store, work / "boards.json")
elif op == "autosave":
    from boarddesk.services.meetings.live_meeting import save_notes
    save_notes(store, facts["case"], facts["text"])
elif op == "approval":
    from boarddesk.services.meetings.minutes import approve
    approve(store, facts["meeting"], approved_on="2026-01-05")
elif op == "bundle-import":
    from boarddesk.services.transfer.bundles import import_bundle
    import_bundle(store, work / "meeting.bdpack")
elif op == "backup":
    from boarddesk.store.backup import take_backup
    take_backup(store.conn, db, label="sweep")
store.close()
"""


@dataclass
class Operation:
    name: str
    prepare: Callable[[Path, Path, dict[str, Any]], None]  # (template store, work folder, facts)
    state: Callable[[Path], Any]  # what the data is, read before the store is opened again
    changes_data: bool = True  # False: the data must stay as it was (a migration)


@dataclass
class Tally:
    trials: int = 0
    killed: int = 0  # trials where the kill came before the operation ended
    held: int = 0
    lost: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.trials += other.trials
        self.killed += other.killed
        self.held += other.held
        self.lost += other.lost
        self.failures += other.failures


def _read(db: Path, sql: str, params: tuple = ()) -> Any:
    with Store.open(db, create=False, migrate=False) as store:
        return [tuple(row) for row in store.conn.execute(sql, params)]


def _counts(db: Path) -> Any:
    tables = ("boards", "projects", "status_reports", "cases", "decisions", "meetings", "annotations")
    return _read(db, "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables))


def _demo(template: Path) -> None:
    from boarddesk.demo.boards import load_demo

    with Store.open(template) as store:
        load_demo(store)


def prepare_import(template: Path, work: Path, facts: dict[str, Any]) -> None:
    demo = work / "demo-source.sqlite"
    _demo(demo)
    with contextlib.redirect_stdout(io.StringIO()):
        boarddesk(["export", "json", str(work / "boards.json"), "--db", str(demo)])
    Store.open(template).close()


def prepare_bundle_import(template: Path, work: Path, facts: dict[str, Any]) -> None:
    """A member's store that holds 6/2021 from an earlier bundle, and the secretary's bundle of 7/2021
    (with its case papers); the store closing after the import checkpoints, so kills land in that too."""
    from boarddesk.services.transfer.bundles import export_bundle, import_bundle

    secretary = work / "secretary.sqlite"
    _demo(secretary)
    with Store.open(secretary) as store:
        export_bundle(store, "pds-m-2021-6", work / "earlier.bdpack")
        export_bundle(store, "pds-m-2021-7", work / "meeting.bdpack")
    with Store.open(template) as store:
        import_bundle(store, work / "earlier.bdpack")


def prepare_autosave(template: Path, work: Path, facts: dict[str, Any]) -> None:
    from boarddesk.services.meetings.live_meeting import save_notes

    _demo(template)
    with Store.open(template) as store:
        for (case,) in store.conn.execute("SELECT id FROM cases WHERE meeting IS NOT NULL ORDER BY meeting DESC, id"):
            try:
                save_notes(store, case, "Før møtet.")
            except Exception:  # noqa: BLE001 - a case whose minutes are closed; try the next
                continue
            facts.update(case=case, text=AUTOSAVED)
            return
    raise RuntimeError("the demo has no case whose minutes can be written")


def prepare_approval(template: Path, work: Path, facts: dict[str, Any]) -> None:
    from boarddesk.services.meetings.live_meeting import close_meeting

    _demo(template)
    with Store.open(template) as store:
        for (meeting,) in store.conn.execute("SELECT id FROM meetings ORDER BY date DESC, id"):
            try:
                close_meeting(store, meeting, confirm=True)
            except Exception:  # noqa: BLE001 - minutes already approved; try the next
                continue
            facts.update(meeting=meeting)
            return
    raise RuntimeError("the demo has no meeting whose minutes can be approved")


def prepare_backup(template: Path, work: Path, facts: dict[str, Any]) -> None:
    _demo(template)


def prepare_migration(template: Path, work: Path, facts: dict[str, Any]) -> None:
    import sqlite3

    from boarddesk.store import migrations

    conn = sqlite3.connect(template, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.upgrade(conn, target=1)
    conn.execute("INSERT INTO boards (id, name, case_number_format) VALUES ('b', 'Programstyret', '{seq}/{yy}')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def prepare_creation(template: Path, work: Path, facts: dict[str, Any]) -> None:
    pass  # the store does not exist yet


def backup_state(db: Path) -> Any:
    backups = sorted(db.with_name(db.name + ".backups").glob("*-sweep.sqlite"))
    whole = [_counts(path) for path in backups]  # each backup must itself be a whole store
    return _counts(db), len(whole) and whole[0]


OPERATIONS = {
    op.name: op
    for op in (
        Operation("json-import", prepare_import, _counts),
        Operation("bundle-import", prepare_bundle_import, _counts),
        Operation("autosave", prepare_autosave, lambda db: _read(db, "SELECT id, discussion FROM cases ORDER BY id")),
        Operation(
            "approval",
            prepare_approval,
            lambda db: _read(db, "SELECT meeting_id, status, sha256 FROM minutes ORDER BY meeting_id"),
        ),
        Operation("backup", prepare_backup, backup_state),
        Operation("migration", prepare_migration, lambda db: _read(db, "SELECT id, name FROM boards"), False),
        Operation("first-creation", prepare_creation, lambda db: db.exists() and _read(db, "PRAGMA user_version")),
    )
}


def _run_child(op: str, db: Path, work: Path, kill_at: int | None, log: Path | None = None) -> int:
    strace = [STRACE, "-f", "-qq", "-e", "trace=pwrite64"]  # (--seccomp-bpf would stop the injection)
    if kill_at is None:
        strace += ["-o", str(log)]
    else:
        strace += ["-o", "/dev/null", "-e", f"inject=pwrite64:signal=KILL:when={kill_at}"]
    child = [sys.executable, "-c", CHILD, op, str(db), str(work)]
    return subprocess.run([*strace, *child], capture_output=True, text=True).returncode


def _fresh(template: Path, db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if template.exists():
        shutil.copyfile(template, db)


def _state_after(operation: Operation, db: Path) -> Any:
    """The data as the operation left it, once the store passed every check (opened as the
    app would, which also finishes a migration that was cut off)."""
    state = operation.state(db)
    Store.open(db).close()  # as the app opens it: makes the store if there is none yet
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        verified = boarddesk(["verify", "--db", str(db)])
    if verified != 0:
        raise AssertionError(f"boarddesk verify failed: {out.getvalue()}")
    with Store.open(db) as store:
        if store.scalar("PRAGMA integrity_check") != "ok":
            raise AssertionError("PRAGMA integrity_check is not ok")
    return state


def sweep(name: str, points: int, folder: Path) -> Tally:
    operation = OPERATIONS[name]
    work = folder / name
    work.mkdir(parents=True)
    template, db = work / "template.sqlite", work / "store" / "store.sqlite"
    db.parent.mkdir()
    facts: dict[str, Any] = {}
    operation.prepare(template, work, facts)
    (work / "facts.json").write_text(json.dumps(facts))

    _fresh(template, db)
    before = operation.state(db)
    log = work / "writes.log"
    _run_child(name, db, work, None, log)
    writes = sum(1 for line in log.read_text().splitlines() if "pwrite64(" in line)
    after = _state_after(operation, db)
    if (before == after) == operation.changes_data:
        raise RuntimeError(f"{name}: the operation's run without a kill did not do what it should")

    tally = Tally()
    count = max(1, min(points, writes))
    kill_points = sorted({1 + round(i * (writes - 1) / max(count - 1, 1)) for i in range(count)})
    for kill_at in kill_points:
        _fresh(template, db)
        tally.killed += _run_child(name, db, work, kill_at) == -signal.SIGKILL
        tally.trials += 1
        try:
            state = operation.state(db)
            _state_after(operation, db)
        except Exception as error:  # noqa: BLE001 - every failure is counted and shown
            tally.failures.append(f"{name} killed at write {kill_at}/{writes}: {error}")
            continue
        if state in (before, after):
            tally.held += 1
        else:
            tally.lost += 1
            tally.failures.append(f"{name} killed at write {kill_at}/{writes}: data neither before nor after")
    return tally


def run(points: int, names: list[str]) -> dict[str, Tally]:
    with tempfile.TemporaryDirectory(prefix="fault-sweep-") as folder:
        return {name: sweep(name, points, Path(folder)) for name in names}


def line(name: str, tally: Tally) -> str:
    return f"{name:15} trials {tally.trials:3} (killed {tally.killed:3})  held {tally.held:3}  data lost {tally.lost}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=12, help="kill points per operation (default 12)")
    parser.add_argument("--only", default=",".join(OPERATIONS), help="operations, comma-separated")
    args = parser.parse_args(argv)
    if STRACE is None:
        print("strace is not installed (apt-get install strace); no sweep run", file=sys.stderr)
        return 2
    started = time.perf_counter()
    total = Tally()
    for name, tally in run(args.points, args.only.split(",")).items():
        print(line(name, tally))
        total.add(tally)
    print(line("all", total))
    print(f"in {time.perf_counter() - started:.0f} s")
    for failure in total.failures:
        print(f"  FAILED: {failure}")
    return 0 if total.trials == total.held else 1


if __name__ == "__main__":
    sys.exit(main())
