"""The file that carries a meeting bundle (.bdpack) or shared notes (.bdnotes): a zip with a
versioned manifest holding the SHA-256 and size of every part, optionally sealed with a password.

Opening one checks everything before anyone looks at the content: known version, every part
listed and intact, no names that leave the bundle, no duplicates, no oversized or suspiciously
well-compressed parts (zip bombs). The password seal is AES-256-GCM with a key derived by scrypt,
so a wrong password and an altered file are both caught. Without a password the manifest's hashes
catch damage, not a deliberate forger; a signature (signature.json: an Ed25519 signature of the
manifest's exact bytes, see bundle_signing and docs/bundle-trust.md) tells who made the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from boarddesk.store import Store
from boarddesk.store.whole_files import FileRefused, check_source, check_target

FORMAT_NAME = "boarddesk-bundle"
CONTAINER_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"  # outside the manifest: it signs the manifest's bytes
SEALED_MAGIC = b"BDSEALED1\n"  # then 16 bytes of salt, 12 of nonce, and the AES-GCM ciphertext
_SALT, _NONCE = 16, 12
_KIND_NAMES = {"meeting": "a meeting bundle (.bdpack)", "notes": "a shared-notes file (.bdnotes)"}
_SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_][A-Za-z0-9._-]{0,99}){0,3}")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold. Generous for a 229-page pack with attachments, small for a bomb.

    The danger of a zip bomb is its unpacked size, not its ratio: a part that unpacks to less than
    ratio_floor_bytes is read whatever its ratio (a 2 MB PDF of repeated drawing commands packs
    385 to 1 and is harmless); above that, a ratio no real document reaches is refused before
    anything is unpacked; and everything together never unpacks to more than max_total_bytes.
    """

    max_file_bytes: int = 1 << 30  # the file as it lies on disk
    max_total_bytes: int = 1 << 30  # all parts unpacked
    max_entries: int = 5000
    max_ratio: int = 200  # unpacked : packed, for parts large enough to matter
    ratio_floor_bytes: int = 64 << 20


LIMITS = Limits()


class BundleError(Exception):
    """The file cannot be used; the message says what is wrong, in words for the user."""


# What a check or a write raises on input it did not foresee (a list where a name belongs, 2**70, a
# lone surrogate): still the file's fault, so a refusal, never a traceback.
_UNFORESEEN = (
    TypeError,
    ValueError,
    AttributeError,
    KeyError,
    IndexError,
    RecursionError,
    OverflowError,
    sqlite3.Error,
)


@contextmanager
def refused_whole(what: str) -> Iterator[None]:
    """Checks and writes of a file's content: an unforeseen error refuses the whole file (a write
    inside is rolled back by the store's transaction)."""
    try:
        yield
    except _UNFORESEEN as error:
        raise BundleError(
            f"{what} cannot be imported ({type(error).__name__}: {error}); nothing was imported"
        ) from None


@dataclass(frozen=True)
class Unpacked:
    manifest: dict[str, Any]
    parts: dict[str, bytes]
    manifest_bytes: bytes = b""
    signature: Any = None  # the parsed signature entry, checked by bundle_signing.verify


# Signs a manifest's bytes: returns the signature entry (see bundle_signing.sign).
Signer = Callable[[bytes], dict[str, Any]]


def _scrypt_key(password: str, salt: bytes) -> bytes:
    # n=2**15 costs about 0.1 s and 32 MB per try: cheap once, expensive for guessing.
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password.encode("utf-8"))


