"""The meeting pack (innkalling og saksdokumenter): cover, contents, the invitation with agenda,
each case paper with its projects' status reports, and the case's attached PDFs in their place.

Each section is rendered on its own and cached by a hash of what it shows, so printing again after
one case was revised renders that case only and reassembles the rest."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from boarddesk.model.records import AgendaCase, Board
from boarddesk.reports.agenda import document_title, paper_title, when
from boarddesk.reports.assemble import Entry, Piece, place, write_document
from boarddesk.reports.board_style import case_label, case_word, paper_style
from boarddesk.reports.case_paper import CaseData, load_case_data
from boarddesk.reports.labels import labels
from boarddesk.reports.layout import LinkedPara, Mark, Progress, Rendered, frame_width, grid, para, render
from boarddesk.reports.meeting_data import MeetingPrint, load_meeting_print
from boarddesk.reports.minutes import is_approved
from boarddesk.reports.section_cache import SectionCache
from boarddesk.reports.sections import Section, render_all, render_section
from boarddesk.reports.stamping import Furniture
from boarddesk.reports.status_report import report_title
from boarddesk.services.documents.annotations import NoteError, attachment_content
from boarddesk.services.meetings.case_list import case_documents
from boarddesk.store import Store

AGENDA_COLUMNS = (
    "number",
    "title",
    "description",
    "document",
    "parts",
    "presenter",
    "minutes_allotted",
    "confidentiality",
    "state",
    "standard_item",  # the approval and action points items describe themselves
)
ENCLOSED_MINUTES = "enclosed_minutes"  # the previous minutes as a member's bundle carried them
MINUTES = ("minutes", ENCLOSED_MINUTES)


@dataclass
class BuildResult:
    pages: int
    contents: list[Entry]
    rendered: int  # sections rendered in this build
    reused: int  # sections taken from the cache


def furniture(data: MeetingPrint, lang: str) -> Furniture:
    return Furniture(f"{data.board_name()} · {labels(lang)['meeting']} {data.label(lang)}", lang)


def default_cache_dir(store: Store) -> Path:
    """Next to the database, like its backups: `boarddesk.sqlite.print-cache/`."""
    return store.path.with_name(store.path.name + ".print-cache")


def plan_sections(store: Store, data: MeetingPrint, lang: str, paper: str) -> list[tuple[Section, list]]:
    """The pack in order: each rendered section with the attachments that follow it. A project's
    status report is printed once, after the first case it belongs to; later cases refer to it."""
    words = labels(lang)
    shown = [{k: getattr(case, k) for k in AGENDA_COLUMNS} for case in data.agenda]  # a revised paper keeps the agenda
    agenda = Section("agenda", data, lang, paper, f"{words['invitation']} – {words['agenda'].lower()}")
    agenda.shown = [
        data.meeting,
        data.board,
        data.invitees,
        shown,
        data.copy_to,
        data.chair_organisation,
        data.secretary_name,
        data.previous_label(lang),
        data.open_action_points,
    ]
    plan: list[tuple[Section, list]] = [(agenda, [])]
    printed: set[str] = set()
    for case in data.agenda:
        case_data = load_case_data(store, case, data.board, data.meeting.date)
        if case.standard_item == "action_points" and not case.withdrawn:
            case_data.action_points = data.open_action_points
        previous = previous_minutes(store, data, case, lang, paper)
        attachments = attachment_pieces(store, case_data, lang, paper, _enclosed_documents(data))
        case_data.attachments = len(attachments)
        paper_piece = _attached_paper(case_data, attachments)
        if paper_piece is not None:  # the paper itself comes first, and the case's entry opens it
            attachments.remove(paper_piece)
            case_data.paper_attached = True
            paper_piece.entries.insert(0, Entry(case_label(case, data.board, lang), 0, 0))
        first = [r for r in case_data.reports if r.card.project.id not in printed]
        case_data.references = [
            {"id": r.card.project.id, "project": r.card.project.name, "page": None}
            for r in case_data.reports
            if r.card.project.id in printed
        ]
        case_data.reports = first
        printed.update(r.card.project.id for r in first)
        # What follows the paper, listed in its header with the page each starts on (known once placed).
        case_data.enclosures = [{"title": s.title, "page": None} for s in previous]
        case_data.enclosures += [{"title": report_title(r, lang), "page": None} for r in first]
        case_data.enclosures += [{"title": a.name, "page": None} for a in attachments]
        case_data.enclosure_sources = [s.entry for s in previous] + [r.card.project.id for r in first]
        case_data.enclosure_sources += [a.entries[-1] for a in attachments]
        paper_section = Section("case", case_data, lang, paper, case_label(case, data.board, lang))
        paper_section.shown = [
            case_data.case,
            case_data.to_body,
            case_data.unreported,
            case_data.references,
            case_data.board,  # its kind, seat and signing officer: the house style of the paper
            case_data.meeting_date,
            case_data.enclosures,
            case_data.action_points,
        ]
        reports = [(Section("report", report, lang, paper, report_title(report, lang)), []) for report in first]
        plan.append((paper_section, [paper_piece] if paper_piece else []))
        plan += [(section, []) for section in previous]
        plan += reports
        plan[-1][1].extend(attachments)
    return plan


def previous_minutes(store: Store, data: MeetingPrint, case: AgendaCase, lang: str, paper: str) -> list[Section]:
    """Under the approval item, the minutes it approves: the previous meeting's, as they stand
    (a draft until approved, and so marked). None when the item is withdrawn or there is no earlier meeting.
    A member's copy prints them as its bundle enclosed them (see enclosed_minutes)."""
    if case.standard_item != "approval" or case.withdrawn:
        return []
    if data.review_received:
        return enclosed_minutes(store, data, lang, paper) if data.enclosed_minutes else []
    if not data.previous_meeting:
        return []
    record = load_meeting_print(store, data.previous_meeting.id)
    title = previous_minutes_title(record.board, record.label(lang), is_approved(record), lang)
    section = Section("minutes", record, lang, paper, title)
    section.entry = Entry(title, 1, 0)
    return [section]


