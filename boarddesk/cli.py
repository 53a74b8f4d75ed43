"""The `boarddesk` command. With no subcommand it opens the app; every subcommand takes --db."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from boarddesk import __version__
from boarddesk.services.paths import default_db_path


class UserError(Exception):
    """A mistake the user can fix: printed as one line to stderr, exit status 2."""


def _db_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="the BoardDesk database file (default: %(default)s)".replace("%(default)s", str(default_db_path())),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _db_option()
    parser = argparse.ArgumentParser(
        prog="boarddesk",
        parents=[db],
        description="BoardDesk: meeting packs, project status and minutes for programme boards.",
    )
    parser.add_argument("--version", action="version", version=f"BoardDesk {__version__}")
    parser.add_argument("--lang", choices=["nb", "en"], default=argparse.SUPPRESS, help="interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", parents=[db], help="open the app (the default)")

    demo = commands.add_parser("demo", parents=[db], help="build the demo store from the seed board papers")
    demo.add_argument("--force", action="store_true", help="build it even if the store already holds boards")

    export = commands.add_parser("export", parents=[db], help="export data")
    export_kinds = export.add_subparsers(dest="what", required=True, metavar="WHAT")
    export_json = export_kinds.add_parser("json", parents=[db], help="the whole store, or one board, as JSON")
    export_json.add_argument("file", type=Path)
    export_json.add_argument("--board", help="only this board (id or part of its name)")
    export_json.add_argument(
        "--include-private-notes",
        action="store_true",
        help="also export private annotations (by default only shared ones leave the store)",
    )

    imp = commands.add_parser("import", parents=[db], help="import data")
    import_kinds = imp.add_subparsers(dest="what", required=True, metavar="WHAT")
    import_json = import_kinds.add_parser("json", parents=[db], help="boards from a BoardDesk JSON export")
    import_json.add_argument("file", type=Path)

    search = commands.add_parser("search", parents=[db], help="search everything; one hit a line")
    search.add_argument("text", nargs="+")
    search.add_argument("--board", help="only this board")
    search.add_argument("--limit", type=int, default=50)

    commands.add_parser("verify", parents=[db], help="check the database, search index and file hashes")
    return parser


def _open_store(args: argparse.Namespace, *, create: bool = False):
    from boarddesk.store import Store, StoreError

    path = getattr(args, "db", None) or default_db_path()
    try:
        store = Store.open(path, create=create)
    except StoreError as error:
        raise UserError(str(error)) from None
    try:
        store.backup_if_due()
    except OSError as error:  # a backup that cannot be written must not stop the work
        print(f"warning: today's backup could not be written: {error}", file=sys.stderr)
    return store


def _board(store, text: str | None) -> str | None:
    from boarddesk.services.boards import BoardNotFound, resolve_board

    if text is None:
        return None
    try:
        return resolve_board(store, text).id
    except BoardNotFound as error:
        raise UserError(str(error)) from None


def cmd_demo(args: argparse.Namespace) -> int:
    from boarddesk.exchange.validate import InvalidDocument
    from boarddesk.services.demo import is_empty, load_demo

    with _open_store(args, create=True) as store:
        if not is_empty(store) and not args.force:
            raise UserError(f"{store.path} already holds boards; use --force to add the demo boards anyway")
        try:
            added = load_demo(store)
        except InvalidDocument as error:
            raise UserError(f"the demo dataset is invalid; nothing was added. {error}") from None
        print(f"Demo store ready at {store.path}: " + ", ".join(f"{n} {kind}" for kind, n in added.items()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from boarddesk.exchange.exporter import export_file

    with _open_store(args) as store:
        board = _board(store, args.board)
        doc = export_file(
            store, args.file, board_ids=[board] if board else None, include_private_notes=args.include_private_notes
        )
    print(f"Exported {len(doc['boards'])} board(s) to {args.file}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from boarddesk.exchange.importer import import_file
    from boarddesk.exchange.validate import InvalidDocument

    with _open_store(args, create=True) as store:
        try:
            added = import_file(store, args.file, progress=_progress_printer())
        except InvalidDocument as error:
            lines = [str(problem) for problem in error.problems]
            raise UserError(f"{args.file} was not imported; the store is unchanged.\n" + "\n".join(lines)) from None
    print(f"Imported {args.file}: " + ", ".join(f"{n} {kind}" for kind, n in added.items()))
    return 0


def _progress_printer() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rimporting… {done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)

    return show


def cmd_search(args: argparse.Namespace) -> int:
    from boarddesk.model.vocabulary import SEARCH_KIND
    from boarddesk.services.search import search

    text = " ".join(args.text)
    with _open_store(args) as store:
        hits = search(store, text, board_id=_board(store, args.board), limit=args.limit)
    for hit in hits:
        print(f"{SEARCH_KIND.label(hit.kind, 'en')}\t{hit.board_name}\t{hit.title}\t{hit.snippet}")
    if not hits:
        print(f"no hits for {text!r}", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from boarddesk.services.integrity import verify

    with _open_store(args) as store:
        report = verify(store)
        print(f"Checked {store.path}:")
    for item in report.checked:
        print(f"  checked: {item}")
    for problem in report.problems:
        print(f"  PROBLEM: {problem}")
    print("All checks passed." if report.ok else f"{len(report.problems)} problem(s) found.")
    return 0 if report.ok else 1


def cmd_gui(args: argparse.Namespace) -> int:
    from boarddesk.gui.app import run

    return run(getattr(args, "db", None) or default_db_path(), lang=getattr(args, "lang", None))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "search": cmd_search,
    "verify": cmd_verify,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command or "gui"](args)
    except UserError as error:
        print(f"boarddesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("boarddesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
