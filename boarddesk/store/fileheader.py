"""Read an SQLite file's first page without SQLite, so a foreign file is judged without SQLite
touching it (an open can create -wal and -shm files beside it or checkpoint into it).

Only ever call this while no connection to the file is open in this process: closing any
descriptor of the file drops every POSIX lock the process holds on it, and another process
would then take its open store for unused and delete the write-ahead log (SQLite's "How To
Corrupt An SQLite Database File", 2.2). database.Store.open keeps that promise.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of a BoardDesk store: "BDsk".
APPLICATION_ID = 0x4244736B
MAX_PAGE = 65536


@dataclass(frozen=True)
class Header:
    size: int
    page_size: int
    page_count: int  # 0 when the header's count is not to be trusted
    user_version: int
    application_id: int
    schema_empty: bool  # page 1 holds no table, index or trigger (as far as the file itself says)

    @property
    def looks_truncated(self) -> bool:
        """Shorter than its header says: damage, or pages still in the write-ahead log after a
        checkpoint was cut off. Only SQLite, after its own recovery, can tell which."""
        return self.size % self.page_size != 0 or self.size < self.page_size * self.page_count

    def describe_size(self) -> str:
        if self.size % self.page_size:
            return f"{self.size} bytes, not a whole number of {self.page_size}-byte pages"
        return f"{self.size} bytes; its header says {self.page_size * self.page_count}"


class HeaderProblem(Exception):
    """The file is not a usable SQLite file; `damaged` tells a broken one from a foreign one."""

    def __init__(self, message: str, damaged: bool) -> None:
        super().__init__(message)
        self.damaged = damaged


def read_header(path: Path) -> Header:
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        raw = handle.read(4096)  # the header, the start of page 1, enough to tell text
    if not raw.startswith(SQLITE_MAGIC[: len(raw)]) or len(raw) < len(SQLITE_MAGIC):
        described = "a text file" if _looks_like_text(raw) else "some other kind of file"
        raise HeaderProblem(f"it is not an SQLite database file (it looks like {described})", damaged=False)
    if len(raw) < 100:
        raise HeaderProblem(f"the file is cut short ({size} bytes, less than one database page)", damaged=True)
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = MAX_PAGE if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    user_version, application_id = struct.unpack(">iI", raw[60:64] + raw[68:72])
    if page_size < 512 or page_size & (page_size - 1):
        raise HeaderProblem(f"the header is damaged (page size {page_size})", damaged=True)
    # Page 1 is the root of sqlite_schema; its b-tree header (after the file header) counts its cells.
    schema_empty = len(raw) >= 108 and raw[100] == 0x0D and struct.unpack(">H", raw[103:105])[0] == 0
    return Header(
        size, page_size, page_count if valid_for == change_counter else 0, user_version, application_id, schema_empty
    )


def _looks_like_text(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > len(raw) - 4  # a character cut at the end of what was read
    return True
