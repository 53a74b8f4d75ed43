"""How fast a ~100-page meeting pack prints, next to LibreOffice converting the same content.

    .venv/bin/python -m bench.pack_bench [--pages 100] [--runs 3]

Builds a pack of the Helse Nord board's meeting of 25.04.2024, grown with more cases carrying the
DIS status reports (charts, RAG tables, risk matrices) and attached PDFs, to about --pages pages.
Prints the median of --runs for: a cold build (nothing cached), a warm one (nothing changed) and
one after a single case was revised. Where LibreOffice (`soffice`) is installed it then writes the
pack's content as DOCX (python-docx, from the `test` extra) and times `soffice --convert-to pdf`
on it, warm (its first start is not counted), and prints the ratio. It also times the archival
pack (PDF/A-2a through typst, which lists the attached PDFs rather than copying them). Targets:
cold ≤ 1 s, at least 5 times faster than LibreOffice's conversion alone, the archival pack ≤ 2 s.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from boarddesk.demo.boards import load_demo
from boarddesk.reports.documents import build_document
from boarddesk.reports.pack import build_pack
from boarddesk.reports.sections import default_workers
from boarddesk.store import Store

MEETING = "hn-m-2024-04-25"
COLD_TARGET_S, RATIO_TARGET, ARCHIVE_TARGET_S = 1.0, 5.0, 2.0
DIS_PROJECTS = [
    "hn-p-dis",
    "hn-p-dis-pasientbrev",
    "hn-p-dis-barn-og-unge",
    "hn-p-dis-digital-dialog",
    "hn-p-dis-digitale-skjema",
    "hn-p-dis-provesvar",
    "hn-p-dis-journaldokumenter",
]


def attachment_pdf(title: str, pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 760, f"{title}, side {number}")
        canvas.setFont("Helvetica", 10)
        for line in range(40):
            canvas.drawString(72, 730 - line * 15, f"Linje {line + 1}: innhold i vedlegget til saken.")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# What a project's printed status report is made of, in the order its rows refer to each other.
PROJECT_TABLES = (
    "projects",
    "status_reports",
    "area_ratings",
    "milestones",
    "milestone_forecasts",
    "risks",
    "risk_measures",
    "risk_assessments",
    "budget_lines",
)


def copy_projects(conn, projects: list[str], suffix: str) -> list[str]:
    """Copies of the projects with everything their status reports show, under ids ending in
    `suffix`. A pack prints each project's report once, so a bench case needs projects of its own."""
    ids = {project: project + suffix for project in projects}
    for table in PROJECT_TABLES:
        cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 (the names above)
        columns = [c[0] for c in cursor.description]
        for row in cursor.fetchall():
            values = dict(zip(columns, row, strict=True))
            if not any(values[c] in ids for c in columns if c != "id") and values.get("id") not in ids:
                continue
            if "id" in values and values["id"] not in ids:
                ids[values["id"]] = values["id"] + suffix
            copy = {c: ids.get(v, v) if isinstance(v, str) else v for c, v in values.items()}
            if table == "projects":
                copy["name"] = f"{values['name']}{suffix.replace('~', ' – del ')}"
            conn.execute(
                f"INSERT INTO {table} ({', '.join(copy)}) VALUES ({', '.join('?' * len(copy))})",  # noqa: S608
                list(copy.values()),
            )
    return [ids[project] for project in projects]


