"""The learned argument binder: who does what to whom, for a trigger whose frame the rules could not read.

The frame rules read a trigger's subject and object from the markers and word order they know. Real reporting
often puts them where no rule looks ("Iran, which Washington has long accused of arming the group, ..."), and
the trigger then yields nothing. For such a trigger the binder scores the ordered pairs of the actor mentions
nearest it in its sentence with a logistic model over where each stands from the trigger, how far, behind
which marker, in which clause, and what the rules read elsewhere in the sentence, and keeps the best pair when
the model is confident enough. A few limits are not left to the model (``_TriggerView.pairs``): an event noun
takes no object before it and no agent it marks as its object or place; a passive verb's subject before it is
never its agent.

The model is data: ``ontology/models/argument_binder.json`` (see its README), trained on the ``dev`` split
of the real-news set and the self-written gold articles by ``scripts/train_argument_binder.py``
(``geograph.eval.binder``). Without the file, or with ``Extractor(learned=False)``, the extractor is the
rules alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, Candidate, DocState, mention_states, said_key
from geograph.extract.relations.rules import (
    governed_apart,
    hypothetical,
    located_place,
    passive_voice,
    reported_apart,
    undergone,
)
from geograph.normalize import normalize
from geograph.vocabulary import relations

MODEL_FORMAT = 1
_KEYED_LIMIT = 200_000  # cached key weights, cleared when full (a key is a few short strings)
K = TypeVar("K", bound=tuple[object, ...])
REACH = 30  # tokens between the trigger and a mention the binder still considers
NEAREST = 3  # mentions considered on each side of the trigger, the nearest (cross-validated: 3 reads as much as all)
CONFIDENCE_SCALE = 0.6  # a bound pair's confidence is its probability scaled below the rules'


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


@dataclass(frozen=True, slots=True)
class ArgumentModel:
    """A logistic model over pair features; ``threshold`` is the probability a pair needs to be kept."""

    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: dict[str, Any]
    _by_key: dict[tuple[object, ...], float] = field(default_factory=dict, compare=False, repr=False)

    def keyed(self, key: K, features: Callable[[K], tuple[str, ...]]) -> float:
        """``weight(features(key))``, computed once per distinct key (the keys are few and repeat)."""
        weight = self._by_key.get(key)
        if weight is None:
            if len(self._by_key) >= _KEYED_LIMIT:
                self._by_key.clear()
            weight = self._by_key[key] = self.weight(features(key))
        return weight

    def weight(self, features: Sequence[str]) -> float:
        """The summed weights of ``features`` (without the bias)."""
        weights = self.weights
        return sum(weights.get(f, 0.0) for f in features)

    def probability(self, features: Sequence[str]) -> float:
        return sigmoid(self.bias + self.weight(features))

    @classmethod
    def load(cls, path: Path) -> ArgumentModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(f"{path}: not an argument binder model of format {MODEL_FORMAT}")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]), dict(data.get("trained_on", {})))

    def save(self, path: Path) -> None:
        data = {
            "format": MODEL_FORMAT,
            "trained_on": self.trained_on,
            "threshold": round(self.threshold, 4),
            "bias": round(self.bias, 4),
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-3},
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")


@dataclass(frozen=True, slots=True)
class PairCandidate:
    """One ordered pair of mentions around one trigger, with the features the model reads: those of the subject
    and of the object alone (shared by every pair they are in, so scored once) and those of the pair."""

    trigger: Hit
    subject: ActorMention
    object: ActorMention
    subject_features: tuple[str, ...]
    object_features: tuple[str, ...]
    pair_features: tuple[str, ...]

    @property
    def features(self) -> tuple[str, ...]:
        return self.subject_features + self.object_features + self.pair_features


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


_NORMALIZED: dict[str, str] = {}


def normalized_word(word: str) -> str:
    """``word`` normalized and lower-cased, as feature names spell it (cached: trigger words repeat)."""
    out = _NORMALIZED.get(word)
    if out is None:
        if len(_NORMALIZED) >= 50_000:
            _NORMALIZED.clear()
        out = _NORMALIZED[word] = normalize(word).text.lower()
    return out


def normalized_words(words: Sequence[str]) -> list[str]:
    """``normalized_word`` of each word; the cache is read in C, and only the words it lacks call the function."""
    out = list(map(_NORMALIZED.get, words))
    if None in out:
        return [known or normalized_word(word) for known, word in zip(out, words, strict=True)]
    return cast(list[str], out)


class _Context:
    """What every pair of one sentence shares: its words normalized, its mentions and their markers."""

    def __init__(self, state: DocState, mentions: list[ActorMention]) -> None:
        self.state = state
        self.mentions = mentions
        self.lang = state.resources.lexicon.language if state.resources.lexicon else "xx"

    def word(self, i: int) -> str:
        if i < 0 or i >= len(self.state.words):
            return "<edge>"
        return normalized_word(self.state.words[i])

    def marker(self, i: int) -> str:
        """The argument marker ending right before token ``i`` ("by", "on", "از سوی"), or ""."""
        hit = self.state.hit_ending(i, "marker")
        return hit.tag[1] if hit is not None else ""

    def between(self, start: int, end: int) -> int:
        """Mentions wholly between tokens ``start`` and ``end``."""
        return sum(1 for m in self.mentions if start <= m.start and m.end <= end)


_FAR = 6  # words between a mention and its trigger beyond which the mention is "far"


RoleKey = tuple[str, str, str, str, int, str, str, str, str, bool]
# relation, trigger word and marker, language, unread, any read, passive voice
TriggerKey = tuple[str, str, str, str, bool, bool, bool]
MentionSignature = tuple[str, str, str, str]  # side of the trigger, clause, actor type, mention kind
PairKey = tuple[TriggerKey, MentionSignature, MentionSignature, bool, bool]  # ..., subject first, pair read


def role_features(key: RoleKey) -> tuple[str, ...]:
    """The features of a mention as the subject ("s") or object ("o") of a trigger, whatever the pair."""
    role, r, side, distance, between, clause, marker, proclitic, actor_type, far = key
    span = f"{side}{distance}"
    return (
        f"d{role}={span}",
        f"{r}|d{role}={span}",
        f"m{role}={side}{min(between, 2)}",
        f"c{role}={clause}",
        f"mk{role}={marker}",
        f"{r}|mk{role}={marker}",
        f"cl{role}={proclitic}",
        f"t{role}={actor_type}",
        *((f"b{role}far",) if far else ()),
    )


def pair_features(key: PairKey) -> tuple[str, ...]:
    """The features of the pair itself: where both stand, their clauses, types and what the rules read."""
    (r, trigger_word, trigger_marker, lang, unread, any_read, passive), subject, obj, subject_first, pair_read = key
    s_side, s_clause, s_type, s_kind = subject
    o_side, o_clause, o_type, o_kind = obj
    sides = s_side + o_side + ("so" if subject_first else "os")
    return (
        f"sides={sides}",
        f"{r}|sides={sides}",
        f"{r}|sides={sides}|tw={trigger_word}",
        f"{r}|cs={s_clause}|co={o_clause}",
        f"{r}|ts={s_type}|to={o_type}",
        f"kind={s_kind}/{o_kind}",
        f"tmk={trigger_marker}",
        f"lang={lang}|sides={sides}",
        *((f"passive|sides={sides}", f"{r}|passive|sides={sides}") if passive else ()),
        *(("unread", f"unread|{r}") if unread else ()),
        *(("sentence_read",) if any_read else ()),
        *(("pair_read", f"pair_read|{r}") if pair_read else ()),
    )


class _TriggerView:
    """The sentence's mentions as seen from one trigger: where each stands, how far, behind which marker.

    Features are pure functions of small keys (``role_features``, ``pair_features``) that repeat across
    triggers and articles, so the binder weighs each distinct key once per process (``ArgumentModel.keyed``).
    """

    def __init__(self, context: _Context, trigger: Hit, relation: str, read: RulesReading) -> None:
        self.context = context
        self.trigger = trigger
        self.relation = relation
        self.read = read
        self.trigger_word = " ".join(context.word(i) for i in range(trigger.start, trigger.end))
        self.trigger_marker = context.marker(trigger.start)
        self.unread = trigger.start in read.unread
        lexicon = context.state.resources.lexicon
        # a noun trigger, not the noun of a Persian light-verb compound ("به اوکراین حمله کرد"), nor one whose
        # recipient comes before it ("supplied Iran with fighter jets")
        entry = lexicon.triggers[int(trigger.tag[1])] if lexicon is not None else None
        self.verb = entry is not None and entry.verb
        # "came under fire": an event noun suffered by the clause's subject is passive too
        self.suffered = undergone(context.state, trigger)
        self.passive = passive_voice(context.state, trigger) or self.suffered
        self.noun = (
            entry is not None
            and not entry.verb
            and not entry.recipient_before
            and context.state.hit_starting(trigger.end, "light") is None
        )
        self.trigger_key: TriggerKey = (
            relation,
            self.trigger_word,
            self.trigger_marker,
            context.lang,
            self.unread,
            read.any_read,
            self.passive,
        )

    def side(self, mention: ActorMention) -> str:
        return "B" if mention.end <= self.trigger.start else "A"

    def same_clause(self, mention: ActorMention) -> str:
        clause = self.context.state.clause_of
        return "same" if clause[mention.start] == clause[self.trigger.start] else "other"

    def role_key(self, role: str, mention: ActorMention) -> RoleKey:
        return (role, *self._place(mention))

    def _place(self, mention: ActorMention) -> tuple[str, str, str, int, str, str, str, str, bool]:
        """Where a mention stands from the trigger, whatever its role (read once for both roles)."""
        trigger = self.trigger
        side = self.side(mention)
        start, end = (mention.end, trigger.start) if side == "B" else (trigger.end, mention.start)
        return (
            self.relation,
            side,
            _bucket(end - start),
            min(self.context.between(start, end), 2),
            self.same_clause(mention),
            self.context.marker(mention.start),
            mention.proclitic,
            mention.actors[0].type,
            end - start > _FAR,
        )

    def signature(self, mention: ActorMention) -> MentionSignature:
        """What the pair features read of one mention: its side of the trigger, clause, type and kind."""
        return self.side(mention), self.same_clause(mention), mention.actors[0].type, mention.kind

    def pair_key(self, subject: ActorMention, obj: ActorMention) -> PairKey:
        return self.pair_key_of(self.signature(subject), self.signature(obj), subject, obj)

    def pair_key_of(
        self, subject: MentionSignature, obj: MentionSignature, s: ActorMention, o: ActorMention
    ) -> PairKey:
        return (
            self.trigger_key,
            subject,
            obj,
            s.start < o.start,
            bool(self.read.pairs) and self.read.related(s, o),
        )

    def near(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """The mentions within reach of the trigger, at most ``NEAREST`` on each side, in text order."""
        start, end = self.trigger.start, self.trigger.end
        before = [m for m in mentions if m.end <= start and start - m.end <= REACH][-NEAREST:]
        after = [m for m in mentions if m.start >= end and m.start - end <= REACH][:NEAREST]
        return before + after

    def pairs(self, near: list[ActorMention]) -> Iterator[tuple[int, int]]:
        """Every ordered pair (of indices into ``near``) of mentions of different actors, unordered for a
        symmetric relation."""
        symmetric = relations()[self.relation].symmetric
        # the same actor, or actors of one state, have no relation the vocabulary types
        states = [mention_states(m) for m in near]
        # an event noun takes its object after it ("the war in Ukraine", "حمله به", "الهجوم على"), and never a
        # place its entry does not mark as an object ("دعمه للعملية الروسية في أوكرانيا" supports no Ukraine)
        res, index = self.context.state.resources, int(self.trigger.tag[1])
        object_marks = res.object_marks[index] | res.own_subject_object_marks[index]
        places = res.locatives - object_marks
        markers = [self.context.marker(m.start) for m in near]
        objects = [
            not (self.noun and (m.end <= self.trigger.start or marker in places))
            for m, marker in zip(near, markers, strict=True)
        ]
        # nor is a mention it marks as object or place its agent ("the war in Ukraine", "الحرب في أوكرانيا")
        not_agents = object_marks | res.locatives
        subjects = [not (self.noun and marker in not_agents) for marker in markers]
        if self.noun and relations()[self.relation].material:  # "Lavrov said the strikes on Syria ...": not the agent
            at = self.trigger.start
            subjects = [
                ok and not (m.end <= at and reported_apart(self.context.state, at, m.start, m.end))
                for ok, m in zip(subjects, near, strict=True)
            ]
        # a passive verb's subject before it undergoes the act ("Iran was accused of ..."): never its agent
        if (self.verb or self.suffered) and self.passive:
            subjects = [ok and m.end > self.trigger.start for ok, m in zip(subjects, near, strict=True)]
        # a city named where something happens is no party to it ("در حاشیه مجمع عمومی در نیویورک")
        located = [located_place(self.context.state, m) for m in near]
        for n in range(len(near)):
            for k in range(n + 1 if symmetric else 0, len(near)):
                if (
                    n != k
                    and subjects[n]
                    and objects[k]
                    and states[n].isdisjoint(states[k])
                    and not (located[n] or located[k])
                ):
                    yield n, k

    def best_pair(
        self, model: ArgumentModel, mentions: list[ActorMention]
    ) -> tuple[float, ActorMention, ActorMention] | None:
        """The pair the model rates highest, with its probability: ``model.probability`` of each pair's
        features, with each mention's part weighed once per role and each distinct pair part once."""
        near = self.near(mentions)
        if len(near) < 2:
            return None
        places = [self._place(m) for m in near]
        as_subject = [model.keyed(("s", *place), role_features) for place in places]
        as_object = [model.keyed(("o", *place), role_features) for place in places]
        signatures = [self.signature(m) for m in near]
        best: tuple[float, int, int] | None = None
        for n, k in self.pairs(near):
            key = self.pair_key_of(signatures[n], signatures[k], near[n], near[k])
            total = as_subject[n] + as_object[k] + model.keyed(key, pair_features)
            if best is None or total > best[0]:
                best = (total, n, k)
        if best is None:
            return None
        return sigmoid(model.bias + best[0]), near[best[1]], near[best[2]]


