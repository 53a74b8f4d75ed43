"""Field types of the exchange format: each checks a JSON value and converts it to and from SQLite."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from boarddesk.model.case_numbers import validate_format
from boarddesk.model.vocabulary import Vocabulary

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,119}")
# Only the calendar form: Python also reads week dates ("2021-W48-3") and compact forms as dates.
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMESTAMP_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})")
# A sum of money beyond any board's portfolio (10^15 kroner) is a mistake, and SQLite's integers end at 2^63.
MAX_AMOUNT = 10**15
_SURROGATE = re.compile("[\ud800-\udfff]")


def show(value: Any) -> str:
    """A value as a message shows it: short, escaped, and safe for any value however deep."""
    text = _brief(value, depth=2)
    return text if len(text) <= 60 else text[:57] + "..."


def _brief(value: Any, depth: int) -> str:
    if isinstance(value, str):
        return repr(value)  # escapes lone surrogates and control characters
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[...]" if depth == 0 else "[" + ", ".join(_brief(v, depth - 1) for v in value[:4]) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        if depth == 0:
            return "{...}"
        items = list(value.items())[:4]
        return "{" + ", ".join(f"{_brief(k, 0)}: {_brief(v, depth - 1)}" for k, v in items) + "}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"  # str() refuses huge ones
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def text_problem(value: str) -> str | None:
    """Why a JSON string cannot be stored as text, or None."""
    bad = _SURROGATE.search(value)
    if bad:
        return f"holds a lone surrogate ({bad.group()!r} at character {bad.start()}), which is not text"
    return None


class FieldType:
    """Base: a JSON string stored as TEXT."""

    def problem(self, value: Any) -> str | None:
        return text_problem(value) if isinstance(value, str) else f"{show(value)} is not a string"

    def to_db(self, value: Any) -> Any:
        return value

    def from_db(self, value: Any) -> Any:
        return value


class Text(FieldType):
    pass


class Id(FieldType):
    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            return (
                f"{show(value)} is not an id (1-120 characters of letters, digits and . _ : -, "
                "starting with a letter or digit)"
            )
        return None


@dataclass(frozen=True)
class Ref(Id):
    """An id that must name a thing of `kind` of the same board, in the document or the store
    (`any_board`: of any board, like a dependency on another board's project)."""

    kind: str
    any_board: bool = False


class Date(FieldType):
    def problem(self, value: Any) -> str | None:
        try:
            if isinstance(value, str) and DATE_PATTERN.fullmatch(value):
                date.fromisoformat(value)
                return None
        except ValueError:
            pass
        return f'{show(value)} is not a date (dates are ISO 8601 in JSON, like "2024-03-11")'


class Time(FieldType):
    def problem(self, value: Any) -> str | None:
        if isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            return None
        return f"{show(value)} is not a time (HH:MM, 24-hour)"


class Timestamp(FieldType):
    def problem(self, value: Any) -> str | None:
        try:
            if isinstance(value, str) and TIMESTAMP_PATTERN.fullmatch(value) and datetime.fromisoformat(value).tzinfo:
                return None
        except ValueError:
            pass
        return f'{show(value)} is not a timestamp with offset (ISO 8601, like "2024-03-11T09:30:00+01:00")'


@dataclass(frozen=True)
class Integer(FieldType):
    minimum: int | None = None
    maximum: int | None = None

    def problem(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{show(value)} is not a whole number"
        if self.minimum is not None and value < self.minimum:
            return f"{show(value)} is below {self.minimum}"
        if self.maximum is not None and value > self.maximum:
            return f"{show(value)} is above {self.maximum}"
        return None


@dataclass(frozen=True)
class Money(FieldType):
    """Whole kroner. Amounts approved, booked, forecast or granted are never below zero; a change or
    a net value may be (`may_be_negative`)."""

    may_be_negative: bool = False

    def problem(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{show(value)} is not an amount (amounts are whole kroner, e.g. 146000000)"
        if value < 0 and not self.may_be_negative:
            return f"{show(value)} is below zero; this amount cannot be negative"
        if abs(value) > MAX_AMOUNT:
            return f"{show(value)} is beyond any amount a board handles (at most 10^15 kroner)"
        return None


class Boolean(FieldType):
    def problem(self, value: Any) -> str | None:
        return None if isinstance(value, bool) else f"{show(value)} is not true or false"

    def to_db(self, value: Any) -> Any:
        return int(value)

    def from_db(self, value: Any) -> Any:
        return None if value is None else bool(value)


@dataclass(frozen=True)
class Choice(FieldType):
    vocabulary: Vocabulary

    def problem(self, value: Any) -> str | None:
        if isinstance(value, str) and value in self.vocabulary:
            return None
        allowed = ", ".join(self.vocabulary.keys)
        return f"{show(value)} is not one of: {allowed}"


class CaseNumberFormat(FieldType):
    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{show(value)} is not a string"
        why = validate_format(value)
        return f"{show(value)} {why}" if why else None


class TextList(FieldType):
    """A list of strings, kept as JSON text in one column."""

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return f"{show(value)} is not a list of strings"
        return next(filter(None, map(text_problem, value)), None)

    def to_db(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False) if value else None

    def from_db(self, value: Any) -> Any:
        return json.loads(value) if value else None


class Base64Content(FieldType):
    """File content: base64 in JSON, bytes in the store."""

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{show(value)} is not base64 text"
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return "is not valid base64"
        return None

    def to_db(self, value: Any) -> Any:
        return base64.b64decode(value, validate=True)

    def from_db(self, value: Any) -> Any:
        return base64.b64encode(value).decode("ascii")


class Sha256(FieldType):
    def problem(self, value: Any) -> str | None:
        if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value):
            return None
        return f"{show(value)} is not a SHA-256 (64 lowercase hex digits)"


class Region(FieldType):
    """Where a note sits on a PDF page: "x,y,w,h", fractions of the page from its top-left corner."""

    def problem(self, value: Any) -> str | None:
        wrong = f'{show(value)} is not a region ("x,y,w,h", four fractions of the page, like "0.1,0.2,0.5,0.05")'
        if not isinstance(value, str):
            return wrong
        parts = value.split(",")
        try:
            numbers = [float(part) for part in parts]
        except ValueError:
            return wrong
        if len(numbers) != 4 or not all(0 <= n <= 1 for n in numbers):
            return wrong
        return None
