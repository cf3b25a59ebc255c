"""Scoring extractions against gold: matching assertions to gold relations, and the counts that follow.

Two levels. At the actor level an assertion matches a gold relation when the relation and both actors' English
labels agree (case and spacing aside, gazetteer aliases as their canonical label). At the state level persons
and state bodies count as the state they act for (gold: ``s_country``/``o_country`` when given; predicted:
``Actor.state`` when set), so "Putin visits North Korea" and "Russia visits North Korea" are the same.
Symmetric relations match in either order.

Modality is not part of the match: it is scored as the share of matched pairs whose modality agrees. Within
one article, gold and predictions with the same key are paired one to one, preferring pairs whose modality
agrees, then pairs whose sentence holds the gold evidence, then pairs whose date agrees: an allegation and its
denial each find their own prediction, and a fact the gold lists once per sentence pairs sentence by
sentence. A prediction left over that repeats, at the level scored, the (subject, relation, object, modality)
of another prediction of the same article is the same claim said twice and is not counted again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeVar

from geograph.eval.gold import GoldArticle, GoldRelation
from geograph.extract.actors.gazetteer import Gazetteer
from geograph.normalize import normalize
from geograph.records import Actor, Assertion, Extraction, Modality
from geograph.resources import ontology_dir
from geograph.vocabulary import relations

Level = Literal["actor", "state"]
LEVELS: tuple[Level, ...] = ("actor", "state")

Key = tuple[str, str, str]  # (subject, relation, object), normalized; symmetric relations in sorted order


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Gold relations counted here."""
        return self.tp + self.fn

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Agreement:
    """Of ``compared`` matched pairs, how many agree (on modality, or on date where gold gives one)."""

    compared: int = 0
    agreed: int = 0

    @property
    def accuracy(self) -> float:
        return self.agreed / self.compared if self.compared else 0.0

    def __add__(self, other: Agreement) -> Agreement:
        return Agreement(self.compared + other.compared, self.agreed + other.agreed)


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold relation no prediction matched."""

    article: str
    lang: str
    subject: str
    relation: str
    object: str
    modality: Modality
    evidence: str


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """A prediction no gold relation matched, with the sentence it came from."""

    article: str
    lang: str
    subject: str
    relation: str
    object: str
    modality: Modality
    sentence: str


@dataclass(frozen=True, slots=True)
class ModalityMismatch:
    article: str
    lang: str
    subject: str
    relation: str
    object: str
    gold: Modality
    predicted: Modality
    sentence: str


@dataclass(frozen=True, slots=True)
class DateMismatch:
    """A matched pair whose gold gives a date the prediction does not have (``predicted`` None: no date)."""

    article: str
    lang: str
    subject: str
    relation: str
    object: str
    gold: str
    predicted: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class TierResult:
    """For gold files in the seed's style: how many ``must``/``should`` relations were found."""

    tier: str
    gold: int = 0
    found: int = 0
    found_with_modality: int = 0

    def __add__(self, other: TierResult) -> TierResult:
        return TierResult(
            self.tier,
            self.gold + other.gold,
            self.found + other.found,
            self.found_with_modality + other.found_with_modality,
        )


@dataclass(frozen=True, slots=True)
class LevelReport:
    level: Level
    overall: Counts
    by_language: tuple[tuple[str, Counts], ...]
    by_relation: tuple[tuple[str, Counts], ...]
    modality: Agreement
    modality_by_language: tuple[tuple[str, Agreement], ...]
    dates: Agreement
    misses: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    modality_mismatches: tuple[ModalityMismatch, ...]
    tiers: tuple[TierResult, ...] = ()
    date_mismatches: tuple[DateMismatch, ...] = ()

    def language(self, lang: str) -> Counts:
        return dict(self.by_language).get(lang, Counts())

    def relation(self, name: str) -> Counts:
        return dict(self.by_relation).get(name, Counts())

    def modality_for(self, lang: str) -> Agreement:
        return dict(self.modality_by_language).get(lang, Agreement())


@dataclass(frozen=True, slots=True)
class EvalReport:
    articles: int
    gold_relations: int
    predicted: int
    levels: tuple[LevelReport, ...]

    def level(self, level: Level) -> LevelReport:
        for report in self.levels:
            if report.level == level:
                return report
        raise KeyError(level)


# --- Keys ------------------------------------------------------------------------------------------------


def _fold(label: str) -> str:
    return re.sub(r"\s+", " ", label).strip().casefold()


