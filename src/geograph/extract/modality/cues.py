"""Modality: does the text assert the relation, report an allegation, deny, plan, speculate or negate it?

Cues are lexicon data. A denial anywhere in the sentence denies; when the sentence also names what is denied
("rejected the accusations") or reports the allegation ("accused X of Y, which X denies"), the allegation is
kept as a second assertion; a denial in a later clause or the next sentence that reads no event of its own
answers the allegation its actor was named in (``_answering_denials``). Negation counts in the trigger's
clause, and a negated negative predicate ("did not withhold support") asserts. A demand ("called for strikes on
X", "urged Y to sanction X") makes the event it asks for planned or speculative, and what it asks to stop ("a
halt to attacks") goes on. Otherwise the cue nearest the trigger in its clause decides, then an attribution
before the trigger in its sentence ("X claimed that ...").
"""

from __future__ import annotations

from bisect import bisect_left

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, Candidate, DocState, acting_state_id, said_key
from geograph.extract.modality.demands import demand_reaching, demanded_modality
from geograph.records import Modality

_GRADED: frozenset[str] = frozenset({"alleged", "planned", "speculative", "planned_time"})
_CUE_KINDS = ("cue", "neg_pred", "denial_object")


def _with(candidate: Candidate, modality: Modality, confidence: float | None = None) -> Candidate:
    """``candidate`` with another modality (and confidence); itself when nothing changes, which is the common
    case (the relation reader leaves every candidate asserted) and saves building a copy."""
    if modality == candidate.modality and confidence is None:
        return candidate
    if confidence is None:
        return candidate._replace(modality=modality)
    return candidate._replace(modality=modality, confidence=confidence)


def _before(hit: Hit, candidate: Candidate) -> bool:
    return hit.end <= candidate.trigger_start


def _inside(hit: Hit, other: Hit) -> bool:
    return other.start <= hit.start and hit.end <= other.end and other.end - other.start > hit.end - hit.start


def _trigger_between(trigger_starts: list[int], hit: Hit, candidate: Candidate) -> bool:
    """Whether another trigger starts between ``hit`` and the candidate's trigger."""
    lo, hi = (
        (hit.end, candidate.trigger_start) if hit.end <= candidate.trigger_start else (candidate.trigger_end, hit.start)
    )
    k = bisect_left(trigger_starts, lo)
    return k < len(trigger_starts) and trigger_starts[k] < hi


def _distance(hit: Hit, candidate: Candidate) -> int:
    if hit.end <= candidate.trigger_start:
        return candidate.trigger_start - hit.end
    return max(0, hit.start - candidate.trigger_end)


