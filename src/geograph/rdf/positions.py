"""The offices persons hold, from the gazetteer, as Wikidata-style "position held" statements.

A person of the gazetteer with office periods (``ontology/gazetteer/persons.yaml``) gets, per period::

    <person> gg:holdsPosition <held> .
    <held> a gg:PositionHeld ; gg:position <position> ; gg:ofState <state> ; gg:startTime ; gg:endTime .
    <position> a gg:Position ; gg:ofState <state> ; gg:role "head_of_state" ; rdfs:label "head of state"@en .

(Wikidata: P39 position held, with P580 start time and P582 end time qualifiers.) So a query can fold what a
person did into the state whose office they held on the day (``queries/state_actions.rq``). The end is
exclusive, as in the gazetteer: the day an office ends belongs to the successor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from geograph.rdf import iris
from geograph.rdf.namespace import GG
from geograph.resources import ontology_dir

try:  # the C loader reads the gazetteer several times faster where libyaml is there
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
G_HOLDS_POSITION, G_POSITION, G_OF_STATE = NamedNode(GG.holdsPosition), NamedNode(GG.position), NamedNode(GG.ofState)
G_START_TIME, G_END_TIME, G_ROLE = NamedNode(GG.startTime), NamedNode(GG.endTime), NamedNode(GG.role)
G_POSITION_HELD, G_POSITION_CLASS = NamedNode(GG.PositionHeld), NamedNode(GG.Position)


@dataclass(frozen=True, slots=True)
class OfficePeriod:
    """One period a person held an office for a state (``end`` exclusive; None: open or unknown)."""

    role: str
    state: str
    start: dt.date | None
    end: dt.date | None


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def _offices(directory: Path) -> dict[str, tuple[OfficePeriod, ...]]:
    found: dict[str, tuple[OfficePeriod, ...]] = {}
    for path in sorted((directory / "gazetteer").glob("*.yaml")):
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        for item in raw.get("entities") or []:
            periods = item.get("offices") or []
            if item.get("id") and periods:
                found[str(item["id"])] = tuple(
                    OfficePeriod(str(p["role"]), str(p["state"]), _date(p.get("start")), _date(p.get("end")))
                    for p in periods
                )
    return found


def offices_of(entity_id: str) -> tuple[OfficePeriod, ...]:
    """The office periods of a gazetteer person (none for anyone else)."""
    return _offices(ontology_dir()).get(entity_id, ())


def position_quads(person_id: str, person: NamedNode, graph: NamedNode | DefaultGraph | None = None) -> Iterator[Quad]:
    """The statements of the offices ``person_id`` held (nothing for a person without office periods)."""
    graph = graph if graph is not None else DefaultGraph()
    for office in offices_of(person_id):
        state = NamedNode(iris.actor_iri(office.state))
        held = NamedNode(iris.position_held_iri(person_id, office.state, office.role, office.start))
        position = NamedNode(iris.position_iri(office.state, office.role))
        yield Quad(person, G_HOLDS_POSITION, held, graph)
        yield Quad(held, _RDF_TYPE, G_POSITION_HELD, graph)
        yield Quad(held, G_POSITION, position, graph)
        yield Quad(held, G_OF_STATE, state, graph)
        if office.start is not None:
            yield Quad(held, G_START_TIME, Literal(office.start.isoformat(), datatype=_XSD_DATE), graph)
        if office.end is not None:
            yield Quad(held, G_END_TIME, Literal(office.end.isoformat(), datatype=_XSD_DATE), graph)
        yield Quad(position, _RDF_TYPE, G_POSITION_CLASS, graph)
        yield Quad(position, G_OF_STATE, state, graph)
        yield Quad(position, G_ROLE, Literal(office.role), graph)
        yield Quad(position, _RDFS_LABEL, Literal(office.role.replace("_", " "), language="en"), graph)
