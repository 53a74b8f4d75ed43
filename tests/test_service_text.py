"""What the services say reaches a bokmål user in bokmål: refusals (the lock on approved minutes)
and the agenda's change log, which is stored in English as part of the record."""

from __future__ import annotations

import re

import pytest

from boarddesk.gui.file_text import DETAILS
from boarddesk.gui.service_text import MESSAGES, user_message
from boarddesk.services.meetings import agenda, live_meeting, minutes
from boarddesk.services.meetings.live_meeting import Vote
from boarddesk.services.meetings.minutes import MinutesError, MinutesLocked
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting


@pytest.fixture
def meeting(demo_store):
    return create_meeting(demo_store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))


def approved_case(store, meeting: str) -> str:
    case = agenda.add_case(store, meeting, "Budsjett 2022")
    agenda.publish_agenda(store, meeting)
    live_meeting.set_attendance(store, meeting, "pds-mem-lucie-aunan", "present")
    live_meeting.save_decision(store, case, "Vedtatt.", Vote(True, 0, 0, 0, ""))
    live_meeting.close_meeting(store, meeting)
    minutes.approve(store, meeting, approved_on="2022-01-20")
    return case


def test_the_lock_on_approved_minutes_is_told_in_bokmal(speaking, demo_store, meeting):
    case = approved_case(demo_store, meeting)
    speaking("nb")
    with pytest.raises(MinutesLocked) as refused:
        live_meeting.save_notes(demo_store, case, "Endret etter godkjenning")
    assert user_message(refused.value) == (
        "Protokollen fra dette møtet er godkjent og kan ikke endres; før inn en rettelse i stedet."
    )
    with pytest.raises(MinutesError) as twice:
        minutes.approve(demo_store, meeting)
    assert user_message(twice.value) == "En protokoll som er godkjent, kan ikke godkjennes."


def test_the_change_log_reads_in_bokmal_and_in_english(demo_store, meeting):
    first = agenda.add_case(demo_store, meeting, "Styringsdokument steg 2")
    second = agenda.add_case(demo_store, meeting, "Budsjett 2022")
    agenda.publish_agenda(demo_store, meeting)
    agenda.remove_case(demo_store, second)
    agenda.update_case(demo_store, first, title="Sentralt styringsdokument", proposed_decision="Tas til orientering.")
    agenda.move_case(demo_store, first, 1)
    english = [row["change"] for row in agenda.agenda_changes(demo_store, meeting, "en")]
    bokmal = [row["change"] for row in agenda.agenda_changes(demo_store, meeting, "nb")]
    assert english[1] == "50/21: title, proposed decision changed"
    assert bokmal[1] == "50/21: tittel, forslag til vedtak endret"
    assert len(english) == len(bokmal) == 3 and english != bokmal


def test_every_message_pattern_has_a_bokmal_sentence(speaking):
    speaking("nb")
    from PySide6.QtCore import QCoreApplication

    untranslated = [
        sentence
        for _, sentence in (*MESSAGES, *DETAILS)
        if QCoreApplication.translate("ServiceText", sentence) == sentence
    ]
    assert not untranslated
    assert user_message(ValueError("something new went wrong")) == "Something new went wrong"


def test_every_part_of_a_message_has_its_named_place_in_the_sentence():
    """An unnamed group or a {name} without its group would lose part of what the service said."""
    for pattern, sentence in (*MESSAGES, *DETAILS):
        groups = re.compile(pattern)
        assert groups.groups == len(groups.groupindex), pattern
        assert set(groups.groupindex) == set(re.findall(r"\{(\w+)\}", sentence)), sentence
