"""The secondary frame rules: those ``FrameReader.read`` calls only for some trigger entries or constructions.

Each fills a slot the trigger's own frame left empty, or hands one on to a later trigger: a control verb's
object as the next event's subject ("accused X of arming Y"), an earlier event's subject as the object of
"condemned this attack", a recipient before "with" ("supplied Russia with drones"), the object postposition
"را", the target of a vetoed measure, a source that gives ("bought drones from Iran"), and the resumptive
pronoun and antecedent of a relative clause. Apart from ``frames`` so that the main rules of every trigger
read in one sitting; ``FrameReader`` inherits them.
"""

from __future__ import annotations

from bisect import bisect_left

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, DocState, Group
from geograph.extract.lexicon import Lexicon, TriggerEntry
from geograph.extract.relations.arguments import ArgumentReader
from geograph.extract.relations.slots import DIRECT_WINDOW, MARKED_WINDOW, ReportedSubjects, Slot
from geograph.records import Actor
from geograph.vocabulary import relations

_POSTPOSED_WINDOW = 15
_CONTROL_ENDS = frozenset({"light", "conj", "break", "relative"})
_OBJECT_EVENT_GAP = frozenset({"determiner", "transparent"})


def _start(item: Hit | ActorMention) -> int:
    return item.start


_SPONSOR_MARKER_WORDS = 3  # the longest sponsor marker, in words ("put forward by")
_SPONSOR_REACH = 8  # words between a text's sponsors and the verb it is the subject of
_LATER_PASSIVE_GAP = 2  # words between an agent phrase and the passive verb after it


