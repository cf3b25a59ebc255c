"""Relation candidates from the subject and object slots a trigger's frame filled.

Each subject actor with each object actor; for a symmetric relation missing a side, the members of one
coordinated group with each other ("X and Y met", "between X and Y"), or failing that the parties of the
visit or talks just reported ("during this visit"). Candidates are also what later triggers look back on,
so this records the subjects of each relation read ("this attack") and the last encounter. Apart from
``frames`` so that the frame rules read in one sitting; ``FrameReader`` inherits it.
"""

from __future__ import annotations

from geograph.extract.actors.matching import Hit
from geograph.extract.document import Candidate, Group, acting_state_id
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.relations.arguments import ArgumentReader
from geograph.extract.relations.slots import MARKED_WINDOW, ReportedSubjects, Slot
from geograph.records import Actor
from geograph.vocabulary import relations


class FrameCandidates(ArgumentReader):
    """The candidates of ``FrameReader`` (see the module), over the document state it keeps."""

    # set up by FrameReader (see there)
    last_encounter: tuple[Actor, Actor] | None
    event_sentences: set[int]
    event_subjects: dict[int, dict[int, tuple[Actor, ...]]]
    reported: ReportedSubjects

    def _emit(
        self,
        entry: TriggerEntry,
        index: int,
        trigger: Hit,
        sentence: int,
        subject: Slot,
        obj: Slot,
        local: list[Group],
    ) -> list[Candidate]:
        relation = relations()[entry.relation]
        # a reciprocal entry pairs its parties as a symmetric relation does, then reads both directions
        pairing = relation.symmetric or entry.reciprocal
        if pairing and obj.how == "loose" and len(subject.actors) > 1:
            obj.group = None  # "X and Y may sign a deal with the mediation of Z": X with Y, not with Z
        pairs: list[tuple[Actor, Actor]] = []
        confidence = entry.confidence
        if entry.reciprocal and obj.how not in ("marked", "direct", ""):
            obj.group = None  # the other party is named "with" it, never by a genitive or a passive agent
        if subject.group is not None and obj.group is not None:
            pairs = [(s, o) for s in subject.actors for o in obj.actors]
            if "clause" in (subject.how, obj.how) or "patient" in (subject.how, obj.how):
                confidence -= 0.1
        elif entry.reciprocal:
            # "clashes between X and Y", "X and Y exchanged fire", "X and Y reported clashes"; not when another
            # actor stands between ("X and Y urged the two countries to avoid clashes": the parties are those)
            pair_group = self._pair_group(trigger, local)
            members = pair_group.actors if pair_group is not None else ()
            if (
                not members
                and not entry.pair_only
                and subject.group is not None
                and not self._actor_between(subject.group, trigger, local)
            ):
                members = subject.actors
            pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        elif pairing:
            # "X and Y met", "the alliance of the two nations" pair within; "met with X and Y" does not
            members = subject.actors if subject.group is not None else obj.actors if obj.how == "genitive" else ()
            pair_group = self._pair_group(trigger, local)
            if (
                pair_group is not None
                and subject.how == "clause"
                and self.marker_before(pair_group) in self.res.between_markers
                and not set(members) & set(pair_group.actors)
            ):
                # "X hosted talks between A and B": the parties are A and B; X hosts or reports them
                members = pair_group.actors
            elif pair_group is not None and subject.group is not None and len(members) == 1:
                # "X ... a coalition of countries such as A, B and C": X with each of them
                pairs = [(members[0], m) for m in pair_group.actors]
            elif len(members) < 2 and pair_group is not None:
                members = pair_group.actors
            if pairs:
                pass
            elif len(members) >= 2:
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
            elif relation.symmetric and self.last_encounter is not None and self._mentions_event(sentence):
                pairs = [self.last_encounter]
                confidence -= 0.2
        out: list[Candidate] = []
        if not pairs:
            return out
        if entry.reciprocal:
            pairs += [(o, s) for s, o in pairs]
        seen: set[tuple[str, str]] = set()
        via = self.via(local) if entry.relation == "vetoes" else None
        spans = [trigger.start, trigger.end]
        for slot in (subject, obj):
            if slot.group is not None:
                spans.extend((slot.group.start, slot.group.end))
        span_start, span_end = min(spans), max(spans)
        confidence = round(max(0.1, min(1.0, confidence)), 2)
        for s, o in pairs:
            if acting_state_id(s) == acting_state_id(o):
                continue
            if not entry.takes_object(o.type, o.id):
                continue
            key = (s.id, o.id)
            if relation.symmetric:
                key = (min(s.id, o.id), max(s.id, o.id))
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Candidate(
                    entry.relation,
                    s,
                    o,
                    index,
                    trigger.start,
                    trigger.end,
                    sentence,
                    span_start,
                    span_end,
                    confidence,
                    via,
                )
            )
        if pairing and out:
            # "condemned the drills between X and Y": both parties of a symmetric event are its agents
            parties = tuple(dict.fromkeys(a for c in out for a in (c.subject, c.object)))
            self.reported.add(trigger.start, entry.relation, parties)
            self.event_subjects.setdefault(sentence, {}).setdefault(trigger.start, parties)
        elif len(out) == 1:
            self.reported.add(trigger.start, entry.relation, (out[0].subject,))
        elif out:
            self.reported.add(trigger.start, entry.relation, tuple(dict.fromkeys(c.subject for c in out)))
        if entry.relation in ("visits", "meets") and out:
            self.last_encounter = (out[0].subject, out[0].object)
        return out

    def via(self, local: list[Group]) -> Actor | None:
        for group in local:
            for actor in group.actors:
                if actor.type == "organization":
                    target = self.res.via_defaults.get(actor.id)
                    if target and target in self.res.gazetteer.entries:
                        return self.res.gazetteer.actor(target, actor.text, self.s.published)
                    return actor
        return None

    def _pair_group(self, trigger: Hit, local: list[Group]) -> Group | None:
        """The pair of a symmetric event: "between X and Y" after the trigger, or the compound "X-Y" right
        before it ("the Israel-Hamas war")."""
        for group in local:
            near = group.start >= trigger.end and group.start - trigger.end <= MARKED_WINDOW
            if near and self.marker_before(group) in self.res.pair_markers and len(group.actors) > 1:
                return group
            if group.end == trigger.start and len(group.mentions) == 2 and self._compound(group):
                return group
        return None

    def _compound(self, group: Group) -> bool:
        first, second = group.mentions
        joiners = self.lex.compound_pair_joiners
        return bool(joiners) and " ".join(self.s.words[first.end : second.start]) in joiners

    @staticmethod
    def _actor_between(group: Group, trigger: Hit, local: list[Group]) -> bool:
        return any(group.end <= other.start and other.end <= trigger.start for other in local if other is not group)

    def _mentions_event(self, sentence: int) -> bool:
        return sentence in self.event_sentences
