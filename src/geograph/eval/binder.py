"""Training the learned argument binder (``geograph.extract.relations.learned``) on annotated real news.

Every usable trigger of an annotated excerpt gives one example per ordered pair of mentions in its sentence:
positive when the excerpt's annotations relate the pair's actors (or their states) by the trigger's relation,
in a span that holds the trigger. The model is L2-regularized logistic regression fitted by AdaGrad.
``cross_validate`` trains on all folds but one and extracts the held-out fold with that model, so every
excerpt is read by a model that never saw it; the threshold is chosen on those out-of-fold readings.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from geograph.eval.gold import GoldArticle
from geograph.eval.realnews import Excerpt, SpanRelation
from geograph.eval.run import read_gold_article
from geograph.eval.scoring import EvalReport, normalize_label, score
from geograph.extract import LEARNED_BINDER, Extractor
from geograph.extract.document import ActorMention, DocState
from geograph.extract.relations.learned import ArgumentModel, RulesReading, pair_candidates, sigmoid
from geograph.extract.relations.triggers import bindable, mentions_by_sentence, usable_triggers
from geograph.records import Extraction
from geograph.vocabulary import relations


@dataclass(frozen=True, slots=True)
class Example:
    """One pair of mentions around one trigger: its features, whether the annotations relate it, and the
    article it comes from."""

    features: tuple[str, ...]
    positive: bool
    article: str


def mention_labels(mention: ActorMention) -> set[str]:
    """The labels a mention's actors are scored by: each actor's and its state's, normalized."""
    out = set()
    for actor in mention.actors:
        out.add(normalize_label(actor.label))
        if actor.state is not None:
            out.add(normalize_label(actor.state.label))
    return out


def gold_sides(label: str, state: str | None) -> set[str]:
    """The labels a gold side matches: its own and its state's, normalized."""
    return {normalize_label(label)} | ({normalize_label(state)} if state else set())


def document_state(extractor: Extractor, gold: GoldArticle) -> tuple[DocState, list[int]]:
    """The pipeline's state for one article, and the original character offset of each token."""
    read = extractor.read(read_gold_article(gold))
    return read.state, read.original_offsets()


def evidence_spans(gold: GoldArticle) -> tuple[SpanRelation, ...] | None:
    """A self-written gold article's relations with the span of their evidence in its text ("..." elides),
    or None when some evidence cannot be found (its sentences could not be labelled)."""
    text = read_gold_article(gold).text
    out = []
    for relation in gold.relations:
        pieces = [p.strip() for p in relation.evidence.split("...") if p.strip()]
        start = text.find(pieces[0]) if pieces else -1
        last = text.find(pieces[-1], start) if start >= 0 else -1
        if last < 0:
            return None
        out.append(SpanRelation(relation, start, last + len(pieces[-1])))
    return tuple(out)


def examples(extractor: Extractor, name: str, spans: Sequence[SpanRelation], gold: GoldArticle) -> Iterator[Example]:
    """The labelled pairs of one article, whose relations are ``spans``."""
    state, chars = document_state(extractor, gold)
    lexicon = state.resources.lexicon
    if lexicon is None:
        return
    by_sentence = mentions_by_sentence(state)
    triggers = bindable(state, usable_triggers(state), by_sentence)
    readings = RulesReading.of_document(state, triggers, state.candidates)
    for trigger in triggers:
        sentence = state.sentence_of[trigger.start]
        mentions = by_sentence.get(sentence, [])
        if len(mentions) < 2:
            continue
        relation = lexicon.triggers[int(trigger.tag[1])].relation
        symmetric = relations()[relation].symmetric
        at = chars[trigger.start]
        golds = [
            (
                gold_sides(g.relation.subject, g.relation.subject_state),
                gold_sides(g.relation.object, g.relation.object_state),
            )
            for g in spans
            if g.relation.relation == relation and g.start <= at < g.end
        ]
        for pair in pair_candidates(state, trigger, mentions, readings[sentence]):
            s, o = mention_labels(pair.subject), mention_labels(pair.object)
            positive = any((s & gs and o & go) or (symmetric and o & gs and s & go) for gs, go in golds)
            yield Example(pair.features, bool(positive), name)


