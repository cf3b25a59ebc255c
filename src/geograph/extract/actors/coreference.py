"""References to the actors last named ("this country", "the two countries", "the group", "the bloc", "the
kingdom", "his country", "He met Lavrov"), and a speaker's pronoun ("Iran says it has not ...").

Coreference phrases are lexicon data (``coref1``, ``coref2``, ``corefp``, ``corefg``, ``corefo``, ``corefs``,
``corefh`` hits) or a state's references in the gazetteer (``corefr``: "the kingdom"); each resolves to the
actors named before it in the text, after role titles have made their mentions (``roles``). «کشورمان» (our
country, ``corefu``) in an agency's own voice is the state its outlet publishes from (``outlets``).
"""

from __future__ import annotations

from bisect import bisect_left

from geograph.extract.actors.matching import Hit
from geograph.extract.actors.roles import acting_states
from geograph.extract.document import ActorMention, DocState
from geograph.records import Actor

_COREF_KINDS_ORDER = ("coref1", "coref2", "corefp", "corefg", "corefo", "corefr", "corefs", "corefh", "corefu")
_PERSON_REACH = 2  # sentences back a pronoun or "his country" looks for the person named last
_COREF_KINDS = frozenset(_COREF_KINDS_ORDER)


def _coreference_hits(state: DocState) -> list[Hit]:
    """The hits of the coreference kinds, in hit order: the text order of two kinds on the same words decides
    which is tried first, so where several kinds occur they are taken from the hits themselves."""
    present = [kind for kind in _COREF_KINDS_ORDER if state.of_kind(kind)]
    if not present:
        return []
    if len(present) == 1:
        return list(state.of_kind(present[0]))
    return [h for h in state.hits if h.tag[0] in _COREF_KINDS]


def resolve_coreference(state: DocState) -> list[ActorMention]:
    """Mentions for "this country" (the state last named), "the two countries" (the two most named), "the group"
    (the armed group or group last named), "the bloc" (the international body named last), "his country" (the
    state of the person named last) and a pronoun opening a sentence ("He met Lavrov": that person); "these
    countries" resolves to nothing. One pass in text order."""
    refs = _coreference_hits(state)
    if refs:
        covered = {i for m in state.mentions for i in range(m.start, m.end)}
        refs = [h for h in refs if h.start not in covered]
    refs.sort(key=lambda h: (h.start, -h.end, h.tag[0] != "corefp"))
    out = list(state.mentions)
    recent: dict[str, Actor] = {}  # distinct states by id, most recent last (a list would be walked per mention)
    counts: dict[str, int] = {}  # how often each state was named so far
    last_group: Actor | None = None
    last_organization: Actor | None = None  # "the bloc": the international body named last
    last_person: tuple[Actor, int] | None = None  # the person named last, and the sentence naming them
    position = 0
    taken_until = 0
    for ref in refs:
        if ref.start < taken_until:
            continue
        while position < len(state.mentions) and state.mentions[position].end <= ref.start:
            for actor in state.mentions[position].actors:
                if actor.type in ("armed_group", "group"):
                    last_group = actor
                elif actor.type == "organization":
                    last_organization = actor
                if actor.type == "person":
                    last_person = (actor, state.sentence_of[state.mentions[position].start])
                for st in acting_states(actor):
                    recent.pop(st.id, None)
                    recent[st.id] = st
                    counts[st.id] = counts.get(st.id, 0) + 1
            position += 1
        kind = ref.tag[0]
        actors: tuple[Actor, ...] = ()
        sentence = state.sentence_of[ref.start]
        person, person_sentence = last_person if last_person is not None else (None, sentence)
        if sentence - person_sentence > _PERSON_REACH:
            person = None
        if kind == "corefs":
            # "his country", "بلاده": the country of the person named last, else the state named last
            acting = acting_states(person) if person is not None else ()
            if acting:
                actors = acting[:1]
            elif recent:
                actors = (next(reversed(recent.values())),)
        elif kind == "corefh":
            # "He met Lavrov": a pronoun opening its sentence is the person named last, a sentence or two back
            if person is not None and ref.start == state.sentences[sentence][0] and person_sentence < sentence:
                actors = (person,)
        elif kind == "corefu" and state.outlet is not None and state.outlet in state.resources.gazetteer.entries:
            # «کشورمان» in an agency's own voice: the state its outlet publishes from (unknown: nothing)
            text = " ".join(state.words[ref.start : ref.end])
            actors = (state.resources.gazetteer.actor(state.outlet, text, state.published),)
        elif kind == "corefg" and last_group is not None:
            actors = (last_group,)
        elif kind == "corefo" and last_organization is not None:
            actors = (last_organization,)
        elif kind == "corefr":
            # "the kingdom": the last state named that the description stands for (one phrase may stand for
            # several states; each is a hit of its own on the same words)
            described = {h.tag[1] for h in state.starting_at(ref.start) if h.tag[0] == "corefr" and h.end == ref.end}
            last = next((st for st in reversed(recent.values()) if st.id in described), None)
            actors = (last,) if last is not None else ()
        elif kind == "coref1" and recent:
            actors = (next(reversed(recent.values())),)
        elif kind == "coref2" and len(recent) >= 2:
            # "the two countries": the two states the article is about so far (most named, then most recent),
            # not the last two named in passing ("الأوضاع في ليبيا والسودان")
            rank = {st_id: n for n, st_id in enumerate(recent)}
            top = sorted(recent.values(), key=lambda st: (counts[st.id], rank[st.id]), reverse=True)[:2]
            actors = tuple(sorted(top, key=lambda st: rank[st.id]))
        if kind == "corefp" or actors:
            taken_until = ref.end
        if actors:
            out.append(ActorMention(ref.start, ref.end, actors, "coref"))
    return sorted(out, key=lambda m: m.start)


