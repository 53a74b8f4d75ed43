"""The words on each page of a PDF and roughly where they stand, read with pypdf.

Enough to anchor a note to its words, find them again in a revised version, and tell which pages
changed; not a layout engine. Regions are fractions of the page, from its top-left corner.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdf

# A character's width as a share of the font size, for placing a region inside a line of text.
_CHAR_WIDTH = 0.5

Region = tuple[float, float, float, float]  # x, y, width, height as fractions of the page


@dataclass(frozen=True)
class Span:
    """A run of text drawn at one place: characters [start, end) of the page text."""

    start: int
    end: int
    x: float
    y: float  # baseline, PDF units from the bottom
    size: float


@dataclass(frozen=True)
class PageText:
    text: str
    width: float
    height: float
    spans: tuple[Span, ...]

    @property
    def hash(self) -> str:
        """The page's words, hashed; spacing differences between PDF writers do not count."""
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()

    def region_of(self, start: int, end: int) -> Region | None:
        """The rectangle around characters [start, end), or None when no span holds them."""
        boxes = []
        for span in self.spans:
            lo, hi = max(start, span.start), min(end, span.end)
            if lo >= hi:
                continue
            left = span.x + (lo - span.start) * span.size * _CHAR_WIDTH
            right = span.x + (hi - span.start) * span.size * _CHAR_WIDTH
            top = self.height - span.y - span.size * 0.9
            boxes.append((left, top, right, top + span.size * 1.2))
        if not boxes or not self.width or not self.height:
            return None
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return _clamp((left / self.width, top / self.height, (right - left) / self.width, (bottom - top) / self.height))

    def range_in(self, region: Region) -> tuple[int, int] | None:
        """The characters drawn inside a region (for a sticky note placed on a paragraph)."""
        x, y, w, h = region
        inside = []
        for span in self.spans:
            sx, sy = span.x / self.width, (self.height - span.y - span.size * 0.5) / self.height
            if x - 0.02 <= sx <= x + w and y - 0.02 <= sy <= y + h + 0.02:
                inside.append(span)
        if not inside:
            nearest = min(self.spans, key=lambda s: abs((self.height - s.y) / self.height - y), default=None)
            inside = [nearest] if nearest else []
        if not inside:
            return None
        return min(s.start for s in inside), max(s.end for s in inside)


def _clamp(region: Region) -> Region:
    x, y, w, h = (min(max(value, 0.0), 1.0) for value in region)
    return (round(x, 4), round(y, 4), round(min(w, 1 - x), 4), round(min(h, 1 - y), 4))


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@lru_cache(maxsize=16)
def _extract_cached(digest: str, content: bytes) -> tuple[PageText, ...]:
    del digest  # part of the cache key only
    import pypdf  # here, not at the top: the app starts without reading any PDF

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(content))
    return tuple(_page_text(page) for page in reader.pages)


def extract_pages(content: bytes) -> tuple[PageText, ...]:
    """Every page's text and spans. Cached by content hash: documents are read again and again."""
    return _extract_cached(sha256_of(content), content)


def _page_text(page: pypdf.PageObject) -> PageText:
    parts: list[str] = []
    spans: list[Span] = []
    length = 0

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        nonlocal length
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        spans.append(Span(length, length + len(text), x, y, size * scale))
        parts.append(text)
        length += len(text)

    page.extract_text(visitor_text=visit)
    box = page.mediabox
    return PageText("".join(parts), float(box.width), float(box.height), tuple(spans))


def page_hashes(content: bytes) -> list[str]:
    return [page.hash for page in extract_pages(content)]


def changed_pages(old_hashes: list[str], new_hashes: list[str]) -> list[int]:
    """Pages (0-based) of the new version whose words were on no page of the old one.

    Compared as a set, so a page inserted at the front does not mark every later page."""
    before = set(old_hashes)
    return [index for index, digest in enumerate(new_hashes) if digest not in before]
