"""Actors introduced by a role title, and references to the state(s) last named.

A title next to a state or body and a name is one actor: "Russia's UN envoy Vasily Nebenzia",
"وزیر خارجه ایران عباس عراقچی", "معصومه محمدی کارشناس مسائل اوراسیا". Names the gazetteer does not know get a
local id. A title with a state and no name ("the Russian president") is the office holder on the article's
date when the gazetteer knows them, else the state itself.
"""

from __future__ import annotations

import re

from geograph.extract.document import ActorMention, DocState
from geograph.records import Actor

_MAIN_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def _states(actor: Actor) -> tuple[Actor, ...]:
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

    def _name_token(self, i: int, english: bool) -> bool:
        if not 0 <= i < len(self.s.words):
            return False
        word = self.s.words[i]
        if not word.isalpha() or self.s.starting[i] or any(h.start < i < h.end for h in self.s.ending[i + 1]):
            return False
        return word[0].isupper() if english else True

    def _unknown_name(self, start: int, forward: bool) -> tuple[int, int] | None:
        english = bool(self.s.resources.lexicon and self.s.resources.lexicon.language == "en")
        count = 0
        i = start if forward else start - 1
        while count < 3 and self._name_token(i, english):
            count += 1
            i = i + 1 if forward else i - 1
        if count < 2:
            return None
        return (start, start + count) if forward else (start - count, start)

    def _skip_words(self, at: int, forward: bool) -> int:
        """Past up to two institution words between a title and its state: "وزارت خارجه", "Foreign Ministry"."""
        english = bool(self.s.resources.lexicon and self.s.resources.lexicon.language == "en")
        moved = 0
        while moved < 2:
            i = at if forward else at - 1
            if not 0 <= i < len(self.s.words):
                break
            word = self.s.words[i]
            kinds = {h.tag[0] for h in self.s.starting[i]}
            if not word.isalpha() or not kinds <= {"transparent"} or (english and not word[0].isupper()):
                break
            at = at + 1 if forward else at - 1
            moved += 1
        return at if moved else -1

    def _state_near(self, rs: int, re_: int) -> tuple[ActorMention | None, int, int]:
        """The state or body the title belongs to, and the extent of title + state."""
        after = self.by_start.get(re_) or self.by_start.get(self._skip_words(re_, forward=True))
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

    def resolve(self) -> list[ActorMention]:
        replaced: list[tuple[int, int, ActorMention]] = []
        roles = sorted((h for h in self.s.hits if h.tag[0] == "role"), key=lambda h: (h.start, -h.end))
        done_until = 0
        for hit in roles:
            if hit.start < done_until:
                continue  # "Minister" inside "Prime Minister"
            done_until = hit.end
            role = self.roles[int(hit.tag[1])]
            if any(h.tag[0] == "marker" and h.start < hit.start for h in self.s.ending[hit.end]):
                continue  # part of a marker phrase: "به رهبری" (led by) is not "رهبر" (leader)
            if hit.start in self.by_start or any(m.start < hit.start < m.end for m in self.s.mentions):
                continue
            owner, start, end = self._state_near(hit.start, hit.end)
            states = _states(owner.actors[0]) if owner is not None else ()
            person = self.by_start.get(end)
            if person is not None and person.actors[0].type == "person":
                replaced.append((start, person.end, ActorMention(start, person.end, person.actors, "role")))
                continue
            forward = self._unknown_name(end, forward=True)
            comma = self.s.hit_ending(start, "sep")
            before = self.by_end.get(start) or (self.by_end.get(comma.start) if comma is not None else None)
            if forward is None and before is not None and before.actors[0].type == "person":
                # "ولادیمیر پوتین رئیس جمهور روسیه", "Vladimir Putin, the Russian president"
                replaced.append((before.start, end, ActorMention(before.start, end, before.actors, "role")))
                continue
            span = forward or (self._unknown_name(start, forward=False) if owner is None or role.stateless else None)
            if span is not None:
                name = " ".join(self.s.words[span[0] : span[1]])
                actor = Actor(
                    id=f"local:{_slug(name)}",
                    label=name,
                    type="person",
                    text=name,
                    state=None if role.stateless or not states else states[0],
                )
                lo, hi = min(start, span[0]), max(end, span[1])
                replaced.append((lo, hi, ActorMention(lo, hi, (actor,), "role")))
                continue
            if owner is not None and states and role.office in _MAIN_OFFICES:
                holder = self.s.resources.gazetteer.office_holder(states[0].id, role.office, self.s.published)
                if holder is not None:
                    text = " ".join(self.s.words[start:end])
                    actor = self.s.resources.gazetteer.actor(holder, text, self.s.published)
                    replaced.append((start, end, ActorMention(start, end, (actor,), "role")))
        return _apply(self.s.mentions, replaced)


def _apply(mentions: list[ActorMention], replaced: list[tuple[int, int, ActorMention]]) -> list[ActorMention]:
    out = list(mentions)
    for start, end, mention in replaced:
        out = [m for m in out if m.end <= start or m.start >= end]
        out.append(mention)
    return sorted(out, key=lambda m: m.start)


def resolve_coreference(state: DocState) -> list[ActorMention]:
    """Mentions for "this country" (the state last named), "the two countries" (the last two) and "the group"
    (the armed group or group last named); "these countries" resolves to nothing."""
    covered = {i for m in state.mentions for i in range(m.start, m.end)}
    kinds = ("coref1", "coref2", "corefp", "corefg")
    refs = [h for h in state.hits if h.tag[0] in kinds and h.start not in covered]
    refs.sort(key=lambda h: (h.start, -h.end, h.tag[0] != "corefp"))
    out = list(state.mentions)
    taken: set[int] = set()
    for ref in refs:
        if any(i in taken for i in range(ref.start, ref.end)):
            continue
        if ref.tag[0] == "corefp":
            taken.update(range(ref.start, ref.end))
            continue
        if ref.tag[0] == "corefg":
            groups = [a for m in out if m.end <= ref.start for a in m.actors if a.type in ("armed_group", "group")]
            if groups:
                taken.update(range(ref.start, ref.end))
                out.append(ActorMention(ref.start, ref.end, (groups[-1],), "coref"))
                out.sort(key=lambda m: m.start)
            continue
        recent: list[Actor] = []
        for mention in out:
            if mention.end > ref.start:
                break
            for actor in mention.actors:
                for st in _states(actor):
                    recent = [r for r in recent if r.id != st.id]
                    recent.append(st)
        want = 1 if ref.tag[0] == "coref1" else 2
        if len(recent) < want:
            continue
        taken.update(range(ref.start, ref.end))
        actors = tuple(recent[-want:])
        out.append(ActorMention(ref.start, ref.end, actors, "coref"))
        out.sort(key=lambda m: m.start)
    return out
