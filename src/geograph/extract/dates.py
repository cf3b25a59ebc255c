"""Event dates in normalized article text: explicit Gregorian and Solar Hijri dates, weekdays, relative days.

The words come from ``ontology/lexicon/dates/<lang>.yaml`` (see the README there, which also documents the
calendar choices); each language's lexicon is compiled once into a handful of regexes. Matching runs on
normalized text (``geograph.normalize``), so the lexicon is folded the same way before compiling. A quick
scan finds where expressions can start, and each regex is tried only there, with the same matches as a
search of the whole text (see ``geograph.extract.date_scan``).

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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

import jdatetime
import yaml

from geograph.extract.date_scan import Opening, Scanner, build_scanner
from geograph.normalize import normalize
from geograph.records import EventDate
from geograph.resources import ontology_dir

Tense = Literal["past", "future"]

GREGORIAN_YEARS = range(1900, 2101)
JALALI_YEARS = range(1279, 1480)  # 1900-2100 AD
_CLAUSE_END = re.compile(r"[.!?؟\n,،;؛:]")
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


_MONTH_KEYS = ("gregorian_months", "jalali_months", "hijri_months")


# --- The lexicon -----------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # called on every matched word, and folding is costly; the vocabulary is small
def _key(word: str) -> str:
    """How a lexicon word or a matched span is looked up: folded, case-free, without spaces."""
    return re.sub(r"\s+", "", _fold(word).casefold())


def _fold(word: str) -> str:
    return normalize(word).text


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first; a space inside a word matches any or no space.

    Written as a prefix tree (longer continuations first, so the longest word that fits still wins): a
    flat list of a hundred words makes the regex engine try each one at every word start in the text.
    """
    folded = _folded(words)
    if not folded:
        return "(?!)"
    if _spaces_blur(folded):  # the tree could try a shorter word first; keep the plain longest-first list
        parts = [r"\s*".join(re.escape(p) for p in w.split()) for w in sorted(folded, key=len, reverse=True)]
        return "(?:" + "|".join(parts) + ")"
    return _tree(sorted(folded))


def _folded(words: Iterable[str]) -> set[str]:
    """The words as the regexes hold them: folded, with single spaces."""
    return {" ".join(_fold(w).split()) for w in words} - {""}


def _spaces_blur(words: set[str]) -> bool:
    """Whether a word with a space, read without it, is a prefix of another word or the other way round.

    Only then can two words fit at one place through different branches of the tree; otherwise words that
    fit together lie on one branch, where the tree, like the list, tries the longer one first.
    """
    spaced = [w.replace(" ", "").lower() for w in words if " " in w]
    bare = [w.replace(" ", "").lower() for w in words]
    return any(s != b and (s.startswith(b) or b.startswith(s)) for s in spaced for b in bare)


def _tree(words: list[str]) -> str:
    """The regex of a prefix tree of ``words`` (relative to the node); a space matches any or no space."""
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = []
    for head, rests in sorted(heads.items(), key=lambda kv: (-max(map(len, kv[1])), kv[0])):
        step = r"\s*" if head == " " else re.escape(head)
        branches.append(step + _tree(rests))
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in words else body  # a word ends here: tried after every longer one


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity, for _read_explicit's cache
class _Lexicon:
    gregorian: Mapping[str, int]
    jalali: Mapping[str, int]
    hijri: Mapping[str, int]
    day_words: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative: Mapping[str, int]
    relative_months: Mapping[str, int]
    relative_years: Mapping[str, int]
    relative_jalali: bool  # relative months and years count in the Solar Hijri calendar
    past_before: frozenset[str]
    next_before: frozenset[str]
    past_after: frozenset[str]
    next_after: frozenset[str]
    last_week: frozenset[str]
    next_week: frozenset[str]
    gregorian_eras: frozenset[str]
    jalali_eras: frozenset[str]
    hijri_eras: frozenset[str]
    capitalized_only: frozenset[str]
    needs_year: frozenset[str]
    week_start: int
    low_years_jalali: bool  # a year of 1279-1479 with nothing else to place it is Solar Hijri
    explicit: int  # the scanner's first patterns, for explicit dates; then weekdays, relative days, periods
    cores: tuple[int, ...]  # the number of each explicit pattern's group "core", or 0: all the match
    scanner: Scanner
    future: re.Pattern[str]


def _names(raw: Mapping[Any, Any] | None) -> dict[str, int]:
    return {_key(str(w)): int(n) for n, words in (raw or {}).items() for w in words}


