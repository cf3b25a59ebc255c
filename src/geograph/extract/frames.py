"""Argument frames: who did what to whom, for each relation trigger of a sentence.

The rules are the same for every language; the lexicon says which words mark what. In order of trust:
an argument marked for this trigger (object prepositions such as "به"/"on"/"على", agents such as
"by"/"توسط"), a genitive or possessive of the trigger noun ("سفر پوتین", "Russia's invasion"), the object
postposition "را", a passive's grammatical subject, a verb's direct object, and last the nearest bare actor
before the trigger in its clause as subject. Symmetric relations also read "X and Y met", "between X and Y",
and "during this visit" (the parties of the visit or talks just reported).
"""

from __future__ import annotations

from dataclasses import dataclass

from geograph.extract.document import ActorMention, Candidate, DocState, Group
from geograph.extract.lexicon import TriggerEntry
from geograph.extract.matching import Hit
from geograph.records import Actor
from geograph.vocabulary import relations

_MARKED_WINDOW = 8
_DIRECT_WINDOW = 6
_AGENT_WINDOW = 5
_POSTPOSED_WINDOW = 15


@dataclass(slots=True)
class _Slot:
    group: Group | None = None
    how: str = ""
    actors: tuple[Actor, ...] = ()

    def set(self, group: Group, how: str, actors: tuple[Actor, ...] | None = None) -> None:
        self.group, self.how, self.actors = group, how, actors if actors is not None else group.actors


def _state_id(actor: Actor) -> str:
    if actor.type == "state":
        return actor.id
    return actor.state.id if actor.state is not None else actor.id


