"""Online backups next to the database: before every migration and once a day; the last 7 are kept.

Every copy goes through SQLite's backup API, never through file reads of a live store."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from boarddesk.store.tempnames import remove_abandoned, temporary_beside

KEEP = 7


class DamagedCopy(sqlite3.DatabaseError):
    """The database copied is damaged; the copy was thrown away."""


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def list_backups(db_path: Path) -> list[Path]:
    """Backups, oldest first (their names sort by time)."""
    folder = backup_dir(db_path)
    return sorted(folder.glob("*.sqlite")) if folder.is_dir() else []


def latest_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """`source` copied into `target`, whole or not at all: written under a name of this process
    and renamed into place, so two processes backing up in the same second never meet."""
    partial = temporary_beside(target, "partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # A copy of a damaged store is no backup: it would push a good one out of the seven.
            problems = [row[0] for row in copy.execute("PRAGMA quick_check(3)")]
        finally:
            copy.close()
        if problems != ["ok"]:
            raise DamagedCopy(f"no copy was kept: the database fails SQLite's check ({'; '.join(problems)})")
        os.replace(partial, target)
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


def take_backup(conn: sqlite3.Connection, db_path: Path, label: str = "daily", now: datetime | None = None) -> Path:
    """Copy the live database with SQLite's online backup, then keep only the newest KEEP."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{label}.sqlite"
    remove_abandoned(folder, "partial")  # copies cut off by a crash
    for stale in folder.glob("*.partial"):  # the shared name older versions used
        if not stale.name.startswith("."):
            stale.unlink(missing_ok=True)
    copy_database(conn, target)
    for old in list_backups(db_path)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def daily_backup_due(db_path: Path, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).strftime("%Y%m%d")
    return not any(f"-{today}-" in path.name for path in list_backups(db_path))


def restore_latest(db_path: Path) -> tuple[Path, Path]:
    """Put the latest backup in the database's place; the damaged file is kept beside it.
    Call it only while no connection to `db_path` is open in this process.

    Returns (the backup used, where the damaged file now is)."""
    latest = latest_backup(db_path)
    if latest is None:
        raise FileNotFoundError(f"there is no backup of {db_path}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    source = sqlite3.connect(f"{latest.resolve().as_uri()}?mode=ro", uri=True)
    try:
        staged = temporary_beside(db_path, "restoring")
        try:
            copy_database(source, staged)
            os.replace(db_path, aside)
            for suffix in ("-wal", "-shm"):
                sidecar = db_path.with_name(db_path.name + suffix)
                if sidecar.exists():
                    os.replace(sidecar, aside.with_name(aside.name + suffix))
            os.replace(staged, db_path)
        finally:
            staged.unlink(missing_ok=True)
    finally:
        source.close()
    return latest, aside
