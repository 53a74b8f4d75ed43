"""The areas that add menus or actions to the main window: each module has `install(context)`.

Listed here, in menu order, so that a new area (printing, meetings, bundles) plugs in without
editing the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from boarddesk.gui.meeting import menu as meeting_menu
from boarddesk.gui.printing import menu as printing_menu
from boarddesk.gui.reader import menu as reader_menu
from boarddesk.gui.shell import boards_menu

if TYPE_CHECKING:
    from boarddesk.gui.shell.context import ViewContext


def install_extensions(context: ViewContext) -> dict[str, object]:
    """Install every area's menu; what each install returned (the printing menu's jobs), by area."""
    areas = {"boards": boards_menu, "meetings": meeting_menu, "printing": printing_menu, "reading": reader_menu}
    return {name: area.install(context) for name, area in areas.items()}