class FrameReader:
    def __init__(self, state: DocState) -> None:
        self.s = state
        self.res = state.resources
        lexicon = state.resources.lexicon
        assert lexicon is not None
        self.lex = lexicon
        self.last_encounter: tuple[Actor, Actor] | None = None
        self.triggers: list[Hit] = []
        # Subjects handed down by a controlling trigger ("accused X of arming Y": X arms), by trigger start.
        self.subject_hints: dict[int, Group] = {}
        # Subjects each trigger found explicitly (agent, genitive, possessive), for object_from_event.
        self.event_subjects: dict[int, tuple[Actor, ...]] = {}

    # --- groups and markers ------------------------------------------------------------------------------

    def _skip_transparent(self, at: int, limit: int) -> int:
        while at < limit:
            hit = self.s.hit_starting(at, "transparent")
            if hit is None:
                break
            at = hit.end
        return at

    def _link(self, prev: ActorMention, nxt: ActorMention) -> str | None:
        """How two neighbouring mentions are joined: "conj" (and, و), "sep" (a comma) or not at all."""
        if nxt.start == prev.end:
            return "conj" if self.res.proclitic_conjunction(nxt.proclitic) else None
        sep = self.s.hit_starting(prev.end, "sep")
        at = sep.end if sep is not None else prev.end
        conj = self.s.hit_starting(at, "conj")
        if conj is not None and self._skip_transparent(conj.end, nxt.start) == nxt.start:
            return "conj"
        if conj is None and self._skip_transparent(at, nxt.start) == nxt.start and at > prev.end:
            return "conj" if self.res.proclitic_conjunction(nxt.proclitic) else "sep"
        if conj is None and nxt.start == at and self.res.proclitic_conjunction(nxt.proclitic):
            return "conj"
        return None

    def groups(self, mentions: list[ActorMention]) -> list[Group]:
        out: list[Group] = []
        chain: list[ActorMention] = []
        links: list[str] = []

        def flush() -> None:
            if len(chain) == 1 or "conj" in links:
                out.append(Group(tuple(chain)))
            else:  # commas without a conjunction are appositions, not a list
                out.extend(Group((m,)) for m in chain)

        for mention in mentions:
            link = self._link(chain[-1], mention) if chain else None
            if chain and link is not None and self.s.clause_of[mention.start] == self.s.clause_of[chain[-1].start]:
                chain.append(mention)
                links.append(link)
                continue
            if chain:
                flush()
            chain, links = [mention], []
        if chain:
            flush()
        return out

    def marker_before(self, group: Group) -> str | None:
        carried = self.res.proclitic_marker(group.mentions[0].proclitic)
        if carried is not None:
            return carried
        j = group.start
        for _ in range(3):
            hit = self.s.hit_ending(j, "marker")
            if hit is not None and hit.tag[1] not in self.res.postpositions:
                return hit.tag[1]
            skip = self.s.hit_ending(j, "transparent") or self.s.hit_ending(j, "role")
            if skip is None:
                return None
            j = skip.start
        return None

    def postposed(self, group: Group) -> bool:
        hit = self.s.hit_starting(group.end, "marker")
        return hit is not None and hit.tag[1] in self.res.postpositions

    def attached(self, group: Group) -> bool:
        """Right after a content word: a genitive complement ("تلاش های آمریکا"), seldom a clause subject."""
        i = group.start - 1
        if i < 0 or self.s.clause_of[i] != self.s.clause_of[group.start]:
            return False
        function_words = {"marker", "sep", "conj", "break", "relative", "end", "stop", "aux", "barrier", "cue"}
        return self.s.words[i].isalpha() and not any(h.tag[0] in function_words for h in self.s.ending[group.start])

    def _skippable(self, i: int) -> bool:
        if not self.s.words[i].isalpha():
            return False
        kinds = self.s.kinds_at(i)
        return not kinds or kinds <= {"transparent", "stop", "determiner"}

    def genitive(self, trigger: Hit, groups: list[Group]) -> Group | None:
        by_start = {g.start: g for g in groups}
        j = trigger.end
        of = self.s.hit_starting(j, "marker")
        if of is not None and of.tag[1] in self.res.of_markers:
            return by_start.get(of.end)
        if not self.lex.genitive_follows:
            return None
        for _ in range(self.lex.skippable_max + 1):
            group = by_start.get(j)
            if group is not None:
                return group if self.marker_before(group) is None else None
            if j >= len(self.s.words) or not self._skippable(j):
                return None
            j += 1
        return None

    def _adjacent(self, start: int, end: int) -> bool:
        """Only a few plain words ("more than 60", "the") between, no marker, clause break or other trigger."""
        if end - start > _DIRECT_WINDOW:
            return False
        for i in range(start, end):
            kinds = self.s.kinds_at(i)
            if kinds & {"marker", "break", "relative", "sep", "end", "light"}:
                return False
            if any(t.start == i for t in self.triggers):
                return False
        return True

    def _passive(self, trigger: Hit) -> bool:
        before = self.s.hit_ending(trigger.start, "aux") or self.s.hit_ending(trigger.start - 1, "aux")
        return before is not None or self.s.hit_starting(trigger.end, "aux") is not None

    # --- one trigger -------------------------------------------------------------------------------------

    def _owned(self, trigger: Hit, group: Group) -> bool:
        """No other trigger stands between ``trigger`` and ``group`` (which would govern it instead)."""
        lo, hi = (trigger.end, group.start) if group.start >= trigger.end else (group.end, trigger.start)
        return not any(lo <= t.start and t.end <= hi for t in self.triggers)

    def _claimed_from_left(self, group: Group, mark: str | None) -> bool:
        """ "حمله اسرائیل به سوریه را محکوم کرد": the noun on the left whose frame takes this preposition
        governs the phrase, not the verb after it."""
        clause = self.s.clause_of[group.start]
        left = [t for t in self.triggers if t.end <= group.start and self.s.clause_of[t.start] == clause]
        if not left or mark is None:
            return False
        nearest = max(left, key=lambda t: t.end)
        return group.start - nearest.end <= _MARKED_WINDOW and mark in self.res.object_marks[int(nearest.tag[1])]

    def read(self, trigger: Hit, sentence: int, groups: list[Group]) -> list[Candidate]:
        index = int(trigger.tag[1])
        entry = self.lex.triggers[index]
        clause = self.s.clause_of[trigger.start]
        groups = [g for g in groups if g.end <= trigger.start or g.start >= trigger.end]
        local = [g for g in groups if self.s.clause_of[g.start] == clause]
        marks = {id(g): self.marker_before(g) for g in local}
        subject, obj = _Slot(), _Slot()
        hint = self.subject_hints.get(trigger.start)
        if hint is not None:
            subject.set(hint, "control")
            local = [g for g in local if g is not hint]
        passive = self._passive(trigger)
        by_distance = sorted(local, key=lambda g: min(abs(g.start - trigger.end), abs(trigger.start - g.end)))
        object_marks = self.res.object_marks[index]
        agents = self.res.agent_markers | self.res.subject_marks[index]
        for group in by_distance:
            mark = marks[id(group)]
            after = group.start >= trigger.end
            gap = group.start - trigger.end if after else trigger.start - group.end
            if mark in agents and subject.group is None:
                if entry.verb and not passive:
                    continue  # an active verb's subject is not a "by" phrase ("criticized the decision by X")
                if (after and gap <= _AGENT_WINDOW) or (passive and gap <= 2):
                    subject.set(group, "agent")
            elif (
                mark in object_marks
                and obj.group is None
                and gap <= _MARKED_WINDOW
                and (after or self.lex.genitive_follows)
                and self._owned(trigger, group)
                and (after or not self._claimed_from_left(group, mark))
            ):
                obj.set(group, "marked")
        gen = self.genitive(trigger, groups)
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
            and obj.how == "marked"
            and gen is not obj.group
        ):
            subject.set(gen, "genitive")  # "حمایت ایران از سوریه": with the object marked, the genitive acts
        if obj.group is None:
            self._postposed_object(trigger, local, subject, obj, gen)
        by_end = {g.end: g for g in local}
        if subject.group is None and not entry.verb and not self.lex.genitive_follows:
            poss = self.s.hit_ending(trigger.start, "poss")
            pre = by_end.get(poss.start if poss is not None else trigger.start)
            # "came under US sanctions": a premodifier is the subject even inside a prepositional phrase
            if pre is not None and marks[id(pre)] not in object_marks and pre is not obj.group:
                subject.set(pre, "possessive")
        if subject.group is None and entry.apposition:
            sep = self.s.hit_ending(trigger.start, "sep")
            pre = by_end.get(sep.start) if sep is not None else None
            if pre is not None and pre is not obj.group:
                subject.set(pre, "apposition")
        if entry.measure:
            self._measure(trigger, index, groups, subject, obj)
        free_before = [
            g
            for g in local
            if g.end <= trigger.start
            and marks[id(g)] is None
            and not self.postposed(g)
            and g is not obj.group
            and g is not subject.group
        ]
        if self.lex.genitive_follows and any(not self.attached(g) for g in free_before):
            free_before = [g for g in free_before if not self.attached(g)]
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
            right_before = by_end.get(trigger.start)
            if right_before is not None and right_before is not obj.group:
                subject.set(right_before, "gerund")  # "Sweden joining NATO": even after "to"
        barrier = self.s.hit_ending(trigger.start, "barrier") is not None
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
                if 0 < gap <= _DIRECT_WINDOW and mark in (self.res.agent_markers | self.res.of_markers):
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
        if subject.group is None:
            self._antecedent(trigger, groups, subject)
        if subject.group is not None and subject.how in ("agent", "genitive", "possessive", "control"):
            self.event_subjects[trigger.start] = subject.actors
        if entry.controls and obj.group is not None:
            self._hand_down(trigger, obj.group)
        if entry.object_from_event and obj.group is None and subject.group is not None:
            self._object_from_event(trigger, subject, obj)
        return self._emit(entry, trigger, sentence, subject, obj, local)

    def _hand_down(self, trigger: Hit, controlled: Group) -> None:
        clause = self.s.clause_of[trigger.start]
        if controlled.end <= trigger.start:
            lo, hi = controlled.end, trigger.start  # Persian: "X را به حمایت از Y متهم کرد"
        else:
            lo, hi = controlled.end, len(self.s.words)  # "accused X of arming Y", "اتهم X بتزويد Y"
        for other in self.triggers:
            if lo <= other.start < hi and self.s.clause_of[other.start] == clause:
                self.subject_hints.setdefault(other.start, controlled)

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
        if nearest is not None and subject.group is not None:
            obj.set(subject.group, "event", nearest[1])

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
            hit = self.s.hit_ending(j, "marker")
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
        self, trigger: Hit, local: list[Group], subject: _Slot, obj: _Slot, gen: Group | None
    ) -> None:
        """ "X را ... تحریم کرد": the nearest object postposition before a light-verb trigger, unless the trigger
        is a noun inside a prepositional phrase ("مسکو را برای جنگ")."""
        before = self.s.hit_ending(trigger.start, "marker")
        if (before is not None and before.tag[1] not in self.res.postpositions) or self.s.hit_ending(
            trigger.start, "barrier"
        ):
            return
        if not any(self.s.hit_starting(k, "light") for k in (trigger.end, trigger.end + 1, trigger.end + 2)):
            return  # a noun ("ایجاد ائتلافی"), not a light-verb construction: the را belongs to another verb
        for group in sorted(local, key=lambda g: -g.end):
            if group.end > trigger.start or trigger.start - group.end > _POSTPOSED_WINDOW:
                continue
            if self.postposed(group):
                # "حمله اسرائیل به سوریه را": a group inside a prepositional phrase is not the را-object
                if group is not subject.group and group is not gen and self.marker_before(group) is None:
                    obj.set(group, "marked")
                return
            if any(self.postposed(g) for g in local if group.end <= g.end <= trigger.start and g is not group):
                return

    def _measure(self, trigger: Hit, index: int, local: list[Group], subject: _Slot, obj: _Slot) -> None:
        """vetoes: the object is the target of the blocked measure, the body its ``via``."""
        sentence = self.s.sentence_of[trigger.start]
        measures = [
            h for h in self.s.hits if h.tag == ("measure", str(index)) and self.s.sentence_of[h.start] == sentence
        ]
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

    def _antecedent(self, trigger: Hit, groups: list[Group], subject: _Slot) -> None:
        """A relative clause's subject is the actor its marker follows: "Putin, who visited Pyongyang"."""
        clause = self.s.clause_of[trigger.start]
        first = trigger.start
        while first > 0 and self.s.clause_of[first - 1] == clause:
            first -= 1
        if self.s.hit_starting(first, "relative") is None:
            return
        for group in groups:
            if 0 <= first - group.end <= 2 and len(group.actors) == 1:
                subject.set(group, "antecedent")

    def _emit(
        self, entry: TriggerEntry, trigger: Hit, sentence: int, subject: _Slot, obj: _Slot, local: list[Group]
    ) -> list[Candidate]:
        relation = relations()[entry.relation]
        pairs: list[tuple[Actor, Actor]] = []
        confidence = entry.confidence
        if subject.group is not None and obj.group is not None:
            pairs = [(s, o) for s in subject.actors for o in obj.actors]
            if "clause" in (subject.how, obj.how) or "patient" in (subject.how, obj.how):
                confidence -= 0.1
        elif relation.symmetric:
            members = subject.actors if subject.group is not None else obj.actors
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
        seen: set[tuple[str, str]] = set()
        via = self.via(local) if entry.relation == "vetoes" else None
        spans = [trigger.start, trigger.end]
        for slot in (subject, obj):
            if slot.group is not None:
                spans.extend((slot.group.start, slot.group.end))
        for s, o in pairs:
            if _state_id(s) == _state_id(o):
                continue
            key = (s.id, o.id)
            if relation.symmetric:
                key = (min(s.id, o.id), max(s.id, o.id))
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Candidate(
                    relation=entry.relation,
                    subject=s,
                    object=o,
                    entry=int(trigger.tag[1]),
                    trigger_start=trigger.start,
                    trigger_end=trigger.end,
                    sentence=sentence,
                    span_start=min(spans),
                    span_end=max(spans),
                    confidence=round(max(0.1, min(1.0, confidence)), 2),
                    via=via,
                )
            )
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
        start, end = self.s.sentences[sentence]
        return any(h.tag[0] == "event" for h in self.s.hits if start <= h.start < end)


