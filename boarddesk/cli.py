"""The `boarddesk` command. With no subcommand it opens the app; every subcommand takes --db."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from boarddesk import __version__
from boarddesk.commands.common import UserError, db_option, db_path
from boarddesk.store import StoreError
from boarddesk.store.database import refusal


def build_parser() -> argparse.ArgumentParser:
    # Each module adds its subcommands with register(commands, db); they import their heavy
    # dependencies (Qt, reportlab) only when a command runs.
    from boarddesk.commands import bundles, core, generate, meetings, printing, selfcheck, views

    db = db_option()
    parser = argparse.ArgumentParser(
        prog="boarddesk",
        parents=[db],
        description="BoardDesk: meeting packs, project status and minutes for programme boards.",
    )
    parser.add_argument("--version", action="version", version=f"BoardDesk {__version__}")
    parser.add_argument("--lang", choices=["nb", "en"], default=argparse.SUPPRESS, help="interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (core, generate, meetings, views, bundles, printing, selfcheck):
        module.register(commands, db)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return args.handler(args)
    except UserError as error:
        print(f"boarddesk: {error}", file=sys.stderr)
        return 2
    except StoreError as error:  # a write refused: read-only, locked too long, damaged
        print(f"boarddesk: {error}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:  # damaged, locked or read-only, found only while working
        problem = refusal(db_path(args), error)
        if type(problem) is StoreError:
            problem = f"{db_path(args)}: the database refused the work ({error}); nothing was saved"
        print(f"boarddesk: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("boarddesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`boarddesk search x | head`): not a failure of ours.
        # Point stdout at nothing so Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
