"""One writer in a race (run as a separate process by test_record_versions.py): reads a record,
appends a token of its own, writes it back with the version it read; prints what held as JSON."""

from __future__ import annotations

import json
import random
import sys
import time

from boarddesk.services.documents import annotations
from boarddesk.services.meetings import live_meeting
from boarddesk.store import Store
from boarddesk.store.versions import ChangedElsewhere


def append_to_note(store: Store, note_id: str, token: str) -> None:
    note = annotations.get_note(store, note_id)
    time.sleep(random.uniform(0, 0.002))  # think a little, as a person (or autosave) does
    annotations.update_note(store, note_id, text=f"{note.text} {token}", expected_version=note.version)


def append_to_decision(store: Store, case_id: str, token: str) -> None:
    live = live_meeting.live_case(store, case_id)
    time.sleep(random.uniform(0, 0.002))
    text = live.decision.text if live.decision else ""
    live_meeting.save_decision(store, case_id, f"{text} {token}", expected_version=live.versions.decision)


def make_private(store: Store, note_id: str, _token: str) -> None:
    note = annotations.get_note(store, note_id)
    annotations.update_note(store, note_id, shared=False, expected_version=note.version)


WRITES = {"note": append_to_note, "decision": append_to_decision, "private": make_private}


def race(path: str, what: str, record: str, name: str, rounds: int) -> dict[str, object]:
    held, refused = [], 0
    with Store.open(path) as store:
        for round_ in range(rounds):
            token = f"{name}{round_}x"
            try:
                WRITES[what](store, record, token)
            except ChangedElsewhere:
                refused += 1
            else:
                held.append(token)
    return {"held": held, "refused": refused}


if __name__ == "__main__":
    path, what, record, name, rounds = sys.argv[1:]
    print(json.dumps(race(path, what, record, name, int(rounds))))