@cache
def _english_aliases() -> dict[str, str]:
    """Every English gazetteer name that names one entity only -> that entity's canonical label, folded."""
    targets: dict[str, set[str]] = {}
    for entry in Gazetteer.load(ontology_dir() / "gazetteer").entries.values():
        for lang, name in entry.names:
            if lang == "en":
                targets.setdefault(_fold(name), set()).add(_fold(entry.label))
    return {name: next(iter(labels)) for name, labels in targets.items() if len(labels) == 1}


def normalize_label(label: str) -> str:
    """Labels compare without case or spacing, and a gazetteer alias as its entity's canonical label.

    "north  korea" is "North Korea", and "PKK" is "Kurdistan Workers' Party" when the gazetteer lists both
    as English names of one entity; names the gazetteer does not know compare as written.
    """
    folded = _fold(label)
    return _english_aliases().get(folded, folded)


def _key(subject: str, relation: str, obj: str) -> Key:
    s, o = normalize_label(subject), normalize_label(obj)
    if relations()[relation].symmetric and o < s:
        s, o = o, s
    return s, relation, o


def gold_key(gold: GoldRelation, level: Level) -> Key:
    subject, obj = gold_labels(gold, level)
    return _key(subject, gold.relation, obj)


def gold_labels(gold: GoldRelation, level: Level) -> tuple[str, str]:
    """The gold subject and object as scored at ``level``, as written."""
    if level == "state":
        return gold.subject_state or gold.subject, gold.object_state or gold.object
    return gold.subject, gold.object


def predicted_labels(assertion: Assertion, level: Level) -> tuple[str, str]:
    return _actor_label(assertion.subject, level), _actor_label(assertion.object, level)


def _actor_label(actor: Actor, level: Level) -> str:
    return actor.state.label if level == "state" and actor.state is not None else actor.label


def predicted_key(assertion: Assertion, level: Level) -> Key:
    subject, obj = predicted_labels(assertion, level)
    return _key(subject, assertion.relation, obj)


# --- Matching one article --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleMatch:
    """One article's pairs (gold, prediction), the gold nothing matched, and the predictions counted false."""

    matched: tuple[tuple[GoldRelation, Assertion], ...]
    missed: tuple[GoldRelation, ...]
    false: tuple[Assertion, ...]


def _comparable(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text).text).casefold()


def evidence_in(evidence: str, sentence: str) -> bool:
    """Whether the gold evidence (pieces joined by " ... ", in order) lies in the predicted sentence."""
    if not evidence:
        return False
    haystack, at = _comparable(sentence), 0
    for piece in evidence.split(" ... "):
        found = haystack.find(_comparable(piece).strip(), at)
        if found < 0:
            return False
        at = found
    return True


def _pair_score(gold: GoldRelation, pred: Assertion) -> tuple[bool, bool, bool]:
    """Which pairs of one key go together first: same modality, then evidence in the sentence, then date."""
    date = pred.date.value if pred.date else None
    same_date = gold.date is not None and gold.date == date
    return gold.modality == pred.modality, evidence_in(gold.evidence, pred.sentence), same_date


A = TypeVar("A")
B = TypeVar("B")


def pair_by_key(
    ones: Sequence[A],
    twos: Sequence[B],
    key_one: Callable[[A], Key],
    key_two: Callable[[B], Key],
    preference: Callable[[A, B], tuple[bool, ...]],
) -> tuple[list[tuple[A, B]], list[A], list[B]]:
    """One-to-one pairs of equal keys, the most preferred first (among equals, text order decides, as sorted()
    is stable); the items of each side left unpaired, in key then text order."""
    by_key: dict[Key, tuple[list[A], list[B]]] = {}
    for one in ones:
        by_key.setdefault(key_one(one), ([], []))[0].append(one)
    for two in twos:
        by_key.setdefault(key_two(two), ([], []))[1].append(two)
    pairs: list[tuple[A, B]] = []
    ones_left: list[A] = []
    twos_left: list[B] = []
    for key_ones, key_twos in by_key.values():
        candidates = sorted(
            ((i, j) for i in range(len(key_ones)) for j in range(len(key_twos))),
            key=lambda ij: preference(key_ones[ij[0]], key_twos[ij[1]]),
            reverse=True,
        )
        used_one: set[int] = set()
        used_two: set[int] = set()
        for i, j in candidates:
            if i not in used_one and j not in used_two:
                used_one.add(i)
                used_two.add(j)
                pairs.append((key_ones[i], key_twos[j]))
        ones_left.extend(one for i, one in enumerate(key_ones) if i not in used_one)
        twos_left.extend(two for j, two in enumerate(key_twos) if j not in used_two)
    return pairs, ones_left, twos_left


