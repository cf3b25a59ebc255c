"""A person introduced by a title and a full name is the same person when the text later uses the surname."""

from __future__ import annotations

import pytest
from extract_helpers import extract, state_label


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        (
            "Ghanaian Foreign Minister Kwabena Asantewaa met the Togolese president in Lome. "
            "Asantewaa also visited Benin on Friday.",
            "en",
            "Asantewaa",
        ),
        (
            "Paraguayan President Matias Villaverde arrived in Lima on Monday. "
            "Villaverde signed a trade agreement with Peru.",
            "en",
            "Villaverde",
        ),
    ],
)
def test_a_titled_newcomer_is_named_again_by_surname(text: str, lang: str, surname: str) -> None:
    later = [a for a in extract(text, lang) if a.subject.type == "person" and a.subject.label.endswith(surname)]
    states = {a.subject.state.label for a in later if a.subject.state is not None}
    relations = {a.relation for a in later}
    assert len(relations) >= 2, later  # the titled sentence and the surname-only one
    assert states == {"Ghana"} or states == {"Paraguay"}


def test_a_surname_alone_with_no_full_mention_before_it_names_no_one() -> None:
    found = extract("Villaverde signed a trade agreement with Peru.", "en")
    assert not [a for a in found if a.subject.label == "Villaverde"]


@pytest.mark.parametrize(
    "text",
    ["محمدجواد ظریف با سرگئی لاوروف دیدار کرد.", "محمد جواد ظریف با سرگئی لاوروف دیدار کرد."],
)
def test_two_words_of_a_persian_name_written_as_one_still_name_the_person(text: str) -> None:
    found = {(a.subject.label, a.relation, a.object.label) for a in extract(text, "fa")}
    assert ("Mohammad Javad Zarif", "meets", "Sergey Lavrov") in found


def test_a_title_after_a_titled_person_is_a_second_person() -> None:
    """VSO: "the Egyptian president NAME received the American foreign minister" is two people."""
    found = {
        (state_label(a.subject), a.relation, state_label(a.object))
        for a in extract("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة.", "ar")
    }
    assert ("Egypt", "meets", "United States") in found
