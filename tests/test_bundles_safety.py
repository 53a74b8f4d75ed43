"""Hostile and damaged bundles are refused with a message naming the problem, before the store
changes at all; a password seals a bundle against reading and altering."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable

import pytest
from helpers import MEETING, attach_case_paper, dump

from boarddesk.cli import main
from boarddesk.services.transfer import container as bundle_container
from boarddesk.services.transfer.bundles import export_bundle, import_bundle
from boarddesk.services.transfer.container import BundleError
from boarddesk.store import Store


@pytest.fixture
def bundle_bytes(demo_store, tmp_path) -> bytes:
    attach_case_paper(demo_store)
    return export_bundle(demo_store, MEETING, tmp_path / "good.bdpack").path.read_bytes()


@pytest.fixture
def member_path(tmp_path, bundle_bytes):
    """A member's store that already holds revision 1, so refusals have something to spoil."""
    path = tmp_path / "member.sqlite"
    good = tmp_path / "r1.bdpack"
    good.write_bytes(bundle_bytes)
    with Store.open(path) as store:
        import_bundle(store, good)
    return path


def rebuild(data: bytes, change: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]) -> bytes:
    """The bundle's entries, changed by hand, zipped again (as an attacker without the secretary's
    key would: without the signature, which no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(name, archive.read(name)) for name in archive.namelist() if name != "signature.json"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in change(entries):
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def with_manifest(entries, **fields):
    manifest = json.loads(entries[0][1]) | fields
    return [("manifest.json", json.dumps(manifest).encode())] + entries[1:]


def flip_byte(data: bytes) -> bytes:
    """One bit flipped in the middle of the data part's compressed bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("data.json")
    where = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    return data[:where] + bytes([data[where] ^ 0x01]) + data[where + 1 :]


def zip_bomb(data: bytes) -> bytes:
    def add_bomb(entries):
        bomb = b"\0" * (80 << 20)  # 80 MB of zeros pack into about 80 kB: more than any document
        manifest = json.loads(entries[0][1])
        manifest["parts"]["files/bomb"] = {"sha256": "0" * 64, "size": len(bomb)}
        return [("manifest.json", json.dumps(manifest).encode()), *entries[1:], ("files/bomb", bomb)]

    return rebuild(data, add_bomb)


