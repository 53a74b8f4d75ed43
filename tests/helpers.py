"""Helpers the tests share (a module, not a test file): case papers made with reportlab for the
bundle, annotation and reader tests, and the secretary's store with one attached to case 46/21
of meeting 7/2021."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from boarddesk.services.agenda import attach_document
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
