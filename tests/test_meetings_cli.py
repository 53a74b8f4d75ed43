"""`boarddesk cases`, `boarddesk decisions` and `boarddesk verify` on minutes changed outside the app."""

from __future__ import annotations

import sqlite3

from boarddesk.cli import main
from boarddesk.services.meetings import agenda, live_meeting, minutes
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting
from boarddesk.store import Store


def run(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def test_cases_prints_the_year_one_case_a_line(demo_path, capsys):
    args = ("cases", "--board", "digital samhandling", "--year", "2021", "--db", str(demo_path))
    code, lines, _ = run(capsys, *args, "--lang", "en")
    assert code == 0
    assert lines[0].split("\t") == [
        "1/21",
        "1/2021",
        "Information",
        "Velkommen og presentasjon av deltagere",
        "Decided",
    ]
    assert "43/21\t7/2021\tEndorsement\tSentralt styringsdokument for steg 2\tPublished" in lines
    _, norwegian, _ = run(capsys, *args)
    assert "43/21\t7/2021\tTilslutning\tSentralt styringsdokument for steg 2\tPublisert" in norwegian
    assert sum(line.startswith("5/21\t") for line in lines) == 2  # the papers' own duplicate, kept as it was
    code, _, err = run(capsys, "cases", "--board", "nowhere", "--year", "2021", "--db", str(demo_path))
    assert code == 2 and "no board matches" in err


def test_decisions_filters_and_searches(demo_path, capsys):
    code, lines, _ = run(capsys, "decisions", "--db", str(demo_path))
    assert code == 0
    assert "2023-12-20\tHelse Nord RHF\t145-2023\t1. Styret i Helse Nord RHF vedtar" in "\n".join(lines)
    assert sum("\t145-2023\t" in line for line in lines) == 1  # recorded, and in DIS's history: once
    _, lines, _ = run(capsys, "decisions", "--board", "pds", "--project", "NILAR", "--db", str(demo_path))
    assert [line.split("\t")[2] for line in lines] == ["38/21"]
    _, lines, _ = run(capsys, "decisions", "146", "mill", "--year", "2023", "--db", str(demo_path))
    assert [line.split("\t")[2] for line in lines] == ["145-2023"]
    code, lines, err = run(capsys, "decisions", "--year", "1999", "--db", str(demo_path))
    assert code == 0 and lines == [] and "no decisions" in err


def test_decisions_lists_a_projects_card_history_with_its_recorded_decisions(demo_path, capsys):
    code, lines, _ = run(capsys, "decisions", "--project", "dis), fase", "--db", str(demo_path))
    assert code == 0
    numbers = [line.split("\t")[2] for line in lines]
    assert numbers[:3] == ["-", "145-2023", "72-2021"]  # newest first, recorded and history together
    assert {"96-2017", "39-2018"} <= set(numbers) and numbers.count("145-2023") == 1
    assert lines[2].startswith("2021-06-22\tStyret i Helse Nord\t72-2021\tStyret gir sin tilslutning")
    _, lines, _ = run(
        capsys, "decisions", "--board", "hn", "--project", "hn-p-dis", "--year", "2017", "--db", str(demo_path)
    )
    assert [line.split("\t")[2] for line in lines] == ["96-2017", "-", "51-2017"]
    _, lines, _ = run(capsys, "decisions", "nedskalering", "--db", str(demo_path))
    assert [line.split("\t")[:2] for line in lines] == [["2017-09-06", "Direktørmøte"]]


def test_decisions_refuses_a_project_it_cannot_tell(demo_path, capsys):
    code, lines, err = run(capsys, "decisions", "--project", "zzz", "--db", str(demo_path))
    assert (code, lines) == (2, []) and "no project matches 'zzz'" in err and "nep-" not in err
    code, lines, err = run(capsys, "decisions", "--project", "Pasient", "--db", str(demo_path))
    assert (code, lines) == (2, []) and "'Pasient' matches more than one project" in err
    assert "hn-p-dis-pasientbrev (Pasientbrev Helsenorge)" in err and "hn-p-dis-provesvar" in err
    code, _, err = run(capsys, "decisions", "--board", "pds", "--project", "DIS", "--db", str(demo_path))
    assert code == 2 and "no project on board pds matches 'DIS'" in err
    code, lines, _ = run(capsys, "decisions", "--board", "nep", "--project", "FRESK", "--db", str(demo_path))
    assert (code, lines) == (0, [])  # nep's FRESK, not Helse Nord's: it has no decisions


def test_verify_fails_naming_minutes_edited_in_the_database_file(demo_path, capsys):
    with Store.open(demo_path) as store:
        meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16"))
        case = agenda.add_case(store, meeting, "Budsjett 2022", proposed_decision="Budsjettet vedtas.")
        agenda.publish_agenda(store, meeting)
        live_meeting.set_attendance(store, meeting, "pds-mem-lucie-aunan", "present")
        live_meeting.save_decision(store, case, "Budsjettet vedtas.")
        live_meeting.close_meeting(store, meeting)
        minutes.approve(store, meeting, approved_on="2022-01-20")
    code, lines, _ = run(capsys, "verify", "--db", str(demo_path))
    assert code == 0 and "  checked: 1 approved minutes against the SHA-256 taken on approval" in lines

    with sqlite3.connect(demo_path) as conn:  # someone edits the file with another tool
        conn.execute("UPDATE decisions SET text = 'Budsjettet avvises.' WHERE case_id = ?", (case,))
    code, lines, _ = run(capsys, "verify", "--db", str(demo_path))
    assert code == 1
    problem = next(line for line in lines if "PROBLEM" in line)
    assert "minutes of meeting 8/2021 of PDS programstyre" in problem and "changed after approval" in problem