def _offsets(raw: Mapping[Any, Any] | None) -> dict[str, int]:
    return {_key(str(w)): int(n) for w, n in (raw or {}).items()}


def _merge(raws: list[dict[str, Any]]) -> dict[str, Any]:
    """Several languages' lexicons as one (for text of unknown language): lists and maps are united."""
    out: dict[str, Any] = {}
    for raw in raws:
        for k, v in raw.items():
            if isinstance(v, dict):
                merged = out.setdefault(k, {})
                for n, words in v.items():
                    if isinstance(words, list):
                        merged.setdefault(n, []).extend(words)
                    else:
                        merged[n] = words
            elif isinstance(v, list):
                out.setdefault(k, []).extend(v)
            else:
                out.setdefault(k, v)
    return out


def _lexicon_dir() -> Path:
    return ontology_dir() / "lexicon" / "dates"


def _load_raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data


def languages() -> tuple[str, ...]:
    """The languages with a date lexicon (one ``<lang>.yaml`` each)."""
    return tuple(sorted(p.stem for p in _lexicon_dir().glob("*.yaml")))


def _opening(words: Iterable[tuple[list[str], str]] = (), *, clitic: bool = False, digits: str = "(?!)") -> Opening:
    """How a pattern's matches start (see ``date_scan.Opening``), its words folded as the pattern holds them."""
    return Opening(tuple((frozenset(_folded(ws)), then) for ws, then in words), clitic, digits)


def _patterns(raw: Mapping[str, Any]) -> list[tuple[str, Opening]]:
    """The regexes of one lexicon, each with how its matches start: explicit dates, weekdays, relative days,
    relative periods. The explicit ones are tried in this order, the two all-digit ones first.
    """

    def words(key: str) -> list[str]:
        return [str(w) for w in raw.get(key) or []]

    def numbered(*keys: str) -> list[str]:  # the words of ``{number: [word, ...]}`` maps
        return [str(w) for key in keys for ws in (raw.get(key) or {}).values() for w in ws]

    def mapped(*keys: str) -> list[str]:  # the words of ``{word: number}`` maps
        return [str(w) for key in keys for w in raw.get(key) or {}]

    clitics = words("clitic_prefixes")
    clitic = _alternation(clitics) + "?" if clitics else ""
    lead = r"(?<!\w)" + clitic
    gm = _alternation(numbered("gregorian_months"))
    jm = _alternation(numbered("jalali_months"))
    hm = _alternation(numbered("hijri_months"))
    suffix = _alternation(words("month_suffixes"))
    month = rf"(?:(?P<gm>{gm})(?:\s*/\s*{gm})?|(?P<jm>{jm})|(?P<hm>{hm}))(?:\s*{suffix})?(?:\.(?=\s*\d))?"
    ranges = _alternation(words("range_joiners"))
    day_suffix = _alternation(words("day_suffixes"))
    day_number = rf"(?P<d>\d{{1,2}})(?:{day_suffix})?"
    day = (
        rf"(?:{day_number}|(?P<dw>{_alternation(numbered('day_words'))}))"
        rf"(?:\s*(?:[-–]|{ranges})\s*\d{{1,2}}(?:{day_suffix})?)?"
    )
    joiner = rf"(?:\s+{_alternation(words('day_month_joiners'))})?"
    eras = words("gregorian_year_suffixes") + words("jalali_year_suffixes") + words("hijri_year_suffixes")
    year = rf"(?P<y>\d{{4}})(?:\s*(?P<era>{_alternation(eras)})(?![^\W\d_]))?"
    end = r"(?!\w)"
    numeric_end = r"(?!\d|[-/.]\d)"

    # Each pattern with how its matches start (see _opening): keep the two in step
    months = _opening(((numbered(*_MONTH_KEYS), rf"(?:[\s/.,]|{suffix})"),), clitic=True)
    explicit = [
        (
            rf"(?<![\d/.\-])(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){numeric_end}",
            _opening(digits=r"\d{4}[-/.]\d"),
        ),
        (
            rf"(?<![\d/.\-])(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep){year}{numeric_end}",
            _opening(digits=r"\d{1,2}[-/.]\d"),
        ),
        (
            rf"{lead}(?P<core>{day}{joiner}\s+{month}(?:,?\s*{year})?){end}",
            _opening(
                ((numbered("day_words"), rf"(?:[\s\-–]|{ranges})"),),
                clitic=True,
                digits=rf"\d{{1,2}}(?:{day_suffix}|[\s\-–]|{ranges})",
            ),
        ),
        (rf"{lead}(?P<core>{month},?\s+(?:{_alternation(words('day_month_joiners'))}\s+)?{year}){end}", months),
        (
            rf"(?<!\w)(?:{_alternation(words('year_markers'))})\s+(?P<core>{year}){end}",
            _opening(((words("year_markers"), r"\s+\d"),)),
        ),
        (
            rf"(?<![\w/.\-])(?P<core>(?P<y>\d{{4}})\s*(?P<era>{_alternation(eras)})){end}",
            _opening(digits=rf"\d{{4}}\s*{_alternation(eras)}"),
        ),
    ]
    if raw.get("month_day_order"):
        explicit.insert(3, (rf"{lead}(?P<core>{month}\s+{day}(?:,?\s*{year})?){end}", months))

    weekday = _alternation(numbered("weekdays"))
    before = _alternation(words("past_before") + words("next_before"))
    after = _alternation(
        words("last_week_after") + words("next_week_after") + words("past_after") + words("next_after")
    )
    weekday_re = (
        rf"(?<!\w)(?:{_alternation(words('weekday_lead'))}\s+)?(?P<core>(?:(?P<before>{before})\s+)?"
        rf"{clitic}(?P<wd>{weekday})(?:\s+(?P<after>{after}))?){end}"
    )
    weekday_opening = _opening(
        (
            (words("weekday_lead"), rf"\s+(?:{before}\s+)?{clitic}{weekday}"),
            (words("past_before") + words("next_before"), rf"\s+{clitic}{weekday}"),
            (numbered("weekdays"), end),
        ),
        clitic=True,
    )
    blockers = rf"(?!\s+{_alternation(words('relative_day_blockers'))}(?!\w))"
    relative_re = rf"{lead}(?P<core>{_alternation(mapped('relative_days'))}){end}{blockers}"
    periods = mapped("relative_months", "relative_years")
    return [
        *explicit,
        (weekday_re, weekday_opening),
        (relative_re, _opening(((mapped("relative_days"), end),), clitic=True)),
        (rf"{lead}(?P<core>{_alternation(periods)}){end}", _opening(((periods, end),), clitic=True)),
    ]