def read_relations(state: DocState) -> list[Candidate]:
    """Every relation candidate of the document, sentence by sentence."""
    if state.resources.lexicon is None:
        return []
    reader = FrameReader(state)
    mentions_by_sentence: dict[int, list[ActorMention]] = {}
    for mention in state.mentions:
        mentions_by_sentence.setdefault(state.sentence_of[mention.start], []).append(mention)
    covered = {i for m in state.mentions for i in range(m.start, m.end)}
    triggers = _longest([h for h in state.hits if h.tag[0] == "trigger"], covered)
    triggers = _without_blocked_measures(state, _verb_or_noun(state, triggers))
    reader.triggers = triggers
    out: list[Candidate] = []
    groups_cache: dict[int, list[Group]] = {}
    lexicon = state.resources.lexicon

    def order(hit: Hit) -> int:
        entry = lexicon.triggers[int(hit.tag[1])]
        return 0 if entry.controls else 2 if entry.object_from_event else 1

    for trigger in sorted(triggers, key=order):
        sentence = state.sentence_of[trigger.start]
        if sentence not in groups_cache:
            groups_cache[sentence] = reader.groups(mentions_by_sentence.get(sentence, []))
        out.extend(reader.read(trigger, sentence, groups_cache[sentence]))
    # Two trigger entries on the same words (the verb and the noun "veto") read the same relation once.
    unique: dict[tuple[str, str, str, int], Candidate] = {}
    for candidate in out:
        key = (candidate.relation, candidate.subject.id, candidate.object.id, candidate.trigger_start)
        if key not in unique or candidate.confidence > unique[key].confidence:
            unique[key] = candidate
    return list(unique.values())


