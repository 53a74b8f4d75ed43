"""`boarddesk generate`: a large synthetic store for the scale benchmark."""

from __future__ import annotations

import argparse
import sys
import time

from boarddesk.commands.common import UserError, nonempty, open_store


def register(commands, db: argparse.ArgumentParser) -> None:
    generate = commands.add_parser(
        "generate", parents=[db], help="add a synthetic portfolio board (for benchmarks; not real data)"
    )
    generate.add_argument("--projects", type=int, default=10_000)
    generate.add_argument("--reports", type=int, default=40, help="status reports per project")
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("--board-id", type=nonempty, default="syn", help="id of the new board (default: syn)")
    generate.set_defaults(handler=cmd_generate)


def cmd_generate(args: argparse.Namespace) -> int:
    from boarddesk.demo.synthetic_store import fast_bulk_pragmas, generate_store, size_problem, write_into_file
    from boarddesk.services.boards.lookup import list_boards

    problem = size_problem(args.projects, args.reports)
    if problem:
        raise UserError(f"{problem}; nothing was generated")
    started = time.perf_counter()
    with open_store(args, create=True) as store:
        if any(board.id == args.board_id for board in list_boards(store)):
            raise UserError(f"{store.path} already holds a board {args.board_id!r}; choose another --board-id")
        fast_bulk_pragmas(store)
        counts = generate_store(
            store, args.projects, args.reports, seed=args.seed, board_id=args.board_id, progress=_progress()
        )
        write_into_file(store)
        path = store.path
    rows = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"Generated {path} in {time.perf_counter() - started:.1f} s: {rows}")
    return 0


def _progress():
    if not sys.stderr.isatty():
        return None
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        print(
            f"\rgenerating… {done}/{total} projects, {time.perf_counter() - started:.0f} s",
            end="\n" if done == total else "",
            file=sys.stderr,
            flush=True,
        )

    return show