@dataclass(frozen=True, slots=True)
class RulesReading:
    """What the frame rules read in one sentence, which the binder's features ask about."""

    unread: frozenset[int]  # trigger starts the rules read nothing from
    pairs: frozenset[frozenset[str]]  # actor id pairs the rules related
    any_read: bool

    @classmethod
    def of_document(cls, state: DocState, triggers: list[Hit], candidates: list[Candidate]) -> dict[int, RulesReading]:
        """The reading of every sentence that has a trigger, from the rules' ``candidates``."""
        rules = [c for c in candidates if not c.learned]
        unread = frozenset(t.start for t in unread_triggers(state, triggers, rules))
        pairs: dict[int, set[frozenset[str]]] = {}
        for c in rules:
            pairs.setdefault(c.sentence, set()).add(frozenset((c.subject.id, c.object.id)))
        out: dict[int, RulesReading] = {}
        for trigger in triggers:
            sentence = state.sentence_of[trigger.start]
            if sentence not in out:
                read = pairs.get(sentence, set())
                out[sentence] = cls(unread, frozenset(read), bool(read))
        return out

    def related(self, subject: ActorMention, obj: ActorMention) -> bool:
        """Whether the rules related the two mentions' actors, by any relation."""
        return any(frozenset((s.id, o.id)) in self.pairs for s in subject.actors for o in obj.actors)


