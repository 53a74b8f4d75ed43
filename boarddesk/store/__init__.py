"""The SQLite store: opening files safely, schema migrations, transactions, backups, search."""

from boarddesk.store.database import (
    DamagedDatabase,
    NotABoardDeskFile,
    Store,
    StoreBusy,
    StoreError,
    StoreReadOnly,
    TooNewDatabase,
)
from boarddesk.store.rows import Row

__all__ = [
    "DamagedDatabase",
    "NotABoardDeskFile",
    "Row",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreReadOnly",
    "TooNewDatabase",
]