@cache
def _lexicon(lang: str) -> _Lexicon:
    if lang in languages():
        raw = _load_raw(_lexicon_dir() / f"{lang}.yaml")
    else:
        raw = _merge([_load_raw(_lexicon_dir() / f"{code}.yaml") for code in languages()])
        raw["low_years"] = None  # without knowing the language, a year such as 1403 is not placed

    def words(key: str) -> list[str]:
        return [str(w) for w in raw.get(key) or []]

    def keys(key: str) -> frozenset[str]:
        return frozenset(_key(w) for w in words(key))

    patterns = _patterns(raw)
    compiled = [(re.compile(p, re.IGNORECASE), opening) for p, opening in patterns]
    scanner = build_scanner(compiled, _folded(words("clitic_prefixes")))
    return _Lexicon(
        gregorian=_names(raw.get("gregorian_months")),
        jalali=_names(raw.get("jalali_months")),
        hijri=_names(raw.get("hijri_months")),
        day_words=_names(raw.get("day_words")),
        weekdays=_names(raw.get("weekdays")),
        relative=_offsets(raw.get("relative_days")),
        relative_months=_offsets(raw.get("relative_months")),
        relative_years=_offsets(raw.get("relative_years")),
        relative_jalali=raw.get("relative_calendar") == "jalali",
        past_before=keys("past_before"),
        next_before=keys("next_before"),
        past_after=keys("past_after"),
        next_after=keys("next_after"),
        last_week=keys("last_week_after"),
        next_week=keys("next_week_after"),
        gregorian_eras=keys("gregorian_year_suffixes"),
        jalali_eras=keys("jalali_year_suffixes"),
        hijri_eras=keys("hijri_year_suffixes"),
        capitalized_only=keys("capitalized_only"),
        needs_year=keys("needs_year"),
        week_start=int(raw.get("week_start", 0)),
        low_years_jalali=raw.get("low_years") == "jalali",
        explicit=len(patterns) - 3,
        cores=tuple(scanner.patterns[i].groupindex.get("core", 0) for i in range(len(patterns) - 3)),
        scanner=scanner,
        future=re.compile(rf"(?<!\w)(?:{_alternation(words('future_cues'))})(?!\w)", re.IGNORECASE),
    )


# --- Reading one match -----------------------------------------------------------------------------------


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
    window = max(0, start - 400)  # clauses are short; this bounds the look-back in long paragraphs
    before = [m.end() for m in _CLAUSE_END.finditer(text, window, start)]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else window : after.start() if after else len(text)]


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
