"""Modules that add menus or actions to the main window: each has `install(window)`.

Kept as a list so that a new area (printing, meetings, bundles) plugs in without editing the
window itself."""

WINDOW_EXTENSIONS: tuple[str, ...] = (
    "boarddesk.gui.shell.boards_menu",
    "boarddesk.gui.meeting.menu",
    "boarddesk.gui.printing.menu",
    "boarddesk.gui.reader.menu",
)