def grow_meeting(store: Store, extra_cases: int) -> None:
    """More cases on the meeting, each with status reports of its own (copies of the DIS projects'),
    two attached PDFs and a few paragraphs."""
    with store.write() as conn:
        # Place the risks in the matrix (the seed papers give no probability and consequence).
        conn.execute(
            "UPDATE risk_assessments SET probability = 1 + abs(random()) % 5, consequence = 1 + abs(random()) % 5"
        )
        for n in range(extra_cases):
            case = f"bench-case-{n}"
            conn.execute(
                "INSERT INTO cases (id, board_id, meeting, agenda_position, year, seq, title, body_text, "
                "proposed_decision, to_body, paper_date, state, print_status_reports) VALUES (?, 'hn', ?, ?, "
                "2024, ?, ?, ?, ?, 'Styret i Helse Nord RHF', '2024-04-18', 'published', 1)",
                (
                    case,
                    MEETING,
                    10 + n,
                    900 + n,
                    f"Oppfølging av digitaliseringsporteføljen, del {n + 1}",
                    (
                        "Saken gir styret en oversikt over status, fremdrift, økonomi og risiko i prosjektene. " * 12
                        + "\n\n"
                    )
                    * 4,
                    "Styret tar saken til orientering.",
                ),
            )
            conn.execute(
                "INSERT INTO case_parts (case_id, position, title, type) VALUES (?, 0, 'Orientering', 'information')",
                (case,),
            )
            for position, project in enumerate(copy_projects(conn, DIS_PROJECTS, f"~{n + 1}")):
                conn.execute(
                    "INSERT INTO case_projects (case_id, position, project) VALUES (?, ?, ?)", (case, position, project)
                )
            for position in range(2):
                content = attachment_pdf(f"Vedlegg {position + 1} til del {n + 1}", 3)
                ident = f"{case}-att-{position}"
                conn.execute(
                    "INSERT INTO attachments (id, board_id, filename, media_type, title, sha256, content) "
                    "VALUES (?, 'hn', ?, 'application/pdf', ?, ?, ?)",
                    (ident, f"{ident}.pdf", f"Vedlegg {position + 1}", hashlib.sha256(content).hexdigest(), content),
                )
                conn.execute(
                    "INSERT INTO case_attachments (case_id, position, attachment) VALUES (?, ?, ?)",
                    (case, position, ident),
                )


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def chart_images(store: Store) -> dict[str, list[bytes]]:
    """The pack's own charts as PNG pictures, as a secretary pastes them into Word: each chart
    drawn as a PDF by reportlab and rasterised at 150 dpi by QtPdf (the reader's engine)."""
    from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
    from reportlab.graphics import renderPDF

    from boarddesk.gui.reader.pdf_engine import PdfEngine
    from boarddesk.reports import charts
    from boarddesk.reports.layout import frame_width
    from boarddesk.reports.status_report import load_report_data

    _app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (Qt wants one for QtPdf)
    width = frame_width("a4")
    images: dict[str, list[bytes]] = {"Milepæler": [], "Milepælstrend": [], "Risikomatrise": []}
    for project in DIS_PROJECTS:
        data = load_report_data(store, project)
        drawings = {
            "Milepæler": charts.milestone_timeline(data.tracks, width, "nb"),
            "Milepælstrend": charts.milestone_trend(data.tracks, width, "nb"),
            "Risikomatrise": charts.risk_matrix(data.risks, "nb"),
        }
        for heading, drawing in drawings.items():
            if drawing is None:
                continue
            engine = PdfEngine(renderPDF.drawToString(drawing))
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            engine.render(0, 150 / 72).save(buffer, "PNG")
            engine.close()
            images[heading].append(bytes(buffer.data()))
    return images


RAG_FILL = {"G": "2E7D32", "Gu": "F9A825", "R": "C62828", "Grønn": "2E7D32", "Gul": "F9A825", "Rød": "C62828"}


