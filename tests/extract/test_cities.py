"""Major cities stand for their state (ontology/gazetteer/cities.yaml): a strike on Kharkiv is a strike on
Ukraine, as of the article's date, and a city named where something happens is no party to it. Examples
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import extract, extractor

from geograph.records import Article


def _attacks(text: str, lang: str, published: dt.date | None = dt.date(2024, 6, 20)) -> list[tuple[str, str, str]]:
    return [
        (a.subject.label, a.object.label, a.object.state.label if a.object.state else "")
        for a in extract(text, lang, published=published)
        if a.relation == "attacks"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian artillery shelled Kharkiv overnight.", "en"),
        ("توپخانه روسیه شهر خارکیف را گلوله باران کرد.", "fa"),
        ("قصفت المدفعية الروسية مدينة خاركيف.", "ar"),
    ],
)
def test_a_strike_on_a_city_strikes_its_state(text: str, lang: str) -> None:
    assert _attacks(text, lang) == [("Russia", "Kharkiv", "Ukraine")]


def test_a_city_stands_for_its_state_only_since_the_state_was_formed() -> None:
    """Kharkiv stood for no state of the gazetteer before Ukraine's independence (24 August 1991)."""
    text = "Russian artillery shelled Kharkiv overnight."
    assert _attacks(text, "en", published=dt.date(1990, 5, 1)) == [("Russia", "Kharkiv", "")]
    assert _attacks(text, "en", published=dt.date(1991, 9, 1)) == [("Russia", "Kharkiv", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Erdogan met Putin in Sochi.", "en"),
        ("نتانیاهو در حاشیه نشست سازمان ملل در نیویورک با بایدن دیدار کرد.", "fa"),
    ],
)
def test_a_city_named_where_it_happens_is_no_party(text: str, lang: str) -> None:
    found = extract(text, lang)
    assert found
    assert not [a for a in found if "place" in (a.subject.type, a.object.type)]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Police in Perm stopped a van near the border.", {"Perm"}),  # "van" is a word, Van a person's name too
        ("The perm was done in Kharkiv.", {"Kharkiv"}),  # a one-word name lower-cased is a word
    ],
)
def test_one_word_city_names_are_matched_as_written(text: str, named: set[str]) -> None:
    reading = extractor().read(Article(id="t", text=text, lang="en", published=dt.date(2024, 6, 20)))
    places = {a.label for m in reading.state.mentions for a in m.actors if a.type == "place"}
    assert places == named
