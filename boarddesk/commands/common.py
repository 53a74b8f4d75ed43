"""What every subcommand shares: --db, opening the store, finding a board or a meeting, user errors."""

from __future__ import annotations

import argparse
import sys
import weakref
from pathlib import Path

from boarddesk.services.paths import default_db_path


class UserError(Exception):
    """A mistake the user can fix: printed as one line to stderr, exit status 2."""


def db_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"the BoardDesk database file (default: {default_db_path()})",
    )
    return parent


def add_lang_option(parser: argparse.ArgumentParser, what: str = "labels in the output") -> None:
    """--lang nb|en, after the subcommand or (as for the app) before it."""
    parser.add_argument(
        "--lang", choices=["nb", "en"], default=argparse.SUPPRESS, help=f"language of the {what} (default nb)"
    )


def lang(args: argparse.Namespace) -> str:
    """Norwegian bokmål unless English was asked for, like the app."""
    return getattr(args, "lang", None) or "nb"


def db_path(args: argparse.Namespace) -> Path:
    return getattr(args, "db", None) or default_db_path()


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """«1 page», «2 pages», «0 pages»: a count with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def nonempty(text: str) -> str:
    """An argparse type: a name or number that must not be blank (`--board ""` picks nothing)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def open_store(args: argparse.Namespace, *, create: bool = False):
    """The store named by --db; refused files become a UserError with the store's own message."""
    import sqlite3

    from boarddesk.store import Store, StoreError

    def tell(message: str) -> None:
        print(f"boarddesk: {message}", file=sys.stderr, flush=True)

    try:
        store = Store.open(db_path(args), create=create, on_wait=tell)
    except StoreError as error:
        raise UserError(str(error)) from None
    if store.read_only:
        print(f"boarddesk: {store.path} is read-only here; it can be read but not changed", file=sys.stderr)
    try:
        store.backup_if_due()
    except (OSError, sqlite3.Error) as error:  # a backup that cannot be written must not stop the work
        print(f"warning: today's backup of {store.path} could not be written: {error}", file=sys.stderr)
    return store


def input_file(db: Path, path: str | Path) -> Path:
    """A file to read, which must not be the store at `db` itself: reading it outside SQLite
    while it is open would drop the locks that keep the store's write-ahead log alive."""
    from boarddesk.store.database import is_store_file

    path = Path(path)
    if is_store_file(db, path):
        raise UserError(f"{path} is the BoardDesk database itself (or one of its files), not a file to read from")
    return path


def output_file(store, path: str | Path) -> Path:
    """A file to write: never the store itself, never a folder or device, in a folder that exists."""
    from boarddesk.store.whole_files import check_target

    path = Path(path)
    if store.owns_file(path):
        raise UserError(f"{path} is the BoardDesk database itself (or one of its files); choose another file to write")
    try:
        check_target(path)
    except OSError as error:
        raise UserError(str(error)) from None
    return path


def board_id(store, text: str | None) -> str | None:
    """--board BOARD: an id or any unambiguous part of a board's name."""
    from boarddesk.services.boards.lookup import BoardNotFound, resolve_board

    if text is None:
        return None
    if not text.strip():
        raise UserError("--board must not be empty; give a board's id or part of its name")
    try:
        return resolve_board(store, text).id
    except BoardNotFound as error:
        raise UserError(str(error)) from None


def add_meeting_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """--board and --meeting, read by `meeting_id`."""
    parser.add_argument(
        "--board", required=True, type=nonempty, help="the board (id or any unambiguous part of its name)"
    )
    parser.add_argument(
        "--meeting",
        required=required,
        type=nonempty,
        help="the meeting: its number (7/2021), its date (2021-12-01 or 01.12.2021) or its id",
    )


def meeting_id(store, args: argparse.Namespace) -> str:
    """--board and --meeting: the meeting's id, found one way for every command."""
    from boarddesk.services.meetings.reading import MeetingNotFound, resolve_meeting

    try:
        return resolve_meeting(store, board_id(store, args.board), args.meeting)
    except MeetingNotFound as error:
        raise UserError(str(error)) from None


def project_id(store, text: str | None, board: str | None = None) -> str | None:
    """--project NAME: an id or any unambiguous part of a project's name, on `board` if given."""
    from boarddesk.services.boards.lookup import ProjectNotFound, resolve_project

    if text is None:
        return None
    if not text.strip():
        raise UserError("--project must not be empty; give a project's id or part of its name")
    try:
        return resolve_project(store, text, board)
    except ProjectNotFound as error:
        raise UserError(str(error)) from None


# The sub-subcommand groups made so far, per parser being built (the parser's subcommands action
# is the key, so two parsers built in one process do not share groups).
_groups: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def group(commands, name: str, db: argparse.ArgumentParser, help: str):
    """A subcommand with sub-subcommands (`export json`, `export bundle`), shared by modules:
    the first module to ask makes it, later ones add to it."""
    groups = _groups.setdefault(commands, {})
    if name not in groups:
        parser = commands.add_parser(name, parents=[db], help=help)
        groups[name] = parser.add_subparsers(dest="what", required=True, metavar="WHAT")
    return groups[name]
