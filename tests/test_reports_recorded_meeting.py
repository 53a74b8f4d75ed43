"""The printed papers of a meeting recorded as a secretary records one: a guest standing in for an
absent member, a case withdrawn after the agenda went out, a chair's remark at the adjustment
(justering), approval. What the screen's minutes show, the printed minutes show too."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from boarddesk.reports.documents import build_document
from boarddesk.services.meetings.agenda import remove_case
from boarddesk.services.meetings.live_meeting import close_meeting, set_attendance, set_guest_attendance
from boarddesk.services.meetings.minutes import add_amendment, approve, record_remark, send_for_adjustment
from boarddesk.services.meetings.reading import invitees_of
from boarddesk.services.meetings.setup import set_invitees

MEETING = "pds-m-2021-7"  # 7/2021 of the programme board, its agenda published
REMARK = "I sak 43/21 skal det stå 42 millioner kroner."


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def invite_guests(store) -> None:
    """The demo's invitees, and two guests: a deputy (role typed as «Vara») and one with no role."""
    invited = [{"member": row["member"]} for row in invitees_of(store, MEETING)]
    set_invitees(
        store,
        MEETING,
        [
            *invited,
            {"name": "Anne Gjest", "organisation": "Helse Vest", "role": "Vara"},
            {"name": "Per Besøk", "organisation": "Helse Nord"},
        ],
    )


@pytest.fixture
def recorded(demo_store):
    """7/2021 recorded and approved: a guest deputy, 44/21 withdrawn, the chair's remark."""
    store = demo_store
    invite_guests(store)
    for member in ("pds-mem-lucie-aunan", "pds-mem-ole-johan-kvan", "pds-mem-kirsti-pedersen"):
        set_attendance(store, MEETING, member, "present")
    set_attendance(store, MEETING, "pds-mem-merete-lyngstad", "absent_with_notice")
    set_guest_attendance(store, MEETING, "Anne Gjest", "present", deputy_for="pds-mem-merete-lyngstad")
    remove_case(store, "pds-case-2021-44")
    close_meeting(store, MEETING)
    send_for_adjustment(store, MEETING, ["pds-mem-ole-johan-kvan"])
    record_remark(store, MEETING, "pds-mem-lucie-aunan", REMARK)
    approve(store, MEETING, approved_on="2021-12-08")
    return store


def test_printed_minutes_carry_the_adjustment_and_the_agenda_changes(recorded, tmp_path):
    out = tmp_path / "minutes.pdf"
    build_document(recorded, "minutes", MEETING, out)
    text = text_of(out)
    assert "Justering" in text
    assert f"Lucie Aunan (møteleder): {REMARK}" in text
    assert "Ole Johan Kvan (medunderskriver)" in text
    assert "Endringer i den publiserte sakslisten" in text
    assert "44/21 «Tillitsmodell/dokumentdeling ved Norsk Helsenett SF» trukket" in text
    # Remarks and changes come before the approval line the signatures stand under.
    assert text.index("Justering") < text.index("Referatet ble godkjent 08.12.2021.") < text.index("Underskrifter")
    assert text.index("Endringer i den publiserte sakslisten") < text.index("Underskrifter")


def test_amendments_after_approval_print_as_the_screen_shows_them(recorded, tmp_path):
    add_amendment(recorded, MEETING, "Feil beløp i sak 43/21", "Beløpet er 42 millioner kroner.", on="2022-01-19")
    out = tmp_path / "amended.pdf"
    build_document(recorded, "minutes", MEETING, out, lang="en")
    text = text_of(out)
    assert "Adjustment" in text and f"Lucie Aunan (chair): {REMARK}" in text
    assert "Changes to the published agenda" in text and "withdrawn" in text
    assert "Amendments after approval" in text
    assert "2022-01-19 – Feil beløp i sak 43/21" in text and "Beløpet er 42 millioner kroner." in text
    # An amendment is made after the signatures; it follows them.
    assert text.index("Signatures") < text.index("Amendments after approval")