def previous_minutes_title(board: Board, meeting_label: str, approved: bool, lang: str) -> str:
    """«Referat fra møte 7/2021 til godkjenning», with «(utkast)» until approved."""
    title = labels(lang)["previous_minutes"].format(title=paper_style(board, lang).minutes_title, meeting=meeting_label)
    return title if approved else f"{title} ({labels(lang)['draft'].lower()})"


def enclosed_minutes(store: Store, data: MeetingPrint, lang: str, paper: str) -> list[Section]:
    """The previous minutes a member's bundle carried: the pages the secretary's pack encloses, a
    document of the approval case, marked as the secretary's pack marks them."""
    enclosed = data.enclosed_minutes
    try:
        content = attachment_content(store, enclosed.attachment)
        pages = len(PdfReader(io.BytesIO(content)).pages)
    except (NoteError, PdfReadError, ValueError, OSError):  # gone or unreadable: no pages to enclose
        content, pages = b"", 0
    if not pages:  # taken out by a later revision, or not a PDF: the approval item prints without it
        return []
    title = previous_minutes_title(data.board, data.previous_label(lang) or "", enclosed.approved, lang)
    section = Section(ENCLOSED_MINUTES, enclosed, lang, paper, title, rendered=Rendered(content, pages, []))
    section.entry = Entry(title, 1, 0)
    return [section]


def minutes_enclosure(store: Store, meeting_id: str, lang: str = "nb", paper: str = "a4") -> MinutesEnclosure | None:
    """The previous minutes as this meeting's pack encloses them, for the meeting's bundle: rendered
    without page furniture (the member's pack stamps its own), with the approval case they go under."""
    data = load_meeting_print(store, meeting_id)
    for case in data.agenda:
        sections = previous_minutes(store, data, case, lang, paper)
        if sections:
            section = sections[0]
            section.rendered = section.rendered or render_section(section)  # a received copy's: as it came
            markings = section_piece(section, None, {}).markings
            return MinutesEnclosure(case.id, section.title, section.rendered.pdf, markings, _approved(section))
    return None


