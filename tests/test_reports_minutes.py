"""The printed minutes and invitation: what the secretary recorded, as the board signs it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from boarddesk.reports.documents import build_document
from boarddesk.reports.minutes import vote_line

MEETING = "pds-m-2021-7"


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def drawn_curves(page) -> int:
    """Curves drawn by the page furniture (the stamp): the draft mark's letter outlines."""
    stamp = page["/Resources"]["/XObject"]["/BoardDeskStamp"].get_object()
    return stamp.get_data().count(b" c ")


def record_meeting(store) -> None:
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO attendance (meeting_id, position, member, status, deputy_for) VALUES (?, ?, ?, ?, ?)",
            [
                (MEETING, 0, "pds-mem-lucie-aunan", "present", None),
                (MEETING, 1, "pds-mem-ole-johan-kvan", "present", None),
                (MEETING, 2, "pds-mem-erik-hansen", "absent_with_notice", None),
                (MEETING, 3, "pds-mem-terje-wistner", "present", "pds-mem-erik-hansen"),
            ],
        )
        conn.execute(
            "INSERT INTO decisions (case_id, text, date, unanimous, votes_for, votes_against, votes_blank, dissent) "
            "VALUES ('pds-case-2021-43', 'Programstyret tilslutter sentralt styringsdokument for steg 2.', "
            "'2021-12-01', 0, 9, 2, 1, 'KS ønsket mer tid før tilslutning.')"
        )
        conn.execute(
            "INSERT INTO decision_disqualified (case_id, position, member) VALUES ('pds-case-2021-43', 0, 'pds-mem-odd-martin-solem')"
        )
        conn.execute(
            "INSERT INTO decisions (case_id, text, unanimous) VALUES ('pds-case-2021-45', 'Leveranseplanen for NILAR ble tilsluttet.', 1)"
        )
        conn.execute(
            'INSERT INTO action_points (id, board_id, text, meeting, "case", responsible, due, status) VALUES '
            "('ap-test', 'pds', 'Sende SSD v0.95 på høring i sektor', ?, 'pds-case-2021-43', 'Forprosjektet', '2021-12-10', 'open')",
            (MEETING,),
        )


def test_minutes_show_attendance_decisions_votes_and_action_points(demo_store, tmp_path):
    record_meeting(demo_store)
    out = tmp_path / "minutes.pdf"
    build_document(demo_store, "minutes", MEETING, out)
    text = text_of(out)
    assert "Referat" in text and "Programstyret for program digital samhandling" in text
    assert "Ole Johan Kvan, Helse Sør-Øst RHF" in text
    assert "Forfall" in text and "Erik Hansen" in text
    assert "Terje Wistner, KS (vara for Erik Hansen)" in text
    assert "Programstyret tilslutter sentralt styringsdokument for steg 2." in text
    assert "Vedtatt med 9 stemmer mot 2, 1 blank." in text
    assert "Dissens: KS ønsket mer tid før tilslutning." in text
    assert "Inhabil: Odd Martin Solem" in text
    assert "Vedtaket var enstemmig." in text
    assert "Sende SSD v0.95 på høring i sektor" in text and "43/21" in text
    assert "Referatet er et utkast og er ikke godkjent;" in text
    assert "Lucie Aunan" in text.split("Underskrifter")[-1], "the chair signs"


def test_approved_minutes_say_so_and_list_amendments(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO minutes (meeting_id, status, approved_at, sha256) VALUES (?, 'approved', '2022-01-20', 'x')",
            (MEETING,),
        )
        conn.execute(
            "INSERT INTO minutes_amendments (id, meeting_id, position, date, reason, text) VALUES "
            "('am-1', ?, 1, '2022-02-01', 'Feil dato i sak 45/21', 'Leveranseplanen gjelder fra 2022.')",
            (MEETING,),
        )
    out = tmp_path / "approved.pdf"
    build_document(demo_store, "minutes", MEETING, out)
    text = text_of(out)
    assert "Referatet ble godkjent 20.01.2022." in text
    assert "Endringer etter godkjenning" in text and "Feil dato i sak 45/21" in text


