"""Resolve date expressions ("Jan. 11, 2023", "Jan. 11", "Wednesday") to ISO dates.

An expression with a year is exact. One without a year takes the year that puts it closest to the
document's reference date (the latest date with a year in the document); in a story that names no
year at all it stays a day of the year (``MonthDay``, written xsd:gMonthDay "--06-19"). A weekday alone is resolved
only against the date the story carries at its top ("13:30 JST, August 22, 2023"): news writes
"on Friday" for the last Friday up to that day, or the next one for what "will" happen. Without such a
date the week is unknown, and kg writes no date it cannot justify from the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
DMY = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?\b")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})(?P<sep>[-./])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})\b")
# ^ "2023-02-28", and the date lines "2023.02.28" and "2023/02/28"
_TO = r"\s*(?:-|–|—|to|and|through|until)\s*"
# a span of days: its first day ("22 to 24 August 2023", "August 22-24, 2023", "June 9 to June 21, 2019")
RANGES = (
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _TO + r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _TO + r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b"),
)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class MonthDay:
    """A day the text gives without a year, in a story that names none ("will meet on June 19")."""

    month: int
    day: int
    year = None

    def isoformat(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> dt.date | None:
        return _build(year, self.month, self.day)


def _month_day(month: int, day: int) -> MonthDay | None:
    return MonthDay(month, day) if _build(2000, month, day) else None       # 2000: a leap year has 29 February


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


MONTH_YEAR = re.compile(_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b")


def reference_date(text: str) -> dt.date | None:
    """The document's reference date: the latest fully stated date in it, or failing that the
    middle of the latest month it names with a year ("in early August 2022").

    News reports look back (a photo caption from 2017) more than ahead, so the latest stated date
    is the best estimate of when the article was written."""
    found = explicit_dates(text)
    if found:
        return max(d for _, d in found)
    months = [_build(int(m.group("year")), _month(m.group("month")), 15) for m in MONTH_YEAR.finditer(text)]
    return max((d for d in months if d is not None), default=None)


WEEKDAY_DATE = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+" + _MONTH +
                          r"\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d{2})\b")
DATE_LINES = 3        # a story's own date is on one of its first lines (after a headline) ...
DATELINE_LINES = 6    # ... or in its dateline, which may follow a headline, a date line and photo captions
DATE_LINE = 80        # a line this short at the top of a story, holding a full date, is its date line
DATE_LINE_WORDS = 3   # ... with at most this many other words ("Published", "Updated", "JST")
DATE_LINE_VERBS = {"published", "updated", "posted", "modified", "last"}     # the only lower-case words it has


def publication_date(text: str) -> dt.date | None:
    """The date a story is dated by: a line among its first three that is little more than a full
    date ("13:30 JST, August 22, 2023", "Published March 3, 2024"), or a line among its first six (after
    photo captions) that opens with a dateline holding one ("WASHINGTON, Jan. 7, 2014 –", "ANKARA (Sputnik - 18th July, 2023)"),
    or, failing those, a weekday written with its full date (a caption's "..., Friday, July 14, 2023. (AP
    Photo/...)"); not another date
    inside a sentence or a headline ("Biden and Xi to meet in San Francisco on November 15, 2023").
    A dateline without a year ("Nov. 3 (UPI) --") takes the latest year the story names in which
    that day fell on the weekday its first paragraph gives ("on Tuesday started the Malabar 2020 ...")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines[:DATE_LINES]:
        found = explicit_dates(line) if len(line) <= DATE_LINE else []
        words = re.findall(r"[A-Za-z]{3,}", line)
        verbs = [w for w in words if w.islower() and w not in MONTHS and w not in DATE_LINE_VERBS]
        if found and not verbs and sum(w.lower().rstrip(".") not in MONTHS for w in words) <= DATE_LINE_WORDS:
            return found[0][1]                  # not "Leaders met on Jan. 7, 2014 in Tokyo."
    for i, line in enumerate(lines):
        head = line[:DATE_LINE]
        for rx in (MDY, DMY):
            m = rx.search(head)
            before = head[:m.start()].split() if m is not None else []
            if m is None or re.search(r"\b[a-z]{2,}\b", head[:m.start()]) or (before and not _dateline_place(before)):
                continue                  # a sentence or a title-case headline, not "WASHINGTON, Jan. 7, 2014 –"
            month, day = _month(m.group("month")), int(m.group("day"))
            if m.group("year"):
                return _build(int(m.group("year")), month, day)
            return _dateline_year(text, " ".join(lines[i:i + 2]), month, day)
    for line in lines:                    # failing those, a caption's "..., Friday, July 14, 2023. (AP Photo/...)"
        for m in WEEKDAY_DATE.finditer(line):
            when = _build(int(m.group("year")), _month(m.group("month")), int(m.group("day")))
            if when is not None and when.weekday() == WEEKDAYS[m.group("weekday").lower()]:
                return when
    return None


