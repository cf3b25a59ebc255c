"""A role phrase names a person's job, not the person: its field, its employer or the body it serves never becomes
an actor's name (issue 13: a Persian "expert on Eurasian affairs" byline became a person named after the field)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import extract

from geograph.extract import Extractor
from geograph.records import Article


def _people(text: str, lang: str) -> set[str]:
    extraction = Extractor().extract(Article(id="roles", text=text, lang=lang))
    return {
        actor.label
        for assertion in extraction.assertions
        for actor in (assertion.subject, assertion.object)
        if actor.type == "person"
    }


@pytest.mark.parametrize(
    ("text", "lang", "person", "junk"),
    [
        (
            "Communist Party chief Tran Van Long met Russian President Vladimir Putin in Hanoi.",
            "en",
            "Tran Van Long",
            "Communist Party",
        ),
        (
            "Foreign Ministry spokesman Kaveh Rostami condemned the United States.",
            "en",
            "Kaveh Rostami",
            "Foreign Ministry",
        ),
        (
            "Laleh Karimi, an expert on Eurasian affairs, criticized Israel.",
            "en",
            "Laleh Karimi",
            "Eurasian",
        ),
        ("لاله کریمی کارشناس مسائل اوراسیا از اسرائیل انتقاد کرد.", "fa", "لاله کریمی", "مسائل اوراسیا"),
    ],
)
def test_the_person_is_the_name_beside_the_title_not_the_job(text: str, lang: str, person: str, junk: str) -> None:
    people = _people(text, lang)
    assert person in people
    assert not any(junk in label for label in people), people


def test_a_field_after_a_stateless_title_is_not_a_name() -> None:
    # no name is given, so no person: the field words must not stand in for one
    people = _people("کارشناس مسائل اوراسیا از اسرائیل انتقاد کرد.", "fa")
    assert not people


def test_a_bare_head_of_state_title_still_reads_as_the_state_last_named() -> None:
    found = extract(
        "The Sri Lankan envoy said President Tissa Perera plans to visit China next month.",
        "en",
    )
    assert any(a.relation == "visits" and a.object.label == "China" for a in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # after a title and its state, a function word or an article after a proclitic starts no name
        ("وقال الرئيس المصري إنه يدعم الأردن.", "ar"),
        ("وأشاد وزير الخارجية الإماراتي بدوره بالعلاقات مع مصر.", "ar"),
        ("وقال المستشار الأمريكي للأمن القومي إن بلاده تدعم الأردن.", "ar"),
    ],
)
def test_no_name_is_made_of_function_words_after_a_title(text: str, lang: str) -> None:
    extraction = Extractor().extract(Article(id="roles", text=text, lang=lang))
    assert not [m.actor.label for m in extraction.mentions if m.actor.id.startswith("local:")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Iranian president met Putin in Moscow.", "en"),
        ("رئیس جمهور ایران با پوتین در مسکو دیدار کرد.", "fa"),
        ("التقى الرئيس الإيراني مع بوتين في موسكو.", "ar"),
    ],
)
def test_a_title_names_the_office_it_holds_in_that_state(text: str, lang: str) -> None:
    # Iran's president heads its government; its head of state is the Supreme Leader (gazetteer ``titles``)
    def subjects(day: dt.date) -> set[str]:
        extraction = Extractor().extract(Article(id="title", text=text, lang=lang, published=day))
        return {a.subject.label for a in extraction.assertions if a.relation == "meets"}

    assert subjects(dt.date(2023, 3, 1)) == {"Ebrahim Raisi"}
    assert subjects(dt.date(2025, 3, 1)) == {"Masoud Pezeshkian"}
    # elsewhere a president is the head of state, and a leader of Iran is still its Supreme Leader
    found = extract("The Iranian supreme leader met the Russian president.", "en", dt.date(2023, 3, 1))
    assert {(a.subject.label, a.object.label) for a in found} == {("Ali Khamenei", "Vladimir Putin")}


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman of Iran's foreign ministry criticized the United States.",
        "The head of Iran's Supreme National Security Council met the Russian president.",
    ],
)
def test_a_title_of_a_body_with_no_name_is_the_body(text: str) -> None:
    # "of" before the body no longer marks it as an object: the unnamed holder speaks for it
    found = extract(text, "en")
    assert found, text
    assert all(a.subject.type == "organization" and a.subject.state is not None for a in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Turkish foreign minister met his Egyptian counterpart in Cairo.", "en"),
        ("وزیر امور خارجه ترکیه با همتای مصری خود در قاهره دیدار کرد.", "fa"),
        ("التقى وزير الخارجية التركي نظيره المصري في القاهرة.", "ar"),
    ],
)
def test_a_counterpart_holds_the_office_of_the_person_before_it(text: str, lang: str) -> None:
    found = extract(text, lang, dt.date(2023, 4, 13))
    assert ("Mevlüt Çavuşoğlu", "Sameh Shoukry") in {(a.subject.label, a.object.label) for a in found}, found


def test_a_counterpart_of_no_known_office_is_the_state() -> None:
    found = extract("Japan's envoy met his Chinese counterpart.", "en", dt.date(2023, 4, 13))
    assert {(a.subject.label, a.object.label) for a in found} == {("Japan", "China")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سفیر ایران با معاون وزیر خارجه روسیه دیدار کرد.", "fa"),
        ("التقى السفير الإيراني نائب وزير الخارجية الروسي.", "ar"),
        ("The Iranian ambassador met Russia's deputy foreign minister.", "en"),
    ],
)
def test_a_deputy_holds_none_of_the_offices_of_its_title(text: str, lang: str) -> None:
    found = extract(text, lang, dt.date(2024, 3, 1))
    assert found, text
    assert all(a.object.label != "Sergey Lavrov" for a in found), found
