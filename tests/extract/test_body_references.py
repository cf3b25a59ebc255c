"""A reference to an international body ("the bloc", "the alliance", «الحلف», «این پیمان») is the body named
last, as "the group" is the armed group named last."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "EU foreign ministers met in Brussels on Monday. The bloc imposed sanctions on Belarus.",
            "en",
            ("European Union", "sanctions", "Belarus"),
        ),
        ("NATO leaders met in Vilnius. The alliance condemned Russia.", "en", ("NATO", "criticizes", "Russia")),
        ("اجتمع وزراء خارجية حلف الناتو في بروكسل. وندد الحلف بروسيا.", "ar", ("NATO", "criticizes", "Russia")),
        ("سران ناتو در ویلنیوس دیدار کردند. این پیمان روسیه را محکوم کرد.", "fa", ("NATO", "criticizes", "Russia")),
    ],
)
def test_the_bloc_is_the_body_named_last(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in triples(text, lang)


def test_the_bloc_with_no_body_named_before_is_no_one() -> None:
    assert triples("The bloc imposed sanctions on Belarus.", "en") == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "ECOWAS imposed sanctions on Niger.",
            "en",
            ("Economic Community of West African States", "sanctions", "Niger"),
        ),
        ("فرضت إيكواس عقوبات على النيجر.", "ar", ("Economic Community of West African States", "sanctions", "Niger")),
        ("UNICEF delivered aid to Sudan.", "en", ("UNICEF", "provides_aid", "Sudan")),
    ],
)
def test_regional_blocs_and_un_agencies_are_actors(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Saudi Arabia hosted talks on Sudan. The kingdom pledged aid to Sudan.", "en", ("Saudi Arabia", "Sudan")),
        ("استضافت السعودية محادثات بشأن السودان. وقدمت المملكة مساعدات إلى السودان.", "ar", ("Saudi Arabia", "Sudan")),
    ],
)
def test_the_kingdom_is_the_kingdom_named_last(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "provides_aid", expected[1], "asserted") in triples(text, lang)


def test_the_kingdom_named_before_no_kingdom_is_no_one() -> None:
    found = triples("Egypt hosted talks on Sudan. The kingdom pledged aid to Sudan.", "en")
    assert not any(r == "provides_aid" for _, r, _, _ in found)  # the pledge has no giver
