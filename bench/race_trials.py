"""Counts for the lost-update race (issue 9): two processes, each with its own Store, read a record,
append a token of their own and write it back with the version they read, on one note and on one
decision of a copy of the demo store; afterwards every accepted token must be in the record.

    .venv/bin/python -m bench.race_trials [--runs 5] [--rounds 100]

Prints trials (writes tried), held (accepted), refused (ChangedElsewhere) and lost (accepted but
missing afterwards: must be 0), and the private-flag race: the author makes a shared note private
while another process edits its text; the note must end private.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from boarddesk.demo.boards import load_demo
from boarddesk.services.documents import annotations
from boarddesk.services.meetings import agenda, live_meeting
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere

WORKER = Path(__file__).resolve().parents[1] / "tests" / "race_worker.py"


def _records(store: Store) -> tuple[str, str]:
    project = store.scalar("SELECT id FROM projects WHERE board_id = 'pds' ORDER BY id LIMIT 1")
    note = annotations.add_note(
        store, author="pds-mem-lucie-aunan", target_kind="project", target_id=project, text="Start", shared=True
    )
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))
    case = agenda.add_case(store, meeting, "NILAR", proposed_decision="Tilslutning.")
    agenda.publish_agenda(store, meeting)
    return note.id, case


def _writers(path: Path, what: str, record: str, names: tuple[str, ...], rounds: int) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(path), what, record, name, str(rounds)], stdout=subprocess.PIPE, text=True
        )
        for name in names
    ]


def _results(workers: list[subprocess.Popen]) -> list[dict]:
    return [json.loads(worker.communicate()[0]) for worker in workers]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    totals = {"trials": 0, "held": 0, "refused": 0, "lost": 0}
    stayed_private = 0
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "demo.sqlite"
        with Store.open(template) as store:
            load_demo(store)
        for run in range(args.runs):
            path = Path(folder) / f"run{run}.sqlite"
            path.write_bytes(template.read_bytes())
            with Store.open(path) as store:
                note, case = _records(store)
            for what, record in (("note", note), ("decision", case)):
                results = _results(_writers(path, what, record, ("a", "b"), args.rounds))
                with Store.open(path) as store:
                    if what == "note":
                        text = annotations.get_note(store, record).text
                    else:
                        text = live_meeting.live_case(store, record).decision.text
                held = [token for result in results for token in result["held"]]
                totals["trials"] += 2 * args.rounds
                totals["held"] += len(held)
                totals["refused"] += sum(result["refused"] for result in results)
                totals["lost"] += sum(f" {token}" not in text for token in held)
            editor = _writers(path, "note", note, ("e",), args.rounds)
            with Store.open(path) as store:
                while True:
                    try:
                        current = annotations.get_note(store, note)
                        annotations.update_note(store, note, shared=False, expected_version=current.version)
                        break
                    except ChangedElsewhere:
                        continue
                _results(editor)
                stayed_private += not annotations.get_note(store, note).shared
    print(", ".join(f"{name} {value}" for name, value in totals.items()))
    print(f"private-flag race: {stayed_private} of {args.runs} runs ended private")


if __name__ == "__main__":
    main()
