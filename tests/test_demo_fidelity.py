"""The demo holds what the five board papers say, and only that.

Each fact below was read in a seed paper (shared/seeds/00N_*.txt) and is written here with the
paper's own words beside it (`quote`), not taken from the demo JSON. The facts are checked in the
store, in what the window and `boarddesk decisions` show, and in the printed packs (text read back
from the PDF). When the papers themselves are at hand (BOARDDESK_SEEDS, by default
/work/shared/seeds), each quote is also checked against its paper, so a fact cannot drift from
its source.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from boarddesk.cli import main
from boarddesk.services.portfolio import overview as portfolio
from boarddesk.services.portfolio.cards import load_card
from boarddesk.services.search import search

SEEDS = Path(os.environ.get("BOARDDESK_SEEDS", "/work/shared/seeds"))

# (paper, quote): the words each checked fact stands on, as the paper prints them.
QUOTES = [
    ("000", "Totalt 281 147 112 681 162 835"),
    ("000", "Konsept fase 2 1 430 1 430"),
    ("000", "PROSJEKTEIER Bjørn Nilsen PROSJEKTLEDER Tove Sørensen"),
    ("001", "Reserve (7,7%) 10 400 531kr"),
    ("001", "Helse Nord prosjektteam inkl utvikling HNIKT, UNN og FSE 40 997 867kr"),
    ("001", "Bodø, 13. desember 2023"),
    ("001", "innenfor en ramme på inntil 146 mill. kroner i perioden 2024-2026"),
    ("002", "NUIT 17. februar 1. Tilslutning"),
    (
        "002",
        "Programstyret ga sin tilslutning til prinsippene for gjennomføringsstrategi i programstyremøte 20.oktober",
    ),
    ("003", "142 Regionalt laboratoriesystem Helse Sør-Øst RHF Eli Stokke Rondeel Rød Gul 81"),
    ("003", "Robust Mobilt Helsenett Helse Nord RHF Jon Mathisen Gul Rød 0,98"),
    ("003", "167 FRESK Helse Nord RHF Hilde Rolandsen Grønn Grønn 0"),
    ("003", "RM4-T5.1* Anskaffe felles API-management løsning"),
    ("003", "56 % av prosjektene om gul status, mot 44 % ved forrige rapportering"),
    (
        "003",
        "Samlet innrapportert budsjett for 2020 er per januar på 1,65 milliarder kroner (1,73 milliarder i oktober 2019)",
    ),
    ("004", "Aktør Hesledirektoratet"),
    ("004", "Kontaktperson Trond Moberg"),
    ("004", "Sluttdato 31.12.2023"),
    ("004", "November 2021"),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("paper", "quote"), QUOTES, ids=[f"{p}:{q[:30]}" for p, q in QUOTES])
def test_every_quote_stands_in_its_paper(paper, quote):
    files = sorted(SEEDS.glob(f"{paper}_*.txt"))
    if not files:
        pytest.skip(f"the seed papers are not at {SEEDS}")
    assert _flat(quote) in _flat(files[0].read_text(encoding="utf-8"))


def pdf_text(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def printed(demo_path: Path, tmp_path: Path, kind: str, board: str, meeting: str) -> str:
    out = tmp_path / f"{board}-{kind}.pdf"
    assert main(["print", kind, "--board", board, "--meeting", meeting, "--out", str(out), "--db", str(demo_path)]) == 0
    return pdf_text(out)


# -- 000: Helse Nord, case 58-2024 and the DIS status reports ----------------------------------
def test_dis_budget_is_held_as_printed_with_blanks_blank(demo_store):
    card = load_card(demo_store, "hn-p-dis")
    assert (card.project.owner, card.project.manager) == ("Bjørn Nilsen", "Tove Sørensen")
    totals = card.budget_totals
    assert (totals.approved_nok, totals.booked_nok, totals.deviation_nok) == (
        281_147_000,
        112_681_000,
        162_835_000,
    )
    assert totals.forecast_nok is None  # the paper's total line has no forecast: not the computed 118 312
    concept = next(line for line in card.budget_lines if line.post == "Konsept fase 2")
    assert (concept.approved_nok, concept.forecast_nok, concept.deviation_nok) == (1_430_000, None, 1_430_000)
    assert all(line.booked_nok is None for line in card.budget_lines)  # «Bokført» is blank on every line


def test_the_previous_report_has_colours_but_no_date_and_no_copied_forecasts(demo_store):
    previous = demo_store.query(
        "SELECT * FROM status_reports WHERE period = 'hn-rp-forrige' AND project_id LIKE 'hn-p-dis%'"
    )
    assert previous and all(r["date_precision"] == "none" for r in previous)
    assert demo_store.scalar("SELECT \"end\" FROM reporting_periods WHERE id = 'hn-rp-forrige'") is None
    forecasts = demo_store.query(
        "SELECT f.milestone, f.forecast FROM milestone_forecasts f JOIN status_reports s ON s.id = f.report_id "
        "WHERE s.period = 'hn-rp-forrige' AND f.forecast IS NOT NULL"
    )
    # The one previous forecast the paper gives: «flyttes ytterligere 19.2.2024 til 3.6.2024».
    assert forecasts == [{"milestone": "hn-p-dis-digital-dialog-m-2", "forecast": "2024-02-19"}]


def test_source_notes_are_not_report_text(demo_store):
    for column in ("summary", "status_comment", "manager_assessment"):
        leaked = demo_store.scalar(
            f"SELECT count(*) FROM status_reports WHERE {column} LIKE '%rapportverktøyet%' "
            f"OR {column} LIKE '%framgår ikke sikkert%' OR {column} LIKE '%kolonnen «FORRIGE»%'"
        )
        assert leaked == 0, column
    assert demo_store.scalar("SELECT count(*) FROM status_reports WHERE source_note LIKE '%ARKIVERT%'") == 7
    assert demo_store.scalar("SELECT count(*) FROM budget_lines WHERE comment LIKE '%står tom%'") == 0


def test_the_tertial_pack_prints_the_papers_figures(demo_path, tmp_path):
    text = printed(demo_path, tmp_path, "pack", "hn", "2024-04-25")
    for fact in ("281 147", "112 681", "162 835", "Tove Sørensen", "Kildemerknad", "udatert"):
        assert fact in text, fact
    assert "118 312" not in text and "22.01.2024" not in text


# -- 001: case 145-2023, the investment decision for DIS phase 3 -------------------------------
def test_case_145_holds_its_decision_and_cost_table(demo_store):
    case = demo_store.query_one("SELECT * FROM cases WHERE board_id = 'hn' AND seq = 145 AND year = 2023")
    assert case["paper_date"] == "2023-12-13"
    assert "inntil 146 mill. kroner i perioden 2024-2026" in case["proposed_decision"]
    table = case["body_text"].split("Antatt realisert i 2024-2026:\n")[1].split("\n\n")[0].splitlines()
    assert len(table) == 23  # 20 sub-deliveries and the three totals
    assert "Helse Nord prosjektteam inkl utvikling HNIKT, UNN og FSE: 40 997 867kr" in table
    assert table[-3:] == [
        "Forventningsverdier uten reserve: 135 600 142kr",
        "Reserve (7,7%): 10 400 531kr",
        "Forventningsverdier inkl. Reserve: 146 000 672kr",
    ]
    assert json.loads(case["inferred_fields"]) == ["case_officer"]  # named only in the discussion protocol
    assert [hit.ref for hit in search(demo_store, "Multimediaarkiv") if hit.kind == "case"] == ["hn-c-2023-145"]


def test_the_december_pack_marks_the_inferred_case_officer(demo_path, tmp_path):
    text = printed(demo_path, tmp_path, "pack", "hn", "2023-12-20")
    assert "Bjørn Nilsen (utledet)" in text
    assert "146 000 672kr" in text and "13.12.2023" in text


# -- 002: the programme board's meeting 7/2021 and the national steering model -----------------
def test_inferred_decisions_are_marked_in_the_register_and_on_paper(demo_store, demo_path, tmp_path, capsys):
    inferred = demo_store.query(
        "SELECT c.seq FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.inferred ORDER BY c.seq"
    )
    assert [row["seq"] for row in inferred] == [38, 39]
    assert main(["decisions", "--board", "pds", "--year", "2021", "--db", str(demo_path)]) == 0
    lines = {line.split("\t")[2]: line for line in capsys.readouterr().out.splitlines()}
    assert "utledet" in lines["39/21"] and "utledet" in lines["38/21"] and "utledet" not in lines.get("41/21", "")
    text = printed(demo_path, tmp_path, "minutes", "pds", "6/2021")
    assert "utledet fra andre saksdokumenter" in text and "Kildemerknad" in text


def test_nuit_meeting_of_17_february_2022_and_what_it_treats(demo_store):
    meeting = demo_store.query_one("SELECT * FROM meetings WHERE board_id = 'nuit' AND date = '2022-02-17'")
    assert meeting is not None
    cases = demo_store.query(
        "SELECT c.title, p.type FROM cases c JOIN case_parts p ON p.case_id = c.id WHERE c.meeting = ? "
        "ORDER BY c.agenda_position",
        (meeting["id"],),
    )
    assert [(c["title"][:40], c["type"]) for c in cases] == [
        ("Forvaltnings-, drifts- og vedlikeholdsko", "endorsement"),
        ("Steg 2 SSD – presentere og drøfte innhol", "discussion"),
    ]


def test_the_programme_boards_pack_of_meeting_7(demo_path, tmp_path):
    text = printed(demo_path, tmp_path, "pack", "pds", "7/2021")
    assert "Lucie Aunan" in text and "41/21" in text and "01.12.2021" in text


# -- 003: the national portfolio of January 2020 ------------------------------------------------
def january(store) -> str:
    return next(p.id for p in portfolio.periods(store, "nep") if p.name == "Januar 2020")


def test_january_2020_has_the_54_projects_with_their_colours(demo_store):
    rows = {row.name: row for row in portfolio.project_rows(demo_store, "nep", january(demo_store))}
    assert len(rows) == 54
    assert (rows["Regionalt laboratoriesystem"].overall_status, rows["Regionalt laboratoriesystem"].risk_level) == (
        "red",
        "yellow",
    )
    assert rows["Robust Mobilt Helsenett"].risk_level == "red"
    summary = portfolio.summary(demo_store, "nep", january(demo_store))
    assert round(summary.status_now.share("yellow") * 100) == 56  # «56 % … gul status»
    assert round(summary.status_now.share("green") * 100) == 43
    assert round(summary.risk_now.share("yellow") * 100) == 67  # «67 % … gul risiko»


def test_january_2020_budgets_add_up_to_the_papers_1_65_billion(demo_store):
    budgets = dict(
        demo_store.conn.execute(
            "SELECT p.project_number, b.approved_nok FROM budget_lines b JOIN projects p ON p.id = b.project_id "
            "WHERE p.board_id = 'nep' AND b.post LIKE 'Budsjett 2020%'"
        )
    )
    assert len(budgets) == 54
    assert (budgets["107"], budgets["119"], budgets["101"], budgets["165"]) == (
        260_000_000,
        89_000_000,
        980_000,
        2_075_000,
    )
    assert round(sum(budgets.values()) / 1e9, 2) == 1.65
    summary = demo_store.scalar("SELECT summary FROM reporting_periods WHERE id = ?", (january(demo_store),))
    assert "1,65 milliarder" in summary and "1,73 milliarder i oktober 2019" in summary


def test_a_project_in_both_papers_is_one_project_with_two_reports(demo_store):
    reports = demo_store.query(
        "SELECT r.name, s.overall_status, s.risk_level FROM status_reports s JOIN reporting_periods r ON r.id = s.period "
        "WHERE s.project_id = 'nep-fresk' ORDER BY s.report_date"
    )
    assert [(r["name"], r["overall_status"], r["risk_level"]) for r in reports][0] == ("Januar 2020", "green", "green")
    assert [r["name"] for r in reports] == ["Januar 2020", "November 2021"]
    assert demo_store.scalar("SELECT project_number FROM projects WHERE id = 'nep-fresk'") == "167"
    assert demo_store.scalar("SELECT count(*) FROM projects WHERE board_id = 'nep' AND name = 'FRESK'") == 1


def test_felles_grunnmur_plan_2020(demo_store):
    plan = demo_store.query(
        "SELECT m.number, m.name, m.description FROM milestones m JOIN projects p ON p.id = m.project_id "
        "WHERE p.project_number = '189' ORDER BY m.position"
    )
    assert len(plan) == 16
    api = next(m for m in plan if m["number"] == "RM4-T5.1")
    assert api["name"] == "Anskaffe felles API-management løsning" and "Prioritert" in api["description"]


# -- 004: the project cards of November 2021 ----------------------------------------------------
def test_november_2021_is_a_month_not_a_day(demo_store, qapp):
    from boarddesk.gui.project.card_html import CardPages

    assert (
        demo_store.scalar(
            "SELECT count(*) FROM status_reports WHERE period = 'nep-p-2021-11' AND date_precision = 'month'"
        )
        == 40
    )
    page = re.sub(r"<[^>]+>", " ", CardPages("nb").project(load_card(demo_store, "nep-pkt")))
    assert "november 2021" in page and "15.11.2021" not in page
    card = load_card(demo_store, "nep-pkt")
    assert (card.project.contact, card.project.end_date) == ("Trond Moberg", "2023-12-31")


def test_a_misspelt_actor_is_kept_as_written_and_counted_as_itself(demo_store):
    name = "Internettassistert behandling for angst og depresjon i kommunen"
    assert demo_store.scalar("SELECT actor FROM projects WHERE board_id = 'nep' AND name = ?", (name,)) == (
        "Hesledirektoratet"
    )
    owners = dict(portfolio.budget_by(demo_store, "nep", "actor"))
    assert "Hesledirektoratet" not in owners and "Helsedirektoratet" in owners
    assert portfolio.actor_name("Hesledirektoratet") == "Helsedirektoratet"


def test_the_minutes_page_marks_an_inferred_decision(demo_store, qapp):
    from boarddesk.gui.meeting.minutes_html import MinutesPage

    page = MinutesPage(demo_store, "en").html("pds-m-2021-6")
    assert page.count("inferred from other papers, not from the minutes") == 2 and "Source note" in page


def test_the_january_2020_budget_chart_shows_that_periods_budgets_once(demo_store):
    """The paper: «samlet innrapportert budsjett er per januar 1,65 milliarder kroner»; 183 Biovigilans
    (Helsedirektoratet, 1,5 mill.) is only in January 2020. November 2021's chart stays the funding lines."""
    january = dict(portfolio.budget_by(demo_store, "nep", "actor", "nep-p-2020-01"))
    assert round(sum(january.values()) / 1e6) == 1651  # 1 650,5 mill: the paper's 1,65 billion, nothing twice
    assert sum(dict(portfolio.budget_by(demo_store, "nep", "focus_area", "nep-p-2020-01")).values()) == sum(
        january.values()
    )
    november = dict(portfolio.budget_by(demo_store, "nep", "actor", "nep-p-2021-11"))
    assert november == dict(portfolio.budget_by(demo_store, "nep", "actor"))
    assert january != november and "Hesledirektoratet" not in january
    biovigilans = demo_store.scalar(
        "SELECT sum(approved_nok) FROM budget_lines WHERE project_id LIKE 'nep-183-%' AND period = 'nep-p-2020-01'"
    )
    assert biovigilans == 1_500_000
