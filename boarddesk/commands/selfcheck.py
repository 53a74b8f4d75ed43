"""`boarddesk self-check`: does this installation have everything it needs? (see gui/selfcheck.py)"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from boarddesk.commands.common import UserError, open_store


def register(commands, db: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "self-check",
        parents=[db],
        help="check this installation: window, translation, icon and a PDF through QtPdf",
    )
    check.add_argument("--pdf", type=Path, help="a PDF to open and draw through QtPdf, e.g. a printed pack")
    check.add_argument("--lang", choices=["nb", "en"], default="nb", help="interface language (default nb)")
    check.set_defaults(handler=cmd_self_check)


def cmd_self_check(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: Qt would abort
    from boarddesk.gui.shell.selfcheck import SelfCheckFailed, check_installation

    with open_store(args) as store:
        try:
            lines = check_installation(store, args.pdf, args.lang)
        except SelfCheckFailed as failed:
            raise UserError(f"self-check failed: {failed}") from None
    print("\n".join(lines))
    print("self-check passed")
    return 0
