"""The learned pair reader: relations between two actors of one sentence that no trigger's frame gave.

Real reporting states many relations in words the lexicon lacks or in frames no rule reads ("Ankara's
fury at Stockholm", "a lifeline from Beijing to Moscow"). For every ordered pair of actor mentions of one
sentence (of different states, within ``REACH`` tokens), the reader scores each relation of the vocabulary
with a logistic model over the words between the two and just around them, the trigger words of the lexicon in
the sentence and where they stand, the markers before each mention, their types and clauses, and what the
rules read in the sentence. A relation the model gives at least its threshold, and that the sentence does not
already say between the two states, becomes a candidate with a lower confidence than the rules'. Two limits
are not left to the model: the subject of a passive verb never acts on the agent after it, and an entry's own
limits on its object hold.

The model is data: ``ontology/models/pair_reader.json`` (see its README), trained on the ``dev`` split of the
real-news set by ``scripts/train_pair_reader.py`` (``geograph.eval.pairs``). Without it, or with
``Extractor(learned=False)``, nothing here runs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, Candidate, DocState, acting_state_id, mention_states, said_key
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.relations.learned import normalized_words, sigmoid
from geograph.extract.relations.rules import located_place, passive_voice, reported_apart, undergone
from geograph.vocabulary import relations

MODEL_FORMAT = 1
REACH = 12  # tokens between two mentions beyond which they are not paired (20 and 40 read no more on dev)
WINDOW = 3  # words just before the first mention and just after the second read as their own features
BETWEEN = 8  # words read at each end of a long gap between the two mentions
ANCHOR_AFTER = 4  # tokens after the pair a trigger of its relation may stand and still be its verb (Persian)
CONFIDENCE_SCALE = 0.5  # a paired relation's confidence is its probability scaled below the binder's
# the word features' families (between, left window, right window) and orders, as columns of the model's word table
WORD_COLUMNS = {(family, order): n for n, (family, order) in enumerate((f, o) for f in "blr" for o in ("so", "os"))}


@dataclass(frozen=True, slots=True)
class PairModel:
    """One logistic model per relation over shared pair features; ``thresholds`` per relation."""

    relations: tuple[str, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> (relation index, weight) for its non-zero weights
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    trained_on: dict[str, Any] = field(default_factory=dict)
    # the weights as a matrix (a row per feature, a last row of zeros for unknown ones) and the thresholds as
    # logits: what scoring a whole document's pairs at once reads
    _index: dict[str, int] = field(init=False, repr=False, compare=False)
    _matrix: np.ndarray = field(init=False, repr=False, compare=False)
    _floors: np.ndarray = field(init=False, repr=False, compare=False)
    # every word a word feature names -> its feature row in each family and order (``WORD_COLUMNS``)
    _word_rows: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    # a group of feature strings (``_Sentence.shape`` makes the same tuples again and again) -> their rows
    _group_rows: dict[tuple[str, ...], list[int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {feature: n for n, feature in enumerate(self.weights)}
        matrix = np.zeros((len(index) + 1, len(self.relations)))
        for feature, pairs in self.weights.items():
            for relation, weight in pairs:
                matrix[index[feature], relation] = weight
        floors = [math.log(t / (1 - t)) if 0 < t < 1 else (math.inf if t >= 1 else -math.inf) for t in self.thresholds]
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_matrix", matrix)
        object.__setattr__(self, "_floors", np.array(floors))
        # "b=word|so" -> its row, among the word's rows at the column of (b, so): a sentence's words find their
        # rows without making the strings
        word_features = [
            (feature[2:-3], WORD_COLUMNS[feature[0], feature[-2:]], row)
            for feature, row in index.items()
            if feature[1:2] == "=" and (feature[0], feature[-2:]) in WORD_COLUMNS and feature[-3:-2] == "|"
        ]
        word_rows: dict[str, list[int]] = {}
        for word, column, row in word_features:
            word_rows.setdefault(word, [len(index)] * len(WORD_COLUMNS))[column] = row
        object.__setattr__(self, "_word_rows", {word: tuple(rows) for word, rows in word_rows.items()})
        object.__setattr__(self, "_group_rows", {})

    def logits(self, batch: Sequence[tuple[str, ...]]) -> np.ndarray:
        """A row per feature tuple of ``batch`` (none empty), a column per relation: bias plus weights (a feature
        that occurs twice counts twice)."""
        index, unknown = self._index, len(self._index)
        ids = [index.get(feature, unknown) for features in batch for feature in features]
        starts = [0]
        for features in batch[:-1]:
            starts.append(starts[-1] + len(features))
        return self.rows_logits(ids, starts)

    def rows_logits(self, rows: Sequence[int], starts: Sequence[int]) -> np.ndarray:
        """Bias plus the summed weights of ``rows[starts[i]:starts[i + 1]]`` for each ``i`` (none empty)."""
        out: np.ndarray = np.add.reduceat(self._matrix[np.asarray(rows, dtype=np.intp)], starts, axis=0)
        out += np.array(self.bias)
        return out

    def group_rows(self, group: tuple[str, ...]) -> list[int]:
        """The rows of the features of ``group`` (the row of zeros for unknown ones), remembered by the group."""
        rows = self._group_rows.get(group)
        if rows is None:
            if len(self._group_rows) >= 50_000:
                self._group_rows.clear()
            index, unknown = self._index, len(self._index)
            rows = self._group_rows[group] = [index.get(feature, unknown) for feature in group]
        return rows

    def word_columns(self, words: Sequence[str]) -> list[tuple[int, ...]]:
        """Per family and order (``WORD_COLUMNS``), the feature row of each word (the row of zeros when unknown)."""
        known, unknown = self._word_rows, (len(self._index),) * len(WORD_COLUMNS)
        return list(zip(*(known.get(word, unknown) for word in words), strict=True))

    def above(self, logits: np.ndarray) -> list[tuple[int, int, float]]:
        """(row of ``logits``, relation index, probability) of every relation at or above its threshold."""
        rows, columns = np.nonzero(logits >= self._floors)
        return [(int(r), int(c), sigmoid(float(logits[r, c]))) for r, c in zip(rows, columns, strict=True)]

    @classmethod
    def load(cls, path: Path) -> PairModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT or data.get("kind") != "pair_reader":
            raise ValueError(f"{path}: not a pair reader model of format {MODEL_FORMAT}")
        names = tuple(str(r) for r in data["relations"])
        known = relations()
        unknown = [r for r in names if r not in known]
        if unknown:
            raise ValueError(f"{path}: relations not in the vocabulary: {', '.join(unknown)}")
        weights = {
            str(feature): tuple((int(index), float(weight)) for index, weight in pairs)
            for feature, pairs in data["weights"].items()
        }
        bias = tuple(float(b) for b in data["bias"])
        thresholds = tuple(float(t) for t in data["thresholds"])
        if not len(bias) == len(thresholds) == len(names):
            raise ValueError(f"{path}: bias and thresholds must have one value per relation")
        return cls(names, weights, bias, thresholds, dict(data.get("trained_on", {})))

    def save(self, path: Path) -> None:
        data = {
            "format": MODEL_FORMAT,
            "kind": "pair_reader",
            "trained_on": self.trained_on,
            "relations": list(self.relations),
            "bias": [round(b, 4) for b in self.bias],
            "thresholds": [round(t, 4) for t in self.thresholds],
            "weights": {
                feature: [[index, round(weight, 3)] for index, weight in pairs]
                for feature, pairs in sorted(self.weights.items())
            },
        }
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


@dataclass(frozen=True, slots=True)
class MentionPair:
    """An ordered pair of mentions of one sentence (``subject`` may come after ``object``) and its features."""

    sentence: int
    subject: ActorMention
    object: ActorMention
    features: tuple[str, ...]


_READ_SENTENCE = ("read_sentence",)


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


class _Sentence:
    """One sentence's words, as features name them (a mention's words as its actor type), its triggers and
    what the rules read in it."""

    def __init__(
        self,
        state: DocState,
        sentence: int,
        mentions: list[ActorMention],
        states: list[frozenset[str]],
        triggers: list[Hit],
        read: list[Candidate],
    ) -> None:
        self.state = state
        self.first, self.end = state.sentences[sentence]
        self.mentions = mentions
        lexicon = state.resources.lexicon
        assert lexicon is not None
        self.lang = lexicon.language
        self.words = normalized_words(state.words[self.first : self.end])
        for mention in mentions:
            start, end = mention.start - self.first, mention.end - self.first
            self.words[start:end] = [f"<{mention.actors[0].type}>"] * (end - start)
        self._word_features: dict[tuple[str, str], list[str]] = {}
        self.triggers = [
            (t.start, lexicon.triggers[int(t.tag[1])].relation, " ".join(self.word(i) for i in range(t.start, t.end)))
            for t in triggers
        ]
        # per trigger: where it stands from the pair (before, between, after) and the order -> its features
        self.trigger_features = [_trigger_features(relation, words) for _, relation, words in self.triggers]
        self.opening = sentence == 0
        said: dict[tuple[str, str], set[str]] = {}
        for c in read:
            said.setdefault((acting_state_id(c.subject), acting_state_id(c.object)), set()).add(c.relation)
        # per pair of states the rules read: the features of a pair in their order, and in the other order
        self.read = {
            key: (
                (*(f"read={r}" for r in sorted(relations)), "read_pair"),
                (*(f"read_back={r}" for r in sorted(relations)), "read_pair"),
            )
            for key, relations in said.items()
        }
        self.markers: dict[int, str] = {}
        self.states = states  # of each mention (``mention_states``)
        self.described = [(m.actors[0].type, m.kind, self.marker(m.start)) for m in mentions]

    def word(self, i: int) -> str:
        return self.words[i - self.first]

    def word_features(self, family: str, order: str) -> list[str]:
        """The word feature of every token of the sentence, for one family and order (made once per sentence)."""
        out = self._word_features.get((family, order))
        if out is None:
            out = self._word_features[family, order] = [f"{family}={w}|{order}" for w in self.words]
        return out

    def marker(self, i: int) -> str:
        marker = self.markers.get(i)
        if marker is None:
            hit = self.state.hit_ending(i, "marker")
            marker = self.markers[i] = hit.tag[1] if hit is not None else ""
        return marker

    def shape(self, n: int, k: int) -> tuple[str, list[tuple[str, ...]], list[tuple[str, int, int]]]:
        """The pair of the ``n``-th mention (subject) and the ``k``-th (object): its order, the groups of features
        that are not words (tuples that recur from pair to pair), and the ranges of word features (family, start,
        end, sentence-relative) it reads."""
        subject, obj = self.mentions[n], self.mentions[k]
        forward = subject.start < obj.start
        first, second = (subject, obj) if forward else (obj, subject)
        order = "so" if forward else "os"
        base = self.first
        gap_start, gap_end = first.end - base, second.start - base
        inside = sum(1 for m in self.mentions if first.end <= m.start and m.end <= second.start)
        s_type, s_kind, s_marker = self.described[n]
        o_type, o_kind, o_marker = self.described[k]
        clauses = self.state.clause_of
        same_clause = None if not clauses else clauses[subject.start] == clauses[obj.start]
        groups = [
            _fixed(
                order,
                self.lang,
                _bucket(gap_end - gap_start),
                _bucket(inside),
                (s_type, o_type, s_kind, o_kind),
                (s_marker, o_marker),
                same_clause,
                self.opening,
            )
        ]
        if gap_end - gap_start > 2 * BETWEEN:
            ranges = [("b", gap_start, gap_start + BETWEEN), ("b", gap_end - BETWEEN, gap_end)]
        else:
            ranges = [("b", gap_start, gap_end)]
        ranges.append(("l", max(0, first.start - base - WINDOW), first.start - base))
        ranges.append(("r", second.end - base, min(len(self.words), second.end - base + WINDOW)))
        for (start, _, _), strings in zip(self.triggers, self.trigger_features, strict=True):
            groups.append(strings["L" if start < first.start else "M" if start < second.start else "R", order])
        if self.read:
            s_states, o_states = self.states[n], self.states[k]
            for (s, o), (forth, back) in self.read.items():
                if s in s_states and o in o_states:
                    groups.append(forth)
                elif s in o_states and o in s_states:
                    groups.append(back)
            groups.append(_READ_SENTENCE)
        return order, groups, ranges

    def features(self, n: int, k: int) -> tuple[str, ...]:
        """The features of the pair of the ``n``-th mention (subject) and ``k``-th (object), repeated as often as
        they occur (what training reads; ``pair_logits`` sums the same weights for many pairs at once)."""
        order, groups, ranges = self.shape(n, k)
        out = [feature for group in groups for feature in group]
        for family, start, end in ranges:
            out += self.word_features(family, order)[start:end]
        return tuple(out)


def pair_logits(model: PairModel, sentences: Sequence[tuple[_Sentence, list[tuple[int, int]]]]) -> np.ndarray:
    """A row of logits per pair of every sentence, in order (as ``model.logits`` of each pair's ``features``),
    for a whole document at once (numpy's cost is per call: one call per document, not per sentence or pair).
    The feature strings are never made: a sentence's words find their rows once for every pair that reads them,
    the other features by the rows of their recurring groups."""
    rows: list[int] = []  # the feature rows of every pair, one pair after the other
    starts: list[int] = []  # where each pair's rows start
    for view, pairs in sentences:
        # the words any pair reads: from the first paired mention's window to the last one's
        paired = {m for pair in pairs for m in pair}
        low = max(0, min(view.mentions[m].start for m in paired) - view.first - WINDOW)
        high = max(view.mentions[m].end for m in paired) - view.first + WINDOW
        columns = model.word_columns(view.words[low:high])
        for n, k in pairs:
            order, groups, ranges = view.shape(n, k)
            starts.append(len(rows))
            for group in groups:
                rows += model.group_rows(group)
            for family, start, end in ranges:
                rows += columns[WORD_COLUMNS[family, order]][start - low : end - low]
    if not starts:
        return np.zeros((0, len(model.relations)))
    return model.rows_logits(rows, starts)


@lru_cache(maxsize=4096)
def _trigger_features(relation: str, words: str) -> dict[tuple[str, str], tuple[str, str, str]]:
    return {
        (place, order): (f"t={relation}|{place}|{order}", f"t={relation}", f"tw={words}|{place}|{order}")
        for place in "LMR"
        for order in ("so", "os")
    }


@lru_cache(maxsize=4096)
def _fixed(
    order: str,
    lang: str,
    gap: str,
    inside: str,
    types: tuple[str, str, str, str],
    markers: tuple[str, str],
    same_clause: bool | None,
    opening: bool,
) -> tuple[str, ...]:
    """The features of a pair that are neither words nor triggers nor what the rules read."""
    s_type, o_type, s_kind, o_kind = types
    out = [
        f"order={order}",
        f"lang={lang}|order={order}",
        f"gap={gap}|{order}",
        f"between={inside}",
        f"ts={s_type}|to={o_type}",
        f"ks={s_kind}|ko={o_kind}",
        f"ms={markers[0]}|{order}",
        f"mo={markers[1]}|{order}",
    ]
    if same_clause is not None:
        out.append(f"clause={'same' if same_clause else 'other'}|{order}")
    if opening:
        out.append("opening")
    return tuple(out)


def pair_sentences(
    state: DocState,
    triggers: list[Hit],
    candidates: list[Candidate],
    by_sentence: dict[int, list[ActorMention]],
) -> Iterator[tuple[int, _Sentence, list[tuple[int, int]]]]:
    """Each sentence with pairs to read, its view and its ordered pairs (indices into its mentions): of
    different states, within ``REACH`` tokens of each other."""
    if state.resources.lexicon is None:
        return
    triggers_of: dict[int, list[Hit]] = {}
    for trigger in triggers:
        triggers_of.setdefault(state.sentence_of[trigger.start], []).append(trigger)
    read_of: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        read_of.setdefault(candidate.sentence, []).append(candidate)
    for sentence, mentions in sorted(by_sentence.items()):
        if len(mentions) < 2:
            continue
        states = [mention_states(m) for m in mentions]
        located = [located_place(state, m) for m in mentions]
        pairs = [
            (n, k)
            for n, subject in enumerate(mentions)
            for k, obj in enumerate(mentions)
            if n != k
            and states[n].isdisjoint(states[k])
            and not (located[n] or located[k])
            and max(subject.start, obj.start) - min(subject.end, obj.end) <= REACH
        ]
        if pairs:
            view = _Sentence(
                state, sentence, mentions, states, triggers_of.get(sentence, []), read_of.get(sentence, [])
            )
            yield sentence, view, pairs


def mention_pairs(
    state: DocState,
    triggers: list[Hit],
    candidates: list[Candidate],
    by_sentence: dict[int, list[ActorMention]],
) -> Iterator[MentionPair]:
    """Every ordered pair of mentions of different states within ``REACH`` of each other in one sentence, with
    its features (what training reads)."""
    for sentence, view, pairs in pair_sentences(state, triggers, candidates, by_sentence):
        for n, k in pairs:
            yield MentionPair(sentence, view.mentions[n], view.mentions[k], view.features(n, k))


def read_pairs(
    state: DocState,
    model: PairModel,
    triggers: list[Hit],
    candidates: list[Candidate],
    by_sentence: dict[int, list[ActorMention]],
) -> list[Candidate]:
    """The relations the model gives pairs of mentions, beyond what ``candidates`` already say."""
    lexicon = state.resources.lexicon
    if lexicon is None:
        return []
    entries = _entries(lexicon.triggers)
    known = relations()
    # what the sentence already says of the two sides: "Putin met Pezeshkian" read by a rule leaves nothing for
    # the pair (Russia, Pezeshkian) to add, and of several pairs of the same two sides one is read
    said = {said_key(c.sentence, c.relation, acting_state_id(c.subject), acting_state_id(c.object)) for c in candidates}
    nearest_trigger: dict[tuple[int, str], list[Hit]] = {}
    for trigger in triggers:
        relation = lexicon.triggers[int(trigger.tag[1])].relation
        nearest_trigger.setdefault((state.sentence_of[trigger.start], relation), []).append(trigger)
    passives: dict[int, list[int]] = {}  # sentence -> where its passive verbs stand
    for t in triggers:
        if passive_voice(state, t) or undergone(state, t):
            passives.setdefault(state.sentence_of[t.start], []).append(t.start)
    best: dict[tuple[int, str, str, str], tuple[float, ActorMention, ActorMention]] = {}
    sentences: list[tuple[_Sentence, list[tuple[int, int]]]] = []
    flat: list[tuple[int, ActorMention, ActorMention]] = []
    for sentence, view, pairs in pair_sentences(state, triggers, candidates, by_sentence):
        mentions, passive = view.mentions, passives.get(sentence, ())
        # "Y was condemned by Z": the subject of a passive verb undergoes it, whatever the model says
        kept = [(n, k) for n, k in pairs if not any(mentions[n].end <= at < mentions[k].start for at in passive)]
        if kept:
            sentences.append((view, kept))
            flat += [(sentence, mentions[n], mentions[k]) for n, k in kept]
    for row, index, p in model.above(pair_logits(model, sentences)):
        relation = model.relations[index]
        if relation not in entries:
            continue
        sentence, subject_mention, object_mention = flat[row]
        if (
            known[relation].material
            and subject_mention.end <= object_mention.start
            and reported_apart(state, object_mention.start, subject_mention.start, subject_mention.end)
        ):
            continue  # "Ankara says the raids on Armenia ...": the speaker's words, not the speaker's deed
        subject, obj = subject_mention.actors[0], object_mention.actors[0]
        key = said_key(sentence, relation, acting_state_id(subject), acting_state_id(obj))
        if key in said:
            continue
        if key not in best or p > best[key][0]:
            best[key] = (p, subject_mention, object_mention)
    out: list[Candidate] = []
    for (sentence, relation, _, _), (p, subject_mention, object_mention) in best.items():
        first = min(subject_mention.start, object_mention.start)
        end = max(subject_mention.end, object_mention.end)
        # the trigger of the relation nearest the pair, within its reach, lends its entry (what modality reads);
        # else the relation's first entry, anchored on the word before the second mention: the predicate's last
        # word in most reporting, after the auxiliaries and negations that qualify it ("will sell", "did not
        # join"). A trigger further off is another event's and lends its own inflection: "agreed to restore
        # ties" made a host's cooperation planned (dev modality 0.859 with any trigger of the sentence, 0.864)
        # only a trigger within the pair's span, or just after it where the verb comes last, speaks for the pair
        hits = [t for t in nearest_trigger.get((sentence, relation), ()) if first <= t.start < end + ANCHOR_AFTER]
        if hits:
            anchor = min(hits, key=lambda t: min(abs(t.start - first), abs(t.start - end)))
            entry, trigger_start, trigger_end = int(anchor.tag[1]), anchor.start, anchor.end
        else:
            entry = entries[relation]
            trigger_start = max(
                min(subject_mention.end, object_mention.end), end_of_gap(subject_mention, object_mention)
            )
            trigger_end = trigger_start + 1
        if not lexicon.triggers[entry].takes_object(object_mention.actors[0].type, object_mention.actors[0].id):
            continue  # the entry's own limits hold for the reader too ("رحب" welcomes no person)
        if known[relation].symmetric and object_mention.start < subject_mention.start:
            subject_mention, object_mention = object_mention, subject_mention
        out.append(
            Candidate(
                relation,
                subject_mention.actors[0],
                object_mention.actors[0],
                entry,
                trigger_start,
                trigger_end,
                sentence,
                min(first, trigger_start),
                max(end, trigger_end),
                round(p * CONFIDENCE_SCALE, 2),
                learned=True,
                paired=True,
            )
        )
    return out


def end_of_gap(one: ActorMention, other: ActorMention) -> int:
    """The last token before the later of two mentions."""
    return max(one.start, other.start) - 1


def _entries(triggers: Sequence[TriggerEntry]) -> dict[str, int]:
    """The first lexicon entry of each relation."""
    out: dict[str, int] = {}
    for index, entry in enumerate(triggers):
        out.setdefault(entry.relation, index)
    return out
