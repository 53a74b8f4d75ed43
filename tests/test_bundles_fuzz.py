"""Property tests: a mutated bundle or notes file, hash-consistent and (for bundles) signed with the
secretary's own key, is either refused with a BundleError and the store's dump byte-identical, or
imported without touching anything outside what it may touch. Never a traceback, never data lost.

Example counts are modest for the suite's time; raise BOARDDESK_FUZZ_EXAMPLES for a long run, and
name a file in BOARDDESK_FUZZ_TALLY to get the counts (trials, refused, imported) written there.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import CASE, MEETING, attach_case_paper, dump, forge
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boarddesk.demo.boards import load_demo
from boarddesk.services.documents.annotations import add_note
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.services.transfer.container import BundleError
from boarddesk.services.transfer.notes_file import export_notes, import_notes
from boarddesk.store import Store

EXAMPLES = int(os.environ.get("BOARDDESK_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure is reproducible, the suite is stable
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Values a forger tries: wrong types, ids of other records, out-of-range numbers, bad text.
HOSTILE_VALUES = [
    None, "", "garbage", 0, -1, 10**9, 2**70, 1.5, True, [], {}, [1, 2], {"id": "x"},
    "pds-m-2021-6", "pds-case-2021-38", "hn", "hn-m-2023-12-20", "pds", "2021-13-45", "\ud800", "x" * 5000,
]  # fmt: skip


class World(dict):
    """The stores and files every example starts from (a dict; shown short in a failure report)."""

    def __init__(self, **items: Any) -> None:
        super().__init__(items)

    def __repr__(self) -> str:
        return f"World(tally={self['tally']})"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[World]:
    """The secretary's store and a member's copy holding 6/2021 and 7/2021, with the files between them."""
    root = tmp_path_factory.mktemp("fuzz")
    secretary, member = root / "secretary.sqlite", root / "member.sqlite"
    with Store.open(secretary) as store:
        load_demo(store)
        attach_case_paper(store)
        bundles = {m: export_bundle(store, m, root / f"{m}.bdpack").path for m in ("pds-m-2021-6", MEETING)}
        key = bundle_signing.signing_key(store)
    with Store.open(member) as store:
        for path in bundles.values():
            import_bundle(store, path)
        add_note(store, author="Kari Medlem", target_kind="case", target_id=CASE, text="PRIVAT: bare for meg")
        add_note(store, author="Kari Medlem", target_kind="case", target_id=CASE, text="Delt", shared=True)
        add_note(store, author="Kari Medlem", target_kind="meeting", target_id=MEETING, text="Også delt", shared=True)
        notes = export_notes(store, MEETING, root / "kari.bdnotes", author="Kari Medlem").path
    with Store.open(secretary) as store:
        add_note(store, author="Sekretæren", target_kind="case", target_id=CASE, text="PRIVAT: sekretærens")
        add_note(store, author="Ola Medlem", target_kind="meeting", target_id=MEETING, text="Olas delte", shared=True)
    for path in (secretary, member):
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    world = World(
        secretary=secretary,
        member=member,
        bundle=bundles[MEETING].read_bytes(),
        notes=notes.read_bytes(),
        key=key,
        tally={"trials": 0, "refused": 0, "imported": 0},
    )
    yield world
    if os.environ.get("BOARDDESK_FUZZ_TALLY"):  # the counts, for a report: trials, refused, imported
        Path(os.environ["BOARDDESK_FUZZ_TALLY"]).write_text(json.dumps(world["tally"]), encoding="utf-8")


def _paths(node: Any, at: tuple = ()) -> list[tuple]:
    """Every place in a JSON tree, as keys and indexes from its root."""
    found = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*at, index))
    return found


def _mutate(board: dict, draw, count: int) -> None:
    """`count` mutations of the board: a value replaced, taken out, an item doubled, or an id copied."""
    for _ in range(count):
        paths = [p for p in _paths(board) if p]
        where = draw(st.sampled_from(paths))
        parent = board
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        action = draw(st.sampled_from(["replace", "remove", "double", "copy"]))
        if action == "replace":
            parent[last] = draw(st.sampled_from(HOSTILE_VALUES))
        elif action == "remove":
            del parent[last]
        elif action == "double" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[last])))
        else:
            source = board
            for step in draw(st.sampled_from(paths)):
                source = source[step]
            parent[last] = json.loads(json.dumps(source))


def _outside(path: Path, meeting: str, kinds: str) -> list[str]:
    """The store's dump without the records an import may change (`kinds`: bundle or notes)."""
    with sqlite3.connect(path) as conn:
        if kinds == "bundle":
            keep = conn.execute(
                "SELECT group_concat(id) FROM (SELECT id FROM meetings WHERE id != ? UNION "
                "SELECT id FROM cases WHERE meeting IS NOT ? )",
                (meeting, meeting),
            ).fetchone()[0]
            rows = [
                *conn.execute("SELECT * FROM annotations ORDER BY id"),
                *conn.execute("SELECT * FROM meetings WHERE id != ? ORDER BY id", (meeting,)),
                *conn.execute("SELECT * FROM cases WHERE meeting IS NOT ? ORDER BY id", (meeting,)),
                *conn.execute(
                    "SELECT d.* FROM decisions d JOIN cases c ON c.id = d.case_id WHERE c.meeting IS NOT ? ORDER BY 1",
                    (meeting,),
                ),
                *conn.execute("SELECT * FROM boards WHERE id != 'pds' ORDER BY id"),
                *conn.execute("SELECT * FROM minutes WHERE meeting_id != ? ORDER BY 1", (meeting,)),
                *conn.execute("SELECT * FROM attendance WHERE meeting_id != ? ORDER BY 1, 2", (meeting,)),
            ]
            return [keep, *map(repr, rows)]
        private_or_others = conn.execute(
            "SELECT * FROM annotations WHERE NOT shared OR author != 'Kari Medlem' ORDER BY id"
        ).fetchall()
    lines = [line for line in dump(path) if '"annotations"' not in line and "search_" not in line]
    return [*lines, *map(repr, private_or_others)]


