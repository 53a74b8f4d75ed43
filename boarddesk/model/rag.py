"""RAG ratings as words on screen and paper share them: the letter, the colours, and the arrow
that shows the change since the last report. No Qt: the GUI and the printed reports both use it."""

from __future__ import annotations

from boarddesk.model.vocabulary import RAG_LETTER, RAG_LETTER_NB, RAG_SHAPE

COLOURS = {"green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828", "grey": "#9e9e9e"}
TEXT_ON = {"green": "white", "yellow": "black", "red": "white", "grey": "black"}
RAG_RANK = {"red": 0, "yellow": 1, "green": 2}  # grey (not assessed) has no rank


def rag_letter(rag: str | None, lang: str) -> str:
    """The letter alone, for places that draw the shape themselves (the icons)."""
    letters = RAG_LETTER_NB if lang == "nb" else RAG_LETTER
    return letters.get(rag or "grey", "–")


def rag_mark(rag: str | None, lang: str) -> str:
    """Shape and letter, «▲ G»: what a rating shows wherever it is written as text. The letter
    alone need not be unique (bokmål's green and yellow are both G); with the shape it is."""
    return f"{RAG_SHAPE[rag or 'grey']} {rag_letter(rag, lang)}"


def trend_arrow(now: str | None, before: str | None) -> str:
    """↑ better, ↓ worse, → the same; empty when either side was not rated (grey or missing)."""
    if now not in RAG_RANK or before not in RAG_RANK:
        return ""
    return "→" if now == before else ("↑" if RAG_RANK[now] > RAG_RANK[before] else "↓")
