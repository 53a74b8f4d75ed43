"""New ids, positions and timestamps for things the app creates (imported things keep their own ids)."""

from __future__ import annotations

import uuid
from datetime import datetime

from boarddesk.store import Store


def new_id(prefix: str) -> str:
    """A fresh id within the exchange format's rules, readable enough to debug by: `pds-case-3f2a…`."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def next_position(store: Store, table: str, column: str, value: str) -> int:
    """The position after the last of the rows in `table` whose `column` is `value`. Positions count
    from 0, as an import numbers a list's items."""
    return store.scalar(f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE {column} = ?", (value,))


def now_stamp() -> str:
    """Local time with its offset, to the second, as the exchange format writes timestamps."""
    return datetime.now().astimezone().isoformat(timespec="seconds")