def assign_modality(state: DocState, candidates: list[Candidate]) -> list[Candidate]:
    if not candidates:
        return candidates
    by_sentence: dict[int, list[Hit]] = {}
    # within a sentence the order of the cues does not matter: every rule below asks whether any qualifies
    # (and the graded rule picks by precedence, which the cue's own tag decides)
    res = state.resources
    for kind in _CUE_KINDS:
        for hit in state.of_kind(kind):
            if hit.tag == ("cue", "negated") and (
                res.proclitic_marker(hit.proclitic) or res.proclitic_nominal(hit.proclitic)
            ):
                continue  # behind a preposition or the article a negating verb is a noun: "لفشل المجلس"
            by_sentence.setdefault(state.sentence_of[hit.start], []).append(hit)
    for sentence, hits in by_sentence.items():
        if len(hits) > 1:  # a cue inside a longer one is read as the longer ("said it would": planned, not "would")
            by_sentence[sentence] = [h for h in hits if not any(_inside(h, other) for other in hits)]
    lexicon = state.resources.lexicon
    assert lexicon is not None
    negation_before, negation_after = lexicon.negation_window
    out: list[Candidate] = []
    questions = state.resources.question_marks
    # a verb of taking part lets a negation through to the event it governs ("refused to join sanctions on X")
    trigger_starts = sorted(
        {h.start for h in state.of_kind("trigger") if not lexicon.triggers[int(h.tag[1])].takes_part}
    )
    demands: dict[int, list[Hit]] = {}
    for hit in state.of_kind("demand"):
        if res.proclitic_marker(hit.proclitic) or res.proclitic_nominal(hit.proclitic):
            continue  # behind a preposition or the article it is no verb: «وبحث» (discussed) is not «حث»
        demands.setdefault(state.sentence_of[hit.start], []).append(hit)
    cessations = state.of_kind("cessation")
    relations_at: dict[int, set[str]] = {}  # the relations of the triggers at each token, for the demands
    # the mentions of each sentence with a demand, read once (not once per candidate a demand reaches)
    demanders: dict[int, list[ActorMention]] = {}
    if demands:
        for hit in state.of_kind("trigger"):
            relations_at.setdefault(hit.start, set()).add(lexicon.triggers[int(hit.tag[1])].relation)
        for mention in state.mentions:
            sentence = state.sentence_of[mention.start]
            if sentence in demands:
                demanders.setdefault(sentence, []).append(mention)
    trigger_positions = sorted(relations_at)
    for candidate in candidates:
        entry = lexicon.triggers[candidate.entry]
        question = questions and state.words[state.sentences[candidate.sentence][1] - 1] in questions
        if question and not _presupposes(state, candidate.sentence):
            out.append(_with(candidate, "speculative"))  # "Will Iran attack Israel?": a question asserts nothing
            continue
        default: Modality = "asserted"
        stopping = False
        # an order's own content ("demanded the departure of X's troops") is the act itself: modal_content
        if candidate.sentence in demands and not entry.modal_content:
            demand = demand_reaching(state, candidate, demands[candidate.sentence], trigger_positions, relations_at)
            # "called for a halt to attacks on X": the halt is the demand's content; the attacks go on
            stopping = demand is not None and any(
                demand.end <= h.start and h.end <= candidate.trigger_start for h in cessations
            )
            if demand is not None and not stopping:
                demanded = demanded_modality(state, candidate, demand, demanders.get(candidate.sentence, []))
                if demanded is None:
                    continue
                if demanded == "speculative":
                    out.append(_with(candidate, demanded))
                    continue
                default = demanded  # a demander's own act is planned, unless a stronger cue qualifies it
        cues = by_sentence.get(candidate.sentence)
        if cues is None:  # nothing in the sentence qualifies the trigger but its own form
            out.append(_with(candidate, _own_modality(state, candidate, entry.verb) or default))
            continue
        # A cue inside the trigger ("accused" of accuses) qualifies nothing but itself.
        hits = [h for h in cues if h.end <= candidate.trigger_start or h.start >= candidate.trigger_end]
        clause = state.clause_of[candidate.trigger_start]
        if entry.speech_act:
            # An accusation is a speech act: a denial or attribution in its sentence answers what was said,
            # and the saying itself stands (only its own negation counts).
            hits = [h for h in hits if h.tag != ("cue", "denied") and h.tag != ("cue", "alleged")]
        in_clause = [h for h in hits if state.clause_of[h.start] == clause]
        # A denial reaches the events of its own clause and of the clauses it introduces (before the trigger),
        # not a later clause ("X supports Y, but officials denied Z").
        denials = [
            h
            for h in hits
            if h.tag == ("cue", "denied") and (state.clause_of[h.start] == clause or h.end <= candidate.trigger_start)
        ]
        if denials:
            out.append(_with(candidate, "denied"))
            # "denied the accusations", "accused X of Y, which X denies": the allegation stands beside the denial
            if any(h.tag[0] == "denial_object" or h.tag == ("cue", "alleged") for h in hits):
                out.append(_with(candidate, "alleged", round(candidate.confidence * 0.9, 2)))
            continue
        near = [
            h
            for h in in_clause
            if _distance(h, candidate) <= (negation_before if _before(h, candidate) else negation_after)
            and not (stopping and h.tag[0] == "neg_pred" and _before(h, candidate))
        ]
        # "did not condemn Russia's attack", "حمله روسیه را محکوم نکرد": a negation reaches the nearest
        # trigger only, not the event that trigger governs beyond it
        negated = any(h.tag == ("cue", "negated") and not _trigger_between(trigger_starts, h, candidate) for h in near)
        # "threatened to cut off gas": a negative predicate the trigger governs through an infinitive is the
        # content of the threat or pledge, not a cancellation of it
        negative_predicate = any(
            h.tag[0] == "neg_pred" and (_before(h, candidate) or not _infinitive_between(state, candidate, h))
            for h in near
        )
        if negated != negative_predicate:
            out.append(_with(candidate, "negated"))
            continue
        # "will continue to stand with X", "the first to sever ties": what goes on or was done is no plan
        ongoing = any(
            h.tag == ("cue", "asserting") and 0 <= candidate.trigger_start - h.end <= _ASSERTING_REACH
            for h in in_clause
        )
        inflected = _own_modality(state, candidate, entry.verb)
        if inflected is not None and not (ongoing and inflected == "planned"):
            out.append(_with(candidate, inflected))
            continue
        graded = [
            h
            for h in in_clause
            if not (entry.modal_content or entry.done)
            and h.tag[0] == "cue"
            and h.tag[1] in _GRADED
            and not (ongoing and h.tag[1] in ("planned", "planned_time"))
            # a time to come reaches the whole clause: "يزور تونس خلال الأيام المقبلة", "visits Cuba next week"
            and (_before(h, candidate) or _distance(h, candidate) <= lexicon.graded_after or h.tag[1] == "planned_time")
            and (h.tag[1] == "planned_time" or not _inside_phrase_far(state, h, candidate))
        ]
        modality: Modality = default
        if graded:
            # uncertainty outranks attribution, which outranks intention ("analysts fear X may plan to ...")
            modality = _as_modality(min(graded, key=lambda h: (_PRECEDENCE[h.tag[1]], _distance(h, candidate))).tag[1])
        elif any(h.tag == ("cue", "alleged") and h.end <= candidate.trigger_start for h in hits):
            # an attribution qualifies what it introduces, not an event reported before it ("X closed the
            # border, accusing Y of ...", "... backing Taiwan, which Beijing has accused of ...")
            modality = "alleged"
        out.append(_with(candidate, modality))
    return _one_reading_each(_without_unqualified_twins(_answering_denials(state, out)))


