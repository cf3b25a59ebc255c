"""What the pipeline components know about one document, shared through ``doc._.geo``.

Components fill it in order: sentences, phrase hits and actor mentions, role-introduced actors, coreference,
relation candidates, modality. Token indices throughout; the extractor maps them to characters at the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from geograph.extract.actors.matching import Hit
from geograph.extract.actors.resources import LanguageResources
from geograph.extract.hit_index import HitIndex
from geograph.records import Actor, Modality
from geograph.vocabulary import relations

# ActorMention, Group and Candidate are named tuples: immutable and compared by value like frozen dataclasses,
# and several times cheaper to make (a document makes dozens of each; a frozen dataclass sets every field
# through object.__setattr__).


class ActorMention(NamedTuple):
    """Tokens ``start:end`` naming one actor (or two: "the two countries")."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    kind: str  # name | role | coref
    proclitic: str = ""


class Group(NamedTuple):
    """Coordinated mentions ("Britain, France and Germany"), as one argument."""

    mentions: tuple[ActorMention, ...]
    start: int = 0
    end: int = 0
    actors: tuple[Actor, ...] = ()

    @classmethod
    def of(cls, mentions: tuple[ActorMention, ...]) -> Group:
        actors = tuple(dict.fromkeys(a for m in mentions for a in m.actors))
        return cls(mentions, mentions[0].start, mentions[-1].end, actors)


class Candidate(NamedTuple):
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
    learned: bool = False  # bound by a learned model (the argument binder, or the pair reader), not a frame rule
    paired: bool = False  # given by the learned pair reader (no trigger's frame read it)


def acting_state_id(actor: Actor) -> str:
    """The id of the state ``actor`` acts for, or its own id when it acts for none (a state, a body of its own):
    two actors with one such id are one side, with no relation the vocabulary types between them."""
    return actor.state.id if actor.state is not None else actor.id


def mention_states(mention: ActorMention) -> frozenset[str]:
    """The ids of the states a mention's actors act for (an actor acting for none stands for itself)."""
    return frozenset(acting_state_id(a) for a in mention.actors)


def said_key(sentence: int, relation: str, subject: str, obj: str) -> tuple[int, str, str, str]:
    """What one sentence says of two actors (by id), as a key: the relation's order between them counts only
    when the relation is not symmetric. Two readings with one key are the same statement."""
    if relations()[relation].symmetric and obj < subject:
        subject, obj = obj, subject
    return sentence, relation, subject, obj


@dataclass(slots=True)
class DocState:
    resources: LanguageResources
    published: dt.date | None
    outlet: str | None = None  # the id of the state the article's outlet publishes from (``actors.outlets``)
    words: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # character offset of each token in the normalized text
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)
    clause_of: list[int] = field(default_factory=list)
    index: HitIndex = field(default_factory=lambda: HitIndex([]))  # the phrase hits, see index_hits
    mentions: list[ActorMention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    def index_hits(self, hits: list[Hit]) -> None:
        self.index = HitIndex(hits)

    @property
    def hits(self) -> list[Hit]:
        """Every phrase hit, by first token (shared: do not change the list)."""
        return self.index.hits

    def of_kind(self, kind: str) -> list[Hit]:
        """The hits of ``kind``, in hit order (shared: do not change the list)."""
        return self.index.of(kind)

    def starting_at(self, i: int) -> list[Hit]:
        return self.index.starting_at(i)

    def ending_at(self, j: int) -> list[Hit]:
        return self.index.ending_at(j)

    def kinds_at(self, i: int) -> frozenset[str]:
        return self.index.kinds_at(i)

    def hit_starting(self, i: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` starting at token ``i``."""
        return self.index.hit_starting(i, kind)

    def hit_ending(self, j: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` ending at token ``j`` (exclusive)."""
        return self.index.hit_ending(j, kind)
