"""The installers' sources: the frozen app's Qt selection, the desktop entry and AppStream data
(validated by the distributions' own tools), and the MSI authoring (built with wixl, read back
with msiinfo). Tests needing a tool skip where it is not installed (apt: desktop-file-utils,
appstream, wixl, msitools)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
UPGRADE_CODE = "9e016d67-d7d4-4e83-9a57-cf12306a3784"


def spec_sets() -> tuple[set[str], set[str]]:
    """QT_USED and QT_UNUSED as the spec lists them."""
    found = {}
    for node in ast.parse((PACKAGING / "boarddesk.spec").read_text()).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in ("QT_USED", "QT_UNUSED"):
            found[target.id] = set(ast.literal_eval(node.value))
    return found["QT_USED"], found["QT_UNUSED"]


def test_frozen_app_keeps_every_qt_module_boarddesk_imports():
    used, unused = spec_sets()
    imported = set()
    for path in (ROOT / "boarddesk").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported - {"QtTest"} <= used, f"imported but left out of the frozen app: {imported - used}"
    assert not used & unused


def test_frozen_app_decides_on_every_installed_qt_module():
    """A new PySide6 brings new modules: each must be kept or left out knowingly."""
    import PySide6

    installed = {p.name.split(".")[0] for p in Path(PySide6.__file__).parent.glob("Qt*.abi3.*")}
    used, unused = spec_sets()
    assert installed - used - unused == set()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="apt install desktop-file-utils")
def test_desktop_entry_is_valid():
    done = subprocess.run(["desktop-file-validate", PACKAGING / "boarddesk.desktop"], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="apt install appstream")
def test_appstream_metadata_is_valid():
    metainfo = PACKAGING / "linux" / "io.github.boarddesk.BoardDesk.metainfo.xml"
    done = subprocess.run(["appstreamcli", "validate", "--no-net", metainfo], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert '<launchable type="desktop-id">boarddesk.desktop</launchable>' in metainfo.read_text()


@pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")), reason="apt install wixl msitools")
def test_msi_is_per_machine_with_the_fixed_upgrade_code(tmp_path: Path):
    app = tmp_path / "BoardDesk"
    (app / "_internal").mkdir(parents=True)
    (app / "BoardDesk.exe").write_bytes(b"MZ stand-in")
    (app / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    msi = tmp_path / "BoardDesk.msi"
    subprocess.run([PACKAGING / "windows" / "build_msi.sh", app, msi], check=True, capture_output=True, cwd=ROOT)

    def table(name: str) -> list[list[str]]:
        out = subprocess.run(["msiinfo", "export", msi, name], capture_output=True, text=True, check=True).stdout
        return [line.split("\t") for line in out.splitlines()[3:]]

    properties = dict(row[:2] for row in table("Property"))
    assert properties["UpgradeCode"].strip("{}").lower() == UPGRADE_CODE
    assert properties["ALLUSERS"] == "1"  # per machine
    assert properties["ProductName"] == "BoardDesk"
    assert {row[0].strip("{}").lower() for row in table("Upgrade")} == {UPGRADE_CODE}
    assert len(table("File")) == 2
    assert [row[4] for row in table("Shortcut")] == ["[INSTALLDIR]BoardDesk.exe"]
