"""The JSON import fuzzed (issue 9, item 9): a valid document is mutated (keys dropped, types
changed, huge and negative numbers, deep nesting, lone surrogates, duplicated ids, references to
nothing or to another board) and imported into a store that already holds a board. Either the
import is refused with InvalidDocument, found by the validator, and the store's dump is identical
to before; or it is accepted, and export → import → export gives the same document.

A modest number of examples runs with the suite; for a longer run:
    BOARDDESK_FUZZ_EXAMPLES=3000 .venv/bin/python -m pytest -q -s tests/test_exchange_fuzz.py
which prints the counts (trials, refused, accepted); BOARDDESK_FUZZ_BASE=demo mutates the demo's
programme board instead of the small sample."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from exchange_sample import dump, sample_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boarddesk.demo.boards import demo_files
from boarddesk.exchange.exporter import export_document
from boarddesk.exchange.importer import STORE_REFUSED, import_document, import_file
from boarddesk.exchange.validate import InvalidDocument, read_document
from boarddesk.store import Store

EXAMPLES = int(os.environ.get("BOARDDESK_FUZZ_EXAMPLES", "40"))


def deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


# Values that went wrong before, or that sit just past a limit.
TRICKY = [
    2**70, -(2**70), 2**63, -(2**63) - 1, 10**15 + 1, -1, 0, 10**5000,
    "\ud800", "Møte\udfff", "2021-W48-3", "2021-11-31", "20211124", "2023-13-31", "24:00",
    "2021-11-24T10:00:00", "{seq}{seq}/{yy}", "{seq}", "", " ", "garbage", "1,2,3", "0.1,0.2,2,0.1",
    "approved", "locked", "progress", "present", "b1-m1", "b1-p1", "b1-prog", "b2-mt7", "b2-m1", "b2-p1", "nowhere",
]  # fmt: skip

NASTY = st.one_of(
    st.sampled_from(TRICKY),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), max_size=4),  # surrogates among them
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=6), st.integers(), max_size=2),
    st.integers(1, 50_000).map(deep),
)


def places(doc: dict) -> list[tuple[Any, Any]]:
    """Every (container, key or index) of a document down to the schema's depth (a deeply nested
    value put there by an earlier mutation counts as one place)."""
    found: list[tuple[Any, Any]] = []
    todo: list[tuple[Any, int]] = [(doc, 0)]
    while todo:
        node, depth = todo.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            found.append((node, key))
            if depth < 12:
                todo.append((value, depth + 1))
    return found


def copied(value: Any) -> Any:
    try:
        return json.loads(json.dumps(value))
    except (RecursionError, ValueError):
        return value  # too deep (or NaN) to copy: the same object in two places does no harm here


def mutate(doc: dict, data: st.DataObject) -> None:
    spots = places(doc)
    container, key = spots[data.draw(st.integers(0, len(spots) - 1), label="place")]
    how = data.draw(st.sampled_from(["drop", "nasty", "copy", "duplicate", "unknown key"]), label="how")
    if how == "drop":
        del container[key]
    elif how == "nasty":
        container[key] = data.draw(NASTY, label="value")
    elif how == "copy":  # a value from elsewhere: duplicate ids, references to the wrong thing
        other_container, other_key = spots[data.draw(st.integers(0, len(spots) - 1), label="from")]
        container[key] = copied(other_container[other_key])
    elif how == "duplicate" and isinstance(container, list):
        container.append(copied(container[key]))
    elif isinstance(container[key], dict):
        container[key][data.draw(st.sampled_from(["colour", "id", "extra", "\ud800"]), label="key")] = 1


def as_json(doc: dict) -> str | None:
    try:
        return json.dumps(doc)  # lone surrogates travel as \ud800
    except (RecursionError, ValueError):
        return None


def base_document() -> dict:
    """The document every trial mutates: the sample with two boards (references may cross), or
    with BOARDDESK_FUZZ_BASE=demo the demo's programme board, 136 kB of real board papers."""
    if os.environ.get("BOARDDESK_FUZZ_BASE") == "demo":
        return read_document(demo_files()[0])
    doc = sample_document()
    doc["boards"].append(sample_document("b3")["boards"][0])
    return doc


def fresh(template: Path, folder: Path, name: str) -> Store:
    target = folder / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return Store.open(target)


def test_a_mutated_document_is_refused_cleanly_or_round_trips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    template = folder / "template.sqlite"
    with Store.open(template) as store:
        import_document(store, sample_document("b2"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts: Counter[str] = Counter()
    base = json.dumps(base_document())

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def trial(data: st.DataObject) -> None:
        doc = json.loads(base)
        for _ in range(data.draw(st.integers(1, 3), label="mutations")):
            mutate(doc, data)
        text = as_json(doc) if data.draw(st.booleans(), label="via file") else None
        counts["trials"] += 1
        with fresh(template, folder, "target") as store:
            before = dump(store)
            try:
                if text is not None:
                    path = folder / "import.json"
                    path.write_text(text, encoding="utf-8")
                    import_file(store, path)
                else:
                    import_document(store, doc)
            except InvalidDocument as refusal:
                assert STORE_REFUSED not in str(refusal), f"the validator missed it: {refusal}"
                assert dump(store) == before, "a refused import changed the store"
                counts["refused"] += 1
                return
            ids = [board["id"] for board in doc["boards"]]
            first = export_document(store, board_ids=ids, include_private_notes=True)
        with fresh(template, folder, "again") as again:
            import_document(again, json.loads(json.dumps(first)))
            assert export_document(again, board_ids=ids, include_private_notes=True) == first
        counts["accepted"] += 1

    trial()
    print(f"\nJSON import fuzz: {dict(counts)}")
    assert counts["trials"] == counts["refused"] + counts["accepted"]
    assert counts["refused"] and counts["accepted"], "the mutations should reach both outcomes"
