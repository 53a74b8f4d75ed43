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


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


class FieldType:
    """Base: a JSON string stored as TEXT."""

    def problem(self, value: Any) -> str | None:
        return None if isinstance(value, str) else f"{_show(value)} is not a string"

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
                f"{_show(value)} is not an id (1-120 characters of letters, digits and . _ : -, "
                "starting with a letter or digit)"
            )
        return None


@dataclass(frozen=True)
class Ref(Id):
    """An id that must name a thing of `kind` in the document or the store."""

    kind: str


class Date(FieldType):
    def problem(self, value: Any) -> str | None:
        try:
            if isinstance(value, str) and len(value) == 10:
                date.fromisoformat(value)
                return None
        except ValueError:
            pass
        return f'{_show(value)} is not a date (dates are ISO 8601 in JSON, like "2024-03-11")'


class Time(FieldType):
    def problem(self, value: Any) -> str | None:
        if isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            return None
        return f"{_show(value)} is not a time (HH:MM, 24-hour)"


class Timestamp(FieldType):
    def problem(self, value: Any) -> str | None:
        try:
            if isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None:
                return None
        except ValueError:
            pass
        return f'{_show(value)} is not a timestamp with offset (ISO 8601, like "2024-03-11T09:30:00+01:00")'


@dataclass(frozen=True)
class Integer(FieldType):
    minimum: int | None = None
    maximum: int | None = None

    def problem(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_show(value)} is not a whole number"
        if self.minimum is not None and value < self.minimum:
            return f"{value} is below {self.minimum}"
        if self.maximum is not None and value > self.maximum:
            return f"{value} is above {self.maximum}"
        return None


class Money(Integer):
    def problem(self, value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{_show(value)} is not an amount (amounts are whole kroner, e.g. 146000000)"
        return None


class Boolean(FieldType):
    def problem(self, value: Any) -> str | None:
        return None if isinstance(value, bool) else f"{_show(value)} is not true or false"

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
        return f"{_show(value)} is not one of: {allowed}"


class CaseNumberFormat(FieldType):
    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{_show(value)} is not a string"
        why = validate_format(value)
        return f"{_show(value)} {why}" if why else None


class TextList(FieldType):
    """A list of strings, kept as JSON text in one column."""

    def problem(self, value: Any) -> str | None:
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return None
        return f"{_show(value)} is not a list of strings"

    def to_db(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False) if value else None

    def from_db(self, value: Any) -> Any:
        return json.loads(value) if value else None


class Base64Content(FieldType):
    """File content: base64 in JSON, bytes in the store."""

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"{_show(value)} is not base64 text"
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
        return f"{_show(value)} is not a SHA-256 (64 lowercase hex digits)"
