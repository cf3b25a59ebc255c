"""A sentence's arguments: its actor mentions joined into coordinated groups ("Britain, France and Germany"),
and the preposition governing each group ("به"/"on"/"على", "by"/"توسط"), which the frame rules read.

Built once per sentence, on the first trigger that asks, over the document's hit index; the governing
preposition of a group span is kept for every later question about it.
"""

from __future__ import annotations

from geograph.extract.document import ActorMention, DocState, Group

_PLACE_WORDS = 3  # words of a place name inside an actor ("the port of Odesa")
_FUNCTION_WORDS = frozenset({"marker", "sep", "conj", "break", "relative", "end", "aux", "barrier", "cue"})
_SKIPPABLE = frozenset({"transparent", "determiner"})


class Arguments:
    """A sentence's argument groups and what every trigger of the sentence asks about them, built once."""

    __slots__ = ("by_start", "groups", "marks", "postposed")

    def __init__(self, groups: list[Group], marks: dict[int, str | None], postposed: set[int]) -> None:
        self.groups = groups
        self.by_start = {g.start: g for g in groups}
        # by id of the group (the groups live as long as this): the strict marker_before of each, and which
        # ones an object postposition follows
        self.marks = marks
        self.postposed = postposed


def group_of_one(mention: ActorMention) -> Group:
    """``Group.of((mention,))`` without hashing the actors when there is just one (the common case)."""
    if len(mention.actors) == 1:
        return Group((mention,), mention.start, mention.end, mention.actors)
    return Group.of((mention,))


