"""Temporary files beside a target, named per process so two processes never share one, and
removed later only when the process that made them is gone."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def temporary_beside(target: Path, kind: str) -> Path:
    """A name beside `target` that no other process or thread uses: `.name.PID-TOKEN.kind`."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.{kind}")


def remove_abandoned(folder: Path, kind: str) -> None:
    """Delete the temporary files of `kind` (and SQLite's files beside them) of processes that died."""
    for path in folder.glob(f".*.{kind}*"):
        stem = path.name.split(f".{kind}", 1)[0]
        owner = stem.rsplit(".", 1)[-1].split("-", 1)[0]
        if owner.isdigit() and not _alive(int(owner)):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
