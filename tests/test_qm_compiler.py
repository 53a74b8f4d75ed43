"""The wheel's translations are compiled in plain Python (packaging/qm_compiler.py, so building
needs no Qt); what QTranslator finds in them must be what it finds in lrelease's .qm."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from boarddesk.gui.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("qm_compiler", ROOT / "packaging" / "qm_compiler.py")
qm_compiler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qm_compiler)

TS = TRANSLATIONS / "boarddesk_nb.ts"


def loaded(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator refused {qm}"
    return translator


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[QTranslator, QTranslator]:
    folder = tmp_path_factory.mktemp("qm")
    ours, reference = folder / "python.qm", folder / "lrelease.qm"
    qm_compiler.compile_ts(TS, ours)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(reference)], check=True)
    return loaded(ours), loaded(reference)


def test_every_message_translates_as_with_lrelease(both):
    ours, reference = both
    language, found = qm_compiler.messages(TS)
    assert language == "nb_NO" and len(found) > 100
    assert ours.language() == reference.language() == "nb_NO"
    wrong = []
    for context, source, comment, translation in found:
        got = ours.translate(context, source, comment or None)
        if got != translation or got != reference.translate(context, source, comment or None):
            wrong.append(f"{context}: {source!r} -> {got!r}, lrelease {reference.translate(context, source)!r}")
    assert not wrong, "\n".join(wrong[:10])


def test_unknown_texts_and_other_contexts_stay_untranslated(both):
    ours, reference = both
    context, source, _, _ = qm_compiler.messages(TS)[1][0]
    for asked in ((context, "No such text in BoardDesk"), ("NoSuchContext", source)):
        assert ours.translate(*asked) == reference.translate(*asked) == ""


def test_plural_forms_are_refused_not_miscompiled(tmp_path: Path):
    ts = tmp_path / "plural.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nb_NO"><context><name>C</name>'
        '<message numerus="yes"><source>%n board(s)</source><translation><numerusform>%n styre</numerusform>'
        "<numerusform>%n styrer</numerusform></translation></message></context></TS>",
        encoding="utf-8",
    )
    with pytest.raises(qm_compiler.UnsupportedTranslation, match="plural"):
        qm_compiler.compile_ts(ts, tmp_path / "plural.qm")
