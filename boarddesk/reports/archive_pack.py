"""The meeting pack as document-model blocks for the archival copy (PDF/A-2a, archive.py): the
cover, a contents whose lines link to their pages, the invitation, each case paper with its
proposed decision, the status reports of its projects as tables (status per area, history,
milestones, risks, budget), and the case's attachments listed with their SHA-256.

Attached PDFs are not copied into the archival pack: typst 0.15 refuses to place PDF pages in a
PDF/A file («embedding PDFs is currently not supported in this export mode»), and a page image
would lose the text that an archive search and a screen reader need (and an attachment made
elsewhere seldom meets PDF/A itself: fonts not embedded, no tags). Each attachment is archived as
a document of its own; the pack names it with its fingerprint, which shows which file went with
the case. The charts of the printed reports are left out too: the tables hold the same figures.

`public` leaves an exempt case, and an exempt attachment or status report, out before anything is
rendered, with its legal basis in its place."""

from __future__ import annotations

import hashlib

from boarddesk.model.formatting import format_date, format_report_date
from boarddesk.model.records import AgendaCase
from boarddesk.model.vocabulary import RAG, RAG_SHAPE
from boarddesk.reports.agenda import case_types, document_title, invitation_document, paper_title, when
from boarddesk.reports.board_style import case_label, case_word, paper_style
from boarddesk.reports.case_paper import inferred_mark, load_case_data
from boarddesk.reports.docmodel import (
    Anchor,
    Boxed,
    Contents,
    Document,
    Fields,
    Gap,
    Grid,
    Heading,
    KeepRoom,
    NewPage,
    Text,
)
from boarddesk.reports.labels import labels
from boarddesk.reports.markup import parse
from boarddesk.reports.meeting_data import MeetingPrint
from boarddesk.reports.status_report import (
    AREA_KEEP,
    BUDGET_WEIGHTS,
    MILESTONE_KEEP,
    ReportData,
    area_rows,
    budget_rows,
    card_pairs,
    milestone_rows,
    report_texts,
    report_title,
    risk_rows,
)
from boarddesk.services.meetings.case_list import case_documents
from boarddesk.store import Store

HISTORY_COLUMNS = 8  # the latest reports, as many as a portrait page has room for
# typst gives `auto` columns their content's width and shares the rest by the weights; a name
# column needs a whole share, and dates (forecast «01.11.2021 → 01.02.2022» too) stay on one line.
AREA_WEIGHTS = (1, 0, 0, 0, 2.5)
MILESTONE_WEIGHTS = (0, 1.2, 0, 0, 0, 0, 1.5)


def rag_word(lang: str):
    """A rating as its shape and word («● Grønn»): it reads without colour."""
    return lambda rag: f"{RAG_SHAPE.get(rag, '')} {RAG.label(rag, lang)}".strip() if rag else ""


def pack_document(store: Store, data: MeetingPrint, lang: str, public: bool = False) -> Document:
    words = labels(lang)
    blocks: list = [*cover(data, lang), NewPage(), Contents(words["contents"]), NewPage()]
    blocks += invitation_document(data, lang, public).blocks
    printed_under: dict[str, str] = {}  # a project's report is printed once, under its first case
    for case in data.agenda:
        blocks.append(NewPage())
        if public and case.confidentiality:
            blocks += withheld_case(data, case, lang)
            # Its reports stay withheld: a later case refers to it rather than printing them.
            number = f"{case_word(data.board, lang)} {case.number}".strip()
            for report in load_case_data(store, case, data.board, data.meeting.date).reports:
                printed_under.setdefault(report.card.project.id, number)
            continue
        blocks += case_blocks(store, data, case, lang, public, printed_under)
    return Document(
        document_title(paper_title(words["pack_title"], data, lang), data),
        lang,
        blocks,
        author=data.board_name(),
        date=data.meeting.date,
    )


def cover(data: MeetingPrint, lang: str) -> list:
    words = labels(lang)
    m = data.meeting
    blocks: list = [
        Gap(45),
        Text(data.board_name(), "subtitle"),
        Heading(words["pack_title"], 0),
        Text(f"{words['meeting']} {data.label(lang) if m.number else when(data, lang)}", "subtitle"),
    ]
    if m.number:
        blocks.append(Text(when(data, lang)))
    if m.place:
        blocks.append(Text(m.place))
    if m.chair_name:
        blocks.append(Text(f"{words['chair']}: {m.chair_name}"))
    return blocks


def withheld_case(data: MeetingPrint, case: AgendaCase, lang: str) -> list:
    """An exempt case in the public version: its number and the legal basis, nothing else."""
    number = f"{case_word(data.board, lang)} {case.number}".strip()
    return [Anchor(f"case:{case.id}"), Heading(number, 1), Text(case.confidentiality)]


