"""The project card's budget as the board reads it, printed and on screen: the paper's own total line
when it prints one, else the lines summed."""

from __future__ import annotations

from boarddesk.model.formatting import format_thousands
from boarddesk.reports.labels import labels
from boarddesk.reports.status_report import budget_rows
from boarddesk.services.portfolio.cards import load_card


def in_thousands(nok: int | None) -> str:
    return format_thousands(nok, "nb")


def test_the_printed_total_is_the_papers_total_line_with_its_source_note_but_not_its_comment(demo_store):
    with demo_store.write() as conn:
        conn.execute("UPDATE budget_lines SET comment = 'Avrundet' WHERE project_id = 'hn-p-dis' AND is_total = 1")
    header, rows = budget_rows(load_card(demo_store, "hn-p-dis"), "nb")
    total = rows[-1]
    assert total[:5] == [labels("nb")["total"], *map(in_thousands, (281_147_000, 112_681_000, None, 162_835_000))]
    assert total[5].startswith(f"{labels('nb')['source_note']}: Totallinjen som trykt.")
    assert "Avrundet" not in total[5]
    assert len(rows) == 8  # the seven lines, then the total once


def test_without_a_total_line_the_lines_are_summed_and_a_blank_column_stays_blank(demo_store):
    project = "nep-101-robust-mobilt-helsenett"  # one line: approved 980 000, no forecast
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO budget_lines (project_id, position, post, approved_nok, forecast_nok, comment) "
            "VALUES (?, 1, 'Innføring', 20000, 500000, 'Ny linje')",
            (project,),
        )
    card = load_card(demo_store, project)
    _, rows = budget_rows(card, "nb")
    assert rows[1] == ["Innføring", *map(in_thousands, (20_000, None, 500_000, -480_000)), "Ny linje"]
    assert rows[-1][1:] == [*map(in_thousands, (1_000_000, None, 500_000, 500_000)), ""]
