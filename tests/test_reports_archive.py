"""The archival copy (PDF/A-2a, PDF/UA-1) and the public version, as an archive and a website check them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pikepdf
import pytest
from pypdf import PdfReader

from boarddesk.reports.documents import build_document

PDS = "pds-m-2021-7"
SECRET = "Forhandlingsposisjonen overfor leverandøren Xylofon AS"
BASIS = "Unntatt offentlighet, offl. § 13"


def exempt_case_44(store) -> None:
    with store.write() as conn:
        conn.execute(
            "UPDATE cases SET confidentiality = ?, discussion = ? WHERE id = 'pds-case-2021-44'",
            (BASIS, f"{SECRET} ble drøftet."),
        )
        conn.execute(
            "INSERT INTO decisions (case_id, text) VALUES ('pds-case-2021-44', ?)", (f"{SECRET} holdes fast.",)
        )
        conn.execute(
            'INSERT INTO action_points (id, board_id, text, meeting, "case", status) VALUES '
            "('ap-secret', 'pds', ?, ?, 'pds-case-2021-44', 'open')",
            (f"Følge opp {SECRET}", PDS),
        )


def everything_in(path) -> str:
    """Every string a reader could get out of the file: decompressed streams, extracted text,
    metadata (info and XMP) and bookmarks."""
    parts = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    parts.append(obj.read_bytes().decode("utf-8", "ignore"))
                except pikepdf.PdfError:
                    pass
        parts += [str(v) for v in pdf.docinfo.values()]
        parts.append(str(pdf.open_metadata()))
        with pdf.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                parts.append(item.title)
                stack += list(item.children)
    reader = PdfReader(path)
    parts += [page.extract_text() for page in reader.pages]
    return "\n".join(parts)


@pytest.mark.parametrize("kind", ["minutes", "agenda", "pack"])
def test_archival_copy_is_pdf_a_2a_tagged_with_language_fonts_and_output_intent(demo_store, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    build_document(demo_store, kind, PDS, out, archive=True)
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "A"
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.Lang == "nb-NO"
        assert len(pdf.Root.OutputIntents) >= 1
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant.FontDescriptor, font.BaseFont
            for state in page.Resources.get("/ExtGState", {}).values():
                assert float(state.get("/ca", 1)) == 1 and float(state.get("/CA", 1)) == 1, "no transparency"


@pytest.mark.parametrize("kind", ["minutes", "pack"])
def test_archival_copy_passes_the_pdfua_checker(demo_store, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    build_document(demo_store, kind, PDS, out, archive=True)
    result = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", "--format", "json", "--min-severity", "error", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["findings"] == [], result.stdout[:2000]


@pytest.mark.parametrize("kind", ["minutes", "pack"])
def test_the_same_input_gives_the_same_bytes(demo_store, tmp_path, kind):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_document(demo_store, kind, PDS, first, archive=True)
    build_document(demo_store, kind, PDS, second, archive=True)
    assert first.read_bytes() == second.read_bytes()


def test_public_version_leaves_exempt_content_out_and_states_the_legal_basis(demo_store, tmp_path):
    exempt_case_44(demo_store)
    archived, public = tmp_path / "archive.pdf", tmp_path / "public.pdf"
    build_document(demo_store, "minutes", PDS, archived, archive=True)
    build_document(demo_store, "minutes", PDS, public, public=True)
    assert "Xylofon" in everything_in(archived), "the archival copy keeps it (so the search below can find it)"
    found = everything_in(public)
    for word in ("Xylofon", "Forhandlingsposisjonen", "Tillitsmodell"):
        assert word not in found, word
    text = "\n".join(page.extract_text() for page in PdfReader(public).pages)
    assert "Sak 44/21" in text and "offl. § 13" in text
    assert "Sak 45/21 NILAR innbyggerperspektiv" in text, "the rest of the document is the same"
    with pikepdf.open(public) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") == "2"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_archival_pack_holds_the_status_reports_and_names_each_attachment_by_its_fingerprint(demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    build_document(demo_store, "pack", PDS, out, archive=True)
    text = pdf_text(out)
    for words in ("Statusrapport: Program digital samhandling", "Milepæler", "Risiko", "Forslag til vedtak"):
        assert words in text, words
    sha = hashlib.sha256(demo_store.query_one("SELECT content FROM attachments WHERE id = 'pds-att-43-21'")["content"])
    assert f"SHA-256 {sha.hexdigest()}" in text
    assert "arkivert som egne dokumenter" in text, "the page says where the attachment itself is"
    with pikepdf.open(out) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert "Innhold" in text and any("Sak 43/21" in title for title in titles), "a contents and bookmarks per case"


def test_public_pack_leaves_exempt_cases_and_attachments_out(demo_store, tmp_path):
    exempt_case_44(demo_store)
    with demo_store.write() as conn:  # an exempt attachment in a case that is open to the public
        conn.execute(
            "UPDATE attachments SET confidentiality = ?, title = ? WHERE id = 'pds-att-45-21'",
            (BASIS, f"{SECRET}: notat"),
        )
    archived, public = tmp_path / "archive.pdf", tmp_path / "public.pdf"
    build_document(demo_store, "pack", PDS, archived, archive=True)
    build_document(demo_store, "pack", PDS, public, public=True)
    assert "Xylofon" in everything_in(archived)
    found = everything_in(public)
    for word in ("Xylofon", "Forhandlingsposisjonen", "Tillitsmodell"):
        assert word not in found, word
    content = demo_store.query_one("SELECT content FROM attachments WHERE id = 'pds-att-45-21'")["content"]
    assert hashlib.sha256(content).hexdigest() not in found
    text = pdf_text(public)
    assert "Vedlegg unntatt offentlighet: Unntatt offentlighet, offl. § 13" in text
    assert "Sak 44/21" in text and "Statusrapport: Program digital samhandling" in text
    with pikepdf.open(public) as pdf:
        assert pdf.open_metadata().get("pdfaid:conformance") == "A"


def test_public_agenda_names_the_basis_in_place_of_the_case(demo_store, tmp_path):
    exempt_case_44(demo_store)
    out = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", PDS, out, public=True)
    found = everything_in(out)
    assert "Tillitsmodell" not in found and "offl. § 13" in found


def test_cli_writes_the_archival_minutes_and_the_public_pack(demo_path, tmp_path):
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "boarddesk", "--db", str(demo_path), "print", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    out = tmp_path / "m.pdf"
    done = run("minutes", "--board", "pds", "--meeting", "7/2021", "--out", str(out), "--archive")
    assert done.returncode == 0, done.stderr
    assert pikepdf.open(out).open_metadata().get("pdfaid:conformance") == "A"
    pack = tmp_path / "p.pdf"
    done = run("pack", "--board", "pds", "--meeting", "7/2021", "--out", str(pack), "--public")
    assert done.returncode == 0, done.stderr
    assert f"Wrote {pack}: {len(PdfReader(pack).pages)} pages" in done.stdout