def _view(state: DocState, trigger: Hit, mentions: list[ActorMention], read: RulesReading) -> _TriggerView:
    lexicon = state.resources.lexicon
    assert lexicon is not None
    return _TriggerView(_Context(state, mentions), trigger, lexicon.triggers[int(trigger.tag[1])].relation, read)


def pair_candidates(
    state: DocState, trigger: Hit, mentions: list[ActorMention], read: RulesReading
) -> Iterator[PairCandidate]:
    """Every pair the binder considers for ``trigger``, with its features (what training reads)."""
    view = _view(state, trigger, mentions, read)
    near = view.near(mentions)
    for n, k in view.pairs(near):
        subject, obj = near[n], near[k]
        yield PairCandidate(
            trigger,
            subject,
            obj,
            role_features(view.role_key("s", subject)),
            role_features(view.role_key("o", obj)),
            pair_features(view.pair_key(subject, obj)),
        )


def unread_triggers(state: DocState, triggers: list[Hit], candidates: list[Candidate]) -> list[Hit]:
    """The triggers the rules read nothing from: neither the trigger of a candidate nor inside a candidate's
    evidence (the event a controlling trigger governs, "accused X of arming Y", is read with it)."""
    started = {c.trigger_start for c in candidates}
    # "استهدفت X روسيا بعقوبات": a clause's second word for an event the rules read names that event again
    read_events = {(state.clause_of[c.trigger_start], c.relation) for c in candidates if not c.paired}
    spans: dict[int, list[tuple[int, int]]] = {}
    for c in candidates:
        spans.setdefault(c.sentence, []).append((c.span_start, c.span_end))
    lexicon = state.resources.lexicon
    assert lexicon is not None
    return [
        t
        for t in triggers
        if t.start not in started
        and not any(start <= t.start < end for start, end in spans.get(state.sentence_of[t.start], ()))
        # "warned that any attack on X": no actor in the clause for the binder to pair either
        and (lexicon.triggers[int(t.tag[1])].verb or not hypothetical(state, t.start))
        and not _reflexive_after(state, t)
        and (state.clause_of[t.start], lexicon.triggers[int(t.tag[1])].relation) not in read_events
    ]