DATELINE_PLACE_WORDS = 3     # "Tokyo, 17 March, /AJMEDIA/", "Rio de Janeiro, 5 May –"


def _dateline_place(words: list[str]) -> bool:
    """The words before a dateline's date: a city in capitals ("WASHINGTON,"), or a few title-case words
    ending in a comma ("Tokyo,"), not a headline ("Biden And Xi To Meet On November 15, 2023")."""
    first = words[0].strip(",")
    if first.isupper() and len(first) > 2:
        return True
    return len(words) <= DATELINE_PLACE_WORDS and words[-1].endswith(",") and words[0][:1].isupper()


def _dateline_year(text: str, line: str, month: int, day: int) -> dt.date | None:
    weekdays = {WEEKDAYS[w.lower()] for w in re.findall(r"\b(?:on|this|last)\s+([A-Z][a-z]+day)\b", line)
                if w.lower() in WEEKDAYS}
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text)}
    fits = [d for d in (_build(y, month, day) for y in years) if d is not None and d.weekday() in weekdays]
    return max(fits) if fits else None       # the latest: "began in 1992" is history


def resolve(expression: str, reference: dt.date | None, published: dt.date | None = None,
            ahead: bool = False) -> dt.date | MonthDay | None:
    """An ISO date for a date expression, a ``MonthDay`` for a day without a year when the story has no
    reference date, or None when the text does not pin it down.

    A weekday alone needs ``published``: the last such day up to it, or with ``ahead`` the next one."""
    expr = expression.strip()
    words = expr.lower().rstrip(".").split()
    if words and words[0] == "on":
        words = words[1:]
    modifier = words[0] if len(words) == 2 and words[0] in ("last", "this", "next") else ""
    day = WEEKDAYS.get(words[-1]) if len(words) == 1 or modifier else None
    if day is not None:
        if published is None:
            return None
        back = (published.weekday() - day) % 7
        if modifier == "last" or (modifier != "next" and not ahead):
            return published - dt.timedelta(days=back or (7 if modifier == "last" else 0))
        return published + dt.timedelta(days=(7 - back) % 7 or (7 if modifier == "next" else 0))
    for rx in (*RANGES, MDY, DMY):
        m = rx.search(expr)
        if m:
            month, day = _month(m.group("month")), int(m.group("day"))
            year = m.groupdict().get("year") or (YEAR.search(expr[m.start():]) or [None])[0]
            if year:                    # "June 9 to June 21, 2019": the range's year is the first day's
                later = [_month(x) for x in re.findall(_MONTH, expr[m.end("month"):])]
                back = 1 if not m.groupdict().get("year") and later and later[-1] < month else 0
                # ^ "December 30 to January 2, 2024": the year written is the last day's
                return _build(int(year) - back, month, day)
            if reference is None:
                return _month_day(month, day)
            candidates = [d for d in (_build(reference.year + k, month, day) for k in (-1, 0, 1)) if d]
            return min(candidates, key=lambda d: abs((d - reference).days)) if candidates else None
    m = ISO.search(expr)
    if m:
        return _build(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return None
