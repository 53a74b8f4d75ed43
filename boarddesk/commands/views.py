"""`boarddesk shot VIEW --out FILE.png`: the main window with one view shown, rendered offscreen.

For the README's screenshots and for looking at a view on a machine without a screen.
VIEW is home:BOARD, portfolio:BOARD, project:NAME, rag:NAME, timeline:NAME, risks:NAME, meeting:BOARD:7/2021
or reader:BOARD:7/2021:45/21 (the reader on that case's paper).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from boarddesk.commands.common import UserError, board_id, open_store, output_file, project_id

PROJECT_TABS = {"project": "card", "rag": "rag", "timeline": "timeline", "risks": "risks"}
KINDS = ("home", "portfolio", *PROJECT_TABS, "meeting", "reader")


def register(commands, db: argparse.ArgumentParser) -> None:
    shot = commands.add_parser(
        "shot",
        parents=[db],
        help="save a screenshot of a view (rendered offscreen)",
        description="VIEW is home:BOARD, portfolio:BOARD, project:NAME, rag:NAME, timeline:NAME, risks:NAME, "
        "meeting:BOARD:NUMBER/YEAR or reader:BOARD:NUMBER/YEAR:CASE (e.g. reader:pds:7/2021:45/21). "
        "NAME is a project id or an unambiguous part of its name.",
    )
    shot.add_argument("view", metavar="VIEW")
    shot.add_argument("--out", required=True, type=Path, help="the PNG file to write")
    shot.add_argument("--lang", choices=["nb", "en"], default="nb", help="interface language (default nb)")
    shot.add_argument("--size", default="1366x768", type=_size, help="window size WIDTHxHEIGHT (default 1366x768)")
    shot.set_defaults(handler=cmd_shot)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be between 200 and 8000")
    return width, height


def resolve_view(store, view: str) -> tuple[str, str, str | None]:
    """(window kind, id, tab) for a VIEW argument; a UserError names what was not found."""
    from boarddesk.services.documents.annotations import NoteError, case_paper
    from boarddesk.services.meetings.reading import MeetingNotFound, resolve_meeting

    kind, _, rest = view.partition(":")
    if kind not in KINDS or not rest:
        raise UserError(f"VIEW must be one of {', '.join(k + ':…' for k in KINDS)}; got {view!r}")
    if kind == "portfolio":
        return "board", board_id(store, rest), None
    if kind == "home":
        return "home", board_id(store, rest), None
    if kind == "meeting":
        board_text, _, label = rest.rpartition(":")
        if not board_text:
            raise UserError(f"a meeting is named BOARD:NUMBER/YEAR, e.g. meeting:pds:7/2021; got {view!r}")
        try:
            return "meeting", resolve_meeting(store, board_id(store, board_text), label), None
        except MeetingNotFound as error:
            raise UserError(str(error)) from None
    if kind == "reader":
        board_text, meeting_text, case_text = (rest.split(":", 2) + ["", ""])[:3]
        if not (board_text and meeting_text and case_text):
            raise UserError(f"the reader is named BOARD:MEETING:CASE, e.g. reader:pds:7/2021:45/21; got {view!r}")
        try:
            meeting = resolve_meeting(store, board_id(store, board_text), meeting_text)
            return "document", case_paper(store, meeting, case_text), None
        except (MeetingNotFound, NoteError) as error:
            raise UserError(str(error)) from None
    return "project", project_id(store, rest), PROJECT_TABS[kind]


def cmd_shot(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: Qt would abort
    from boarddesk.gui.shell.shot import render_window

    with open_store(args) as store:
        kind, ident, tab = resolve_view(store, args.view)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        output_file(store, args.out)
        image = render_window(store, kind, ident, tab, args.lang, args.size)
    if not image.save(str(args.out), "PNG"):
        raise UserError(f"could not write {args.out}")
    print(f"Saved {args.out} ({image.width()}×{image.height()}, {args.view}, {args.lang})")
    return 0