def match_article(golds: Sequence[GoldRelation], preds: Sequence[Assertion], level: Level) -> ArticleMatch:
    """One-to-one pairs by key, modality-agreeing (then date-agreeing) pairs first; leftovers on each side."""
    matched, missed, leftover = pair_by_key(
        golds, preds, lambda g: gold_key(g, level), lambda p: predicted_key(p, level), _pair_score
    )
    seen = {(predicted_key(p, level), p.modality) for _, p in matched}
    false: list[Assertion] = []
    for p in leftover:
        claim = (predicted_key(p, level), p.modality)
        if claim not in seen:
            seen.add(claim)
            false.append(p)
    return ArticleMatch(tuple(matched), tuple(missed), tuple(false))


# --- Whole reports ---------------------------------------------------------------------------------------


def _add(table: dict[str, Counts], name: str, counts: Counts) -> None:
    table[name] = table.get(name, Counts()) + counts


def _score_level(pairs: Sequence[tuple[GoldArticle, Extraction]], level: Level) -> LevelReport:
    by_lang: dict[str, Counts] = {}
    by_rel: dict[str, Counts] = {}
    modality_by_lang: dict[str, Agreement] = {}
    dates = Agreement()
    misses: list[Miss] = []
    fps: list[FalsePositive] = []
    mismatches: list[ModalityMismatch] = []
    tiers: dict[str, TierResult] = {}
    date_mismatches: list[DateMismatch] = []
    for gold, extraction in pairs:
        result = match_article(gold.relations, extraction.assertions, level)
        lang = gold.lang
        _add(by_lang, lang, Counts(tp=len(result.matched), fp=len(result.false), fn=len(result.missed)))
        agreement = Agreement()
        for g, p in result.matched:
            _add(by_rel, g.relation, Counts(tp=1))
            if g.tier:
                found = TierResult(g.tier, 1, 1, int(g.modality == p.modality))
                tiers[g.tier] = tiers.get(g.tier, TierResult(g.tier)) + found
            agreement += Agreement(1, int(g.modality == p.modality))
            if g.date is not None:
                predicted = p.date.value if p.date else None
                dates += Agreement(1, int(predicted == g.date))
                if predicted != g.date:
                    s, o = gold_labels(g, level)
                    date_mismatches.append(
                        DateMismatch(gold.name, lang, s, g.relation, o, g.date, predicted, p.sentence)
                    )
            if g.modality != p.modality:
                s, o = gold_labels(g, level)
                mismatch = ModalityMismatch(gold.name, lang, s, g.relation, o, g.modality, p.modality, p.sentence)
                mismatches.append(mismatch)
        modality_by_lang[lang] = modality_by_lang.get(lang, Agreement()) + agreement
        for g in result.missed:
            _add(by_rel, g.relation, Counts(fn=1))
            if g.tier:
                tiers[g.tier] = tiers.get(g.tier, TierResult(g.tier)) + TierResult(g.tier, gold=1)
            s, o = gold_labels(g, level)
            misses.append(Miss(gold.name, lang, s, g.relation, o, g.modality, g.evidence))
        for p in result.false:
            _add(by_rel, p.relation, Counts(fp=1))
            s, o = predicted_labels(p, level)
            fps.append(FalsePositive(gold.name, lang, s, p.relation, o, p.modality, p.sentence))
    order = list(relations())
    return LevelReport(
        level=level,
        overall=sum(by_lang.values(), Counts()),
        by_language=tuple(sorted(by_lang.items())),
        by_relation=tuple(sorted(by_rel.items(), key=lambda item: order.index(item[0]))),
        modality=sum(modality_by_lang.values(), Agreement()),
        modality_by_language=tuple(sorted(modality_by_lang.items())),
        dates=dates,
        misses=tuple(misses),
        false_positives=tuple(fps),
        modality_mismatches=tuple(mismatches),
        tiers=tuple(tiers[t] for t in ("must", "should") if t in tiers),
        date_mismatches=tuple(date_mismatches),
    )


def score(
    gold: Sequence[GoldArticle], extractions: Sequence[Extraction], levels: Iterable[Level] = LEVELS
) -> EvalReport:
    """Score ``extractions[i]`` against ``gold[i]`` at each level."""
    if len(gold) != len(extractions):
        raise ValueError(f"{len(gold)} gold articles but {len(extractions)} extractions")
    pairs = list(zip(gold, extractions, strict=True))
    return EvalReport(
        articles=len(gold),
        gold_relations=sum(len(g.relations) for g in gold),
        predicted=sum(len(e.assertions) for e in extractions),
        levels=tuple(_score_level(pairs, level) for level in levels),
    )
