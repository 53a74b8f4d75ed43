"""The core (everything but boarddesk.gui) must run headless: it may not import Qt."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "boarddesk"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_import_no_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        qt = [m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES]
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)} imports {', '.join(qt)}")
    assert offenders == []


def test_core_layers_exist_as_packages():
    for layer in ("model", "store", "services", "reports", "exchange", "gui"):
        assert (PACKAGE / layer / "__init__.py").is_file(), layer
