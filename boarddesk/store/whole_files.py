"""Writing a file whole or not at all: beside the target under a name of this process, synced,
then renamed into place. Only a regular file (or no file yet) is ever replaced: a rename onto
`/dev/full` or a folder would replace the device or fail halfway."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from boarddesk.store.tempnames import temporary_beside


class FileRefused(OSError):
    """A file BoardDesk will not read or write (the store's own, a folder, a device); the message
    says why, naming it."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


class FileNotWritten(FileRefused):
    """A file was not written (or cannot be); the message says why, naming it."""


def check_source(path: Path) -> None:
    """Refuse a file to read that is not a regular file: a folder cannot be read as one, and a device
    or pipe (/dev/zero, a FIFO) would be read for ever or wait for ever."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise FileRefused(error.errno, f"{path} cannot be read: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise FileRefused(errno.EISDIR, f"{path} is a folder; choose a file inside it")
    if not stat.S_ISREG(mode):
        raise FileRefused(errno.EINVAL, f"{path} is not a regular file (a device or pipe); choose a file")


def check_target(path: Path) -> None:
    """Refuse, with a message naming the file, a target that is not a regular file or whose
    folder is missing or cannot be written to."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise FileNotWritten(error.errno, f"{path} cannot be used: {error.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise FileNotWritten(errno.EISDIR, f"{path} is a folder; give a file name inside it")
    if mode is not None and not stat.S_ISREG(mode):
        raise FileNotWritten(errno.EINVAL, f"{path} is not a regular file (a device or pipe); give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise FileNotWritten(errno.ENOENT, f"the folder {folder} does not exist; {path.name} was not written")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileNotWritten(errno.EACCES, f"the folder {folder} cannot be written to; {path.name} was not written")


def write_whole(path: str | Path, content: bytes | Callable[[BinaryIO], None], *, sync: bool = True) -> None:
    """Write `content` (bytes, or a function writing to a binary handle) to `path` whole;
    `sync=False` for files that are checked when read (a cache), where a power cut only costs time."""
    target = Path(path)
    check_target(target)
    temporary = temporary_beside(target, "partial")
    try:
        with open(temporary, "wb") as handle:
            if callable(content):
                content(handle)
            else:
                handle.write(content)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        if isinstance(error, FileNotWritten):
            raise
        raise FileNotWritten(error.errno, f"{target} could not be written: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)
