"""Every bad JSON import is refused with a message naming the place, never a traceback, and the
store is left exactly as it was (issue 9, item 7). One test per case found by mutating imports."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_sample import dump, sample_document

from boarddesk.cli import main
from boarddesk.exchange import importer
from boarddesk.exchange.exporter import export_document
from boarddesk.exchange.importer import STORE_REFUSED, import_document, import_file
from boarddesk.exchange.upsert import ENTITIES
from boarddesk.exchange.validate import InvalidDocument, read_document, validate_document
from boarddesk.store import Store


@pytest.fixture
def held(tmp_path: Path):
    """A store that already holds a board (b2), so that a refusal has something to leave alone."""
    with Store.open(tmp_path / "held.sqlite") as store:
        import_document(store, sample_document("b2"))
        yield store


def refused(store: Store, doc: Any) -> list[str]:
    """The problems of a refused import, after checking that the store is unchanged."""
    before = dump(store)
    with pytest.raises(InvalidDocument) as caught:
        import_document(store, doc)
    assert dump(store) == before
    messages = [str(problem) for problem in caught.value.problems]
    assert not any(STORE_REFUSED in m for m in messages), "the validator, not the store, must find it"
    return messages


def board(doc: dict) -> dict:
    return doc["boards"][0]


def project(doc: dict) -> dict:
    return board(doc)["projects"][1]


def report(doc: dict) -> dict:
    return project(doc)["status_reports"][0]


def meeting(doc: dict) -> dict:
    return board(doc)["meetings"][0]


def test_every_column_the_store_needs_is_required_by_the_schema(store):
    """A NOT NULL column without a default whose field may be left out would reach the user as an
    IntegrityError: the schema and the store must agree."""
    for table, entity in ENTITIES.items():
        columns = {row[1]: row for row in store.conn.execute(f'PRAGMA table_info("{table}")')}
        for spec in entity.fields:
            _cid, _name, _type, not_null, default, _pk = columns[spec.col]
            assert spec.required or not not_null or default is not None, f"{table}.{spec.col}"


def test_the_sample_is_valid_and_round_trips(held, tmp_path):
    import_document(held, sample_document())
    first = export_document(held, board_ids=["b1"], include_private_notes=True)
    with Store.open(tmp_path / "copy.sqlite") as copy:
        import_document(copy, json.loads(json.dumps(first)))
        assert export_document(copy, include_private_notes=True) == first


def deep(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


# The twelve that raised tracebacks, and the ten accepted wrongly: (what to change, where, what is said).
CASES: list[tuple[str, Callable[[dict], Any], str, str]] = [
    ("deep nesting", lambda d: project(d).update(name=deep(100_000)), "boards[0].projects[1].name", "not a string"),
    ("2^70 kroner", lambda d: project(d).update(approved_frame_nok=2**70), "approved_frame_nok", "beyond any amount"),
    ("lone surrogate", lambda d: project(d).update(name="Kjerne\ud800journal"), "projects[1].name", "lone surrogate"),
    (
        "surrogate id (found by the fuzzer)",
        lambda d: board(d)["members"][0].update(id="\ud800"),
        "members[0].id",
        "not an id",
    ),
    (
        "null in a list of ids (found by the fuzzer)",
        lambda d: board(d)["cases"][0]["decision"]["disqualified"].append(None),
        "cases[0].decision.disqualified[1].member",
        "is required",
    ),
    (
        "note on a surrogate (found by the fuzzer)",
        lambda d: board(d)["annotations"][0].update(target_id="\ud800"),
        "annotations[0].target_id",
        "is not an id",
    ),
    ("areas: 5", lambda d: board(d).update(areas=5), "boards[0].areas", "is not a list"),
    ("area: []", lambda d: report(d)["areas"][0].update(area=[]), "status_reports[0].areas[0].area", "is not an id"),
    ("area key: [] (found by the fuzzer)", lambda d: board(d)["areas"][0].update(key=[]), "areas[0].key", "not an id"),
    (
        "milestone: {}",
        lambda d: report(d)["milestones"][0].update(milestone={}),
        "status_reports[0].milestones[0].milestone",
        "is not an id",
    ),
    (
        "duplicate area key",
        lambda d: board(d)["areas"].append({"key": "progress", "name": "Framdrift"}),
        "boards[0].areas[2].key",
        "area 'progress' is defined twice (also at boards[0].areas[0].key)",
    ),
    (
        "duplicate area rating",
        lambda d: report(d)["areas"].append({"area": "economy", "rag": "green"}),
        "status_reports[0].areas[2].area",
        "rates area 'economy' twice",
    ),
    (
        "member twice in attendance",
        lambda d: meeting(d)["attendance"].append({"member": "b1-m1", "status": "absent"}),
        "meetings[0].attendance[3].member",
        "member 'b1-m1' is listed twice",
    ),
    (
        "two meetings 7/2021",
        lambda d: board(d)["meetings"][0].update(number=7),
        "boards[0].meetings[1].number",
        "meeting 7/2021 is numbered twice",
    ),
    (
        "approved minutes without a hash",
        lambda d: meeting(d)["minutes"].pop("sha256"),
        "meetings[0].minutes.sha256",
        "approved or locked minutes need the hash",
    ),
    (
        "one signer twice",
        lambda d: meeting(d)["minutes_signers"].append({"member": "b1-m1"}),
        "meetings[0].minutes_signers[2].member",
        "signs the minutes twice",
    ),
    (
        "ISO week date",
        lambda d: project(d)["milestones"][0].update(planned="2021-W48-3"),
        "milestones[0].planned",
        "'2021-W48-3' is not a date",
    ),
    (
        "case on another board's meeting",
        lambda d: board(d)["cases"][1].update(meeting="b2-mt7"),
        "boards[0].cases[1].meeting",
        "'b2-mt7' is a meeting of board 'b2' in this store, not of this board",
    ),
    (
        "parent cycle",
        lambda d: board(d)["projects"][0].update(parent="b1-p1"),
        "boards[0].projects",
        "the parents make a loop",
    ),
    (
        "project its own parent",
        lambda d: project(d).update(parent="b1-p1"),
        "boards[0].projects[1].parent",
        "'b1-p1' cannot be its own parent",
    ),
    (
        "member their own deputy",
        lambda d: board(d)["members"][2].update(deputy_for="b1-m3"),
        "boards[0].members[2].deputy_for",
        "cannot be their own deputy",
    ),
    (
        "note on a case that does not exist",
        lambda d: board(d)["annotations"][0].update(target_id="b1-c99"),
        "boards[0].annotations[0].target_id",
        "'b1-c99' names no case",
    ),
    (
        "note on a meeting of another board",
        lambda d: board(d)["annotations"][0].update(target_kind="meeting", target_id="b2-mt6"),
        "boards[0].annotations[0].target_id",
        "of board 'b2' in this store",
    ),
    (
        "case-number format {seq}{seq}/{yy}",
        lambda d: board(d).update(case_number_format="{seq}{seq}/{yy}"),
        "boards[0].case_number_format",
        "has {seq} more than once",
    ),
    (
        "negative approved amount",
        lambda d: project(d)["budget_lines"][0].update(approved_nok=-1),
        "budget_lines[0].approved_nok",
        "-1 is below zero; this amount cannot be negative",
    ),
    (
        "negative approved frame",
        lambda d: project(d).update(approved_frame_nok=-146000000),
        "projects[1].approved_frame_nok",
        "cannot be negative",
    ),
    (
        "negative funding",
        lambda d: project(d)["funding"][0].update(amount_nok=-5),
        "funding[0].amount_nok",
        "cannot be negative",
    ),
]


@pytest.mark.parametrize(("change", "place", "said"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_document_is_refused_naming_the_place_and_the_store_is_unchanged(held, change, place, said):
    doc = sample_document()
    change(doc)
    messages = refused(held, doc)
    assert any(place in m and said in m for m in messages), messages


def test_more_loops_and_crossings_are_refused(held):
    doc = sample_document()
    doc["boards"].append(sample_document("b3")["boards"][0])
    doc["boards"][1]["cases"][0]["meeting"] = "b1-mt6"  # a meeting of the other board in the same file
    doc["boards"][1]["projects"][0]["parent"] = "b3-p1"  # programme below its own project
    messages = refused(held, doc)
    assert "boards[1].cases[0].meeting: 'b1-mt6' is a meeting of another board ('b1'), not of this one" in messages
    assert any(m.startswith("boards[1].projects[") and "loop of 2 projects ('b3-p" in m for m in messages)


def test_signers_without_minutes_and_a_guest_twice_are_refused(held):
    doc = sample_document()
    meeting(doc).pop("minutes")
    meeting(doc)["attendance"].append({"guest": "Gjest Gjestesen", "status": "absent"})
    messages = refused(held, doc)
    assert any("meetings[0].minutes_signers: belongs to the meeting's minutes" in m for m in messages)
    assert any("attendance[3].guest: guest 'Gjest Gjestesen' is listed twice" in m for m in messages)


def test_changes_and_net_values_may_be_negative_and_a_dependency_may_cross_boards(held):
    doc = sample_document()
    project(doc)["dependencies"][0]["on_project"] = "b2-p1"  # another board's project, in the store
    import_document(held, doc)
    assert held.scalar("SELECT amount_nok FROM operating_cost_changes WHERE project_id = 'b1-p1'") == -1200000
    assert held.scalar("SELECT net_value_nok FROM benefits WHERE project_id = 'b1-p1'") == -13000000


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("created", "2021-W48-3T10:00+01:00", "not a timestamp"),
        ("created", "2021-11-24T10:00:00", "not a timestamp"),
        ("region", "garbage", "not a region"),
        ("region", "0.1,0.2,0.5,nan", "not a region"),
        ("target_id", None, "target_kind and target_id go together"),
    ],
)
def test_note_fields_the_app_later_reads_are_checked(held, field, value, said):
    doc = sample_document()
    board(doc)["annotations"][1][field] = value
    assert any(said in m for m in refused(held, doc))


# Reading the file itself.


def write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "import.json"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("Møte 7/2021".encode("latin-1"), "is not UTF-8 text (byte 1"),
        (b'{"format": "boarddesk-exchange",\n "boards": [\n', "is not valid JSON: Expecting value at line 3"),
        (b"[" * 100_000 + b"]" * 100_000, "nests lists or objects too deeply"),
        (b'{"format": "boarddesk-exchange", "schema_version": ' + b"9" * 5000 + b"}", "is not a BoardDesk export"),
        (b"[1, 2, 3]", "the document is not a JSON object"),
        (b"42", "the document is not a JSON object"),
        (b"", "is not valid JSON"),
    ],
    ids=["latin-1", "truncated", "deep", "5000 digits", "list", "number", "empty"],
)
def test_a_file_that_is_not_an_export_is_refused_by_name(held, tmp_path, content, said):
    path = write(tmp_path, content)
    before = dump(held)
    with pytest.raises(InvalidDocument) as caught:
        import_file(held, path)
    assert said in str(caught.value)
    assert dump(held) == before


def test_a_huge_file_is_refused_before_it_is_read(held, tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:  # sparse: 2 GiB on paper, nothing on disk
        handle.truncate(2 << 30)
    before = dump(held)
    with pytest.raises(InvalidDocument, match=r"huge.json: is larger than 1024 MiB"):
        import_file(held, path)
    assert dump(held) == before


def test_what_is_not_a_regular_file_is_refused(tmp_path):
    with pytest.raises(InvalidDocument, match="is a folder, not a file"):
        read_document(tmp_path)
    with pytest.raises(InvalidDocument, match="missing.json: cannot be read: No such file or directory"):
        read_document(tmp_path / "missing.json")
    os.mkfifo(tmp_path / "pipe.json")  # opening it would wait for a writer for ever
    with pytest.raises(InvalidDocument, match="is not a regular file"):
        read_document(tmp_path / "pipe.json")
    if os.path.exists("/dev/zero"):  # would never end if read whole
        with pytest.raises(InvalidDocument, match="is not a regular file"):
            read_document("/dev/zero")


def test_a_byte_order_mark_is_harmless(held, tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps(sample_document()).encode())
    assert import_file(held, path)["board"] == 1


def test_the_store_refusing_what_the_validator_missed_is_a_refusal_too(held, monkeypatch):
    """Forged gap: with the validator switched off, the store's own constraint stops a duplicate
    area, the transaction is rolled back, and the user gets a refusal rather than a traceback."""
    monkeypatch.setattr(importer, "validate_document", lambda doc, lookup: [])
    doc = sample_document()
    board(doc)["areas"].append({"key": "progress", "name": "Framdrift"})
    before = dump(held)
    with pytest.raises(InvalidDocument, match="the store refused the document, nothing was imported"):
        import_document(held, doc)
    assert dump(held) == before


def test_the_command_says_what_is_wrong_without_a_traceback(held, tmp_path, capsys):
    doc = sample_document()
    project(doc)["budget_lines"][0]["approved_nok"] = 2**70
    path = write(tmp_path, json.dumps(doc).encode())
    held.close()
    assert main(["import", "json", str(path), "--db", str(held.path)]) == 2
    err = capsys.readouterr().err
    assert "was not imported; the store is unchanged" in err
    assert "boards[0].projects[1].budget_lines[0].approved_nok: 1180591620717411303424 is beyond any" in err
    assert "Traceback" not in err


def test_a_notes_file_may_note_what_the_store_holds_and_the_validator_is_told_so(held):
    """A notes file names things of its board in the store and updates notes already there."""
    notes = {"format": "boarddesk-exchange", "schema_version": 2, "boards": [board(sample_document("b2"))]}
    notes["boards"][0] = {k: notes["boards"][0][k] for k in ("id", "name", "case_number_format", "annotations")}
    assert validate_document(notes, importer.exists_in(held), update=True) == []
    assert any("already in this store" in str(p) for p in validate_document(notes, importer.exists_in(held)))


def test_a_refused_file_leaves_no_new_store_behind(tmp_path, capsys):
    for content in (b"not json", json.dumps({**sample_document(), "schema_version": "2"}).encode()):
        path = write(tmp_path, content)
        assert main(["import", "json", str(path), "--db", str(tmp_path / "new.sqlite")]) == 2
        assert "was not imported" in capsys.readouterr().err
        assert list(tmp_path.glob("new.sqlite*")) == []
