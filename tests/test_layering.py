"""The core (everything but boarddesk.gui) must run headless: it may not import Qt, nor the GUI
package (which would load Qt behind the import's back)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "boarddesk"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")
CORE = ("model", "store", "exchange", "services", "reports", "commands")


def imports(source: str) -> list[tuple[str, bool]]:
    """(module, at module level) for every import in the source."""
    tree = ast.parse(source)
    inside_functions = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(function)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) not in inside_functions) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) not in inside_functions))
    return found


def forbidden(source: str, layer: str) -> list[str]:
    """Qt anywhere; boarddesk.gui anywhere, except inside the functions of the commands that start
    the app or take a screenshot (they load the GUI only when asked to)."""
    bad = []
    for module, top_level in imports(source):
        if module.split(".")[0] in QT_MODULES:
            bad.append(module)
        elif module.startswith("boarddesk.gui") and (layer != "commands" or top_level):
            bad.append(module)
    return bad


def core_files() -> list[Path]:
    return [path for layer in CORE for path in (PACKAGE / layer).rglob("*.py")]


def test_core_modules_import_no_qt_and_no_gui():
    offenders = []
    for path in core_files():
        bad = forbidden(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).parts[0])
        if bad:
            offenders.append(f"{path.relative_to(PACKAGE)} imports {', '.join(bad)}")
    assert offenders == []


def test_a_planted_gui_import_is_caught_in_any_core_layer():
    planted = "from boarddesk.gui.rag import COLOURS\n"
    assert forbidden(planted, "services") == ["boarddesk.gui.rag"]
    assert forbidden(planted, "commands") == ["boarddesk.gui.rag"]  # at module level
    assert forbidden("def run():\n    import boarddesk.gui.shell.app\n", "commands") == []
    assert forbidden("def run():\n    import boarddesk.gui.shell.app\n", "reports") == ["boarddesk.gui.shell.app"]


def test_importing_every_core_module_loads_neither_qt_nor_the_gui():
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in core_files()
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')"
        " or m.startswith('boarddesk.gui'))\n"
        "print(' '.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == []


def test_core_layers_exist_as_packages():
    for layer in ("model", "store", "services", "reports", "exchange", "gui"):
        assert (PACKAGE / layer / "__init__.py").is_file(), layer


# -- SQL stays in the store and the services -------------------------------------------------------
SQL_TEXT = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|SELECT\s+\d|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|PRAGMA\s"
    r"|(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)\s|WITH\s+\w+\s+AS\s)",
    re.DOTALL,
)
STORE_CALLS = {"query", "query_one", "query_grouped", "scalar", "require_one", "execute", "executemany"}


def sql_uses(source: str) -> list[str]:
    """Where a module writes SQL or talks to the connection itself: an SQL text, a query call, `.conn`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"line {node.lineno}: .conn")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STORE_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}()")
    return found


def test_the_gui_and_the_reports_ask_the_services_and_write_no_sql():
    """The screens and the printed papers read through the services (one read model for both), so
    no SQL of their own can drift from it."""
    problems = [
        f"{path.relative_to(PACKAGE)} {use}"
        for layer in ("gui", "reports")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for use in sql_uses(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "\n".join(problems)


def test_a_planted_query_is_caught():
    assert sql_uses('store.scalar("SELECT content FROM attachments WHERE id = ?", (x,))')
    assert sql_uses("version_of(self.store.conn, 'cases', key)")
    assert not sql_uses("attachment_content(store, attachment_id)")
