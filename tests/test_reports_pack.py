"""The printed meeting pack as a board member holds it: contents that point to the right pages,
bookmarks, «Side X av Y», the confidentiality marking, æøå, and attachments in their place."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from boarddesk.reports.documents import build_document
from boarddesk.reports.pack import build_pack

PDS_MEETING = "pds-m-2021-7"
HN_MEETING = "hn-m-2024-04-25"
MARKING = "Unntatt offentlighet, offl. § 13"


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def outline_titles(path) -> list[str]:
    titles = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(path).outline)
    return titles


def small_pdf(label: str, pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(1, pages + 1):
        canvas.drawString(100, 700, f"{label} side {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def attach(store, case_id: str, attachment_id: str, title: str, content: bytes, confidentiality=None) -> None:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO attachments (id, board_id, filename, media_type, title, sha256, content, confidentiality) "
            "SELECT ?, board_id, ?, 'application/pdf', ?, ?, ?, ? FROM cases WHERE id = ?",
            (
                attachment_id,
                f"{attachment_id}.pdf",
                title,
                hashlib.sha256(content).hexdigest(),
                content,
                confidentiality,
                case_id,
            ),
        )
        conn.execute(
            "INSERT INTO case_attachments (case_id, position, attachment) VALUES (?, "
            "(SELECT coalesce(max(position), -1) + 1 FROM case_attachments WHERE case_id = ?), ?)",
            (case_id, case_id, attachment_id),
        )


def contents_lines(text: str) -> list[tuple[str, int]]:
    """The contents page as (title, page) in order; a title may wrap and its number follows it."""
    listed, title = [], []
    for line in (line.strip() for line in text.splitlines()):
        if line in ("Innhold", "Side") or line.startswith("Side "):
            continue
        if line.isdigit() or line == "–":
            if line.isdigit():
                listed.append((" ".join(title), int(line)))
            title = []
        else:
            title.append(line)
    return listed


@pytest.fixture
def pds_pack(demo_store, tmp_path):
    attach(demo_store, "pds-case-2021-43", "att-ssd", "Sentralt styringsdokument v0.9", small_pdf("SSD-VEDLEGG", 3))
    out = tmp_path / "pds.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    return out, result


def test_every_page_but_the_cover_says_side_x_av_y_with_board_and_meeting(pds_pack):
    out, result = pds_pack
    texts = page_texts(out)
    assert len(texts) == result.pages
    assert "Side 1 av" not in texts[0], "the cover carries no page number"
    for number, text in enumerate(texts[1:], 2):
        assert f"Side {number} av {len(texts)}" in text
        assert "Programstyret for program digital samhandling · Møte 7/2021" in text


def test_contents_page_numbers_point_at_the_right_pages(pds_pack):
    out, result = pds_pack
    texts = page_texts(out)
    listed = contents_lines(texts[1])
    assert listed == [(e.title, e.page) for e in result.contents if e.page]
    for entry in result.contents:
        if entry.page and not entry.title.startswith("Vedlegg"):  # attachments: see the test below
            first_words = entry.title.split(":")[-1].split(" – ")[0].strip()[:25]
            number = entry.title.split(" ")[1] if entry.title.startswith("Sak ") else first_words
            if entry.title.startswith("Referat fra møte "):  # the minutes to approve, headed as they print
                number = f"Møte {entry.title.split(' ')[3]}"
            text = texts[entry.page - 1].replace("\n", " ")
            assert first_words in text or number in text, (entry.title, entry.page)  # or an attached paper
    assert max(e.page or 0 for e in result.contents) <= len(texts)


def test_bookmarks_for_every_case_report_and_attachment(pds_pack, demo_store):
    out, _ = pds_pack
    titles = outline_titles(out)
    numbers = [r["seq"] for r in demo_store.query("SELECT seq FROM cases WHERE meeting = ?", (PDS_MEETING,))]
    for seq in numbers:
        assert any(t.startswith(f"Sak {seq}/21 ") for t in titles), seq
    assert "Statusrapport: Program digital samhandling" in titles
    assert "Vedlegg: Sentralt styringsdokument v0.9" in titles


def test_attachment_pages_appear_where_the_contents_say(pds_pack):
    out, result = pds_pack
    texts = page_texts(out)
    entry = next(e for e in result.contents if e.title == "Vedlegg: Sentralt styringsdokument v0.9")
    assert ("Vedlegg: Sentralt styringsdokument v0.9", entry.page) in contents_lines(texts[1])
    for offset in range(3):
        assert f"SSD-VEDLEGG side {offset + 1}" in texts[entry.page - 1 + offset]
    case_43 = next(e for e in result.contents if e.title.startswith("Sak 43/21"))
    assert case_43.page < entry.page, "the attachment follows its case paper"


def test_norwegian_letters_survive_text_extraction(pds_pack):
    out, _ = pds_pack
    text = " ".join(page_texts(out))
    for word in ("Møteinnkalling", "Saksliste", "Milepæler", "Økonomi", "Kristine Skjøthaug", "Forslag til vedtak"):
        assert word in text, word
    assert {"æ", "ø", "å"} <= set(text)


def test_marking_on_every_page_of_an_exempt_case_and_its_attachment(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute("UPDATE cases SET confidentiality = ? WHERE id = 'pds-case-2021-46'", (MARKING,))
    attach(demo_store, "pds-case-2021-46", "att-fdv", "Kostnadsoversikt", small_pdf("FDV", 2))
    out = tmp_path / "exempt.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    texts = page_texts(out)
    start = next(e.page for e in result.contents if e.title.startswith("Sak 46/21"))
    end = next(e.page for e in result.contents if e.title == "Vedlegg: Kostnadsoversikt") + 1  # its last page
    for number, text in enumerate(texts, 1):
        marked = MARKING.upper() in text
        assert marked == (start <= number <= end), (number, start, end)


def test_exempt_status_report_is_marked_on_its_own_pages_only(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute("UPDATE status_reports SET confidentiality = ? WHERE id = 'pds-sr-prog-2021-11-24'", (MARKING,))
    out = tmp_path / "report.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    texts = page_texts(out)
    report = next(e for e in result.contents if e.title.startswith("Statusrapport"))
    assert MARKING.upper() in texts[report.page - 1]
    case_42 = next(e for e in result.contents if e.title.startswith("Sak 42/21"))
    assert MARKING.upper() not in texts[case_42.page - 1], "the case paper itself is not exempt"


def test_helse_nord_pack_carries_the_status_reports_of_case_58(demo_store, tmp_path):
    out = tmp_path / "hn.pdf"
    result = build_pack(demo_store, HN_MEETING, out)
    titles = outline_titles(out)
    assert any(t.startswith("Styresak 58-2024") for t in titles)
    reports = [t for t in titles if t.startswith("Statusrapport: ")]
    assert len(reports) == 7 and "Statusrapport: Pasientbrev Helsenorge" in reports
    texts = page_texts(out)
    assert len(texts) == result.pages
    pasientbrev = next(e for e in result.contents if e.title == "Statusrapport: Pasientbrev Helsenorge")
    page = texts[pasientbrev.page - 1]
    assert "Avgrensning og innhold" in page and "Forrige" in page


def test_letter_paper_and_english(demo_store, tmp_path):
    out = tmp_path / "letter.pdf"
    build_pack(demo_store, PDS_MEETING, out, paper="letter", lang="en")
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Page 2 of" in reader.pages[1].extract_text()
    assert "Invitation and case papers" in reader.pages[0].extract_text()


def test_printing_again_after_one_case_changed_renders_only_that_case(demo_store, tmp_path):
    cache = tmp_path / "cache"
    first = build_pack(demo_store, PDS_MEETING, tmp_path / "1.pdf", cache_dir=cache)
    again = build_pack(demo_store, PDS_MEETING, tmp_path / "2.pdf", cache_dir=cache)
    assert first.rendered > 1 and again.rendered == 0 and again.reused == first.rendered
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE cases SET body_text = body_text || ' Revidert etter innspill.' WHERE id = 'pds-case-2021-42'"
        )
    revised = build_pack(demo_store, PDS_MEETING, tmp_path / "3.pdf", cache_dir=cache)
    assert revised.rendered == 1
    assert "Revidert etter innspill." in " ".join(page_texts(tmp_path / "3.pdf"))


def test_a_new_presenter_renders_the_agenda_and_that_case_paper_again(demo_store, tmp_path):
    cache = tmp_path / "cache"
    build_pack(demo_store, PDS_MEETING, tmp_path / "1.pdf", cache_dir=cache)
    with demo_store.write() as conn:
        conn.execute("UPDATE cases SET presenter = 'Ola Nordmann' WHERE id = 'pds-case-2021-42'")
    revised = build_pack(demo_store, PDS_MEETING, tmp_path / "2.pdf", cache_dir=cache)
    assert revised.rendered == 2  # the agenda's line and the case paper's header name the presenter
    pages = page_texts(tmp_path / "2.pdf")
    assert sum("Ola Nordmann" in page for page in pages) == 2


def test_a_renamed_board_renders_the_case_papers_that_name_it_again(demo_store, tmp_path):
    """Case 145/2023 is addressed to the board by a name of its own; the proposal's lead-in names the board."""
    meeting = "hn-m-2023-12-20"
    cache = tmp_path / "cache"
    build_pack(demo_store, meeting, tmp_path / "1.pdf", cache_dir=cache)
    with demo_store.write() as conn:
        conn.execute("UPDATE boards SET name = 'Styret i Helse Nord' WHERE id = 'hn'")
    build_pack(demo_store, meeting, tmp_path / "2.pdf", cache_dir=cache)
    text = " ".join(" ".join(page.split()) for page in page_texts(tmp_path / "2.pdf"))
    assert "Styret i Helse Nord inviteres til å fatte følgende vedtak" in text
    assert "Styret i Helse Nord RHF inviteres" not in text


