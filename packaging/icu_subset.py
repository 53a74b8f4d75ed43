"""A smaller ICU data library for the frozen app (Linux): Qt's libicudata carries 30 MB of Unicode and
locale data for every language. BoardDesk speaks bokmål and English, and Qt uses ICU only for
collation (sorting), case mapping, normalisation and text codecs; it has its own locale data, time
zones (the system's tz files) and text boundaries. So the copy keeps every core table (properties,
normalisation, converters' aliases, time-zone rules, the collation base) and the locale data of
root, Norwegian and English, and leaves out the other languages' locale, collation, currency,
language, region, unit and zone names, transliterators, spell-out rules, the dictionaries for
Chinese, Japanese, Khmer, Lao, Burmese and Thai word breaks, and the large East Asian and EBCDIC
codec tables. ICU reports missing data as an error, which Qt answers with its own fallback.

Built with ICU's own `icupkg` (icu-devtools) and the C compiler; the library exports the one
symbol ICU looks for, icudt<version>_dat. Used by boarddesk.spec; when a tool is missing the
full library is shipped."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEPT_LOCALES = re.compile(r"(res_index|root|en|nb|nn|no)(_[A-Za-z0-9]*)*\.res$")
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
DEPENDS = re.compile(r"Item (\S+) depends on missing item")
DROPPED_TREES = ("brkitr/", "curr/", "lang/", "region/", "unit/", "zone/", "translit/", "rbnf/")
LARGE_CODEC = 20_000  # bytes: the single-byte codecs (ISO 8859, Windows 125x) stay, multi-byte tables go


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the ICU data in `library`."""
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", "-S", str(library)], capture_output=True, text=True, check=True
    )
    for line in symbols.stdout.splitlines():
        address, size, _kind, name = line.split()
        if re.fullmatch(r"icudt\d+_dat", name):
            break
    else:
        raise ValueError(f"{library} holds no ICU data symbol")
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True)
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, int(address, 16) - section_address + section_offset, int(size, 16)
    raise ValueError(f"{library} has no .rodata section")


def item_sizes(data: bytes) -> dict[str, int]:
    """Each item of an ICU common data file (its table of contents) with its size in bytes."""
    toc = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * index) for index in range(count)]
    names = [data[toc + name : data.index(b"\0", toc + name)].decode("ascii") for name, _ in entries]
    ends = [offset for _, offset in entries[1:]] + [len(data) - toc]
    return {name.split("/", 1)[1]: end - offset for name, (_, offset), end in zip(names, entries, ends, strict=True)}


def dropped(item: str, size: int) -> bool:
    if item.startswith(DROPPED_TREES):
        return True
    if item.startswith("coll/"):
        name = item.removeprefix("coll/")
        return bool(LOCALE.fullmatch(name)) and not KEPT_LOCALES.fullmatch(name)
    if item.endswith(".cnv"):
        return size > LARGE_CODEC
    return "/" not in item and bool(LOCALE.fullmatch(item)) and not KEPT_LOCALES.fullmatch(item)


def build(library: Path, work: Path) -> Path | None:
    """A subset copy of `library` in `work`, or None (and the full library is used) when the
    tools to build it are missing."""
    if not (shutil.which("icupkg") and shutil.which("cc") and shutil.which("nm") and shutil.which("readelf")):
        print("icu_subset: icupkg, cc, nm or readelf missing; shipping the full ICU data")
        return None
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    with open(library, "rb") as handle:
        handle.seek(offset)
        data = handle.read(size)
    full = work / f"{symbol.removesuffix('_dat')}l.dat"
    full.write_bytes(data)
    removed = [item for item, item_size in item_sizes(data).items() if dropped(item, item_size)]
    # icupkg names the items after the output file, so the subset keeps the full one's name, elsewhere.
    subset = work / "subset" / full.name
    subset.parent.mkdir(exist_ok=True)
    while True:  # a small item that extends a dropped one (a codec's variant) goes with it
        (work / "removed.txt").write_text("\n".join(removed) + "\n")
        subset.unlink(missing_ok=True)
        done = subprocess.run(
            ["icupkg", "-r", "removed.txt", full.name, str(subset)], cwd=work, capture_output=True, text=True
        )
        dependent = DEPENDS.findall(done.stdout + done.stderr)
        if done.returncode == 0 or not dependent:
            break
        removed += dependent
    if done.returncode != 0:
        raise RuntimeError(f"icupkg failed: {done.stdout}{done.stderr}")
    assembly = work / "icudata.s"
    assembly.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{subset}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = work / library.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(assembly)], check=True
    )
    print(
        f"icu_subset: {len(removed)} of {len(item_sizes(data))} items left out, {size >> 20} MB -> {out.stat().st_size >> 20} MB"
    )
    return out
