"""Opening a BoardDesk store safely, and the transaction every write goes through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from boarddesk.store import backup, migrations
from boarddesk.store.fileheader import APPLICATION_ID, HeaderProblem, read_header


class StoreError(Exception):
    """A store cannot be used; the message says why, in words for the user."""


class NotABoardDeskFile(StoreError):
    pass


class TooNewDatabase(StoreError):
    pass


class DamagedDatabase(StoreError):
    def __init__(self, message: str, latest_backup: Path | None) -> None:
        if latest_backup:
            message += f"\nThe latest backup is {latest_backup}"
        super().__init__(message)
        self.latest_backup = latest_backup


def _refuse_foreign_or_damaged(path: Path) -> None:
    """Judge an existing file by its header alone, before SQLite may write anything to it."""
    try:
        header = read_header(path)
    except HeaderProblem as problem:
        if problem.damaged:
            raise DamagedDatabase(
                f"{path} is a damaged BoardDesk database: {problem}", backup.latest_backup(path)
            ) from None
        raise NotABoardDeskFile(f"{path} is not a BoardDesk database: {problem}. It was left untouched.") from None
    except OSError as error:
        raise StoreError(f"{path} cannot be read: {error.strerror or error}") from None
    if header.application_id != APPLICATION_ID and not _marked_in_wal(path):
        raise NotABoardDeskFile(
            f"{path} is not a BoardDesk database: it is an SQLite database of another program. It was left untouched."
        )
    if header.user_version > migrations.LATEST_VERSION:
        raise TooNewDatabase(
            f"{path} was written by a newer BoardDesk (schema version {header.user_version}; this "
            f"BoardDesk knows up to {migrations.LATEST_VERSION}). Update BoardDesk to open it."
        )


def _marked_in_wal(path: Path) -> bool:
    """A store made moments ago may still hold its first pages, and so its BoardDesk mark, in
    the write-ahead log beside it; only then is the file opened, read-only, to look there."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return False
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.DatabaseError:
        return False


class Store:
    """One open BoardDesk database. Use one Store per thread; each holds its own connection."""

    def __init__(self, path: Path, conn: sqlite3.Connection, created: bool) -> None:
        self.path = path
        self.conn = conn
        self.created = created
        self._depth = 0
        self._db = None

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, migrate: bool = True) -> Store:
        path = Path(path).expanduser()
        exists = path.exists()
        if exists and path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        has_content = exists and path.stat().st_size > 0
        if has_content:
            _refuse_foreign_or_damaged(path)
        elif not create:
            raise StoreError(f"there is no BoardDesk database at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        try:
            cls._configure(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            conn.close()
            raise DamagedDatabase(
                f"{path} is a damaged BoardDesk database: {error}", backup.latest_backup(path)
            ) from None
        if migrate and version < migrations.LATEST_VERSION:
            cls._upgrade(conn, path, version)
        return cls(path, conn, created=not has_content)

    @staticmethod
    def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
        saved = None
        try:
            if version > 0:
                saved = backup.take_backup(conn, path, label=f"before-v{migrations.LATEST_VERSION}")
            migrations.upgrade(conn)
            # Write the new schema into the file itself, so that its header marks it as ours.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError as error:
            conn.close()
            where = f" A copy from before the upgrade is at {saved}." if saved else ""
            raise StoreError(
                f"{path} could not be upgraded to schema version {migrations.LATEST_VERSION}: {error}. "
                f"The failed step was undone.{where}"
            ) from None

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed write survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")

    @property
    def db(self):
        """sqlite-utils over the connection, made on first use: importing sqlite-utils takes about
        0.2 s, a third of the app's start-up budget, and plain queries do not need it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is saved, or none. Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        # IMMEDIATE takes the write lock at once, so two writers queue instead of failing midway.
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        columns = [column[0] for column in cursor.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cursor]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_grouped(self, sql: str, params: Any, by: str) -> dict[Any, list[dict[str, Any]]]:
        """The rows grouped by their value in column `by`, each group in the query's order."""
        groups: dict[Any, list[dict[str, Any]]] = {}
        for row in self.query(sql, params):
            groups.setdefault(row[by], []).append(row)
        return groups

    def require_one(self, sql: str, params: Any, missing: str) -> dict[str, Any]:
        """The first row, which must be there: LookupError(`missing`) when the query finds none."""
        row = self.query_one(sql, params)
        if row is None:
            raise LookupError(missing)
        return row

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def backup_if_due(self) -> Path | None:
        """Take today's backup if there is none yet (nothing to keep in a store made just now)."""
        if self.created or not backup.daily_backup_due(self.path):
            return None
        return backup.take_backup(self.conn, self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