_QUESTION_OPENING = 5  # words a question word may stand after ("Analysis: Why has ...", a scraped date)


def _presupposes(state: DocState, sentence: int) -> bool:
    """ "Why has X severed ties with Y?" asks about a fact it takes as given."""
    start, end = state.sentences[sentence]
    opening = state.words[start : min(end, start + _QUESTION_OPENING)]
    return any(word.lower() in state.resources.presupposing_questions for word in opening)  # tokens are normalized


def _infinitive_between(state: DocState, candidate: Candidate, cue: Hit) -> bool:
    markers = state.resources.infinitive_markers
    return any(
        h.tag[0] == "marker" and h.tag[1] in markers
        for k in range(candidate.trigger_end, cue.start)
        for h in state.starting_at(k)
    )


def _event_key(candidate: Candidate) -> tuple[int, str, str, str]:
    return said_key(candidate.sentence, candidate.relation, candidate.subject.id, candidate.object.id)


def _without_unqualified_twins(candidates: list[Candidate]) -> list[Candidate]:
    """Two triggers of one event in one sentence read its triple twice ("توافقی امضا نکردند": the deal and
    its negated signing). When one reading is negated or denied, an asserted twin is the same event without
    the qualifier its other trigger carries, and is dropped (an allegation beside a denial stays)."""
    qualified = {_event_key(c) for c in candidates if c.modality in ("negated", "denied")}
    if not qualified:
        return candidates
    return [c for c in candidates if c.modality != "asserted" or _event_key(c) not in qualified]


def _one_reading_each(candidates: list[Candidate]) -> list[Candidate]:
    """One sentence stating one event twice ("signed a deal", «قرارداد ... امضا کردند»: both words are triggers)
    says it once: of the readings with one triple, modality and body, the most confident stays (the first of
    equals), in text order."""
    kept: dict[tuple[int, str, str, str, str, str | None], int] = {}
    keys = [(*_event_key(c), c.modality, c.via.id if c.via is not None else None) for c in candidates]
    for n, key in enumerate(keys):
        if key not in kept or candidates[n].confidence > candidates[kept[key]].confidence:
            kept[key] = n
    return [c for n, c in enumerate(candidates) if kept[keys[n]] == n]


