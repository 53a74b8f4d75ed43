"""Putting rendered pieces together into one PDF: pages in order, bookmarks, markings, footer.

A piece is one rendered section (the agenda, a case paper with its status reports) or one
attached PDF. Pieces know their own pages; only here do they get their place in the whole."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.annotations import Link
from pypdf.generic import Fit, NameObject, RectangleObject, TextStringObject

from boarddesk.reports.layout import page_size
from boarddesk.reports.stamping import Furniture, stamp
from boarddesk.store.whole_files import write_whole


@dataclass
class Entry:
    """A line of the contents and a bookmark: level 0 a case (or the agenda), level 1 inside it."""

    title: str
    level: int
    page_index: int | None  # 0-based within its piece; None: no pages of its own (points to the agenda)
    page: int | None = None  # 1-based in the finished document, set by place()
    target: int = 1  # the page its bookmark opens
    refers: Entry | None = None  # a reference to a part printed earlier (a status report): its page is that one's
    agenda_page: int = 0  # no pages of its own: the page of the agenda its line is on (0-based within the agenda)
    top: float | None = None  # where on its page the bookmark opens (points from the foot), when not at the top


@dataclass
class Piece:
    pdf: bytes
    pages: int
    markings: list[str | None]  # one per page
    entries: list[Entry] = field(default_factory=list)
    links: list[tuple[int, list[float], Entry]] = field(default_factory=list)  # page index, rectangle, target
    name: str | None = None  # an attached file's title
    head: str | None = None  # the running head of its pages: the case it belongs to
    draft: str | None = None  # «UTKAST» across its pages: a draft enclosed in a pack (the minutes to approve)


def place(pieces: list[Piece], first_page: int) -> list[Entry]:
    """Give every entry its page in the finished document, the pieces starting at `first_page`."""
    entries, start, agenda_page = [], first_page, first_page
    for piece in pieces:
        for entry in piece.entries:
            if entry.refers is not None:
                entry.page = entry.refers.page
            elif entry.page_index is None:
                entry.page = None
            else:
                entry.page = start + entry.page_index
                if not entries:
                    agenda_page = entry.page
            entries.append(entry)
        start += piece.pages
    for entry in entries:  # bookmarks of cases without papers open the agenda at their line
        entry.target = entry.page or agenda_page + entry.agenda_page
    return entries


def write_document(
    pieces: list[Piece],
    furniture: Furniture,
    out: Path,
    title: str,
    bookmarks: list[Entry],
    author: str = "",
    paper: str | None = None,
) -> int:
    """Write the pieces as one PDF with bookmarks (placed entries) and stamped pages; returns the page count."""
    writer = PdfWriter()
    markings: list[str | None] = []
    links: list[tuple[int, list[float], Entry]] = []
    for piece in pieces:
        links += [(len(markings) + index, rect, target) for index, rect, target in piece.links]
        reader = PdfReader(io.BytesIO(piece.pdf))
        for page in reader.pages:
            added = writer.add_page(page)
            if added.rotation:  # a landscape attachment: turn its content, so the footer lands at the foot
                added.transfer_rotation_to_content()
            if paper:
                fit_to_paper(added, page_size(paper))
        markings += piece.markings
    parents: dict[int, object] = {}
    for entry in bookmarks:
        fit = Fit.xyz(top=entry.top) if entry.top is not None else Fit.fit()
        if entry.level == 0 or 0 not in parents:
            parents[0] = writer.add_outline_item(title=entry.title, page_number=entry.target - 1, fit=fit)
        else:
            writer.add_outline_item(title=entry.title, page_number=entry.target - 1, parent=parents[0], fit=fit)
    for index, rect, target in links:  # «se side 5» goes to page 5
        if target.page:
            writer.add_annotation(index, Link(rect=tuple(rect), target_page_index=target.page - 1))
    stamp(writer, furniture, markings)
    describe(writer, title, author, furniture.lang)
    writer.page_mode = "/UseOutlines"
    _write_whole(writer, Path(out))
    return len(writer.pages)


def fit_to_paper(page: PageObject, paper: tuple[float, float]) -> None:
    """An attachment on other paper (A4 in a Letter pack) scaled to fit the pack's paper and
    centred on it, so every page prints on the sheet the printer holds. Landscape pages stay."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if width > height or (abs(width - paper[0]) < 2 and abs(height - paper[1]) < 2):
        return
    scale = min(paper[0] / width, paper[1] / height)
    dx = (paper[0] - width * scale) / 2 - float(page.mediabox.left) * scale
    dy = (paper[1] - height * scale) / 2 - float(page.mediabox.bottom) * scale
    page.add_transformation(Transformation().scale(scale, scale).translate(dx, dy))
    page.mediabox = RectangleObject((0, 0, *paper))
    page.cropbox = RectangleObject((0, 0, *paper))


LANGUAGE_TAG = {"nb": "nb-NO", "en": "en"}


def describe(writer: PdfWriter, title: str, author: str, lang: str) -> None:
    """What a reader, a screen reader and an archive read about the file: title (shown in the
    window's title bar instead of the file name), author (the board), language and dates."""
    stamp_time = pdf_date()
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Creator": "BoardDesk",
            "/Producer": "BoardDesk (reportlab, pypdf)",
            "/CreationDate": stamp_time,
            "/ModDate": stamp_time,
        }
    )
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE_TAG.get(lang, lang))  # noqa: SLF001
    writer.create_viewer_preferences().display_doctitle = True


def pdf_date() -> str:
    """Now as a PDF date, or SOURCE_DATE_EPOCH's moment when set, so a build can be repeated byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.strftime("D:%Y%m%d%H%M%SZ")


def _write_whole(writer: PdfWriter, out: Path) -> None:
    """Write next to the target and rename, so a cancelled or failed build leaves no half file; a
    folder, device or pipe is refused as a target (FileNotWritten), never replaced."""
    write_whole(out, writer.write)
