"""Case numbers in a board's own format: `41/21` for a programme board, `145-2023` for Helse Nord."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{(seq|yy|yyyy)\}")


def validate_format(pattern: str) -> str | None:
    """Return why a case number format is unusable, or None when it is fine."""
    names = _PLACEHOLDER.findall(pattern)
    if "seq" not in names:
        return "has no {seq} for the running number"
    if "yy" not in names and "yyyy" not in names:
        return "has no {yy} or {yyyy} for the year"
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        return f"has {{{twice[0]}}} more than once; each placeholder may appear once"
    leftover = _PLACEHOLDER.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        return "has an unknown {placeholder}; use {seq}, {yy} and {yyyy}"
    return None


def format_case_number(pattern: str, seq: int, year: int) -> str:
    values = {"seq": str(seq), "yy": f"{year % 100:02d}", "yyyy": str(year)}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)


def parse_case_number(pattern: str, text: str) -> tuple[int, int] | None:
    """The (seq, year) a case number stands for in this format, or None if it does not fit."""
    regex = re.escape(pattern)
    regex = regex.replace(r"\{seq\}", r"(?P<seq>\d+)")
    regex = regex.replace(r"\{yyyy\}", r"(?P<yyyy>\d{4})").replace(r"\{yy\}", r"(?P<yy>\d{2})")
    match = re.fullmatch(regex, text.strip())
    if not match:
        return None
    groups = match.groupdict()
    year = int(groups["yyyy"]) if groups.get("yyyy") else 2000 + int(groups["yy"])
    return int(groups["seq"]), year
