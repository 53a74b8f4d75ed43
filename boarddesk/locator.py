"""Where BoardDesk's shipped files are: one locator for a checkout, an editable install, a wheel
and a frozen app.

`resources/` and `ui/` sit at the top of the repository; the build maps them into the package as
`boarddesk.resources` and `boarddesk.ui` (setup.py), and the migrations' SQL is package data of
`boarddesk.store.migrations`. So every file is found through importlib.resources by package name,
never by climbing out of a module's folder, and the same call works wherever BoardDesk is installed.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

RESOURCES = "boarddesk.resources"  # resources/: demo data, fonts, icons, translations
FORMS = "boarddesk.ui"  # ui/: Qt Designer forms
MIGRATIONS = "boarddesk.store.migrations"  # the schema steps' *.sql


def _locate(package: str, *parts: str) -> Path:
    # Every way BoardDesk is installed unpacks the package into real folders (no zip imports),
    # so a path can be handed to Qt and reportlab, which want file names.
    return Path(str(resources.files(package).joinpath(*parts)))


def resource(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource("fonts", "DejaVuSans.ttf")."""
    return _locate(RESOURCES, *parts)


def form(name: str) -> Path:
    """The Qt Designer form ui/<name>.ui."""
    return _locate(FORMS, f"{name}.ui")


def migration_script(name: str) -> Path:
    """A schema step's SQL, e.g. migration_script("0001_initial.sql")."""
    return _locate(MIGRATIONS, name)
