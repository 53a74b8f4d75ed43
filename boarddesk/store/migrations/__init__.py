"""Numbered schema steps under PRAGMA user_version. A new store runs the same steps an old one
is upgraded through, so new and upgraded files are alike. Each step runs in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from boarddesk.locator import migration_script
from boarddesk.store import search_index, versions
from boarddesk.store.fileheader import APPLICATION_ID


def split_sql(script: str) -> list[str]:
    """Statements of a script, one by one (executescript would commit the open transaction)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(part.strip().startswith("--") or not part.strip() for part in pending.splitlines()):
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:80]}")
    return statements


def run_sql_file(conn: sqlite3.Connection, name: str) -> None:
    script = migration_script(name).read_text(encoding="utf-8")
    for statement in split_sql(script):
        conn.execute(statement)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _initial(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    run_sql_file(conn, "0001_initial.sql")
    search_index.install(conn, search_index.SOURCES_V1)


def _meetings(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0002_meetings.sql")


def _annotations(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0003_annotations.sql")


def _guests_and_minutes_search(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0004_guests_and_minutes_search.sql")
    search_index.install_triggers(conn, search_index.SOURCES_V4)


def _annotation_words_changed(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0005_annotation_words_changed.sql")


def _record_versions(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0006_record_versions.sql")
    versions.install_triggers(conn)


def _bundle_trust(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0007_bundle_trust.sql")


def _source_notes_and_inferred(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0008_source_notes_and_inferred.sql")


def _case_print_status_reports(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0009_case_print_status_reports.sql")


def _identity_and_membership(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0010_identity_and_membership.sql")


def _protocol_remarks(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0011_protocol_remarks.sql")


def _board_signature_and_case_owner(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0012_board_signature_and_case_owner.sql")


def _budget_line_period(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0013_budget_line_period.sql")


def _anyone_present_deputy(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0014_anyone_present_deputy.sql")
    for statement in versions.trigger_sql("attendance"):  # they went with the table made anew
        conn.execute(statement)


def _received_reviews(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0015_received_reviews.sql")


def _guest_disqualified(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0016_guest_disqualified.sql")


def _guest_cosigner(conn: sqlite3.Connection) -> None:
    run_sql_file(conn, "0017_guest_cosigner.sql")
    for statement in search_index.trigger_sql(search_index.MINUTES_REMARK_V17):  # they went with the table
        conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema and search index", _initial),
    Migration(2, "meetings: minutes approval, amendments, agenda change log, live clock", _meetings),
    Migration(3, "annotations anchored in PDFs, reading places, meeting bundles", _annotations),
    Migration(4, "guests' attendance; amendments and co-signers' remarks searchable", _guests_and_minutes_search),
    Migration(5, "annotations: the new words of a note moved to lightly edited text", _annotation_words_changed),
    Migration(
        6, "versions on records two people can edit at once; deleted text leaves the search index", _record_versions
    ),
    Migration(7, "signed meeting bundles: the store's signing key, boards received with a pinned key", _bundle_trust),
    Migration(8, "source notes, inferred facts, dates as precise as the paper", _source_notes_and_inferred),
    Migration(9, "cases: print the ticked projects' status reports only when asked", _case_print_status_reports),
    Migration(10, "who uses the store and their role per board; members' periods", _identity_and_membership),
    Migration(11, "protocol remarks (protokolltilførsel) with a case's decision", _protocol_remarks),
    Migration(
        12, "boards: where and by whom papers are signed; cases: the case owner", _board_signature_and_case_owner
    ),
    Migration(13, "budget lines: the reporting period a budget was reported for", _budget_line_period),
    Migration(14, "attendance: anyone present, a guest too, can stand in for an absent member", _anyone_present_deputy),
    Migration(15, "received meetings: previous minutes and open action points from their bundle", _received_reviews),
    Migration(16, "a guest standing in can be disqualified on a case, and is named as such", _guest_disqualified),
    Migration(17, "a guest standing in can co-sign the minutes, and is named as such", _guest_cosigner),
)

LATEST_VERSION = MIGRATIONS[-1].version


def upgrade(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Bring the store up to `target` (the latest), one step per transaction; returns the versions applied."""
    target = LATEST_VERSION if target is None else target
    applied = []
    for migration in MIGRATIONS:
        if migration.version > target:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read inside the lock: another process may have migrated meanwhile.
            (current,) = conn.execute("PRAGMA user_version").fetchone()
            if current >= migration.version:
                conn.execute("ROLLBACK")
                continue
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
