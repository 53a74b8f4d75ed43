"""Helpers the tests share (a module, not a test file): case papers made with reportlab for the
bundle, annotation and reader tests, and the secretary's store with one attached to case 46/21
of meeting 7/2021."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from boarddesk.services.meetings import agenda
from boarddesk.services.meetings.agenda import attach_document
from boarddesk.services.meetings.setup import MeetingDraft, create_meeting
from boarddesk.services.transfer import signing as bundle_signing
from boarddesk.services.transfer.bundles import import_bundle
from boarddesk.services.transfer.container import BundleError, pack
from boarddesk.store import Store

MEETING = "pds-m-2021-7"
CASE = "pds-case-2021-46"
QUOTE = "økte driftskostnader på 4,2 MNOK"
DOOMED = "Dette avsnittet strykes i neste versjon"

FIRST_VERSION = [
    [
        "Sak 46/21 Drifts- og forvaltningskostnader",
        "Programstyret orienteres om at leveransene gir økte driftskostnader på 4,2 MNOK fra 2023.",
        "Dette avsnittet strykes i neste versjon av saksfremlegget.",
        "Forslag til vedtak: Programstyret tar saken til orientering.",
    ]
]
# The revision puts a new page first and drops a paragraph: the quote moves to page 2.
REVISED_VERSION = [
    ["Revidert saksfremlegg", "Endret etter innspill fra arbeidsutvalget."],
    [
        "Sak 46/21 Drifts- og forvaltningskostnader",
        "Programstyret orienteres om at leveransene gir økte driftskostnader på 4,2 MNOK fra 2023.",
        "Forslag til vedtak: Programstyret tar saken til etterretning.",
    ],
]


def make_pdf(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        pdf.setFont("Helvetica", 11)
        y = 780
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 22
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def attach_case_paper(store: Store) -> str:
    return attach_document(store, CASE, "sak-46-21.pdf", make_pdf(FIRST_VERSION), title="Saksfremlegg 46/21")


def dump(path: Path) -> list[str]:
    """Everything a store holds, as SQL text: two equal dumps mean an unchanged store."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


# Changes the board of a bundle's or notes file's data part in place.
Change = Callable[[dict], None]


def forge(
    bundle: bytes,
    change: Change | None = None,
    *,
    key: Ed25519PrivateKey | None = None,
    parts_change: Callable[[dict[str, bytes]], None] | None = None,
    **manifest,
) -> bytes:
    """The bundle with its data changed by `change` (given the board), its other parts by
    `parts_change` (given them by name), and the manifest's hashes made to match; signed with
    `key`, or not signed at all."""
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        fields = json.loads(archive.read("manifest.json"))
        parts = {n: archive.read(n) for n in archive.namelist() if n not in ("manifest.json", "signature.json")}
    if change:
        data = json.loads(parts["data.json"])
        change(data["boards"][0])
        parts["data.json"] = json.dumps(data).encode()  # ASCII escapes: a lone surrogate survives
    if parts_change:
        parts_change(parts)
    kind = fields["kind"]
    fields = {k: v for k, v in fields.items() if k not in ("format", "version", "kind", "parts")} | manifest
    return pack(kind, fields, parts, signer=(lambda m: bundle_signing.sign(key, m)) if key else None)


def bundle_refused(path: Path, data: bytes, message: str, tmp_path: Path, **options) -> None:
    """Importing the bundle `data` into the store at `path` is refused with `message`, and changes
    no byte of its dump."""
    bundle = tmp_path / "forged.bdpack"
    bundle.write_bytes(data)
    before = dump(path)
    with Store.open(path) as store, pytest.raises(BundleError, match=message):
        import_bundle(store, bundle, **options)
    assert dump(path) == before


def a_case_to_decide(store: Store) -> str:
    """A case of a new, published meeting of the programme board, ready for a decision."""
    meeting = create_meeting(store, MeetingDraft("pds", "2021-12-16", start_time="10:00"))
    case = agenda.add_case(store, meeting, "NILAR innbyggertjenester", proposed_decision="Tilslutning.")
    agenda.publish_agenda(store, meeting)
    return case


# -- the meeting view, driven as the secretary drives it --------------------------------------------
def new_meeting(window, day: str) -> str:
    """A new meeting of the programme board on `day`, opened with its agenda in editing mode."""
    from PySide6.QtCore import QDate, Qt

    from boarddesk.gui.meeting.dialogs import NewMeetingDialog

    dialog = NewMeetingDialog(window.store, "pds", window)
    dialog.date.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
    dialog.accept()
    window.reload_navigator()
    window.open_target("meeting", dialog.meeting_id)
    window.current_view().builder.edit_toggle.click()  # «Edit agenda»
    return dialog.meeting_id


def add_case(qtbot, builder, title: str, proposal: str = "") -> str:
    """A case added at the end of the agenda by the Add button, its title (and proposal) typed."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    editor = builder.editor
    qtbot.keyClicks(editor.title, title)  # the new title is selected: typing replaces it
    if proposal:
        qtbot.keyClicks(editor.proposal, proposal)
    editor.flush()
    return editor.case_id


def live_meeting_with(qtbot, window, *cases: tuple[str, str]):
    """A published meeting with `cases` (title, proposal), open in live mode; returns the meeting
    view and the cases' ids."""
    from PySide6.QtCore import Qt

    from boarddesk.gui.meeting.meeting_view import LIVE

    new_meeting(window, "2021-12-16")
    view = window.current_view()
    ids = [add_case(qtbot, view.builder, title, proposal) for title, proposal in cases]
    qtbot.mouseClick(view.builder.publish_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(LIVE)
    return view, ids


def open_live_grid(window, meeting: str):
    """The meeting open on its live tab: the view and its attendance grid."""
    from boarddesk.gui.meeting.meeting_view import LIVE

    window.open_target("meeting", meeting)
    view = window.current_view()
    view.tabs.setCurrentIndex(LIVE)
    return view, view.live.attendance_table


def row_of(grid, name: str) -> int:
    """The attendance grid's row of the person whose name begins so."""
    return next(row for row in range(grid.rowCount()) if grid.item(row, 0).text().startswith(name))