_SPEAKER_GAP = 6  # tokens between the speaker's name and the reporting verb ("Iran's foreign ministry on Monday")


_REPORT_GAP = 4  # words between a reporting verb and "that" ("said on Monday that", "said in a statement that")


def _reporting_verb_before(state: DocState, at: int, covered: set[int], after_that: bool) -> Hit | None:
    """The reporting verb ending at token ``at``, or, before "that", ending a few words earlier with no actor
    named in between (a time or a channel: "said on Monday that it")."""
    verb = state.hit_ending(at, "reporting")
    if verb is not None or not after_that:
        return verb
    sentence = state.sentence_of[at]
    for end in range(at - 1, max(at - _REPORT_GAP, 0) - 1, -1):
        if end in covered or state.sentence_of[end] != sentence:
            return None
        verb = state.hit_ending(end, "reporting")
        if verb is not None:
            return verb
    return None


def resolve_speaker_pronouns(state: DocState) -> list[ActorMention]:
    """A pronoun right after a reporting verb (or after "said that") is who spoke: the actor named last before
    the verb in its sentence, at most a few words before it ("Iran says it has not supplied drones")."""
    pronouns = state.of_kind("pronoun")
    if not pronouns or not state.mentions:
        return state.mentions
    covered = {i for m in state.mentions for i in range(m.start, m.end)}
    by_end = sorted(state.mentions, key=lambda m: m.end)
    ends = [m.end for m in by_end]
    out = list(state.mentions)
    for pronoun in pronouns:
        if pronoun.start in covered:
            continue
        at = pronoun.start
        complementizer = state.hit_ending(at, "complementizer")
        if complementizer is not None:
            at = complementizer.start
        verb = _reporting_verb_before(state, at, covered, complementizer is not None)
        if verb is None:
            continue
        k = bisect_left(ends, verb.start + 1) - 1  # the mention ending last at or before the verb
        if k < 0:
            continue
        speaker = by_end[k]
        same_sentence = state.sentence_of[speaker.start] == state.sentence_of[pronoun.start]
        if same_sentence and verb.start - speaker.end <= _SPEAKER_GAP:
            out.append(ActorMention(pronoun.start, pronoun.end, speaker.actors, "coref"))
    return sorted(out, key=lambda m: m.start)
