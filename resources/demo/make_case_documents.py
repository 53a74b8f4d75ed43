"""Make the case papers of PDS meeting 7/2021 as small PDFs and put them in the demo data.

The agenda of the PDS programme board's meeting 7/2021 names three case documents: «43-21 Sentralt
styringsdokument for steg 2», «45-21 NILAR innbyggerperspektiv» and «46-21 Drifts- og
forvaltningskostnader som følge av leveranser fra PDS». The demo JSON holds each of those cases'
body text and proposed decision, taken from the board paper (shared/seeds/002_6134f1b6b68406f9.txt).
This script sets that text, and nothing else, as an A4 case paper: the header block of the paper
(Til / Dato / Saksnummer / Type), the case title, the body text and «Forslag til vedtak». The
DejaVu Sans font in resources/fonts is embedded, so æøå are right; it is first cut down with
fontTools to the characters the three papers use and without hinting, so each PDF is a few KB.

Each PDF is added to the board's `attachments` (id «pds-att-43-21» etc., with its SHA-256 and the
content in base64) and linked from its case's `attachments` list; running it again replaces them.
The output is reproducible (reportlab's invariant mode), so a rerun changes nothing.

Run once from the project root, and commit the changed JSON (fontTools is needed only here:
`.venv/bin/pip install -e '.[demo]'` or `.venv/bin/pip install fonttools`):

    .venv/bin/python resources/demo/make_case_documents.py
    .venv/bin/python -m boarddesk.exchange.validate resources/demo/pds-programme-board.json
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from fontTools import subset
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
DEMO = HERE / "pds-programme-board.json"
FONTS = HERE.parent / "fonts"
CASES = ("pds-case-2021-43", "pds-case-2021-45", "pds-case-2021-46")
# The paper's own words for the kind of case (the vocabulary's Norwegian terms).
CASE_TYPE = {
    "endorsement": "Tilslutning",
    "discussion": "Drøfting",
    "decision": "Beslutning",
    "information": "Orientering",
}


def _small_font(path: Path, text: str) -> io.BytesIO:
    """The font with only the glyphs for `text`, no hinting and no layout tables: a few KB."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [1, 2, 3, 4, 6]
    options.notdef_outline = True
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    for table in ("GPOS", "GSUB", "GDEF", "kern", "hdmx", "VDMX", "LTSH", "gasp", "FFTM"):
        if table in font:
            del font[table]
    out = io.BytesIO()
    font.save(out)
    out.seek(0)
    return out


def _fonts(text: str) -> None:
    for name, filename in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, _small_font(FONTS / filename, text)))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=7)
    return {
        "body": body,
        "label": ParagraphStyle("label", parent=body, fontName="DejaVuSans-Bold", spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName="DejaVuSans-Bold", fontSize=14, leading=18),
        "heading": ParagraphStyle("heading", parent=body, fontName="DejaVuSans-Bold", fontSize=11, spaceBefore=6),
    }


def case_number(case: dict) -> str:
    return f"{case['seq']}/{str(case['year'])[-2:]}"


def case_type(case: dict) -> str:
    kinds = [part.get("type") for part in case.get("parts", []) if part.get("type")]
    return CASE_TYPE.get(kinds[0], kinds[0]) if kinds else ""


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(escape(" ".join(chunk.split())), style) for chunk in text.split("\n\n") if chunk.strip()]


def case_paper(case: dict) -> bytes:
    """The case paper of one case, as PDF bytes."""
    styles = _styles()
    header = [
        ("Til", case.get("to_body", "")),
        ("Dato", date.fromisoformat(case["paper_date"]).strftime("%d.%m.%Y") if case.get("paper_date") else ""),
        ("Saksnummer", case_number(case)),
        ("Type", case_type(case)),
    ]
    table = Table(
        [[Paragraph(label, styles["label"]), Paragraph(escape(value), styles["cell"])] for label, value in header],
        colWidths=(35 * mm, 125 * mm),
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [table, Spacer(1, 8 * mm), Paragraph(escape(case["title"]), styles["title"]), Spacer(1, 3 * mm)]
    story += _paragraphs(case.get("body_text", ""), styles["body"])
    if case.get("proposed_decision"):
        story.append(Paragraph("Forslag til vedtak", styles["heading"]))
        story += _paragraphs(case["proposed_decision"], styles["body"])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=case.get("document") or case["title"],
        author=case.get("presenter") or "",
        subject=f"Sak {case_number(case)}",
        creator="BoardDesk demo (resources/demo/make_case_documents.py)",
        invariant=1,
        pageCompression=1,
    )
    doc.build(story)
    return buffer.getvalue()


def attachment_id(case: dict) -> str:
    return f"pds-att-{case['seq']}-{str(case['year'])[-2:]}"


def main() -> None:
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    board = data["boards"][0]
    cases = {case["id"]: case for case in board["cases"]}
    used = json.dumps([cases[case_id] for case_id in CASES], ensure_ascii=False)
    _fonts(used + "".join(CASE_TYPE.values()) + "TilDatoSaksnummerTypeForslag til vedtak 0123456789./…")
    made = {}
    for case_id in CASES:
        case = cases[case_id]
        content = case_paper(case)
        ident = attachment_id(case)
        made[ident] = {
            "id": ident,
            "filename": f"{case['seq']}-{str(case['year'])[-2:]}.pdf",
            "media_type": "application/pdf",
            "title": case.get("document") or f"{case['seq']}-{str(case['year'])[-2:]} {case['title']}",
            "sha256": hashlib.sha256(content).hexdigest(),
            "content_base64": base64.b64encode(content).decode("ascii"),
        }
        linked = [a for a in case.get("attachments", []) if a != ident]
        case["attachments"] = [ident, *linked]
        print(f"{ident}: {len(content)} bytes")
    others = [a for a in board.get("attachments", []) if a["id"] not in made]
    board["attachments"] = [*others, *made.values()]
    DEMO.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
