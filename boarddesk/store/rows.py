"""A row as the store's queries return it: column name to value."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
