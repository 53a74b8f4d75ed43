"""Read an SQLite file's 100-byte header without opening it, so a foreign or damaged file is
judged without SQLite touching it (an open can create -wal and -shm files or checkpoint into it)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of a BoardDesk store: "BDsk".
APPLICATION_ID = 0x4244736B


@dataclass(frozen=True)
class Header:
    size: int
    page_size: int
    page_count: int  # 0 when the header's count is not to be trusted
    user_version: int
    application_id: int


class HeaderProblem(Exception):
    """The file is not a usable SQLite file; `damaged` tells a broken one from a foreign one."""

    def __init__(self, message: str, damaged: bool) -> None:
        super().__init__(message)
        self.damaged = damaged


def read_header(path: Path) -> Header:
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        raw = handle.read(100)
    if not raw.startswith(SQLITE_MAGIC[: len(raw)]) or len(raw) < len(SQLITE_MAGIC):
        described = "a text file" if _looks_like_text(raw) else "some other kind of file"
        raise HeaderProblem(f"it is not an SQLite database file (it looks like {described})", damaged=False)
    if len(raw) < 100:
        raise HeaderProblem(f"the file is cut short ({size} bytes, less than one database page)", damaged=True)
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    user_version, application_id = struct.unpack(">iI", raw[60:64] + raw[68:72])
    if page_size < 512 or page_size & (page_size - 1):
        raise HeaderProblem(f"the header is damaged (page size {page_size})", damaged=True)
    header = Header(size, page_size, page_count if valid_for == change_counter else 0, user_version, application_id)
    expected = header.page_size * header.page_count
    if size % page_size or size < expected:
        raise HeaderProblem(
            f"the file is truncated ({size} bytes; its header says {max(expected, size + 1)} or more)",
            damaged=True,
        )
    return header


def _looks_like_text(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
