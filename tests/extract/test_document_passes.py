"""The pipeline's per-document passes that read the hit index answer what a walk over every token or hit does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from geograph.extract.actors.coreference import _COREF_KINDS, _coreference_hits
from geograph.extract.document import ActorMention, Candidate, DocState, Group
from geograph.extract.pipeline import _clauses, build_pipeline
from geograph.records import Actor
from geograph.resources import ontology_dir

GOLD = Path(__file__).resolve().parent.parent / "gold"
PATHS = sorted(GOLD.glob("*/00[1-4]_*.txt"))


@cache
def _nlp(lang: str) -> Language:
    return build_pipeline(lang, ontology_dir())


def _doc(path: Path) -> Doc:
    return _nlp(path.parent.name)(path.read_text(encoding="utf-8"))


def _state(doc: Doc) -> DocState:
    state = doc._.geo
    assert isinstance(state, DocState)
    return state


def _clauses_token_by_token(state: DocState) -> list[int]:
    """The clause rules of ``pipeline._clauses``, asked at every token."""
    breaks = {h.start for h in state.hits if h.tag[0] == "break"}
    # a reporting verb opens a clause after it, unless it is part of a longer phrase ("گفت و گو")
    breaks |= {
        h.end
        for h in state.hits
        if h.tag[0] == "opens" and not any(o.start in range(h.start, h.end) and o.end > h.end for o in state.hits)
    }
    relatives = {h.start for h in state.hits if h.tag[0] == "relative"}
    separators = {h.start for h in state.hits if h.tag[0] == "sep"}
    lexicon = state.resources.lexicon
    verb_ends = (
        {h.end for h in state.hits if h.tag[0] == "light"} if lexicon and lexicon.relative_ends_at_verb else set()
    )
    mention_starts = {m.start for m in state.mentions}
    sentence_starts = {s for s, _ in state.sentences}
    out = [0] * len(state.words)
    clause, fresh = 0, 0
    interrupted: list[int] = []
    for i in range(len(state.words)):
        if i in sentence_starts:
            fresh += 1
            clause, interrupted = fresh, []
        elif i in relatives:
            interrupted.append(clause)
            fresh += 1
            clause = fresh
        elif i in breaks:
            fresh += 1
            clause = fresh
        elif (i in separators and interrupted and i + 1 not in mention_starts) or (i in verb_ends and interrupted):
            clause = interrupted.pop()
        out[i] = clause
    return out


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_clauses_change_only_where_a_token_opens_or_closes_one(path: Path) -> None:
    state = _state(_doc(path))
    expected = _clauses_token_by_token(state)
    assert _clauses(state) == expected == state.clause_of
    assert len(set(expected)) > len(state.sentences)  # the documents do have clauses inside sentences


def test_clauses_of_a_document_without_words() -> None:
    state = _state(_nlp("en")(""))
    assert _clauses(state) == [] == state.words


@pytest.mark.parametrize("path", PATHS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_sentences_read_the_tokens_texts(path: Path) -> None:
    doc = _doc(path)
    state = _state(doc)
    assert state.words == [t.text for t in doc]
    assert state.offsets == [t.idx for t in doc]
    assert [(s.start, s.end) for s in doc.sents] == state.sentences
    assert state.sentence_of == [n for n, (start, end) in enumerate(state.sentences) for _ in range(start, end)]


def test_coreference_hits_keep_hit_order_across_kinds() -> None:
    kinds_per_document: set[int] = set()
    for path in sorted(GOLD.glob("*/*.txt")):
        state = _state(_doc(path))
        expected = [h for h in state.hits if h.tag[0] in _COREF_KINDS]
        assert _coreference_hits(state) == expected, path
        kinds_per_document.add(len({h.tag[0] for h in expected}))
    assert {0, 1} < kinds_per_document  # every way was taken: no kind, one kind, several kinds


def test_candidates_and_groups_compare_by_value_and_stay_fixed() -> None:
    actor = Actor(id="Q159", label="Russia", type="state")
    other = Actor(id="Q212", label="Ukraine", type="state")
    mention = ActorMention(0, 1, (actor,), "name")
    group = Group.of((mention, ActorMention(2, 3, (other, actor), "coref")))
    assert (group.start, group.end, group.actors) == (0, 3, (actor, other))
    assert group == Group.of((mention, ActorMention(2, 3, (other, actor), "coref")))
    candidate = Candidate("attacks", actor, other, 0, 1, 2, 0, 0, 3, 0.8)
    same = Candidate("attacks", actor, other, 0, 1, 2, 0, 0, 3, 0.8, None, "asserted")
    assert candidate == same and hash(candidate) == hash(same) and candidate.modality == "asserted"
    assert candidate != Candidate("attacks", actor, other, 0, 1, 2, 0, 0, 3, 0.8, None, "denied")
    with pytest.raises(AttributeError):
        candidate.modality = "denied"  # type: ignore[misc]
