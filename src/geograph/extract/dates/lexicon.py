"""The date lexicons: ``ontology/lexicon/dates/<lang>.yaml``, each compiled once into the regexes that find dates.

A language's lexicon (see the README beside the YAML files) becomes a :class:`_Lexicon`: the word maps that
say what a match means (month and weekday numbers, relative offsets, era and cue words) and a scanner
(``geograph.extract.dates.scan``) over its patterns: the explicit dates, then weekdays, relative days and
relative periods. Matching runs on normalized text (``geograph.normalize``), so the words are folded the same
way before compiling, and a matched word is looked up by :func:`_key`. Compiling is once-per-language setup,
kept apart from reading the matches (``geograph.extract.dates.candidates``), which relies on the pattern and
group numbering built here. The underscore names are shared only among the modules of ``geograph.extract.dates``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from geograph.extract.dates.scan import Opening, Scanner, build_scanner
from geograph.extract.lexicon import SafeYamlLoader
from geograph.normalize import normalize
from geograph.resources import ontology_dir

_MONTH_KEYS = ("gregorian_months", "jalali_months", "hijri_months")


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


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity, for candidates._read_explicit's cache
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
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeYamlLoader) or {}
    return data


def languages() -> tuple[str, ...]:
    """The languages with a date lexicon (one ``<lang>.yaml`` each)."""
    return tuple(sorted(p.stem for p in _lexicon_dir().glob("*.yaml")))


def _opening(words: Iterable[tuple[list[str], str]] = (), *, clitic: bool = False, digits: str = "(?!)") -> Opening:
    """How a pattern's matches start (see ``scan.Opening``), its words folded as the pattern holds them."""
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
