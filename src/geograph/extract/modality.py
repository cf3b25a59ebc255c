"""Modality: does the text assert the relation, report an allegation, deny, plan, speculate or negate it?

Cues are lexicon data. A denial anywhere in the sentence denies; when the sentence also names what is denied
("rejected the accusations"), the allegation is kept as a second assertion. Negation counts in the trigger's
clause, and a negated negative predicate ("did not withhold support") asserts. Otherwise the cue nearest the
trigger in its clause decides, then an attribution anywhere in the sentence ("according to ...").
"""

from __future__ import annotations

from dataclasses import replace

from geograph.extract.document import Candidate, DocState
from geograph.extract.matching import Hit
from geograph.records import Modality

_GRADED: frozenset[str] = frozenset({"alleged", "planned", "speculative"})


def _before(hit: Hit, candidate: Candidate) -> bool:
    return hit.end <= candidate.trigger_start


def _distance(hit: Hit, candidate: Candidate) -> int:
    if hit.end <= candidate.trigger_start:
        return candidate.trigger_start - hit.end
    return max(0, hit.start - candidate.trigger_end)


def assign_modality(state: DocState, candidates: list[Candidate]) -> list[Candidate]:
    by_sentence: dict[int, list[Hit]] = {}
    for hit in state.hits:
        if hit.tag[0] in ("cue", "neg_pred", "denial_object"):
            by_sentence.setdefault(state.sentence_of[hit.start], []).append(hit)
    lexicon = state.resources.lexicon
    assert lexicon is not None
    negation_before, negation_after = lexicon.negation_window
    out: list[Candidate] = []
    for candidate in candidates:
        # A cue inside the trigger ("accused" of accuses) qualifies nothing but itself.
        hits = [
            h
            for h in by_sentence.get(candidate.sentence, [])
            if h.end <= candidate.trigger_start or h.start >= candidate.trigger_end
        ]
        clause = state.clause_of[candidate.trigger_start]
        in_clause = [h for h in hits if state.clause_of[h.start] == clause]
        if any(h.tag == ("cue", "denied") for h in hits):
            out.append(replace(candidate, modality="denied"))
            if any(h.tag[0] == "denial_object" for h in hits):
                out.append(replace(candidate, modality="alleged", confidence=round(candidate.confidence * 0.9, 2)))
            continue
        near = [
            h
            for h in in_clause
            if _distance(h, candidate) <= (negation_before if _before(h, candidate) else negation_after)
        ]
        negated = any(h.tag == ("cue", "negated") for h in near)
        negative_predicate = any(h.tag[0] == "neg_pred" for h in near)
        if negated != negative_predicate:
            out.append(replace(candidate, modality="negated"))
            continue
        inflected = _trigger_modality(state, candidate)
        infinitive = state.hit_ending(candidate.trigger_start, "marker")
        entry = lexicon.triggers[candidate.entry]
        if (
            inflected is None
            and entry.verb
            and infinitive is not None
            and infinitive.tag[1] in state.resources.infinitive_markers
        ):
            inflected = "planned"  # "agreed to cooperate", "is to visit"
        if inflected is not None:
            out.append(replace(candidate, modality=inflected))
            continue
        graded = [
            h
            for h in in_clause
            if h.tag[0] == "cue"
            and h.tag[1] in _GRADED
            and (_before(h, candidate) or _distance(h, candidate) <= lexicon.graded_after)
        ]
        modality: Modality = "asserted"
        if graded:
            nearest = min(graded, key=lambda h: _distance(h, candidate))
            modality = _as_modality(nearest.tag[1])
        elif any(h.tag == ("cue", "alleged") for h in hits):
            modality = "alleged"
        out.append(replace(candidate, modality=modality))
    return out


_GRADED_MODALITY: dict[str, Modality] = {"alleged": "alleged", "planned": "planned", "speculative": "speculative"}


def _as_modality(name: str) -> Modality:
    return _GRADED_MODALITY[name]


def _trigger_modality(state: DocState, candidate: Candidate) -> Modality | None:
    """The modality a trigger's own prefix carries (Arabic future س in "سيزور")."""
    for hit in state.starting[candidate.trigger_start]:
        if hit.tag[0] == "trigger" and hit.end == candidate.trigger_end and hit.proclitic:
            return state.resources.proclitic_modality(hit.proclitic)
    return None
