"""Training the learned pair reader (``geograph.extract.relations.pairs``) on annotated real news.

Every ordered pair of mentions the reader considers in an annotated excerpt is one example, labelled with
the relations the excerpt's annotations give the pair's actors (or their states) in a span that overlaps the
pair's sentence. One logistic model per relation, L2-regularized, fitted by AdaGrad over mini-batches with
numpy. ``cross_validate`` trains on all folds but one and extracts the held-out fold with that model, so each
excerpt is read by a model that never saw it; thresholds are chosen on those out-of-fold readings.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from geograph.eval.binder import assign_folds, gold_sides, keep_confident, mention_labels, relations_component
from geograph.eval.gold import GoldArticle
from geograph.eval.realnews import Excerpt, SpanRelation
from geograph.eval.run import read_gold_article
from geograph.eval.scoring import EvalReport, score
from geograph.extract import PAIR_READER, Extractor
from geograph.extract.relations.pairs import CONFIDENCE_SCALE, PairModel, mention_pairs
from geograph.extract.relations.triggers import mentions_by_sentence, usable_triggers
from geograph.records import Extraction
from geograph.vocabulary import relations


@dataclass(frozen=True, slots=True)
class PairExample:
    """One ordered pair of mentions: its features, the relations the annotations give it, its article."""

    features: tuple[str, ...]
    labels: frozenset[str]
    article: str


def examples(
    extractor: Extractor, name: str, spans: Sequence[SpanRelation], gold: GoldArticle
) -> Iterator[PairExample]:
    """The labelled pairs of one article whose relations are ``spans``, with the features the reader would see
    (what the rules and the binder read; any pair the extractor's own reader gave is left out)."""
    read = extractor.read(read_gold_article(gold))
    state, chars = read.state, read.original_offsets()
    if state.resources.lexicon is None or not chars:
        return
    chars.append(chars[-1] + len(state.words[-1]))
    sides = [
        (
            gold_sides(g.relation.subject, g.relation.subject_state),
            gold_sides(g.relation.object, g.relation.object_state),
            g,
        )
        for g in spans
    ]
    symmetric = {relation for relation, spec in relations().items() if spec.symmetric}
    triggers = usable_triggers(state)
    candidates = [c for c in state.candidates if not c.paired]
    for pair in mention_pairs(state, triggers, candidates, mentions_by_sentence(state)):
        first, end = state.sentences[pair.sentence]
        lo, hi = chars[first], chars[end]
        s, o = mention_labels(pair.subject), mention_labels(pair.object)
        labels = frozenset(
            g.relation.relation
            for gs, go, g in sides
            if g.start < hi
            and lo < g.end
            and ((s & gs and o & go) or (g.relation.relation in symmetric and o & gs and s & go))
        )
        yield PairExample(pair.features, labels, name)


def evidence_pieces(gold: GoldArticle) -> tuple[SpanRelation, ...] | None:
    """A self-written gold article's relations with the span of each piece of their evidence ("..." elides
    what lies between, which states nothing of them), or None when some piece cannot be found."""
    text = read_gold_article(gold).text
    out = []
    for relation in gold.relations:
        at = 0
        for piece in (p.strip() for p in relation.evidence.split("...")):
            if not piece:
                continue
            start = text.find(piece, at)
            if start < 0:
                return None
            out.append(SpanRelation(relation, start, start + len(piece)))
            at = start + len(piece)
    return tuple(out)


def fit(
    data: Sequence[PairExample],
    names: Sequence[str],
    epochs: int = 8,
    l2: float = 1e-5,
    rate: float = 1.0,
    batch: int = 512,
    min_count: int = 2,
    seed: int = 0,
    initial: float = 1.0,
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Per-relation logistic weights (feature -> a weight per relation) and biases, by mini-batch AdaGrad."""
    counts = Counter(f for x in data for f in x.features)
    vocabulary = {f: n for n, f in enumerate(f for f, c in counts.items() if c >= min_count)}
    rows: list[np.ndarray] = [
        np.fromiter((vocabulary[f] for f in x.features if f in vocabulary), dtype=np.int64) for x in data
    ]
    targets = np.array([[r in x.labels for r in names] for x in data], dtype=np.float64).reshape(len(data), len(names))
    weights = np.zeros((len(vocabulary), len(names)))
    # AdaGrad's accumulators start at ``initial``, not near zero: a rare feature's first step is then about its
    # gradient rather than the full rate (cross-validated: 0.004 more F1 than 1e-8, and fewer large weights)
    squares = np.full_like(weights, initial)
    bias = np.zeros(len(names))
    bias_squares = np.full(len(names), 1e-8)
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for at in range(0, len(order), batch):
            chunk = order[at : at + batch]
            index = [rows[n] for n in chunk]
            lengths = np.array([len(i) for i in index])
            flat = np.concatenate(index) if index else np.zeros(0, dtype=np.int64)
            owner = np.repeat(np.arange(len(chunk)), lengths)
            totals = np.zeros((len(chunk), len(names)))
            np.add.at(totals, owner, weights[flat])
            totals += bias
            gradient = 1.0 / (1.0 + np.exp(-np.clip(totals, -30, 30))) - targets[chunk]
            grad_weights = np.zeros((len(vocabulary), len(names)))
            np.add.at(grad_weights, flat, gradient[owner])
            touched = np.unique(flat)
            g = grad_weights[touched] + l2 * weights[touched]
            squares[touched] += g * g
            weights[touched] -= rate * g / np.sqrt(squares[touched])
            g_bias = gradient.sum(axis=0)
            bias_squares += g_bias * g_bias
            bias -= rate * g_bias / np.sqrt(bias_squares)
    return {f: weights[n] for f, n in vocabulary.items()}, bias


def train(
    data: Sequence[PairExample],
    threshold: float,
    trained_on: dict[str, object],
    floor: float = 0.02,
) -> PairModel:
    """A pair model over every relation of the vocabulary, each kept at ``threshold``; weights under ``floor`` in
    size are dropped."""
    names = tuple(relations())
    weights, bias = fit(data, names)
    kept: dict[str, tuple[tuple[int, float], ...]] = {}
    for feature, row in weights.items():
        pairs = tuple((n, float(w)) for n, w in enumerate(row) if abs(w) >= floor)
        if pairs:
            kept[feature] = pairs
    return PairModel(names, kept, tuple(float(b) for b in bias), (threshold,) * len(names), dict(trained_on))


def with_pair_model(extractor: Extractor, lang: str, model: PairModel | None) -> None:
    """Makes ``extractor``'s ``lang`` pipeline read pairs with ``model`` (None: no pair reader)."""
    relations_component(extractor, lang).pair_model = model


def keep_pairs_above(extraction: Extraction, confidence: float) -> Extraction:
    """``extraction`` without the paired assertions whose confidence is under ``confidence``."""
    return keep_confident(extraction, PAIR_READER, confidence)


@dataclass(frozen=True, slots=True)
class PairFoldReading:
    """Every excerpt extracted by a pair model trained without it (at a low threshold: filtered later), and
    the labelled pairs of all excerpts, in excerpt order (what a model trained on the whole split reads)."""

    gold: tuple[GoldArticle, ...]
    extractions: tuple[Extraction, ...]
    examples: tuple[PairExample, ...] = ()

    def report(self, probability: float) -> EvalReport:
        """The score with the paired assertions of at least ``probability`` kept."""
        floor = probability * CONFIDENCE_SCALE
        return score(list(self.gold), [keep_pairs_above(e, floor) for e in self.extractions])


def cross_validate(
    extractor: Extractor,
    excerpts: Sequence[Excerpt],
    gold: Sequence[GoldArticle],
    folds: int = 5,
    lowest: float = 0.1,
    always: Sequence[PairExample] = (),
) -> PairFoldReading:
    """Each fold of ``excerpts`` read by a pair model trained on the other folds and on ``always``."""
    for lang in {e.lang for e in excerpts}:
        with_pair_model(extractor, lang, None)
    examples_of = {e.id: list(examples(extractor, e.id, e.relations, g)) for e, g in zip(excerpts, gold, strict=True)}
    ids, fold_of = assign_folds(examples_of, folds)
    extractions: list[Extraction | None] = [None] * len(excerpts)
    for fold in range(folds):
        data = [*always, *(x for i in ids if fold_of[i] != fold for x in examples_of[i])]
        model = train(data, lowest, {})
        for n, (excerpt, article) in enumerate(zip(excerpts, gold, strict=True)):
            if fold_of[excerpt.id] == fold:
                with_pair_model(extractor, excerpt.lang, model)
                extractions[n] = extractor.extract(read_gold_article(article))
    for lang in {e.lang for e in excerpts}:
        with_pair_model(extractor, lang, None)
    every = tuple(x for e in excerpts for x in examples_of[e.id])
    return PairFoldReading(tuple(gold), tuple(e for e in extractions if e is not None), every)
