"""Meeting bundles and shared notes on the command line: export/import bundle, export/import notes."""

from __future__ import annotations

import argparse
from pathlib import Path

from boarddesk.commands.common import (
    UserError,
    add_meeting_option,
    group,
    input_file,
    meeting_id,
    nonempty,
    open_store,
    output_file,
)


def register(commands, db: argparse.ArgumentParser) -> None:
    exports = group(commands, "export", db, "export data")
    imports = group(commands, "import", db, "import data")

    export_bundle = exports.add_parser("bundle", parents=[db], help="a meeting with all it needs offline (.bdpack)")
    _meeting_options(export_bundle)
    export_bundle.add_argument("--password-file", type=Path, help="seal the bundle with the password in this file")
    export_bundle.set_defaults(handler=cmd_export_bundle)

    import_bundle = imports.add_parser("bundle", parents=[db], help="a meeting bundle (.bdpack); a revision updates it")
    import_bundle.add_argument("file", type=Path)
    import_bundle.add_argument("--password-file", type=Path, help="the bundle's password, in this file")
    import_bundle.add_argument(
        "--trust-new-key",
        action="store_true",
        help="accept a bundle signed by another key than the secretary's key pinned for its board, and pin "
        "the new one (only after the secretary confirmed its fingerprint)",
    )
    import_bundle.set_defaults(handler=cmd_import_bundle)

    export_notes = exports.add_parser("notes", parents=[db], help="shared notes on a meeting (.bdnotes)")
    _meeting_options(export_notes)
    export_notes.add_argument(
        "--author", type=nonempty, help="only this author's shared notes (default: all shared notes)"
    )
    export_notes.set_defaults(handler=cmd_export_notes)

    import_notes = imports.add_parser("notes", parents=[db], help="shared notes from a member (.bdnotes)")
    import_notes.add_argument("file", type=Path)
    import_notes.set_defaults(handler=cmd_import_notes)


def _meeting_options(parser: argparse.ArgumentParser) -> None:
    add_meeting_option(parser)
    parser.add_argument("--out", required=True, type=Path, help="the file to write")


def _password(path: Path | None) -> str | None:
    """The first line of a password file: a password never goes on the command line, where others can see it."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"the password file {path} cannot be read: {error}") from None
    if not lines or not lines[0]:
        raise UserError(f"the password file {path} is empty")
    return lines[0]


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from boarddesk.services.transfer.bundles import BundleError, export_bundle

    password = _password(args.password_file)
    with open_store(args) as store:
        try:
            result = export_bundle(store, meeting_id(store, args), output_file(store, args.out), password)
        except (BundleError, OSError) as error:
            raise UserError(f"the bundle was not written: {error}") from None
    sealed = ", sealed with a password" if password else ""
    print(
        f"Wrote {args.out}: revision {result.revision}, {result.cases} case(s), "
        f"{result.attachments} document(s), {result.size} bytes{sealed}; signed with this store's key "
        f"{result.key_fingerprint}"
    )
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from boarddesk.services.transfer.bundles import BundleError, import_bundle

    password = _password(args.password_file)
    with open_store(args, create=True) as store:
        try:
            report = import_bundle(store, input_file(store.path, args.file), password, trust_new_key=args.trust_new_key)
        except BundleError as error:
            raise UserError(f"{args.file} was not imported; the store is unchanged. {error}") from None
    print(report.summary())
    return 0


def cmd_export_notes(args: argparse.Namespace) -> int:
    from boarddesk.services.transfer.notes_file import BundleError, export_notes

    with open_store(args) as store:
        try:
            result = export_notes(store, meeting_id(store, args), output_file(store, args.out), author=args.author)
        except (BundleError, OSError) as error:
            raise UserError(f"the notes were not written: {error}") from None
    print(f"Wrote {args.out}: {result.notes} shared note(s); private notes are never exported")
    return 0


def cmd_import_notes(args: argparse.Namespace) -> int:
    from boarddesk.services.transfer.notes_file import BundleError, import_notes

    with open_store(args) as store:
        try:
            result = import_notes(store, input_file(store.path, args.file))
        except BundleError as error:
            raise UserError(f"{args.file} was not imported; the store is unchanged. {error}") from None
    print(f"Imported {args.file}: {result.added} new, {result.updated} updated, {result.unchanged} unchanged note(s)")
    return 0
