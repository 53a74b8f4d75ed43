"""Dates and amounts as Norwegian (and English) readers expect them: `11.03.2024`, `281 147`."""

from __future__ import annotations

import re
from datetime import date, datetime

NBSP = "\u00a0"


def parse_date(text: str) -> date | None:
    """A date as people type it: «19.01.2022», «19.1.2022», «19.01.22» or «2022-01-19»; None when
    nothing is typed. Raises ValueError when it is not a date. Two-digit years are 20xx."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", text)
    if not match:
        raise ValueError(f"{text!r} is not a date")
    day, month, year = (int(part) for part in match.groups())
    return date(year + 2000 if year < 100 else year, month, day)


# The one date format of each interface language: bokmål as Norwegian papers write dates, English
# as ISO 8601 (unambiguous for any English reader, and what parse_date reads back). Date fields
# show the same, in Qt's spelling.
DATE_FORMAT = {"nb": "%d.%m.%Y", "en": "%Y-%m-%d"}
QT_DATE_FORMAT = {"nb": "dd.MM.yyyy", "en": "yyyy-MM-dd"}


def format_date(value: str | date | None, lang: str = "nb") -> str:
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime(DATE_FORMAT["nb" if lang == "nb" else "en"])


def format_moment(at: str, lang: str = "nb") -> str:
    """A stored moment (ISO 8601 with its offset) on the reader's own clock, as papers write it:
    «05.12.2026 kl. 15.09», or «2026-12-05 at 15:09» in English."""
    moment = datetime.fromisoformat(at).astimezone()
    if lang == "nb":
        return f"{format_date(moment.date(), lang)} kl. {moment.strftime('%H.%M')}"
    return f"{format_date(moment.date(), lang)} at {moment.strftime('%H:%M')}"


MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def format_report_date(value: str | None, precision: str | None, lang: str = "nb") -> str:
    """A report's date as much as the paper gives it: a day, a month («november 2021»), or nothing
    (an undated report's stored date only orders it)."""
    if not value or precision == "none":
        return ""
    if precision == "month":
        day = date.fromisoformat(value)
        return f"{MONTHS['en' if lang == 'en' else 'nb'][day.month - 1]} {day.year}"
    return format_date(value, lang)


def group_thousands(number: int, lang: str = "nb") -> str:
    """`281147` as `281 147` (nb, with a no-break space) or `281,147` (en)."""
    text = f"{number:,}"
    return text.replace(",", NBSP) if lang == "nb" else text


def format_nok(amount_nok: int | None, lang: str = "nb") -> str:
    """Whole kroner as the papers write them: millions as `146 mill. kr`, else `281 147 kr`."""
    if amount_nok is None:
        return ""
    if abs(amount_nok) >= 1_000_000:
        millions = amount_nok / 1_000_000
        text = f"{millions:,.1f}".rstrip("0").rstrip(".")
        if lang == "nb":
            text = text.replace(",", NBSP).replace(".", ",")
            return f"{text} mill. kr"
        return f"NOK {text} million"
    return f"{group_thousands(amount_nok, lang)} kr" if lang == "nb" else f"NOK {group_thousands(amount_nok, lang)}"


def format_thousands(amount_nok: int | None, lang: str = "nb") -> str:
    """An amount in thousands of kroner, as budget tables show it (`281 147`)."""
    if amount_nok is None:
        return ""
    return group_thousands(round(amount_nok / 1000), lang)


def format_percent(share: float, lang: str = "nb") -> str:
    text = f"{share * 100:.0f}"
    return f"{text} %" if lang == "nb" else f"{text}%"
