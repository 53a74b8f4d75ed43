"""The meeting services on the demo programme board, as a secretary would use them."""

from __future__ import annotations

import pytest

from boarddesk.services.boards.lookup import ProjectNotFound, resolve_project
from boarddesk.services.integrity import verify
from boarddesk.services.meetings import action_points, agenda, live_meeting, minutes
from boarddesk.services.meetings.agenda import AgendaError
from boarddesk.services.meetings.case_list import cases_of_year
from boarddesk.services.meetings.decisions import DecisionFilter, decision_years, find_decisions
from boarddesk.services.meetings.live_meeting import MeetingError, NeedsConfirmation, Vote
from boarddesk.services.meetings.minutes import MinutesError, MinutesLocked
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting, suggest_meeting_number, update_meeting


def titles(store, meeting_id):
    return [
        row["title"]
        for row in store.query("SELECT title FROM cases WHERE meeting = ? ORDER BY agenda_position", (meeting_id,))
    ]


@pytest.fixture
def meeting(demo_store):
    return create_meeting(demo_store, MeetingDraft("pds", "2021-12-16", start_time="10:00", place="Elektronisk møte"))


def test_new_meeting_gets_the_next_number_chair_invitees_and_standard_items(demo_store, meeting):
    row = demo_store.query_one("SELECT * FROM meetings WHERE id = ?", (meeting,))
    assert (row["number"], row["year"], row["chair"]) == (8, 2021, "pds-mem-lucie-aunan")
    assert demo_store.scalar("SELECT count(*) FROM meeting_invitees WHERE meeting_id = ?", (meeting,)) == 14
    assert titles(demo_store, meeting) == ["Godkjenning av innkalling og referat", "Status aksjonspunkter", "Eventuelt"]
    assert suggest_meeting_number(demo_store, "pds", 2021) == 9
    with pytest.raises(AgendaError, match="already has a meeting 8/2021"):
        create_meeting(demo_store, MeetingDraft("pds", "2021-12-20", number=8))


def test_publication_numbers_in_agenda_order_and_removal_keeps_the_number(demo_store, meeting):
    first = agenda.add_case(demo_store, meeting, "Styringsdokument steg 2", types=("endorsement", "discussion"))
    second = agenda.add_case(demo_store, meeting, "Budsjett 2022")
    assert agenda.move_case(demo_store, second, -1)
    assert titles(demo_store, meeting)[2:4] == ["Budsjett 2022", "Styringsdokument steg 2"]
    issued = dict(agenda.publish_agenda(demo_store, meeting))
    assert [issued[c] for c in (second, first)] == ["50/21", "51/21"]
    assert sorted(issued.values()) == ["48/21", "49/21", "50/21", "51/21", "52/21"]
    assert agenda.remove_case(demo_store, second) == "withdrawn"
    late = agenda.add_case(demo_store, meeting, "Ekstra sak")
    assert demo_store.scalar("SELECT seq FROM cases WHERE id = ?", (late,)) == 53
    agenda.update_case(demo_store, first, title="Sentralt styringsdokument steg 2")
    agenda.update_case(demo_store, first, title="Sentralt styringsdokument steg 2")
    log = [row["change"] for row in agenda.agenda_changes(demo_store, meeting, "en")]
    assert log == ["50/21 «Budsjett 2022» withdrawn", "53/21 «Ekstra sak» added", "51/21: title changed"]
    year = cases_of_year(demo_store, "pds", 2021)
    assert [(line.number, line.state) for line in year if line.number == "50/21"] == [("50/21", "withdrawn")]
    assert [line.meeting for line in year][-1] == "8/2021"


def test_a_case_gets_a_decision_only_on_a_published_agenda(demo_store, meeting):
    case = agenda.add_case(demo_store, meeting, "Sak", proposed_decision="Programstyret tar saken til orientering.")
    with pytest.raises(MeetingError, match="published agenda"):
        live_meeting.save_decision(demo_store, case, "Vedtatt")
    agenda.publish_agenda(demo_store, meeting)
    live_meeting.save_decision(demo_store, case, "Vedtatt", Vote(False, 10, 2, 1, "Helse Vest stemte mot."))
    assert demo_store.scalar("SELECT state FROM cases WHERE id = ?", (case,)) == "decided"