def _answering_denials(state: DocState, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the denied twin of each event its agent denies in a later clause or the next
    sentence, where the denial reads no event of its own ("X accused Iran of arming the Houthis, which Tehran
    denies", "... . Iran has rejected the claims."). An allegation stands beside its denial; an event the text
    reported as fact and its agent denies as a claim ("rejected the reports") is an allegation too."""
    denials = [h for h in state.of_kind("cue") if h.tag == ("cue", "denied")]
    if not denials:
        return candidates
    lexicon = state.resources.lexicon
    assert lexicon is not None
    read_clauses = {state.clause_of[c.trigger_start] for c in candidates}
    objects = {(state.sentence_of[h.start], state.clause_of[h.start]) for h in state.of_kind("denial_object")}
    denied = {_event_key(c) for c in candidates if c.modality == "denied"}
    out = list(candidates)
    twins: list[Candidate] = []
    for hit in denials:
        clause, sentence = state.clause_of[hit.start], state.sentence_of[hit.start]
        if clause in read_clauses:
            continue  # the denial qualifies the event of its own clause (``assign_modality``)
        # who denies: the first actor named in the denial's clause ("Pakistan refuted India's version")
        in_sentence = (m for m in state.mentions if state.sentence_of[m.start] == sentence)
        first = next((m for m in in_sentence if state.clause_of[m.start] == clause), None)
        if first is None:
            continue
        deniers = {st for a in first.actors for st in (a.id, acting_state_id(a))}
        claims = (sentence, clause) in objects
        for n, c in enumerate(out):
            earlier = c.sentence == sentence - 1 or (c.sentence == sentence and c.trigger_end <= hit.start)
            if (
                not earlier
                or not (c.modality == "alleged" or (claims and c.modality == "asserted"))
                or lexicon.triggers[c.entry].speech_act
                or not ({c.subject.id, acting_state_id(c.subject)} & deniers)
            ):
                continue
            key = said_key(sentence, c.relation, c.subject.id, c.object.id)
            if key in denied:
                continue
            denied.add(key)
            out[n] = _with(c, "alleged")
            start, end = state.sentences[sentence]
            twins.append(c._replace(sentence=sentence, span_start=start, span_end=end, modality="denied"))
    return out + twins


_PRECEDENCE = {"speculative": 0, "alleged": 1, "planned": 2, "planned_time": 2}
_PHRASE_REACH = 6
_ASSERTING_REACH = 2  # words between "will continue to" and its trigger ("continue to firmly support")


def _inside_phrase_far(state: DocState, cue: Hit, candidate: Candidate) -> bool:
    """A cue inside a prepositional phrase ("به اتهام ارسال پهپاد", "on charges of") qualifies the events
    within a few words of it, not the clause's main verb further on."""
    marker = state.hit_ending(cue.start, "marker")
    if marker is None or marker.tag[1] in state.resources.postpositions:
        return False
    return not (cue.end <= candidate.trigger_start <= cue.end + _PHRASE_REACH)


_GRADED_MODALITY: dict[str, Modality] = {
    "alleged": "alleged",
    "planned": "planned",
    "speculative": "speculative",
    "planned_time": "planned",
}


def _as_modality(name: str) -> Modality:
    return _GRADED_MODALITY[name]


def _own_modality(state: DocState, candidate: Candidate, verb: bool) -> Modality | None:
    """The modality the trigger's own form carries: its prefix, or the infinitive of a ``verb``."""
    inflected = _trigger_modality(state, candidate)
    if inflected is None and verb:
        infinitive = state.hit_ending(candidate.trigger_start, "marker")
        if infinitive is not None and infinitive.tag[1] in state.resources.infinitive_markers:
            return "planned"  # "agreed to cooperate", "is to visit"
    return inflected


def _trigger_modality(state: DocState, candidate: Candidate) -> Modality | None:
    """The modality a trigger's own prefix carries (Arabic future س in "سيزور")."""
    for hit in state.starting_at(candidate.trigger_start):
        if hit.tag[0] == "trigger" and hit.end == candidate.trigger_end and hit.proclitic:
            return state.resources.proclitic_modality(hit.proclitic)
    return None