def fit(
    data: Sequence[Example], epochs: int = 10, l2: float = 1e-4, rate: float = 0.1, seed: int = 0
) -> tuple[dict[str, float], float]:
    """Logistic regression weights and bias, by AdaGrad over shuffled examples."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            example = data[n]
            total = bias + sum(weights.get(f, 0.0) for f in example.features)
            p = sigmoid(total)
            gradient = p - (1.0 if example.positive else 0.0)
            for f in example.features:
                w = weights.get(f, 0.0)
                g = gradient + l2 * w
                squares[f] = squares.get(f, 1e-8) + g * g
                weights[f] = w - rate * g / math.sqrt(squares[f])
            bias_square += gradient * gradient
            bias -= rate * gradient / math.sqrt(bias_square)
    return weights, bias


def train(data: Sequence[Example], threshold: float, trained_on: dict[str, object]) -> ArgumentModel:
    weights, bias = fit(data)
    return ArgumentModel(weights, bias, threshold, dict(trained_on))


def relations_component(extractor: Extractor, lang: str) -> Any:
    """``extractor``'s ``lang`` relations component, whose learned models training swaps."""
    return dict(extractor.pipeline(lang).pipeline)["geograph_relations"]


def with_model(extractor: Extractor, lang: str, model: ArgumentModel | None) -> None:
    """Makes ``extractor``'s ``lang`` pipeline bind with ``model`` (None: the rules alone)."""
    relations_component(extractor, lang).model = model


def keep_confident(extraction: Extraction, marker: str, confidence: float) -> Extraction:
    """``extraction`` without the assertions of one learned model (``marker`` ends their ``extractor``) whose
    confidence is under ``confidence``."""
    kept = tuple(a for a in extraction.assertions if not a.extractor.endswith(marker) or a.confidence >= confidence)
    return replace(extraction, assertions=kept)


def keep_above(extraction: Extraction, confidence: float) -> Extraction:
    """``extraction`` without the binder's assertions whose confidence is under ``confidence``."""
    return keep_confident(extraction, LEARNED_BINDER, confidence)


def assign_folds(ids: Iterable[str], folds: int) -> tuple[list[str], dict[str, int]]:
    """The ids in a fixed shuffled order, and the fold of each (the same for the same ids, run after run)."""
    ordered = sorted(ids)
    random.Random(0).shuffle(ordered)
    return ordered, {ident: n % folds for n, ident in enumerate(ordered)}


@dataclass(frozen=True, slots=True)
class FoldReading:
    """Every excerpt extracted by a model trained without it (threshold 0: all learned pairs kept)."""

    gold: tuple[GoldArticle, ...]
    extractions: tuple[Extraction, ...]

    def report(self, confidence: float) -> EvalReport:
        return score(list(self.gold), [keep_above(e, confidence) for e in self.extractions])


def cross_validate(
    extractor: Extractor,
    excerpts: Sequence[Excerpt],
    gold: Sequence[GoldArticle],
    folds: int = 5,
    always: Sequence[Example] = (),
) -> FoldReading:
    """Each fold of ``excerpts`` read by a model trained on the other folds and on ``always``."""
    for lang in {e.lang for e in excerpts}:
        with_model(extractor, lang, None)  # the examples are the rules' reading
    examples_of = {e.id: list(examples(extractor, e.id, e.relations, g)) for e, g in zip(excerpts, gold, strict=True)}
    ids, fold_of = assign_folds(examples_of, folds)
    extractions: list[Extraction | None] = [None] * len(excerpts)
    for fold in range(folds):
        data = [*always, *(x for i in ids if fold_of[i] != fold for x in examples_of[i])]
        model = train(data, 0.0, {})
        for n, (excerpt, article) in enumerate(zip(excerpts, gold, strict=True)):
            if fold_of[excerpt.id] == fold:
                with_model(extractor, excerpt.lang, model)
                extractions[n] = extractor.extract(read_gold_article(article))
    return FoldReading(tuple(gold), tuple(e for e in extractions if e is not None))
