"""Meeting commands: `cases` (a board's cases of a year) and `decisions` (the decision register)."""

from __future__ import annotations

import argparse
import sys

from boarddesk.commands.common import (
    UserError,
    add_lang_option,
    add_meeting_option,
    board_id,
    lang,
    meeting_id,
    nonempty,
    open_store,
    project_id,
)


def register(commands, db: argparse.ArgumentParser) -> None:
    cases = commands.add_parser("cases", parents=[db], help="a board's cases of a year or a meeting; one case a line")
    add_lang_option(cases, "case types and states")
    add_meeting_option(cases, required=False)
    cases.add_argument("--year", type=int, help="the year (needed unless --meeting is given)")
    cases.set_defaults(handler=cmd_cases)

    decisions = commands.add_parser("decisions", parents=[db], help="the decision register; one decision a line")
    add_lang_option(decisions, "marks in the output")
    decisions.add_argument("text", nargs="*", help="words the decision or its case title contains")
    decisions.add_argument("--board", type=nonempty, help="only this board")
    decisions.add_argument(
        "--project", type=nonempty, help="only decisions about this project (id or part of its name)"
    )
    decisions.add_argument("--year", type=int)
    decisions.add_argument("--type", dest="case_type", help="only cases of this type (information, discussion, …)")
    decisions.set_defaults(handler=cmd_decisions)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def cmd_cases(args: argparse.Namespace) -> int:
    from boarddesk.model.vocabulary import CASE_STATE, CASE_TYPE
    from boarddesk.services.meetings.case_list import cases_of_meeting, cases_of_year

    if args.year is None and args.meeting is None:
        raise UserError("cases needs --year or --meeting")
    with open_store(args) as store:
        if args.meeting is None:
            lines = cases_of_year(store, board_id(store, args.board), args.year)
        else:
            lines = cases_of_meeting(store, meeting_id(store, args))
    for line in lines:
        types = ", ".join(CASE_TYPE.label(t, lang(args)) for t in line.types) or "-"
        state = CASE_STATE.label(line.state, lang(args))
        print(f"{line.number}\t{line.meeting}\t{types}\t{_one_line(line.title)}\t{state}")
    if not lines:
        print(f"no cases in {args.year or 'that meeting'}", file=sys.stderr)
    return 0


def cmd_decisions(args: argparse.Namespace) -> int:
    from boarddesk.model.vocabulary import CASE_TYPE
    from boarddesk.reports.labels import labels
    from boarddesk.services.meetings.decisions import DecisionFilter, find_decisions

    if args.case_type and args.case_type not in CASE_TYPE:
        raise UserError(f"--type {args.case_type!r} is not a case type; use {', '.join(CASE_TYPE.keys)}")
    with open_store(args) as store:
        board = board_id(store, args.board)
        where = DecisionFilter(
            text=" ".join(args.text) or None,
            board_id=board,
            year=args.year,
            project_id=project_id(store, args.project, board),
            case_type=args.case_type,
        )
        entries = find_decisions(store, where)
    for entry in entries:
        # An inferred decision (taken from another paper) says so, in the same column as its text.
        text = _one_line(entry.text) + (f" [{labels(lang(args))['inferred_decision']}]" if entry.inferred else "")
        print(f"{entry.date or '-'}\t{entry.body}\t{entry.case_number or '-'}\t{text}")
    if not entries:
        print("no decisions match", file=sys.stderr)
    return 0
