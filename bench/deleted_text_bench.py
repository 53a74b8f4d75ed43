"""What "deleted means gone" costs: deleting a note, with and without the index rewrite and zeroed
pages, on a copy of the given store (the demo store, or one from `boarddesk generate`).

    .venv/bin/python -m bench.deleted_text_bench STORE [STORE ...] [--runs 5]

For each store prints the file size, the median time of: an edit of a note's text (the autosave
path), a note's deletion as BoardDesk does it (secure_delete on, the index rewritten, the log
checkpointed and emptied), the same deletion with neither, and the rewrite alone at close.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from boarddesk.services.documents import annotations
from boarddesk.store import Store


def _copy(store_path: Path, folder: Path) -> Path:
    target = folder / store_path.name
    shutil.copy(store_path, target)
    return target


def _note(store: Store) -> annotations.Note:
    project = store.scalar("SELECT id FROM projects ORDER BY id LIMIT 1")
    return annotations.add_note(store, author="bench", target_kind="project", target_id=project, text="Zqxwvortex x")


def _timed(work: Callable[[], None]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def measure(store_path: Path, runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {"edit": [], "delete (gone)": [], "delete (plain)": [], "rewrite at close": []}
    with tempfile.TemporaryDirectory() as folder:
        path = _copy(store_path, Path(folder))
        with Store.open(path) as store:
            for _ in range(runs):
                note = _note(store)
                times["edit"].append(_timed(lambda n=note: annotations.update_note(store, n.id, text="Endret")))
                times["rewrite at close"].append(_timed(store.erase_edited_text))
                times["delete (gone)"].append(_timed(lambda n=note: annotations.delete_note(store, n.id)))
                store._logs_removed_text = False  # as before issue 9: no rewrite, no zeroing
                store.conn.execute("PRAGMA secure_delete = OFF")
                note = _note(store)
                times["delete (plain)"].append(_timed(lambda n=note: annotations.delete_note(store, n.id)))
                store._logs_removed_text = True
                store.conn.execute("PRAGMA secure_delete = ON")
                store.erase_edited_text()
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for store_path in args.stores:
        size = store_path.stat().st_size / 1e6
        figures = measure(store_path, args.runs)
        print(f"{store_path} ({size:.1f} MB): " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in figures.items()))


if __name__ == "__main__":
    main()
