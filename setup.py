"""The parts of the build pyproject.toml cannot say: the top-level resources/ and ui/ folders
installed inside the package, and the translations compiled (.ts to .qm) when the wheel is built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def find_lrelease() -> list[str]:
    """Qt's translation compiler: from PySide6 in the build environment (build-system requires it)."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    if found := shutil.which("pyside6-lrelease"):
        return [found]
    try:
        import PySide6
    except ImportError as missing:
        raise SystemExit("building BoardDesk needs PySide6 for pyside6-lrelease (the translations)") from missing
    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return [str(tool)]


class BuildWithTranslations(build_py):
    """build_py, then the .qm files next to the copied package data (they are not committed)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ in place; ./dev compiles the .qm there
        target = Path(self.build_lib, "boarddesk", "resources", "translations")
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([*find_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no translation for {ts.name}")


# The data folders of resources/ are listed as packages of their own, as setuptools asks.
RESOURCE_DATA = {
    "demo": ["*.json"],
    "fonts": ["*.ttf", "LICENSE"],
    "icons": ["*.svg", "*.png"],
    "translations": ["*.qm"],
    "licences": ["*.txt"],
}

setup(
    packages=[
        *find_packages(include=["boarddesk", "boarddesk.*"]),
        "boarddesk.resources",
        *(f"boarddesk.resources.{folder}" for folder in RESOURCE_DATA),
        "boarddesk.ui",
    ],
    package_dir={"boarddesk.resources": "resources", "boarddesk.ui": "ui"},
    package_data={
        **{f"boarddesk.resources.{folder}": globs for folder, globs in RESOURCE_DATA.items()},
        "boarddesk.ui": ["*.ui"],
        "boarddesk.store.migrations": ["*.sql"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
