"""Opening a BoardDesk store safely, and the transaction every write goes through.

Two rules keep other processes' work safe:
- While this process has a connection to a file, nothing but SQLite opens, reads or closes it:
  closing any descriptor of the file drops every POSIX lock the process holds on it, and another
  process would then delete the write-ahead log under our connections. `_open_files` tells
  whether a file is open here; only when it is not is the header read with plain file I/O.
- A new store is built beside its place under a temporary name and linked into place whole,
  so no process ever sees, or is left with, half a store.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from boarddesk.store import backup, migrations, search_index
from boarddesk.store.fileheader import APPLICATION_ID, Header, HeaderProblem, read_header
from boarddesk.store.rows import Row
from boarddesk.store.tempnames import remove_abandoned, temporary_beside
from boarddesk.store.whole_files import FileRefused

BUSY_TIMEOUT_MS = 3000  # SQLite's own wait for a lock, before a writer says it is waiting
WAIT_LIMIT_SECONDS = 120.0  # how long a writer waits for another program's write to end


class StoreError(Exception):
    """A store cannot be used; the message says why, in words for the user."""


class NotABoardDeskFile(StoreError):
    pass


class TooNewDatabase(StoreError):
    pass


class StoreReadOnly(StoreError):
    """The store can be read but not changed (read-only file, folder or medium)."""


class StoreBusy(StoreError):
    """Another program held the store locked for longer than we wait."""


class DamagedDatabase(StoreError):
    def __init__(self, message: str, latest_backup: Path | None) -> None:
        if latest_backup:
            message += f"\nThe latest backup is {latest_backup}"
        super().__init__(message)
        self.latest_backup = latest_backup


# Files this process holds connections to, by (device, inode), with how many. Reentrant: a Store
# dropped without close() is forgotten by its finalizer, which may run inside a locked section.
_files_lock = threading.RLock()
_open_files: dict[tuple[int, int], int] = {}


def _forget(identity: tuple[int, int] | None) -> None:
    with _files_lock:
        if identity in _open_files:
            _open_files[identity] -= 1
            if not _open_files[identity]:
                del _open_files[identity]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)  # a stat opens no descriptor, so it drops no lock
    except OSError:
        return None
    return status.st_dev, status.st_ino


def store_files(path: Path) -> tuple[Path, Path, Path]:
    """The database and the two files SQLite keeps beside it."""
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _wal_has_content(path: Path) -> bool:
    wal = store_files(path)[1]
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _writable(path: Path) -> bool:
    """SQLite in WAL mode writes the file and creates -wal and -shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _uri(path: Path, **options: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in options.items())
    return f"{path.resolve().as_uri()}?{query}"


def _error_name(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", "") or ""


def is_busy(error: sqlite3.Error) -> bool:
    return _error_name(error).startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error)


