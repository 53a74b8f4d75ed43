"""The areas that add menus or actions to the main window: each module has `install(window)`.

Listed here, in menu order, so that a new area (printing, meetings, bundles) plugs in without
editing the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boarddesk.gui.shell.main_window import MainWindow


def install_extensions(window: MainWindow) -> None:
    from boarddesk.gui.meeting import menu as meeting_menu
    from boarddesk.gui.printing import menu as printing_menu
    from boarddesk.gui.reader import menu as reader_menu
    from boarddesk.gui.shell import boards_menu

    for area in (boards_menu, meeting_menu, printing_menu, reader_menu):
        area.install(window)