def _longest(hits: list[Hit], covered: set[int]) -> list[Hit]:
    """Trigger hits, longest first where they overlap, none inside an actor's name."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        span = range(hit.start, hit.end)
        if any(i in covered for i in span):
            continue
        if any(i in taken for i in span) and not any(c.start == hit.start and c.end == hit.end for c in chosen):
            continue
        chosen.append(hit)
        taken.update(span)
    return sorted(chosen, key=lambda h: h.start)


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
        verbs = [h for h in hits if lexicon.triggers[int(h.tag[1])].verb]
        nouns = [h for h in hits if not lexicon.triggers[int(h.tag[1])].verb]
        if not verbs or not nouns:
            out.extend(hits)
            continue
        after = state.hit_starting(hits[0].end, "marker")
        noun_marks = {m for h in nouns for m in state.resources.object_marks[int(h.tag[1])]}
        # "the attacks", "Russia's attacks", "attacks on Ukraine" against "Russia attacks Ukraine"
        premodifier = state.hit_ending(start, "actor")
        nominal = (
            any(state.hit_ending(start, kind) for kind in ("determiner", "poss", "marker"))
            or (after is not None and after.tag[1] in noun_marks)
            # "came under US sanctions": an actor inside a prepositional phrase modifies a noun
            or (premodifier is not None and state.hit_ending(premodifier.start, "marker") is not None)
        )
        out.extend(nouns if nominal else verbs)
    return sorted(out, key=lambda h: h.start)


def _without_blocked_measures(state: DocState, triggers: list[Hit]) -> list[Hit]:
    """A measure that is vetoed or blocked in the same clause ("blocked new sanctions") did not happen."""
    lexicon = state.resources.lexicon
    assert lexicon is not None
    blocked: set[int] = set()
    for trigger in triggers:
        index = trigger.tag[1]
        if not lexicon.triggers[int(index)].measure:
            continue
        clause = state.clause_of[trigger.start]
        for hit in state.hits:
            if hit.tag == ("measure", index) and state.clause_of[hit.start] == clause:
                blocked.add(hit.start)
    return [t for t in triggers if t.start not in blocked or lexicon.triggers[int(t.tag[1])].measure]
