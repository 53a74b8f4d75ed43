"""Each board's own papers: «Styresak 145-2023» and a «Protokoll» the whole board signs at Helse
Nord, «Sak 43/21» and a «Referat» at the programme board; attendance in its groups; structured
case text."""

from __future__ import annotations

from pypdf import PdfReader

from boarddesk.reports.documents import build_document

HN = "hn-m-2023-12-20"
PDS = "pds-m-2021-7"


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def hn_board_meeting(store) -> None:
    """Three board members and a deputy at Helse Nord's December meeting, the chief executive from
    the administration, a secretary taking the minutes, and one member arriving late."""
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO members (id, board_id, name, organisation, role) VALUES (?, 'hn', ?, 'Helse Nord RHF', ?)",
            [
                ("hn-chair", "Renate Larsen", "chair"),
                ("hn-m1", "Kari Jørgensen", "member"),
                ("hn-m2", "Odd Oskarsen", "member"),
                ("hn-m3", "Tor Solbakken", "member"),
                ("hn-dep", "Sigrid Eide", "deputy"),
                ("hn-sec", "Karin Paulke", "secretary"),
            ],
        )
        conn.execute("UPDATE meetings SET chair = 'hn-chair', secretary = 'hn-sec' WHERE id = ?", (HN,))
        conn.executemany(
            "INSERT INTO attendance (meeting_id, position, member, status, deputy_for, arrived_at_case) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (HN, 0, "hn-chair", "present", None, None),
                (HN, 1, "hn-m1", "present", None, "hn-c-2023-145"),
                (HN, 2, "hn-m2", "absent_with_notice", None, None),
                (HN, 3, "hn-dep", "present", "hn-m2", None),
                (HN, 4, "hn-mem-marit-lind", "present", None, None),
                (HN, 5, "hn-sec", "present", None, None),
            ],
        )
        conn.execute(
            "INSERT OR REPLACE INTO decisions (case_id, text, unanimous) VALUES ('hn-c-2023-145', 'Styret vedtar fase 3.', 1)"
        )


def test_helse_nord_writes_styresak_with_its_lead_in_and_a_protokoll_the_board_signs(demo_store, tmp_path):
    hn_board_meeting(demo_store)
    pack = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", HN, pack)
    text = text_of(pack)
    assert "Styresak 145-2023 Digitale innbygger" in text
    assert "Styret i Helse Nord RHF inviteres til å fatte følgende vedtak:" in text
    minutes = tmp_path / "minutes.pdf"
    build_document(demo_store, "minutes", HN, minutes)
    text = text_of(minutes)
    assert text.startswith("Protokoll") and "Styresak 145-2023" in text
    header = text.split("Styresak 145-2023")[0]
    groups = ["Til stede", "Forfall", "Vara", "Fra administrasjonen", "Referent"]
    assert [header.index(g) for g in groups] == sorted(header.index(g) for g in groups)
    assert "Marit Lind" in header.split("Fra administrasjonen")[1].split("Referent")[0]
    assert "Karin Paulke" in header.split("Referent")[1]
    assert "Kari Jørgensen kom til møtet." in text
    signatures = text.split("Underskrifter")[1]
    for name in ("Renate Larsen", "Kari Jørgensen", "Sigrid Eide"):  # the whole board present signs
        assert name in signatures, name
    assert "Marit Lind" not in signatures and "Karin Paulke" not in signatures


def test_programme_board_writes_sak_and_a_referat_with_a_conclusion_for_a_discussion(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO decisions (case_id, text) VALUES ('pds-case-2021-44', 'Saken drøftes videre i januar.')"
        )
    out = tmp_path / "referat.pdf"
    build_document(demo_store, "minutes", PDS, out)
    text = text_of(out)
    assert text.startswith("Referat") and "Styresak" not in text
    after = text.split("Sak 44/21")[1]
    assert after.index("Konklusjon") < after.index("Saken drøftes videre i januar.")
    assert "Vedtak" not in after.split("Sak 45/21")[0]


def test_case_text_prints_headings_and_lists(demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", out)
    reader = PdfReader(out)
    page = next(p for p in reader.pages if "Formål" in (p.extract_text() or ""))
    fonts_before_formal = []

    def visit(text, cm, tm, font, size):
        if text.strip().startswith(("Formål", "Bakgrunn", "I denne saken")):
            fonts_before_formal.append((text.strip()[:12], font.get("/BaseFont") if font else None))

    page.extract_text(visitor_text=visit)
    fonts = dict(fonts_before_formal)
    assert "Bold" in str(fonts["Formål"]) and "Bold" not in str(fonts["I denne sake"])
    assert "• 172-2021: Helhetlig" in page.extract_text() or "• 172-2021: Helhetlig" in text_of(out)


def test_draft_minutes_start_from_the_proposed_decision(demo_store, tmp_path):
    out = tmp_path / "draft.pdf"
    build_document(demo_store, "minutes", PDS, out)
    case_43 = text_of(out).split("Sak 43/21")[1].split("Sak 44/21")[0]
    assert "Forslag til vedtak" in case_43 and "Programstyret tilslutter sentralt styringsdokument" in case_43


def test_helse_nord_closes_the_proposal_with_place_date_and_the_chief_executive(demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", out)
    text = " ".join(text_of(out).split())
    # As the real paper (seeds 000): after the proposed decision, dated as the meeting (the paper has no date of its own).
    assert "til orientering., Bodø, den 25. april 2024 Marit Lind adm. direktør Formål" in text
    december = tmp_path / "december.pdf"
    build_document(demo_store, "pack", HN, december)
    assert "Bodø, den 13. desember 2023 Marit Lind" in " ".join(text_of(december).split())  # the paper's own date


def test_a_board_without_a_seat_or_signing_officer_prints_no_closing(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute("UPDATE boards SET seat = NULL, signing_officer = NULL WHERE id = 'hn'")
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "hn-m-2024-04-25", out)
    text = " ".join(text_of(out).split())
    assert "til orientering., Formål" in text and "Marit Lind" not in text


def test_the_programme_board_case_header_has_sakseier_marked_when_inferred(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE cases SET case_owner = 'Programleder', inferred_fields = '[\"case_owner\"]' "
            "WHERE meeting = ? AND seq = 44",
            (PDS,),
        )
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", PDS, out)
    text = " ".join(text_of(out).split())
    assert "Saksnummer 44/21 Sakseier Programleder (utledet) Type sak" in text
    assert "Saksnummer 42/21 Sakseier Type sak" in text  # left blank, as on the real paper (seeds 002)


def test_an_information_case_prints_a_conclusion_as_the_screen_shows_it(demo_store, tmp_path):
    with demo_store.write() as conn:  # 42/21 «Status program» is information in both its parts
        conn.execute("INSERT INTO decisions (case_id, text) VALUES ('pds-case-2021-42', 'Tatt til orientering.')")
    out = tmp_path / "referat.pdf"
    build_document(demo_store, "minutes", PDS, out)
    after = text_of(out).split("Sak 42/21")[1].split("Sak 43/21")[0]
    assert "Konklusjon" in after and "Vedtak" not in after
