"""What the services say, in the interface's language: refusals shown to users.

The services (the core, without Qt) write their messages in English (the command line shows them
so). Each known message is matched here and its parts put into the translated sentence; a message
not known here is shown as the service wrote it. The agenda's change log is stored as keys and
worded by services/meetings/agenda_log.py in the reader's language. What the store and the
bundle imports say about files is in file_text.py.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from boarddesk.gui.file_text import DETAILS, FILE_MESSAGES, KINDS, REASONS, THINGS
from boarddesk.gui.i18n import fill

CONTEXT = "ServiceText"

# (the service's words as a pattern, the sentence they become with a {name} for each named group)
MESSAGES = (
    (
        r"the minutes of this meeting are approved and cannot be changed; record a correction as an amendment",
        QT_TRANSLATE_NOOP(
            "ServiceText",
            "The minutes of this meeting are approved and cannot be changed; record a correction as an amendment.",
        ),
    ),
    (r"an action point needs a text saying what is to be done",
     QT_TRANSLATE_NOOP("ServiceText", "An action point needs a text saying what is to be done.")),
    (r"the case is not on this meeting's agenda",
     QT_TRANSLATE_NOOP("ServiceText", "The case is not on this meeting's agenda.")),
    (r"that case is not on this meeting's agenda",
     QT_TRANSLATE_NOOP("ServiceText", "The case is not on this meeting's agenda.")),
    (r"the agenda already has «(?P<title>.+)»", QT_TRANSLATE_NOOP("ServiceText", "The agenda already has «{title}».")),
    (r"a case needs a title", QT_TRANSLATE_NOOP("ServiceText", "A case needs a title.")),
    (r"the new order must hold the same cases as the agenda",
     QT_TRANSLATE_NOOP("ServiceText", "The new order must hold the same cases as the agenda.")),
    (r"(?P<case>.+) has been dealt with at the meeting and cannot be removed",
     QT_TRANSLATE_NOOP("ServiceText", "{case} has been dealt with at the meeting and cannot be removed.")),
    (r"the agenda has no cases to publish", QT_TRANSLATE_NOOP("ServiceText", "The agenda has no cases to publish.")),
    (r"a case gets a decision only once it is on a published agenda",
     QT_TRANSLATE_NOOP("ServiceText", "A case gets a decision only once it is on a published agenda.")),
    (r"the case was withdrawn from the agenda and cannot get a decision",
     QT_TRANSLATE_NOOP("ServiceText", "The case was withdrawn from the agenda and cannot get a decision.")),
    (r"a unanimous decision has no votes against or blank",
     QT_TRANSLATE_NOOP("ServiceText", "A unanimous decision has no votes against or blank.")),
    (r"close the meeting before sending its minutes for adjustment",
     QT_TRANSLATE_NOOP("ServiceText", "Close the meeting before sending its minutes for adjustment.")),
    (r"the minutes need a chair or at least one co-signer to be sent for adjustment",
     QT_TRANSLATE_NOOP("ServiceText", "The minutes need a chair or at least one co-signer to be sent for adjustment.")),
    (r"only the chair and the chosen co-signers give remarks on the minutes",
     QT_TRANSLATE_NOOP("ServiceText", "Only the chair and the chosen co-signers give remarks on the minutes.")),
    (r"close the meeting before approving its minutes",
     QT_TRANSLATE_NOOP("ServiceText", "Close the meeting before approving its minutes.")),
    (r"the approving case is not on the approving meeting's agenda",
     QT_TRANSLATE_NOOP("ServiceText", "The approving case is not on the approving meeting's agenda.")),
    (r"an amendment needs both a reason and a text",
     QT_TRANSLATE_NOOP("ServiceText", "An amendment needs both a reason and a text.")),
    (r"the board already has a meeting (?P<meeting>\S+)", QT_TRANSLATE_NOOP("ServiceText", "The board already has a meeting {meeting}.")),
    (r"minutes that are (?P<fields>\w+) cannot be (?P<doing>.+)", QT_TRANSLATE_NOOP("ServiceText", "Minutes that are {fields} cannot be {doing}.")),
    (r"a name is needed: notes are written under it",
     QT_TRANSLATE_NOOP("ServiceText", "A name is needed: notes are written under it.")),
    (r"name: a member needs a name", QT_TRANSLATE_NOOP("ServiceText", "A member needs a name.")),
    (r"deputy_for: a member cannot be their own deputy",
     QT_TRANSLATE_NOOP("ServiceText", "A member cannot be their own deputy.")),
    (r"period_to: (?P<end>\S+) is before the period starts \((?P<start>\S+)\)",
     QT_TRANSLATE_NOOP("ServiceText", "The period ends ({end}) before it starts ({start}).")),
    (r"(?P<guest>.+) is not recorded at this meeting, so cannot be disqualified on its case",
     QT_TRANSLATE_NOOP("ServiceText", "{guest} is not recorded at this meeting, so cannot be disqualified on its case.")),
    (r"(?P<guest>.+) is not recorded at this meeting, so cannot co-sign its minutes",
     QT_TRANSLATE_NOOP("ServiceText", "{guest} is not recorded at this meeting, so cannot co-sign its minutes.")),
    *FILE_MESSAGES,
)  # fmt: skip

# Field names in messages, as the services name them, and the minutes' states.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ServiceText", "title"),
    "description": QT_TRANSLATE_NOOP("ServiceText", "description"),
    "document": QT_TRANSLATE_NOOP("ServiceText", "document"),
    "presenter": QT_TRANSLATE_NOOP("ServiceText", "presenter"),
    "minutes_allotted": QT_TRANSLATE_NOOP("ServiceText", "minutes allotted"),
    "proposed_decision": QT_TRANSLATE_NOOP("ServiceText", "proposed decision"),
    "to_body": QT_TRANSLATE_NOOP("ServiceText", "addressed to"),
    "paper_date": QT_TRANSLATE_NOOP("ServiceText", "paper date"),
    "case_officer": QT_TRANSLATE_NOOP("ServiceText", "case officer"),
    "body_text": QT_TRANSLATE_NOOP("ServiceText", "case text"),
    "confidentiality": QT_TRANSLATE_NOOP("ServiceText", "confidentiality"),
    "print_status_reports": QT_TRANSLATE_NOOP("ServiceText", "printed status reports"),
    "projects": QT_TRANSLATE_NOOP("ServiceText", "projects"),
    "status reports": QT_TRANSLATE_NOOP("ServiceText", "status reports"),
    "date": QT_TRANSLATE_NOOP("ServiceText", "date"),
    "start_time": QT_TRANSLATE_NOOP("ServiceText", "start time"),
    "end_time": QT_TRANSLATE_NOOP("ServiceText", "end time"),
    "place": QT_TRANSLATE_NOOP("ServiceText", "place"),
    "chair": QT_TRANSLATE_NOOP("ServiceText", "chair"),
    "secretary": QT_TRANSLATE_NOOP("ServiceText", "secretary"),
    "notes": QT_TRANSLATE_NOOP("ServiceText", "notes"),
    # minutes' states
    "draft": QT_TRANSLATE_NOOP("ServiceText", "a draft"),
    "adjustment": QT_TRANSLATE_NOOP("ServiceText", "out for adjustment"),
    "approved": QT_TRANSLATE_NOOP("ServiceText", "approved"),
    "locked": QT_TRANSLATE_NOOP("ServiceText", "locked"),
}

# What cannot be done to minutes in a state (services/meetings/minutes.py); a context of their
# own, since «approved» as a step and as a state read differently in bokmål.
DOINGS = {
    "sent for adjustment": QT_TRANSLATE_NOOP("MinutesStep", "sent for adjustment"),
    "given remarks": QT_TRANSLATE_NOOP("MinutesStep", "given remarks"),
    "approved": QT_TRANSLATE_NOOP("MinutesStep", "approved"),
    "locked": QT_TRANSLATE_NOOP("MinutesStep", "locked"),
    "amended (edit them directly while they are a draft)": QT_TRANSLATE_NOOP(
        "MinutesStep", "amended (edit them directly while they are a draft)"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fields(text: str) -> str:
    """«title, proposed_decision» as «tittel, forslag til vedtak» (unknown words stay as written)."""
    return ", ".join(_tr(FIELDS[part]) if part in FIELDS else part for part in text.split(", "))


def _render(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    """The sentence of the first pattern that matches, its {name} placeholders filled from the named
    groups: names, numbers, paths and titles as written; field names, minutes' states and steps,
    the system's reasons and kinds of file translated."""
    for pattern, sentence in table:
        match = re.fullmatch(pattern, text)
        if match:
            parts = match.groupdict()
            for name in ("fields", "state"):
                if name in parts:
                    parts[name] = _fields(parts[name])
            if "reason" in parts:
                parts["reason"] = _reason(parts["reason"])
            if "detail" in parts:
                parts["detail"] = _render(parts["detail"], DETAILS) or parts["detail"]
            for name, words in (("found", KINDS), ("wanted", KINDS), ("thing", THINGS)):
                if parts.get(name) in words:
                    parts[name] = _tr(words[parts[name]])
            if parts.get("doing") in DOINGS:
                parts["doing"] = QCoreApplication.translate("MinutesStep", DOINGS[parts["doing"]])
            return fill(_tr(sentence), **parts)
    return None


def _reason(text: str) -> str:
    """The operating system's reason in the interface's language; «[Errno 13] Permission denied» too."""
    text = re.sub(r"^\[Errno \d+\] ", "", text)
    return _tr(REASONS[text]) if text in REASONS else text


def translated(text: str) -> str:
    """What a service said (an error's text, as a worker passes it on), in the interface's language,
    as a sentence."""
    text = _render(text, MESSAGES) or text
    return text[:1].upper() + text[1:]


def user_message(error: BaseException) -> str:
    """A service's refusal as the user reads it, in the interface's language."""
    return translated(str(error))
