"""identify_language on short Persian, Arabic and English samples, including Persian typed with Arabic letters."""

from __future__ import annotations

import pytest

from geograph.read import identify_language

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پوتین روز سه\u200cشنبه وارد پایتخت کره شمالی شد.", "fa"),
        ("پوتین روز سهشنبه وارد پایتخت کره شمالی شد.", "fa"),  # ZWNJ lost, as in the seed
        ("پوتين روز سه شنبه وارد پايتخت كره شمالي شد.", "fa"),  # Arabic yeh and kaf
        ("روسيه و كره شمالي يك توافق امضا كرده اند", "fa"),  # Arabic forms, no Persian-only letters
        ("وصل الرئيس الروسي إلى بيونغ يانغ في زيارة رسمية.", "ar"),
        ("قالت وزارة الخارجية إن المحادثات التي جرت كانت مثمرة", "ar"),
        ("Putin arrived in Pyongyang on Wednesday for talks.", "en"),
        ("Der russische Präsident ist am Mittwoch in Pjöngjang eingetroffen.", "de"),
        ("Putin", "und"),
        ("", "und"),
    ],
)
def test_identify_language(text: str, lang: str) -> None:
    assert identify_language(text) == lang


def test_zwnj_does_not_change_the_answer() -> None:
    sample = "می\u200cتوان این سفر را نشان\u200cدهنده تعمیق روابط دو کشور دانست"
    assert identify_language(sample) == identify_language(sample.replace(ZWNJ, "")) == "fa"