def refusal(path: Path, error: sqlite3.Error) -> StoreError:
    """What an error of SQLite's means for the user of the store at `path`."""
    name = _error_name(error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DamagedDatabase(f"{path} is a damaged BoardDesk database: {error}", backup.latest_backup(path))
    if is_busy(error):
        return StoreBusy(f"{path} is locked by another program ({error}); nothing was saved. Try again later.")
    if name.startswith("SQLITE_READONLY"):
        return StoreReadOnly(f"{path} cannot be changed ({error}); nothing was saved.")
    return StoreError(f"{path} cannot be used: {error}")


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file. In a folder where SQLite cannot make its -shm
    file, a store whose write-ahead log is empty is opened as immutable (read-only media)."""
    conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if not _error_name(error).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise
        if _wal_has_content(path):
            raise StoreReadOnly(
                f"{path} cannot be read here: its latest changes are in {store_files(path)[1]}, which SQLite can "
                "read only in a folder it may write to. Copy both files to such a folder."
            ) from None
    return sqlite3.connect(_uri(path, immutable="1"), uri=True, isolation_level=None)


def _judge(path: Path) -> bool:
    """Refuse a file that is not a BoardDesk store, or is damaged; True when it holds nothing yet
    (an empty file, or a store whose creation an older BoardDesk did not finish).

    Call only while no connection to `path` is open in this process."""
    if path.stat().st_size == 0:
        return True
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
    foreign = NotABoardDeskFile(
        f"{path} is not a BoardDesk database: it is an SQLite database of another program. It was left untouched."
    )
    if header.application_id not in (0, APPLICATION_ID):
        raise foreign
    if not _wal_has_content(path) and not header.looks_truncated:
        # The file alone is the whole truth: no need to let SQLite near a foreign file.
        if header.application_id == APPLICATION_ID:
            return False
        if header.user_version == 0 and header.schema_empty:
            return True
        raise foreign
    return _judge_with_sqlite(path, header, foreign)


def _judge_with_sqlite(path: Path, header: Header, foreign: NotABoardDeskFile) -> bool:
    """Pages wait in the write-ahead log, or the file is shorter than its header says (a
    checkpoint cut off): what counts is what SQLite reads after its own recovery."""
    try:
        conn = _read_only_connection(path)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            check = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if header.looks_truncated else ["ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if not _error_name(error).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise refusal(path, error) from None
        check = [str(error)]
        application_id, user_version, objects = APPLICATION_ID, 0, 1
    if check != ["ok"]:
        what = (
            f"the file is truncated ({header.describe_size()}; SQLite finds no recent pages for the rest)"
            if header.looks_truncated
            else "SQLite cannot read it"
        )
        raise DamagedDatabase(
            f"{path} is a damaged BoardDesk database: {what}: " + "; ".join(check),
            backup.latest_backup(path),
        )
    if application_id == APPLICATION_ID:
        return False
    if application_id == 0 and user_version == 0 and objects == 0:
        return True
    raise foreign


def _create(path: Path) -> None:
    """Build a new store beside `path` and link it into place whole. If another process made
    one there meanwhile, theirs is kept and ours thrown away."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned(path.parent, "creating")  # stores whose creation was cut off by a crash
    building = temporary_beside(path, "creating")
    try:
        conn = sqlite3.connect(building, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            migrations.upgrade(conn)
            conn.execute("PRAGMA journal_mode = WAL")  # written into the header, as every store has it
        finally:
            conn.close()
        try:
            os.link(building, path)  # unlike a rename, never replaces a store made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(building, path)
        _sync_folder(path.parent)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"a new store could not be made at {path}: {error}") from None
    except OSError as error:
        raise StoreError(f"a new store could not be made at {path}: {error.strerror or error}") from None
    finally:
        for leftover in (building, building.with_name(building.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself survive a power cut."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def is_store_file(db: Path, other: str | Path) -> bool:
    """Whether `other` is the database at `db`, or its -wal or -shm file (the same file on disk,
    whatever the path says)."""
    other_identity = _identity(Path(other))
    return other_identity is not None and any(_identity(own) == other_identity for own in store_files(db))


class Store:
    """One open BoardDesk database. Use one Store per thread; each holds its own connection."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, created: bool, identity: tuple[int, int] | None, read_only: bool
    ) -> None:
        self.path = path
        self.conn = conn
        self.created = created
        self.read_only = read_only
        # Told when a write has to wait for another program (the CLI prints it).
        self.on_wait: Callable[[str], None] | None = None
        # How long a write waits for another program's (the app keeps its window responsive with less).
        self.wait_limit = WAIT_LIMIT_SECONDS
        # Forgets the file when the store is closed, or dropped unclosed (its connection closes then too).
        self._forget = weakref.finalize(self, _forget, identity)
        self._depth = 0
        self._db = None
        self._thread = threading.get_ident()
        self._logs_removed_text = search_index.has_removal_log(conn)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        migrate: bool = True,
        on_wait: Callable[[str], None] | None = None,
    ) -> Store:
        """`on_wait(message)` is told when a write, or the upgrade, waits for another program."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        store = cls._connect(path, create)
        store.on_wait = on_wait
        try:
            version = store.schema_version
            if version > migrations.LATEST_VERSION:
                raise TooNewDatabase(
                    f"{path} was written by a newer BoardDesk (schema version {version}; this "
                    f"BoardDesk knows up to {migrations.LATEST_VERSION}). Update BoardDesk to open it."
                )
            if migrate and version < migrations.LATEST_VERSION:
                if store.read_only:
                    raise StoreReadOnly(
                        f"{path} has schema version {version} and needs upgrading to {migrations.LATEST_VERSION}, "
                        "but it is read-only here. Copy it to a folder you can write to and open the copy."
                    )
                store._upgrade(version)
        except sqlite3.DatabaseError as error:
            store.close()
            raise refusal(path, error) from None
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def _connect(cls, path: Path, create: bool) -> Store:
        with _files_lock:
            created = False
            if not path.exists():
                if not create:
                    raise StoreError(f"there is no BoardDesk database at {path}")
                _create(path)
                created = True
            if _identity(path) not in _open_files and _judge(path) and not created:
                created = True  # empty, or left unfinished by a crash: made from scratch now
                remove_abandoned(path.parent, "creating")
            read_only = not _writable(path)
            try:
                if read_only:
                    conn = _read_only_connection(path)
                else:
                    conn = sqlite3.connect(
                        _uri(path, mode="rw"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
                    )
                    try:
                        cls._configure(conn)
                    except BaseException:
                        conn.close()
                        raise
            except sqlite3.DatabaseError as error:
                raise refusal(path, error) from None
            identity = _identity(path)
            if identity is not None:
                _open_files[identity] = _open_files.get(identity, 0) + 1
        return cls(path, conn, created, identity, read_only)

    def _upgrade(self, version: int) -> None:
        saved = None
        deadline = time.monotonic() + WAIT_LIMIT_SECONDS
        while True:
            try:
                if version > 0 and saved is None:
                    saved = backup.take_backup(self.conn, self.path, label=f"before-v{migrations.LATEST_VERSION}")
                migrations.upgrade(self.conn)  # each step re-reads the version inside its lock
                break
            except sqlite3.DatabaseError as error:
                if is_busy(error) and time.monotonic() < deadline:
                    self._tell_waiting()
                    continue
                where = f" A copy from before the upgrade is at {saved}." if saved else ""
                raise StoreError(
                    f"{self.path} could not be upgraded to schema version {migrations.LATEST_VERSION}: {error}. "
                    f"The failed step was undone.{where}"
                ) from None
        # Write the new schema into the file itself, so that its header marks it as ours.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed write survives a power cut, not only a crash of the app.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted records are overwritten with zeros in the file, not only marked free (issue 9).
        conn.execute("PRAGMA secure_delete = ON")

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

    def owns_file(self, other: str | Path) -> bool:
        """Whether `other` is this store's database, or its -wal or -shm file: such a file must
        never be read or written by anything but SQLite while the store is open."""
        return is_store_file(self.path, other)

    def refuse_own_file(self, other: str | Path) -> Path:
        """`other`, or FileRefused when it is one of this store's own files: an import or export
        reading or writing it outside SQLite would drop the locks that keep the write-ahead log alive,
        or overwrite the record itself."""
        if self.owns_file(other):
            raise FileRefused(
                errno.EINVAL, f"{other} is the BoardDesk database itself (or one of its files); choose another file"
            )
        return Path(other)

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
        if self.read_only:
            raise StoreReadOnly(
                f"{self.path} is open read-only (the file or its folder cannot be written here); "
                "nothing can be saved. Copy it to a folder you can write to."
            )
        self._begin()
        self._depth = 1
        try:
            yield self.conn
            deleted_text = self._erase_deleted_text()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
        if deleted_text:
            self._drop_old_pages()

    def _erase_deleted_text(self, *, edited_too: bool = False) -> bool:
        """Inside the transaction: when it deleted a searchable record (or, with `edited_too`,
        replaced its words), rewrite the search index so the words are gone from the file with it.
        Edits wait for `close`, as rewriting the index at every autosave would cost too much."""
        if not self._logs_removed_text:
            return False
        deleted, edited = search_index.removed_since_rewrite(self.conn)
        if deleted or (edited_too and edited):
            search_index.rewrite(self.conn)
            return True
        return False

    def _drop_old_pages(self) -> None:
        """Copy the log into the file and empty it, so the log's older page images go too. Best
        effort: a reader in another connection may hold the log for now; waits a second at most."""
        (waiting,) = self.conn.execute("PRAGMA busy_timeout").fetchone()
        self.conn.execute(f"PRAGMA busy_timeout = {min(waiting, 1000)}")
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass  # read-only or busy: the next rewrite tries again
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {waiting}")

    def erase_edited_text(self) -> None:
        """Rewrite the search index if words were replaced since it was last rewritten."""
        if not self._logs_removed_text:
            return
        try:
            with self.write():
                rewritten = self._erase_deleted_text(edited_too=True)
        except (sqlite3.OperationalError, sqlite3.ProgrammingError, StoreError):
            return  # read-only, locked for long, or closed already: the next close tries again
        if rewritten:
            self._drop_old_pages()

    def _begin(self) -> None:
        """BEGIN IMMEDIATE takes the write lock at once, so two writers queue instead of failing
        midway; a long wait is told to the user, and a very long one ends in StoreBusy."""
        deadline = time.monotonic() + self.wait_limit
        told = False
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise refusal(self.path, error) from None
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{self.path} stayed locked by another program for over {self.wait_limit:.0f} s; "
                        "nothing was saved. Try again when it has finished."
                    ) from None
                if not told:
                    self._tell_waiting()
                    told = True

    def _tell_waiting(self) -> None:
        if self.on_wait:
            self.on_wait(f"{self.path} is being changed by another program; waiting for it to finish…")

    def query(self, sql: str, params: Any = ()) -> list[Row]:
        cursor = self.conn.execute(sql, params)
        columns = [column[0] for column in cursor.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cursor]

    def query_one(self, sql: str, params: Any = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_grouped(self, sql: str, params: Any, by: str) -> dict[Any, list[Row]]:
        """The rows grouped by their value in column `by`, each group in the query's order."""
        groups: dict[Any, list[Row]] = {}
        for row in self.query(sql, params):
            groups.setdefault(row[by], []).append(row)
        return groups

    def require_one(self, sql: str, params: Any, missing: str) -> Row:
        """The first row, which must be there: LookupError(`missing`) when the query finds none."""
        row = self.query_one(sql, params)
        if row is None:
            raise LookupError(missing)
        return row

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def backup_if_due(self) -> Path | None:
        """Take today's backup if there is none yet (nothing to keep in a store made just now,
        and no backup folder can be made beside a read-only one)."""
        if self.created or self.read_only or not backup.daily_backup_due(self.path):
            return None
        return backup.take_backup(self.conn, self.path)

    def close(self) -> None:
        if self._depth == 0 and self._thread == threading.get_ident() and not self.read_only:
            self.erase_edited_text()
        with _files_lock:
            self.conn.close()
            self._forget()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