class FrameRules(ArgumentReader):
    """The secondary rules of ``FrameReader`` (see the module), over the document state it keeps."""

    # set up by FrameReader (see there)
    triggers: list[Hit]
    trigger_starts: list[int]
    subject_hints: dict[int, Group]
    measures: dict[str, list[Hit]]
    event_subjects: dict[int, dict[int, tuple[Actor, ...]]]
    reported: ReportedSubjects

    def _governed(self, trigger: Hit, group: Group) -> bool:
        """A verb trigger of another relation stands between the event noun ``trigger`` and ``group``: the
        noun is that verb's object ("Z condemned the attack on Y") or the group its agent ("X's invasion of Y
        was condemned by Z"), so the group is no argument of the noun."""
        marker = self.ending["marker"].get(trigger.start)
        purpose = marker is not None and marker.tag[1] in self.res.purpose_markers
        return governed_apart(self.lex, self.triggers, self.trigger_starts, trigger, group.start, group.end, purpose)

    def _agent_of_later_passive(self, trigger: Hit, group: Group) -> bool:
        """A passive verb right after the agent phrase ``group`` is the one it names the agent of: «تهاجم روسیه
        به اوکراین از سوی ژاپن محکوم شد» (Japan condemns; Russia invades), not the event noun before it."""
        for k in range(group.end, min(group.end + _LATER_PASSIVE_GAP + 1, len(self.s.words))):
            for hit in self.s.starting_at(k):
                if (
                    hit.tag[0] == "trigger"
                    and hit.start > trigger.start
                    and (passive_voice(self.s, hit) or agent_passive(self.s, hit))
                ):
                    return True
        return False

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
            while hi < min(len(self.s.words), controlled.end + DIRECT_WINDOW + 1) and not (
                self.index.kinds_at(hi) & _CONTROL_ENDS
            ):
                hi += 1
            spans.append((controlled.end, hi, clause))
        for lo, hi, in_clause in spans:
            # the first event after the accused ("X را به حمایت از Y", "X of arming Y"), not every noun after it
            for k in range(bisect_left(self.trigger_starts, lo), len(self.triggers)):  # no copy of the rest
                other = self.triggers[k]
                if other.start >= hi:
                    break
                if in_clause is None or self.s.clause_of[other.start] == in_clause:
                    introduced = self.ending["marker"].get(other.start) is not None or bool(
                        self.res.proclitic_marker(other.proclitic)
                    )
                    if introduced or in_clause is None or controlled.end <= trigger.start:
                        self.subject_hints.setdefault(other.start, controlled)
                    break

    def _object_from_event(self, trigger: Hit, subject: Slot, obj: Slot) -> None:
        clause = self.s.clause_of[trigger.start]
        own = {a.id for a in subject.actors}
        nearest: tuple[int, tuple[Actor, ...]] | None = None
        for start, actors in self.event_subjects.get(self.s.sentence_of[trigger.start], {}).items():
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
        first, end = self.s.sentences[self.s.sentence_of[trigger.start]]  # the clause is inside the sentence
        for k in range(bisect_left(self.trigger_starts, first), bisect_left(self.trigger_starts, end)):
            other = self.triggers[k]
            if self.s.clause_of[other.start] != clause or other.start == trigger.start:
                continue
            if self.ending["demonstrative"].get(other.start) is None and not is_verb_object_event(
                self.s, trigger, other
            ):
                continue
            relation = self.lex.triggers[int(other.tag[1])].relation
            earlier = self.reported.last_before(relation, other.start)
            if earlier is not None and not own & {a.id for a in earlier}:
                return 0, earlier
        return None

    def _recipient_before(
        self,
        trigger: Hit,
        entry: TriggerEntry,
        local: list[Group],
        subject: Slot,
        obj: Slot,
        free_before: list[Group],
    ) -> None:
        """ "supplied Russia with drones": the actor right before "with" receives, the one before it gives."""
        marks = {" ".join(self.res.phrase(w)) for w in entry.recipient_before}
        j = trigger.start
        for _ in range(3):
            hit = self.ending["marker"].get(j)
            if hit is not None and hit.tag[1] in marks:
                receiver = next((g for g in local if g.end == hit.start or g.end == hit.start - 1), None)
                if receiver is None:
                    return
                givers = [g for g in free_before if g.end <= receiver.start]
                if receiver is subject.group and not givers:
                    return  # "Russia with drones ...": no giver named
                obj.set(receiver, "recipient")
                if (subject.group is None or subject.group is receiver) and givers:
                    # "Iran supplied Russia with drones": the nearest actor before the noun is who receives
                    subject.set(givers[-1], "clause")
                return
            j -= 1
            if j <= 0 or not self._skippable(j):
                return

    def _postposed_object(
        self, trigger: Hit, local: list[Group], subject: Slot, obj: Slot, gen: Group | None, postposed: set[int]
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

    def _measure(self, trigger: Hit, index: int, local: list[Group], subject: Slot, obj: Slot) -> None:
        """vetoes: the object is the target of the blocked measure, the body its ``via``."""
        first, end = self.s.sentences[self.s.sentence_of[trigger.start]]
        of_entry = self.measures.get(str(index), [])  # in text order
        measures = of_entry[bisect_left(of_entry, first, key=_start) : bisect_left(of_entry, end, key=_start)]
        if not measures or obj.group is not None:
            return
        start = min(h.start for h in measures)
        poss = self.ending["poss"].get(start)
        owner_end = poss.start if poss is not None else start
        for group in local:
            # "North Korea sanctions", "Sweden's application": the measure's premodifier or possessor is its target
            owner = not self.lex.genitive_follows and group.end == owner_end and group is not subject.group
            if group.start < start and not owner:
                continue
            targets = tuple(a for a in group.actors if a.type not in ("organization", "group"))
            mark = self.marker_before(group)
            if mark in self.res.source_markers:
                continue  # "crossings from Turkey" is not the measure's target
            if targets and group is not subject.group:
                obj.set(group, "measure", targets)
                break

    def _from_source(self, trigger: Hit, index: int, local: list[Group], subject: Slot, obj: Slot) -> None:
        """The source gives: "Russia bought drones from Iran", "مسکو سلاحی از کره شمالی دریافت نکرده"."""
        for group in local:
            gap = group.start - trigger.end
            if (
                0 <= gap <= MARKED_WINDOW
                and group is not subject.group
                and self.marker_before(group, loose=True) in self.res.source_marks[index]
            ):
                receiver = subject.group
                assert receiver is not None
                subject.set(group, "source")
                obj.set(receiver, "receiver")
                return

    def _relative_clause_start(self, trigger: Hit) -> int | None:
        """Where the trigger's clause starts, if a relative marker or an apposition's comma opens it ("Putin,
        who ...", "Australia, a treaty ally of ...")."""
        relatives = self.starting["relative"]
        if not relatives and not self.starting["appositive"]:
            return None
        clause = self.s.clause_of[trigger.start]
        first = trigger.start
        while first > 0 and self.s.clause_of[first - 1] == clause:
            first -= 1
        if first in relatives or (first in self.starting["sep"] and first + 1 in self.starting["appositive"]):
            return first
        return None

    def _resumptive_object(self, trigger: Hit, groups: list[Group], subject: Slot, obj: Slot) -> None:
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

    def _sponsor(self, trigger: Hit, groups: list[Group], subject: Slot) -> None:
        """ "A censure resolution tabled by A, B and C criticized X": a text speaks for those who put it forward,
        each of them, when the clause names no actor of its own. Only what a text can do, say (a verb of a
        relation that is no material act); the sponsors stand within reach of the trigger, with no other event
        between (the co-sponsoring itself aside: "tabled by" is also a trigger of their cooperation)."""
        markers = self.res.sponsor_markers
        entry = self.lex.triggers[int(trigger.tag[1])]
        if not markers or not entry.verb or relations()[entry.relation].material:
            return
        near = [
            g
            for g in groups
            if self.marker_before(g) in markers
            and (
                0 <= trigger.start - g.end <= _SPONSOR_REACH
                or (self.lex.subject_after_verb and 0 <= g.start - trigger.end <= _SPONSOR_REACH)
            )
        ]
        for group in sorted(near, key=lambda g: g.start > trigger.start):
            lo, hi = (group.end, trigger.start) if group.end <= trigger.start else (trigger.end, group.start)
            between = self.trigger_starts[bisect_left(self.trigger_starts, lo) : bisect_left(self.trigger_starts, hi)]
            if any(not self._sponsoring(at) for at in between):
                continue  # another event stands between: the sponsors are its
            subject.set(group, "sponsor")
            return

    def _sponsoring(self, at: int) -> bool:
        """Whether the word at ``at`` is part of a sponsor marker ("put forward by", «الذي قدمته»)."""
        markers = self.res.sponsor_markers
        return any(
            h.tag[0] == "marker" and h.tag[1] in markers and h.start <= at < h.end
            for k in range(max(0, at - _SPONSOR_MARKER_WORDS), at + 1)
            for h in self.s.starting_at(k)
        )

    def _antecedent(self, trigger: Hit, groups: list[Group], subject: Slot) -> None:
        """A relative clause's subject is the actor its marker follows: "Putin, who visited Pyongyang"."""
        first = self._relative_clause_start(trigger)
        if first is None:
            return
        for group in groups:
            if 0 <= first - group.end <= 2 and len(group.actors) == 1:
                subject.set(group, "antecedent")


_OBJECT_EVENT_WINDOW = 6  # tokens between a verb and the event noun it governs ("دانت جامعة الدول العربية الهجوم")


def governed_apart(
    lexicon: Lexicon,
    triggers: list[Hit],
    starts: list[int],
    trigger: Hit,
    start: int,
    end: int,
    purpose: bool = False,
) -> bool:
    """A verb trigger of another relation (of ``triggers``, in text order, starting at ``starts``) stands
    between the event noun ``trigger`` and the words ``start:end``; a verb of travel does not when the noun is
    its ``purpose`` ("arrived in Ankara for talks with X")."""
    lo, hi = (trigger.end, start) if start >= trigger.end else (end, trigger.start)
    relation = lexicon.triggers[int(trigger.tag[1])].relation
    k = bisect_left(starts, lo)
    while k < len(triggers) and triggers[k].start < hi:
        between = lexicon.triggers[int(triggers[k].tag[1])]
        # a reciprocal verb ("blamed each other for the clashes") governs an event of its own subjects, and so
        # does a verb of taking part ("joined the sanctions on X")
        if (
            between.verb
            and between.relation != relation
            and not (between.reciprocal or between.takes_part or (purpose and between.purpose))
        ):
            return True
        k += 1
    return False


def located_place(state: DocState, mention: ActorMention) -> bool:
    """A city named where something happens ("met in Sochi", «در حاشیه مجمع عمومی در نیویورک»): a place behind a
    locative, no party to the event."""
    if not all(a.type == "place" for a in mention.actors):
        return False
    marker = state.hit_ending(mention.start, "marker")
    return marker is not None and marker.tag[1] in state.resources.locatives


def hypothetical(state: DocState, start: int) -> bool:
    """The trigger at ``start`` follows a free-choice determiner ("warned that any attack on X"): a hypothetical
    event, with no actor from its clause. After a negation the determiner is a plain "any" ("لم تعقد أي صفقة",
    "never made any deal"), and the clause's subject is the event's."""
    if not any(h.tag[0] == "free_choice" for h in state.ending_at(start)):
        return False
    clause = state.clause_of[start]
    return not any(
        h.tag == ("cue", "negated") and h.start < start and state.clause_of[h.start] == clause
        for h in state.of_kind("cue")
    )


def reported_apart(state: DocState, trigger_start: int, start: int, end: int) -> bool:
    """The event noun at ``trigger_start`` is reported by the actor at tokens ``start:end``, who said it: a verb
    of saying stands between them ("Lavrov said the strikes on Syria were illegal", «لاوروف گفت حملات به
    سوریه ...»), or right before the speaker with a complementizer after it («قال لافروف إن الضربات على
    سوريا»). The speaker is not the noun's agent."""
    if not state.of_kind("saying"):
        return False
    if any(state.hit_starting(i, "saying") for i in range(end, trigger_start)):
        return True
    before = any(state.hit_ending(j, "saying") for j in range(max(0, start - 1), start + 1))
    return before and any(state.hit_starting(i, "complementizer") for i in range(end, trigger_start))


_UNDERGO_REACH = 4  # tokens a verb of undergoing may stand before its event noun («تعرضت مواقع أذربيجانية للقصف»)


def undergone(state: DocState, trigger: Hit) -> bool:
    """An event noun after a verb of undergoing in its clause ("came under heavy shelling", «تعرضت مواقع
    أذربيجانية للقصف», «مورد حمله قرار گرفت»), or a trigger in the passive beside its agent («X توسط Y بمباران
    شد», ``agent_passive``): the clause's subject suffers the event, which is named "from" (or by) its agent. A
    word of a longer phrase («در مورد», about) is no such verb, nor one with another trigger between."""
    if agent_passive(state, trigger):
        return True
    if not state.of_kind("undergo"):
        return False
    clause = state.clause_of[trigger.start] if state.clause_of else None
    for end in range(trigger.start, max(0, trigger.start - _UNDERGO_REACH), -1):
        hit = state.hit_ending(end, "undergo")
        if hit is None:
            continue
        if clause is not None and state.clause_of[hit.start] != clause:
            return False
        inside = any(
            other.start < hit.start and other.end >= hit.end
            for i in range(max(0, hit.start - 3), hit.start)
            for other in state.starting_at(i)
        )
        between = any(state.hit_starting(i, "trigger") for i in range(hit.end, trigger.start))
        return not inside and not between
    return False


_AGENT_REACH = 8  # tokens an agent marker may stand before its passive trigger («توسط جنگنده های اسرائیلی بمباران شد»)


def agent_passive(state: DocState, trigger: Hit) -> bool:
    """A trigger followed by an auxiliary that is passive only beside an agent ("شد" also makes verbs of
    becoming and arriving: «وارد مسکو شد»), with an agent marker before it in its clause: «X توسط Y بمباران
    شد», «X از سوی Y تحریم شد», «X توسط Y هدف قرار گرفت». X suffers the act, Y does it."""
    if state.hit_starting(trigger.end, "agent_passive") is None:
        return False
    agents = state.resources.agent_markers
    clause = state.clause_of[trigger.start]
    for at in range(trigger.start - 1, max(-1, trigger.start - 1 - _AGENT_REACH), -1):
        if state.clause_of[at] != clause:
            return False
        if any(h.tag[0] == "marker" and h.tag[1] in agents for h in state.starting_at(at)):
            return True
    return False


def passive_voice(state: DocState, trigger: Hit) -> bool:
    """A passive auxiliary right before the trigger ("was accused", "has been accused") or right after it
    (Persian "شد"): the subject before it undergoes the act. An auxiliary before a progressive is none
    ("have been exchanging fire", "is supplying")."""
    lexicon = state.resources.lexicon
    endings = lexicon.progressive_endings if lexicon is not None else ()
    if endings and state.words[trigger.start].lower().endswith(endings):
        return False
    return (
        state.hit_ending(trigger.start, "aux") is not None
        or state.hit_ending(trigger.start - 1, "aux") is not None
        or state.hit_starting(trigger.end, "aux") is not None
    )


def gerund(state: DocState, start: int) -> bool:
    """An -ing word after "while", "after", ...: a verb whose subject is the main clause's."""
    return (
        start > 0
        and state.words[start].lower().endswith("ing")
        and state.words[start - 1].lower() in state.resources.gerund_openers
    )


def is_verb_object_event(state: DocState, verb: Hit, event: Hit) -> bool:
    """ "supported the strikes", "دانت جامعة الدول العربية الهجوم": an event noun standing as the verb's own
    object (after it, past only determiners and actor names, the VSO subject) refers back to that event."""
    if not verb.end <= event.start <= verb.end + _OBJECT_EVENT_WINDOW:
        return False
    if state.sentence_of[verb.start] != state.sentence_of[event.start]:
        return False
    mentions = state.mentions  # in text order
    named = {
        i
        for k in range(bisect_left(mentions, verb.end, key=_start), bisect_left(mentions, event.start, key=_start))
        for i in range(mentions[k].start, mentions[k].end)
    }
    return all(i in named or state.kinds_at(i) & _OBJECT_EVENT_GAP for i in range(verb.end, event.start))
