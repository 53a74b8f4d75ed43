"""The demo store holds the facts of the seed board papers."""

from pathlib import Path

from boarddesk.demo.boards import demo_files
from boarddesk.services.meetings.case_list import cases_of_year


def test_every_demo_file_is_loaded():
    folder = demo_files()[0].parent
    assert {p.name for p in demo_files()} == {p.name for p in Path(folder).glob("*.json")}


def test_programme_board_meeting_7_2021(demo_store):
    meeting = demo_store.query_one(
        "SELECT m.*, c.name AS chair FROM meetings m JOIN members c ON c.id = m.chair "
        "WHERE m.board_id = 'pds' AND m.number = 7 AND m.year = 2021"
    )
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == ("2021-12-01", "13:00", "15:00")
    assert meeting["chair"] == "Lucie Aunan" and meeting["place"].startswith("Elektronisk møte")
    invited = demo_store.scalar("SELECT count(*) FROM meeting_invitees WHERE meeting_id = ?", (meeting["id"],))
    assert invited == 14
    agenda = demo_store.query("SELECT seq FROM cases WHERE meeting = ? ORDER BY agenda_position", (meeting["id"],))
    assert [row["seq"] for row in agenda] == list(range(41, 48))


def test_programme_risks_with_their_measures(demo_store):
    numbers = {
        row["number"]: row["measures"]
        for row in demo_store.query(
            "SELECT r.number, count(m.position) AS measures FROM risks r LEFT JOIN risk_measures m ON m.risk_id = r.id "
            "WHERE r.project_id = 'pds-prog' GROUP BY r.id"
        )
    }
    for number in ("4", "8", "12", "13", "15", "17", "18", "19"):
        assert numbers[number] >= 2, number


def test_the_years_cases_keep_the_papers_sequence_errors_visible(demo_store):
    numbers = [case.number for case in cases_of_year(demo_store, "pds", 2021)]
    assert numbers.count("22/21") == 2 and "8/21" not in numbers
    assert "41/21" in numbers and "47/21" in numbers


def test_helse_nord_cases_and_the_decision_made(demo_store):
    decision = demo_store.scalar(
        "SELECT d.text FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.board_id = 'hn' AND c.seq = 145"
    )
    assert "146 mill. kroner" in decision
    assert demo_store.scalar("SELECT proposed_decision FROM cases WHERE board_id = 'hn' AND seq = 58 AND year = 2024")


def test_national_portfolio_has_the_40_cards_in_three_segments(demo_store):
    segments = dict(
        demo_store.conn.execute(
            "SELECT segment, count(*) FROM projects WHERE board_id = 'nep' AND segment IS NOT NULL GROUP BY segment"
        )
    )
    assert segments == {"Samstyre": 11, "Koordinere": 15, "Observere": 14}
