"""Actors introduced by a role title (references to the state(s) last named are in ``coreference``).

A title next to a state or body and a name is one actor: "Russia's UN envoy Vasily Nebenzia",
"وزیر خارجه ایران عباس عراقچی", "معصومه محمدی کارشناس مسائل اوراسیا". Names the gazetteer does not know get a
local id. A title with a state and no name ("the Russian president") is the office holder on the article's
date when the gazetteer knows them, else the state itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, DocState
from geograph.records import Actor

_ARTICLES = frozenset({"a", "an", "the"})
_MAIN_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})
COUNTERPART = "counterpart"  # a role's office: the office of the person named before it ("his Iranian counterpart")


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def acting_states(actor: Actor) -> tuple[Actor, ...]:
    """The state an actor is or acts for (none for an actor without one)."""
    if actor.type == "state":
        return (actor,)
    return (actor.state,) if actor.state is not None else ()


class RoleResolver:
    def __init__(self, state: DocState) -> None:
        self.s = state
        lexicon = state.resources.lexicon
        self.roles = lexicon.roles if lexicon else ()
        self.by_start = {m.start: m for m in state.mentions}
        self.by_end = {m.end: m for m in state.mentions}
        self.inside_mentions = {i for m in state.mentions for i in range(m.start + 1, m.end)}
        self.english = bool(lexicon and lexicon.language == "en")  # capitals mark names

    def _name_token(self, i: int, english: bool) -> bool:
        if not 0 <= i < len(self.s.words):
            return False
        word = self.s.words[i]
        if word.lower() in self.s.resources.name_stop:
            return False
        if not word.isalpha() or self.s.starting_at(i) or any(h.start < i < h.end for h in self.s.ending_at(i + 1)):
            return False
        return word[0].isupper() if english else True

    @staticmethod
    def _with_owner(actors: tuple[Actor, ...], owner: ActorMention | None) -> tuple[Actor, ...]:
        """A known person the gazetteer gives no state acts for the one their title names here."""
        if owner is None or actors[0].state is not None or owner.actors[0].type not in ("state", "organization"):
            return actors
        acting_for = acting_states(owner.actors[0]) or owner.actors[:1]
        return (replace(actors[0], state=acting_for[0]), *actors[1:])

    def _opens(self, i: int) -> bool:
        """Token ``i`` starts a sentence or follows punctuation."""
        return i == 0 or self.s.sentence_of[i - 1] != self.s.sentence_of[i] or not self.s.words[i - 1].isalnum()

    def _unsuffixed(self, hit: Hit) -> bool:
        """The title's last word carries no inflectional suffix (a proclitic is fine)."""
        word = self.s.words[hit.end - 1]
        lower = word.lower()
        for form in self.s.resources.analyzer.forms(word):
            if form.text not in self.s.resources.role_last_words:
                continue
            removed = len(form.proclitic.replace("+", "")) if hit.end - 1 == hit.start else 0
            if len(form.text) >= len(lower) - removed:
                return True
        return False

    def _unknown_name(self, start: int, forward: bool) -> tuple[int, int] | None:
        count = 0
        i = start if forward else start - 1
        while count < 3 and self._name_token(i, self.english):
            count += 1
            i = i + 1 if forward else i - 1
        if count < 2:
            return None
        span = (start, start + count) if forward else (start - count, start)
        first = self.s.words[span[0]].lower()
        if any(first.startswith(p) for p in self.s.resources.name_not_first):
            return None  # "العسكري ...": an adjective, not a first name
        return span

    def _skip_words(self, at: int, forward: bool) -> int:
        """Past up to two institution words between a title and its state: "وزارت خارجه", "Foreign Ministry"."""
        moved = 0
        while moved < 2:
            i = at if forward else at - 1
            if not 0 <= i < len(self.s.words):
                break
            word = self.s.words[i]
            kinds = self.s.kinds_at(i)
            if not word.isalpha() or not kinds <= {"transparent"} or (self.english and not word[0].isupper()):
                break
            at = at + 1 if forward else at - 1
            moved += 1
        return at if moved else -1

    def _state_near(self, rs: int, re_: int) -> tuple[ActorMention | None, int, int]:
        """The state or body the title belongs to, and the extent of title + state."""
        after = self.by_start.get(re_) or self.by_start.get(self._skip_words(re_, forward=True))
        if after is not None and after.actors[0].type == "person":
            after = None  # "Foreign Minister Prince Faisal": the name, not the state
        of = self.s.hit_starting(re_, "marker")
        if after is None and of is not None and of.tag[1] in self.s.resources.of_markers:
            after = self.by_start.get(of.end)
        if after is not None:
            # "السفير الروسي لدى الأمم المتحدة": a body after the state belongs to the title too.
            end = after.end
            link = self.s.hit_starting(end, "marker")
            body = self.by_start.get(link.end) if link is not None else None
            if body is not None and body.actors[0].type == "organization":
                end = body.end
            return after, min(rs, after.start), end
        before = self.by_end.get(rs) or self.by_end.get(self._skip_words(rs, forward=False))
        poss = self.s.hit_ending(rs, "poss")
        if before is None and poss is not None:
            before = self.by_end.get(poss.start)
        if before is not None:
            start = before.start
            outer = self.by_end.get(start) or (
                self.by_end.get(p.start) if (p := self.s.hit_ending(start, "poss")) else None
            )
            if outer is not None and any(a.type == "state" for a in outer.actors):
                return outer, outer.start, re_  # "Russia's UN envoy"
            return before, start, re_
        return None, rs, re_

    def _counterpart_office(self, start: int, replaced: list[tuple[int, int, ActorMention]]) -> str | None:
        """The office, on the article's day, of the person whose counterpart a title before ``start`` names: the
        last person named earlier in its sentence ("the Saudi foreign minister met his Iranian counterpart")."""
        sentence = self.s.sentence_of[start]
        earlier = [*self.s.mentions, *(m for _, _, m in replaced)]
        people = [
            m
            for m in earlier
            if m.end <= start and self.s.sentence_of[m.start] == sentence and m.actors[0].type == "person"
        ]
        if not people:
            return None
        person = max(people, key=lambda m: m.start).actors[0]
        return self.s.resources.gazetteer.office_held(person.id, self.s.published)

    def resolve(self) -> list[ActorMention]:
        replaced: list[tuple[int, int, ActorMention]] = []
        roles = sorted(self.s.of_kind("role"), key=lambda h: (h.start, -h.end))
        done_until = 0
        titled: set[int] = set()  # ends of persons a title before them already introduced
        for hit in roles:
            if hit.start < done_until:
                continue  # "Minister" inside "Prime Minister"
            done_until = hit.end
            role = self.roles[int(hit.tag[1])]
            if not self._unsuffixed(hit):
                continue  # "محللون" (analysts), "رهبری" (leadership): an inflected title introduces no one
            if any(h.tag[0] == "marker" and h.start < hit.start for h in self.s.ending_at(hit.end)):
                continue  # part of a marker phrase: "به رهبری" (led by) is not "رهبر" (leader)
            if hit.start in self.by_start or hit.start in self.inside_mentions:
                continue
            owner, start, end = self._state_near(hit.start, hit.end)
            states = acting_states(owner.actors[0]) if owner is not None else ()
            person = self.by_start.get(end)
            if person is None and self._name_token(end, english=True):
                person = self.by_start.get(end + 1)  # an honorific before the name: "Prince Faisal"
            if person is not None and person.actors[0].type == "person":
                actors = self._with_owner(person.actors, owner)
                replaced.append((start, person.end, ActorMention(start, person.end, actors, "role")))
                titled.add(person.end)
                continue
            # Capitals mark an English name after a lesser title ("Communist Party chief Nguyen Phu Trong");
            # elsewhere only a title tied to a state or a stateless one ("کارشناس") is followed by its holder's
            # name. A bare "President NAME" is left to coreference, which gives the state last named.
            named_after = owner is not None or role.stateless or (self.english and role.office not in _MAIN_OFFICES)
            forward = self._unknown_name(end, forward=True) if named_after else None
            comma = self.s.hit_ending(start, "sep")
            if comma is None and self.english and start > 0 and self.s.words[start - 1].lower() in _ARTICLES:
                comma = self.s.hit_ending(start - 1, "sep")  # "NAME, an expert on ..."
            before = self.by_end.get(start) or (self.by_end.get(comma.start) if comma is not None else None)
            if (
                forward is None
                and before is not None
                and before.actors[0].type == "person"
                and before.end not in titled
            ):
                # (a person a title already introduced is not this title's holder: "الرئيس المصري السيسي
                # وزير الخارجية الأمريكي" is two people)
                # "ولادیمیر پوتین رئیس جمهور روسیه", "Vladimir Putin, the Russian president"
                actors = self._with_owner(before.actors, owner)
                replaced.append((before.start, end, ActorMention(before.start, end, actors, "role")))
                continue
            # English puts a comma between a name and a following title; capitals right before a title are the
            # body it serves ("Foreign Ministry spokesman"), not a name.
            if not self.english:
                backward = self._unknown_name(start, forward=False)
            elif forward is None and comma is not None:
                backward = self._unknown_name(comma.start, forward=False)
            else:
                backward = None
            if backward is not None and owner is not None and not role.stateless and not self._opens(backward[0]):
                backward = None  # "NAME, title of STATE" only where the name opens its clause
            span = forward or backward
            if span is not None:
                name = " ".join(self.s.words[span[0] : span[1]])
                actor = Actor(
                    id=f"local:{_slug(name)}",
                    label=name,
                    type="person",
                    text=name,
                    # the state the title names, else the body ("Secretary-General of the UN" acts for the UN)
                    state=None if role.stateless or owner is None else states[0] if states else owner.actors[0],
                )
                lo, hi = min(start, span[0]), max(end, span[1])
                replaced.append((lo, hi, ActorMention(lo, hi, (actor,), "role")))
                continue
            if owner is not None and not role.stateless:
                holder = None
                gazetteer = self.s.resources.gazetteer
                office = role.office
                if office == COUNTERPART:
                    office = self._counterpart_office(start, replaced) or office
                if office in _MAIN_OFFICES and states:
                    office = gazetteer.office_of_title(states[0].id, role.title, office)
                    holder = gazetteer.office_holder(states[0].id, office, self.s.published)
                if holder is not None:
                    text = " ".join(self.s.words[start:end])
                    actor = gazetteer.actor(holder, text, self.s.published)
                    replaced.append((start, end, ActorMention(start, end, (actor,), "role")))
                elif owner.actors[0].type in ("state", "organization"):
                    # "the US foreign minister" with no known holder, "the spokesman of Iran's foreign ministry":
                    # the state or body speaks, over the whole phrase, so the title's words (and the "of" before
                    # the body) stand between nothing and their verb
                    replaced.append((start, end, ActorMention(start, end, owner.actors, "role")))
        return _apply(self.s.mentions, replaced)


def _apply(mentions: list[ActorMention], replaced: list[tuple[int, int, ActorMention]]) -> list[ActorMention]:
    """Replace the mentions each role span covers by the role's mention (later replacements win)."""
    covered: dict[int, int] = {}  # token -> index of the replacement covering it
    for n, (start, end, _) in enumerate(replaced):
        for i in range(start, end):
            covered[i] = n
    kept = [m for m in mentions if covered.keys().isdisjoint(range(m.start, m.end))] if covered else mentions
    final: dict[int, ActorMention] = {}
    for n, (start, end, mention) in enumerate(replaced):
        if all(covered.get(i) == n for i in range(start, end)):
            final[n] = mention
    return sorted([*kept, *final.values()], key=lambda m: m.start)
