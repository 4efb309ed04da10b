"""Resolve date expressions ("Jan. 11, 2023", "Jan. 11", "Wednesday") to ISO dates.

An expression with a year is exact. One without a year takes the year that puts it closest to the
document's reference date (the latest date with a year in the document). A weekday alone is not
resolved (the week is unknown): kg writes no date it cannot justify from the text.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
DMY = re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b")


def _build(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str) -> list[tuple[int, dt.date]]:
    """(offset, date) for every date with a year in ``text``."""
    out = []
    for rx in (MDY, DMY):
        for m in rx.finditer(text):
            if m.group("year"):
                d = _build(int(m.group("year")), _month(m.group("month")), int(m.group("day")))
                if d:
                    out.append((m.start(), d))
    for m in ISO.finditer(text):
        d = _build(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if d:
            out.append((m.start(), d))
    return sorted(out)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return MONTHS[key[:3]]


def reference_date(text: str) -> dt.date | None:
    """The document's reference date: the latest fully stated date in it, if any.

    News reports look back (a photo caption from 2017) more than ahead, so the latest stated date
    is the best estimate of when the article was written."""
    found = explicit_dates(text)
    return max(d for _, d in found) if found else None


def resolve(expression: str, reference: dt.date | None) -> dt.date | None:
    """An ISO date for a date expression, or None when the text does not pin it down."""
    expr = expression.strip()
    for rx in (MDY, DMY):
        m = rx.search(expr)
        if m:
            month, day = _month(m.group("month")), int(m.group("day"))
            if m.group("year"):
                return _build(int(m.group("year")), month, day)
            if reference is None:
                return None
            candidates = [d for d in (_build(reference.year + k, month, day) for k in (-1, 0, 1)) if d]
            return min(candidates, key=lambda d: abs((d - reference).days)) if candidates else None
    m = ISO.search(expr)
    if m:
        return _build(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return None
