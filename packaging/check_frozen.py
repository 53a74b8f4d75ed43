"""`./dev package --check`: the frozen app in dist/BoardDesk/ works on its own and fits its budget.

Runs the frozen binary (not this checkout's Python) offscreen, in a temporary home, so nothing of
the user's is read or written: the demo store is built, a pack printed, the window opened in bokmål
and the pack opened and drawn through QtPdf, the window timed to its first paint. Exit 0 if all of
that worked and the folder is within the size budget."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Unpacked, on Linux. Issue 13 suggested 180 MB; the folder is 242 MB with every unused Qt module,
# plugin and library left out, lxml left out, and ICU's data cut to bokmål and English (30 -> 3 MB,
# packaging/icu_subset.py). What it cannot lose without losing a function: typst (67 MB, the archival
# PDF/A copies, one library with its fonts inside), Qt (about 70 MB), NumPy with OpenBLAS (38 MB)
# and QtOpenGL's bindings (8.5 MB), both imported by pyqtgraph for the budget charts, cryptography
# (11 MB, signed and sealed bundles) and the system libraries Qt links (29 MB: X11/xcb, CUPS with its
# TLS, fontconfig, glib). 180 MB needs typst out of the app. The budget catches growth.
BUDGET_MB = 245


def folder_size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 2**20


def run(binary: Path, *arguments: str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run([str(binary), *arguments], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(
            f"FAILED: BoardDesk {' '.join(arguments)} (exit {done.returncode})\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def first_paint_seconds(binary: Path, db: Path, cwd: Path, env: dict[str, str]) -> float:
    started = time.time()
    out = run(binary, "--db", str(db), cwd=cwd, env={**env, "BOARDDESK_MEASURE_STARTUP": "1"})
    painted = next(line for line in out.splitlines() if line.startswith("first_paint_wall="))
    return float(painted.split("=")[1]) - started


def main(folder: Path) -> int:
    folder = folder.resolve()
    binary = folder / ("BoardDesk.exe" if os.name == "nt" else "BoardDesk")
    if not binary.is_file():
        print(f"no frozen app at {binary}: run ./dev package first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="boarddesk-check-") as temporary:
        home = Path(temporary)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                   XDG_CONFIG_HOME=str(home / "config"))  # fmt: skip
        db = home / "demo.sqlite"
        print(run(binary, "--version", cwd=home, env=env).strip())
        print(run(binary, "demo", "--db", str(db), cwd=home, env=env).strip())
        print(run(binary, "print", "pack", "--board", "pds", "--meeting", "7/2021", "--out", "pack.pdf",
                  "--db", str(db), cwd=home, env=env).strip())  # fmt: skip
        print(run(binary, "print", "minutes", "--board", "pds", "--meeting", "7/2021", "--archive", "--out",
                  "archive.pdf", "--db", str(db), cwd=home, env=env).strip())  # fmt: skip
        print(run(binary, "self-check", "--db", str(db), "--pdf", "pack.pdf", cwd=home, env=env).strip())
        print(f"start to first paint: {first_paint_seconds(binary, db, home, env):.2f} s")
    size = folder_size_mb(folder)
    print(f"{folder}: {size:.0f} MB unpacked (budget {BUDGET_MB} MB)")
    if size > BUDGET_MB:
        print(f"FAILED: {folder} is {size:.0f} MB, over the budget of {BUDGET_MB} MB", file=sys.stderr)
        return 1
    print("frozen app checked: all well")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dist/BoardDesk")))
