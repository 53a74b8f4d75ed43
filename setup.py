"""The parts of the build pyproject.toml cannot say: the top-level resources/ and ui/ folders
installed inside the package, and the translations compiled (.ts to .qm) when the wheel is built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def qm_compiler():
    """packaging/qm_compiler.py: .ts to .qm in plain Python, so the build needs no Qt."""
    spec = importlib.util.spec_from_file_location("qm_compiler", ROOT / "packaging" / "qm_compiler.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py, then the .qm files next to the copied package data (they are not committed)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ in place; ./dev compiles the .qm there
        target = Path(self.build_lib, "boarddesk", "resources", "translations")
        target.mkdir(parents=True, exist_ok=True)
        compiler = qm_compiler()
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            if not compiler.compile_ts(ts, target / ts.with_suffix(".qm").name):
                raise SystemExit(f"{ts.name} holds no finished translation")


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
