"""The exchange format as data: which JSON fields each thing has, and where they live in SQLite.

One description serves the validator, the importer and the exporter, so the three cannot drift
apart. Column names follow the JSON names unless a Field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from boarddesk.exchange.fields import (
    Base64Content,
    Boolean,
    CaseNumberFormat,
    Choice,
    Date,
    FieldType,
    Id,
    Integer,
    Money,
    Ref,
    Region,
    Sha256,
    Text,
    TextList,
    Time,
    Timestamp,
)
from boarddesk.model import vocabulary as v


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool = False
    column: str | None = None

    @property
    def col(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class Entity:
    """A kind of thing: a table, its fields and the lists nested in it."""

    table: str
    fields: tuple[Field, ...]
    children: tuple[Child, ...] = ()
    kind: str | None = None  # things with an id: their kind, for references
    one_of: tuple[str, ...] = ()  # at least one of these fields must be given

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class Child:
    """A list (or single object) nested in its parent, stored in its own table."""

    name: str
    entity: Entity
    parent_column: str
    single: bool = False  # one object, not a list: no position column
    scalar: str | None = None  # a list of plain values, stored in this field
    objects_too: bool = False  # a scalar list whose items may also be objects of the entity's fields


def _f(name: str, kind: FieldType | None = None, **options) -> Field:
    return Field(name, kind or Text(), **options)


TEXT, DATE, MONEY, BOOL = Text(), Date(), Money(), Boolean()
CHANGE_NOK = Money(may_be_negative=True)  # a change, a deviation or a net value: below zero is meaningful
LEVEL = Integer(1, 5)
RAG = Choice(v.RAG)
INFERRED_FIELDS = TextList()  # version 8: names of a record's fields that were inferred, not read


def _rows(table: str, *fields: Field) -> Entity:
    return Entity(table, fields)


def _scalar_list(name: str, table: str, item: Field, parent_column: str) -> Child:
    """A list of plain values: each is required (a null in the list stands for nothing)."""
    return Child(name, _rows(table, replace(item, required=True)), parent_column, scalar=item.name)


AREA = _rows("board_areas", _f("key", Id(), required=True), _f("name", required=True))

MEMBER = Entity(
    "members",
    (
        _f("id", Id(), required=True),
        _f("name", required=True),
        _f("organisation"),
        _f("title"),
        _f("email"),
        _f("role", Choice(v.MEMBER_ROLE)),
        _f("deputy_for", Ref("member")),
        _f("active", BOOL),
        _f("inferred_fields", INFERRED_FIELDS),
        _f("period_from", DATE),
        _f("period_to", DATE),
    ),
    kind="member",
)

# Version 8: how much of a report's date the paper gives («November 2021» is a month).
DATE_PRECISION = v.Vocabulary(
    v.Term("day", "Dag", "Day"),
    v.Term("month", "Måned", "Month"),
    v.Term("none", "Udatert", "Undated"),
)
REPORTING_PERIOD = Entity(
    "reporting_periods",
    (
        _f("id", Id(), required=True),
        _f("name", required=True),
        _f("start", DATE),
        _f("end", DATE),
        _f("summary"),  # version 8: the period's key figures as the paper states them
        _f("source_note"),
    ),
    kind="reporting_period",
)

STATUS_REPORT = Entity(
    "status_reports",
    (
        _f("id", Id(), required=True),
        _f("period", Ref("reporting_period")),
        _f("report_date", DATE, required=True),
        _f("overall_status", RAG),
        _f("status_comment"),
        _f("risk_level", RAG),
        _f("risk_comment"),
        _f("manager_assessment"),
        _f("summary"),
        _f("confidentiality"),
        _f("date_precision", Choice(DATE_PRECISION)),
        _f("source_note"),
    ),
    children=(
        Child(
            "areas",
            _rows("area_ratings", _f("area", Id(), required=True), _f("rag", RAG), _f("comment")),
            "report_id",
        ),
        Child(
            "milestones",
            _rows(
                "milestone_forecasts",
                _f("milestone", Ref("milestone"), required=True),
                _f("forecast", DATE),
                _f("status", RAG),
                _f("delivered", Choice(v.DELIVERED)),
                _f("comment"),
            ),
            "report_id",
        ),
        Child(
            "risks",
            _rows(
                "risk_assessments",
                _f("risk", Ref("risk"), required=True),
                _f("probability", LEVEL),
                _f("consequence", LEVEL),
            ),
            "report_id",
        ),
    ),
    kind="status_report",
)

MILESTONE = Entity(
    "milestones",
    (
        _f("id", Id(), required=True),
        _f("number"),
        _f("name", required=True),
        _f("description"),
        _f("planned", DATE),
        _f("delivered", Choice(v.DELIVERED)),
        _f("action_on_delay"),
    ),
    kind="milestone",
)

RISK = Entity(
    "risks",
    (
        _f("id", Id(), required=True),
        _f("number", required=True),
        _f("description", required=True),
        _f("area"),
        _f("probability", LEVEL),
        _f("consequence", LEVEL),
        _f("owner"),
        _f("status", Choice(v.RISK_STATUS)),
        _f("comment"),
        _f("identified", DATE),
        _f("closed_on", DATE),
        _f("is_new", BOOL),
    ),
    children=(Child("measures", _rows("risk_measures", _f("text", required=True), _f("done", BOOL)), "risk_id"),),
    kind="risk",
)

DEPENDENCY = Entity(
    "dependencies",
    (
        _f("id", Id(), required=True),
        _f("on_project", Ref("project", any_board=True)),
        _f("on_actor"),
        _f("what"),
        _f("for_what"),
        _f("category"),
        _f("criticality", Choice(v.CRITICALITY)),
        _f("deadline", DATE),
        _f("agreed_plan", BOOL),
        _f("status", Choice(v.DEPENDENCY_STATUS)),
    ),
    kind="dependency",
    one_of=("on_project", "on_actor"),
)

PROJECT = Entity(
    "projects",
    (
        _f("id", Id(), required=True),
        _f("name", required=True),
        _f("kind", Choice(v.PROJECT_KIND)),
        _f("parent", Ref("project")),
        _f("project_number"),
        _f("actor"),
        _f("contact"),
        _f("owner"),
        _f("manager"),
        _f("description"),
        _f("segment"),
        _f("phase"),
        _f("phase_start", DATE),
        _f("phase_end", DATE),
        _f("start_date", DATE),
        _f("end_date", DATE),
        _f("national_solutions", TextList()),
        _f("focus_area"),
        _f("implementation_strategy"),
        _f("approved_frame_nok", MONEY),
        _f("benefit_prerequisites"),
        _f("confidentiality"),
        _f("source_note"),
    ),
    children=(
        Child("status_reports", STATUS_REPORT, "project_id"),
        Child("milestones", MILESTONE, "project_id"),
        Child("risks", RISK, "project_id"),
        Child("dependencies", DEPENDENCY, "project_id"),
        Child(
            "budget_lines",
            _rows(
                "budget_lines",
                _f("post", required=True),
                _f("approved_nok", MONEY),
                _f("booked_nok", MONEY),
                _f("forecast_nok", MONEY),
                _f("comment"),
                _f(
                    "deviation_nok", CHANGE_NOK
                ),  # version 8: the deviation as the paper prints it (below zero: over budget)
                _f("is_total", BOOL),  # the paper's own total line
                _f("source_note"),
                _f("period", Ref("reporting_period")),  # store version 13: the period the budget was reported for
            ),
            "project_id",
        ),
        Child(
            "funding",
            _rows("funding", _f("source", required=True), _f("year", Integer(1900, 2200)), _f("amount_nok", MONEY)),
            "project_id",
        ),
        Child(
            "operating_cost_changes",
            _rows(
                "operating_cost_changes", _f("solution"), _f("year", Integer(1900, 2200)), _f("amount_nok", CHANGE_NOK)
            ),
            "project_id",
        ),
        Child(
            "benefits",
            _rows(
                "benefits",
                _f("years", Integer(0, 100)),
                _f("net_value_nok", CHANGE_NOK),
                _f("other_benefits"),
                _f("beneficiaries"),
                _f("assessment"),
            ),
            "project_id",
        ),
        Child(
            "decision_history",
            _rows("decision_history", _f("date", DATE), _f("body"), _f("case_number"), _f("text", required=True)),
            "project_id",
        ),
    ),
    kind="project",
)

MINUTES_STATUS = v.Vocabulary(
    v.Term("draft", "Utkast", "Draft"),
    v.Term("adjustment", "Til justering", "Sent for adjustment"),
    v.Term("approved", "Godkjent", "Approved"),
    v.Term("locked", "Låst", "Locked"),
)

# Version 2: the minutes' approval, its signers and amendments (see services/minutes.py).
MINUTES = Entity(
    "minutes",
    (
        _f("status", Choice(MINUTES_STATUS), required=True),
        _f("closed_at", Timestamp()),
        _f("sent_for_adjustment_at", Timestamp()),
        _f("approved_at", DATE),
        _f("approved_by_meeting", Ref("meeting")),
        _f("approved_in_case", Ref("case")),
        _f("locked_at", Timestamp()),
        _f("sha256", Sha256()),
    ),
)

# A co-signer is a member by id, as always; since store version 17 also a guest of the meeting
# (one standing in for an absent member), by name: {"guest": "Hanne Varasen", ...}.
MINUTES_SIGNER = Entity(
    "minutes_cosigners",
    (
        _f("member", Ref("member")),
        _f("guest"),
        _f("is_chair", BOOL),
        _f("remark"),
        _f("remark_at", Timestamp()),
        _f("accepted_at", Timestamp()),
    ),
    one_of=("member", "guest"),
)
MINUTES_AMENDMENT = Entity(
    "minutes_amendments",
    (
        _f("id", Id(), required=True),
        _f("date", DATE, required=True),
        _f("reason", required=True),
        _f("text", required=True),
        _f("case", Ref("case"), column="case_id"),
        _f("recorded_at", Timestamp()),
    ),
    kind="minutes_amendment",
)

MEETING = Entity(
    "meetings",
    (
        _f("id", Id(), required=True),
        _f("number", Integer(1, 999)),
        _f("year", Integer(1900, 2200)),
        _f("date", DATE, required=True),
        _f("start_time", Time()),
        _f("end_time", Time()),
        _f("place"),
        _f("chair", Ref("member")),
        _f("secretary", Ref("member")),
        _f("agenda_published", BOOL),
        _f("notes"),
        _f("source_note"),  # version 8
    ),
    children=(
        Child(
            "invitees",
            Entity(
                "meeting_invitees",
                (_f("member", Ref("member")), _f("name"), _f("organisation"), _f("role")),
                one_of=("member", "name"),
            ),
            "meeting_id",
        ),
        Child("copy_to", _rows("meeting_copy_to", _f("name", required=True), _f("organisation")), "meeting_id"),
        Child(
            "attendance",
            Entity(
                "attendance",
                (
                    _f("member", Ref("member")),
                    _f("guest"),  # a guest's name as invited, for one who is not a member
                    _f("status", Choice(v.ATTENDANCE), required=True),
                    _f("deputy_for", Ref("member")),
                    _f("arrived_at_case", Ref("case")),
                    _f("left_at_case", Ref("case")),
                ),
                one_of=("member", "guest"),
            ),
            "meeting_id",
        ),
        Child("minutes", MINUTES, "meeting_id", single=True),
        Child("minutes_signers", MINUTES_SIGNER, "meeting_id"),
        Child("minutes_amendments", MINUTES_AMENDMENT, "meeting_id"),
    ),
    kind="meeting",
)

DECISION = Entity(
    "decisions",
    (
        _f("text", required=True),
        _f("date", DATE),
        _f("unanimous", BOOL),
        _f("votes_for", Integer(0, 999)),
        _f("votes_against", Integer(0, 999)),
        _f("votes_blank", Integer(0, 999)),
        _f("dissent"),
        _f("protocol_remark"),  # store version 11: a member's statement entered in the minutes
        _f("inferred", BOOL),  # version 8: taken from another paper, not from this meeting's minutes
        _f("source_note"),
    ),
    children=(
        # Those disqualified: a member by id, as always; since store version 16 also a guest of the
        # meeting (one standing in for an absent member), by name: {"guest": "Anne Gjest"}.
        Child(
            "disqualified",
            Entity("decision_disqualified", (_f("member", Ref("member")), _f("guest")), one_of=("member", "guest")),
            "case_id",
            scalar="member",
            objects_too=True,
        ),
    ),
)

CASE = Entity(
    "cases",
    (
        _f("id", Id(), required=True),
        _f("title", required=True),
        _f("meeting", Ref("meeting")),
        _f("position", Integer(1, 999), column="agenda_position"),
        _f("year", Integer(1900, 2200)),
        _f("seq", Integer(1, 99999)),
        _f("legacy_duplicate", BOOL),
        _f("state", Choice(v.CASE_STATE)),
        _f("standard_item", Choice(v.STANDARD_ITEM)),
        _f("description"),
        _f("document"),
        _f("presenter"),
        _f("minutes_allotted", Integer(0, 1440)),
        _f("proposed_decision"),
        _f("to_body"),
        _f("paper_date", DATE),
        _f("case_officer"),
        _f("body_text"),
        _f("confidentiality"),
        _f("discussion"),
        _f("inferred_fields", INFERRED_FIELDS),
        _f("print_status_reports", BOOL),
        _f("case_owner"),  # store version 12: sakseier
    ),
    children=(
        Child(
            "parts",
            _rows("case_parts", _f("title"), _f("type", Choice(v.CASE_TYPE), required=True)),
            "case_id",
        ),
        _scalar_list("projects", "case_projects", _f("project", Ref("project")), "case_id"),
        _scalar_list("status_reports", "case_status_reports", _f("report", Ref("status_report")), "case_id"),
        _scalar_list("attachments", "case_attachments", _f("attachment", Ref("attachment")), "case_id"),
        Child("decision", DECISION, "case_id", single=True),
    ),
    kind="case",
)

ACTION_POINT = Entity(
    "action_points",
    (
        _f("id", Id(), required=True),
        _f("text", required=True),
        _f("meeting", Ref("meeting")),
        _f("case", Ref("case")),
        _f("responsible"),
        _f("due", DATE),
        _f("status", Choice(v.ACTION_STATUS)),
        _f("comment"),
    ),
    kind="action_point",
)

ATTACHMENT = Entity(
    "attachments",
    (
        _f("id", Id(), required=True),
        _f("filename", required=True),
        _f("media_type"),
        _f("title"),
        _f("sha256", Sha256(), required=True),
        _f("content_base64", Base64Content(), required=True, column="content"),
        _f("confidentiality"),
    ),
    kind="attachment",
)

ANCHOR_KIND = v.Vocabulary(v.Term("highlight", "Utheving", "Highlight"), v.Term("sticky", "Lapp", "Sticky note"))
ANCHOR_STATE = v.Vocabulary(
    v.Term("anchored", "Forankret", "Anchored"),
    v.Term("earlier_version", "På en tidligere versjon", "On an earlier version"),
)

ANNOTATION = Entity(
    "annotations",
    (
        _f("id", Id(), required=True),
        _f("author", required=True),
        _f("target_kind", Choice(v.ANNOTATION_TARGET)),
        _f("target_id", Id()),
        _f("text", required=True),
        _f("shared", BOOL),
        _f("question", BOOL),
        _f("created", Timestamp()),
        _f("updated", Timestamp()),
        # Version 2: a note on a PDF page, anchored to its words, page, region and document version.
        _f("anchor_kind", Choice(ANCHOR_KIND)),
        _f("page", Integer(0, 99999)),
        _f("region", Region()),
        _f("quote"),
        _f("quote_prefix"),
        _f("quote_suffix"),
        _f("document_sha256", Sha256()),
        _f("anchor_state", Choice(ANCHOR_STATE)),
        _f("quote_current"),  # the words the note now marks, when they differ from its quote
    ),
    kind="annotation",
)

BOARD = Entity(
    "boards",
    (
        _f("id", Id(), required=True),
        _f("name", required=True),
        _f("short_name"),
        _f("kind", Choice(v.BOARD_KIND)),
        _f("organisation"),
        _f("case_number_format", CaseNumberFormat(), required=True),
        _f("seat"),  # store version 12: where the board's papers are signed («Bodø»)
        _f("signing_officer"),  # and who signs them («Marit Lind»)
        _f("signing_officer_title"),  # «adm. direktør»
    ),
    children=(
        Child("areas", AREA, "board_id"),
        Child("members", MEMBER, "board_id"),
        Child("reporting_periods", REPORTING_PERIOD, "board_id"),
        Child("projects", PROJECT, "board_id"),
        Child("meetings", MEETING, "board_id"),
        Child("cases", CASE, "board_id"),
        Child("action_points", ACTION_POINT, "board_id"),
        Child("attachments", ATTACHMENT, "board_id"),
        Child("annotations", ANNOTATION, "board_id"),
    ),
    kind="board",
)

# The kinds that have ids, by name, for reference checks against the store.
KIND_TABLES: dict[str, str] = {}


def _collect_kinds(entity: Entity) -> None:
    if entity.kind:
        KIND_TABLES[entity.kind] = entity.table
    for child in entity.children:
        _collect_kinds(child.entity)


_collect_kinds(BOARD)

DOCUMENT_FIELDS = {"format", "schema_version", "exported_at", "boards"}
