"""A role phrase names a person's job, not the person: its field, its employer or the body it serves never becomes
an actor's name (issue 13: a Persian "expert on Eurasian affairs" byline became a person named after the field)."""

from __future__ import annotations

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
