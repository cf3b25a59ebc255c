"""Offline language identification: Persian vs Arabic by letters and function words, py3langid for the rest.

py3langid confuses Persian and Arabic on short news text (and on Persian typed with Arabic ي/ك), so
Arabic-script text is decided by evidence that separates the two languages cleanly.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from geograph.normalize import normalize

MIN_LETTERS = 12  # below this, a guess would be noise: "und"

SAMPLE_CHARS = 6_000  # the language of a news article is settled well within its first page
# Arabic-script letters (not marks, digits or punctuation of the block)
_ARABIC_SCRIPT = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]"
)
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")

# Letters only Persian uses among fa/ar (Urdu and others also use some; they have py3langid).
_PERSIAN_LETTERS = frozenset("پچژگ")
_ARABIC_LETTERS = frozenset("ةأإ")  # taken before folding; Persian rarely writes these
_URDU_LETTERS = frozenset("ٹڈڑںےھ")
# Function words, in normalized spelling (Persian yeh/keheh, no ZWNJ, no hamza or madda on alef). Words both
# languages write alike after folding (آن/أن -> ان, بین, ما, علی the name and the preposition) are left out.
# fmt: off
_PERSIAN_WORDS = frozenset((
    "است", "را", "این", "که", "از", "به", "با", "برای", "های", "ها", "هم", "شد", "شده", "کرد", "کرده",
    "بود", "میشود", "میکند", "نیز", "یک", "خود", "اند", "کردند", "گفت", "دارد",
))
_ARABIC_WORDS = frozenset((
    "فی", "التی", "الذی", "الذین", "الی", "عن", "هذا", "هذه", "قد", "لم", "لن", "مع", "کان", "کانت",
    "وقد", "وفی", "ذلک", "لا", "حیث", "منذ",
))
# fmt: on


def identify_language(text: str) -> str:
    """An ISO 639-1 code (``fa``, ``ar``, ``en``, ...) or ``und`` when the text is too short to tell."""
    text = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS:
        return "und"
    if len(_ARABIC_SCRIPT.findall(text)) * 2 > letters:
        decided = _persian_or_arabic(text)
        if decided:
            return decided
    lang, _score = _model().classify(text)
    return str(lang)


def _persian_or_arabic(text: str) -> str | None:
    if _count(text, _URDU_LETTERS) >= 3:
        return None
    words = _WORD.findall(normalize(text).text)
    persian = 3 * _count(text, _PERSIAN_LETTERS)
    arabic = 3 * _count(text, _ARABIC_LETTERS)
    for word in words:
        if word in _PERSIAN_WORDS or (word.startswith("می") and len(word) > 4):
            persian += 2
        if word in _ARABIC_WORDS:
            arabic += 2
        elif word.startswith(("ال", "وال", "بال")) and len(word) > 3:
            arabic += 1
    if persian == arabic == 0:
        return None
    return "fa" if persian > arabic else "ar"


def _count(text: str, letters: frozenset[str]) -> int:
    return sum(text.count(letter) for letter in letters)


@cache
def _model() -> Any:
    # Imported lazily: loading the model takes a moment and most Persian/Arabic text never needs it.
    import py3langid

    return py3langid
