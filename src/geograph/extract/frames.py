"""Argument frames: who did what to whom, for each relation trigger of a sentence.

The rules are the same for every language; the lexicon says which words mark what. In order of trust:
an argument marked for this trigger (object prepositions such as "به"/"on"/"على", agents such as
"by"/"توسط"), a genitive or possessive of the trigger noun ("سفر پوتین", "Russia's invasion"), the object
postposition "را", a passive's grammatical subject, a verb's direct object, and last the nearest bare actor
before the trigger in its clause as subject. Symmetric relations also read "X and Y met", "between X and Y",
and "during this visit" (the parties of the visit or talks just reported).

A reader serves one document. The hits it asks about are indexed once per document (``hit_index``), and
each sentence's argument groups with their markers once per sentence (``arguments``), so that the rules of
every trigger are mostly dictionary look-ups.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from geograph.extract.arguments import ArgumentReader, Arguments
from geograph.extract.document import Candidate, DocState, Group
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.matching import Hit
from geograph.records import Actor
from geograph.vocabulary import relations

_MARKED_WINDOW = 8
_DIRECT_WINDOW = 6
_AGENT_WINDOW = 5
_POSTPOSED_WINDOW = 15
_DIRECT_STOPS = frozenset({"marker", "break", "relative", "sep", "end", "light"})
_DIRECT_STOPS_VSO = frozenset({"break", "relative", "sep", "end", "light"})
_VERB_PHRASE_ENDS = frozenset({"light", "conj"})
_CONTROL_ENDS = frozenset({"light", "conj", "break", "relative"})
_OBJECT_EVENT_GAP = frozenset({"determiner", "transparent"})


@dataclass(slots=True)
class _Slot:
    group: Group | None = None
    how: str = ""
    actors: tuple[Actor, ...] = ()

    def set(self, group: Group, how: str, actors: tuple[Actor, ...] | None = None) -> None:
        self.group, self.how, self.actors = group, how, actors if actors is not None else group.actors


def _last_ending_at(groups: list[Group], end: int) -> Group | None:
    """The last of ``groups`` that ends at token ``end``."""
    for group in reversed(groups):
        if group.end == end:
            return group
    return None


def _state_id(actor: Actor) -> str:
    if actor.type == "state":
        return actor.id
    return actor.state.id if actor.state is not None else actor.id


class FrameReader(ArgumentReader):
    """The frame rules over the argument groups of ``ArgumentReader``, one trigger at a time."""

    def __init__(self, state: DocState) -> None:
        super().__init__(state)
        self.last_encounter: tuple[Actor, Actor] | None = None
        self.triggers: list[Hit] = []  # every trigger of the document, in text order (see use_triggers)
        self.trigger_starts: list[int] = []
        self._trigger_start_set: set[int] = set()
        # Subjects handed down by a controlling trigger ("accused X of arming Y": X arms), by trigger start.
        self.subject_hints: dict[int, Group] = {}
        self.event_sentences = {state.sentence_of[h.start] for h in self.index.of("event")}
        self.measures: dict[str, list[Hit]] = {}
        for hit in self.index.of("measure"):
            self.measures.setdefault(hit.tag[1], []).append(hit)
        self._agents: dict[int, frozenset[str]] = {}  # agent markers of each trigger entry, by entry index
        self._agent_or_of = self.res.agent_markers | self.res.of_markers  # "the decision by / of X"
        # Subjects each trigger found explicitly (agent, genitive, possessive), for object_from_event.
        self.event_subjects: dict[int, tuple[Actor, ...]] = {}
        # Subjects of the relations read so far: (trigger start, relation, subjects), for "this attack".
        self.reported: list[tuple[int, str, tuple[Actor, ...]]] = []

    def use_triggers(self, triggers: list[Hit]) -> None:
        """The triggers that count, in text order."""
        self.triggers = triggers
        self.trigger_starts = [t.start for t in triggers]
        self._trigger_start_set = set(self.trigger_starts)

    # --- frame rules around the trigger ----------------------------------------------------------------

    def genitive(self, trigger: Hit, arguments: Arguments) -> Group | None:
        """The group right after the trigger noun, or after its "of"."""
        by_start = arguments.by_start
        j = trigger.end
        of = self.starting["marker"].get(j)
        if of is not None and of.tag[1] in self.res.of_markers:
            return by_start.get(of.end)
        if not self.lex.genitive_follows:
            return None
        for _ in range(self.lex.skippable_max + 1):
            group = by_start.get(j)
            if group is not None:
                return group if arguments.marks[id(group)] is None else None
            if j >= len(self.s.words) or not self._skippable(j):
                return None
            j += 1
        return None

    def _adjacent(self, start: int, end: int) -> bool:
        """Only a few plain words ("more than 60", "the") between, no marker, clause break or other trigger."""
        if end - start > _DIRECT_WINDOW:
            return False
        # Arabic puts prepositional phrases between verb, subject and object ("انتقد أردوغان في المؤتمر إسرائيل").
        stops = _DIRECT_STOPS_VSO if self.lex.subject_after_verb else _DIRECT_STOPS
        for i in range(start, end):
            if self.index.kinds_at(i) & stops:
                return False
            if i in self._trigger_start_set:
                return False
        return True

    def _passive(self, trigger: Hit) -> bool:
        before = self.ending["aux"].get(trigger.start) or self.ending["aux"].get(trigger.start - 1)
        return before is not None or self.starting["aux"].get(trigger.end) is not None

    # --- one trigger -------------------------------------------------------------------------------------

    def _owned(self, trigger: Hit, group: Group) -> bool:
        """No other trigger stands between ``trigger`` and ``group`` (which would govern it instead)."""
        lo, hi = (trigger.end, group.start) if group.start >= trigger.end else (group.end, trigger.start)
        k = bisect_left(self.trigger_starts, lo)
        while k < len(self.triggers) and self.triggers[k].start < hi:
            between = self.triggers[k]
            # a noun inside a prepositional phrase ("برای استفاده در جنگ") governs nothing outside it
            if between.end <= hi and self.ending["marker"].get(between.start) is None:
                return False
            k += 1
        return True

    def _claimed_from_left(self, group: Group, mark: str | None) -> bool:
        """ "حمله اسرائیل به سوریه را محکوم کرد": the noun on the left whose frame takes this preposition
        governs the phrase, not the verb after it."""
        if mark is None:
            return False
        clause = self.s.clause_of[group.start]
        k = bisect_left(self.trigger_starts, group.start) - 1
        while k >= 0 and self.triggers[k].end > group.start:
            k -= 1
        if k < 0 or self.s.clause_of[self.triggers[k].start] != clause:
            return False
        nearest = self.triggers[k]
        if any(self.index.kinds_at(k) & _VERB_PHRASE_ENDS for k in range(nearest.end, group.start)):
            return False  # "مخالفت کرد و ... از ایران": the noun's verb phrase ended before the phrase
        return group.start - nearest.end <= _MARKED_WINDOW and mark in self.res.object_marks[int(nearest.tag[1])]

    def read(self, trigger: Hit, sentence: int, arguments: Arguments) -> list[Candidate]:
        index = int(trigger.tag[1])
        entry = self.lex.triggers[index]
        clause_of = self.s.clause_of
        clause = clause_of[trigger.start]
        groups = [g for g in arguments.groups if g.end <= trigger.start or g.start >= trigger.end]
        local = [g for g in groups if clause_of[g.start] == clause]
        marker_before = self.marker_before
        marks = arguments.marks
        subject, obj = _Slot(), _Slot()
        hint = self.subject_hints.get(trigger.start)
        if hint is not None:
            subject.set(hint, "control")
            local = [g for g in local if g is not hint]
        passive = self._passive(trigger)
        by_distance = (
            sorted(local, key=lambda g: min(abs(g.start - trigger.end), abs(trigger.start - g.end)))
            if len(local) > 1
            else local
        )
        object_marks = self.res.object_marks[index]
        agents = self._agents.get(index)
        if agents is None:
            agents = self._agents[index] = self.res.agent_markers | self.res.subject_marks[index]
        for group in by_distance:
            mark = marks[id(group)]
            after = group.start >= trigger.end
            gap = group.start - trigger.end if after else trigger.start - group.end
            if mark in agents and subject.group is None:
                if entry.verb and not passive:
                    continue  # an active verb's subject is not a "by" phrase ("criticized the decision by X")
                if (after and gap <= _AGENT_WINDOW) or (passive and gap <= 2):
                    subject.set(group, "agent")
                continue
            if obj.group is not None or gap > _MARKED_WINDOW or not (after or self.lex.genitive_follows):
                continue  # no object here, whatever marks the group
            loose = False
            if mark is None:
                mark, loose = marker_before(group, loose=True), True
            if (
                mark in object_marks
                and self._owned(trigger, group)
                and (after or not self._claimed_from_left(group, mark))
            ):
                obj.set(group, "loose" if loose else "marked")
        gen = self.genitive(trigger, arguments)
        if gen is not None and entry.genitive and gen is not obj.group and gen is not subject.group:
            if entry.ordered_pair and len(gen.mentions) > 1 and subject.group is None and obj.group is None:
                subject.set(gen, "genitive", gen.mentions[0].actors)
                obj.set(gen, "genitive", tuple(a for m in gen.mentions[1:] for a in m.actors))
            elif entry.genitive == "subject" and subject.group is None:
                subject.set(gen, "genitive")
            elif entry.genitive == "object" and obj.group is None and not entry.needs_object_marker:
                obj.set(gen, "genitive")
        if (
            entry.genitive == "object"
            and gen is not None
            and subject.group is None
            and obj.how in ("marked", "loose")
            and gen is not obj.group
        ):
            subject.set(gen, "genitive")  # "حمایت ایران از سوریه": with the object marked, the genitive acts
        if obj.group is None:
            self._postposed_object(trigger, local, subject, obj, gen, arguments.postposed)
        if subject.group is None and not entry.verb and not self.lex.genitive_follows:
            poss = self.ending["poss"].get(trigger.start)
            pre = _last_ending_at(local, poss.start if poss is not None else trigger.start)
            # "came under US sanctions": a premodifier is the subject even inside a prepositional phrase
            if pre is not None and marks[id(pre)] not in object_marks and pre is not obj.group:
                subject.set(pre, "possessive")
        if subject.group is None and entry.apposition:
            sep = self.ending["sep"].get(trigger.start)
            pre = _last_ending_at(local, sep.start) if sep is not None else None
            if pre is not None and pre is not obj.group:
                subject.set(pre, "apposition")
        if entry.measure:
            self._measure(trigger, index, groups, subject, obj)
        free_before = [
            g
            for g in local
            if g.end <= trigger.start
            and marks[id(g)] is None
            and id(g) not in arguments.postposed
            and g is not obj.group
            and g is not subject.group
        ]
        if self.lex.genitive_follows and free_before:
            # prefer actors that open their phrase over genitives ("تلاش های آمریکا") and actors deep in a
            # prepositional phrase ("با میانجیگری واشنگتن"); fall back to them when nothing else is there
            # topics are never actors: "درباره تحولات غزه، لبنان و سوریه گفت‌وگو کرد"
            free_before = [g for g in free_before if marker_before(g, loose=True) not in self.res.barriers]
            clear = [g for g in free_before if not self.attached(g) and marker_before(g, loose=True) is None]
            free_before = clear or [g for g in free_before if not self.attached(g)] or free_before
        free_after = [
            g
            for g in local
            if g.start >= trigger.end
            and g.start - trigger.end <= _DIRECT_WINDOW
            and marks[id(g)] is None
            and g is not obj.group
            and g is not subject.group
        ]
        if passive and entry.verb and obj.group is None and free_before:
            obj.set(free_before[-1], "passive")
            free_before = free_before[:-1]
        if subject.group is None and entry.verb and self.s.words[trigger.start].lower().endswith("ing"):
            right_before = _last_ending_at(local, trigger.start)
            if right_before is not None and right_before is not obj.group:
                subject.set(right_before, "gerund")  # "Sweden joining NATO": even after "to"
        barrier = self.ending["barrier"].get(trigger.start) is not None
        if subject.group is None and free_before and not (passive and entry.verb) and not barrier:
            subject.set(free_before[-1], "clause")
        if subject.group is None and entry.verb and self.lex.subject_after_verb and free_after:
            subject.set(free_after[0], "clause")
            free_after = free_after[1:]
        if obj.group is None and entry.verb and not entry.needs_object_marker:
            rest = [g for g in free_after if g is not subject.group and self._adjacent(trigger.end, g.start)]
            if rest:
                obj.set(rest[0], "direct")
        if obj.group is None and entry.verb and not passive and not self.lex.genitive_follows:
            # "criticized the decision by Washington": the actor behind the verb's object noun
            for group in local:
                gap = group.start - trigger.end
                mark = marks.get(id(group))
                if 0 < gap <= _DIRECT_WINDOW and mark in self._agent_or_of:
                    if group is not subject.group and self._owned(trigger, group):
                        obj.set(group, "behind")
                    break
        if obj.group is None and entry.recipient_before:
            self._recipient_before(trigger, entry, local, subject, obj, free_before)
        if (
            obj.group is None
            and entry.patient_before
            and subject.how in ("agent", "genitive", "possessive")
            and free_before
        ):
            obj.set(free_before[-1], "patient")
        if obj.group is None and subject.group is not None and self.res.source_marks[index]:
            self._from_source(trigger, index, local, subject, obj)
        if obj.group is None:
            self._resumptive_object(trigger, groups, subject, obj)
            if obj.group is not None and subject.group is obj.group:
                subject.group, subject.actors = None, ()
                rest = [g for g in free_before if g is not obj.group]
                if rest:
                    subject.set(rest[-1], "clause")
        if subject.group is None:
            self._antecedent(trigger, groups, subject)
        if subject.group is not None and subject.how in ("agent", "genitive", "possessive", "control"):
            self.event_subjects[trigger.start] = subject.actors
        if entry.controls and obj.group is not None:
            self._hand_down(trigger, obj.group)
        if entry.object_from_event and obj.group is None and subject.group is not None:
            self._object_from_event(trigger, subject, obj)
        return self._emit(entry, index, trigger, sentence, subject, obj, local)

    def _hand_down(self, trigger: Hit, controlled: Group) -> None:
        clause = self.s.clause_of[trigger.start]
        spans: list[tuple[int, int, int | None]] = []  # (from, to, clause or None for any)
        if controlled.end <= trigger.start:
            spans.append((controlled.end, trigger.start, clause))  # Persian: "X را به حمایت از Y متهم کرد"
            after = trigger.end + 2
            if any(self.starting["relative"].get(k) for k in range(trigger.end, after + 1)):
                # "X را متهم کرد که پهپاد در اختیار روسیه قرار داده": the complement clause too
                sentence_end = self.s.sentences[self.s.sentence_of[trigger.start]][1]
                spans.append((trigger.end, sentence_end, None))
        else:
            # "accused X of arming Y", "اتهم X بتزويد Y": the events right after the object, up to the next
            # verb or conjunction ("تحریم علیه ایران مخالفت کرد" hands nothing to "مخالفت")
            hi = controlled.end
            while hi < min(len(self.s.words), controlled.end + _DIRECT_WINDOW + 1) and not (
                self.index.kinds_at(hi) & _CONTROL_ENDS
            ):
                hi += 1
            spans.append((controlled.end, hi, clause))
        for lo, hi, in_clause in spans:
            # the first event after the accused ("X را به حمایت از Y", "X of arming Y"), not every noun after it
            for other in self.triggers[bisect_left(self.trigger_starts, lo) :]:
                if other.start >= hi:
                    break
                if in_clause is None or self.s.clause_of[other.start] == in_clause:
                    introduced = self.ending["marker"].get(other.start) is not None or bool(
                        self.res.proclitic_marker(other.proclitic)
                    )
                    if introduced or in_clause is None or controlled.end <= trigger.start:
                        self.subject_hints.setdefault(other.start, controlled)
                    break

    def _object_from_event(self, trigger: Hit, subject: _Slot, obj: _Slot) -> None:
        clause = self.s.clause_of[trigger.start]
        own = {a.id for a in subject.actors}
        nearest: tuple[int, tuple[Actor, ...]] | None = None
        for start, actors in self.event_subjects.items():
            if start == trigger.start or self.s.clause_of[start] != clause or own & {a.id for a in actors}:
                continue
            distance = abs(start - trigger.start)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, actors)
        if nearest is None:
            nearest = self._event_anaphor(trigger, own)
        if nearest is not None and subject.group is not None:
            obj.set(subject.group, "event", nearest[1])

    def _event_anaphor(self, trigger: Hit, own: set[str]) -> tuple[int, tuple[Actor, ...]] | None:
        """ "condemned this aggression", "این وتو را محکوم کردند", "supported the strikes": the subject of the last
        such event."""
        clause = self.s.clause_of[trigger.start]
        for other in self.triggers:
            if self.s.clause_of[other.start] != clause or other.start == trigger.start:
                continue
            if self.ending["demonstrative"].get(other.start) is None and not is_verb_object_event(
                self.s, trigger, other
            ):
                continue
            relation = self.lex.triggers[int(other.tag[1])].relation
            earlier = [
                (start, actors) for start, rel, actors in self.reported if rel == relation and start < other.start
            ]
            if earlier and not own & {a.id for a in earlier[-1][1]}:
                return 0, earlier[-1][1]
        return None

    def _recipient_before(
        self,
        trigger: Hit,
        entry: TriggerEntry,
        local: list[Group],
        subject: _Slot,
        obj: _Slot,
        free_before: list[Group],
    ) -> None:
        """ "supplied Russia with drones": the actor right before "with" receives, the one before it gives."""
        marks = {" ".join(self.res.phrase(w)) for w in entry.recipient_before}
        j = trigger.start
        for _ in range(3):
            hit = self.ending["marker"].get(j)
            if hit is not None and hit.tag[1] in marks:
                receiver = next((g for g in local if g.end == hit.start or g.end == hit.start - 1), None)
                if receiver is not None and receiver is not subject.group:
                    obj.set(receiver, "recipient")
                    if subject.group is None or subject.group is receiver:
                        givers = [g for g in free_before if g.end <= receiver.start]
                        if givers:
                            subject.set(givers[-1], "clause")
                return
            j -= 1
            if j <= 0 or not self._skippable(j):
                return

    def _postposed_object(
        self, trigger: Hit, local: list[Group], subject: _Slot, obj: _Slot, gen: Group | None, postposed: set[int]
    ) -> None:
        """ "X را ... تحریم کرد": the nearest object postposition before a light-verb trigger, unless the trigger
        is a noun inside a prepositional phrase ("مسکو را برای جنگ")."""
        before = self.ending["marker"].get(trigger.start)
        if (before is not None and before.tag[1] not in self.res.postpositions) or trigger.start in self.ending[
            "barrier"
        ]:
            return
        if self.starting["light"].keys().isdisjoint(range(trigger.start + 1, trigger.end + 3)):
            return  # a noun ("ایجاد ائتلافی"), not a light-verb construction: the را belongs to another verb
        for group in sorted(local, key=lambda g: -g.end):
            if group.end > trigger.start or trigger.start - group.end > _POSTPOSED_WINDOW:
                continue
            if id(group) in postposed:
                # "حمله اسرائیل به سوریه را": a group inside a prepositional phrase is not the را-object
                if group is not subject.group and group is not gen and self.marker_before(group) is None:
                    obj.set(group, "marked")
                return
            if any(id(g) in postposed for g in local if group.end <= g.end <= trigger.start and g is not group):
                return

    def _measure(self, trigger: Hit, index: int, local: list[Group], subject: _Slot, obj: _Slot) -> None:
        """vetoes: the object is the target of the blocked measure, the body its ``via``."""
        sentence = self.s.sentence_of[trigger.start]
        measures = [h for h in self.measures.get(str(index), ()) if self.s.sentence_of[h.start] == sentence]
        if not measures or obj.group is not None:
            return
        start = min(h.start for h in measures)
        for group in local:
            if group.start < start:
                continue
            targets = tuple(a for a in group.actors if a.type not in ("organization", "group"))
            mark = self.marker_before(group)
            if mark in self.res.source_markers:
                continue  # "crossings from Turkey" is not the measure's target
            if targets and group is not subject.group:
                obj.set(group, "measure", targets)
                break

    def via(self, local: list[Group]) -> Actor | None:
        for group in local:
            for actor in group.actors:
                if actor.type == "organization":
                    target = self.res.via_defaults.get(actor.id)
                    if target and target in self.res.gazetteer.entries:
                        return self.res.gazetteer.actor(target, actor.text, self.s.published)
                    return actor
        return None

    def _from_source(self, trigger: Hit, index: int, local: list[Group], subject: _Slot, obj: _Slot) -> None:
        """The source gives: "Russia bought drones from Iran", "مسکو سلاحی از کره شمالی دریافت نکرده"."""
        for group in local:
            gap = group.start - trigger.end
            if (
                0 <= gap <= _MARKED_WINDOW
                and group is not subject.group
                and self.marker_before(group, loose=True) in self.res.source_marks[index]
            ):
                receiver = subject.group
                assert receiver is not None
                subject.set(group, "source")
                obj.set(receiver, "receiver")
                return

    def _relative_clause_start(self, trigger: Hit) -> int | None:
        """Where the trigger's clause starts, if a relative marker opens it."""
        relatives = self.starting["relative"]
        if not relatives:
            return None
        clause = self.s.clause_of[trigger.start]
        first = trigger.start
        while first > 0 and self.s.clause_of[first - 1] == clause:
            first -= 1
        return first if first in relatives else None

    def _resumptive_object(self, trigger: Hit, groups: list[Group], subject: _Slot, obj: _Slot) -> None:
        """ "وحزب الله، الذي فرضت عليه واشنطن عقوبات": the pronoun after the preposition is the antecedent."""
        first = self._relative_clause_start(trigger)
        if first is None:
            return
        clause = self.s.clause_of[trigger.start]
        if not any(
            h.tag[0] == "resumptive" and self.s.clause_of[h.start] == clause
            for k in range(first, min(len(self.s.words), trigger.end + 3))
            for h in self.index.starting_at(k)
        ):
            return
        for group in groups:
            if 0 <= first - group.end <= 2:
                obj.set(group, "resumptive")

    def _antecedent(self, trigger: Hit, groups: list[Group], subject: _Slot) -> None:
        """A relative clause's subject is the actor its marker follows: "Putin, who visited Pyongyang"."""
        first = self._relative_clause_start(trigger)
        if first is None:
            return
        for group in groups:
            if 0 <= first - group.end <= 2 and len(group.actors) == 1:
                subject.set(group, "antecedent")

    def _emit(
        self,
        entry: TriggerEntry,
        index: int,
        trigger: Hit,
        sentence: int,
        subject: _Slot,
        obj: _Slot,
        local: list[Group],
    ) -> list[Candidate]:
        relation = relations()[entry.relation]
        if relation.symmetric and obj.how == "loose" and len(subject.actors) > 1:
            obj.group = None  # "X and Y may sign a deal with the mediation of Z": X with Y, not with Z
        pairs: list[tuple[Actor, Actor]] = []
        confidence = entry.confidence
        if subject.group is not None and obj.group is not None:
            pairs = [(s, o) for s in subject.actors for o in obj.actors]
            if "clause" in (subject.how, obj.how) or "patient" in (subject.how, obj.how):
                confidence -= 0.1
        elif relation.symmetric:
            # "X and Y met", "the alliance of the two nations" pair within; "met with X and Y" does not
            members = subject.actors if subject.group is not None else obj.actors if obj.how == "genitive" else ()
            pair_group = self._pair_group(trigger, local)
            if pair_group is not None and subject.group is not None and len(members) == 1:
                # "X ... a coalition of countries such as A, B and C": X with each of them
                pairs = [(members[0], m) for m in pair_group.actors]
            elif len(members) < 2 and pair_group is not None:
                members = pair_group.actors
            if pairs:
                pass
            elif len(members) >= 2:
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
            elif self.last_encounter is not None and self._mentions_event(sentence):
                pairs = [self.last_encounter]
                confidence -= 0.2
        out: list[Candidate] = []
        if not pairs:
            return out
        seen: set[tuple[str, str]] = set()
        via = self.via(local) if entry.relation == "vetoes" else None
        spans = [trigger.start, trigger.end]
        for slot in (subject, obj):
            if slot.group is not None:
                spans.extend((slot.group.start, slot.group.end))
        span_start, span_end = min(spans), max(spans)
        confidence = round(max(0.1, min(1.0, confidence)), 2)
        for s, o in pairs:
            if _state_id(s) == _state_id(o):
                continue
            if entry.object_types and o.type not in entry.object_types:
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
        if len(out) == 1:
            self.reported.append((trigger.start, entry.relation, (out[0].subject,)))
        elif out:
            self.reported.append((trigger.start, entry.relation, tuple(dict.fromkeys(c.subject for c in out))))
        if entry.relation in ("visits", "meets") and out:
            self.last_encounter = (out[0].subject, out[0].object)
        return out

    def _pair_group(self, trigger: Hit, local: list[Group]) -> Group | None:
        for group in local:
            near = group.start >= trigger.end and group.start - trigger.end <= _MARKED_WINDOW
            if near and self.marker_before(group) in self.res.pair_markers and len(group.actors) > 1:
                return group
        return None

    def _mentions_event(self, sentence: int) -> bool:
        return sentence in self.event_sentences


_OBJECT_EVENT_WINDOW = 6  # tokens between a verb and the event noun it governs ("دانت جامعة الدول العربية الهجوم")


def is_verb_object_event(state: DocState, verb: Hit, event: Hit) -> bool:
    """ "supported the strikes", "دانت جامعة الدول العربية الهجوم": an event noun standing as the verb's own
    object (after it, past only determiners and actor names, the VSO subject) refers back to that event."""
    if not verb.end <= event.start <= verb.end + _OBJECT_EVENT_WINDOW:
        return False
    if state.sentence_of[verb.start] != state.sentence_of[event.start]:
        return False
    named = {i for m in state.mentions if verb.end <= m.start < event.start for i in range(m.start, m.end)}
    return all(i in named or state.kinds_at(i) & _OBJECT_EVENT_GAP for i in range(verb.end, event.start))
