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
from boarddesk.store.tempnames import remove_abandoned
from boarddesk.store.whole_files import write_whole

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
    """A folder of `<hash>.pdf` with `<hash>.json` (page count, anchors, and the PDF's length and
    SHA-256, so a cut-off or altered PDF is noticed and rendered anew). None disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0

    def get(self, key: str) -> Rendered | None:
        if self.folder is None:
            return None
        pdf, meta = self.folder / f"{key}.pdf", self.folder / f"{key}.json"
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            data = pdf.read_bytes()
            if len(data) != info["size"] or hashlib.sha256(data).hexdigest() != info["sha256"]:
                raise ValueError("the cached PDF is not the one rendered")
            rendered = Rendered(
                data, info["pages"], [tuple(m) for m in info["marks"]], [tuple(k) for k in info["links"]]
            )
            os.utime(meta)
        except (OSError, ValueError, KeyError, TypeError):
            self._drop(key)  # missing or broken: render it again rather than fail every print from now on
            return None
        self.hits += 1
        return rendered

    def put(self, key: str, rendered: Rendered) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_whole(self.folder / f"{key}.pdf", rendered.pdf, sync=False)
            info = {
                "pages": rendered.pages,
                "marks": rendered.marks,
                "links": rendered.links,
                "size": len(rendered.pdf),
                "sha256": hashlib.sha256(rendered.pdf).hexdigest(),
            }
            # The description last: a section counts as cached only once both files are whole.
            write_whole(self.folder / f"{key}.json", json.dumps(info).encode(), sync=False)
            self._prune()
        except OSError:
            pass  # a cache that cannot be written only costs speed

    def _drop(self, key: str) -> None:
        for suffix in (".json", ".pdf"):
            try:
                (self.folder / f"{key}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass

    def _prune(self) -> None:
        remove_abandoned(self.folder, "partial")  # files of a print that was killed while writing
        metas = sorted(self.folder.glob("*.json"), key=_modified)
        for meta in metas[: max(0, len(metas) - KEEP)]:
            self._drop(meta.stem)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # pruned meanwhile by another print
        return 0.0
