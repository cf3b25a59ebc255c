"""Which trigger words count, and the frame reader run over a whole document.

Overlapping triggers keep the longest; English words that are verbs or nouns ("attacks") are decided by
their neighbours; a measure that is vetoed in its clause ("blocked new sanctions") is not an event; triggers
in sentences without two actors are skipped. Controlling triggers ("accused X of ...") are read first, those
taking their object from another event ("condemned the strikes") last.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, Candidate, DocState
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.relations.frames import FrameReader
from geograph.extract.relations.learned import ArgumentModel, bind_unread
from geograph.extract.relations.pairs import PairModel, read_pairs
from geograph.extract.relations.rules import gerund, is_verb_object_event
from geograph.vocabulary import relations


def mentions_by_sentence(state: DocState) -> dict[int, list[ActorMention]]:
    out: dict[int, list[ActorMention]] = {}
    for mention in state.mentions:
        out.setdefault(state.sentence_of[mention.start], []).append(mention)
    return out


def usable_triggers(state: DocState) -> list[Hit]:
    """The trigger hits that count: the longest of overlapping ones, outside actor names, neither cancelled
    by their context nor blocked measures, English verbs and nouns told apart."""
    covered = {i for m in state.mentions for i in range(m.start, m.end)}
    context = _WordContext(state)
    triggers = [t for t in _longest(state.of_kind("trigger"), covered) if not _cancelled(state, t, context)]
    triggers = _without_instruments(state, triggers)
    return _without_blocked_measures(state, _verb_or_noun(state, triggers), state.of_kind("measure"))


_INSTRUMENT_WITHIN = 3  # words from an instrument marker to the weapon it introduces ("with Iranian-made drones")


def _without_instruments(state: DocState, triggers: list[Hit]) -> list[Hit]:
    """Without the weapons that are the means of another event of their clause: "struck Kyiv with missiles
    supplied by Iran" supplies Kyiv nothing (the entry's ``instrument_of`` names the events they serve)."""
    lexicon, res = state.resources.lexicon, state.resources
    if lexicon is None or not res.instrument_markers or not state.clause_of:
        return triggers
    in_clause = {(state.clause_of[t.start], lexicon.triggers[int(t.tag[1])].relation) for t in triggers}
    return [t for t in triggers if not _an_instrument(state, t, lexicon.triggers[int(t.tag[1])], in_clause)]


def _an_instrument(state: DocState, trigger: Hit, entry: TriggerEntry, in_clause: set[tuple[int, str]]) -> bool:
    clause = state.clause_of[trigger.start]
    if not any((clause, relation) in in_clause for relation in entry.instrument_of):
        return False
    markers = state.resources.instrument_markers
    lexicon = state.resources.lexicon
    assert lexicon is not None
    if state.resources.proclitic_marker(trigger.proclitic) in markers:
        return True  # «بالصواريخ»: the marker is the weapon's own proclitic
    first = max(trigger.start - _INSTRUMENT_WITHIN, state.sentences[state.sentence_of[trigger.start]][0])
    for end in range(trigger.start, first, -1):
        marker = state.hit_ending(end, "marker")
        if marker is not None and marker.tag[1] in markers:
            return state.clause_of[marker.start] == clause
        words = [h for h in state.starting_at(end - 1) if h.tag[0] == "trigger"]
        if words and not all(lexicon.triggers[int(h.tag[1])].instrument_of for h in words):
            return False  # another event's word stands between (another weapon is coordinated: «با پهپاد و موشک»)
    return False


def read_relations(
    state: DocState, model: ArgumentModel | None = None, pair_model: PairModel | None = None
) -> list[Candidate]:
    """Every relation candidate of the document, sentence by sentence; with a ``model``, the learned binder
    reads the triggers the frame rules found no arguments for, and with a ``pair_model`` the pair reader adds
    what pairs of mentions say beyond them."""
    if state.resources.lexicon is None:
        return []
    by_sentence = mentions_by_sentence(state)
    if not state.of_kind("trigger"):
        return read_pairs(state, pair_model, [], [], by_sentence) if pair_model is not None else []
    reader = FrameReader(state)
    triggers = usable_triggers(state)
    reader.use_triggers(triggers)
    out: list[Candidate] = []
    lexicon = state.resources.lexicon

    def order(hit: Hit) -> int:
        entry = lexicon.triggers[int(hit.tag[1])]
        return 0 if entry.controls else 2 if entry.object_from_event else 1

    anaphoric = {state.sentence_of[h.start] for h in state.of_kind("demonstrative")}
    anaphoric |= {
        state.sentence_of[t.start]
        for t, following in pairwise(triggers)
        if lexicon.triggers[int(t.tag[1])].object_from_event and is_verb_object_event(state, t, following)
    }
    two_actors: dict[int, bool] = {}  # by sentence, as the triggers ask
    for trigger in sorted(triggers, key=order):
        sentence = state.sentence_of[trigger.start]
        entry = lexicon.triggers[int(trigger.tag[1])]
        if sentence not in two_actors:
            two_actors[sentence] = _two_actors(by_sentence.get(sentence, ()))
        if not two_actors[sentence] and not (
            (relations()[entry.relation].symmetric and sentence in reader.event_sentences)
            or (entry.object_from_event and sentence in anaphoric)
        ):
            continue  # no two actors to relate (the parties of "this visit", the agent of "this attack" aside)
        out.extend(reader.read(trigger, sentence, reader.arguments(sentence, by_sentence.get(sentence, []))))
    if model is not None:
        out.extend(bind_unread(state, model, bindable(state, triggers, by_sentence), out, by_sentence))
    if pair_model is not None:
        out.extend(read_pairs(state, pair_model, triggers, out, by_sentence))
    # Two trigger entries on the same words (the verb and the noun "veto") read the same relation once.
    unique: dict[tuple[str, str, str, int], Candidate] = {}
    for candidate in out:
        key = (candidate.relation, candidate.subject.id, candidate.object.id, candidate.trigger_start)
        if key not in unique or candidate.confidence > unique[key].confidence:
            unique[key] = candidate
    return list(unique.values())


