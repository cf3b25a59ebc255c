"""Issue 12, relations half: constructions of real reporting (quotes, nominalized events, embedded events)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor

from geograph.extract.document import DocState
from geograph.normalize import normalize


def _sentences(text: str, lang: str) -> list[str]:
    state: DocState = extractor().pipeline(lang)(normalize(text).text)._.geo
    return [" ".join(state.words[start:end]) for start, end in state.sentences]


@pytest.mark.parametrize(
    ("text", "lang", "ending"),
    [
        ("وزیر گفت «ما آماده گفتگو هستیم». سپس نشست پایان یافت.", "fa", ["هستیم", "»", "."]),
        ("وقال الوزير «نحن مستعدون للحوار». ثم انتهى الاجتماع.", "ar", ["للحوار", "»", "."]),
        ("وقال الوزير “نحن مستعدون”. ثم انتهى الاجتماع.", "ar", ["مستعدون", "”", "."]),
        ("The minister said “we are ready.” Then the meeting ended.", "en", ["ready", ".", "”"]),
    ],
)
def test_a_full_stop_after_a_closing_quote_ends_the_sentence(text: str, lang: str, ending: list[str]) -> None:
    sentences = _sentences(text, lang)
    assert len(sentences) == 2
    assert sentences[0].split()[-3:] == [normalize(w).text for w in ending]