def _reflexive_after(state: DocState, trigger: Hit) -> bool:
    """ "the right to defend itself", «الدفاع عن نفسها»: the act's object is its own subject, no other actor."""
    return any(state.hit_starting(k, "reflexive") is not None for k in (trigger.end, trigger.end + 1))


def bind_unread(
    state: DocState,
    model: ArgumentModel,
    triggers: list[Hit],
    candidates: list[Candidate],
    mentions_by_sentence: dict[int, list[ActorMention]],
) -> list[Candidate]:
    """The best pair of each trigger the rules read nothing from (of ``triggers``, given the rules'
    ``candidates``), when the model gives it ``threshold``."""
    lexicon = state.resources.lexicon
    assert lexicon is not None
    out: list[Candidate] = []
    readings = RulesReading.of_document(state, triggers, candidates)
    ordered = sorted(triggers, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    # what the sentence already says: another trigger of the same event ("launched an offensive") adds nothing
    said = {said_key(c.sentence, c.relation, c.subject.id, c.object.id) for c in candidates}
    for trigger in triggers:
        sentence = state.sentence_of[trigger.start]
        mentions = mentions_by_sentence.get(sentence, [])
        if len(mentions) < 2:
            continue
        read = readings[sentence]
        if trigger.start not in read.unread:
            continue
        best = _view(state, trigger, mentions, read).best_pair(model, mentions)
        if best is None or best[0] < model.threshold:
            continue
        p, subject_mention, object_mention = best
        if not lexicon.genitive_follows and not lexicon.triggers[int(trigger.tag[1])].verb:
            # "The attack on Y was condemned by Z": a verb between the event noun and the binder's subject
            # makes the noun that verb's object and the subject the verb's, as the rules read governed nouns
            start, end = subject_mention.start, subject_mention.end
            if governed_apart(lexicon, ordered, starts, trigger, start, end):
                continue
        first = min(subject_mention.start, object_mention.start, trigger.start)
        end = max(subject_mention.end, object_mention.end, trigger.end)
        entry = lexicon.triggers[int(trigger.tag[1])]
        relation = entry.relation
        for subject in subject_mention.actors:
            for obj in object_mention.actors:
                if not entry.takes_object(obj.type, obj.id):
                    continue  # the trigger's own limits hold for the binder too ("رحب" welcomes no person)
                key = said_key(sentence, relation, subject.id, obj.id)
                if key in said:
                    continue
                said.add(key)
                out.append(
                    Candidate(
                        relation,
                        subject,
                        obj,
                        int(trigger.tag[1]),
                        trigger.start,
                        trigger.end,
                        sentence,
                        first,
                        end,
                        round(p * CONFIDENCE_SCALE, 2),
                        learned=True,
                    )
                )
    return out
