"""The queries/ library over the sample store, each checked for its rows; the index; parameters; formats."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal
from pyoxigraph import Store as PyoxigraphStore
from rdf_sample import build_sample
from rdflib.plugins.sparql import prepareQuery

from conftest import CHINA, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.rdf import (
    Iri,
    actor,
    format_result,
    library,
    library_query,
    parse_parameter,
    query,
    read_query,
    run_query,
    write_rdf,
)
from geograph.rdf.index import index_path
from geograph.rdf.sparql import substitute
from geograph.records import EventDate
from geograph.store import Store

GG = "https://w3id.org/geograph/ontology#"
ACTOR = "https://w3id.org/geograph/id/actor/"


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "sample.db") as store:
        build_sample(store)
        yield store


def _run(store: Store, name: str, **given: str) -> list[tuple[object, ...]]:
    chosen = library_query(name)
    return query(store, chosen.text, parameters=chosen.bind(given)).values()


def test_library_is_documented() -> None:
    queries = library()
    assert {
        "who_sanctions_whom",
        "actor_timeline",
        "alliances_as_of",
        "confirmed_events",
        "disputed_edges",
        "corroborated_edges",
        "state_actions",
        "wikidata_links",
        "wikidata_heads_of_government",
    } <= set(queries)
    for chosen in queries.values():
        assert chosen.title and chosen.description, chosen.name
        prepareQuery(chosen.text)  # valid SPARQL 1.1, SERVICE included
    assert [name for name, chosen in queries.items() if chosen.online] == ["wikidata_heads_of_government"]
    assert "SERVICE <https://query.wikidata.org/sparql>" in queries["wikidata_heads_of_government"].text
    (parameter,) = queries["confirmed_events"].parameters
    assert (parameter.name, parameter.kind, parameter.default) == ("min_sources", "integer", "2")
    readme = (Path(__file__).parents[2] / "queries" / "README.md").read_text(encoding="utf-8")
    assert all(f"{name}.rq" in readme for name in queries)


def test_who_sanctions_whom(sample: Store) -> None:
    rows = _run(sample, "who_sanctions_whom")
    assert [(r[1], r[3], r[4], r[5], r[6]) for r in rows] == [
        ("United States", "Russia", 2, 0, dt.date(2024, 3, 1)),
        ("UN Security Council", "North Korea", 1, 0, dt.date(2024, 1, 1)),
    ]


def test_actor_timeline_of_russia(sample: Store) -> None:
    rows = _run(sample, "actor_timeline", actor="Q159")
    assert [(r[0], r[1], r[2], r[4], r[6]) for r in rows] == [
        (dt.date(2024, 3, 1), GG + "attacks", "actor", "Ukraine", 1),
        (dt.date(2024, 3, 1), GG + "sanctions", "target", "United States", 2),
        (dt.date(2024, 3, 1), GG + "vetoes", "actor", "North Korea", 1),
        (dt.date(2024, 6, 19), GG + "signs_agreement", "actor", "North Korea", 1),
        (dt.date(2024, 6, 19), GG + "supplies_arms", "target", "North Korea", 0),  # alleged
        (dt.date(2024, 6, 20), GG + "supplies_arms", "target", "North Korea", 0),  # denied
        (dt.date(2024, 7, 1), GG + "supplies_arms", "target", "North Korea", 1),
    ]


def test_alliances_as_of_a_date(sample: Store) -> None:
    assert _run(sample, "alliances_as_of", asOf="2024-06-19") == []
    rows = _run(sample, "alliances_as_of", asOf="2024-06-30")
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [("China", "North Korea", dt.date(2024, 6, 20), 1)]


def test_events_confirmed_by_sources(sample: Store) -> None:
    rows = _run(sample, "confirmed_events")  # default: at least 2 sources
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [(GG + "sanctions", "United States", "Russia", 2)]
    assert len(_run(sample, "confirmed_events", min_sources="1")) == 11
    assert _run(sample, "confirmed_events", min_sources="3") == []


def test_disputed_edges(sample: Store) -> None:
    rows = _run(sample, "disputed_edges")
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [("North Korea", GG + "supplies_arms", "Russia", 1)]


def test_actors_linked_to_wikidata(sample: Store) -> None:
    rows = _run(sample, "wikidata_links")
    linked = {(r[1], r[2].rsplit("#", 1)[1], r[3]) for r in rows}  # type: ignore[union-attr]
    assert ("Russia", "State", "http://www.wikidata.org/entity/Q159") in linked
    assert ("Vladimir Putin", "Person", "http://www.wikidata.org/entity/Q7747") in linked
    assert len(linked) == 7  # every actor but the local "West"


def test_index_follows_new_runs_incrementally_and_rebuilds_on_retraction(sample: Store) -> None:
    ask = "SELECT (COUNT(?m) AS ?n) WHERE { ?m a gg:Mention }"
    assert query(sample, ask).values() == [(12,)]
    state = json.loads((index_path(sample) / "geograph-index.json").read_text(encoding="utf-8"))
    assert state["runs"] == [1, 2] and state["assertions"] == 12
    article = make_article("a6", published=dt.date(2024, 8, 1), source="Wire C")
    sample.add(
        make_extraction(article, make_assertion(article, RUSSIA, "allied_with", CHINA)), run=sample.begin_run("third")
    )
    assert query(sample, ask).values() == [(13,)]
    rows = _run(sample, "alliances_as_of", asOf="2024-12-31")
    assert {(r[1], r[3]) for r in rows} == {("China", "North Korea"), ("China", "Russia")}
    # a third source for an event already loaded: its tallies are rewritten, not duplicated
    third = make_article("a7", published=dt.date(2024, 3, 3), source="Wire C")
    report = make_assertion(third, UNITED_STATES, "sanctions", RUSSIA, date=EventDate("2024-03-01", "day"))
    sample.add(make_extraction(third, report), run=sample.begin_run("fourth"))
    rows = _run(sample, "confirmed_events")
    assert [(r[2], r[3], r[5], r[6]) for r in rows] == [("United States", "Russia", 3, 3)]
    counts = query(sample, "SELECT ?n WHERE { ?e gg:relation gg:sanctions ; gg:actor actor:Q30 ; gg:sourceCount ?n }")
    assert counts.values() == [(3,)]
    # and so are the edge node's (one value each, no stale count left behind)
    edge = "<https://w3id.org/geograph/id/edge/Q30/sanctions/Q159>"
    tallies = query(sample, f"SELECT ?n ?m WHERE {{ {edge} gg:sourceCount ?n ; gg:mentionCount ?m }}")
    assert tallies.values() == [(3, 3)]
    state = json.loads((index_path(sample) / "geograph-index.json").read_text(encoding="utf-8"))
    assert state["runs"] == [1, 2, 3, 4] and state["assertions"] == 14


def test_query_over_files_and_store_plus_file(sample: Store, tmp_path: Path) -> None:
    exported = write_rdf(sample, tmp_path / "graph.ttl", "ttl")
    rows = query(None, library_query("who_sanctions_whom").text, data=[exported]).values()
    assert [r[1] for r in rows] == ["United States", "UN Security Council"]
    extra = tmp_path / "extra.ttl"
    extra.write_text(f"<{ACTOR}Q148> <{GG}sanctions> <{ACTOR}Q30> .\n", encoding="utf-8")
    ask = "ASK { actor:Q148 gg:sanctions actor:Q30 }"
    assert query(sample, ask, data=[extra]).boolean is True
    assert query(sample, ask).boolean is False  # a file is part of the dataset only when given


def test_parameters_are_terms_never_query_text(sample: Store) -> None:
    hostile = 'x" } } ; DROP ALL ; SELECT * { "'
    result = query(
        sample, "SELECT ?label WHERE { ?a rdfs:label ?label FILTER(?label = ?name) }", parameters={"name": hostile}
    )
    assert result.values() == []
    result = query(sample, "SELECT ?label WHERE { ?who rdfs:label ?label }", parameters={"who": actor("Q159")})
    assert result.values() == [("Russia",)]
    with pytest.raises(ValueError, match="actor"):
        library_query("actor_timeline").bind({})


def test_read_query_accepts_text_files_and_library_names(tmp_path: Path) -> None:
    assert read_query("@who_sanctions_whom").name == "who_sanctions_whom"
    path = tmp_path / "mine.rq"
    path.write_text("# title: mine\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert read_query(f"@{path}").title == "mine"
    assert read_query("ASK { ?s ?p ?o }").text == "ASK { ?s ?p ?o }"


def test_result_formats(sample: Store) -> None:
    result = query(sample, 'SELECT ?a ?label WHERE { ?a rdfs:label ?label FILTER(?label = "Russia"@en) }')
    assert format_result(result, "table").splitlines() == [
        "a           label",
        "----------  ------",
        "actor:Q159  Russia",
        "(1 row)",
    ]
    assert format_result(result, "csv") == f"a,label\r\n{ACTOR}Q159,Russia\r\n"
    assert format_result(result, "tsv") == f'?a\t?label\n<{ACTOR}Q159>\t"Russia"@en\n'
    document = json.loads(format_result(result, "json"))
    assert document["head"]["vars"] == ["a", "label"]
    assert document["results"]["bindings"][0]["label"] == {"type": "literal", "value": "Russia", "xml:lang": "en"}
    assert format_result(query(sample, "ASK { ?s gg:sanctions ?o }"), "json") == '{"head": {}, "boolean": true}\n'


def test_substitution_replaces_variables_only_where_they_are_variables() -> None:
    text = 'SELECT ?x WHERE { ?x <http://e.org/p?who> "?who" . # ?who\n ?x ?p ?who FILTER(?n <= ?who) }'
    out = substitute(text, {"who": Literal('a" } DROP ALL')})
    assert out == (
        'SELECT ?x WHERE { ?x <http://e.org/p?who> "?who" . # ?who\n'
        ' ?x ?p "a\\" } DROP ALL" FILTER(?n <= "a\\" } DROP ALL") }'
    )
    with pytest.raises(ValueError, match="inside WHERE"):
        substitute("SELECT ?who WHERE { ?who ?p ?o }", {"who": Literal("x")})


def test_run_query_is_what_the_command_line_calls(sample: Store) -> None:
    result = run_query("@actor_timeline", sample, params=["actor=Q423"])
    assert {row[3] for row in result.values()} == {ACTOR + "Q159", ACTOR + "Q148", ACTOR + "Q7747", ACTOR + "Q37470"}
    assert run_query("ASK { ?s gg:vetoes ?o }", sample).boolean is True
    with pytest.raises(ValueError, match="NAME=VALUE"):
        run_query("@actor_timeline", sample, params=["Q423"])
    with pytest.raises(SyntaxError):
        run_query("SELECT WHERE {", sample)


def test_a_second_process_reads_an_up_to_date_index_alongside(sample: Store) -> None:
    assert query(sample, "ASK { ?s gg:sanctions ?o }").boolean is True  # builds the index
    holder = PyoxigraphStore(str(index_path(sample)))  # as another geograph process would
    try:
        assert query(sample, "ASK { ?s gg:sanctions ?o }").boolean is True
        article = make_article("a8", published=dt.date(2024, 9, 1), source="Wire D")
        sample.add(
            make_extraction(article, make_assertion(article, RUSSIA, "attacks", CHINA)), run=sample.begin_run("late")
        )
        with pytest.raises(OSError, match="another geograph process"):
            query(sample, "ASK { ?s gg:sanctions ?o }")
    finally:
        del holder


def test_command_line_parameters_are_typed_by_their_look() -> None:
    assert parse_parameter("actor:Q159") == Iri(ACTOR + "Q159")
    assert parse_parameter("<http://e.org/x>") == Iri("http://e.org/x")
    assert parse_parameter("2024-06-30") == dt.date(2024, 6, 30)
    assert (parse_parameter("3"), parse_parameter("0.5"), parse_parameter("true")) == (3, 0.5, True)
    assert parse_parameter("North Korea") == "North Korea"
    assert parse_parameter("nope:thing") == "nope:thing"  # not a known prefix: a string
