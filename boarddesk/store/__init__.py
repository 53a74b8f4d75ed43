"""The SQLite store: opening files safely, schema migrations, transactions, backups, search."""

from boarddesk.store.database import (
    DamagedDatabase,
    NotABoardDeskFile,
    Store,
    StoreError,
    TooNewDatabase,
)

__all__ = ["DamagedDatabase", "NotABoardDeskFile", "Store", "StoreError", "TooNewDatabase"]