def test_cancelled_build_leaves_no_file(demo_store, tmp_path):
    out = tmp_path / "cancelled.pdf"

    def cancel_halfway(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_pack(demo_store, HN_MEETING, out, report=cancel_halfway)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_progress_runs_from_zero_to_total(demo_store, tmp_path):
    seen = []
    build_document(demo_store, "pack", PDS_MEETING, tmp_path / "p.pdf", report=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_rotated_attachment_gets_its_footer_at_the_foot(demo_store, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(small_pdf("LIGGENDE", 1))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    attach(demo_store, "pds-case-2021-45", "att-rot", "Liggende tabell", buffer.getvalue())
    out = tmp_path / "rotated.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    entry = next(e for e in result.contents if e.title == "Vedlegg: Liggende tabell")
    page = PdfReader(out).pages[entry.page - 1]
    assert page.rotation == 0 and page.mediabox.width > page.mediabox.height
    assert f"Side {entry.page} av {result.pages}" in page.extract_text()


def test_an_attachment_that_is_not_a_pdf_gets_a_page_saying_so(demo_store, tmp_path):
    attach(demo_store, "pds-case-2021-45", "att-docx", "Leveranseplan", b"PK\x03\x04 not a pdf")
    out = tmp_path / "docx.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    entry = next(e for e in result.contents if e.title == "Vedlegg: Leveranseplan")
    text = page_texts(out)[entry.page - 1]
    assert "att-docx.pdf er ikke en PDF-fil" in text


def test_risks_with_probability_and_consequence_are_placed_in_the_matrix(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE risks SET probability = 4, consequence = 5 WHERE id = (SELECT id FROM risks WHERE project_id = 'pds-prog' AND number = '13')"
        )
        conn.execute("UPDATE risks SET probability = 2, consequence = 3 WHERE project_id = 'pds-prog' AND number = '4'")
    out = tmp_path / "matrix.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    report = next(e for e in result.contents if e.title.startswith("Statusrapport"))
    text = " ".join(page_texts(out)[report.page - 1 : report.page + 2])
    assert "Risikomatrise" in text and "Sannsynlighet" in text and "Konsekvens" in text
    assert "13: Risiko for at anbefalt løsning for NILAR" in text


@pytest.fixture
def pds_pack_46_asks(demo_store, tmp_path):
    """46/21 with a generated paper that asks for its projects' reports, Program digital samhandling's
    among them, which 42/21 prints already."""
    with demo_store.write() as conn:
        conn.execute("UPDATE cases SET document = NULL, print_status_reports = 1 WHERE id = 'pds-case-2021-46'")
    out = tmp_path / "pds46.pdf"
    return out, build_pack(demo_store, PDS_MEETING, out)


def test_a_status_report_is_printed_once_and_later_cases_refer_to_its_page(pds_pack_46_asks):
    """Program digital samhandling belongs to 42/21 and 46/21: its report follows 42/21 only."""
    out, result = pds_pack_46_asks
    texts = page_texts(out)
    title = "Statusrapport: Program digital samhandling"
    first = [t for t in texts[2:] if t.lstrip().startswith(title) or f"\n{title}\n" in t]  # past the contents
    assert len(first) == 1, "the report's first page appears once"
    entries = [e for e in result.contents if e.title == title]
    assert len(entries) == 2 and entries[0].page == entries[1].page == entries[1].refers.page
    report_page = entries[0].page
    assert title in texts[report_page - 1]
    case_46 = next(e for e in result.contents if e.title.startswith("Sak 46/21"))
    reference = f"Statusrapport for Program digital samhandling: se side {report_page}"
    assert reference in " ".join(texts[case_46.page - 1 :]).replace("\n", " ")
    assert outline_titles(out).count(title) == 2  # a bookmark under both cases, to the same page


def test_the_reference_links_to_the_report_page(pds_pack_46_asks):
    out, result = pds_pack_46_asks
    reader = PdfReader(out)
    report_page = next(e.page for e in result.contents if e.title == "Statusrapport: Program digital samhandling")
    targets = []
    for page in reader.pages[2:]:  # past the contents, whose lines are links too
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                target = annotation["/Dest"][0].idnum
                targets += [n for n, p in enumerate(reader.pages, 1) if p.indirect_reference.idnum == target]
    assert targets == [report_page]


HN_DECEMBER = "hn-m-2023-12-20"


def report_dates_printed(path, project: str) -> list[str]:
    """The «Rapportdato» of each printed status report of the project."""
    texts = page_texts(path)
    dates = []
    for text in texts:
        text = text.replace("\n", " ")
        if f"Statusrapport: {project}" in text and "Rapportdato" in text:
            dates.append(text.split("Rapportdato")[1].split()[0])
    return dates


def test_ticking_a_project_does_not_print_its_report_unless_the_case_asks(demo_store, tmp_path):
    """145-2023 has DIS ticked and no report linked: DIS is named, its report not printed."""
    out = tmp_path / "dec.pdf"
    build_pack(demo_store, HN_DECEMBER, out)
    assert not [t for t in outline_titles(out) if t.startswith("Statusrapport")]
    assert "Prosjekter i saken: Digitale innbygger" in " ".join(page_texts(out)).replace("\n", " ")


# The paper gives DIS's earlier report no date (the demo orders it by 22.01.2024 and prints
# «udatert»); these tests give it that day, as a board whose paper dates it would.
DATE_THE_EARLIER_REPORT = "UPDATE status_reports SET date_precision = 'day' WHERE id = 'hn-p-dis-sr-2024-01-22'"


def test_a_case_that_asks_prints_the_newest_report_dated_before_the_meeting(demo_store, tmp_path):
    """DIS reported on 22.01.2024 and 11.03.2024; at the meeting of 25.04.2024 the case prints the
    later one, and with the meeting moved before both, none."""
    with demo_store.write() as conn:
        conn.execute("UPDATE cases SET print_status_reports = 1 WHERE id = 'hn-c-2023-145'")
        conn.execute("UPDATE meetings SET date = '2024-02-01' WHERE id = ?", (HN_DECEMBER,))
        conn.execute(DATE_THE_EARLIER_REPORT)
    out = tmp_path / "feb.pdf"
    build_pack(demo_store, HN_DECEMBER, out)
    dis = "Digitale innbygger- og samhandlingstjenester (DIS)"
    assert report_dates_printed(out, dis) == ["22.01.2024"], "never the report of 11.03.2024, after the meeting"
    with demo_store.write() as conn:
        conn.execute("UPDATE meetings SET date = '2023-12-20' WHERE id = ?", (HN_DECEMBER,))
    build_pack(demo_store, HN_DECEMBER, out)
    assert not report_dates_printed(out, dis)


def test_a_linked_report_is_printed_as_it_was_not_the_newest(demo_store, tmp_path):
    """Linked to DIS's report of 22.01.2024, the case prints that one, with its history up to then,
    although a newer report exists and the meeting is later."""
    with demo_store.write() as conn:
        conn.execute("UPDATE meetings SET date = '2024-04-01' WHERE id = ?", (HN_DECEMBER,))
        conn.execute(DATE_THE_EARLIER_REPORT)
        conn.execute(
            "INSERT INTO case_status_reports (case_id, position, report) VALUES ('hn-c-2023-145', 1, 'hn-p-dis-sr-2024-01-22')"
        )
    out = tmp_path / "linked.pdf"
    build_pack(demo_store, HN_DECEMBER, out)
    assert report_dates_printed(out, "Digitale innbygger- og samhandlingstjenester (DIS)") == ["22.01.2024"]
    text = " ".join(page_texts(out)).replace("\n", " ")
    assert text.count("11.03.2024") == 1 and "datert 11.03.2024" in text, "only the summary names the later report"


def test_an_attached_case_paper_is_not_printed_a_second_time(demo_store, tmp_path):
    """43/21, 45/21 and 46/21 have their case paper attached: the pack prints it once, and the
    case's contents line and bookmark open it."""
    out = tmp_path / "pds.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    texts = [t.replace("\n", " ") for t in page_texts(out)]
    for case_id in ("pds-case-2021-43", "pds-case-2021-45", "pds-case-2021-46"):
        case = demo_store.query_one("SELECT seq, body_text FROM cases WHERE id = ?", (case_id,))
        sentence = " ".join(case["body_text"].split()[:8])
        assert sum(sentence in t for t in texts) == 1, case["seq"]
        entry = next(e for e in result.contents if e.title.startswith(f"Sak {case['seq']}/21"))
        assert sentence in texts[entry.page - 1]


def unembedded_fonts(path) -> set[str]:
    """Fonts some page uses without carrying them (a font descriptor without a font file)."""
    missing = set()
    for page in PdfReader(path).pages:
        resources = [page.get("/Resources", {})]
        while resources:
            res = resources.pop().get_object()
            for font in (res.get("/Font") or {}).values():
                font = font.get_object()
                descriptor = font.get("/FontDescriptor")
                if font.get("/Subtype") == "/Type0":
                    descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(font.get("/BaseFont")))
            for xobject in (res.get("/XObject") or {}).values():
                if "/Resources" in xobject.get_object():
                    resources.append(xobject.get_object()["/Resources"])
    return missing


@pytest.mark.parametrize("kind", ["pack", "minutes", "agenda"])
def test_every_font_is_embedded_and_the_file_says_title_author_and_language(demo_store, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    build_document(demo_store, kind, HN_MEETING, out, lang="en" if kind == "agenda" else "nb")
    assert unembedded_fonts(out) == set(), "Helvetica used to be referenced on every page"
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == ("en" if kind == "agenda" else "nb-NO")
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    info = reader.metadata
    assert info.author == "Styret i Helse Nord RHF" and info.title.endswith(" – Styret i Helse Nord RHF")
    assert "25.04.2024" in info.title or "2024-04-25" in info.title, "the meeting, named once"
    assert info["/CreationDate"].startswith("D:20")


def link_targets(reader: PdfReader, page_index: int) -> list[int]:
    """The pages (1-based) the links on a page go to, top to bottom."""
    numbers = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages, 1)}
    annotations = [a.get_object() for a in reader.pages[page_index].get("/Annots") or []]
    return [numbers[a["/Dest"][0].idnum] for a in annotations if a.get("/Subtype") == "/Link"]


def test_navigation_cover_and_contents_bookmarked_contents_clickable_cases_at_their_pages(demo_store, tmp_path):
    out = tmp_path / "pds.pdf"
    result = build_pack(demo_store, PDS_MEETING, out)
    reader = PdfReader(out)
    top = [
        (item.title, reader.get_destination_page_number(item) + 1)
        for item in reader.outline
        if not isinstance(item, list)
    ]
    assert top[:2] == [("Forside", 1), ("Innhold", 2)]
    texts = page_texts(out)
    assert texts[1].count("Innhold") == 1, "one heading, not a heading and a column title"
    listed = [e.page for e in result.contents if e.page]
    assert link_targets(reader, 1) == listed, "every line of the contents goes to its page"
    case_43 = next(e for e in result.contents if e.title.startswith("Sak 43/21"))
    assert dict(top)[case_43.title] == case_43.page != 3, "the case opens its own paper, not the agenda"
    assert "Sak 43/21" in texts[case_43.page - 1], "the running head names the case on its attached paper"


def test_a_letter_pack_scales_a4_attachments_to_the_page(demo_store, tmp_path):
    out = tmp_path / "letter.pdf"
    result = build_pack(demo_store, PDS_MEETING, out, paper="letter")
    attachment = next(e for e in result.contents if e.title.startswith("Vedlegg"))
    for page in PdfReader(out).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "Vedlegg" in attachment.title


def test_case_header_lists_its_printed_enclosures_with_the_pages_they_start_on(demo_store, tmp_path):
    out = tmp_path / "hn.pdf"
    result = build_pack(demo_store, HN_MEETING, out)
    texts = page_texts(out)
    case = next(e for e in result.contents if e.title.startswith("Styresak 58-2024"))
    header = " ".join(texts[case.page - 1].split("Trykte vedlegg")[1].split("Forslag til vedtak")[0].split())
    reports = [e for e in result.contents if e.title.startswith("Statusrapport")]
    assert len(reports) == 7
    for number, entry in enumerate(reports, 1):
        assert f"{number}. {entry.title} (side {entry.page})" in header, entry.title
        assert entry.title.split(": ")[1][:20] in " ".join(texts[entry.page - 1].split())
