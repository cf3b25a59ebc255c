"""Article ids stay stable across ZWNJ, letter forms and banners; dates come from metadata or not at all."""

from __future__ import annotations

import datetime as dt

import pytest

from geograph.read import article_id, detect_boilerplate, parse_date

BODY = "سفر رئیس\u200cجمهور روسیه به کره شمالی را می\u200cتوان در جهت تعمیق روابط دو کشور تفسیر کرد."


def _id(text: str) -> str:
    return article_id(text, detect_boilerplate(text))


def test_id_is_16_hex_digits() -> None:
    value = article_id(BODY)
    assert len(value) == 16 and int(value, 16) >= 0


def test_id_ignores_zwnj_and_arabic_letter_forms() -> None:
    plain = BODY.replace("\u200c", "")
    arabic_forms = plain.replace("ی", "ي").replace("ک", "ك")
    assert article_id(BODY) == article_id(plain) == article_id(arabic_forms)


def test_id_ignores_banners_and_tails() -> None:
    first = f"Get News Fast\n\n{BODY}\n\nانتهای پیام/\n© خبرگزاری تسنیم\n"
    second = f"Breaking News\n{BODY}\nدکمه بازگشت به بالا\n"
    assert _id(first) == _id(second) == article_id(BODY)


def test_id_changes_with_the_body() -> None:
    assert article_id(BODY) != article_id(BODY.replace("روسیه", "چین"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-19", dt.date(2024, 6, 19)),
        ("2024-06-19T23:30:00+03:30", dt.date(2024, 6, 19)),
        ("2024-06-19T10:00:00Z", dt.date(2024, 6, 19)),
        ("Wed, 19 Jun 2024 10:00:00 +0000", dt.date(2024, 6, 19)),
        ("19 Jun 2024 10:00 GMT", dt.date(2024, 6, 19)),
        ("1403/03/30", dt.date(2024, 6, 19)),  # Solar Hijri
        ("۱۴۰۳/۰۳/۳۰", dt.date(2024, 6, 19)),
        ("2024-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
        (20240619, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