def test_minutes_list_a_guest_as_a_guest_not_as_the_administration(recorded, tmp_path):
    out = tmp_path / "minutes.pdf"
    build_document(recorded, "minutes", MEETING, out)
    assert "Per Besøk" not in text_of(out), "invited, not recorded present"
    with recorded.write() as conn:  # approved minutes are not edited; this is how they would read
        conn.execute("UPDATE minutes SET status = 'draft' WHERE meeting_id = ?", (MEETING,))
    set_guest_attendance(recorded, MEETING, "Per Besøk", "present")
    build_document(recorded, "minutes", MEETING, out)
    header = text_of(out).split("Sak 41/21")[0]
    assert "Gjester\nPer Besøk, Helse Nord" in header
    assert "Fra administrasjonen" not in header


def test_public_minutes_leave_out_the_change_to_an_exempt_case(recorded, tmp_path):
    pytest.importorskip("typst")
    with recorded.write() as conn:
        conn.execute(
            "UPDATE cases SET confidentiality = 'Unntatt offentlighet, offl. § 14' WHERE id = 'pds-case-2021-44'"
        )
    out = tmp_path / "public.pdf"
    build_document(recorded, "minutes", MEETING, out, public=True)
    text = text_of(out)
    assert "Justering" in text and "Tillitsmodell" not in text


def test_draft_minutes_show_no_adjustment_before_it_is_sent(demo_store, tmp_path):
    out = tmp_path / "draft.pdf"
    build_document(demo_store, "minutes", MEETING, out)
    text = text_of(out)
    assert "Justering" not in text and "Endringer i den publiserte sakslisten" not in text


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("minutes", "nb", "Referat fra møte 7/2021 – Programstyret for program digital samhandling"),
        ("minutes", "en", "Minutes of meeting 7/2021 – Programstyret for program digital samhandling"),
        ("agenda", "nb", "Møteinnkalling, møte 7/2021 – Programstyret for program digital samhandling"),
        ("agenda", "en", "Invitation, meeting 7/2021 – Programstyret for program digital samhandling"),
        ("pack", "nb", "Innkalling og saksdokumenter, møte 7/2021 – Programstyret for program digital samhandling"),
    ],
)
def test_a_printed_paper_names_its_meeting_once_in_its_title(recorded, tmp_path, kind, lang, expected):
    out = tmp_path / f"{kind}.pdf"
    build_document(recorded, kind, MEETING, out, lang=lang)
    assert PdfReader(out).metadata.title == expected


def test_archival_minutes_name_their_meeting_once(recorded, tmp_path):
    pytest.importorskip("typst")
    out = tmp_path / "archive.pdf"
    build_document(recorded, "minutes", MEETING, out, archive=True)
    title = PdfReader(out).metadata.title
    assert title == "Referat fra møte 7/2021 – Programstyret for program digital samhandling"


def test_invitation_shows_the_role_of_guests_and_deputies(recorded, tmp_path):
    out = tmp_path / "agenda.pdf"
    build_document(recorded, "agenda", MEETING, out)
    text = text_of(out)
    to = text.split("Til")[1].split("Sted")[0]
    assert "Anne Gjest, Helse Vest (vara for Merete Lyngstad)" in to
    assert "Per Besøk, Helse Nord (gjest)" in to
    assert "Ole Johan Kvan, Helse Sør-Øst RHF\n" in to, "a member is listed as the seed invitations list them"


def test_invitation_before_the_meeting_names_the_role_as_invited(demo_store, tmp_path):
    invite_guests(demo_store)
    out = tmp_path / "agenda.pdf"
    build_document(demo_store, "agenda", MEETING, out, lang="en")
    text = text_of(out)
    assert "Anne Gjest, Helse Vest (deputy)" in text
    assert "Per Besøk, Helse Nord (guest)" in text


def test_command_line_counts_one_page_in_the_singular(demo_path, tmp_path):
    out = tmp_path / "agenda.pdf"
    command = ["print", "agenda", "--board", "pds", "--meeting", "7/2021", "--out", str(out), "--no-cache"]
    done = subprocess.run(
        [sys.executable, "-m", "boarddesk", "--db", str(demo_path), *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) == 1
    assert f"Wrote {out}: 1 page in " in done.stdout and "(1 section rendered, 0 reused)" in done.stdout
