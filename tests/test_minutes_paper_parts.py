"""The printed minutes and invitation after the walkthrough: a line to sign on for the chair and
each co-signer and no blank one more, and a case in parts naming each part with its type."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Table

from boarddesk.reports.docmodel import Signatures
from boarddesk.reports.documents import build_document
from boarddesk.reports.minutes import signature_flowables

PDS = "pds-m-2021-7"


def signature_lines(flowables) -> list[str]:
    """The name under each line to sign on (a one-column table: the line, then the name)."""
    names = []

    def walk(item) -> None:
        if not isinstance(item, Table):
            return
        if item._ncols == 1 and item._nrows == 2 and item._linecmds:
            names.append(item._cellvalues[1][0])
            return
        for row in item._cellvalues:
            for cell in row:
                walk(cell)

    for flowable in flowables:
        walk(flowable)
    return names


def test_the_chair_and_two_co_signers_get_three_lines_to_sign_on_and_no_blank_fourth():
    block = Signatures("Underskrifter", "Sted og dato", ("Lucie Aunan", "Ole Johan Kvan", "Bjørn Nilsen"))
    lines = signature_lines(signature_flowables(block, 170 * mm))
    assert lines == ["Sted og dato", "Lucie Aunan", "Ole Johan Kvan", "Bjørn Nilsen"]


def text_of(path) -> str:
    """The paper's words, one space between each (a table cell wraps where it will)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_minutes_name_each_part_of_a_case_with_its_type_as_the_invitation_names_it(demo_store, tmp_path):
    """Sak 41/21 in two parts, the second about the minutes of the meeting before: the invitation
    lists the parts, numbered as their types are; the minutes give each part its title and type."""
    with demo_store.write() as conn:
        conn.execute(
            "UPDATE case_parts SET title = 'Godkjenning av referat', type = 'endorsement' "
            "WHERE case_id = 'pds-case-2021-41' AND title = 'Status aksjonspunkt'"
        )
        # As a case made in BoardDesk: its parts, no description (the seed's repeats its parts).
        conn.execute("UPDATE cases SET description = NULL WHERE id = 'pds-case-2021-41'")
    build_document(demo_store, "agenda", PDS, tmp_path / "innkalling.pdf")
    build_document(demo_store, "minutes", PDS, tmp_path / "referat.pdf")
    invitation = text_of(tmp_path / "innkalling.pdf")
    minutes = text_of(tmp_path / "referat.pdf").split("Sak 41/21")[1].split("Sak 42/21")[0]
    part = "Godkjenning av referat fra møte 6/2021"
    assert "1: Godkjenning av innkalling" in invitation and f"2: {part}" in invitation
    assert "1: Tilslutning" in invitation and "2: Tilslutning" in invitation
    assert "1: Godkjenning av innkalling (Tilslutning)" in minutes
    assert f"2: {part} (Tilslutning)" in minutes