def bindable(state: DocState, triggers: list[Hit], by_sentence: dict[int, list[ActorMention]]) -> list[Hit]:
    """The triggers the learned binder may read: in sentences with two actors, and neither a verb that takes
    its object from the event it governs ("condemned the attack on Syria") nor that event, whose agent the rules
    rightly leave unnamed when the text does not name it."""
    lexicon = state.resources.lexicon
    assert lexicon is not None
    governing: set[int] = set()
    for trigger, following in pairwise(triggers):
        if lexicon.triggers[int(trigger.tag[1])].object_from_event and is_verb_object_event(state, trigger, following):
            governing.update((trigger.start, following.start))
    two_actors = {s: _two_actors(mentions) for s, mentions in by_sentence.items()}
    return [t for t in triggers if two_actors.get(state.sentence_of[t.start]) and t.start not in governing]


_PRECEDED_WITHIN = 3  # words before a trigger its entry's ``unless_preceded_by`` looks at ("evading US sanctions")
_FOLLOWED_WITHIN = 4  # words after a trigger its entry's ``only_followed_by`` looks at ("deepen its military ties")


class _WordContext:
    """The words the cancelling conditions compare (lower-cased; the tokens are already normalized), and the
    words of each clause, gathered once per document (several triggers of one clause ask for them)."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self._clauses: dict[tuple[int, int | None], frozenset[str]] = {}

    def word(self, i: int) -> str:
        return self.state.words[i].lower()

    def clause_words(self, at: int) -> frozenset[str]:
        """The words of the clause of token ``at`` (of its sentence, when clauses are not marked)."""
        state = self.state
        sentence = state.sentence_of[at]
        clause = state.clause_of[at] if state.clause_of else None
        words = self._clauses.get((sentence, clause))
        if words is None:
            first, end = state.sentences[sentence]
            words = self._clauses[sentence, clause] = frozenset(
                self.word(i) for i in range(first, end) if clause is None or state.clause_of[i] == clause
            )
        return words


def _cancelled(state: DocState, trigger: Hit, context: _WordContext) -> bool:
    """ "وقع قصف" (shelling occurred): the entry lists words right after which it does not count, and words
    shortly before which ("circumventing sanctions"); words one of which must follow shortly ("deepen its
    ties"); "targeted X in new sanctions": words whose presence (or absence) in the clause decides whether it
    counts."""
    index = int(trigger.tag[1])
    res = state.resources
    cancel = res.cancelled_before[index]
    if cancel and trigger.end < len(state.words) and context.word(trigger.end) in cancel:
        return True
    cancel = res.cancelled_after[index]
    if cancel:
        first = state.sentences[state.sentence_of[trigger.start]][0]
        if any(context.word(i) in cancel for i in range(max(first, trigger.start - _PRECEDED_WITHIN), trigger.start)):
            return True
    required = res.required_after[index]
    if required:
        end = state.sentences[state.sentence_of[trigger.start]][1]
        if not any(context.word(i) in required for i in range(trigger.end, min(end, trigger.end + _FOLLOWED_WITHIN))):
            return True
    requires, forbids = res.clause_requires[index], res.clause_forbids[index]
    if not requires and not forbids:
        return False
    present = context.clause_words(trigger.start)
    return bool(requires and not requires & present) or bool(forbids & present)


def _two_actors(mentions: Iterable[ActorMention]) -> bool:
    """Whether ``mentions`` name at least two different actors."""
    first: str | None = None
    for mention in mentions:
        for actor in mention.actors:
            if first is None:
                first = actor.id
            elif actor.id != first:
                return True
    return False


def _longest(hits: list[Hit], covered: set[int]) -> list[Hit]:
    """Trigger hits, longest first where they overlap, none inside an actor's name."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    spans: set[tuple[int, int]] = set()
    for hit in sorted(hits, key=_longest_first):
        span = range(hit.start, hit.end)
        if not covered.isdisjoint(span):
            continue
        if not taken.isdisjoint(span) and (hit.start, hit.end) not in spans:
            continue
        chosen.append(hit)
        spans.add((hit.start, hit.end))
        taken.update(span)
    return sorted(chosen, key=_start)


def _longest_first(hit: Hit) -> tuple[int, int]:
    return hit.start - hit.end, hit.start


def _start(hit: Hit) -> int:
    return hit.start


def _verb_or_noun(state: DocState, triggers: list[Hit]) -> list[Hit]:
    """English "attacks", "visits", "sanctions" are verbs or nouns: a determiner, possessive or preposition
    before the word, or the noun's own object preposition after it, makes it a noun; anything else a verb."""
    lexicon = state.resources.lexicon
    assert lexicon is not None
    by_span: dict[tuple[int, int], list[Hit]] = {}
    for trigger in triggers:
        by_span.setdefault((trigger.start, trigger.end), []).append(trigger)
    out: list[Hit] = []
    for (start, _), hits in by_span.items():
        if len(hits) == 1:  # one reading only: nothing to decide but the article's veto below
            hit = hits[0]
            if not (
                hit.proclitic
                and lexicon.triggers[int(hit.tag[1])].verb
                and state.resources.proclitic_nominal(hit.proclitic)
            ):
                out.append(hit)
            continue
        # an article makes the word a noun whatever its entries say ("القصف" is the shelling, not "shelled")
        hits = [
            h
            for h in hits
            if not (lexicon.triggers[int(h.tag[1])].verb and state.resources.proclitic_nominal(h.proclitic))
        ]
        verbs = [h for h in hits if lexicon.triggers[int(h.tag[1])].verb]
        nouns = [h for h in hits if not lexicon.triggers[int(h.tag[1])].verb]
        if not verbs or not nouns:
            out.extend(hits)
            continue
        after = state.hit_starting(hits[0].end, "marker")
        noun_marks = {m for h in nouns for m in state.resources.object_marks[int(h.tag[1])]}
        # "the attacks", "Russia's attacks", "attacks on Ukraine" against "Russia attacks Ukraine"
        premodifier = state.hit_ending(start, "actor")
        before = state.hit_ending(start, "marker")
        infinitive = (before is not None and before.tag[1] in state.resources.infinitive_markers) or gerund(
            state, start
        )
        nominal = (
            any(state.hit_ending(start, kind) for kind in ("determiner", "poss"))
            or (before is not None and not infinitive)  # "to visit" is a verb, "on sanctions" a noun
            or (after is not None and after.tag[1] in noun_marks)
            # "came under US sanctions": an actor inside a prepositional phrase modifies a noun
            or (premodifier is not None and state.hit_ending(premodifier.start, "marker") is not None)
        )
        out.extend(nouns if nominal else verbs)
    return sorted(out, key=_start)


def _without_blocked_measures(state: DocState, triggers: list[Hit], measure_hits: list[Hit]) -> list[Hit]:
    """A measure that is vetoed or blocked in the same clause ("blocked new sanctions") did not happen, nor did
    what it would have said or done, named just after it ("vetoed a resolution condemning X", «قطعنامه ... در
    محکومیت X را وتو کرد»): the vetoer is not its agent, and it is no event."""
    lexicon = state.resources.lexicon
    assert lexicon is not None
    measures: dict[tuple[str, int], list[Hit]] = {}  # (entry, clause) -> measure hits
    for hit in measure_hits:
        measures.setdefault((hit.tag[1], state.clause_of[hit.start]), []).append(hit)
    blocked: set[int] = set()
    contents: list[tuple[int, int, tuple[str, ...]]] = []  # after a blocked measure: the span naming its content
    for trigger in triggers:
        index = trigger.tag[1]
        entry = lexicon.triggers[int(index)]
        if entry.measure:
            for measure in measures.get((index, state.clause_of[trigger.start]), ()):
                blocked.add(measure.start)
                end = min(measure.end + _MEASURE_CONTENT, state.sentences[state.sentence_of[measure.start]][1])
                end = trigger.start if measure.end <= trigger.start < end else end
                contents.append((measure.end, end, entry.measure_content))
    return [
        t
        for t in triggers
        if lexicon.triggers[int(t.tag[1])].measure
        or not _blocked(t.start, lexicon.triggers[int(t.tag[1])].relation, blocked, contents)
    ]


def _blocked(at: int, relation: str, blocked: set[int], contents: list[tuple[int, int, tuple[str, ...]]]) -> bool:
    """The measure word at ``at`` is blocked, or a trigger of ``relation`` there names a blocked measure's content."""
    return at in blocked or any(lo <= at < hi and relation in content for lo, hi, content in contents)


_MEASURE_CONTENT = 5  # words after a blocked measure that may name what it would have done ("that would have imposed")
