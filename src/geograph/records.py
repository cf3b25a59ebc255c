"""The typed records that cross geograph's stage boundaries.

Every stage (read -> normalize -> extract -> store -> export) hands the next one these small frozen
dataclasses; nothing crosses a module boundary as a loose dict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, get_args

Modality = Literal["asserted", "alleged", "denied", "planned", "speculative", "negated"]
MODALITIES: tuple[Modality, ...] = get_args(Modality)

ActorType = Literal["state", "person", "organization", "armed_group", "group", "place"]
ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)

DatePrecision = Literal["day", "month", "year"]

Span = tuple[int, int]

_FIELD_GETTERS: dict[type, attrgetter[Any]] = {}


class _PickledByFields:
    """Pickles a record as its class and its field values, and unpickles it through ``__init__``.

    Extractions cross process boundaries (``--workers``, Dask) by pickle. A slotted dataclass's own pickle
    support calls ``dataclasses.fields`` for every object and sets each field through a Python loop; this
    is about half the cost both ways, and unpickling is the single writer's time. Every field must therefore
    be an ``__init__`` argument, in declaration order (a round-trip test in ``tests/test_records.py`` checks).
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        getter = _FIELD_GETTERS.get(cls)
        if getter is None:
            getter = _FIELD_GETTERS[cls] = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]
        return cls, getter(self)


@dataclass(frozen=True, slots=True)
class Article(_PickledByFields):
    """One article as read from the user's input.

    ``text`` is the text as the user gave it (for HTML: the main text extracted from the page). Every
    character offset geograph reports points into this string. ``boilerplate`` lists spans of ``text`` that
    are clearly not the article body (site banners, share links, comment forms); they are kept in ``text``
    so offsets stay true, and skipped by normalization and extraction.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    lang: str | None = None
    origin: str | None = None
    boilerplate: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadFailure(_PickledByFields):
    """An input that could not be read as an article, and why (one line, for the user)."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Actor(_PickledByFields):
    """An actor as it takes part in one assertion.

    ``id`` is a Wikidata id (``Q159``) where known, else a local id (``local:...``). ``state`` is, for a
    person or body acting for a state, that state as of the article's date.
    """

    id: str
    label: str
    type: ActorType
    wikidata: str | None = None
    text: str | None = None
    state: Actor | None = None


@dataclass(frozen=True, slots=True)
class Entity(_PickledByFields):
    """What the store keeps about an actor: its identity and its labels per language."""

    id: str
    type: ActorType
    label: str
    wikidata: str | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label) pairs, canonical first per language
    aliases: tuple[tuple[str, str], ...] = ()  # (lang, alias) pairs


@dataclass(frozen=True, slots=True)
class EventDate(_PickledByFields):
    """A date as precise as the text gives it: ``2024``, ``2024-06`` or ``2024-06-18``."""

    value: str
    precision: DatePrecision

    def first_day(self) -> dt.date:
        parts = [int(p) for p in self.value.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True, slots=True)
class Mention(_PickledByFields):
    """An actor found in an article, at ``start:end`` of the original text."""

    actor: Actor
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Assertion(_PickledByFields):
    """Actor -> relation -> actor, as one sentence of one article states it.

    ``start``/``end`` delimit the evidence in the article's original text; ``sentence`` is the sentence as it
    stands there.
    """

    subject: Actor
    relation: str
    object: Actor
    modality: Modality
    article: str
    sentence: str
    start: int
    end: int
    via: Actor | None = None
    date: EventDate | None = None
    confidence: float = 0.6
    trigger: str | None = None
    extractor: str = ""


PublicationSource = Literal["metadata", "dateline", "header", "latest_date"]


@dataclass(frozen=True, slots=True)
class PublicationDate(_PickledByFields):
    """The publication date extraction read the article with: its metadata's, or one inferred from its text
    (a wire dateline, a date header, else the latest full date it states; see ``extract.dates.published``)."""

    date: dt.date
    precision: DatePrecision
    source: PublicationSource

    @property
    def inferred(self) -> bool:
        return self.source != "metadata"


