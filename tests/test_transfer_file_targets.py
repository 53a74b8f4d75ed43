"""Every caller of the bundle, notes and print services gets the CLI's file rules: never the store's
own files (reading them outside SQLite drops the locks that keep its WAL alive; writing them
overwrites the record), never a folder, device or pipe; refused with a message naming the file, the
store unchanged."""

from __future__ import annotations

import os
import stat

import pytest
from helpers import MEETING, dump

from boarddesk.reports.documents import build_document
from boarddesk.reports.pack import build_pack
from boarddesk.services.documents.annotations import add_note
from boarddesk.services.transfer.bundles import export_bundle, import_bundle, key_change
from boarddesk.services.transfer.container import BundleError, sealed_file
from boarddesk.services.transfer.notes_file import export_notes, import_notes
from boarddesk.store.whole_files import FileRefused


@pytest.fixture
def own_files(demo_store):
    """The store's database, and its -wal, which an open store in WAL mode holds."""
    wal = demo_store.path.with_name(demo_store.path.name + "-wal")
    assert wal.exists()
    return [demo_store.path, wal]


def wal_is_alive(store) -> bool:
    """The WAL this process writes into is still the file under its name (not deleted behind it)."""
    store.conn.execute("CREATE TABLE IF NOT EXISTS probe (x)")
    store.conn.commit()
    wal = store.path.with_name(store.path.name + "-wal")
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            held.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the descriptor listdir itself used, closed by now
            pass
    return wal.exists() and not any(target.endswith("-wal (deleted)") for target in held)


@pytest.mark.parametrize("which", [0, 1], ids=["database", "wal"])
def test_imports_refuse_the_stores_own_files(demo_store, own_files, which):
    own = own_files[which]
    before = dump(demo_store.path)
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        import_bundle(demo_store, own)
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        import_notes(demo_store, own)
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        sealed_file(demo_store, own)
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        key_change(demo_store, own)
    assert dump(demo_store.path) == before
    assert wal_is_alive(demo_store)


@pytest.mark.parametrize("which", [0, 1], ids=["database", "wal"])
def test_exports_and_prints_never_write_over_the_stores_own_files(demo_store, own_files, which):
    own = own_files[which]
    add_note(demo_store, author="Kari", target_kind="meeting", target_id=MEETING, text="Delt", shared=True)
    size = own.stat().st_size
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        export_bundle(demo_store, MEETING, own)
    with pytest.raises(BundleError, match="is the BoardDesk database itself"):
        export_notes(demo_store, MEETING, own)
    with pytest.raises(FileRefused, match="is the BoardDesk database itself"):
        build_pack(demo_store, MEETING, own)
    with pytest.raises(FileRefused, match="is the BoardDesk database itself"):
        build_document(demo_store, "agenda", MEETING, own)
    assert own.stat().st_size >= size and demo_store.scalar("SELECT count(*) FROM meetings") > 0
    assert wal_is_alive(demo_store)


def test_a_pipe_or_a_folder_is_refused_as_a_file_to_import(demo_store, tmp_path):
    pipe = tmp_path / "pipe.bdpack"
    os.mkfifo(pipe)  # reading it would wait for a writer for ever
    for path, message in ((pipe, "not a regular file"), (tmp_path, "is a folder")):
        with pytest.raises(BundleError, match=message):
            import_bundle(demo_store, path)
        with pytest.raises(BundleError, match=message):
            import_notes(demo_store, path)
        with pytest.raises(BundleError, match=message):
            sealed_file(demo_store, path)


def test_a_folder_device_or_missing_folder_is_refused_as_a_target(demo_store, tmp_path):
    targets = [(tmp_path, "is a folder"), (tmp_path / "missing" / "x.pdf", "does not exist")]
    if os.path.exists("/dev/full"):
        targets.append((tmp_path / "null", "not a regular file"))
        os.mkfifo(tmp_path / "null")
    for target, message in targets:
        with pytest.raises(BundleError, match=message):
            export_bundle(demo_store, MEETING, target)
        with pytest.raises(BundleError, match=message):
            export_notes(demo_store, MEETING, target)
        with pytest.raises(FileRefused, match=message):
            build_document(demo_store, "agenda", MEETING, target)
        with pytest.raises(FileRefused, match=message):
            build_document(demo_store, "agenda", MEETING, target, archive=True)
    assert stat.S_ISFIFO(os.stat(tmp_path / "null").st_mode)
