"""The demo board: the facts of the seed board papers, shipped in the exchange format."""

from __future__ import annotations

from pathlib import Path

from boarddesk.exchange.importer import Progress, import_document, read_document
from boarddesk.locator import resource
from boarddesk.store import Store

# The boards in the order the navigator lists them: the programme board with meeting 7/2021
# first, since it is where a new user sees a whole meeting; then the two portfolios; last the
# national steering model's meetings that the programme's status (case 42/21) lists.
DEMO_BOARDS = (
    "pds-programme-board.json",
    "national-portfolio.json",
    "helse-nord-board.json",
    "national-steering-model.json",
)


def demo_files() -> list[Path]:
    """The demo documents in `resources/demo`, one per board."""
    return [resource("demo", name) for name in DEMO_BOARDS]


def load_demo(store: Store, progress: Progress | None = None) -> dict[str, int]:
    """Import every demo board in one transaction: the demo is there whole, or not at all."""
    added: dict[str, int] = {}
    with store.write():
        for path in demo_files():
            for kind, count in import_document(store, read_document(path), progress).items():
                added[kind] = added.get(kind, 0) + count
    return added


def is_empty(store: Store) -> bool:
    return store.scalar("SELECT count(*) FROM boards") == 0
