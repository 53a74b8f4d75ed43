"""Printed tables that fit: numbers and dates on one line, words whole, empty columns left out,
and the agenda as the real invitations print it (time, presenter, legal basis, apologies)."""

from __future__ import annotations

import re

from pypdf import PdfReader

from boarddesk.reports.documents import build_document
from boarddesk.reports.fonts import register_fonts
from boarddesk.reports.layout import Rag, fitted_grid, pieces, wrap_text

PDS_MEETING = "pds-m-2021-7"
CUT_DATE = re.compile(r"\b\d\d\.\d\d\.\d{1,3}$")  # «22.01.202» at the end of a line: the date was broken
HN_MEETING = "hn-m-2024-04-25"


def lines_of(path) -> list[str]:
    return [line for page in PdfReader(path).pages for line in (page.extract_text() or "").splitlines()]


def test_case_numbers_dates_and_year_spans_are_never_broken():
    register_fonts()
    assert pieces("sak 145-2023 og 41/21 i 2024-2026") == ["sak ", "145-2023 ", "og ", "41/21 ", "i ", "2024-2026"]
    for text in ("145-2023", "41/21", "2024-2026", "22.01.2024"):
        assert wrap_text(f"Sak {text} er behandlet", 60).count(text) == 1, text
    assert wrap_text("Tillitsmodell/dokumentdeling", 60).startswith("Tillitsmodell/\n")  # words still break there


def test_empty_columns_are_left_out_and_drawn_cells_count():
    table = fitted_grid(
        ["Nr.", "Milepæl", "Levert", "Status", "Kommentar"],
        [["1", "Pilot", "", Rag("green", "nb", word=False), ""], ["2", "Drift", None, Rag(None, "nb"), " "]],
        400,
    )
    assert table._cellvalues[0] == ["Nr.", "Milepæl", "Status"]  # noqa: SLF001


def test_no_word_is_split_by_letters_in_the_helse_nord_pack(demo_store, tmp_path):
    out = tmp_path / "hn.pdf"
    build_document(demo_store, "pack", HN_MEETING, out)
    text = "\n".join(lines_of(out))
    assert "informasjonsattributter" in text  # was «informasjonsattribut / ter» in a narrow comment column
    for date in ("udatert", "11.03.2024"):
        assert date in text
    assert not [line for line in text.splitlines() if CUT_DATE.search(line)], "a date cut short"


def test_history_grid_dates_stay_on_one_line(demo_store, tmp_path):
    out = tmp_path / "hn.pdf"
    build_document(demo_store, "pack", HN_MEETING, out)
    lines = lines_of(out)
    assert "udatert" in lines and "11.03.2024" in lines  # the history grid's header, each date a cell
    assert not [line for line in lines if CUT_DATE.search(line)], "«22.01.202/4»"


def test_agenda_shows_time_presenter_legal_basis_and_where_to_send_apologies(demo_store, tmp_path):
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE meetings SET secretary = (SELECT id FROM members WHERE name = 'Ole Johan Kvan') WHERE id = ?",
            (PDS_MEETING,),
        )
        conn.execute(
            "UPDATE cases SET minutes_allotted = 10, presenter = 'Lucie Aunan' WHERE meeting = ? AND seq IN (41, 42)",
            (PDS_MEETING,),
        )
        conn.execute(
            "UPDATE cases SET confidentiality = 'Unntatt offentlighet, offl. § 13' WHERE seq = 44 AND year = 2021"
        )
        conn.execute(
            "INSERT INTO meeting_invitees (meeting_id, position, name, organisation) "
            "VALUES (?, 99, 'Lucie Aunan', 'Direktoratet for e-helse')",
            (PDS_MEETING,),
        )
    out = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", PDS_MEETING, out)
    text = "\n".join(lines_of(out))
    assert "Forfall meldes til Ole Johan Kvan" in text
    assert "13.00–13.10" in text and "13.10–13.20" in text
    assert "Innleder: Lucie Aunan" in text
    assert "Unntatt offentlighet, offl.\n§ 13" in text or "Unntatt offentlighet, offl. § 13" in text
    before_chair = text.split("Møteleder")[0]
    assert before_chair.count("Lucie Aunan") == 0, "the chair is listed under Møteleder only, not again under Til"


def test_english_agenda_keeps_case_numbers_whole(demo_store, tmp_path):
    out = tmp_path / "agenda-en.pdf"
    build_document(demo_store, "agenda", PDS_MEETING, out, lang="en")
    lines = lines_of(out)
    for seq in range(41, 48):
        assert any(line.startswith(f"{seq}/21") for line in lines), seq
