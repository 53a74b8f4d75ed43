"""Typed records of the board's things, as the services hand them to the GUI, the commands and
the printed reports: a name for each field instead of a dict key."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    organisation: str | None = None


@dataclass(frozen=True)
class Board:
    """A board as its meeting papers name it and write in its house style."""

    id: str
    name: str
    short_name: str | None
    kind: str | None  # «board» (a styre, such as a health authority's) or a programme or portfolio board
    organisation: str | None
    case_number_format: str
    seat: str | None = None  # where its papers are signed, «Bodø»
    signing_officer: str | None = None  # who puts the papers to the board, «Marit Lind»
    signing_officer_title: str | None = None  # «adm. direktør»


@dataclass(frozen=True)
class Meeting:
    """A meeting with its board's and chair's names, as a heading, the invitation and the minutes show it."""

    id: str
    board_id: str
    board_name: str  # the short name when the board has one
    number: int | None
    year: int | None
    date: str
    start_time: str | None
    end_time: str | None
    place: str | None
    chair: str | None
    chair_name: str | None
    agenda_published: bool
    secretary: str | None = None  # the member who takes the minutes

    def label(self) -> str:
        """«7/2021», or empty for a board that does not number its meetings."""
        return f"{self.number}/{self.year}" if self.number else ""


@dataclass(frozen=True)
class Case:
    """What the case editor shows of a case."""

    id: str
    board_id: str
    meeting: str | None
    title: str
    presenter: str | None
    document: str | None
    minutes_allotted: int | None
    description: str | None
    proposed_decision: str | None
    confidentiality: str | None
    print_status_reports: bool  # print the ticked projects' reports in the pack
    version: int  # what an edit checks it read (see store/versions.py)


@dataclass(frozen=True)
class CasePart:
    title: str | None
    type: str


@dataclass(frozen=True)
class AgendaCase:
    """A case on a meeting's agenda, as the invitation, the pack, the minutes and the meeting
    screens show it: the case with its number as the board writes it and its parts."""

    id: str
    board_id: str
    meeting: str | None
    title: str
    number: str  # «43/21» in the board's format; empty until the agenda is published
    seq: int | None
    year: int | None
    state: str | None  # CASE_STATE; «withdrawn» keeps its number on the agenda
    standard_item: str | None  # approval, action_points, any_other_business: added by the standard button
    description: str | None
    document: str | None  # the case paper's reference, «22/01234-5»
    presenter: str | None
    case_officer: str | None
    case_owner: str | None
    minutes_allotted: int | None
    proposed_decision: str | None
    to_body: str | None  # whom the paper is addressed to, when not the board
    paper_date: str | None
    body_text: str | None
    confidentiality: str | None  # the legal basis of an exemption, «Unntatt offentlighet, offl. § 13»
    discussion: str | None  # the notes for the minutes
    print_status_reports: bool  # print the ticked projects' reports in the pack
    inferred_fields: tuple[str, ...]  # fields inferred rather than read in the paper
    version: int  # what an edit checks it read (see store/versions.py)
    parts: tuple[CasePart, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        """The parts' types, each once, in the parts' order."""
        return tuple(dict.fromkeys(part.type for part in self.parts))

    @property
    def withdrawn(self) -> bool:
        return self.state == "withdrawn"


@dataclass(frozen=True)
class AgendaEntry:
    """A case of a meeting as a picker lists it."""

    id: str
    title: str
    standard_item: str | None


@dataclass(frozen=True)
class Project:
    id: str
    name: str


@dataclass(frozen=True)
class StatusReport:
    """A status report as a list of reports names it: the project and the date."""

    id: str
    project_name: str
    report_date: str


@dataclass(frozen=True)
class ProjectDetails:
    """A project as its card and its printed status report show it."""

    id: str
    board_id: str
    name: str
    kind: str | None  # PROJECT_KIND; None reads as a project
    parent: str | None
    project_number: str | None
    actor: str | None
    contact: str | None
    owner: str | None
    manager: str | None
    description: str | None
    segment: str | None
    phase: str | None
    phase_start: str | None
    phase_end: str | None
    start_date: str | None
    end_date: str | None
    national_solutions: tuple[str, ...]
    focus_area: str | None
    implementation_strategy: str | None
    approved_frame_nok: int | None
    benefit_prerequisites: str | None
    confidentiality: str | None
    source_note: str | None  # a remark about the paper, never read as the project's own words


@dataclass(frozen=True)
class StatusReportDetails:
    """One status report of a project with everything it says; `date_precision` tells how much of
    `report_date` the paper gave (a month, or no date at all)."""

    id: str
    project_id: str
    period: str | None
    report_date: str
    date_precision: str | None
    overall_status: str | None  # a RAG colour
    status_comment: str | None
    risk_level: str | None  # a RAG colour
    risk_comment: str | None
    manager_assessment: str | None
    summary: str | None
    confidentiality: str | None
    source_note: str | None


@dataclass(frozen=True)
class AreaRating:
    """A report's rating of one of the board's areas (scope, time, cost ...)."""

    name: str
    rag: str | None
    comment: str | None


@dataclass(frozen=True)
class Milestone:
    """A milestone with what the latest report forecast for it and what the one before did."""

    id: str
    number: str | None
    name: str
    planned: str | None
    delivered: str | None  # as the milestone register has it
    action_on_delay: str | None
    forecast: str | None
    status: str | None  # a RAG colour
    reported_delivered: str | None  # as the latest report has it; wins over `delivered`
    forecast_comment: str | None
    previous_forecast: str | None
    previous_status: str | None


@dataclass(frozen=True)
class MilestoneForecast:
    """What one report said of a milestone."""

    number: str | None
    name: str
    forecast: str | None
    status: str | None
    delivered: str | None
    comment: str | None


@dataclass(frozen=True)
class RiskMeasure:
    text: str
    done: bool


@dataclass(frozen=True)
class Risk:
    """A registered risk with its latest scores and its measures."""

    id: str
    number: str
    description: str
    probability: int | None  # 1-5
    consequence: int | None  # 1-5
    status: str | None  # RISK_STATUS; None reads as open
    comment: str | None
    is_new: bool
    measures: tuple[RiskMeasure, ...] = ()


@dataclass(frozen=True)
class BudgetLine:
    """A line of a project's budget as the paper prints it; a blank figure stays None."""

    post: str
    approved_nok: int | None
    booked_nok: int | None
    forecast_nok: int | None
    deviation_nok: int | None  # as printed; see cards.line_deviation
    comment: str | None
    source_note: str | None
    is_total: bool = False  # the paper's own total line


