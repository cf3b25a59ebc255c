"""The actor gazetteer (``ontology/gazetteer/*.yaml``) as typed records, and actors built from it.

A person resolves to the state they hold office for as of the article's date (else their most recent
office); an organization or armed group acting for one state carries that state.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from geograph.extract.lexicon import SafeYamlLoader
from geograph.records import ACTOR_TYPES, Actor, ActorType, Entity


def local_id(prefix: str, name: str) -> str:
    """The key of an actor without a confirmed Wikidata id: ``prefix``, "-", and its name folded to ASCII
    words ("person-andres-manuel-lopez-obrador", "org-caroil-transport-marine")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return f"{prefix}-" + "-".join(re.findall(r"[a-z0-9]+", folded))


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    state: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    type: ActorType
    names: tuple[tuple[str, str], ...]  # (lang, name), canonical first per language
    demonyms: tuple[tuple[str, str], ...] = ()
    capitals: tuple[tuple[str, str], ...] = ()
    # descriptions that stand for the state once it is named ("the kingdom", «المملكة»): resolved to the
    # last state named that lists the description, never on their own
    references: tuple[tuple[str, str], ...] = ()
    case_sensitive: tuple[tuple[str, str], ...] = ()
    state: str | None = None
    part_of: str | None = None
    offices: tuple[Office, ...] = ()
    # states only: a title whose holder here fills another office than the lexicon's role says (title -> office)
    titles: tuple[tuple[str, str], ...] = ()
    iso: str | None = None  # states only: the ISO 3166-1 code, which is also the state's web domain
    # False when the id was written from memory and not yet checked: it keys the entry but is not
    # published as a Wikidata link.
    id_verified: bool = True

    label: str = ""  # canonical label: the first English name, else the first name


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    return tuple((str(lang), str(name)) for lang, names in value.items() for name in names or [])


def _offices(item: dict[str, Any]) -> tuple[Office, ...]:
    """A person's offices; for a place that stood for its state only from a date (a city of a state formed
    since: ``state_since``), that period as a ``territory`` office."""
    if item.get("state_since") and item.get("state"):
        return (Office("territory", str(item["state"]), _date(item["state_since"]), None),)
    return tuple(
        Office(str(o["role"]), str(o["state"]), _date(o.get("start")), _date(o.get("end")))
        for o in item.get("offices") or []
    )


def _entry(item: dict[str, Any]) -> GazetteerEntry:
    kind = str(item.get("type", "organization"))
    if kind not in ACTOR_TYPES:  # narrows kind to ActorType
        raise ValueError(f"gazetteer entry {item.get('id')}: unknown type {kind!r}")
    names = _pairs(item.get("names"))
    english = [name for lang, name in names if lang == "en"]
    return GazetteerEntry(
        id=str(item["id"]),
        type=kind,
        label=english[0] if english else names[0][1] if names else str(item["id"]),
        names=names,
        demonyms=_pairs(item.get("demonyms")),
        capitals=_pairs(item.get("capitals")),
        references=_pairs(item.get("references")),
        case_sensitive=_pairs(item.get("case_sensitive")),
        state=str(item["state"]) if item.get("state") else None,
        part_of=str(item["part_of"]) if item.get("part_of") else None,
        offices=_offices(item),
        titles=tuple((str(title), str(office)) for title, office in (item.get("titles") or {}).items()),
        iso=str(item["iso"]) if item.get("iso") else None,
        id_verified=not item.get("id_unverified", False),
    )


def _wikidata(entry: GazetteerEntry) -> str | None:
    """The entry's Wikidata id as a publishable link: only checked ids that look like one."""
    return entry.id if entry.id_verified and entry.id.startswith("Q") else None


