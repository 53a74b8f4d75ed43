"""The wheel is complete: built from a copy of the sources (as a fresh clone has them, no compiled
translations), installed in a new virtual environment outside the checkout, it builds the demo
store, prints a pack and opens the app in bokmål. No network: the build uses this venv's setuptools
and PySide6, and the new venv borrows this venv's installed libraries through a .pth file."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from boarddesk import __version__

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("boarddesk", "resources", "ui", "packaging", "setup.py", "pyproject.toml", "MANIFEST.in", "README.md")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("clone")
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.pyc"))
        else:
            shutil.copy2(origin, source / name)
    out = tmp_path_factory.mktemp("wheelhouse")
    pip = (sys.executable, "-m", "pip")
    run(*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out, ".", cwd=source)
    (built,) = out.glob("boarddesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> Path:
    """A new venv holding the wheel; its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv)
    python = venv / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python)
    run(*pip, "install", "--quiet", "--no-deps", "--no-index", wheel, cwd=venv)
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=venv).strip())
    # This venv's libraries (PySide6, reportlab…) but not its editable BoardDesk: a plain path
    # line in a .pth does not run the editable finder's own .pth.
    (purelib / "borrowed_libraries.pth").write_text(site.getsitepackages()[0] + "\n")
    return venv / "bin"


def test_wheel_carries_the_data_and_compiled_translations(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "boarddesk/store/migrations/0001_initial.sql",
        "boarddesk/resources/fonts/DejaVuSans.ttf",
        "boarddesk/resources/fonts/LICENSE",
        "boarddesk/resources/licences/LGPL-3.0.txt",
        "boarddesk/resources/demo/pds-programme-board.json",
        "boarddesk/resources/icons/boarddesk.svg",
        "boarddesk/resources/translations/boarddesk_nb.qm",
        "boarddesk/ui/main_area.ui",
    ):
        assert needed in names


@pytest.mark.slow
def test_installed_wheel_runs_demo_print_and_bokmal_app_outside_the_checkout(installed: Path, tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    boarddesk, db = installed / "boarddesk", tmp_path / "d.sqlite"

    found = run(installed / "python", "-c", "import boarddesk.locator as l; print(l.resource())", cwd=tmp_path, env=env)
    assert Path(found.strip()).is_relative_to(installed.parent), f"BoardDesk was not loaded from the wheel: {found}"
    assert run(boarddesk, "--version", cwd=tmp_path, env=env).strip() == f"BoardDesk {__version__}"

    assert "Demo store ready" in run(boarddesk, "demo", "--db", db, cwd=tmp_path, env=env)
    run(boarddesk, "print", "pack", "--board", "pds", "--meeting", "7/2021", "--out", "pack.pdf", "--db", db,
        cwd=tmp_path, env=env)  # fmt: skip
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")

    checked = run(boarddesk, "self-check", "--db", db, "--pdf", "pack.pdf", cwd=tmp_path, env=env)
    assert "Fil, Rediger" in checked and "Hjelp" in checked  # the bokmål menus: the .qm built with the wheel
    run(boarddesk, "shot", "meeting:pds:7/2021", "--out", "m.png", "--db", db, cwd=tmp_path, env=env)
    assert (tmp_path / "m.png").stat().st_size > 10_000
