"""The lines the minutes add to a case besides the decision's own words: the vote, dissent,
protocol remark, who was disqualified, the inferred marker and the source note, and who came or
left at the case. One list for the screen and for paper: each says what the line is (its key)
and the record's own words; each side puts its label in its language around them."""

from __future__ import annotations

from dataclasses import dataclass

from boarddesk.model.records import Attendance, Decision

# What a line can say, in the order the minutes print them under a decision.
VOTE_KEYS = ("unanimous", "votes")
DECISION_KEYS = (*VOTE_KEYS, "dissent", "protocol_remark", "disqualified", "inferred", "source_note")
ATTENDANCE_KEYS = ("arrived", "left")


@dataclass(frozen=True)
class MinutesLine:
    key: str  # one of DECISION_KEYS or ATTENDANCE_KEYS
    text: str = ""  # the record's words (or names) as written; empty for «unanimous», «votes», «inferred»
    votes: tuple[int, int, int] | None = None  # for, against, blank: on the «votes» line only


def decision_lines(decision: Decision) -> list[MinutesLine]:
    """The lines under a decision's text. No vote line when the vote was not recorded; under the
    conclusion of an information or discussion case, no one votes: a count is shown only when one
    was recorded, never «unanimous» (what every record says until a vote is counted)."""
    lines = _vote_lines(decision)
    if decision.conclusion:
        lines = [line for line in lines if line.key != "unanimous"]
    if decision.dissent:
        lines.append(MinutesLine("dissent", decision.dissent))
    if decision.protocol_remark:
        lines.append(MinutesLine("protocol_remark", decision.protocol_remark))
    if decision.disqualified:
        lines.append(MinutesLine("disqualified", ", ".join(decision.disqualified)))
    if decision.inferred:  # not recorded at the meeting: taken from a later paper, and so marked
        lines.append(MinutesLine("inferred"))
    if decision.source_note:
        lines.append(MinutesLine("source_note", decision.source_note))
    return lines


def _vote_lines(decision: Decision) -> list[MinutesLine]:
    if decision.unanimous:
        return [MinutesLine("unanimous")]
    if decision.votes_for is not None:
        counts = (decision.votes_for, decision.votes_against or 0, decision.votes_blank or 0)
        return [MinutesLine("votes", votes=counts)]
    return []


def comings_and_goings(attendance: list[Attendance], case_id: str) -> list[MinutesLine]:
    """Who came to the meeting at this case and who left at it: who was present for each decision."""
    lines = []
    for key, names in (
        ("arrived", [a.name for a in attendance if a.arrived_at_case == case_id]),
        ("left", [a.name for a in attendance if a.left_at_case == case_id]),
    ):
        if names:
            lines.append(MinutesLine(key, ", ".join(names)))
    return lines