@dataclass(frozen=True)
class MinutesEnclosure:
    case_id: str  # the approval case
    title: str
    pdf: bytes
    markings: list[str | None]
    approved: bool


def section_piece(section: Section, marking: str | None, report_entries: dict[str, Entry]) -> Piece:
    """A rendered section as a piece of the pack: a case with no papers has no pages of its own.
    A status report's entry is kept in `report_entries`; a later case's reference points to it."""
    if section.kind == "case" and not section.data.has_paper:
        entries = [] if section.data.paper_attached else [section.entry or Entry(section.title, 0, None)]
        return Piece(b"", 0, [], entries)
    rendered = section.rendered
    level = 1 if section.kind in ("report", *MINUTES) else 0
    entry = section.entry or Entry(section.title, level, 0)
    entries = [entry]
    if section.kind == "report":
        report_entries[section.data.card.project.id] = entry
    if section.kind == "case":
        words = labels(section.lang)
        for ref in section.data.references:
            title = f"{words['status_report']}: {ref['project']}"
            entries.append(Entry(title, 1, None, refers=report_entries[ref["id"]]))
    links = [(page - 1, rect, report_entries[key]) for key, page, rect in rendered.links if key in report_entries]
    markings = [marking] * rendered.pages
    if section.kind == "minutes":  # each exempt case of the enclosed minutes marked on its pages
        from boarddesk.reports.documents import marked_pages  # documents builds on this module

        markings = marked_pages(rendered, {f"case:{c.id}": c.confidentiality for c in section.data.agenda})
    if section.kind == ENCLOSED_MINUTES:  # marked as the secretary's pack marked them
        markings = (list(section.data.markings) + [None] * rendered.pages)[: rendered.pages]
    return Piece(rendered.pdf, rendered.pages, markings, entries, links)


def point_at_agenda_lines(plan: list[tuple[Section, list]]) -> None:
    """A case with no papers at all (an approval item, «Eventuelt») is bookmarked at its own line
    of the agenda: all a reader has of it is that line, and a page of its own would only repeat it."""
    bare = [s for s, _ in plan if s.kind == "case" and not s.data.has_paper and not s.data.paper_attached]
    if not bare:
        return
    lines = agenda_lines(plan[0][0].rendered, {s.data.case.number for s in bare if s.data.case.number})
    for section in bare:
        page, top = lines.get(section.data.case.number, (0, None))
        section.entry = Entry(section.title, 0, None, agenda_page=page, top=top)


def agenda_lines(agenda: Rendered, numbers: set[str]) -> dict[str, tuple[int, float]]:
    """Where each case number's line is on the rendered agenda: its page (0-based) and a height a
    little above the line, for the bookmark to open at."""
    found: dict[str, tuple[int, float]] = {}
    for index, page in enumerate(PdfReader(io.BytesIO(agenda.pdf)).pages):

        def visit(text: str, cm: list, tm: list, font: object, size: float, index: int = index) -> None:
            number = text.strip()
            if number in numbers and number not in found:
                found[number] = (index, cm[5] + tm[5] * cm[3] + size + 6)

        page.extract_text(visitor_text=visit)
    return found


def _attached_paper(case: CaseData, attachments: list[Piece]) -> Piece | None:
    """The attachment that is the case paper itself: the one named as the case's document."""
    document = _plain(case.case.document)
    if not document:
        return None
    return next((p for p in attachments if _plain(p.name) == document), None)


def _plain(name: str | None) -> str:
    """A document's name compared loosely: case and spacing aside, without «.pdf»."""
    text = " ".join((name or "").split()).casefold()
    return text.removesuffix(".pdf").strip()


