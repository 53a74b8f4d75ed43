"""The foundation's commands: gui, demo, export/import json, search, verify."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from boarddesk.commands.common import (
    UserError,
    add_lang_option,
    board_id,
    counted,
    db_path,
    group,
    input_file,
    lang,
    nonempty,
    open_store,
    output_file,
)


def register(commands, db: argparse.ArgumentParser) -> None:
    commands.add_parser("gui", parents=[db], help="open the app (the default)").set_defaults(handler=cmd_gui)

    demo = commands.add_parser("demo", parents=[db], help="build the demo store from the seed board papers")
    demo.add_argument("--force", action="store_true", help="add the demo boards even if the store holds boards")
    demo.set_defaults(handler=cmd_demo)

    export_json = group(commands, "export", db, "export data").add_parser(
        "json", parents=[db], help="the whole store, or one board, as JSON"
    )
    export_json.add_argument("file")
    export_json.add_argument("--board", type=nonempty, help="only this board (id or part of its name)")
    export_json.add_argument(
        "--include-private-notes",
        action="store_true",
        help="also export private annotations (by default only shared ones leave the store)",
    )
    export_json.set_defaults(handler=cmd_export_json)

    import_json = group(commands, "import", db, "import data").add_parser(
        "json", parents=[db], help="boards from a BoardDesk JSON export"
    )
    import_json.add_argument("file")
    import_json.set_defaults(handler=cmd_import_json)

    search = commands.add_parser("search", parents=[db], help="search everything; one hit a line")
    search.add_argument("text", nargs="+")
    search.add_argument("--board", type=nonempty, help="only this board")
    search.add_argument("--limit", type=int, default=50)
    add_lang_option(search, "kinds of hits")
    search.set_defaults(handler=cmd_search)

    verify = commands.add_parser("verify", parents=[db], help="check the database, search index and file hashes")
    verify.set_defaults(handler=cmd_verify)


def cmd_gui(args: argparse.Namespace) -> int:
    from boarddesk.gui.shell.app import run

    return run(db_path(args), lang=getattr(args, "lang", None))


def cmd_demo(args: argparse.Namespace) -> int:
    from boarddesk.demo.boards import is_empty, load_demo
    from boarddesk.exchange.validate import InvalidDocument

    with open_store(args, create=True) as store:
        if not is_empty(store) and not args.force:
            raise UserError(f"{store.path} already holds boards; use --force to add the demo boards anyway")
        try:
            added = load_demo(store)
        except InvalidDocument as error:
            raise UserError(f"the demo dataset is invalid; nothing was added. {error}") from None
        print(f"Demo store ready at {store.path}: " + ", ".join(f"{n} {kind}" for kind, n in added.items()))
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from boarddesk.exchange.exporter import export_file

    with open_store(args) as store:
        board = board_id(store, args.board)
        target = output_file(store, args.file)
        try:
            doc = export_file(
                store, target, board_ids=[board] if board else None, include_private_notes=args.include_private_notes
            )
        except OSError as error:
            raise UserError(str(error)) from None
    print(f"Exported {counted(len(doc['boards']), 'board')} to {args.file}")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from boarddesk.exchange.importer import import_document
    from boarddesk.exchange.validate import InvalidDocument, read_document, validate_document

    def refuse(error: InvalidDocument) -> UserError:
        lines = [str(problem) for problem in error.problems]
        return UserError(f"{args.file} was not imported; the store is unchanged.\n" + "\n".join(lines))

    try:
        doc = read_document(input_file(db_path(args), args.file))
        # A new store would be empty: check against nothing first, so a refused file leaves no store behind.
        problems = [] if db_path(args).exists() else validate_document(doc)
        if problems:
            raise InvalidDocument(problems)
    except InvalidDocument as error:
        raise refuse(error) from None
    with open_store(args, create=True) as store:
        try:
            added = import_document(store, doc, progress=_progress_printer())
        except InvalidDocument as error:
            raise refuse(error) from None
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
    with open_store(args) as store:
        hits = search(store, text, board_id=board_id(store, args.board), limit=args.limit, lang=lang(args))
    for hit in hits:
        print(f"{SEARCH_KIND.label(hit.kind, lang(args))}\t{hit.board_name}\t{hit.title}\t{hit.snippet}")
    if not hits:
        print(f"no hits for {text!r}", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from boarddesk.services.integrity import verify

    with open_store(args) as store:
        report = verify(store)
        print(f"Checked {store.path}:")
    for item in report.checked:
        print(f"  checked: {item}")
    for problem in report.problems:
        print(f"  PROBLEM: {problem}")
    print("All checks passed." if report.ok else f"{counted(len(report.problems), 'problem')} found.")
    return 0 if report.ok else 1