class Gazetteer:
    """All gazetteer entries by id, with office look-ups."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries: dict[str, GazetteerEntry] = {e.id: e for e in entries}
        self._actors: dict[tuple[str, str | None, dt.date | None], Actor] = {}
        self._holders: dict[tuple[str, str], list[tuple[Office, str]]] = {}
        self._entities: dict[str, Entity] = {}
        self._dated: dict[str, bool] = {}
        for entry in entries:
            for office in entry.offices:
                self._holders.setdefault((office.state, office.role), []).append((office, entry.id))

    @classmethod
    def load(cls, directory: Path) -> Gazetteer:
        entries: list[GazetteerEntry] = []
        for path in sorted(directory.glob("*.yaml")):
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeYamlLoader) or {}
            entries.extend(_entry(item) for item in raw.get("entities") or [] if item.get("id"))
        return cls(entries)

    def state_of(self, entry: GazetteerEntry, day: dt.date | None) -> str | None:
        """The state ``entry`` acts for on ``day`` (persons: office held then, else the latest office)."""
        if entry.type == "state":
            return None
        if entry.offices:
            if day is not None:
                for office in entry.offices:
                    if office.holds_on(day):
                        return office.state
                if entry.type == "place":
                    return None  # a city before its state was formed stood for none of the gazetteer's
            latest = max(entry.offices, key=lambda o: o.start or dt.date.min)
            return latest.state
        return entry.state

    def office_of_title(self, state: str, title: str | None, office: str) -> str:
        """The office a title's holder fills in ``state``: ``office`` (the lexicon's), unless the state's entry
        says its holder of that title fills another (Iran's president heads the government)."""
        entry = self.entries.get(state)
        if title is None or entry is None:
            return office
        return dict(entry.titles).get(title, office)

    def office_held(self, person: str, day: dt.date | None) -> str | None:
        """The office ``person`` held on ``day`` (the first listed when several); none when the day is unknown."""
        entry = self.entries.get(person)
        if entry is None or day is None:
            return None
        return next((office.role for office in entry.offices if office.holds_on(day)), None)

    def office_holder(self, state: str, role: str, day: dt.date | None) -> str | None:
        """Who held ``role`` for ``state`` on ``day``; nobody when the day is unknown (never today's holder:
        an undated article about "the Japanese prime minister" may be years old)."""
        if day is None:
            return None
        for office, person in self._holders.get((state, role), []):
            if office.holds_on(day):
                return person
        return None

    def depends_on_day(self, entity_id: str) -> bool:
        """Whether the actor of ``entity_id`` changes with the day: it holds offices, or acts for something
        that does. Most entries do not, so their actors are cached across articles of any date."""
        dated = self._dated.get(entity_id)
        if dated is None:
            entry = self.entries[entity_id]
            dated = entry.type != "state" and (
                bool(entry.offices)
                or (entry.state is not None and entry.state in self.entries and self.depends_on_day(entry.state))
            )
            self._dated[entity_id] = dated
        return dated

    def actor(self, entity_id: str, text: str | None, day: dt.date | None) -> Actor:
        key = (entity_id, text, day if self.depends_on_day(entity_id) else None)
        cached = self._actors.get(key)
        if cached is None:
            if len(self._actors) > 100_000:
                self._actors.clear()
            cached = self._actors[key] = self._build_actor(entity_id, text, day)
        return cached

    def _build_actor(self, entity_id: str, text: str | None, day: dt.date | None) -> Actor:
        entry = self.entries[entity_id]
        state_id = self.state_of(entry, day)
        state = self.actor(state_id, None, day) if state_id and state_id in self.entries else None
        return Actor(
            id=entry.id,
            label=entry.label,
            type=entry.type,
            wikidata=_wikidata(entry),
            text=text,
            state=state,
        )

    def entity(self, entity_id: str) -> Entity:
        """The store's record of an entry (cached: the entries do not change)."""
        entity = self._entities.get(entity_id)
        if entity is None:
            entity = self._entities[entity_id] = self._build_entity(self.entries[entity_id])
        return entity

    def _build_entity(self, entry: GazetteerEntry) -> Entity:
        labels: list[tuple[str, str]] = []
        aliases: list[tuple[str, str]] = []
        seen_langs: set[str] = set()
        for lang, name in entry.names:
            (aliases if lang in seen_langs else labels).append((lang, name))
            seen_langs.add(lang)
        aliases.extend(entry.demonyms)
        aliases.extend(entry.capitals)
        return Entity(
            id=entry.id,
            type=entry.type,
            label=entry.label,
            wikidata=_wikidata(entry),
            labels=tuple(labels),
            aliases=tuple(aliases),
        )
