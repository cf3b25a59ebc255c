"""Argument frames: who did what to whom, for each relation trigger of a sentence.

The rules are the same for every language; the lexicon says which words mark what. In order of trust:
an argument marked for this trigger (object prepositions such as "به"/"on"/"على", agents such as
"by"/"توسط"), a genitive or possessive of the trigger noun ("سفر پوتین", "Russia's invasion"), the object
postposition "را", a passive's grammatical subject, a verb's direct object, and last the nearest bare actor
before the trigger in its clause as subject. Symmetric relations also read "X and Y met", "between X and Y",
and "during this visit" (the parties of the visit or talks just reported).

A reader serves one document. The hits it asks about are indexed once per document
(``geograph.extract.hit_index``), and each sentence's argument groups with their markers once per sentence
(``arguments``), so that the rules of every trigger are mostly dictionary look-ups.

``FrameReader`` here keeps that document state and runs each trigger's main rules (``read``). The rules only
some entries or constructions need are in ``rules``, and the candidates made from the filled slots
(pairs, "this visit") in ``candidates``; the reader inherits both, so a rule costs no more to call.
"""

from __future__ import annotations

from bisect import bisect_left

from geograph.extract.actors.matching import Hit
from geograph.extract.document import Candidate, DocState, Group
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.relations.arguments import Arguments
from geograph.extract.relations.candidates import FrameCandidates
from geograph.extract.relations.rules import (
    FrameRules,
    gerund,
    hypothetical,
    passive_voice,
    reported_apart,
    undergone,
)
from geograph.extract.relations.slots import DIRECT_WINDOW, MARKED_WINDOW, ReportedSubjects, Slot
from geograph.records import Actor
from geograph.vocabulary import relations

_AGENT_WINDOW = 5
_DIRECT_STOPS = frozenset({"marker", "break", "relative", "sep", "end", "light"})
_DIRECT_STOPS_VSO = frozenset({"break", "relative", "sep", "end", "light"})
_OWN_SUBJECT = frozenset({"agent", "genitive", "possessive"})  # a noun's subject given by the noun phrase itself
_VERB_PHRASE_ENDS = frozenset({"light", "conj"})


def _last_ending_at(groups: list[Group], end: int) -> Group | None:
    """The last of ``groups`` that ends at token ``end``."""
    for group in reversed(groups):
        if group.end == end:
            return group
    return None


_WEAPON_WORDS = 2  # weapon words between a subordinate clause's actor and its verb ("Russian missiles struck")


