"""The date scan tries each pattern only where it can start: it must find exactly what ``finditer`` finds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.extract.dates.lexicon import _lexicon
from geograph.extract.dates.mentions import find_dates
from geograph.extract.dates.scan import Opening, build_scanner
from geograph.normalize import normalize
from geograph.resources import ontology_dir

LANGUAGES = ["en", "fa", "ar", "xx"]


def _lexicon_words() -> list[str]:
    """Every word of every date lexicon: the keys of word maps and the items of word lists."""
    words: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str):
                    words.append(key)
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, str):
            words.append(value)

    for path in sorted((ontology_dir() / "lexicon" / "dates").glob("*.yaml")):
        collect(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(set(words))


WORDS = _lexicon_words()
# Characters re.IGNORECASE takes for Latin letters (ſ for s, the Kelvin sign for k, dotted and dotless i),
# letters with no case, and characters outside the ranges the scan lists case variants for.
ODD = ["ſ", "\u212a", "İ", "ı", "ẞ", "中", "\U0001d7d9", "é", "\u200c"]
DIGITS = st.from_regex(r"[0-9۰-۹٠-٩]{1,5}", fullmatch=True)
# Runs of words, digits and separators as dates are written, so that the patterns match often
PHRASES = st.tuples(
    st.sampled_from(["", " ", "و", "ب", "in ", "on "]),
    st.one_of(DIGITS, st.sampled_from(WORDS)),
    st.sampled_from([" ", "-", "/", ". ", " of "]),
    st.one_of(DIGITS, st.sampled_from(WORDS)),
    st.sampled_from([" ", ", ", "/", ""]),
    st.one_of(DIGITS, st.sampled_from(WORDS)),
).map("".join)
PIECES = st.one_of(
    PHRASES,
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.sampled_from(WORDS).map(lambda w: w.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")),
    DIGITS,
    st.sampled_from([" ", "  ", "\n", ", ", "-", "/", ".", "–", "(", ") -", ":", "و", "ب", "ال", "x", "5th"]),
    st.sampled_from(ODD),
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(PIECES, max_size=16), lang=st.sampled_from(LANGUAGES))
def test_the_scan_finds_what_finditer_finds(pieces: list[str], lang: str) -> None:
    scanner = _lexicon(lang).scanner
    for text in ("".join(pieces), normalize("".join(pieces)).text):  # raw, it keeps the odd characters
        found = scanner.matches(text)
        assert [_spans(f) for f in found] == [_spans(list(p.finditer(text))) for p in scanner.patterns]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_scan_finds_what_finditer_finds_in_every_sentence_of_the_date_tests(lang: str) -> None:
    source = (Path(__file__).parent / "test_dates.py").read_text(encoding="utf-8")
    sentences = re.findall(r'"([^"\n]{8,})"', source)
    assert len(sentences) > 50
    sentences += ["وصل و18 يونيو 2024", "x 2024-06-18 y 18/06/2024", "(ب5 حزيران) 1403هـ", "Tuesday,18 June"]
    scanner = _lexicon(lang).scanner
    for text in map(lambda sentence: normalize(sentence).text, sentences):
        found = scanner.matches(text)
        assert [_spans(f) for f in found] == [_spans(list(p.finditer(text))) for p in scanner.patterns], text


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        ("\u212ahordad 1403", "Khordad 1403"),  # the Kelvin sign is outside the listed characters
        ("ſeptember 2019", "September 2019"),  # the long s is listed, with its case variants
        ("on \u212aHORDAD 5, 1403", "on KHORDAD 5, 1403"),
    ],
)
def test_case_variants_that_only_ignorecase_knows_still_open_a_date(odd: str, plain: str) -> None:
    published = dt.date(2024, 6, 20)
    got = [(m.start, m.end, m.date) for m in find_dates(odd, "en", published)]
    assert got == [(m.start, m.end, m.date) for m in find_dates(plain, "en", published)]
    assert got


def test_a_scanner_tries_each_pattern_only_where_its_opening_can_start() -> None:
    """The scanner on its own: two word-opened patterns and a digit-opened one, one with clitics."""
    month = re.compile(r"(?<!\w)(?:و)?(?:may|mai)\s+\d{1,2}(?!\w)", re.IGNORECASE)
    year = re.compile(r"(?<![\d/])\d{4}(?:\s*AD)(?!\w)", re.IGNORECASE)
    weekday = re.compile(r"(?<!\w)monday(?!\w)", re.IGNORECASE)
    scanner = build_scanner(
        [
            (month, Opening(((frozenset({"may", "mai"}), r"\s+\d"),), clitic=True)),
            (year, Opening(digits=r"\d{4}\s*AD")),
            (weekday, Opening(((frozenset({"monday"}), r"(?!\w)"),))),
        ],
        clitics=["و"],
    )
    text = "MAY 5, Mondays and Monday; 1999 AD or 1999, وmay 7, maybe 8 and mai 9"
    found = scanner.matches(text)
    assert [[m.group() for m in f] for f in found] == [["MAY 5", "وmay 7", "mai 9"], ["1999 AD"], ["Monday"]]
    assert [_spans(f) for f in found] == [_spans(list(p.finditer(text))) for p in scanner.patterns]
    assert scanner.matches("") == [[], [], []]