def case_blocks(
    store: Store, data: MeetingPrint, case: AgendaCase, lang: str, public: bool, printed_under: dict[str, str]
) -> list:
    words = labels(lang)
    case_data = load_case_data(store, case, data.board, data.meeting.date)
    label = case_label(case, data.board, lang)
    first = [r for r in case_data.reports if r.card.project.id not in printed_under]
    earlier = [r for r in case_data.reports if r.card.project.id in printed_under]
    documents = case_documents(store, case.id)
    enclosures = [report_title(r, lang) for r in first] + [
        f"{words['attachment']}: {d.title or d.filename}" for d in documents if not (public and d.confidentiality)
    ]
    blocks: list = [
        Anchor(f"case:{case.id}", case.confidentiality),
        Text(words["case_paper"], "muted"),
        Heading(label, 1),
        Fields(
            (
                (words["to"], case_data.to_body),
                (words["paper_date"], format_date(case.paper_date, lang)),
                (words["case_number"], case.number or ""),
                (words["case_type"], case_types(case, lang).replace("\n", "  ")),
                (words["case_document"], case.document or ""),
                (words["presenter"], inferred_mark(case, "presenter", lang) or ""),
                (words["case_officer"], inferred_mark(case, "case_officer", lang) or ""),
                (words["enclosures"], "\n".join(f"{i}. {title}" for i, title in enumerate(enclosures, 1))),
            )
        ),
        Gap(3),
    ]
    if case.proposed_decision:
        lead_in = paper_style(data.board, lang).decision_lead_in
        blocks += [Boxed(words["proposed_decision"], lead_in, tuple(parse(case.proposed_decision))), Gap(3)]
    blocks += parse(case.body_text)
    blocks += [
        Text(words["report_under_case"].format(project=r.card.project.name, case=printed_under[r.card.project.id]))
        for r in earlier
    ]
    if case_data.unreported:
        blocks.append(Text(f"{words['case_projects']}: {', '.join(p.name for p in case_data.unreported)}", "muted"))
    for report in first:
        printed_under[report.card.project.id] = label
        marking = case.confidentiality or report.marking
        if public and marking:
            blocks += [KeepRoom(20), Heading(report_title(report, lang), 2), Text(marking)]
        else:
            blocks += report_blocks(report, lang, marking)
    if documents:
        blocks += attachment_blocks(documents, case, lang, public)
    return blocks


def report_blocks(data: ReportData, lang: str, marking: str | None) -> list:
    """A status report's text and tables, as the printed report shows them (status_report.py)."""
    words = labels(lang)
    word = rag_word(lang)
    card, report = data.card, data.card.latest_report
    blocks: list = [
        NewPage(),
        Anchor(f"report:{card.project.id}", marking),
        Heading(report_title(data, lang), 2),
        Fields(tuple((label, value or "") for label, value in card_pairs(data, lang, word))),
    ]
    for text, label in report_texts(report):
        blocks += [Heading(words[label], 3), *parse(text)]
    for note in (card.project.source_note, report and report.source_note):
        if note:
            blocks.append(Text(f"{words['source_note']}: {note}", "muted"))
    header, rows = area_rows(data, lang, word)
    blocks += [Heading(words["status"], 3), grid(header, rows, AREA_WEIGHTS, AREA_KEEP)]
    if len(data.history.columns) > 1:
        blocks += [Heading(words["rag_history"], 3), history_grid(data, lang)]
    if card.milestones:
        header, rows = milestone_rows(card, lang, word)
        blocks += [Heading(words["milestones"], 3), grid(header, rows, MILESTONE_WEIGHTS, MILESTONE_KEEP)]
    if card.risks:
        header, rows, weights, _numeric = risk_rows(card, lang)
        blocks += [Heading(words["risks"], 3), grid(header, rows, weights, (1,))]
    if card.budget_lines:
        header, rows = budget_rows(card, lang)
        blocks += [Heading(words["budget"], 3), grid(header, rows, BUDGET_WEIGHTS, (0,))]
    return blocks


def history_grid(data: ReportData, lang: str) -> Grid:
    words = labels(lang)
    names = {"_status": words["overall_status"], "_risk": words["risk_level"]}
    columns = data.history.columns[-HISTORY_COLUMNS:]
    header = [words["area"]] + [
        format_report_date(c.report_date, c.date_precision, lang) or words["undated"] for c in columns
    ]
    rows = [
        [names.get(row.key, row.name)] + [RAG_SHAPE.get(cell.rag, "") for cell in row.cells[-len(columns) :]]
        for row in data.history.rows
        if any(cell.rag for cell in row.cells)
    ]
    return grid(header, rows, (1.5,) + (0,) * len(columns), (0,))


def attachment_blocks(documents: list, case: AgendaCase, lang: str, public: bool) -> list:
    """Each attachment by name and fingerprint; in the public version an exempt one by its legal basis only."""
    words = labels(lang)
    blocks: list = [KeepRoom(30), Heading(words["attachment"], 3), Text(words["attachments_archived"], "muted")]
    for doc in documents:
        basis = doc.confidentiality or case.confidentiality
        if public and basis:
            blocks.append(Text(words["attachment_withheld"].format(basis=basis)))
            continue
        blocks += [
            Text(f"{doc.title or doc.filename} ({doc.filename})"),
            Text(f"SHA-256 {hashlib.sha256(doc.content).hexdigest()}", "muted"),
        ]
    return blocks


def grid(header: list, rows: list, weights: tuple, keep: tuple) -> Grid:
    """A table of plain text: every cell as the words it prints."""
    return Grid(
        tuple(str(h) for h in header),
        tuple(tuple("" if cell is None else str(cell) for cell in row) for row in rows),
        tuple(weights),
        tuple(keep),
    )
