"""What every subcommand shares: --db, opening the store, finding a board or a meeting, user errors."""

from __future__ import annotations

import argparse
import sys
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


def open_store(args: argparse.Namespace, *, create: bool = False):
    """The store named by --db; refused files become a UserError with the store's own message."""
    from boarddesk.store import Store, StoreError

    try:
        store = Store.open(db_path(args), create=create)
    except StoreError as error:
        raise UserError(str(error)) from None
    try:
        store.backup_if_due()
    except OSError as error:  # a backup that cannot be written must not stop the work
        print(f"warning: today's backup could not be written: {error}", file=sys.stderr)
    return store


def board_id(store, text: str | None) -> str | None:
    """--board BOARD: an id or any unambiguous part of a board's name."""
    from boarddesk.services.boards import BoardNotFound, resolve_board

    if text is None:
        return None
    try:
        return resolve_board(store, text).id
    except BoardNotFound as error:
        raise UserError(str(error)) from None


def add_meeting_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """--board and --meeting, read by `meeting_id`."""
    parser.add_argument("--board", required=True, help="the board (id or any unambiguous part of its name)")
    parser.add_argument(
        "--meeting",
        required=required,
        help="the meeting: its number (7/2021), its date (2021-12-01 or 01.12.2021) or its id",
    )


def meeting_id(store, args: argparse.Namespace) -> str:
    """--board and --meeting: the meeting's id, found one way for every command."""
    from boarddesk.services.meetings import MeetingNotFound, resolve_meeting

    try:
        return resolve_meeting(store, board_id(store, args.board), args.meeting)
    except MeetingNotFound as error:
        raise UserError(str(error)) from None


def project_id(store, text: str | None, board: str | None = None) -> str | None:
    """--project NAME: an id or any unambiguous part of a project's name, on `board` if given."""
    from boarddesk.services.boards import ProjectNotFound, resolve_project

    if text is None:
        return None
    try:
        return resolve_project(store, text, board)
    except ProjectNotFound as error:
        raise UserError(str(error)) from None


def group(commands, name: str, db: argparse.ArgumentParser, help: str):
    """A subcommand with sub-subcommands (`export json`, `export bundle`), shared by modules:
    the first module to ask makes it, later ones add to it."""
    groups = commands.__dict__.setdefault("_boarddesk_groups", {})
    if name not in groups:
        parser = commands.add_parser(name, parents=[db], help=help)
        groups[name] = parser.add_subparsers(dest="what", required=True, metavar="WHAT")
    return groups[name]
