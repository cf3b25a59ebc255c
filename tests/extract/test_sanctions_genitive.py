"""The Persian sanctions noun: the genitive of the verbal noun is its target («خواستار تحریم اسرائیل شد»: called
for sanctioning Israel), the genitive of the plural its author («تحریم‌های آمریکا»: America's sanctions), and with
the target marked the genitive acts («تحریم آمریکا علیه ونزوئلا»)."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مالزی خواستار تحریم اسرائیل شد.", ("Malaysia", "sanctions", "Israel")),
        ("کانادا تحریم روسیه را تمدید کرد.", ("Canada", "sanctions", "Russia")),
        ("تحریم های آمریکا علیه کوبا ادامه دارد.", ("United States", "sanctions", "Cuba")),
        ("تحریمهای ژاپن علیه کره شمالی ادامه دارد.", ("Japan", "sanctions", "North Korea")),
        ("تحریم بریتانیا علیه بلاروس تمدید شد.", ("United Kingdom", "sanctions", "Belarus")),
    ],
)
def test_singular_genitive_is_the_target_and_plural_the_author(text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, r, o) for s, r, o, _ in triples(text, "fa")}
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found