class FrameReader(FrameRules, FrameCandidates):
    """The frame rules over the argument groups of ``ArgumentReader``, one trigger at a time."""

    def __init__(self, state: DocState) -> None:
        super().__init__(state)
        self.last_encounter: tuple[Actor, Actor] | None = None
        self.triggers: list[Hit] = []  # every trigger of the document, in text order (see use_triggers)
        self.trigger_starts: list[int] = []
        self._trigger_start_set: set[int] = set()
        self.phrase_final_markers: set[int] = set()
        # Subjects handed down by a controlling trigger ("accused X of arming Y": X arms), by trigger start.
        self.subject_hints: dict[int, Group] = {}
        self.event_sentences = {state.sentence_of[h.start] for h in self.index.of("event")}
        self.measures: dict[str, list[Hit]] = {}
        for hit in self.index.of("measure"):
            self.measures.setdefault(hit.tag[1], []).append(hit)
        self._agents: dict[int, frozenset[str]] = {}  # agent markers of each trigger entry, by entry index
        self._agent_or_of = self.res.agent_markers | self.res.of_markers  # "the decision by / of X"
        # Subjects each trigger found explicitly (agent, genitive, possessive), for object_from_event: by
        # sentence, then by trigger start (a clause never spans sentences, so a rule asks only its own).
        self.event_subjects: dict[int, dict[int, tuple[Actor, ...]]] = {}
        # Subjects of the relations read so far, for "this attack".
        self.reported = ReportedSubjects()

    def use_triggers(self, triggers: list[Hit]) -> None:
        """The triggers that count, in text order."""
        self.triggers = triggers
        self.trigger_starts = [t.start for t in triggers]
        self._trigger_start_set = set(self.trigger_starts)
        ending_marker = self.ending["marker"]
        # where a trigger phrase ends in its own preposition ("lashed out at", "rails against")
        self.phrase_final_markers = {
            t.end for t in triggers if (m := ending_marker.get(t.end)) is not None and m.start > t.start
        }

    # --- frame rules around the trigger ----------------------------------------------------------------

    def _genitive_role(self, entry: TriggerEntry, trigger: Hit) -> str | None:
        """The role of the trigger noun's genitive: the entry's, or its plural one after a plural ending."""
        if entry.plural_genitive is None or not self.res.plural_suffixes:
            return entry.genitive
        words = self.s.words
        last = words[trigger.end - 1].lower()
        after = words[trigger.end].lower() if trigger.end < len(words) else ""
        plural = after in self.res.plural_suffixes or any(
            last.endswith(suffix) and len(last) > len(suffix) + 1 for suffix in self.res.plural_suffixes
        )
        return entry.plural_genitive if plural else entry.genitive

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
        if end - start > DIRECT_WINDOW:
            return False
        # Arabic puts prepositional phrases between verb, subject and object ("انتقد أردوغان في المؤتمر إسرائيل").
        stops = _DIRECT_STOPS_VSO if self.lex.subject_after_verb else _DIRECT_STOPS
        for i in range(start, end):
            if self.index.kinds_at(i) & stops:
                return False
            if i in self._trigger_start_set:
                return False
        return True

    # --- one trigger -------------------------------------------------------------------------------------

    def _subordinate_subject(
        self, trigger: Hit, local: list[Group], subject: Slot, obj: Slot, marks: dict[int, str | None]
    ) -> None:
        """ "... after Russian missiles struck Kharkiv": the actor right before a verb, behind a word that
        opens a subordinate clause ("after", "since"), is that verb's subject, not the object of a preposition.
        Transparent words and the weapons it fired may stand between."""
        at = trigger.start
        for _ in range(_WEAPON_WORDS):
            before = [h for h in self.s.ending_at(at) if h.tag[0] in ("transparent", "trigger")]
            if not before or any(
                h.tag[0] == "trigger" and not self.lex.triggers[int(h.tag[1])].instrument_of for h in before
            ):
                break
            at = min(h.start for h in before)
        group = _last_ending_at(local, at)
        if group is not None and group is not obj.group and marks[id(group)] in self.res.subordinators:
            subject.set(group, "clause")

    def _lodged_with_next(self, group: Group, mark: str | None) -> bool:
        """The body a complaint is lodged with, right before the complaint («به سازمان ملل شکایت کرد»)."""
        for hit in self.s.starting_at(group.end):
            if hit.tag[0] == "trigger" and mark in self.lex.triggers[int(hit.tag[1])].lodged_with:
                return True
        return False

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
        return group.start - nearest.end <= MARKED_WINDOW and mark in self.res.object_marks[int(nearest.tag[1])]

    def _measure_between(self, index: int, start: int, end: int) -> bool:
        """Whether a blocked measure of entry ``index`` (vetoes) stands between tokens ``start`` and ``end``."""
        return any(start <= h.start < end for h in self.measures.get(str(index), ()))

    def read(self, trigger: Hit, sentence: int, arguments: Arguments) -> list[Candidate]:
        index = int(trigger.tag[1])
        entry = self.lex.triggers[index]
        clause_of = self.s.clause_of
        clause = clause_of[trigger.start]
        groups = [g for g in arguments.groups if g.end <= trigger.start or g.start >= trigger.end]
        local = [g for g in groups if clause_of[g.start] == clause]
        marker_before = self.marker_before
        marks = arguments.marks
        subject, obj = Slot(), Slot()
        hint = self.subject_hints.get(trigger.start)
        if hint is not None:
            subject.set(hint, "control")
            local = [g for g in local if g is not hint]
        passive = passive_voice(self.s, trigger)
        # "X came under shelling from Y": the noun is suffered by the clause's subject, and "from" names its agent
        suffered = undergone(self.s, trigger)
        passive = passive or suffered
        by_distance = (
            sorted(local, key=lambda g: min(abs(g.start - trigger.end), abs(trigger.start - g.end)))
            if len(local) > 1
            else local
        )
        object_marks = self.res.object_marks[index]
        object_mark: str | None = None
        agents = self._agents.get(index)
        if agents is None:
            agents = self._agents[index] = self.res.agent_markers | self.res.subject_marks[index]
        if suffered:
            agents = agents | self.res.source_markers
        for group in by_distance:
            mark = marks[id(group)]
            after = group.start >= trigger.end
            if mark is None and passive and not after:
                # «از سوی وزارت خارجه آلمان احضار شد»: a passive's agent may end a genitive chain
                loose_mark = marker_before(group, loose=True)
                if loose_mark in agents:
                    mark = loose_mark
            gap = group.start - trigger.end if after else trigger.start - group.end
            if (
                obj.group is None
                and group.start == trigger.end
                and trigger.end in self.phrase_final_markers
                and mark not in object_marks
                and mark not in agents
            ):
                # "lashed out at Sweden": the phrase's own preposition marks no object; the actor right after
                # the phrase is its direct object (a phrase whose preposition is an object marker reads it so)
                obj.set(group, "direct")
                continue
            if mark in agents and subject.group is None:
                if entry.verb and not passive:
                    continue  # an active verb's subject is not a "by" phrase ("criticized the decision by X")
                # "X's invasion of Y was condemned by Z": a "by" phrase past another trigger is that one's agent
                if (
                    after
                    and gap <= _AGENT_WINDOW
                    and (entry.verb or not self._governed(trigger, group))
                    and not self._agent_of_later_passive(trigger, group)
                ) or (passive and gap <= 2):
                    subject.set(group, "agent")
                continue
            if obj.group is not None or gap > MARKED_WINDOW or not (after or self.lex.genitive_follows):
                continue  # no object here, whatever marks the group
            loose = False
            if mark is None:
                mark, loose = marker_before(group, loose=True), True
            if (
                mark in object_marks
                and self._owned(trigger, group)
                and (after or not self._claimed_from_left(group, mark))
                and not (after and self._lodged_with_next(group, mark))
            ):
                obj.set(group, "loose" if loose else "marked")
                object_mark = mark
        gen = self.genitive(trigger, arguments)
        genitive = self._genitive_role(entry, trigger)
        if gen is not None and genitive and gen is not obj.group and gen is not subject.group:
            if entry.ordered_pair and len(gen.mentions) > 1 and subject.group is None and obj.group is None:
                subject.set(gen, "genitive", gen.mentions[0].actors)
                obj.set(gen, "genitive", tuple(a for m in gen.mentions[1:] for a in m.actors))
            elif genitive == "subject" and subject.group is None:
                subject.set(gen, "genitive")
            elif genitive == "object" and obj.group is None and not entry.needs_object_marker:
                obj.set(gen, "genitive")
        if (
            genitive == "object"
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
            # "came under US sanctions": a premodifier is the subject even inside a prepositional phrase; a
            # possessor is whatever marks its phrase ("in Russia's invasion of Ukraine", "in a US-led invasion")
            if pre is not None and (poss is not None or marks[id(pre)] not in object_marks) and pre is not obj.group:
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
            and g.start - trigger.end <= DIRECT_WINDOW
            and marks[id(g)] is None
            and g is not obj.group
            and g is not subject.group
        ]
        if (
            passive
            and (entry.verb or suffered)
            and obj.group is None
            and free_before
            and not self._measure_between(index, free_before[-1].end, trigger.start)
        ):
            # (a measure in between is the passive's subject: "its application had been held up by X")
            obj.set(free_before[-1], "passive")
            free_before = free_before[:-1]
        if subject.group is None and entry.verb and not passive and self.res.subordinators:
            self._subordinate_subject(trigger, local, subject, obj, marks)
        if subject.group is None and entry.verb and self.s.words[trigger.start].lower().endswith("ing"):
            right_before = _last_ending_at(local, trigger.start)
            if right_before is not None and right_before is not obj.group:
                subject.set(right_before, "gerund")  # "Sweden joining NATO": even after "to"
        if subject.group is None and entry.circumstantial:
            # "وانتقدت الصين الصفقة، محذرة واشنطن": the participle acts for the main clause's subject
            main = [g for g in groups if g.end <= trigger.start and marks[id(g)] is None and g is not obj.group]
            if main:
                subject.set(main[0], "clause")
        barrier = trigger.start in self.ending["barrier"] or hypothetical(self.s, trigger.start)
        if (
            subject.group is None
            and free_before
            and not (passive and (entry.verb or suffered))
            and not barrier
            # "Z condemned the attack on Y": an event noun governed by another trigger names no actor of its own
            # (English order only: Persian puts the verb after its object noun, and in Arabic this cost more
            # than it saved on the dev excerpts)
            and (entry.verb or self.lex.genitive_follows or not self._governed(trigger, free_before[-1]))
            # "Lavrov said the strikes on Syria were illegal": the speaker is not the agent of a deed reported (of
            # words, as "said the move will have consequences for X", the speaker is)
            and (
                entry.verb
                or not relations()[entry.relation].material
                or not reported_apart(self.s, trigger.start, free_before[-1].start, free_before[-1].end)
            )
        ):
            subject.set(free_before[-1], "clause")
        if subject.group is None and entry.verb and gerund(self.s, trigger.start):
            # "Xi made the remarks while holding talks with X": the main clause's subject
            main = [g for g in groups if g.end <= trigger.start and marks[id(g)] is None and g is not obj.group]
            if main:
                subject.set(main[0], "clause")
        after_verb = False
        if subject.group is None and entry.verb and self.lex.subject_after_verb and free_after:
            subject.set(free_after[0], "clause")
            free_after = free_after[1:]
            after_verb = True
        if obj.group is None and entry.verb and not entry.needs_object_marker:
            # VSO: the object follows the subject ("استقبل الرئيس المصري وزير الخارجية الأمريكي")
            anchor = subject.group.end if after_verb and subject.group is not None else trigger.end
            rest = [g for g in free_after if g is not subject.group and self._adjacent(anchor, g.start)]
            if rest:
                obj.set(rest[0], "direct")
        if obj.group is None and entry.verb and not passive and not self.lex.genitive_follows:
            # "criticized the decision by Washington": the actor behind the verb's object noun
            for group in local:
                gap = group.start - trigger.end
                mark = marks.get(id(group))
                if 0 < gap <= DIRECT_WINDOW and mark in self._agent_or_of:
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
            self._sponsor(trigger, groups, subject)
        if subject.group is None and not barrier:
            self._antecedent(trigger, groups, subject)
        if (
            object_mark in self.res.own_subject_object_marks[index]
            and obj.how in ("marked", "loose")
            and subject.how not in _OWN_SUBJECT
        ):
            return []  # "the war in Ukraine" with no subject of its own: a place, not a target
        if subject.group is not None and subject.how in ("agent", "genitive", "possessive", "control"):
            self.event_subjects.setdefault(sentence, {})[trigger.start] = subject.actors
        if entry.controls and obj.group is not None:
            self._hand_down(trigger, obj.group)
        if entry.object_from_event and obj.group is None and subject.group is not None:
            self._object_from_event(trigger, subject, obj)
        if entry.mediation:
            return self._mediation(entry, index, trigger, sentence, subject, groups)
        return self._emit(entry, index, trigger, sentence, subject, obj, local)

    def _mediation(
        self, entry: TriggerEntry, index: int, trigger: Hit, sentence: int, subject: Slot, groups: list[Group]
    ) -> list[Candidate]:
        """ "The truce between A and B, brokered by X", "X mediated talks between A and B", "بوساطة قطرية": the
        mediator works with each party: the pair after the trigger ("between A and B"), else the other actors
        the sentence names. A mediator the text does not name mediates nothing."""
        # "ended with a Russian-brokered truce": a premodifier mediates, whatever marks its phrase
        before = _last_ending_at(groups, trigger.start)
        if before is not None:
            subject.set(before, "possessive")
        pair = self._pair_group(trigger, groups)
        # a mediator noun takes the clause's subject only as a mediator between named parties ("X offered
        # itself as a mediator between A and B"; "messages passed through regional mediators" names none)
        if subject.group is None or (subject.how == "clause" and not entry.verb and pair is None):
            return []
        out: list[Candidate] = []
        for group in [pair] if pair is not None else groups:
            if (
                group is subject.group
                or self.marker_before(group, loose=True) in self.res.locatives
                or all(actor.type == "place" for actor in group.actors)
                or all(mention.kind == "coref" for mention in group.mentions)
            ):
                continue  # a place is where the parties meet; "the two sides" may be anyone named before
            party = Slot()
            party.set(group, "marked")
            out += self._emit(entry, index, trigger, sentence, subject, party, [group])
        return out