def _docx_field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the converter fills in, as our footer's «Side X av Y»."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def write_docx(pdf: Path, docx: Path, images: dict[str, list[bytes]]) -> None:
    """The pack's content as a Word document, as a secretary would make it: each page's text, its
    tables as Word tables with RAG cells shaded, its charts as pictures, and a footer with the board,
    the meeting and «Side X av Y» as page fields."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(8.5)
    normal.paragraph_format.space_after = Pt(0)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Styret i Helse Nord RHF · Møte 25.04.2024        Side ")
    _docx_field(footer, "PAGE")
    footer.add_run(" av ")
    _docx_field(footer, "NUMPAGES")
    used = 0
    for page in PdfReader(pdf).pages:
        lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        for line in lines[:12]:
            document.add_paragraph(line)
        for heading, pictures in images.items():
            if pictures and heading in lines:
                document.add_picture(io.BytesIO(pictures[used % len(pictures)]), width=Cm(15))
                used += 1
        rows = [lines[i : i + 5] for i in range(12, len(lines) - 4, 5)]
        if rows:
            table = document.add_table(rows=len(rows), cols=5)
            table.style = "Table Grid"
            for row, values in zip(table.rows, rows, strict=False):
                for cell, value in zip(row.cells, values, strict=False):
                    cell.text = value
                    if value.split()[0:1] and value.split()[0] in RAG_FILL:
                        _shade(cell, RAG_FILL[value.split()[0]])
        document.add_page_break()
    document.save(docx)


def libreoffice_seconds(docx: Path, folder: Path, runs: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    profile = folder / "lo-profile"
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder / "lo-out"),
        str(docx),
    ]
    subprocess.run(command, capture_output=True, check=True, timeout=300)  # first start makes the profile
    return statistics.median(
        timed(lambda: subprocess.run(command, capture_output=True, check=True, timeout=300)) for _ in range(runs)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder / "bench.sqlite")
        load_demo(store)
        grow_meeting(store, max(0, round((args.pages - 35) / 33)))
        out = folder / "pack.pdf"

        def cold() -> None:
            build_pack(store, MEETING, out, cache_dir=None)

        def one_process() -> tuple[float, float]:
            """Wall and CPU seconds of a cold build in this process alone; CPU time is the cost
            whatever else the machine runs."""
            wall, cpu = time.perf_counter(), time.process_time()
            build_pack(store, MEETING, out, cache_dir=None, workers=1)
            return time.perf_counter() - wall, time.process_time() - cpu

        cold_s = statistics.median(timed(cold) for _ in range(args.runs))
        single = [one_process() for _ in range(args.runs)]
        single_s, cpu_s = statistics.median(w for w, _ in single), statistics.median(c for _, c in single)
        pages = len(PdfReader(out).pages)
        cache = folder / "cache"
        build_pack(store, MEETING, out, cache_dir=cache)
        warm_s = statistics.median(
            timed(lambda: build_pack(store, MEETING, out, cache_dir=cache)) for _ in range(args.runs)
        )
        revised = []
        for run in range(args.runs):
            with store.write() as conn:
                conn.execute(
                    "UPDATE cases SET body_text = body_text || ? WHERE id = 'bench-case-0'", (f" Revisjon {run}.",)
                )
            revised.append(timed(lambda: build_pack(store, MEETING, out, cache_dir=cache)))
        print(
            f"pack: {pages} pages, {len(list(PdfReader(out).outline))} top-level bookmarks; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        print(
            f"reportlab build, cold (nothing cached):  {cold_s:.2f} s  ({pages / cold_s:.0f} pages/s, {default_workers()} processes)"
        )
        print(f"  the same in one process:               {single_s:.2f} s  (CPU time {cpu_s:.2f} s)")
        print(f"reportlab build, warm (nothing changed): {warm_s:.2f} s")
        print(f"reportlab build, one case revised:       {statistics.median(revised):.2f} s")
        archive = folder / "pack-archive.pdf"
        archive_s = statistics.median(
            timed(lambda: build_document(store, "pack", MEETING, archive, archive=True)) for _ in range(args.runs)
        )
        archive_pages = len(PdfReader(archive).pages)
        verdict = "within" if archive_s <= ARCHIVE_TARGET_S else "OVER"
        print(
            f"archival pack (typst, PDF/A-2a):         {archive_s:.2f} s  ({archive_pages} pages; attachments listed, "
            f"not copied; {verdict} the {ARCHIVE_TARGET_S:.0f} s target)"
        )
        build_pack(store, MEETING, out, cache_dir=None)
        try:
            docx = folder / "pack.docx"
            images = chart_images(store)
            docx_s = timed(lambda: write_docx(out, docx, images))
        except ImportError:
            print("LibreOffice comparison skipped: python-docx is not installed (pip install -e '.[test]')")
            return
        lo_s = libreoffice_seconds(docx, folder, args.runs)
        if lo_s is None:
            print("LibreOffice comparison skipped: soffice is not installed")
            return
        lo_pages = len(PdfReader(folder / "lo-out" / "pack.pdf").pages)
        print(
            f"LibreOffice DOCX → PDF, warm:            {lo_s:.2f} s  ({lo_pages} pages; writing the DOCX took {docx_s:.2f} s more)"
        )
        print(f"ratio LibreOffice / BoardDesk cold:      {lo_s / cold_s:.1f}×  (warm cache: {lo_s / warm_s:.0f}×)")
        print(
            f"targets: cold ≤ {COLD_TARGET_S:.0f} s {'met' if cold_s <= COLD_TARGET_S else 'MISSED'}; "
            f"≥ {RATIO_TARGET:.0f}× LibreOffice {'met' if lo_s / cold_s >= RATIO_TARGET else 'MISSED'}"
        )
        store.close()


if __name__ == "__main__":
    main()
