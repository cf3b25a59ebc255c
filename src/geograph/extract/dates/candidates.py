"""Reading the date matches of one text: what each expression the lexicon's patterns find resolves to.

:func:`_candidates` runs the language's scanner (``geograph.extract.dates.lexicon``) and reads each match as a
:class:`_Candidate`: an explicit date converted from the Gregorian or Solar Hijri calendar, a weekday or
relative day counted from the publication date, or a relative month or year in the lexicon's calendar. The
rules they follow are set out in ``geograph.extract.dates.mentions``, which keeps the candidates that do not overlap.
The underscore names are shared only among the modules of ``geograph.extract.dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal, NamedTuple

import jdatetime

from geograph.extract.dates.lexicon import _key, _Lexicon, _lexicon
from geograph.records import EventDate

Tense = Literal["past", "future"]

GREGORIAN_YEARS = range(1900, 2101)
JALALI_YEARS = range(1279, 1480)  # 1900-2100 AD
_CLAUSE_END = re.compile(r"[.!?؟\n,،;؛:]")
_CLAUSE_REACH = 400


class _Candidate(NamedTuple):  # a tuple: an article has dozens, and a frozen dataclass is slow to make
    """A matched date expression; ``date`` None: recognised but not resolvable (kept to block misreads)."""

    start: int
    end: int
    date: EventDate | None
    kind: Literal["explicit", "weekday", "relative"]


def _day(value: dt.date) -> EventDate:
    return EventDate(value.isoformat(), "day")


def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _jalali(year: int, month: int, day: int) -> dt.date | None:
    try:
        value: dt.date = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return value


def _nearest(candidates: Iterable[dt.date | None], published: dt.date) -> dt.date | None:
    """Of a day and month read in neighbouring years, the one closest to the publication date."""
    valid = [c for c in candidates if c is not None]
    return min(valid, key=lambda c: abs((c - published).days)) if valid else None


def _explicit(
    match: re.Match[str], pattern: int, lex: _Lexicon, published: dt.date | None
) -> tuple[bool, EventDate | None]:
    """(is this a date expression at all, its date if it can be known); ``match`` is of the ``pattern``-th."""
    # Only a date without a year depends on the publication date: leave it out of the others' cache keys.
    # The pattern goes by number: hashing a compiled regex hashes all its code.
    return _read_explicit(lex, pattern, match.groups(), None if match["y"] else published)


@lru_cache(maxsize=4096)  # an article repeats its dates, and a corpus its years and months
def _read_explicit(
    lex: _Lexicon, pattern: int, groups: tuple[str | None, ...], published: dt.date | None
) -> tuple[bool, EventDate | None]:
    g: dict[str, Any] = {name: groups[number - 1] for name, number in lex.scanner.patterns[pattern].groupindex.items()}
    year = int(g["y"]) if g.get("y") else None
    era = _key(g["era"]) if g.get("era") else None
    if g.get("hm") or (era is not None and era in lex.hijri_eras):
        return True, None  # lunar Hijri: recognised so no part of it is read as AD, not converted
    month_word = g.get("gm") or g.get("jm")
    if month_word:
        key = _key(month_word)
        if key in lex.capitalized_only and not month_word[0].isupper():
            return False, None
        if key in lex.needs_year and year is None:
            return False, None

    if g.get("jm") or (era is not None and era in lex.jalali_eras):
        calendar = "jalali"
    elif g.get("gm") or (era is not None and era in lex.gregorian_eras):
        calendar = "gregorian"
    elif year is None:
        return False, None
    elif year in GREGORIAN_YEARS:
        calendar = "gregorian"
    elif year in JALALI_YEARS and lex.low_years_jalali:
        calendar = "jalali"
    else:
        return year < 1500, None  # never AD; a lunar Hijri or unplaceable year is consumed, not read
    if year is not None and year not in (JALALI_YEARS if calendar == "jalali" else GREGORIAN_YEARS):
        return True, None

    names = lex.jalali if calendar == "jalali" else lex.gregorian
    month = names[_key(month_word)] if month_word else int(g["m"]) if g.get("m") else None
    day = int(g["d"]) if g.get("d") else lex.day_words.get(_key(g["dw"])) if g.get("dw") else None
    if month is not None and day is not None and g.get("m") and month > 12 and day <= 12:
        month, day = day, month  # 6/18/2024: the American order is the only reading
    convert = _jalali if calendar == "jalali" else _gregorian

    if day is not None and month is not None:
        if year is not None:
            value = convert(year, month, day)
        elif published is None:
            return True, None
        elif calendar == "jalali":
            here = jdatetime.date.fromgregorian(date=published).year
            value = _nearest((convert(y, month, day) for y in (here - 1, here, here + 1)), published)
        else:
            value = _nearest((convert(y, month, day) for y in range(published.year - 1, published.year + 2)), published)
        return (True, _day(value)) if value else (True, None)
    if year is None:
        return False, None
    if month is not None:
        if not 1 <= month <= 12:
            return True, None
        if calendar == "jalali":
            middle = convert(year, month, 15)  # the Gregorian month overlapping the Jalali month most
            return True, EventDate(f"{middle:%Y-%m}", "month") if middle else None
        return True, EventDate(f"{year:04d}-{month:02d}", "month")
    return True, EventDate(str(year + 621 if calendar == "jalali" else year), "year")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``start:end``: a future cue elsewhere in the sentence says nothing of this day."""
    # Clauses are short: 400 characters either way bound the look in long paragraphs and in text without
    # punctuation, where a search to the end of the text for every weekday would make dates quadratic.
    window = max(0, start - _CLAUSE_REACH)
    before = [m.end() for m in _CLAUSE_END.finditer(text, window, start)]
    reach = min(len(text), end + _CLAUSE_REACH)
    after = _CLAUSE_END.search(text, end, reach)
    return text[before[-1] if before else window : after.start() if after else reach]


