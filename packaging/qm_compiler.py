"""Qt's .ts translation source compiled to the binary .qm that QTranslator loads, in plain Python.

The wheel's build step (setup.py) uses this, so building BoardDesk needs no Qt: the build
environment is setuptools alone. It writes what `lrelease` writes for BoardDesk's translations
(tests/test_qm_compiler.py holds the two to the same answers): a hash table of the source texts
and one record per message. Plural forms (numerus) are not supported; a .ts using them is refused.

The format, from Qt's qtranslator.cpp: a 16-byte magic number, then blocks of (tag, length, data).
Messages are found by the ELF hash of source text + comment, then matched on context, source and
comment; translations are UTF-16 big-endian, the rest UTF-8."""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
BLOCK_HASHES, BLOCK_MESSAGES, BLOCK_LANGUAGE = 0x42, 0x69, 0xA7
TAG_END, TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8


class UnsupportedTranslation(ValueError):
    pass


def elf_hash(data: bytes) -> int:
    """Qt's elfHash over the UTF-8 bytes; never 0."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def messages(ts: Path) -> tuple[str, list[tuple[str, str, str, str]]]:
    """The language and (context, source, comment, translation) of every message to compile:
    like lrelease, obsolete and empty translations are left out."""
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                raise UnsupportedTranslation(f"{ts.name}: plural forms (numerus) need Qt's lrelease")
            if translation is None or translation.get("type") in ("obsolete", "vanished") or not translation.text:
                continue
            found.append((name, message.findtext("source") or "", message.findtext("comment") or "", translation.text))
    return root.get("language") or "", found


def compile_ts(ts: Path, qm: Path) -> int:
    """Write the .qm for a .ts; returns the number of translations written."""
    language, found = messages(ts)
    records, offsets = bytearray(), []
    for context, source, comment, translation in found:
        offsets.append((elf_hash((source + comment).encode()), len(records)))
        records += _field(TAG_TRANSLATION, translation.encode("utf-16-be"))
        records += _field(TAG_COMMENT, comment.encode())
        records += _field(TAG_SOURCE_TEXT, source.encode())
        records += _field(TAG_CONTEXT, context.encode())
        records.append(TAG_END)
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(offsets))
    qm.write_bytes(
        MAGIC
        + _field(BLOCK_LANGUAGE, language.encode())
        + _field(BLOCK_HASHES, hashes)
        + _field(BLOCK_MESSAGES, bytes(records))
    )
    return len(found)


if __name__ == "__main__":
    print(f"{compile_ts(Path(sys.argv[1]), Path(sys.argv[2]))} translations written to {sys.argv[2]}")
