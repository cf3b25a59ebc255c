"""Arabic «مواقع لحزب الله» (positions of Hezbollah): behind a possessive «لـ» right after a transparent head noun,
the actor stands for the head, and is the object the head would be. Examples written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت إسرائيل مواقع لحزب الله في جنوب لبنان.", ("Israel", "attacks", "Hezbollah")),
        ("قصفت الطائرات الإسرائيلية مقرات لحركة حماس في غزة.", ("Israel", "attacks", "Hamas")),
    ],
)
def test_the_possessor_of_a_transparent_head_is_the_object(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, "ar")
    assert (*expected, "asserted") in found, found


def test_a_recipient_behind_li_stays_a_recipient() -> None:
    """Without a transparent head, «لـ» marks a recipient as before: Saudi aid to Yemen."""
    assert ("Saudi Arabia", "provides_aid", "Yemen", "asserted") in triples("قدمت السعودية مساعدات لليمن.", "ar")