def test_closing_without_chair_or_anyone_present_needs_confirmation(demo_store, meeting):
    update_meeting(demo_store, meeting, chair=None)
    with pytest.raises(NeedsConfirmation) as raised:
        live_meeting.close_meeting(demo_store, meeting)
    assert raised.value.reasons == ["the meeting has no chair", "no one is recorded as present"]
    live_meeting.close_meeting(demo_store, meeting, confirm=True)
    assert live_meeting.is_closed(demo_store, meeting)


def test_approved_minutes_refuse_edits_take_amendments_and_are_verified(demo_store, meeting):
    case = agenda.add_case(demo_store, meeting, "Sak")
    agenda.publish_agenda(demo_store, meeting)
    live_meeting.set_attendance(demo_store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.save_decision(demo_store, case, "Vedtatt.")
    point = action_points.add_action_point(demo_store, meeting, "Sende SSD", responsible="Programmet", due="2022-01-10")
    with pytest.raises(MinutesError, match="close the meeting"):
        minutes.approve(demo_store, meeting)
    live_meeting.close_meeting(demo_store, meeting)
    minutes.send_for_adjustment(demo_store, meeting, ["pds-mem-erik-hansen"])
    minutes.record_remark(demo_store, meeting, "pds-mem-erik-hansen", "Rett stavefeil i sak 2.")
    state = minutes.minutes_state(demo_store, meeting)
    assert [(c["name"], c["is_chair"]) for c in state.cosigners] == [("Lucie Aunan", 1), ("Erik Hansen", 0)]
    digest = minutes.approve(demo_store, meeting, approved_on="2022-01-20")
    assert len(digest) == 64
    for attempt in (
        lambda: live_meeting.save_decision(demo_store, case, "Endret"),
        lambda: live_meeting.save_notes(demo_store, case, "Endret"),
        lambda: agenda.update_case(demo_store, case, title="Endret"),
        lambda: action_points.edit_action_point(demo_store, point, text="Endret"),
    ):
        with pytest.raises(MinutesLocked):
            attempt()
    action_points.follow_up(demo_store, point, "done", "Sendt 5. januar")  # the register still moves on
    minutes.add_amendment(demo_store, meeting, "Feil dato", "Dato for SSD skal være 20.12.")
    minutes.lock(demo_store, meeting)
    assert verify(demo_store).ok
    demo_store.conn.execute("UPDATE decisions SET text = 'Forfalsket' WHERE case_id = ?", (case,))
    report = verify(demo_store)
    assert not report.ok and "8/2021" in report.problems[0]


def test_decision_register_filters_by_board_year_project_type_and_text(demo_store):
    everything = find_decisions(demo_store)
    assert {e.body for e in everything if not e.from_history} == {"PDS programstyre", "Helse Nord RHF"}
    assert [e.case_number for e in find_decisions(demo_store, DecisionFilter(text="MVP"))] == ["38/21"]
    assert all(e.date.startswith("2023") for e in find_decisions(demo_store, DecisionFilter(year=2023)))
    assert find_decisions(demo_store, DecisionFilter(board_id="hn", case_type="information")) == []
    nilar = find_decisions(demo_store, DecisionFilter(project="pds-nilar"))
    assert [e.case_number for e in nilar] == ["38/21"]


def test_decision_register_holds_the_project_cards_decision_history(demo_store):
    from boarddesk.services.portfolio.cards import load_card

    everything = find_decisions(demo_store)
    dates = [e.date for e in everything if e.date]
    assert dates == sorted(dates, reverse=True) and everything[-1].date is None  # undated history last
    [recorded] = [e for e in everything if e.case_number == "145-2023"]  # also on DIS's card: shown once
    assert recorded.case_id == "hn-c-2023-145" and not recorded.from_history
    dis = find_decisions(demo_store, DecisionFilter(project_id="hn-p-dis"))
    old = [e for e in dis if e.case_number in ("72-2021", "96-2017")]
    assert [(e.date, e.body) for e in old] == [
        ("2021-06-22", "Styret i Helse Nord"),
        ("2017-09-27", "Styret Helse Nord"),
    ]
    assert all(e.from_history and e.meeting_id is None and e.project_id == "hn-p-dis" for e in old)
    assert {e.board_id for e in old} == {"hn"} and old[0].title.startswith("Digitale innbygger")
    assert [e.case_number for e in load_card(demo_store, "hn-p-dis").decisions] == [e.case_number for e in dis]
    assert [e.case_number for e in find_decisions(demo_store, DecisionFilter(year=2017, project="dis"))] == [
        "96-2017",
        "",
        "51-2017",
    ]
    assert find_decisions(demo_store, DecisionFilter(board_id="pds", text="nedskalering")) == []
    assert [e.date for e in find_decisions(demo_store, DecisionFilter(board_id="hn", text="nedskalering"))] == [
        "2017-09-06"
    ]
    assert all(not e.from_history for e in find_decisions(demo_store, DecisionFilter(case_type="endorsement")))
    assert 2017 in decision_years(demo_store) and 2023 in decision_years(demo_store)


def test_resolve_project_takes_an_id_or_an_unambiguous_part_of_the_name(demo_store):
    assert resolve_project(demo_store, "hn-p-dis") == "hn-p-dis"
    assert resolve_project(demo_store, "pasientbrev") == "hn-p-dis-pasientbrev"
    assert resolve_project(demo_store, "FRESK") == "nep-fresk"  # the whole name of one beats a part of another
    assert resolve_project(demo_store, "fresk", "hn") == "hn-p-fresk"
    with pytest.raises(ProjectNotFound, match="matches more than one project: nep-digitale-pasienttjenester"):
        resolve_project(demo_store, "Pasient")
    with pytest.raises(ProjectNotFound, match="no project on board pds matches 'hn-p-dis'"):
        resolve_project(demo_store, "hn-p-dis", "pds")
    with pytest.raises(ProjectNotFound, match="no project matches ' '"):
        resolve_project(demo_store, " ")


def test_approved_minutes_travel_through_json_and_still_verify(demo_store, meeting, tmp_path):
    from boarddesk.exchange.exporter import export_file
    from boarddesk.exchange.importer import import_file
    from boarddesk.store import Store

    case = agenda.add_case(demo_store, meeting, "Sak")
    agenda.publish_agenda(demo_store, meeting)
    live_meeting.set_attendance(demo_store, meeting, "pds-mem-lucie-aunan", "present")
    vote = Vote(False, 1, 0, 0, "KS stemte mot.", "KS ber om å få protokollført:\nFinansieringen er uklar.")
    live_meeting.save_decision(demo_store, case, "Vedtatt.", vote)  # one present: one vote at most
    live_meeting.close_meeting(demo_store, meeting)
    minutes.approve(demo_store, meeting, approved_on="2022-01-20")
    minutes.add_amendment(demo_store, meeting, "Skrivefeil", "«Vedtatt» skal være «Vedtatt enstemmig».")
    export_file(demo_store, tmp_path / "pds.json", board_ids=["pds"])
    with Store.open(tmp_path / "copy.sqlite") as copy:
        import_file(copy, tmp_path / "pds.json")
        state = minutes.minutes_state(copy, meeting)
        assert (state.status, state.approved_at, len(state.amendments)) == ("approved", "2022-01-20", 1)
        assert verify(copy).ok
        with pytest.raises(MinutesLocked):
            live_meeting.save_notes(copy, case, "Endret etter import")


def test_a_decision_about_a_project_shows_on_its_card(demo_store, meeting):
    from boarddesk.services.portfolio.cards import load_card

    case = agenda.add_case(demo_store, meeting, "NILAR oppdragsavtale 3")
    agenda.set_case_projects(demo_store, case, ["pds-nilar"])
    agenda.publish_agenda(demo_store, meeting)
    live_meeting.save_decision(demo_store, case, "Programstyret gir tilslutning til OA3.")
    entries = load_card(demo_store, "pds-nilar").decisions
    assert (entries[0].case_number, entries[0].text) == ("50/21", "Programstyret gir tilslutning til OA3.")


def test_attached_pdfs_are_stored_with_their_hash_and_checked(demo_store, meeting, tmp_path):
    pdf = tmp_path / "SSD v0.95.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% styringsdokument\n%%EOF\n")
    case = agenda.add_case(demo_store, meeting, "Styringsdokument")
    ident = agenda.attach_file(demo_store, case, pdf)
    [stored] = agenda.case_attachments(demo_store, case)
    assert (stored["filename"], stored["title"]) == ("SSD v0.95.pdf", "SSD v0.95")
    assert verify(demo_store).ok
    demo_store.conn.execute("UPDATE attachments SET content = x'00' WHERE id = ?", (ident,))
    assert not verify(demo_store).ok


