"""What the pipeline components know about one document, shared through ``doc._.geo``.

Components fill it in order: sentences, phrase hits and actor mentions, role-introduced actors, coreference,
relation candidates, modality. Token indices throughout; the extractor maps them to characters at the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geograph.extract.matching import Hit
from geograph.extract.resources import LanguageResources
from geograph.records import Actor, Modality

_NONE: list[Hit] = []


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Tokens ``start:end`` naming one actor (or two: "the two countries")."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    kind: str  # name | role | coref
    proclitic: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """Coordinated mentions ("Britain, France and Germany"), as one argument."""

    mentions: tuple[ActorMention, ...]
    start: int = 0
    end: int = 0
    actors: tuple[Actor, ...] = ()

    @classmethod
    def of(cls, mentions: tuple[ActorMention, ...]) -> Group:
        actors = tuple(dict.fromkeys(a for m in mentions for a in m.actors))
        return cls(mentions, mentions[0].start, mentions[-1].end, actors)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One relation between two actors, read from the frame of one trigger."""

    relation: str
    subject: Actor
    object: Actor
    entry: int  # index of the lexicon trigger entry that read it
    trigger_start: int
    trigger_end: int
    sentence: int
    span_start: int
    span_end: int
    confidence: float
    via: Actor | None = None
    modality: Modality = "asserted"


@dataclass(slots=True)
class DocState:
    resources: LanguageResources
    published: dt.date | None
    words: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # character offset of each token in the normalized text
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)
    clause_of: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    starting: dict[int, list[Hit]] = field(default_factory=dict)  # hits by first token
    ending: dict[int, list[Hit]] = field(default_factory=dict)  # hits by end token (exclusive)
    mentions: list[ActorMention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    def index_hits(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.starting, self.ending = {}, {}
        for hit in hits:
            self.starting.setdefault(hit.start, []).append(hit)
            self.ending.setdefault(hit.end, []).append(hit)

    def starting_at(self, i: int) -> list[Hit]:
        return self.starting.get(i, _NONE)

    def ending_at(self, j: int) -> list[Hit]:
        return self.ending.get(j, _NONE)

    def kinds_at(self, i: int) -> set[str]:
        return {h.tag[0] for h in self.starting.get(i, _NONE)}

    def hit_starting(self, i: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` starting at token ``i``."""
        best: Hit | None = None
        for hit in self.starting.get(i, _NONE):
            if hit.tag[0] == kind and (best is None or hit.end > best.end):
                best = hit
        return best

    def hit_ending(self, j: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` ending at token ``j`` (exclusive)."""
        best: Hit | None = None
        for hit in self.ending.get(j, _NONE):
            if hit.tag[0] == kind and (best is None or hit.start < best.start):
                best = hit
        return best
