"""A row as the store's queries return it: column name to value; and the select list that reads a
typed record straight from a row (`Record(**row)`)."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

Row = dict[str, Any]


@cache
def columns_of(record: type, table: str = "", leave_out: tuple[str, ...] = ()) -> str:
    """«t.id, t.name, ...»: a record's fields as columns of `table` (an alias), save those left out
    (which the query selects under their own expression)."""
    prefix = f"{table}." if table else ""
    return ", ".join(prefix + f.name for f in dataclasses.fields(record) if f.name not in leave_out)
