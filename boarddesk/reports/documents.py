"""The three printed documents behind one entry point, as the CLI and the GUI ask for them:
`agenda` (invitation with agenda), `pack` (meeting pack) and `minutes`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from boarddesk.reports.agenda import document_title, invitation_flowables, paper_title
from boarddesk.reports.assemble import Entry, Piece, place, write_document
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import Progress, Rendered, render
from boarddesk.reports.meeting_data import MeetingPrint, load_meeting_print
from boarddesk.reports.minutes import is_approved, minutes_flowables, minutes_name
from boarddesk.reports.pack import BuildResult, build_pack, furniture
from boarddesk.store import Store

KINDS = ("agenda", "pack", "minutes")


def marked_pages(rendered: Rendered, marking_of: dict[str, str | None]) -> list[str | None]:
    """Per page, the marking of any anchored part (a case) that shows on it. A part runs from its
    anchor to the page where the next anchor lands, that page included: better marked twice than missed."""
    markings: list[str | None] = [None] * rendered.pages
    anchors = [(page - 1, key) for key, page in rendered.marks]
    for index, (start, key) in enumerate(anchors):
        end = anchors[index + 1][0] if index + 1 < len(anchors) else rendered.pages - 1
        for page in range(start, end + 1):
            markings[page] = markings[page] or marking_of.get(key)
    return markings


def _single(
    data: MeetingPrint, rendered: Rendered, title: str, out: Path, lang: str, marking_of: dict, draft: bool = False
) -> BuildResult:
    piece = Piece(rendered.pdf, rendered.pages, marked_pages(rendered, marking_of), [Entry(title, 0, 0)])
    entries = place([piece], 1)
    page_furniture = furniture(data, lang)
    if draft:
        page_furniture = replace(page_furniture, draft=labels(lang)["draft"])
        title = f"{title} ({labels(lang)['draft']})"
    pages = write_document([piece], page_furniture, out, document_title(title, data), entries, author=data.board_name())
    return BuildResult(pages, entries, 1, 0)


def build_document(
    store: Store,
    kind: str,
    meeting_id: str,
    out: str | Path,
    *,
    paper: str = "a4",
    lang: str = "nb",
    report: Progress | None = None,
    cache_dir: Path | None = None,
    archive: bool = False,
    public: bool = False,
) -> BuildResult:
    """Print one document of a meeting to `out` (PDF). `report(done, total)` may raise to cancel.
    `archive`: the archival copy (PDF/A-2a); `public`: the public version, which is archival too."""
    store.refuse_own_file(out)
    if archive or public:
        return build_archive(store, kind, meeting_id, Path(out), paper=paper, lang=lang, public=public)
    if kind == "pack":
        return build_pack(store, meeting_id, out, paper=paper, lang=lang, report=report, cache_dir=cache_dir)
    if kind not in KINDS:
        raise ValueError(f"unknown document {kind!r}; choose one of {', '.join(KINDS)}")
    if report:
        report(0, 2)
    data = load_meeting_print(store, meeting_id)
    words = labels(lang)
    if kind == "agenda":
        rendered = render(invitation_flowables(data, lang, paper), paper, words["invitation"])
        title, marking_of, draft = paper_title(words["invitation"], data, lang), {}, False
    else:
        rendered = render(minutes_flowables(data, lang, paper), paper, words["minutes"])
        title = minutes_name(data, lang)
        marking_of = {f"case:{c.id}": c.confidentiality for c in data.agenda}
        draft = not is_approved(data)  # every page of minutes not yet approved says so
    if report:
        report(1, 2)
    result = _single(data, rendered, title, Path(out), lang, marking_of, draft)
    if report:
        report(2, 2)
    return result


def build_archive(
    store: Store, kind: str, meeting_id: str, out: Path, *, paper: str, lang: str, public: bool
) -> BuildResult:
    """The invitation, pack or minutes as an archival PDF/A-2a (typst), from the same document model
    as the printed copy; `public` leaves exempt cases out, their legal basis in their place. The
    pack lists its attached PDFs by name and SHA-256 (archive_pack.py says why)."""
    from boarddesk.reports.agenda import invitation_document
    from boarddesk.reports.archive import write_archive
    from boarddesk.reports.archive_pack import pack_document
    from boarddesk.reports.minutes import minutes_document

    if kind not in KINDS:
        raise ValueError(f"unknown document {kind!r}; choose one of {', '.join(KINDS)}")
    data = load_meeting_print(store, meeting_id)
    if kind == "pack":
        document = pack_document(store, data, lang, public)
    else:
        build = invitation_document if kind == "agenda" else minutes_document
        document = build(data, lang, public)
    document.footer = furniture(data, lang).footer
    if public:
        document.title += f" ({labels(lang)['public_version']})"
    pages = write_archive(document, paper, out)
    return BuildResult(pages, [], 1, 0)
