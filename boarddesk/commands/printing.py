"""`boarddesk print agenda|pack|minutes`: a meeting's invitation, pack or minutes as PDF."""

from __future__ import annotations

import argparse
import sys
import time

from boarddesk.commands.common import UserError, add_meeting_option, counted, meeting_id, open_store, output_file


def register(commands, db: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", parents=[db], help="print a meeting's invitation, pack or minutes to PDF")
    printing.add_argument("what", choices=["agenda", "pack", "minutes"], help="which document")
    add_meeting_option(printing)
    printing.add_argument("--out", required=True, help="the PDF file to write")
    printing.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size (default a4)")
    printing.add_argument(
        "--lang", choices=["nb", "en"], default="nb", help="language of the printed text (default nb, Norwegian)"
    )
    printing.add_argument("--no-cache", action="store_true", help="render every section anew")
    printing.add_argument(
        "--archive", action="store_true", help="the archival copy: PDF/A-2a, tagged and accessible (agenda, minutes)"
    )
    printing.add_argument(
        "--public",
        action="store_true",
        help="the public version for the board's website: exempt cases left out, their legal basis in their place "
        "(archival form)",
    )
    printing.set_defaults(handler=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from boarddesk.reports.archive import ArchiveUnavailable
    from boarddesk.reports.documents import build_document
    from boarddesk.reports.pack import default_cache_dir

    started = time.perf_counter()
    with open_store(args) as store:
        meeting = meeting_id(store, args)
        try:
            result = build_document(
                store,
                args.what,
                meeting,
                output_file(store, args.out),
                paper=args.paper,
                lang=args.lang,
                report=_progress_printer(),
                cache_dir=None if args.no_cache else default_cache_dir(store),
                archive=args.archive,
                public=args.public,
            )
        except ArchiveUnavailable as error:
            raise UserError(f"{args.out} was not written: {error}") from None
        except OSError as error:
            raise UserError(f"{args.out} could not be written: {error.strerror or error}") from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Wrote {args.out}: {counted(result.pages, 'page')} in {time.perf_counter() - started:.2f} s "
        f"({counted(result.rendered, 'section')} rendered, {result.reused} reused)"
    )
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rprinting… {done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)

    return show