@dataclass(frozen=True)
class Dependency:
    """What a project needs (`on_project` or `on_actor`), or what another project needs of it."""

    project_id: str
    project_name: str | None  # the needing project's name, where another project needs this one
    on_project: str | None
    on_project_name: str | None
    on_actor: str | None
    what: str | None
    category: str | None
    criticality: str | None
    deadline: str | None
    status: str | None


@dataclass(frozen=True)
class Funding:
    source: str
    year: int | None
    amount_nok: int | None


@dataclass(frozen=True)
class OperatingCostChange:
    solution: str | None
    year: int | None
    amount_nok: int | None


@dataclass(frozen=True)
class Benefit:
    years: int | None
    net_value_nok: int | None
    other_benefits: str | None
    beneficiaries: str | None
    assessment: str | None


@dataclass(frozen=True)
class SubProject:
    """A sub-project with its latest ratings, as its parent's card lists it."""

    id: str
    name: str
    overall_status: str | None
    risk_level: str | None


@dataclass(frozen=True)
class Attachment:
    """An attachment with its content, as the printed pack includes it."""

    id: str
    filename: str
    title: str | None
    media_type: str | None
    content: bytes
    confidentiality: str | None


@dataclass(frozen=True)
class Attendance:
    """One person's attendance at a meeting, as the minutes record it: a board member (`member`,
    their id) or a guest from the invitation (no `member`)."""

    name: str
    organisation: str | None
    status: str  # ATTENDANCE: present, absent_with_notice or absent
    member: str | None = None
    role: str | None = None  # the member's role on the board; a guest has none
    deputy_for: str | None = None  # the member this one stands in for (vara)
    deputy_for_name: str | None = None
    arrived_at_case: str | None = None  # came late: the first case they were present for
    left_at_case: str | None = None  # left early: the case they left at

    @property
    def is_guest(self) -> bool:
        return self.member is None

    @property
    def is_present(self) -> bool:
        return self.status == "present"

    @property
    def has_vote(self) -> bool:
        """A board member with a vote: not a guest, an observer (the administration) or the secretary."""
        return not self.is_guest and self.role not in ("observer", "secretary")


@dataclass(frozen=True)
class Decision:
    """A case's decision as the minutes record it, with the names of those disqualified."""

    case_id: str
    text: str
    date: str | None = None
    unanimous: bool | None = None  # None: the vote was not recorded
    votes_for: int | None = None
    votes_against: int | None = None
    votes_blank: int | None = None
    dissent: str | None = None
    protocol_remark: str | None = None  # protokolltilførsel: a member's statement for the minutes
    disqualified: tuple[str, ...] = ()  # names of the members declared inhabil
    inferred: bool = False  # not recorded at the meeting: taken from a later paper
    source_note: str | None = None  # where an inferred or corrected decision came from
    version: int = 1  # what an edit checks it read (see store/versions.py)
    conclusion: bool = False  # an information or discussion case: concluded, not voted on
