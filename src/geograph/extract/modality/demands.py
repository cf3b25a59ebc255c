"""Demanded events: a demand ("called for strikes on X", «خواستار تحریم X شد», «حث Y على فرض عقوبات») asks for an
event that has not happened. Which event a demand reaches, and the modality it gives it (lexicon ``demands``,
``appeals``; ``cessations`` are read in :mod:`geograph.extract.modality.cues`).
"""

from __future__ import annotations

from bisect import bisect_left

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, Candidate, DocState, acting_state_id
from geograph.records import Modality

_DEMAND_REACH = 8  # words from a demand to the event it asks for ("urged Western allies and partners to supply")
# A call to visit or meet is an invitation, and an invited visit is planned, whoever makes it
_INVITED = frozenset({"visits", "meets"})


def demand_reaching(
    state: DocState,
    candidate: Candidate,
    hits: list[Hit],
    trigger_starts: list[int],
    relations_at: dict[int, set[str]],
) -> Hit | None:
    """The demand that asks for the candidate's event: "called for strikes on X", "urged Y to sanction X",
    «خواستار تحریم X شد», «حث Y على فرض عقوبات». It reaches the first trigger after it within its clause or the
    clauses it opens ("demanded that Germany deliver"), the triggers that name that event again ("to impose
    sanctions", "sanctions and an arms embargo") and those coordinated with it; not another event the first
    one governs ("to sanction Iran for supplying drones"), nor a clause it interrupts ("Iran, which called
    for restraint, attacked")."""
    for hit in hits:
        if hit.end > candidate.trigger_start or candidate.trigger_start - hit.end > _DEMAND_REACH:
            continue
        if state.clause_of[candidate.trigger_start] < state.clause_of[hit.start]:
            continue
        k = bisect_left(trigger_starts, hit.end)
        first = trigger_starts[k] if k < len(trigger_starts) else candidate.trigger_start
        if (
            first >= candidate.trigger_start
            or candidate.relation in relations_at[first]
            or _coordinated(state, first, candidate.trigger_start)
        ):
            return hit
    return None


def _coordinated(state: DocState, earlier: int, trigger_start: int) -> bool:
    """Whether a conjunction stands between the trigger at ``earlier`` and the one at ``trigger_start``."""
    res = state.resources
    for k in range(earlier + 1, trigger_start + 1):
        for hit in state.starting_at(k):
            if hit.tag[0] == "conj" and k < trigger_start:
                return True
            if hit.tag[0] == "trigger" and k == trigger_start and res.proclitic_conjunction(hit.proclitic):
                return True  # Arabic "وعقوبات"
    return False


def demanded_modality(
    state: DocState, candidate: Candidate, demand: Hit, mentions: list[ActorMention]
) -> Modality | None:
    """A demanded event has not happened. The one the demander would carry out itself is planned ("Netanyahu
    called for strikes on Iran"); one asked of another is speculative ("urged the EU to sanction Iran"; the
    annotation conventions), except an invitation to visit or meet, which plans it. An appeal is addressed to
    another, so a reading with the appellant as the actor is a misreading: None drops it."""
    clause = state.clause_of[demand.start]
    demander = next(
        (m for m in mentions if state.clause_of[m.start] == clause and m.start < candidate.trigger_start), None
    )
    sides = {side for a in demander.actors for side in (a.id, acting_state_id(a))} if demander else set()
    own = bool({candidate.subject.id, acting_state_id(candidate.subject)} & sides)
    if own and demand.tag[1] == "appeal":
        return None
    if candidate.relation in _INVITED:
        return "planned"
    return "planned" if own else "speculative"
