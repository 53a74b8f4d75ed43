"""Rendered sections kept on disk by a hash of what they show, so printing a pack again after one
case changed re-renders only that case; the rest is reassembled from the cache."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from boarddesk.reports.layout import Rendered

KEEP = 400  # sections kept; the least recently used go first


@cache
def code_version() -> str:
    """A hash of the reports package itself: a change of layout code invalidates every section."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return str(value)


def content_key(*parts: Any) -> str:
    text = json.dumps([code_version(), *parts], default=_plain, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SectionCache:
    """A folder of `<hash>.pdf` with `<hash>.json` (page count and anchors). None disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0

    def get(self, key: str) -> Rendered | None:
        if self.folder is None:
            return None
        pdf, meta = self.folder / f"{key}.pdf", self.folder / f"{key}.json"
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            rendered = Rendered(
                pdf.read_bytes(), info["pages"], [tuple(m) for m in info["marks"]], [tuple(k) for k in info["links"]]
            )
        except (OSError, ValueError, KeyError):
            return None
        os.utime(meta)
        self.hits += 1
        return rendered

    def put(self, key: str, rendered: Rendered) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write(self.folder / f"{key}.pdf", rendered.pdf)
            _write(
                self.folder / f"{key}.json",
                json.dumps({"pages": rendered.pages, "marks": rendered.marks, "links": rendered.links}).encode(),
            )
            self._prune()
        except OSError:
            pass  # a cache that cannot be written only costs speed

    def _prune(self) -> None:
        metas = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for meta in metas[: max(0, len(metas) - KEEP)]:
            meta.unlink(missing_ok=True)
            meta.with_suffix(".pdf").unlink(missing_ok=True)


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a half-written section must never be reused."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
