"""The fields people can edit, what each must hold, and reading what they typed.

A form sends text as typed («11.03.2024», «28 300 000»); `clean` turns it into what the store
holds (ISO dates, whole kroner) or raises `InvalidField` naming the field and the problem, so the
form can show the message on that field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from boarddesk.model.formatting import parse_date
from boarddesk.model.vocabulary import CRITICALITY, DELIVERED, DEPENDENCY_STATUS, PROJECT_KIND, RAG, RISK_STATUS


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


def _text(name: str, required: bool = False) -> Field:
    return Field(name, "text", required)


def _long(name: str) -> Field:
    return Field(name, "long_text")


def _date(name: str, required: bool = False) -> Field:
    return Field(name, "date", required)


def _choice(name: str, keys: tuple[str, ...]) -> Field:
    return Field(name, "choice", choices=keys)


def _scale(name: str) -> Field:
    return Field(name, "int", low=1, high=5)


PROJECT = (
    _text("name", required=True),
    _choice("kind", PROJECT_KIND.keys),
    _text("project_number"),
    _text("actor"),
    _text("owner"),
    _text("manager"),
    _text("contact"),
    _text("segment"),
    _text("phase"),
    _date("phase_start"),
    _date("phase_end"),
    _date("start_date"),
    _date("end_date"),
    _text("focus_area"),
    Field("approved_frame_nok", "amount"),
    _text("confidentiality"),
    _long("description"),
    _long("implementation_strategy"),
    _long("benefit_prerequisites"),
)

REPORT = (
    _date("report_date", required=True),
    _choice("overall_status", RAG.keys),
    _long("status_comment"),
    _choice("risk_level", RAG.keys),
    _long("risk_comment"),
    _long("manager_assessment"),
    _long("summary"),
)

AREA_RATING = (_choice("rag", RAG.keys), _long("comment"))

MILESTONE = (
    _text("number"),
    _text("name", required=True),
    _date("planned"),
    _choice("delivered", DELIVERED.keys),
    _long("description"),
    _long("action_on_delay"),
)

FORECAST = (_date("forecast", required=True),)

RISK = (
    _text("number", required=True),
    Field("description", "long_text", required=True),
    _text("area"),
    _scale("probability"),
    _scale("consequence"),
    _text("owner"),
    _choice("status", RISK_STATUS.keys),
    _date("identified"),
    _date("closed_on"),
    _long("comment"),
)

MEASURE = (_text("text", required=True), Field("done", "bool"))

DEPENDENCY = (
    _text("on_actor"),
    _text("what"),
    _text("for_what"),
    _text("category"),
    _choice("criticality", CRITICALITY.keys),
    _date("deadline"),
    Field("agreed_plan", "bool"),
    _choice("status", DEPENDENCY_STATUS.keys),
)

BUDGET_LINE = (
    _text("post", required=True),
    Field("approved_nok", "amount"),
    Field("booked_nok", "amount"),
    Field("forecast_nok", "amount"),
    _text("comment"),
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