def _enclosed_documents(data: MeetingPrint) -> set[str]:
    """The documents printed as an enclosure of their own, not as attachments."""
    return {data.enclosed_minutes.attachment} if data.enclosed_minutes else set()


def attachment_pieces(
    store: Store, case: CaseData, lang: str, paper: str, leave_out: set[str] | frozenset[str] = frozenset()
) -> list[Piece]:
    pieces = []
    for doc in case_documents(store, case.case.id):
        if doc.id in leave_out:
            continue
        title = f"{labels(lang)['attachment']}: {doc.title or doc.filename}"
        marking = doc.confidentiality or case.case.confidentiality
        try:
            pages = len(PdfReader(io.BytesIO(doc.content)).pages)
            pdf = doc.content
        except (PdfReadError, ValueError, OSError):
            rendered = render(
                [para(title, "h1"), para(labels(lang)["attachment_not_pdf"].format(file=doc.filename))], paper
            )
            pdf, pages = rendered.pdf, rendered.pages
        pieces.append(Piece(pdf, pages, [marking] * pages, [Entry(title, 1, 0)], name=doc.title or doc.filename))
    return pieces


def cover_flowables(data: MeetingPrint, contents: list[Entry], lang: str, paper: str) -> list[Flowable]:
    words = labels(lang)
    width = frame_width(paper)
    m = data.meeting
    flow: list[Flowable] = [
        Spacer(1, 45 * mm),
        para(data.board_name(), "subtitle"),
        para(words["pack_title"], "title"),
        Spacer(1, 4 * mm),
        para(f"{words['meeting']} {data.label(lang) if m.number else when(data, lang)}", "subtitle"),
    ]
    if m.number:
        flow.append(para(when(data, lang), "body"))
    if m.place:
        flow.append(para(m.place, "body"))
    if m.chair_name:
        flow.append(para(f"{words['chair']}: {m.chair_name}", "body"))
    flow += [PageBreak(), Mark("contents"), para(words["contents"], "h1")]
    # Each line a link to its page (the pack lays the links over the lines once it is put together).
    rows = [
        [LinkedPara(e.title, "toc_sub" if e.level else "toc", f"toc:{i}"), str(e.page) if e.page else "–"]
        for i, e in enumerate(contents)
    ]
    flow.append(grid(["", words["page"]], rows, [width - 18 * mm, 18 * mm], numeric=(1,)))
    return flow


def front_piece(front: Rendered, entries: list[Entry], lang: str) -> Piece:
    """The cover and the contents: bookmarked, and each line of the contents a link to its page."""
    words = labels(lang)
    contents_page = dict(front.marks).get("contents", 2)
    bookmarks = [Entry(words["cover"], 0, 0), Entry(words["contents"], 0, contents_page - 1)]
    links = [
        (page - 1, rect, entries[int(key.split(":")[1])])
        for key, page, rect in front.links
        if key.startswith("toc:") and entries[int(key.split(":")[1])].page
    ]
    return Piece(front.pdf, front.pages, [None] * front.pages, bookmarks, links)


def running_heads(pieces: list[Piece]) -> list[str | None]:
    """Per page, the case it belongs to («Sak 43/21»), for the head of the page: a reader who opens
    the pack anywhere sees which case the page is part of."""
    return [head for piece in pieces for head in [piece.head] * piece.pages]


def _pieces(plan: list[tuple[Section, list]]) -> tuple[list[Piece], dict[str, Entry]]:
    """The pack's pieces in order, and each printed status report's entry by its project."""
    pieces: list[Piece] = []
    case_marking = head = None
    report_entries: dict[str, Entry] = {}
    for section, attachments in plan:
        if section.kind == "case":
            case_marking = section.data.case.confidentiality
            number = section.data.case.number
            head = f"{case_word(section.data.board, section.lang)} {number}" if number else None
        marking = case_marking if section.kind != "agenda" else None
        if section.kind == "report":
            marking = marking or section.data.marking
        pieces.append(section_piece(section, marking, report_entries))
        if section.kind in MINUTES and not _approved(section):
            pieces[-1].draft = labels(section.lang)["draft"]
        pieces += attachments
        for piece in [pieces[-1 - len(attachments)], *attachments]:
            # The enclosed minutes head their pages with «UTKAST» where a draft: no case number over it.
            piece.head = head if section.kind not in ("agenda", *MINUTES) else None
    return pieces, report_entries


