"""The embedded font: DejaVu Sans, shipped in resources/fonts, covers æøå and every Nordic letter.

reportlab's built-in Helvetica is not embedded and lacks glyphs beyond Latin-1, so the PDF would
look different on every reader; an embedded TrueType subset looks the same everywhere."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from boarddesk.locator import resource

FACES = {
    "BoardDesk": "DejaVuSans.ttf",
    "BoardDesk-Bold": "DejaVuSans-Bold.ttf",
    "BoardDesk-Italic": "DejaVuSans-Oblique.ttf",
    "BoardDesk-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}
REGULAR, BOLD, ITALIC = "BoardDesk", "BoardDesk-Bold", "BoardDesk-Italic"


def font_dir() -> Path:
    """The folder of the shipped faces (the archival back-end loads them from there)."""
    return resource("fonts")


def font_file(face: str) -> Path:
    return resource("fonts", FACES[face])


@cache
def register_fonts() -> str:
    """Register the faces once per process (and as a family, so <b> and <i> work); returns the name.
    Also the one place that sets reportlab's output options for BoardDesk."""
    from reportlab import rl_config
    from reportlab.graphics import shapes
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import tables

    for name in FACES:
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, "BoardDesk-BoldItalic")
    # A canvas starts every page in this font: reportlab's default (Helvetica) would be referenced,
    # unembedded, on every page, though no text is set in it.
    rl_config.canvas_basefontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # a chart starts in it too,
    tables.CellStyle.fontname = REGULAR  # and so does a table cell that holds no text
    rl_config.useA85 = 0  # binary streams: ASCII85 makes files a quarter bigger and costs a tenth of the build
    return REGULAR