class ArgumentReader:
    """The argument groups of a document's sentences and the markers before them (see the module)."""

    def __init__(self, state: DocState) -> None:
        self.s = state
        self.res = state.resources
        lexicon = state.resources.lexicon
        assert lexicon is not None
        self.lex = lexicon
        index = self.index = state.index
        self.starting = index.longest_starting  # self.starting[kind].get(i): the longest hit of kind at i
        self.ending = index.longest_ending  # self.ending[kind].get(j): the longest hit of kind ending at j
        self._markers: dict[tuple[int, int, bool], str | None] = {}  # marker_before, per group span
        self._arguments: dict[int, Arguments] = {}  # by sentence

    def _skip_transparent(self, at: int, limit: int) -> int:
        while at < limit:
            hit = self.starting["transparent"].get(at)
            if hit is None:
                break
            at = hit.end
        return at

    def _link(self, prev: ActorMention, nxt: ActorMention) -> str | None:
        """How two neighbouring mentions are joined: "conj" (and, و), "sep" (a comma) or not at all."""
        if nxt.start == prev.end:
            return "conj" if self.res.proclitic_conjunction(nxt.proclitic) else None
        end = self._skip_transparent(prev.end, nxt.start)  # a closing quotation mark: «X» و «Y»
        sep = self.starting["sep"].get(end)
        at = sep.end if sep is not None else end
        conj = self.starting["conj"].get(at)
        if conj is not None and self._skip_transparent(conj.end, nxt.start) == nxt.start:
            return "conj"
        if conj is None and at > prev.end and self._skip_transparent(at, nxt.start) == nxt.start:
            return "conj" if self.res.proclitic_conjunction(nxt.proclitic) else "sep"
        if conj is None and nxt.start == at and self.res.proclitic_conjunction(nxt.proclitic):
            return "conj"
        return None

    def _marked_mention(self, mention: ActorMention) -> bool:
        """Deep inside a prepositional phrase, behind a noun ("به نوشته رسانه‌های آمریکایی")."""
        group = group_of_one(mention)
        if self.marker_before(group) is not None:
            return False
        loose = self.marker_before(group, loose=True)
        return loose is not None and loose not in self.res.pair_markers

    def arguments(self, sentence: int, mentions: list[ActorMention]) -> Arguments:
        """The groups of ``sentence`` (its ``mentions``), built on the first trigger that asks."""
        arguments = self._arguments.get(sentence)
        if arguments is None:
            groups = self.groups(mentions)
            marks = {id(g): self.marker_before(g) for g in groups}
            postposed = {id(g) for g in groups if self.postposed(g)}
            arguments = self._arguments[sentence] = Arguments(groups, marks, postposed)
        return arguments

    def groups(self, mentions: list[ActorMention]) -> list[Group]:
        out: list[Group] = []
        chain: list[ActorMention] = []
        links: list[str] = []

        def flush() -> None:
            if len(chain) == 1:
                out.append(group_of_one(chain[0]))
            elif "conj" in links:
                out.append(Group.of(tuple(chain)))
            else:  # commas without a conjunction are appositions, not a list
                out.extend(group_of_one(m) for m in chain)

        clause_of = self.s.clause_of
        for mention in mentions:
            same_clause = bool(chain) and clause_of[mention.start] == clause_of[chain[-1].start]
            link = self._link(chain[-1], mention) if same_clause else None
            if link == "sep" and len(chain) == 1 and self._marked_mention(chain[0]):
                link = None  # "به نوشته رسانه‌های آمریکایی، ریاض و ...": a phrase, then the list starts
            if link is not None:
                chain.append(mention)
                links.append(link)
                continue
            if chain:
                flush()
            chain, links = [mention], []
        if chain:
            flush()
        return out

    def marker_before(self, group: Group, loose: bool = False) -> str | None:
        """The preposition governing ``group``; ``loose`` also looks past a genitive chain of plain words
        (Persian/Arabic "از تصمیم مسکو"), which suits objects but would hide subjects after time phrases."""
        key = (group.start, group.end, loose)
        if key in self._markers:
            return self._markers[key]
        marker = self._markers[key] = self._marker_before(group, loose)
        return marker

    def _marker_before(self, group: Group, loose: bool) -> str | None:
        proclitic = group.mentions[0].proclitic
        carried = self.res.proclitic_marker(proclitic) if proclitic else None  # "بروسيا": ب governs the actor
        if carried is not None and not (
            # "مواقع لحزب الله" (positions of Hezbollah): behind a possessive «لـ» right after a transparent head
            # the actor stands for that head, governed by what governs the head
            carried in self.res.possessor_markers and self.ending["transparent"].get(group.start) is not None
        ):
            return carried
        j = group.start
        for _ in range(4):
            hit = self.ending["marker"].get(j)
            if hit is not None and self.ending["resumptive"].get(j) is not None:
                return None  # "عليه واشنطن": the preposition governs the pronoun, not the actor after it
            if hit is not None and loose and hit.tag[1] in self.res.locatives:
                # "به بندر اودسا در جنوب اوکراین", "at the city of Eilat in Israel": a place inside the actor,
                # governed by the preposition before the place
                outer = self._marker_over_place(hit.start)
                if outer is not None:
                    return outer
            if hit is not None and hit.tag[1] not in self.res.postpositions:
                return hit.tag[1]
            skip = self.ending["transparent"].get(j) or self.ending["role"].get(j)
            if skip is not None:
                j = skip.start
                continue
            # Persian/Arabic: an actor at the end of a genitive chain inside a phrase ("از تصمیم مسکو",
            # "به نیروگاه‌ها و شبکه برق اوکراین") is inside the phrase too
            if not loose or not self.lex.genitive_follows or not self._plain(j - 1):
                return None
            j -= 1
        return None

    def _marker_over_place(self, j: int) -> str | None:
        """The preposition before a short place phrase (plain or transparent words) ending at ``j``."""
        for _ in range(_PLACE_WORDS):
            hit = self.ending["marker"].get(j)
            if hit is not None:
                tag = hit.tag[1]
                return None if tag in self.res.postpositions or tag in self.res.locatives else tag
            if not self._plain_or_transparent(j - 1):
                return None
            j -= 1
        return None

    def _plain_or_transparent(self, i: int) -> bool:
        return self._plain(i) or (0 <= i < len(self.s.words) and self.index.kinds_at(i) == {"transparent"})

    def _plain(self, i: int) -> bool:
        """A content word: letters, no lexicon or gazetteer hit of any kind."""
        return 0 <= i < len(self.s.words) and self.s.words[i].isalpha() and not self.index.starting_at(i)

    def postposed(self, group: Group) -> bool:
        hit = self.starting["marker"].get(group.end)
        return hit is not None and hit.tag[1] in self.res.postpositions

    def attached(self, group: Group) -> bool:
        """Right after a content word: a genitive complement ("تلاش های آمریکا"), seldom a clause subject."""
        i = group.start - 1
        if i < 0 or self.s.clause_of[i] != self.s.clause_of[group.start]:
            return False
        return self.s.words[i].isalpha() and not any(
            h.tag[0] in _FUNCTION_WORDS for h in self.index.ending_at(group.start)
        )

    def _skippable(self, i: int) -> bool:
        if not self.s.words[i].isalpha():
            return False
        kinds = self.index.kinds_at(i)
        return not kinds or kinds <= _SKIPPABLE
