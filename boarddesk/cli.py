"""The `boarddesk` command. With no subcommand it opens the app; every subcommand takes --db."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from boarddesk import __version__
from boarddesk.commands.common import UserError, db_option

# The modules that add subcommands, each with register(commands, db).
COMMAND_MODULES = (
    "boarddesk.commands.core",
    "boarddesk.commands.generate",
    "boarddesk.commands.meetings",
    "boarddesk.commands.views",
    "boarddesk.commands.bundles",
    "boarddesk.commands.printing",
    "boarddesk.commands.selfcheck",
)


def build_parser() -> argparse.ArgumentParser:
    db = db_option()
    parser = argparse.ArgumentParser(
        prog="boarddesk",
        parents=[db],
        description="BoardDesk: meeting packs, project status and minutes for programme boards.",
    )
    parser.add_argument("--version", action="version", version=f"BoardDesk {__version__}")
    parser.add_argument("--lang", choices=["nb", "en"], default=argparse.SUPPRESS, help="interface language")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, db)
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
    except KeyboardInterrupt:
        print("boarddesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`boarddesk search x | head`): not a failure of ours.
        # Point stdout at nothing so Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