def test_exempt_case_marks_the_minutes_pages_it_is_on(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE cases SET confidentiality = 'Unntatt offentlighet, offl. § 14' WHERE id = 'pds-case-2021-44'"
        )
    out = tmp_path / "exempt.pdf"
    build_document(demo_store, "minutes", MEETING, out)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    holding = [p for p in pages if "Sak 44/21" in p]
    assert holding and all("UNNTATT OFFENTLIGHET, OFFL. § 14" in p for p in holding)


def test_invitation_lists_invitees_place_time_chair_and_agenda(demo_store, tmp_path):
    out = tmp_path / "agenda.pdf"
    result = build_document(demo_store, "agenda", MEETING, out)
    text = text_of(out)
    assert result.pages == 1
    for expected in (
        "Møteinnkalling",
        "Kristine Skjøthaug, Stavanger kommune",
        "Elektronisk møte",
        "01.12.2021, kl. 13.00–15.00",
        "Lucie Aunan, Direktoratet for e-helse",
        "Saksliste",
        "43/21",
        "1: Tilslutning",
        "2: Orientering",
        "Side 1 av 1",
    ):
        assert expected in text, expected


def test_draft_minutes_say_utkast_on_every_page_until_approved(demo_store, tmp_path):
    record_meeting(demo_store)
    out = tmp_path / "draft.pdf"
    build_document(demo_store, "minutes", MEETING, out)
    pages = PdfReader(out).pages
    assert all(drawn_curves(page) > 40 for page in pages), "the mark is drawn on every page"
    assert "UTKAST" not in text_of(out) and "KAST" not in text_of(out), "copied text does not carry it"
    assert "er ikke godkjent" in text_of(out)
    with demo_store.write() as conn:
        conn.execute("INSERT OR IGNORE INTO minutes (meeting_id) VALUES (?)", (MEETING,))
        conn.execute(
            "UPDATE minutes SET status = 'approved', approved_at = '2022-01-20T10:00:00', sha256 = 'x' WHERE meeting_id = ?",
            (MEETING,),
        )
    approved = tmp_path / "approved.pdf"
    build_document(demo_store, "minutes", MEETING, approved)
    text = text_of(approved)
    assert "Referatet ble godkjent 20.01.2022." in text
    assert all(drawn_curves(page) < 5 for page in PdfReader(approved).pages), "approved: no mark"
    english = tmp_path / "draft-en.pdf"
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE minutes SET status = 'draft', approved_at = NULL, sha256 = NULL WHERE meeting_id = ?", (MEETING,)
        )
    build_document(demo_store, "minutes", MEETING, english, lang="en")
    assert all(drawn_curves(page) > 40 for page in PdfReader(english).pages)
    assert "DRAFT" not in text_of(english)


@pytest.mark.parametrize(
    ("votes", "nb", "en"),
    [
        ((9, 2, 1), "Vedtatt med 9 stemmer mot 2, 1 blank.", "Carried with 9 votes to 2, 1 blank."),
        ((1, 0, 2), "Vedtatt med 1 stemme mot 0, 2 blanke.", "Carried with 1 vote to 0, 2 blank."),
        ((5, 1, 0), "Vedtatt med 5 stemmer mot 1, 0 blanke.", "Carried with 5 votes to 1, 0 blank."),
    ],
)
def test_vote_words_agree_in_number(votes, nb, en):
    assert vote_line(*votes, "nb") == nb
    assert vote_line(*votes, "en") == en


def test_agenda_breaks_lines_only_between_words_and_keeps_the_case_number_narrow(demo_store, tmp_path):
    out = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", MEETING, out)
    lines = text_of(out).splitlines()
    assert "forvaltningskostnader" in " ".join(lines)  # never «forv altningskostnader»
    assert any(line.endswith("Tillitsmodell/") or "Tillitsmodell/dokumentdeling" in line for line in lines)
    assert not any(line.strip() in ("ing", "g", "ering") for line in lines)


def test_table_columns_fit_their_content():
    from boarddesk.reports.layout import fit_widths, longest_piece, wrap_text

    columns = [
        ["Saksnr.", "41/21", "46/21"],
        ["Sakstittel", "Drifts- og forvaltningskostnader som følge av leveranser"],
    ]
    widths = fit_widths(columns, 200)
    assert widths[0] < 50 and abs(sum(widths) - 200) < 0.01
    assert widths[1] > longest_piece("forvaltningskostnader")
    assert wrap_text("Tillitsmodell/dokumentdeling ved Norsk Helsenett", 70).split("\n")[0] == "Tillitsmodell/"
