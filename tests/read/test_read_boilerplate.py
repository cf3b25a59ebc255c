"""Boilerplate spans on a trimmed copy of the seed article's head and tail, and the structural rules."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from geograph.read import detect_boilerplate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"
SEED = (FIXTURES / "seed_head_tail.txt").read_text(encoding="utf-8")


def _flagged(text: str) -> str:
    return "\n".join(text[s:e] for s, e in detect_boilerplate(text))


def test_seed_banner_and_tail_are_boilerplate_and_body_is_intact() -> None:
    spans = detect_boilerplate(SEED)
    flagged = _flagged(SEED)
    assert spans[0] == (0, len("Get News Fast"))
    for chrome in (
        "انتهای پیام/",
        "گروه خبری: 1339",
        "© خبرگزاری تسنیم",
        "ارسال از وردپرس به شبکه های اجتماعی ایرانی",
        "دیدگاهتان را بنویسید",
        "نشانی ایمیل شما منتشر نخواهد شد",
        "18 + 7 =",
        "دکمه بازگشت به بالا",
    ):
        assert chrome in flagged, chrome
    for body in (
        "روسیه در مسیر ائتلافهای راهبردی",
        "سفر رئیس جمهور روسیه به کره شمالی",
        "یادداشت: معصومه محمدی کارشناس مسائل اوراسیا",
    ):
        assert body not in flagged, body
    assert SEED[spans[-1][1] :].strip() == ""  # the tail span runs to the last line


def test_spans_are_whole_lines_in_order_and_disjoint() -> None:
    spans = detect_boilerplate(SEED)
    assert list(spans) == sorted(spans)
    for (_, end), (start, _) in pairwise(spans):
        assert end < start
    for start, end in spans:
        assert start == 0 or SEED[start - 1] == "\n"
        assert end == len(SEED) or SEED[end] == "\n"


def test_patterns_match_arabic_letter_forms_and_zwnj() -> None:
    text = (
        "متن خبر درباره دیدار دو رهبر در پایتخت است.\n\n"
        "ديدگاهتان را بنويسيد\n"
        "بخش\u200cهای موردنیاز علامت\u200cگذاری شده\u200cاند *\n"
    )
    flagged = _flagged(text)
    assert "ديدگاهتان" in flagged and "بخش\u200cهای" in flagged
    assert "متن خبر" not in flagged


def test_structural_rules_without_the_lexicon_phrases() -> None:
    body = "The two ministers met in Geneva on Monday and agreed to continue the talks next month. " * 3
    text = "\n".join(
        [
            "خبر فوری",  # short, other script, before the lead: banner
            body,
            "Share | Tweet | Email",  # only share words
            "3 + 4 = ?",  # captcha
            "Most read",
            "Most read",  # back-to-back repeat
        ]
    )
    flagged = _flagged(text)
    assert "خبر فوری" in flagged
    assert "Share | Tweet" in flagged
    assert "3 + 4" in flagged
    assert "Most read" in flagged
    assert "Geneva" not in flagged


def test_repeated_headline_is_not_boilerplate() -> None:
    headline = "روسیه در مسیر ائتلافهای راهبردی"
    text = f"{headline}\n\n{'پاراگراف اصلی خبر درباره سفر پوتین. ' * 8}\n\n{headline}\n\nادامه متن خبر."
    assert detect_boilerplate(text) == ()


def test_end_marker_ends_the_article() -> None:
    text = "متن خبر درباره دیدار دو رهبر.\nانتهای پیام/\nخبرهای دیگر: سقوط قیمت نفت در بازار جهانی"
    flagged = _flagged(text)
    assert flagged.startswith("انتهای پیام/") and "سقوط قیمت نفت" in flagged