def _try(world: dict, store_key: str, data: bytes, suffix: str, importer, kinds: str) -> None:
    tally = world["tally"]
    tally["trials"] += 1
    with tempfile.TemporaryDirectory() as scratch:
        store_path = Path(scratch) / "store.sqlite"
        shutil.copyfile(world[store_key], store_path)
        file = Path(scratch) / f"mutated{suffix}"
        file.write_bytes(data)
        before, outside = dump(store_path), _outside(store_path, MEETING, kinds)
        with Store.open(store_path) as store:
            try:
                importer(store, file)
            except BundleError:
                refused = True
            else:
                refused = False
        if refused:
            tally["refused"] += 1
            assert dump(store_path) == before, "a refused file changed the store"
        else:
            tally["imported"] += 1
            assert _outside(store_path, MEETING, kinds) == outside, "an imported file changed what it may not touch"
        with sqlite3.connect(store_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _manifest(draw, names: list[str], **fields: Any) -> dict[str, Any]:
    """The manifest's own fields, one of them now and then given a hostile value."""
    name = draw.draw(st.sampled_from([None, *names]))
    if name:  # the manifest is written as UTF-8: a lone surrogate cannot even be packed
        fields[name] = draw.draw(st.sampled_from([v for v in HOSTILE_VALUES if v != "\ud800"]))
    return fields


@FUZZ
@given(draw=st.data(), count=st.integers(0, 3), signed=st.booleans())
def test_a_mutated_bundle_is_refused_or_stays_in_its_meeting(world, draw, count, signed):
    def change(board: dict) -> None:
        _mutate(board, draw.draw, count)

    manifest = _manifest(draw, ["meeting", "board", "revision", "meeting_label"], revision=2)
    data = forge(world["bundle"], change, key=world["key"] if signed else None, **manifest)
    _try(world, "member", data, ".bdpack", import_bundle, "bundle")


@FUZZ
@given(draw=st.data(), count=st.integers(0, 3))
def test_a_mutated_notes_file_is_refused_or_touches_only_its_authors_shared_notes(world, draw, count):
    def change(board: dict) -> None:
        _mutate(board, draw.draw, count)

    manifest = _manifest(draw, ["meeting", "board", "author"])
    _try(world, "secretary", forge(world["notes"], change, **manifest), ".bdnotes", import_notes, "notes")
