"""Text without sentence breaks (tables, lists, feeds with their punctuation stripped): the rules read bounded
windows, so extraction stays linear in the input, and a fact inside such text is still found.

Work is counted, not timed: the reads the relation and modality rules make of the document's per-token and
per-mention lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, SupportsIndex, TypeVar, overload

import pytest
from extract_helpers import extractor, triples
from hypothesis import given
from hypothesis import strategies as st

from geograph.extract import pipeline
from geograph.extract.dates.candidates import _clause
from geograph.extract.document import DocState
from geograph.extract.relations.slots import ReportedSubjects
from geograph.extract.sentences import CLOSING_QUOTES, SENTENCE_CAP, split_sentences
from geograph.normalize import normalize
from geograph.records import Actor

ROOT = Path(__file__).resolve().parents[2]
_SENTENCE_BREAKS = re.compile(r"[.!?؟…\n]+")
_SEMICOLON = {"en": ";", "fa": "؛", "ar": "؛"}
_FACT = {
    "en": "Japan imposed sanctions on Norway",
    "fa": "ژاپن نروژ را تحریم کرد",
    "ar": "فرضت اليابان عقوبات على النرويج",
}
T = TypeVar("T")
_CLAUSES: Callable[[DocState], list[int]] = pipeline._clauses


@cache
def _body(lang: str) -> str:
    """The gold articles of ``lang`` joined into one line, their sentence punctuation removed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / lang).glob("*.txt"))]
    return re.sub(r"\s+", " ", " ".join(_SENTENCE_BREAKS.sub(" ", text) for text in texts))


def run_on(lang: str, copies: int) -> str:
    return " ".join([_body(lang)] * copies)


def _state(text: str, lang: str) -> DocState:
    nlp = extractor().pipeline(lang)
    doc = nlp(normalize(text).text)
    state: DocState = doc._.geo
    return state


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_no_sentence_handed_to_the_rules_exceeds_the_cap(lang: str) -> None:
    state = _state(run_on(lang, 2), lang)
    lengths = [end - start for start, end in state.sentences]
    assert max(lengths) <= SENTENCE_CAP
    assert sum(lengths) == len(state.words)  # cut, not dropped
    clause_ends = extractor().pipeline(lang).get_pipe("geograph_sentences").clause_ends  # type: ignore[attr-defined]
    half = SENTENCE_CAP // 2
    after_punctuation = 0
    for start, end in state.sentences[:-1]:
        # each cut is after the last clause punctuation in the second half of the cap, else at the cap
        if state.words[end - 1] in clause_ends and end - start >= half:
            after_punctuation += 1
            assert not clause_ends.intersection(state.words[end : start + SENTENCE_CAP])
        else:
            assert end - start == SENTENCE_CAP
            assert not clause_ends.intersection(state.words[start + half - 1 : end])
    assert after_punctuation >= len(state.sentences) // 2  # the gold articles have commas


def test_a_text_without_any_punctuation_is_cut_at_the_cap() -> None:
    words = ("Russia", "Ukraine", "talks") * 200
    state = _state(" ".join(words), "en")
    assert [end - start for start, end in state.sentences] == [SENTENCE_CAP] * 5
    assert state.sentence_of[SENTENCE_CAP - 1] == 0 and state.sentence_of[SENTENCE_CAP] == 1


def test_the_cap_leaves_every_gold_and_held_out_sentence_whole() -> None:
    """No sentence of normal prose reaches the cap, so it changes nothing there."""
    for path in sorted(ROOT.glob("tests/gold/*/*.txt")) + sorted(ROOT.glob("tests/heldout/*/*.txt")):
        state = _state(path.read_text(encoding="utf-8"), path.parent.name)
        ends = extractor().pipeline(path.parent.name).get_pipe("geograph_sentences").ends  # type: ignore[attr-defined]
        for start, end in state.sentences:
            last = state.words[end - 1]
            if last in CLOSING_QUOTES:  # "attacked.”": the quote closes the sentence its full stop ends
                last = state.words[end - 2]
            assert end - start < SENTENCE_CAP
            assert end == len(state.words) or last in ends or not last.strip(), (path.name, start, end)


