"""The analyst's questions in one hop: persons fold into the states whose offices they hold, the merged edge
has a node of its own, undated evidence is counted by every library query, and text keeps its language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from rdf_sample import build_sample
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from conftest import CHINA, NORTH_KOREA, PUTIN, RUSSIA, UKRAINE, UNITED_STATES, UNSC, make_article, make_assertion
from conftest import make_extraction as extraction
from geograph.rdf import library, library_query, query, write_rdf
from geograph.rdf.iris import entity_id_of
from geograph.rdf.namespace import GG
from geograph.records import Actor, Edge, Entity, EventDate, Extraction
from geograph.resources import ontology_dir
from geograph.store import Store

ID = "https://w3id.org/geograph/id/"
MEDVEDEV = Actor("person-dmitry-medvedev", "Dmitry Medvedev", "person", None, state=RUSSIA)


@dataclass(frozen=True)
class Office:
    state: str
    start: dt.date | None
    end: dt.date | None


def _gazetteer_offices() -> dict[str, tuple[Office, ...]]:
    raw = yaml.safe_load((ontology_dir() / "gazetteer" / "persons.yaml").read_text(encoding="utf-8"))
    return {
        str(item["id"]): tuple(Office(str(o["state"]), o.get("start"), o.get("end")) for o in item["offices"])
        for item in raw["entities"]
        if item.get("offices")
    }


OFFICES = _gazetteer_offices()


def offices_of(entity_id: str) -> tuple[Office, ...]:
    """The office periods the gazetteer gives a person (what the graph must publish)."""
    return OFFICES.get(entity_id, ())


def add_undated(store: Store) -> None:
    """Articles with no publication date and no event date: their evidence is undated."""
    run = store.begin_run("ingest undated/")
    u1 = make_article("u1", source="Wire U")
    u2 = make_article("u2", source="Wire V")
    store.add(
        extraction(
            u1,
            make_assertion(u1, UNSC, "sanctions", RUSSIA),  # a sanctions edge known only undated
            make_assertion(u1, UNITED_STATES, "sanctions", RUSSIA),  # one more report of a dated edge
            make_assertion(u1, PUTIN, "visits", CHINA),  # a person's undated act
        ),
        run=run,
    )
    store.add(
        extraction(
            u2,
            make_assertion(u2, CHINA, "allied_with", NORTH_KOREA),
            make_assertion(u2, NORTH_KOREA, "supplies_arms", RUSSIA, modality="denied"),
        ),
        run=run,
    )
    # persons acting before, inside and after their office periods (the gazetteer's, in ontology/)
    dated = make_article("p1", published=dt.date(2024, 8, 1), source="Wire P")
    store.add(
        extraction(
            dated,
            make_assertion(dated, PUTIN, "attacks", UKRAINE, date=EventDate("1999-08-09", "day")),  # no office yet
            make_assertion(dated, MEDVEDEV, "visits", CHINA, date=EventDate("2010-05-01", "day")),  # head of state
            make_assertion(dated, MEDVEDEV, "criticizes", UNITED_STATES),  # 2024: "other" office of Russia
        ),
        run=run,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "onehop.db") as opened:
        build_sample(opened)
        add_undated(opened)
        yield opened


def _run(store: Store, name: str, **given: str) -> list[dict[str, object]]:
    chosen = library_query(name)
    result = query(store, chosen.text, parameters=chosen.bind(given))
    return [dict(zip(result.variables, row, strict=True)) for row in result.values()]


def _undated_mentions(store: Store, keep: object) -> int:
    return sum(1 for a in store.assertions() if a.seen is None and keep(a))  # type: ignore[operator]


# --- 1. person -> state ------------------------------------------------------------------------------------------


def test_a_person_holds_dated_offices_of_a_state(store: Store, tmp_path: Path) -> None:
    graph = Graph().parse(write_rdf(store, tmp_path / "g.nt", "nt"), format="nt")
    putin = URIRef(ID + "actor/Q7747")
    held = {
        (
            str(graph.value(statement, GG.ofState)),
            str(graph.value(graph.value(statement, GG.position), GG.role)),
            graph.value(statement, GG.startTime),
            graph.value(statement, GG.endTime),
        )
        for statement in graph.objects(putin, GG.holdsPosition)
    }
    day = XSD.date
    assert held == {
        (
            ID + "actor/Q159",
            "head_of_government",
            Literal("1999-08-16", datatype=day),
            Literal("2000-05-07", datatype=day),
        ),
        (ID + "actor/Q159", "head_of_state", Literal("1999-12-31", datatype=day), Literal("2008-05-07", datatype=day)),
        (
            ID + "actor/Q159",
            "head_of_government",
            Literal("2008-05-08", datatype=day),
            Literal("2012-05-07", datatype=day),
        ),
        (ID + "actor/Q159", "head_of_state", Literal("2012-05-07", datatype=day), None),
    }
    assert not set(graph.objects(URIRef(ID + "actor/Q159"), GG.holdsPosition))  # states hold no office


def test_what_a_state_did_folds_in_its_office_holders_on_the_day(store: Store) -> None:
    rows = _run(store, "state_actions", state="Q159")
    got = sorted((str(r["by"]).rsplit("/", 1)[1], str(r["relation"]).rsplit("#", 1)[1], r["undated"]) for r in rows)
    # the count taken from the store: Russia's own events, plus its office holders' events inside an office
    # period (end exclusive), plus their undated events (flagged)
    expected = []
    for event in store.events():
        if event.subject == "Q159":
            expected.append((event.subject, event.relation, 0 if event.first_seen else event.assertions))
            continue
        periods = [o for o in offices_of(event.subject) if o.state == "Q159"]
        day = event.first_seen
        if periods and (
            day is None or any((o.start is None or o.start <= day) and (o.end is None or day < o.end) for o in periods)
        ):
            expected.append((event.subject, event.relation, 0 if day else event.assertions))
    assert got == sorted(expected)
    # what that means: Putin's visit as head of state and his undated meeting count for Russia; his 1999 attack,
    # before any office, does not; Medvedev's 2010 visit does (head of state then)
    assert (
        ("Q7747", "visits", 0) in got
        and ("Q7747", "visits", 1) in got
        and ("person-dmitry-medvedev", "visits", 0) in got
    )
    assert ("Q7747", "attacks", 0) not in got
    dated = {
        r["office"] for r in rows if str(r["by"]).endswith("Q7747") and r["relation"] == f"{GG}visits" and r["date"]
    }
    assert dated == {"head_of_state"}
    undated = {r["office"] for r in rows if str(r["by"]).endswith("Q7747") and r["undated"]}
    assert undated == {None}  # undated: no office period can be told


# --- 2. the merged edge's own node -------------------------------------------------------------------------------


def _edge_nodes(store: Store) -> dict[tuple[str, str, str], dict[str, object]]:
    rows = query(
        store,
        "SELECT ?s ?p ?o ?sources ?mentions ?articles ?first ?last ?disputed ?confidence ?asserted ?denied WHERE {"
        " ?e a gg:Edge ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; gg:sourceCount ?sources ;"
        " gg:mentionCount ?mentions ; gg:articleCount ?articles ; gg:disputed ?disputed ; gg:confidence ?confidence"
        " OPTIONAL { ?e gg:firstSeen ?first } OPTIONAL { ?e gg:lastSeen ?last }"
        " OPTIONAL { ?e gg:assertedCount ?asserted } OPTIONAL { ?e gg:deniedCount ?denied } }",
    )
    out = {}
    for row in rows.values():
        s, p, o, *rest = row
        key = (str(entity_id_of(str(s))), str(p).rsplit("#", 1)[1], str(entity_id_of(str(o))))
        out[key] = dict(zip(rows.variables[3:], rest, strict=True))
    return out


def test_every_merged_edge_has_a_node_with_the_stores_tallies_and_disputed_flag(store: Store) -> None:
    nodes = _edge_nodes(store)
    edges: list[Edge] = list(store.edges())
    assert set(nodes) == {(e.subject, e.relation, e.object) for e in edges}
    for edge in edges:
        node = nodes[(edge.subject, edge.relation, edge.object)]
        assert node["sources"] == edge.sources and node["mentions"] == edge.assertions
        assert node["articles"] == edge.articles
        assert (node["first"], node["last"]) == (edge.first_seen, edge.last_seen)
        assert node["disputed"] is edge.disputed  # the store's flag, as the store computes it
        assert node["confidence"] == pytest.approx(edge.confidence)
        assert node["asserted"] == (edge.modality_count("asserted") or None)
        assert node["denied"] == (edge.modality_count("denied") or None)
    assert nodes[("Q423", "supplies_arms", "Q159")]["disputed"] is True


def test_edges_from_two_or_more_sources_is_a_one_line_query(store: Store) -> None:
    one_line = "SELECT ?e WHERE { ?e gg:sourceCount ?n FILTER(?n >= 2) ?e a gg:Edge }"
    assert len(query(store, one_line)) == sum(1 for e in store.edges() if e.sources >= 2) == 3
    rows = _run(store, "corroborated_edges")
    assert {(str(r["subject"])[-4:], str(r["relation"]).rsplit("#")[1], r["sources"]) for r in rows} == {
        ("Q423", "supplies_arms", 4),
        ("/Q30", "sanctions", 3),
        ("Q148", "allied_with", 2),
    }
    # the direct triple stays for the simple question
    assert query(store, "ASK { actor:Q30 gg:sanctions actor:Q159 }").boolean is True


# --- 5. undated evidence -----------------------------------------------------------------------------------------


def test_who_sanctions_whom_keeps_undated_edges_and_counts_undated_mentions(store: Store) -> None:
    rows = {
        (str(r["sanctioner"]).rsplit("/")[-1], str(r["target"]).rsplit("/")[-1]): r
        for r in _run(store, "who_sanctions_whom")
    }
    asserted = {(e.subject, e.object): e for e in store.edges() if e.relation == "sanctions" and e.asserted}
    assert set(rows) == set(asserted) == {("Q30", "Q159"), ("Q37470", "Q423"), ("Q37470", "Q159")}
    for key, row in rows.items():
        edge = asserted[key]
        assert row["mentions"] == edge.assertions
        undated = _undated_mentions(store, lambda a, k=key: a.relation == "sanctions" and (a.subject, a.object) == k)
        assert row["undated"] == undated
        assert (row["firstSeen"], row["lastSeen"]) == (edge.first_seen, edge.last_seen)
    assert rows[("Q37470", "Q159")]["undated"] == 1 and rows[("Q37470", "Q159")]["firstSeen"] is None
    assert rows[("Q30", "Q159")]["mentions"] == 3 and rows[("Q30", "Q159")]["undated"] == 1


def test_every_evidence_query_counts_undated_mentions(store: Store) -> None:
    evidence = {name for name, q in library().items() if not q.online and name != "wikidata_links"}
    checked = set()
    for name, params in [
        ("actor_timeline", {"actor": "Q159"}),
        ("confirmed_events", {"min_sources": "1"}),
        ("state_actions", {"state": "Q159"}),
    ]:
        rows = _run(store, name, **params)
        assert sum(r["undated"] for r in rows) == sum(  # type: ignore[misc]
            e.assertions for e in store.events() if e.first_seen is None and _in(name, e.subject, e.object)
        ), name
        checked.add(name)
    for name in ("corroborated_edges", "disputed_edges", "who_sanctions_whom"):
        rows = _run(store, name, **({"min_sources": "1"} if name == "corroborated_edges" else {}))
        for row in rows:
            s, p, o = (str(row[v]) for v in _edge_columns(name))
            relation = "sanctions" if name == "who_sanctions_whom" else p.rsplit("#", 1)[1]
            key = (s.rsplit("/", 1)[1], relation, o.rsplit("/", 1)[1])
            assert row["undated"] == _undated_mentions(store, lambda a, k=key: (a.subject, a.relation, a.object) == k)
        assert sum(r["undated"] for r in rows) > 0, name  # type: ignore[misc]
        checked.add(name)
    alliances = _run(store, "alliances_as_of", asOf="2024-06-30")
    assert [(r["aLabel"], r["bLabel"], r["mentions"], r["undated"]) for r in alliances] == [
        ("China", "North Korea", 1, 1)
    ]
    assert _run(store, "alliances_as_of", asOf="2024-06-01")[0]["since"] is None  # known only undated by then
    checked.add("alliances_as_of")
    assert checked == evidence


def _in(name: str, subject: str, obj: str) -> bool:
    if name == "actor_timeline":
        return "Q159" in (subject, obj)
    if name == "state_actions":
        return subject == "Q159" or any(o.state == "Q159" for o in offices_of(subject))
    return True


def _edge_columns(name: str) -> tuple[str, str, str]:
    return {
        "corroborated_edges": ("subject", "relation", "object"),
        "disputed_edges": ("actor", "relation", "target"),
        "who_sanctions_whom": ("sanctioner", "sanctioner", "target"),
    }[name]


# --- 4. language tags -------------------------------------------------------------------------------------------


def test_persian_and_arabic_text_carries_its_language_tag(tmp_path: Path) -> None:
    persian = make_article("fa1", published=dt.date(2024, 5, 1), lang="fa", text="آمریکا روسیه را تحریم کرد.")
    arabic = make_article("ar1", published=dt.date(2024, 5, 2), lang="ar", text="فرضت أمريكا عقوبات على روسيا.")
    local = Actor("local:fa:غرب", "غرب", "group")
    with Store.open(tmp_path / "s.db") as store:
        run = store.begin_run("tags")
        store.add(extraction(persian, make_assertion(persian, UNITED_STATES, "sanctions", RUSSIA)), run=run)
        only_persian = Entity(local.id, "group", local.label, labels=(("fa", local.label),))
        store.add(
            Extraction(
                arabic,
                (make_assertion(arabic, UNITED_STATES, "criticizes", local),),
                entities=(only_persian,),
            ),
            run=run,
        )
        graph = Graph().parse(write_rdf(store, tmp_path / "g.nt", "nt"), format="nt")
    sentences = {str(s): s.language for s in graph.objects(None, GG.sentence)}  # type: ignore[union-attr]
    assert sentences == {persian.text: "fa", arabic.text: "ar"}
    titles = {str(t): t.language for t in graph.objects(None, URIRef("http://purl.org/dc/terms/title"))}  # type: ignore[union-attr]
    assert titles == {"fa1": "fa", "ar1": "ar"}
    label = graph.value(
        URIRef(ID + "actor/local%3Afa%3A%D8%BA%D8%B1%D8%A8"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    )
    assert isinstance(label, Literal) and label.language == "fa"  # never passed off as English
    ontology = Graph().parse(ontology_dir() / "geograph.ttl")
    directions = {
        str(ontology.value(language, GG.languageTag)): str(ontology.value(language, GG.textDirection))
        for language in ontology.subjects(RDF.type, GG.Language)
    }
    assert directions["fa"] == directions["ar"] == "rtl" and directions["en"] == "ltr"


def test_a_malformed_language_leaves_text_untagged_and_the_export_whole(tmp_path: Path) -> None:
    odd = make_article("odd", published=dt.date(2024, 5, 1), lang="en US!")
    with Store.open(tmp_path / "s.db") as store:
        store.add(extraction(odd, make_assertion(odd, UNITED_STATES, "sanctions", RUSSIA)), run=store.begin_run("x"))
        graph = Graph().parse(write_rdf(store, tmp_path / "g.nt", "nt"), format="nt")
    (sentence,) = graph.objects(None, GG.sentence)
    (title,) = graph.objects(None, URIRef("http://purl.org/dc/terms/title"))
    assert sentence == Literal(odd.text) and title == Literal("odd")


def test_confirmed_events_are_events_even_where_edges_have_more_sources(tmp_path: Path) -> None:
    """210 pairs, each reported on two days by two sources: 420 one-source events, 210 two-source edges. The
    query's LIMIT 200 must be filled with events, not with edge nodes (which count their sources too)."""
    states = [Actor(f"Q{9000 + n}", f"State {n}", "state", f"Q{9000 + n}") for n in range(22)]
    pairs = [(a, b) for a in states for b in states if a.id < b.id][:210]
    with Store.open(tmp_path / "s.db") as store:
        run = store.begin_run("many")
        for day, source in ((1, "Wire A"), (2, "Wire B")):
            article = make_article(f"d{day}", published=dt.date(2024, 1, day), source=source)
            store.add(extraction(article, *(make_assertion(article, a, "attacks", b) for a, b in pairs)), run=run)
        rows = _run(store, "confirmed_events", min_sources="1")
    assert len(rows) == 200 and {r["sources"] for r in rows} == {1}
    assert all(str(r["event"]).startswith(ID + "event/") for r in rows)
