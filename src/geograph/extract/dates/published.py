"""The article's publication date when its metadata gives none: read from the text, and marked as inferred.

In order of trust:
1. a wire dateline near the top ("MOSCOW, June 18, 2024 (Example Wire) -", "تهران – ۱۴۰۳/۰۳/۲۹ – ..."); a
   dateline without a year ("CAIRO, 18 June (Agency) -") takes the year that puts it nearest the latest full
   date of the article;
2. a date header: a full date (day, month and year, Gregorian or Solar Hijri) on a short line of its own near
   the top (a page's date line, "Thursday 20 June 2024"), not inside the first sentence;
3. as a last resort, the latest full date the article states anywhere.
Only full dates count: a month or a year alone dates no report. A weekday or "yesterday" never dates it.
"""

from __future__ import annotations

import datetime as dt

from geograph.extract.dates.candidates import GREGORIAN_YEARS, _candidates
from geograph.extract.dates.mentions import _is_dateline
from geograph.records import PublicationDate

# How far into the text a dateline or a date header may stand (characters of normalized text), and how long
# a header's line may be: a date line, a byline or a short title, never a paragraph.
_DATELINE_REACH = 400
_HEADER_REACH = 200
_HEADER_LINE = 80


def _full_dates(text: str, lang: str, reference: dt.date | None) -> list[tuple[int, int, dt.date]]:
    out = []
    for cand in _candidates(text, lang, reference, None):
        if cand.kind == "explicit" and cand.date is not None and cand.date.precision == "day":
            day = cand.date.first_day()
            if day.year in GREGORIAN_YEARS:
                out.append((cand.start, cand.end, day))
    return out


def infer_published(text: str, lang: str) -> PublicationDate | None:
    """The publication date ``text`` (normalized) gives, by dateline, header or latest full date; else None."""
    dates = _full_dates(text, lang, None)
    for start, end, day in dates:
        if start < _DATELINE_REACH and _is_dateline(text, start, end):
            return PublicationDate(day, "day", "dateline")
    latest = max((day for _, _, day in dates), default=None)
    if latest is not None:
        head = text[:_DATELINE_REACH]
        for start, end, day in _full_dates(head, lang, latest):
            if _is_dateline(head, start, end):
                return PublicationDate(day, "day", "dateline")
    for start, end, day in dates:
        if start < _HEADER_REACH and _on_short_line(text, start, end):
            return PublicationDate(day, "day", "header")
    return PublicationDate(latest, "day", "latest_date") if latest is not None else None


def _on_short_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (len(text) if line_end < 0 else line_end) - line_start <= _HEADER_LINE
