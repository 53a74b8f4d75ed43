"""Finding a note's words again in a revised document: exact where they are unchanged, fuzzy where
they were lightly edited, and the surrounding words to choose between repeats.

Pure text, no PDF: pages come in as strings, so this is easy to test and reason about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT_CHARS = 40
FUZZY_THRESHOLD = 0.8  # how alike lightly edited words must be to count as the same words


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Match:
    page: int
    start: int  # character offsets in the page's own text
    end: int
    score: float


class _Normalised:
    """A page's text with runs of whitespace made one space and case folded, mapped back to it."""

    def __init__(self, raw: str) -> None:
        chars: list[str] = []
        self.index: list[int] = []
        for match in re.finditer(r"\S+", raw):
            if chars:
                chars.append(" ")
                self.index.append(match.start())
            for offset, char in enumerate(match.group()):
                chars.append(char.casefold()[:1] or char)
                self.index.append(match.start() + offset)
        self.text = "".join(chars)
        self.raw_length = len(raw)

    def raw_start(self, position: int) -> int:
        return self.index[position] if position < len(self.index) else self.raw_length

    def raw_end(self, position: int) -> int:
        return self.index[position - 1] + 1 if position > 0 else 0


def normalise(text: str) -> str:
    return _Normalised(text).text


def make_anchor(page_text: str, start: int, end: int) -> Anchor:
    """The quote and the words around it, as a reader would recognise them."""
    quote = " ".join(page_text[start:end].split())
    prefix = " ".join(page_text[max(0, start - CONTEXT_CHARS) : start].split())
    suffix = " ".join(page_text[end : end + CONTEXT_CHARS].split())
    return Anchor(quote, prefix, suffix)


def find_quote(page_text: str, quote: str, near: int | None = None) -> tuple[int, int] | None:
    """Where a quote stands in a page's text (the occurrence nearest `near`), in raw offsets."""
    page = _Normalised(page_text)
    needle = normalise(quote)
    if not needle:
        return None
    starts = [m.start() for m in re.finditer(re.escape(needle), page.text)]
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(page.raw_start(s) - near) if near is not None else 0)
    return page.raw_start(best), page.raw_end(best + len(needle))


class Pages:
    """A document's page texts, normalised once for the many notes looked for in it."""

    def __init__(self, texts: list[str]) -> None:
        self.normalised = [_Normalised(text) for text in texts]


def find_anchor(pages: list[str] | Pages, anchor: Anchor, hint_page: int = 0) -> Match | None:
    """The best place for an anchored note in a (revised) document, or None when its words are gone."""
    normalised = (pages if isinstance(pages, Pages) else Pages(pages)).normalised
    needle = normalise(anchor.quote)
    if not needle:
        return None
    candidates: list[tuple[int, int, int, float]] = []  # page, start, end (normalised), quote likeness
    for number, page in enumerate(normalised):
        for found in re.finditer(re.escape(needle), page.text):
            candidates.append((number, found.start(), found.end(), 1.0))
    if not candidates:
        candidates = _fuzzy_candidates(normalised, needle)
    best: Match | None = None
    for number, start, end, likeness in candidates:
        page = normalised[number]
        score = (
            2 * likeness
            + _context_likeness(normalise(anchor.prefix), page.text[max(0, start - CONTEXT_CHARS) : start], tail=True)
            + _context_likeness(normalise(anchor.suffix), page.text[end : end + CONTEXT_CHARS], tail=False)
            - 0.001 * abs(number - hint_page)
        )
        if best is None or score > best.score:
            best = Match(number, page.raw_start(start), page.raw_end(end), score)
    return best


def _context_likeness(expected: str, found: str, *, tail: bool) -> float:
    if not expected:
        return 0.5
    size = min(len(expected), len(found))
    if not size:
        return 0.0
    a, b = (expected[-size:], found[-size:]) if tail else (expected[:size], found[:size])
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _fuzzy_candidates(pages: list[_Normalised], needle: str) -> list[tuple[int, int, int, float]]:
    """Windows that start with the quote's first words or end with its last, alike enough to it."""
    words = needle.split(" ")
    head, tail = " ".join(words[:2]), " ".join(words[-2:])
    found: list[tuple[int, int, int, float]] = []
    for number, page in enumerate(pages):
        windows = set()
        for m in re.finditer(re.escape(head), page.text):
            windows.update((m.start(), m.start() + len(needle) + delta) for delta in (-8, 0, 8))
        for m in re.finditer(re.escape(tail), page.text):
            windows.update((m.end() - len(needle) - delta, m.end()) for delta in (-8, 0, 8))
        for start, end in windows:
            start, end = max(0, start), min(len(page.text), end)
            if end <= start:
                continue
            likeness = SequenceMatcher(None, needle, page.text[start:end], autojunk=False).ratio()
            if likeness >= FUZZY_THRESHOLD:
                found.append((number, start, end, likeness))
    return found
