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

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(dict.fromkeys(a for m in self.mentions for a in m.actors))


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
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)
    clause_of: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    starting: list[list[Hit]] = field(default_factory=list)
    ending: list[list[Hit]] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    def index_hits(self, hits: list[Hit]) -> None:
        n = len(self.words)
        self.hits = hits
        self.starting = [[] for _ in range(n + 1)]
        self.ending = [[] for _ in range(n + 1)]
        for hit in hits:
            self.starting[hit.start].append(hit)
            self.ending[hit.end].append(hit)

    def kinds_at(self, i: int) -> set[str]:
        return {h.tag[0] for h in self.starting[i]} if 0 <= i < len(self.starting) else set()

    def hit_starting(self, i: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` starting at token ``i``."""
        best: Hit | None = None
        if 0 <= i < len(self.starting):
            for hit in self.starting[i]:
                if hit.tag[0] == kind and (best is None or hit.end > best.end):
                    best = hit
        return best

    def hit_ending(self, j: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` ending at token ``j`` (exclusive)."""
        best: Hit | None = None
        if 0 <= j < len(self.ending):
            for hit in self.ending[j]:
                if hit.tag[0] == kind and (best is None or hit.start < best.start):
                    best = hit
        return best
