"""The texts of bench/extract_scaling.py: the sizes asked for, the same articles in every form, and the
single-line and bare forms without what would end a sentence."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import extract_scaling  # noqa: E402


@pytest.mark.parametrize("lang", ["fa", "en", "ar"])
def test_texts_have_the_size_asked_for_and_no_sentence_breaks_where_they_should_not(lang: str) -> None:
    for kind in extract_scaling.KINDS:
        text = extract_scaling.sized_text(lang, kind, 30)
        assert 30 * 1024 - 200 < len(text.encode()) <= 30 * 1024
    single = extract_scaling.sized_text(lang, "single-line", 30)
    assert not re.search(r"[.!?؟…\n]", single)
    assert re.search(r"[,،]", single)  # clause punctuation is kept: the cap cuts after it
    assert not re.search(r"[.!?؟…,،;؛:\n]", extract_scaling.sized_text(lang, "bare", 30))
    assert re.search(r"[.!?؟]\s", extract_scaling.sized_text(lang, "prose", 30))


def test_small_sizes_time_the_same_sample_in_pieces() -> None:
    pieces = extract_scaling.pieces("en", "single-line", 1)
    assert all(len(p.encode()) <= 1024 for p in pieces)
    whole = extract_scaling.sized_text("en", "single-line", extract_scaling.SAMPLE_KB)
    assert " ".join(pieces) == whole
    assert extract_scaling.pieces("en", "single-line", 200) == [extract_scaling.sized_text("en", "single-line", 200)]