class _Counted(list[T]):
    """A list that counts the items read from it (by index, slice or iteration)."""

    reads = 0

    @overload
    def __getitem__(self, i: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...
    def __getitem__(self, i: SupportsIndex | slice) -> T | list[T]:
        item = super().__getitem__(i)
        _Counted.reads += len(item) if isinstance(i, slice) else 1  # type: ignore[arg-type]
        return item

    def __iter__(self) -> Iterator[T]:
        for item in super().__iter__():
            _Counted.reads += 1
            yield item


def _rule_reads(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Reads of the mentions, sentence and clause lists by the relation and modality rules of one text."""
    nlp = extractor().pipeline(lang)
    monkeypatch.setattr(pipeline, "_clauses", lambda state: _Counted(_CLAUSES(state)))
    doc: Any = nlp.make_doc(normalize(text).text)
    for name, component in nlp.pipeline:
        if name == "geograph_relations":
            state: DocState = doc._.geo
            state.mentions = _Counted(state.mentions)
            state.sentence_of = _Counted(state.sentence_of)
            _Counted.reads = 0
        doc = component(doc)
    assert doc._.geo.candidates  # the rules had work to do
    return _Counted.reads


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_rule_work_grows_linearly_in_text_without_sentence_breaks(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    one = _rule_reads(run_on(lang, 1), lang, monkeypatch)
    four = _rule_reads(run_on(lang, 4), lang, monkeypatch)
    assert four <= 4.6 * one, (one, four)


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_a_fact_inside_a_long_run_on_text_is_still_found(lang: str) -> None:
    filler = run_on(lang, 3)
    middle = len(filler) // 2
    middle = filler.index(" ", middle)
    semicolon = _SEMICOLON[lang]
    text = f"{filler[:middle]}{semicolon} {_FACT[lang]}{semicolon}{filler[middle:]}"
    # (the modality may differ: a denial earlier in the same cut piece reaches it, as in any long sentence)
    assert ("Japan", "sanctions", "Norway") in {triple[:3] for triple in triples(text, lang)}


def test_a_weekday_reads_its_clause_within_a_bounded_reach() -> None:
    """Without punctuation after a weekday, its clause (searched for future cues) stops 400 characters on,
    rather than at the end of the text."""
    text = "talks on Tuesday " + "word " * 20_000
    start = text.index("Tuesday")
    clause = _clause(text, start, start + len("Tuesday"))
    assert clause.startswith("talks on Tuesday")
    assert len(clause) <= 400 + len("talks on Tuesday")


def _actor(n: int) -> tuple[Actor, ...]:
    return (Actor(f"Q{n}", f"State {n}", "state", f"Q{n}"),)


@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["attacks", "visits"]), st.integers(0, 9))))
def test_reported_subjects_give_the_last_report_before_a_token(reports: list[tuple[int, str, int]]) -> None:
    """Whatever order reports come in, ``last_before`` is the last one added that starts before the token."""
    reported = ReportedSubjects()
    for start, relation, actor in reports:
        reported.add(start, relation, _actor(actor))
    for position in range(42):
        for relation in ("attacks", "visits"):
            earlier = [_actor(a) for s, r, a in reports if r == relation and s < position]
            assert reported.last_before(relation, position) == (earlier[-1] if earlier else None)


# runs of words with sparse clause punctuation, some longer than the cap, each closed by a sentence end (or not)
_RUN = st.lists(st.tuples(st.integers(0, 90), st.sampled_from([",", ";", ""])), max_size=6).map(
    lambda chunks: [word for n, mark in chunks for word in [*["talks"] * n, mark] if word]
)
_TEXT = st.lists(st.tuples(_RUN, st.sampled_from([".", "\n", ""])), max_size=4).map(
    lambda runs: [word for run, end in runs for word in [*run, end] if word]
)


@given(_TEXT)
def test_sentences_cover_every_token_and_are_cut_only_where_too_long(words: list[str]) -> None:
    ends, clause_ends = frozenset({"."}), frozenset({",", ";"})
    sentences = split_sentences(words, ends, clause_ends)
    assert [t for start, end in sentences for t in range(start, end)] == list(range(len(words)))
    for start, end in sentences:
        assert 0 < end - start <= SENTENCE_CAP
        # no sentence end inside a sentence, but the line breaks that follow one (a paragraph break)
        last_word = max((k for k in range(start, end) if words[k] != "\n"), default=start)
        inner = words[start:last_word]
        assert not ends.intersection(inner) and "\n" not in inner
        if start > 0 and all(w == "\n" for w in words[start:end]):  # alone only where joining would pass the cap
            previous = next(first for first, last in sentences if last == start)
            assert end - previous > SENTENCE_CAP
        if end < len(words) and words[end - 1] not in ends and words[end - 1] != "\n":  # a cut
            half = SENTENCE_CAP // 2
            if words[end - 1] in clause_ends and end - start >= half:  # after the last punctuation that fits
                assert not clause_ends.intersection(words[end : start + SENTENCE_CAP])
            else:  # at the cap, with no punctuation in the second half
                assert end - start == SENTENCE_CAP
                assert not clause_ends.intersection(words[start + half - 1 : end])