@dataclass(frozen=True, slots=True)
class Extraction(_PickledByFields):
    """Everything extraction read out of one article."""

    article: Article
    assertions: tuple[Assertion, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
    # the date persons, weekdays and relative dates were resolved against (None: none known or inferred)
    published: PublicationDate | None = None


@dataclass(frozen=True, slots=True)
class DateWindow:
    """The ``--as-of`` / ``--since`` / ``--until`` filters every graph-reading command takes.

    ``as_of`` shows the graph as it stood on that day (nothing first seen later); ``since``/``until`` keep
    evidence dated inside the range. Dates are an event's date, else its article's publication date.
    """

    as_of: dt.date | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def upper(self) -> dt.date | None:
        bounds = [d for d in (self.as_of, self.until) if d is not None]
        return min(bounds) if bounds else None

    def is_open(self) -> bool:
        return self.as_of is None and self.since is None and self.until is None


# --- What the store gives back -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredAssertion:
    """One assertion as kept in the store: actors by entity id, with the date it counts for.

    ``seen`` is the event date's first day, else the article's publication date, else None. Symmetric
    relations are stored with the smaller entity id as subject, so A-meets-B and B-meets-A fold together.
    """

    id: int
    subject: str
    relation: str
    object: str
    via: str | None
    modality: Modality
    date: str | None
    date_precision: DatePrecision | None
    seen: dt.date | None
    article: str
    sentence: str
    start: int
    end: int
    confidence: float
    extractor: str
    event: str
    run: int
    source: str = ""
    subject_state: str | None = None
    object_state: str | None = None
    subject_text: str | None = None
    object_text: str | None = None


# What makes a merged edge (or event) disputed, the one definition every output reads (the store's Edge, the
# RDF export's gg:disputed, the page, the queries): some report supports it and another contradicts it.
# Support is a report that it happened: stated as fact (asserted) or claimed by someone (alleged), so an
# alleged arms transfer the accused denies is disputed. Contradiction is a report that it did not happen:
# denied by a party, or stated as not having happened (negated). A plan or a speculation says nothing about
# whether it happened, so "planned" against "negated" ("will send", "did not send") is no dispute.
SUPPORTING_MODALITIES: frozenset[Modality] = frozenset({"asserted", "alleged"})
CONTRADICTING_MODALITIES: frozenset[Modality] = frozenset({"denied", "negated"})


def is_disputed(modalities: Iterable[tuple[Modality, int]]) -> bool:
    """True when the modality counts hold both support and contradiction (see SUPPORTING_MODALITIES)."""
    counts = [(modality, count) for modality, count in modalities if count > 0]
    return any(m in SUPPORTING_MODALITIES for m, _ in counts) and any(m in CONTRADICTING_MODALITIES for m, _ in counts)


@dataclass(frozen=True, slots=True)
class Edge:
    """The merged edge (subject, relation, object) over every assertion of it in the date window."""

    subject: str
    relation: str
    object: str
    first_seen: dt.date | None
    last_seen: dt.date | None
    assertions: int
    articles: int
    sources: int
    modalities: tuple[tuple[Modality, int], ...]
    confidence: float
    vias: tuple[str, ...] = ()

    def modality_count(self, modality: Modality) -> int:
        return dict(self.modalities).get(modality, 0)

    @property
    def disputed(self) -> bool:
        return is_disputed(self.modalities)

    @property
    def asserted(self) -> bool:
        return self.modality_count("asserted") > 0


@dataclass(frozen=True, slots=True)
class Event:
    """One event: the same relation between the same actors on the same date, however many reports.

    ``id`` is derived from that key, so the same event gets the same id in every store and export.
    """

    id: str
    subject: str
    relation: str
    object: str
    via: str | None
    date: str | None
    date_precision: DatePrecision | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    assertions: int
    articles: int
    sources: int
    modalities: tuple[tuple[Modality, int], ...]
    confidence: float

    @property
    def disputed(self) -> bool:
        return is_disputed(self.modalities)


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What the RDF side needs of an article without its text: the run that stored it and its language."""

    id: str
    run: int
    lang: str | None


@dataclass(frozen=True, slots=True)
class Run:
    """One ``geograph ingest`` (or load) run: everything it wrote can be told apart, and retracted."""

    id: int
    started: str
    command: str
    extractor: str


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    entities: int
    assertions: int
    events: int
    edges: int
    runs: int
    languages: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]
    first_seen: dt.date | None
    last_seen: dt.date | None