def _replace_data(entries, data: bytes):
    """A new data part, with the manifest's hash and size made to match (so only the content is hostile)."""
    manifest = json.loads(entries[0][1])
    manifest["parts"]["data.json"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    return [("manifest.json", json.dumps(manifest).encode())] + [
        (n, data if n == "data.json" else c) for n, c in entries[1:]
    ]


HOSTILE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "path traversal": (lambda d: rebuild(d, lambda e: [*e, ("../../evil.txt", b"x")]), "leaves the bundle"),
    "absolute path": (lambda d: rebuild(d, lambda e: [*e, ("/etc/evil", b"x")]), "leaves the bundle"),
    "windows path": (lambda d: rebuild(d, lambda e: [*e, ("..\\evil", b"x")]), "leaves the bundle"),
    "zip bomb": (zip_bomb, "zip bomb"),
    "flipped byte": (flip_byte, "damaged"),
    "wrong version": (lambda d: rebuild(d, lambda e: with_manifest(e, version=99)), "newer than this BoardDesk"),
    "unknown version": (lambda d: rebuild(d, lambda e: with_manifest(e, version="1.0")), "not a known version"),
    "truncated": (lambda d: d[: len(d) * 2 // 3], "truncated"),
    "empty": (lambda d: b"", "truncated"),
    "duplicate entry": (lambda d: rebuild(d, lambda e: [*e, e[1]]), "twice"),
    "part not in manifest": (lambda d: rebuild(d, lambda e: [*e, ("files/extra", b"x")]), "not in its manifest"),
    "altered data": (
        lambda d: rebuild(
            d, lambda e: [(n, c.replace(b"Eventuelt", b"Evilwhat") if n == "data.json" else c) for n, c in e]
        ),
        "does not match its SHA-256",
    ),
    "deeply nested data": (lambda d: rebuild(d, lambda e: _replace_data(e, b"[" * 100000 + b"]" * 100000)), "nested"),
    "invalid data": (
        lambda d: rebuild(
            d,
            lambda e: _replace_data(
                e, json.dumps({"format": "boarddesk-exchange", "schema_version": 2, "boards": [{"id": "pds"}]}).encode()
            ),
        ),
        "holds no attachments|does not hold the meeting|is required",
    ),
    "missing part": (lambda d: rebuild(d, lambda e: [x for x in e if not x[0].startswith("files/")]), "missing"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_bundle_is_refused_and_the_store_is_unchanged(name, bundle_bytes, member_path, tmp_path):
    make, message = HOSTILE[name]
    hostile = tmp_path / "hostile.bdpack"
    hostile.write_bytes(make(bundle_bytes))
    before = dump(member_path)
    with Store.open(member_path) as store, pytest.raises(BundleError, match=message):
        import_bundle(store, hostile)
    assert dump(member_path) == before
    assert not (tmp_path / "evil.txt").exists()


def test_a_bundle_larger_than_the_limits_is_refused(bundle_bytes, member_path, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_container, "LIMITS", bundle_container.Limits(max_total_bytes=2000))
    big = tmp_path / "big.bdpack"
    big.write_bytes(bundle_bytes)
    before = dump(member_path)
    with Store.open(member_path) as store, pytest.raises(BundleError, match="more than 2000 bytes"):
        import_bundle(store, big)
    assert dump(member_path) == before


def test_the_command_line_says_what_is_wrong_without_a_traceback(bundle_bytes, member_path, tmp_path, capsys):
    hostile = tmp_path / "hostile.bdpack"
    hostile.write_bytes(rebuild(bundle_bytes, lambda e: [*e, ("../evil", b"x")]))
    assert main(["import", "bundle", str(hostile), "--db", str(member_path)]) == 2
    error = capsys.readouterr().err
    assert "not imported; the store is unchanged" in error and "leaves the bundle" in error
    assert "Traceback" not in error


def test_a_password_seals_the_bundle(demo_store, tmp_path, capsys):
    attach_case_paper(demo_store)
    (tmp_path / "pw").write_text("korrekt hest batteri stift\n", encoding="utf-8")
    (tmp_path / "wrong").write_text("feil\n", encoding="utf-8")
    sealed, member = tmp_path / "m7.bdpack", tmp_path / "member.sqlite"
    db = ["--db", str(demo_store.path)]
    assert (
        main(
            [
                "export",
                "bundle",
                *db,
                "--board",
                "pds",
                "--meeting",
                "7/2021",
                "--out",
                str(sealed),
                "--password-file",
                str(tmp_path / "pw"),
            ]
        )
        == 0
    )
    raw = sealed.read_bytes()
    assert b"Eventuelt" not in raw and not zipfile.is_zipfile(sealed)

    assert main(["import", "bundle", str(sealed), "--db", str(member)]) == 2
    assert "protected by a password" in capsys.readouterr().err
    assert main(["import", "bundle", str(sealed), "--db", str(member), "--password-file", str(tmp_path / "wrong")]) == 2
    assert "wrong password" in capsys.readouterr().err
    flipped = tmp_path / "flipped.bdpack"
    flipped.write_bytes(raw[:-40] + bytes([raw[-40] ^ 1]) + raw[-39:])
    assert main(["import", "bundle", str(flipped), "--db", str(member), "--password-file", str(tmp_path / "pw")]) == 2
    assert "altered" in capsys.readouterr().err

    assert main(["import", "bundle", str(sealed), "--db", str(member), "--password-file", str(tmp_path / "pw")]) == 0
    assert "revision 1 imported" in capsys.readouterr().out
    with Store.open(member) as store:
        assert store.scalar("SELECT count(*) FROM cases") == 7
