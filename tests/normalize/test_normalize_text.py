"""normalize(): folding Arabic/Persian variants and invisibles, with an exact map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from geograph.normalize import fold_char, normalize

ZWNJ = "\u200c"

# Characters that exercise every branch of the fold: plain Persian/Arabic/Latin letters, letter variants,
# digits, marks, invisibles, spaces, presentation-form ligatures (1 -> n) and line breaks.
_ALPHABET = list(
    "abcXYZ .,\n\tابپتکگیهوءيكةىئأإآؤ۱۲٣٤0ـ"
    "\u064b\u064e\u0651\u0652\u0670\u200c\u200d\u200b\u200e\u200f\u202b\u202c\u2067\u2069\u00ad\ufeff"
    "\u00a0\u2009\u3000\ufefb\ufdf2\ufb01\u2026“”–—،؛؟"
)
texts = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60)

normalize("")  # builds the fold table now (~0.1 s), not inside a Hypothesis example with a deadline


def _boundaries(text: str) -> list[int]:
    """Normalized offsets that do not fall inside a 1 -> n expansion."""
    norm = normalize(text)
    return [
        i
        for i in range(len(norm.text) + 1)
        if i in (0, len(norm.text)) or norm.to_original(i) != norm.to_original(i - 1)
    ]


@given(texts)
def test_offset_map_is_monotonic_and_in_range(text: str) -> None:
    norm = normalize(text)
    mapped = [norm.to_original(i) for i in range(len(norm.text) + 1)]
    assert mapped == sorted(mapped)
    assert mapped[-1] == len(text)
    assert all(0 <= m <= len(text) for m in mapped)


@given(texts)
def test_every_normalized_char_comes_from_an_original_char_that_folds_to_it(text: str) -> None:
    norm = normalize(text)
    for i, char in enumerate(norm.text):
        assert char in fold_char(text[norm.to_original(i)])


@given(texts, st.data())
def test_span_to_original_round_trips(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    bounds = _boundaries(text)
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    a, b = norm.span_to_original(start, end)
    assert normalize(text[a:b]).text == norm.text[start:end]


@given(texts)
def test_to_normalized_inverts_to_original_on_kept_characters(text: str) -> None:
    norm = normalize(text)
    for i in _boundaries(text)[:-1]:
        assert norm.to_normalized(norm.to_original(i)) == i
    previous = 0
    for j in range(len(text) + 1):  # and is monotonic over every original offset
        current = norm.to_normalized(j)
        assert current >= previous
        previous = current


@given(st.lists(st.sampled_from(["می", "خواهم", "کتاب", "ها", "را", "خانه", "ای"]), min_size=1, max_size=8))
def test_zwnj_and_arabic_letter_variants_normalize_alike(words: list[str]) -> None:
    persian = ZWNJ.join(words)
    plain = "".join(words)
    arabic_forms = plain.replace("ی", "ي").replace("ک", "ك")
    assert normalize(persian).text == normalize(plain).text == normalize(arabic_forms).text


def test_seed_words_fold_to_one_form() -> None:
    assert normalize("بین\u200cالمللی").text == normalize("بينالمللي").text == "بینالمللی"
    assert normalize("سه\u200cشنبه").text == "سهشنبه"
    assert normalize("رئيس جمهور روسيه").text == "رییس جمهور روسیه"
    assert normalize("الْمُتَّحِدَةُ").text == "المتحده"
    assert normalize("أمريكا وإيران والقرآن").text == "امریکا وایران والقران"
    assert normalize("مؤتمر").text == "موتمر"
    assert normalize("کیم جونگ\u200cاون در سال ۲۰۱۹ و ٢٠٢٤").text == "کیم جونگاون در سال 2019 و 2024"
    assert normalize("ســـلام").text == "سلام"


def test_punctuation_quotes_and_dashes_are_kept() -> None:
    text = "“شکست ناپذیری” – اخبار — بین، چرا؟ آری؛"
    assert normalize(text).text == "“شکست ناپذیری” – اخبار — بین، چرا؟ اری؛"


def test_invisibles_and_spaces() -> None:
    text = "\ufeffa\u200eb\u202bc\u202c\u2067d\u2069\u00ade\u00a0f\u2009g\u200dh\u2060i"
    assert normalize(text).text == "abcde f gh" + "i"


def test_presentation_form_expands_and_maps_back() -> None:
    text = "x\ufefby"  # LAM-ALEF ligature
    norm = normalize(text)
    assert norm.text == "xلاy"
    assert [norm.to_original(i) for i in range(4)] == [0, 1, 1, 2]
    assert norm.span_to_original(1, 3) == (1, 2)
    assert norm.to_normalized(1) == 1
    assert norm.to_normalized(2) == 3


def test_skip_spans_become_one_newline_at_their_start() -> None:
    text = "Get News Fast\n\nروسیه در مسیر\n\nانتهای پیام/\n© خبرگزاری"
    banner = (0, 13)
    tail = (text.index("انتهای"), len(text))
    norm = normalize(text, skip=[tail, banner])
    assert norm.text == "\n\n\nروسیه در مسیر\n\n\n"
    assert norm.to_original(0) == 0
    assert norm.span_to_original(0, 1) == banner
    assert norm.span_to_original(len(norm.text) - 1, len(norm.text)) == tail
    body = norm.text.index("روسیه")
    assert norm.to_original(body) == text.index("روسیه")
    assert norm.to_normalized(5) == 1  # inside the banner: the next kept character


def test_overlapping_and_out_of_range_skips_merge() -> None:
    norm = normalize("abcdefgh", skip=[(1, 3), (2, 5), (7, 99), (4, 4)])
    assert norm.text == "a\nfg\n"
    assert norm.span_to_original(1, 2) == (1, 5)


def test_empty_and_all_dropped() -> None:
    for text in ("", ZWNJ * 3, "\u064e"):
        norm = normalize(text)
        assert norm.text == ""
        assert norm.to_original(0) == len(text)
        assert norm.span_to_original(0, 0) == (len(text), len(text))


def test_out_of_range_offsets_raise() -> None:
    norm = normalize("abc")
    with pytest.raises(IndexError):
        norm.to_original(4)
    with pytest.raises(IndexError):
        norm.span_to_original(2, 1)
    with pytest.raises(IndexError):
        norm.to_normalized(-1)


@given(texts, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=4))
@example("0\u200b0", [(0, 1), (2, 1)])  # two skipped spans with only a dropped character between: one gap
def test_skip_spans_leave_one_newline_each_and_keep_the_rest(text: str, raw: list[tuple[int, int]]) -> None:
    skips = [(s, s + n) for s, n in raw]
    norm = normalize(text, skip=skips)
    mapped = [norm.to_original(i) for i in range(len(norm.text) + 1)]
    assert mapped == sorted(mapped)
    covered = {i for s, e in skips for i in range(max(0, s), min(len(text), e))}
    # outside the skipped spans the text folds exactly as it would on its own
    kept = "".join(fold_char(c) if i not in covered else "\x00" for i, c in enumerate(text))
    expected = "\n".join(part for part in _split_on_runs(kept))
    assert norm.text == expected


def _split_on_runs(marked: str) -> list[str]:
    """Split on runs of the skip marker, keeping the empty pieces at either end (each run -> one "\\n")."""
    pieces: list[str] = []
    current: list[str] = []
    in_run = False
    for char in marked:
        if char == "\x00":
            if not in_run:
                pieces.append("".join(current))
                current = []
            in_run = True
        else:
            in_run = False
            current.append(char)
    pieces.append("".join(current))
    return pieces