def _weekday(
    match: re.Match[str], text: str, lex: _Lexicon, published: dt.date | None, tense_hint: Tense | None
) -> EventDate | None:
    if published is None:
        return None
    weekday = lex.weekdays[_key(match["wd"])]
    before = _key(match["before"]) if match["before"] else ""
    after = _key(match["after"]) if match["after"] else ""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    week_start = published - dt.timedelta(days=(published.weekday() - lex.week_start) % 7)
    in_week = (weekday - lex.week_start) % 7
    if after in lex.last_week:
        return _day(week_start - dt.timedelta(days=7 - in_week))
    if after in lex.next_week:
        return _day(week_start + dt.timedelta(days=7 + in_week))
    if before in lex.past_before or after in lex.past_after:
        return _day(published - dt.timedelta(days=back or 7))
    if before in lex.next_before or after in lex.next_after:
        return _day(published + dt.timedelta(days=ahead or 7))
    tense = tense_hint or ("future" if lex.future.search(_clause(text, *match.span())) else "past")
    return _day(published + dt.timedelta(days=ahead) if tense == "future" else published - dt.timedelta(days=back))


def _relative_period(phrase: str, lex: _Lexicon, published: dt.date) -> EventDate | None:
    """ "Next month", "سال گذشته": a month or year counted from the publication date."""
    key = _key(phrase)
    if key in lex.relative_years:
        return _counted(published, lex.relative_jalali, "year", lex.relative_years[key])
    return _counted(published, lex.relative_jalali, "month", lex.relative_months[key])


@lru_cache(maxsize=1024)  # the Solar Hijri conversion is slow, and an article repeats its few phrases
def _counted(published: dt.date, jalali: bool, unit: Literal["year", "month"], offset: int) -> EventDate | None:
    """The month or year ``offset`` months or years from ``published``, counted in the given calendar."""
    if jalali:
        here = jdatetime.date.fromgregorian(date=published)
        year, month = here.year, here.month
    else:
        year, month = published.year, published.month
    if unit == "year":
        year += offset
        return EventDate(str(year + 621 if jalali else year), "year")
    year, month0 = divmod(year * 12 + month - 1 + offset, 12)
    if not jalali:
        return EventDate(f"{year:04d}-{month0 + 1:02d}", "month")
    middle = _jalali(year, month0 + 1, 15)
    return EventDate(f"{middle:%Y-%m}", "month") if middle else None


def _candidates(text: str, lang: str, published: dt.date | None, tense_hint: Tense | None) -> Iterable[_Candidate]:
    lex = _lexicon(lang)
    found = lex.scanner.matches(text)
    for pattern, matches in enumerate(found[: lex.explicit]):
        for match in matches:
            is_date, date = _explicit(match, pattern, lex, published)
            if is_date:
                yield _Candidate(*match.span(lex.cores[pattern]), date, "explicit")
    weekdays, relative_days, periods = found[lex.explicit :]
    for match in weekdays:
        yield _Candidate(*match.span("core"), _weekday(match, text, lex, published, tense_hint), "weekday")
    for match in relative_days:
        offset = lex.relative[_key(match["core"])]
        date = _day(published + dt.timedelta(days=offset)) if published else None
        yield _Candidate(*match.span("core"), date, "relative")
    for match in periods:
        period = _relative_period(match["core"], lex, published) if published else None
        yield _Candidate(*match.span("core"), period, "relative")
