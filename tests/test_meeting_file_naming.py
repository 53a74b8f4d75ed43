"""The .bdpack file has one name in bokmål, «møtefil», wherever it is spoken of (menus, dialogs,
errors, the first start), and the F1 guide says where the secretary exports it and a member
imports it."""

from __future__ import annotations

import html
import re

from boarddesk.gui.i18n import TRANSLATIONS

PACK_WORDS = re.compile(r"\bmøtepakk|\bpakke(n|r|ne)?\b", re.IGNORECASE)  # not «pakkes ut» (unpacks)


def bundle_messages() -> list[tuple[str, str]]:
    text = (TRANSLATIONS / "boarddesk_nb.ts").read_text(encoding="utf-8")
    pairs = re.findall(
        r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation[^>]*>(.*?)</translation>", text, re.S
    )
    return [
        (html.unescape(source), html.unescape(target).replace("&", ""))
        for source, target in pairs
        if "bundle" in source.lower()
    ]


def test_every_text_about_the_meeting_file_calls_it_a_møtefil():
    messages = bundle_messages()
    assert len(messages) > 20
    wrong = [(source, target) for source, target in messages if PACK_WORDS.search(target)]
    assert wrong == []
    assert all("møtefil" in target.lower() for source, target in messages if "meeting bundle" in source.lower())


def test_the_guide_says_where_to_export_and_import_the_meeting_file(qtbot, norwegian):
    from PySide6.QtWidgets import QWidget

    from boarddesk.gui.shell.guide import GuideDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    guide = GuideDialog(parent).html()
    assert "Lesing → Eksporter møtefil…" in guide  # the secretary sends it
    assert "Lesing → Importer møtefil…" in guide  # the member reads it in
