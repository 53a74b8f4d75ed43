"""What an import brought, in the interface's language: the counts of a JSON import and the
report of a meeting bundle (its revision, what changed, the notes moved and who signed it).

The services report these as data (exchange/importer.py, services/transfer/bundles.py); the
command line words them in English, the window here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from boarddesk.gui.i18n import fill

if TYPE_CHECKING:
    from boarddesk.services.transfer.bundle_changes import Change
    from boarddesk.services.transfer.bundles import ImportReport

CONTEXT = "ImportText"

# The kinds of thing an import writes (exchange/schema.py), as a heading for how many came.
KINDS = {
    "board": QT_TRANSLATE_NOOP("ImportText", "boards"),
    "member": QT_TRANSLATE_NOOP("ImportText", "members"),
    "reporting_period": QT_TRANSLATE_NOOP("ImportText", "reporting periods"),
    "status_report": QT_TRANSLATE_NOOP("ImportText", "status reports"),
    "milestone": QT_TRANSLATE_NOOP("ImportText", "milestones"),
    "risk": QT_TRANSLATE_NOOP("ImportText", "risks"),
    "dependency": QT_TRANSLATE_NOOP("ImportText", "dependencies"),
    "project": QT_TRANSLATE_NOOP("ImportText", "projects"),
    "minutes_amendment": QT_TRANSLATE_NOOP("ImportText", "amendments to minutes"),
    "meeting": QT_TRANSLATE_NOOP("ImportText", "meetings"),
    "case": QT_TRANSLATE_NOOP("ImportText", "cases"),
    "action_point": QT_TRANSLATE_NOOP("ImportText", "action points"),
    "attachment": QT_TRANSLATE_NOOP("ImportText", "documents"),
    "annotation": QT_TRANSLATE_NOOP("ImportText", "notes"),
}

# One thing in a bundle's change report (bundle_changes.Change): «case 50/21 Budget: added».
THING = {
    "meeting": QT_TRANSLATE_NOOP("ImportText", "meeting"),
    "case": QT_TRANSLATE_NOOP("ImportText", "case"),
    "project": QT_TRANSLATE_NOOP("ImportText", "project"),
    "status_report": QT_TRANSLATE_NOOP("ImportText", "status report"),
    "attachment": QT_TRANSLATE_NOOP("ImportText", "document"),
    "member": QT_TRANSLATE_NOOP("ImportText", "member"),
    "action_point": QT_TRANSLATE_NOOP("ImportText", "action point"),
    "risk": QT_TRANSLATE_NOOP("ImportText", "risk"),
    "milestone": QT_TRANSLATE_NOOP("ImportText", "milestone"),
}
CHANGE = {
    "added": QT_TRANSLATE_NOOP("ImportText", "{thing} {label}: added"),
    "changed": QT_TRANSLATE_NOOP("ImportText", "{thing} {label}: changed"),
    "removed": QT_TRANSLATE_NOOP("ImportText", "{thing} {label}: removed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def import_counts(added: dict[str, int]) -> str:
    """«12 prosjekter, 3 møter»: how many of each kind a JSON import added."""
    return ", ".join(f"{count} {_tr(KINDS[kind]) if kind in KINDS else kind}" for kind, count in added.items())


def _detail(detail: str) -> str:
    """The pages of a revised PDF that changed (bundle_changes._file_detail)."""
    if detail == "new version":
        return QCoreApplication.translate("ImportText", "new version")
    if detail == "new version, pages changed: none (layout only)":
        return QCoreApplication.translate("ImportText", "new version, no page changed (layout only)")
    prefix = "new version, pages changed: "
    if detail.startswith(prefix):
        return fill(
            QCoreApplication.translate("ImportText", "new version, pages changed: {pages}"), pages=detail[len(prefix) :]
        )
    return detail


def change_line(change: Change) -> str:
    if change.what not in CHANGE:
        return str(change)
    thing = _tr(THING[change.kind]) if change.kind in THING else change.kind.replace("_", " ")
    line = fill(_tr(CHANGE[change.what]), thing=thing, label=change.label)
    return f"{line} ({_detail(change.detail)})" if change.detail else line


def bundle_summary(report: ImportReport) -> str:
    """What a bundle import did, as services/transfer/bundles.ImportReport.summary() says it in English."""
    from boarddesk.services.transfer.signing import fingerprint

    meeting, revision = report.meeting_label, report.revision
    if report.previous_revision == revision:
        return fill(
            QCoreApplication.translate(
                "ImportText", "Meeting {meeting}: revision {revision} was imported before; nothing changed"
            ),
            meeting=meeting,
            revision=revision,
        )
    if report.previous_revision is None:
        head = fill(
            QCoreApplication.translate("ImportText", "Meeting {meeting}: revision {revision} imported"),
            meeting=meeting,
            revision=revision,
        )
    else:
        head = fill(
            QCoreApplication.translate("ImportText", "Meeting {meeting}: revision {previous} → {revision}"),
            meeting=meeting,
            previous=report.previous_revision,
            revision=revision,
        )
    lines = [head, *(f"  {change_line(change)}" for change in report.changes)]
    if report.previous_revision is not None and not report.changes:
        lines.append("  " + QCoreApplication.translate("ImportText", "nothing changed"))
    if report.notes_moved or report.notes_on_earlier_version:
        notes = QCoreApplication.translate(
            "ImportText", "your notes: {moved} moved to the new versions, {earlier} on an earlier version"
        )
        lines.append("  " + fill(notes, moved=report.notes_moved, earlier=report.notes_on_earlier_version))
    if report.signer:
        signed = QCoreApplication.translate("ImportText", "signed by the secretary's key {fingerprint}")
        lines.append("  " + fill(signed, fingerprint=fingerprint(report.signer)))
    else:
        lines.append(
            "  "
            + QCoreApplication.translate(
                "ImportText", "not signed (made by a BoardDesk before signatures): its maker cannot be told"
            )
        )
    return "\n".join(lines)
