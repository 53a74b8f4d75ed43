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


# Refusals the window never provokes: its lists offer only known roles, statuses, case types and
# fields; notes are written on what the reader shows; a bundle signed by a new key is asked about
# before import (the refusal is the command line's); the data part names its own faults in English.
NOT_FROM_THE_WINDOW = (
    "unknown role", "there is no board", "role: ", "there is no member", ": not a field of a member",
    "deputy_for: ", ": 7 is not a date", "the meeting has no case", "there is no 7 7 to write a note on",
    "there is no note", "the document has no page", "there is no attachment", "7 is not an action point status",
    "there is no standard item", "a case has no field", "7 is not a case type", "7 is not an attendance",
    "a meeting has no field", "data.json: ", "the bundle is signed by another key",
)  # fmt: skip
# Messages whose values make a sentence of their own: as the services write them.
AS_WRITTEN = {
    "this is 7, not 7": "this is a shared-notes file (.bdnotes), not a meeting bundle (.bdpack)",
    "the bundle is not signed, but 7 signs": "the bundle is not signed, but the secretary's key pinned for board "
    "'Programstyret' on 2026-01-05 (0581 8665) signs",
    "The failed step was undone.7": "The failed step was undone. A copy from before the upgrade is at /tmp/b.sqlite.",
}
USER_FACING = {
    "AgendaError", "MinutesError", "MinutesLocked", "MeetingError", "ActionPointError", "BundleError",
    "MembershipError", "IdentityError", "NoteError", "StoreError", "DamagedDatabase", "NotABoardDeskFile",
    "TooNewDatabase", "StoreReadOnly", "StoreBusy", "FileRefused", "FileNotWritten",
}  # fmt: skip


def raised_messages() -> list[tuple[str, str]]:
    """(where, message) for every refusal the core raises with a message written in place; each
    value put into an f-string stands as «7»."""
    import ast
    from pathlib import Path

    def sample(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(part.value if isinstance(part, ast.Constant) else "7" for part in node.values)
        return None

    found = []
    core = Path(__file__).resolve().parents[1] / "boarddesk"
    for path in sorted(core.rglob("*.py")):
        if "gui" in path.relative_to(core).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = node.exc if isinstance(node, ast.Raise) else None
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in USER_FACING:
                text = sample(call.args[-1]) if call.args else None
                if text is not None:
                    for sample_part, written in AS_WRITTEN.items():
                        text = text.replace(sample_part, written)
                    found.append((f"{path.name}:{node.lineno}", text))
    return found


def test_every_refusal_the_window_can_show_has_a_bokmal_sentence(speaking):
    """A new refusal in a service, without its pattern here, would reach a bokmål user in English."""
    speaking("nb")
    messages = raised_messages()
    assert len(messages) > 80
    english = [
        f"{where}: {text!r}"
        for where, text in messages
        if not text.startswith(NOT_FROM_THE_WINDOW)
        and not any(part in text for part in NOT_FROM_THE_WINDOW)
        and user_message(ValueError(text)) in (text, text[:1].upper() + text[1:])
    ]
    assert not english, "\n".join(english)
