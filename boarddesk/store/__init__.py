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

__all__ = [
    "DamagedDatabase",
    "NotABoardDeskFile",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreReadOnly",
    "TooNewDatabase",
]