def test_the_approval_item_proposes_approving_the_previous_minutes(demo_store, meeting):
    approval = demo_store.query_one(
        "SELECT proposed_decision FROM cases WHERE meeting = ? AND standard_item = 'approval'", (meeting,)
    )
    assert approval["proposed_decision"] == "Innkalling og saksliste godkjennes. Referat fra møte 7/2021 godkjennes."


def test_standard_items_removed_and_added_again_go_back_to_their_place(demo_store, meeting):
    agenda.add_case(demo_store, meeting, "Sak")
    for key in ("action_points", "approval", "any_other_business"):
        ident = demo_store.scalar("SELECT id FROM cases WHERE meeting = ? AND standard_item = ?", (meeting, key))
        agenda.remove_case(demo_store, ident)
    for key in ("any_other_business", "action_points", "approval"):
        agenda.add_standard_item(demo_store, meeting, key)
    assert titles(demo_store, meeting) == [
        "Godkjenning av innkalling og referat",
        "Status aksjonspunkter",
        "Sak",
        "Eventuelt",
    ]
    with pytest.raises(AgendaError, match="already has"):
        agenda.add_standard_item(demo_store, meeting, "approval")


def test_a_document_is_attached_one_way_logged_numbered_from_0_and_refused_on_approved_minutes(demo_store, meeting):
    case = agenda.add_case(demo_store, meeting, "Styringsdokument")
    agenda.publish_agenda(demo_store, meeting)
    first = agenda.attach_document(demo_store, case, "ssd.pdf", b"%PDF-1.4\n%%EOF\n")
    agenda.attach_document(demo_store, case, "vedlegg.pdf", b"%PDF-1.4\n%%EOF\n")
    assert demo_store.scalar("SELECT position FROM case_attachments WHERE attachment = ?", (first,)) == 0
    assert any("document «ssd.pdf» attached" in c["change"] for c in agenda.agenda_changes(demo_store, meeting, "en"))
    live_meeting.set_attendance(demo_store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.close_meeting(demo_store, meeting)
    minutes.approve(demo_store, meeting, approved_on="2022-01-20")
    with pytest.raises(MinutesLocked):
        agenda.attach_document(demo_store, case, "sent.pdf", b"%PDF-1.4\n%%EOF\n")
    assert len(agenda.case_attachments(demo_store, case)) == 2


def test_a_part_titled_as_the_case_follows_a_new_title_of_the_case(demo_store, meeting):
    """A new case's one part carries its title; renamed, the part follows, so a second part added
    later prints «1: Budsjett 2022», not «1: Ny sak». A part of its own title stays as it is."""
    from boarddesk.services.meetings.case_list import case_parts

    case = agenda.add_case(demo_store, meeting, "Ny sak")
    agenda.update_case(demo_store, case, title="Budsjett 2022")
    assert [p.title for p in case_parts(demo_store, case)] == ["Budsjett 2022"]
    agenda.set_parts(demo_store, case, [("Budsjett 2022", "information"), ("Fordeling", "discussion")])
    agenda.update_case(demo_store, case, title="Budsjett 2022 for programmet")
    assert [p.title for p in case_parts(demo_store, case)] == ["Budsjett 2022 for programmet", "Fordeling"]
