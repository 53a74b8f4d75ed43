"""JSON exchange: identical round trips, and bad documents refused whole with a named place."""

import base64
import copy
import hashlib
import json

import pytest

from boarddesk.exchange.exporter import dumps, export_document
from boarddesk.exchange.importer import import_document, import_file
from boarddesk.exchange.validate import InvalidDocument
from boarddesk.store import Store


def row_counts(store: Store) -> dict[str, int]:
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: store.scalar(f'SELECT count(*) FROM "{t}"') for t in tables if not t.startswith("search_fts")}


def test_export_import_export_is_identical(demo_store, tmp_path):
    first = export_document(demo_store, include_private_notes=True)
    with Store.open(tmp_path / "copy.sqlite") as empty:
        import_document(empty, json.loads(json.dumps(first)))
        second = export_document(empty, include_private_notes=True)
    assert dumps(first) == dumps(second)
    assert len(first["boards"]) >= 2


def test_export_of_one_board_imports_alone(demo_store, tmp_path):
    doc = export_document(demo_store, board_ids=["pds"])
    assert [b["id"] for b in doc["boards"]] == ["pds"]
    with Store.open(tmp_path / "one.sqlite") as empty:
        added = import_document(empty, doc)
    assert added["case"] == len(doc["boards"][0]["cases"])


def minimal_doc() -> dict:
    return {
        "format": "boarddesk-exchange",
        "schema_version": 1,
        "boards": [
            {
                "id": "b1",
                "name": "Prosjektstyret",
                "case_number_format": "{seq}/{yy}",
                "projects": [
                    {"id": f"p{i}", "name": f"Prosjekt {i}", "milestones": [{"id": f"p{i}-m1", "name": "Go-live"}]}
                    for i in range(4)
                ],
            }
        ],
    }


def refuse(store: Store, doc: dict) -> str:
    before = row_counts(store)
    with pytest.raises(InvalidDocument) as caught:
        import_document(store, doc)
    assert row_counts(store) == before
    return str(caught.value.problems[0])


def test_bad_date_is_named_by_its_place_and_nothing_is_written(store):
    doc = minimal_doc()
    doc["boards"][0]["projects"][3]["milestones"][0]["planned"] = "2023-13-31"
    message = refuse(store, doc)
    assert message.startswith("boards[0].projects[3].milestones[0].planned: '2023-13-31' is not a date")
    assert "ISO 8601" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["boards"][0]["projects"][1].update(colour="red"), "boards[0].projects[1].colour: is not a field"),
        (lambda d: d["boards"][0]["projects"][2].pop("name"), "boards[0].projects[2].name: is required"),
        (lambda d: d["boards"][0]["projects"][0].update(parent="nowhere"), "'nowhere' names no project"),
        (lambda d: d["boards"][0]["projects"][1].update(id="p0"), "'p0' is used twice"),
        (lambda d: d.update(schema_version=7), "schema_version: 7 is newer"),
        (lambda d: d.update(format="something-else"), "not a BoardDesk export"),
        (lambda d: d["boards"][0].update(case_number_format="{seq}"), "has no {yy} or {yyyy}"),
    ],
)
def test_malformed_documents_are_refused_whole(store, change, expected):
    doc = minimal_doc()
    change(doc)
    assert expected in refuse(store, doc)


def test_attachment_whose_hash_does_not_match_is_refused(store):
    doc = minimal_doc()
    content = b"%PDF-1.4 saksdokument"
    doc["boards"][0]["attachments"] = [
        {
            "id": "a1",
            "filename": "sak.pdf",
            "sha256": hashlib.sha256(b"another file").hexdigest(),
            "content_base64": base64.b64encode(content).decode(),
        }
    ]
    assert "does not match the content" in refuse(store, doc)


def test_importing_the_same_board_twice_is_refused(store):
    import_document(store, minimal_doc())
    assert "already in this store" in refuse(store, minimal_doc())


def test_duplicate_case_number_needs_the_legacy_mark(store):
    doc = minimal_doc()
    doc["boards"][0]["cases"] = [
        {"id": "c1", "title": "Godkjenning", "year": 2021, "seq": 22},
        {"id": "c2", "title": "Eventuelt", "year": 2021, "seq": 22},
    ]
    assert "is used twice" in refuse(store, copy.deepcopy(doc))
    doc["boards"][0]["cases"][1]["legacy_duplicate"] = True
    import_document(store, doc)
    assert store.scalar("SELECT count(*) FROM cases WHERE seq = 22") == 2


def test_json_syntax_error_names_line_and_column(store, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "boarddesk-exchange",\n "boards": [\n', encoding="utf-8")
    with pytest.raises(InvalidDocument, match=r"not valid JSON: .* line 3"):
        import_file(store, path)


def test_private_notes_stay_out_of_exports_unless_asked(store):
    doc = minimal_doc()
    doc["boards"][0]["annotations"] = [
        {"id": "n1", "author": "Kari", "text": "Min private tanke om budsjettet", "shared": False},
        {"id": "n2", "author": "Kari", "text": "Spørsmål til møtet om fremdrift", "shared": True},
    ]
    import_document(store, doc)
    shared_only = json.dumps(export_document(store), ensure_ascii=False)
    assert "Min private tanke" not in shared_only and "Spørsmål til møtet" in shared_only
    everything = json.dumps(export_document(store, include_private_notes=True), ensure_ascii=False)
    assert "Min private tanke" in everything


def test_a_board_already_in_the_store_is_said_once_and_other_problems_still_show(store):
    import_document(store, minimal_doc())
    doc = minimal_doc()
    doc["boards"][0]["projects"][2]["milestones"][0]["planned"] = "2023-13-31"
    with pytest.raises(InvalidDocument) as caught:
        import_document(store, doc)
    messages = [str(p) for p in caught.value.problems]
    assert messages[0].startswith("boards[0].id: 'b1' is already in this store")
    assert any("'2023-13-31' is not a date" in m for m in messages)
    assert len(messages) == 2


def test_a_long_list_of_problems_says_how_many_more_there_are(store):
    doc = minimal_doc()
    doc["boards"][0]["projects"] = [{"id": f"p{i}", "name": "x", "end_date": "31.12.2023"} for i in range(80)]
    with pytest.raises(InvalidDocument) as caught:
        import_document(store, doc)
    assert str(caught.value.problems[-1]) == "… and 30 more problems"
