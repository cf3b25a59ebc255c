"""Targeting with sanctions is a sanction, not a strike; defending another side backs it, and "the right to
defend itself" pairs it with no one; weapons coordinated behind "with" are an attack's means. Examples written
for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("استهدفت الولايات المتحدة روسيا بعقوبات جديدة.", "ar", ("United States", "Russia")),
        ("آمریکا ایران را با تحریم های جدید هدف قرار داد.", "fa", ("United States", "Iran")),
        ("ایران توسط آمریکا هدف تحریم قرار گرفت.", "fa", ("United States", "Iran")),
        ("The United States targets Iran through sanctions.", "en", ("United States", "Iran")),
    ],
)
def test_targeting_with_sanctions_sanctions(text: str, lang: str, pair: tuple[str, str]) -> None:
    found = triples(text, lang)
    assert (pair[0], "sanctions", pair[1], "asserted") in found
    assert not {t for t in found if t[1] == "attacks"}, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China defended Russia at the United Nations.", "en"),
        ("چین در سازمان ملل از روسیه دفاع کرد.", "fa"),
        ("دافعت الصين عن روسيا في الأمم المتحدة.", "ar"),
    ],
)
def test_defending_another_side_supports_it(text: str, lang: str) -> None:
    assert ("China", "supports", "Russia", "asserted") in triples(text, lang)


def test_the_defence_minister_is_no_defence() -> None:
    found = triples("وزیر دفاع روسیه به کره شمالی سفر کرد.", "fa")
    assert not {t for t in found if t[1] == "supports"}, found


def test_defending_itself_pairs_with_no_one() -> None:
    found = triples("Israel has the right to defend itself, Biden said.", "en")
    assert not {t for t in found if t[1] == "supports"}, found


def test_coordinated_weapons_are_the_attacks_means() -> None:
    found = triples("ارتش روسیه با پهپاد و موشک به اوکراین حمله کرد.", "fa")
    assert ("Russia", "attacks", "Ukraine", "asserted") in found
    assert not {t for t in found if t[1] == "supplies_arms"}, found


def test_blocking_goods_on_their_way_is_no_veto() -> None:
    """ "Blocked aid to Ukraine" stops aid; it vetoes nothing (and the aid is not asserted either)."""
    found = triples("Russia blocked aid to Ukraine.", "en")
    assert not {t for t in found if t[1] == "vetoes"}, found
    assert not {t for t in found if t[3] == "asserted"}, found


def test_blocking_a_text_still_vetoes_it() -> None:
    assert ("Russia", "vetoes", "Syria", "asserted") in triples("Russia blocked a UN resolution on Syria.", "en")