def pack(
    kind: str,
    fields: dict[str, Any],
    parts: dict[str, bytes],
    password: str | None = None,
    signer: Signer | None = None,
) -> bytes:
    """The bytes of a container file: manifest first, then its signature, then the parts; sealed
    when a password is given."""
    manifest = {
        "format": FORMAT_NAME,
        "version": CONTAINER_VERSION,
        "kind": kind,
        **fields,
        "parts": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in parts.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        archive.writestr(MANIFEST, manifest_bytes)
        if signer:
            archive.writestr(SIGNATURE, json.dumps(signer(manifest_bytes)))
        for name, data in parts.items():
            if not _SAFE_NAME.fullmatch(name):
                raise ValueError(f"unsafe part name {name!r}")
            archive.writestr(name, data)
    plain = buffer.getvalue()
    if not password:
        return plain
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    header = SEALED_MAGIC + salt + nonce
    return header + AESGCM(_scrypt_key(password, salt)).encrypt(nonce, plain, header)


def is_sealed(data: bytes) -> bool:
    return data.startswith(SEALED_MAGIC)


def unpack(data: bytes, kind: str, password: str | None = None, limits: Limits | None = None) -> Unpacked:
    """Every part of a container, checked; raises BundleError naming the first problem."""
    limits = limits or LIMITS
    if len(data) > limits.max_file_bytes:
        raise BundleError(f"the file is too large ({len(data)} bytes; at most {limits.max_file_bytes})")
    if is_sealed(data):
        data = _unseal(data, password)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BundleError("the file is damaged or incomplete (truncated): it is not a readable bundle") from None
    with archive:
        entries = _checked_entries(archive, limits)
        parts = {info.filename: _read(archive, info) for info in entries}
    manifest_bytes = parts.pop(MANIFEST, None)
    manifest = _checked_manifest(manifest_bytes, kind)
    signature = _parsed_signature(parts.pop(SIGNATURE, None))
    _check_parts(manifest, parts)
    return Unpacked(manifest, parts, manifest_bytes or b"", signature)


def _parsed_signature(raw: bytes | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the bundle's signature is damaged (not JSON)") from None


def _unseal(data: bytes, password: str | None) -> bytes:
    if not password:
        raise BundleError("the file is protected by a password; give the password to open it")
    start = len(SEALED_MAGIC)
    salt, nonce = data[start : start + _SALT], data[start + _SALT : start + _SALT + _NONCE]
    header = data[: start + _SALT + _NONCE]
    if len(nonce) != _NONCE:
        raise BundleError("the file is damaged or incomplete (truncated)")
    try:
        return AESGCM(_scrypt_key(password, salt)).decrypt(nonce, data[len(header) :], header)
    except InvalidTag:
        raise BundleError("wrong password, or the file was altered after it was sealed") from None


def _checked_entries(archive: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > limits.max_entries:
        raise BundleError(f"the bundle has too many parts ({len(entries)}; at most {limits.max_entries})")
    seen: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or ":" in name:
            raise BundleError(f"the bundle holds a path that leaves the bundle: {name!r}; nothing was imported")
        if not _SAFE_NAME.fullmatch(name):
            raise BundleError(f"the bundle holds a part with a name it may not have: {name!r}")
        if name in seen:
            raise BundleError(f"the bundle holds {name!r} twice; nothing was imported")
        seen.add(name)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BundleError(f"the bundle unpacks to more than {limits.max_total_bytes} bytes; refused as too large")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= limits.ratio_floor_bytes and ratio > limits.max_ratio:
            raise BundleError(
                f"{name!r} is compressed {ratio:.0f} to 1 (at most {limits.max_ratio}): refused as a possible zip bomb"
            )
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part's bytes, never more than its header declares (a lying header cannot inflate it)."""
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise BundleError(f"{info.filename!r} is damaged or altered (it cannot be unpacked: {error})") from None
    if len(data) != info.file_size:
        raise BundleError(f"{info.filename!r} is damaged: its size does not match the bundle's directory")
    return data


def _checked_manifest(raw: bytes | None, kind: str) -> dict[str, Any]:
    if raw is None:
        raise BundleError("the bundle has no manifest: it is not a BoardDesk bundle")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the bundle's manifest is damaged (not JSON)") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError("the manifest does not say it is a BoardDesk bundle")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(f"the bundle's version {version!r} is not a known version")
    if version > CONTAINER_VERSION:
        raise BundleError(
            f"the bundle is of version {version}, newer than this BoardDesk understands (up to "
            f"{CONTAINER_VERSION}); update BoardDesk"
        )
    if manifest.get("kind") != kind:
        found = _KIND_NAMES.get(manifest.get("kind"), f"a file of kind {manifest.get('kind')!r}")
        raise BundleError(f"this is {found}, not {_KIND_NAMES.get(kind, kind)}")
    if not isinstance(manifest.get("parts"), dict):
        raise BundleError("the manifest lists no parts")
    return manifest


def _check_parts(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
    listed = manifest["parts"]
    for name in sorted(parts.keys() - listed.keys()):
        raise BundleError(f"{name!r} is in the bundle but not in its manifest: the bundle was altered")
    for name in sorted(listed.keys() - parts.keys()):
        raise BundleError(f"{name!r} is missing from the bundle (truncated or altered)")
    for name, data in parts.items():
        entry = listed[name]
        if not isinstance(entry, dict) or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise BundleError(f"{name!r} does not match its SHA-256 in the manifest: the bundle is damaged or altered")
        if entry.get("size") != len(data):
            raise BundleError(f"{name!r} does not have the size the manifest gives")


def file_outside(store: Store, path: str | Path) -> Path:
    """`path`, refused when it is one of the store's own files (the database, its -wal or -shm)."""
    try:
        return store.refuse_own_file(path)
    except FileRefused as error:
        raise BundleError(str(error)) from None


def sealed_file(store: Store, path: str | Path) -> bool:
    """Whether the file at `path` is sealed with a password; refused as an import refuses it when it
    is the store's own file or not a regular file, so asking never reads what must not be read."""
    target = file_outside(store, path)
    try:
        check_source(target)
        with open(target, "rb") as handle:
            return is_sealed(handle.read(len(SEALED_MAGIC)))
    except OSError as error:
        raise BundleError(
            str(error) if isinstance(error, FileRefused) else f"{target} cannot be read: {error}"
        ) from None


def write_file(path: str | Path, data: bytes) -> None:
    """Write beside the target and rename, so a crash never leaves half a bundle under its name.
    Only a regular file (or none yet) is replaced, in a folder that exists and can be written."""
    target = Path(path)
    try:
        check_target(target)
    except FileRefused as error:
        raise BundleError(str(error)) from None
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)


def read_file(path: str | Path, limits: Limits | None = None) -> bytes:
    limits = limits or LIMITS
    target = Path(path)
    try:
        check_source(target)
    except FileRefused as error:
        raise BundleError(str(error)) from None
    try:
        size = target.stat().st_size
        if size > limits.max_file_bytes:
            raise BundleError(f"{target.name} is too large ({size} bytes; at most {limits.max_file_bytes})")
        return target.read_bytes()
    except OSError as error:
        raise BundleError(f"{target} cannot be read: {error.strerror or error}") from None