def _approved(section: Section) -> bool:
    return section.data.approved if section.kind == ENCLOSED_MINUTES else is_approved(section.data)


def _refer_to_pages(plan: list[tuple[Section, list]], reports: dict[str, Entry], cache: SectionCache) -> bool:
    """Put the page numbers, now known, into the case papers that refer to a report printed earlier
    or list what follows them (Trykte vedlegg), and render those papers again (from the cache when nothing changed). Whether a page count changed."""
    moved = False
    for section, _ in plan:
        if section.kind != "case" or not section.data.has_paper:
            continue
        if not (section.data.references or section.data.enclosures):
            continue
        for ref in section.data.references:
            ref["page"] = reports[ref["id"]].page
        for enclosure, source in zip(section.data.enclosures, section.data.enclosure_sources, strict=True):
            enclosure["page"] = reports[source].page if isinstance(source, str) else source.page
        before = section.rendered.pages
        hits = cache.hits  # the section is counted once, rendered or reused, however often it is fetched
        section.rendered = cache.get(section.key) if cache.folder else None
        cache.hits = hits
        if section.rendered is None:
            section.rendered = render_section(section)
            cache.put(section.key, section.rendered)
        moved = moved or section.rendered.pages != before
    return moved


def build_pack(
    store: Store,
    meeting_id: str,
    out: str | Path,
    *,
    paper: str = "a4",
    lang: str = "nb",
    report: Progress | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
) -> BuildResult:
    """Build the pack of a meeting into `out`. `report(done, total)` follows progress and may raise to cancel."""
    store.refuse_own_file(out)
    data = load_meeting_print(store, meeting_id)
    cache = SectionCache(cache_dir)
    plan = plan_sections(store, data, lang, paper)
    sections = [s for s, _ in plan if s.rendered is None and (s.kind != "case" or s.data.has_paper)]
    rendered = render_all(sections, cache, (lambda done, total: report(done, total + 2)) if report else None, workers)
    point_at_agenda_lines(plan)
    pieces, reports = _pieces(plan)
    entries = [e for p in pieces for e in p.entries]
    # The contents' length does not depend on its page numbers: lay it out once to count its pages.
    place(pieces, 1)
    front = render(cover_flowables(data, entries, lang, paper), paper)
    place(pieces, front.pages + 1)
    for _ in range(2):  # the papers that refer to a report, with its page now known
        moved = _refer_to_pages(plan, reports, cache)
        pieces, reports = _pieces(plan)
        entries = [e for p in pieces for e in p.entries]
        place(pieces, front.pages + 1)
        if not moved:  # a page number's digits seldom move a page break; when they do, once more
            break
    body = [p for p in pieces if p.pages]
    front = render(cover_flowables(data, entries, lang, paper), paper, labels(lang)["pack_title"])
    cover = front_piece(front, entries, lang)
    place([cover], 1)
    title = document_title(paper_title(labels(lang)["pack_title"], data, lang), data)
    heads = [None] * front.pages + running_heads(body)
    drafts = [None] * front.pages + [piece.draft for piece in body for _ in range(piece.pages)]
    page_furniture = replace(furniture(data, lang), plain_first_page=True, heads=heads, drafts=drafts)
    pages = write_document(
        [cover, *body], page_furniture, Path(out), title, cover.entries + entries, data.board_name(), paper
    )
    if report:
        report(len(sections) + 2, len(sections) + 2)
    return BuildResult(pages, entries, rendered, cache.hits)
