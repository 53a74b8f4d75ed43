"""The printed papers of the next meeting carry the last one (the minutes to approve, the open
action points), and a withdrawn case stays visible on every paper, not only in the window."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from boarddesk.reports.documents import build_document
from boarddesk.reports.stamping import STAMP
from boarddesk.services.meetings import action_points
from boarddesk.services.meetings.agenda import add_case, publish_agenda, remove_case
from boarddesk.services.meetings.reading import meeting_record
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting


def page_texts(path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def outline(path) -> list[tuple[str, int]]:
    reader = PdfReader(path)
    found = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def stamp_size(page) -> int:
    return len(page["/Resources"]["/XObject"][STAMP].get_object().get_data())


def text_heights(page) -> list[tuple[str, float]]:
    """Each piece of text on the page with the height of its baseline."""
    found: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: found.append((text.strip(), cm[5] + tm[5])))
    return found


@pytest.fixture
def two_meetings(demo_store):
    """1/2022 of the programme board gives an action point; 2/2022 has a case withdrawn after publication."""
    first = create_meeting(demo_store, MeetingDraft("pds", "2022-01-19", number=1))
    add_case(demo_store, first, "Veikart for samhandling")
    publish_agenda(demo_store, first)
    action_points.add_action_point(
        demo_store, first, "Lage plan for pilot i Nordland", responsible="Kari Nordmann", due="2022-03-01"
    )
    done = action_points.add_action_point(demo_store, first, "Sende ut veikartet", responsible="Per Hansen")
    action_points.follow_up(demo_store, done, "done")
    second = create_meeting(demo_store, MeetingDraft("pds", "2022-03-09", number=2))
    kept = add_case(demo_store, second, "Budsjett 2022", proposed_decision="Programstyret tar saken til orientering.")
    dropped = add_case(
        demo_store, second, "Gevinstrealisering", proposed_decision="Programstyret slutter seg til planen."
    )
    publish_agenda(demo_store, second)
    assert remove_case(demo_store, dropped) == "withdrawn"
    return demo_store, second, kept, dropped


def test_the_record_of_the_next_meeting_knows_the_previous_one_and_the_open_points(two_meetings):
    store, second, _, _ = two_meetings
    record = meeting_record(store, second)
    assert record.previous_label() == "1/2022"
    assert [p["text"] for p in record.open_action_points] == ["Lage plan for pilot i Nordland"]


def test_the_invitation_marks_the_withdrawn_case_and_names_the_minutes_and_points(two_meetings, tmp_path):
    store, second, _, _ = two_meetings
    out = tmp_path / "agenda.pdf"
    build_document(store, "agenda", second, out)
    text = " ".join(page_texts(out))
    assert "Gevinstrealisering Saken er trukket fra sakslisten." in text
    assert "Godkjenning av referat fra møte 1/2022" in text
    assert "Lage plan for pilot i Nordland (Kari Nordmann, 01.03.2022)" in text
    assert "Sende ut veikartet" not in text  # done: not reviewed again


def test_the_pack_encloses_the_previous_minutes_as_a_draft_and_lists_the_open_points(two_meetings, tmp_path):
    store, second, _, _ = two_meetings
    out = tmp_path / "pack.pdf"
    build_document(store, "pack", second, out)
    pages = page_texts(out)
    marks = outline(out)
    titles = [title for title, _ in marks]
    assert "Referat fra møte 1/2022 til godkjenning (utkast)" in titles
    page = dict(marks)["Referat fra møte 1/2022 til godkjenning (utkast)"]
    assert "Referat Programstyret" in pages[page - 1] and "Veikart for samhandling" in pages[page - 1]
    # The enclosed draft is marked as one: the mark is drawn as outlines (never in the text), so its
    # pages carry a far bigger page furniture than the others.
    furniture = [stamp_size(p) for p in PdfReader(out).pages]
    points_page = next(i for i, p in enumerate(pages) if "Åpne aksjonspunkter" in p)
    assert furniture[page - 1] > furniture[points_page] + 2000
    assert "Lage plan for pilot i Nordland Kari Nordmann 01.03.2022 Åpen" in pages[points_page]
    assert "Sende ut veikartet" not in pages[points_page]  # done: not reviewed again
    assert any("(trukket)" in title and "Gevinstrealisering" in title for title in titles)
    paper = next(p for p in pages if p.startswith("Saksfremlegg Sak 8/22"))
    assert paper.startswith("Saksfremlegg Sak 8/22 Gevinstrealisering (trukket) Saken er trukket fra sakslisten.")
    contents = next(p for p in pages if p.startswith("Innhold"))
    assert "Gevinstrealisering (trukket)" in contents


def test_the_minutes_say_the_case_was_withdrawn(two_meetings, tmp_path):
    store, second, kept, _ = two_meetings
    out = tmp_path / "minutes.pdf"
    build_document(store, "minutes", second, out)
    text = " ".join(page_texts(out))
    assert "Sak 8/22 Gevinstrealisering (trukket) Type sak: Orientering Saken er trukket fra sakslisten." in text
    assert "Programstyret slutter seg til planen" not in text  # no proposal printed for a withdrawn case


def test_cases_without_papers_are_bookmarked_at_their_own_agenda_line(demo_store, tmp_path):
    """41/21 and 47/21 of 7/2021 have no papers: each bookmark opens the agenda at that case's row."""
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", "pds-m-2021-7", out)
    reader = PdfReader(out)
    marks = {
        item.title.split(" ")[1]: item
        for item in reader.outline
        if not isinstance(item, list) and item.title.startswith("Sak ")
    }
    for number in ("41/21", "47/21"):
        mark = marks[number]
        page = reader.pages[reader.get_destination_page_number(mark)]
        assert "Saksliste" in page.extract_text()
        line = next(y for text, y in text_heights(page) if text == number)
        assert mark.typ == "/XYZ" and 0 < mark.top - line < 25, (number, mark.top, line)  # the row, just below the top
    assert marks["41/21"].top != marks["47/21"].top
