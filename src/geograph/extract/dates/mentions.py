"""Event dates in normalized article text: explicit Gregorian and Solar Hijri dates, weekdays, relative days.

The words come from ``ontology/lexicon/dates/<lang>.yaml`` (see the README there, which also documents the
calendar choices); each language's lexicon is compiled once into a handful of regexes
(``geograph.extract.dates.lexicon``). Matching runs on normalized text (``geograph.normalize``), so the lexicon
is folded the same way before compiling. A quick scan finds where expressions can start, and each regex is
tried only there, with the same matches as a search of the whole text (``geograph.extract.dates.scan``). Each
match is read as a candidate date (``geograph.extract.dates.candidates``); this module keeps the longest
candidates that do not overlap and leaves out datelines.

Rules that keep dates honest:
- nothing is invented: a weekday, a relative word ("yesterday") or a day and month without a year resolve only
  against a known publication date, and a month alone is never a date;
- a year below 1500 is never read as AD: with a Jalali month or era, or bare in a language whose lexicon says
  so (Persian: ``low_years: jalali``), it is Solar Hijri; otherwise (or with a lunar era marker) the
  expression is recognised, so no part of it is misread, and dropped;
- all-digit dates are read day first (18/06/2024), the usage of Persian, Arabic and most English-language
  news; month first only when the day-first reading is impossible (6/18/2024);
- a bare 4-digit number is a year only with a year marker ("in 2019", "در سال 2019", "عام 2019"), an era
  suffix, or beside a month.
A bare weekday resolves to the most recent such day on or before the publication date, or to the next one on
or after it when its clause speaks of the future (a ``future_cues`` word) or ``tense_hint="future"``. A day
and month without a year take the year that puts them nearest the publication date. "Next month", "last
year" and the like give month or year precision; "last week" and "recently" give nothing. A dateline's date
("WASHINGTON, May 9 (Reuters) -") is the report's, not an event's, and is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from geograph.extract.dates.candidates import GREGORIAN_YEARS, Tense, _Candidate, _candidates
from geograph.records import EventDate

# A dateline ("WASHINGTON, May 9 (Example Wire) -", "تهران – ۱۴۰۳/۰۳/۱۷ – خبرگزاری ...:") dates the report, not
# an event: at most a few words from the line start ending in a comma or dash, then the date, then an agency
# in brackets and/or a dash or colon. Structural punctuation only, so it holds in every language.
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[^\W\d_](?:(?![.!?؟]\s)[^\n\d,،–—\-:()]){0,40}[,،–—\-][ \t]*)?$"  # no sentence end inside
)
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[:–—\-]")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found at ``start:end`` of the normalized text."""

    start: int
    end: int
    date: EventDate


def _is_dateline(text: str, start: int, end: int) -> bool:
    # the cheaper test first: it fails for almost every date
    return bool(_DATELINE_AFTER.match(text, end)) and bool(_DATELINE_BEFORE.search(text, max(0, start - 50), start))


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Longest expressions first; a weekday right before an explicit date ("Tuesday, 18 June") joins it."""
    starts: list[int] = []  # the kept spans are disjoint, so sorted by start they are sorted by end too
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        i = bisect_right(starts, cand.start)
        if (i == 0 or kept[i - 1].end <= cand.start) and (i == len(kept) or cand.end <= kept[i].start):
            starts.insert(i, cand.start)
            kept.insert(i, cand)
    return kept


def _plausible(date: EventDate) -> bool:
    return int(date.value.split("-", 1)[0]) in GREGORIAN_YEARS  # first_day's year, without making the day


def find_dates(
    text: str, lang: str, published: dt.date | None, *, tense_hint: Tense | None = None
) -> list[DateMention]:
    """Every date ``text`` (normalized) states or implies, in text order, with offsets into ``text``.

    ``lang`` picks the lexicon (a language without one uses all of them). ``published`` resolves weekdays,
    relative days and day-month dates without a year; without it they give nothing. ``tense_hint`` forces
    how a bare weekday resolves ("past": on or before publication, "future": on or after); by default each
    sentence decides from its future cues.
    """
    if published is not None and published.year not in GREGORIAN_YEARS:
        published = None  # an implausible publication date resolves nothing (and cannot overflow)
    kept = _without_overlaps(_candidates(text, lang, published, tense_hint))
    out: list[DateMention] = []
    for i, cand in enumerate(kept):
        if cand.kind == "weekday" and i + 1 < len(kept):
            nxt = kept[i + 1]
            if nxt.kind == "explicit" and not text[cand.end : nxt.start].strip(" ,،\t"):
                continue  # "Tuesday, June 18, 2024": the explicit date speaks for both
        if cand.kind == "explicit" and _is_dateline(text, cand.start, cand.end):
            continue
        if cand.date is not None and _plausible(cand.date):
            start = cand.start
            if cand.kind == "explicit" and i and kept[i - 1].kind == "weekday":
                prev = kept[i - 1]
                if not text[prev.end : cand.start].strip(" ,،\t"):
                    start = prev.start
            out.append(DateMention(start, cand.end, cand.date))
    return out
