"""The fields people can edit, what each must hold, and reading what they typed. What a field
may hold is the exchange schema's definition of it (exchange/schema.py), not restated here.

A form sends text as typed («11.03.2024», «28 300 000»); `clean` turns it into what the store
holds (ISO dates, whole kroner) or raises `InvalidField` naming the field and the problem, so the
form can show the message on that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from boarddesk.exchange import schema
from boarddesk.exchange.fields import Boolean, Choice, Date, Integer, Money
from boarddesk.model.formatting import parse_date


class InvalidField(ValueError):
    """What was typed into a field cannot be saved. `problem` is a short code the GUI words itself:
    required, date, number, range, choice, order (after the previous report's date, `detail`),
    order_next (before the next report's date, `detail`), no_report, unknown_project."""

    def __init__(self, field: str, problem: str, value: object = None, detail: str = "") -> None:
        self.field, self.problem, self.value, self.detail = field, problem, value, detail
        super().__init__(f"{field}: {_MESSAGES[problem].format(value=value, detail=detail)}")


_MESSAGES = {
    "required": "must be filled in",
    "date": "{value!r} is not a date; write it as 31.12.2024",
    "number": "{value!r} is not a whole number",
    "range": "{value!r} must be between {detail}",
    "choice": "{value!r} is not one of {detail}",
    "order": "{value!r} must be after the previous report's date, {detail}",
    "order_next": "{value!r} must be before the next report's date, {detail}",
    "unknown_project": "{value!r} is not another project in this store",
    "no_report": "the project has no status report yet; start one first",
}


@dataclass(frozen=True)
class Field:
    name: str  # the column
    kind: str = "text"  # text, long_text, date, amount, int, choice, bool
    required: bool = False
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None


def _from_schema(
    entity: schema.Entity, *names: str, long: tuple[str, ...] = (), required: tuple[str, ...] = ()
) -> tuple[Field, ...]:
    """The editable fields `names` of an exchange entity, in form order: what each may hold (type,
    choices, range, required) comes from the exchange schema; `long` are edited as running text,
    and `required` are needed in a form though an import may leave them out."""
    return tuple(_field(entity.field(name), name in long, name in required) for name in names)


def _field(spec: schema.Field, long: bool, required: bool) -> Field:
    required = required or spec.required
    kind = spec.type
    if isinstance(kind, Date):
        return Field(spec.name, "date", required)
    if isinstance(kind, Money):
        return Field(spec.name, "amount", required)
    if isinstance(kind, Integer):
        return Field(spec.name, "int", required, low=kind.minimum, high=kind.maximum)
    if isinstance(kind, Boolean):
        return Field(spec.name, "bool", required)
    if isinstance(kind, Choice):
        return Field(spec.name, "choice", required, choices=kind.vocabulary.keys)
    return Field(spec.name, "long_text" if long else "text", required)


def _child(entity: schema.Entity, name: str) -> schema.Entity:
    return next(child.entity for child in entity.children if child.name == name)


PROJECT = _from_schema(
    schema.PROJECT,
    "name",
    "kind",
    "project_number",
    "actor",
    "owner",
    "manager",
    "contact",
    "segment",
    "phase",
    "phase_start",
    "phase_end",
    "start_date",
    "end_date",
    "focus_area",
    "approved_frame_nok",
    "confidentiality",
    "description",
    "implementation_strategy",
    "benefit_prerequisites",
    long=("description", "implementation_strategy", "benefit_prerequisites"),
)

REPORT = _from_schema(
    schema.STATUS_REPORT,
    "report_date",
    "overall_status",
    "status_comment",
    "risk_level",
    "risk_comment",
    "manager_assessment",
    "summary",
    long=("status_comment", "risk_comment", "manager_assessment", "summary"),
)

AREA_RATING = _from_schema(_child(schema.STATUS_REPORT, "areas"), "rag", "comment", long=("comment",))

MILESTONE = _from_schema(
    schema.MILESTONE,
    "number",
    "name",
    "planned",
    "delivered",
    "description",
    "action_on_delay",
    long=("description", "action_on_delay"),
)

# A forecast row without a date means nothing: the form needs one.
FORECAST = _from_schema(_child(schema.STATUS_REPORT, "milestones"), "forecast", required=("forecast",))

RISK = _from_schema(
    schema.RISK,
    "number",
    "description",
    "area",
    "probability",
    "consequence",
    "owner",
    "status",
    "identified",
    "closed_on",
    "comment",
    long=("description", "comment"),
)

MEASURE = _from_schema(_child(schema.RISK, "measures"), "text", "done")

DEPENDENCY = _from_schema(
    schema.DEPENDENCY,
    "on_actor",
    "what",
    "for_what",
    "category",
    "criticality",
    "deadline",
    "agreed_plan",
    "status",
)

BUDGET_LINE = _from_schema(
    _child(schema.PROJECT, "budget_lines"), "post", "approved_nok", "booked_nok", "forecast_nok", "comment"
)


def parse_whole_number(text: str) -> int | None:
    """«281 147», «281147», «-5 000 kr»: spaces (also no-break spaces) and «kr» are ignored."""
    cleaned = re.sub(r"[\s\u00a0\u202f]|kr\.?$", "", text.strip(), flags=re.IGNORECASE)
    return int(cleaned) if re.fullmatch(r"-?\d+", cleaned) else None


def clean_value(field: Field, value: Any) -> Any:
    """The value as the store holds it, or InvalidField."""
    if isinstance(value, str):
        value = value.strip()
    if value in (None, ""):
        if field.required:
            raise InvalidField(field.name, "required")
        return None
    if field.kind == "date":
        try:
            parsed = parse_date(value) if isinstance(value, str) else value
        except ValueError:
            parsed = None
        if not isinstance(parsed, date):
            raise InvalidField(field.name, "date", value)
        return parsed.isoformat()
    if field.kind in ("amount", "int"):
        number = value if isinstance(value, int) else parse_whole_number(str(value))
        if number is None:
            raise InvalidField(field.name, "number", value)
        if field.low is not None and not field.low <= number <= (field.high or number):
            raise InvalidField(field.name, "range", value, f"{field.low} and {field.high}")
        return number
    if field.kind == "choice" and value not in field.choices:
        raise InvalidField(field.name, "choice", value, ", ".join(field.choices))
    if field.kind == "bool":
        return 1 if value else 0
    return value


def clean(fields: tuple[Field, ...], values: dict[str, Any]) -> dict[str, Any]:
    """Every given value cleaned; a name that is no editable field is a programming error."""
    by_name = {f.name: f for f in fields}
    unknown = set(values) - set(by_name)
    if unknown:
        raise KeyError(f"not editable here: {', '.join(sorted(unknown))}")
    return {name: clean_value(by_name[name], value) for name, value in values.items()}
