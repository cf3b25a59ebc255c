"""IRIs come from content (same IRIs on a rebuild in any order), and --data is an RDF merge with the store."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdf_sample import build_sample
from rdflib import Graph, URIRef

from conftest import CHINA, NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, make_article, make_assertion
from conftest import make_extraction as extraction
from geograph.cli import main
from geograph.rdf import library, query, write_rdf
from geograph.records import EventDate, Extraction
from geograph.store import Store

STARTED = URIRef("http://www.w3.org/ns/prov#startedAtTime")


def extractions() -> list[Extraction]:
    """Five articles, one stating the same thing in two sentences (two mentions)."""
    a1 = make_article("w1", published=dt.date(2024, 3, 1), source="Wire A")
    a2 = make_article("w2", published=dt.date(2024, 3, 2), source="Wire B")
    a3 = make_article("w3", source="Wire C")  # undated
    a4 = make_article("w4", published=dt.date(2024, 6, 19), source="Tasnim", lang="fa", text="پوتین وارد شد.")
    a5 = make_article("w5", published=dt.date(2024, 7, 1), source="Wire B")
    twice = make_assertion(a5, UNITED_STATES, "sanctions", RUSSIA)
    again = replace(twice, sentence="The sanctions were extended.", start=len(a5.text) + 1, end=len(a5.text) + 29)
    return [
        extraction(a1, make_assertion(a1, UNITED_STATES, "sanctions", RUSSIA, date=EventDate("2024-03-01", "day"))),
        extraction(a2, make_assertion(a2, RUSSIA, "attacks", CHINA), make_assertion(a2, CHINA, "criticizes", RUSSIA)),
        extraction(a3, make_assertion(a3, NORTH_KOREA, "supplies_arms", RUSSIA, modality="alleged")),
        extraction(a4, make_assertion(a4, PUTIN, "visits", NORTH_KOREA)),
        extraction(a5, twice, again, make_assertion(a5, CHINA, "allied_with", NORTH_KOREA)),
    ]


def build(path: Path, order: Sequence[int]) -> Graph:
    """A store of the articles in ``order`` (one run), exported and parsed back."""
    articles = extractions()
    with Store.open(path) as store:
        run = store.begin_run("ingest", extractor="geograph-test 1")
        for position in order:
            store.add(articles[position], run=run)
        return Graph().parse(write_rdf(store, path.with_suffix(".nt"), "nt"), format="nt")


def iris(graph: Graph) -> set[str]:
    return {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}


def without_run_times(graph: Graph) -> set[tuple[object, ...]]:
    return {triple for triple in graph if triple[1] != STARTED}


@settings(max_examples=6, deadline=None)
@given(st.permutations(range(5)))
def test_a_rebuild_in_any_order_mints_the_same_iris(order: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first = build(Path(folder) / "first.db", range(5))
        rebuilt = build(Path(folder) / "rebuilt.db", order)
    assert iris(rebuilt) == iris(first)
    assert without_run_times(rebuilt) == without_run_times(first)  # the same graph, but for when it ran
    mentions = {i for i in iris(first) if "/id/mention/" in i}
    assert len(mentions) == 8  # the statement w5 makes in two sentences is two mentions


def test_two_stores_of_different_articles_share_no_evidence_iri(tmp_path: Path) -> None:
    articles = extractions()
    graphs = []
    for name, part in (("left", articles[:2]), ("right", articles[2:])):
        with Store.open(tmp_path / f"{name}.db") as store:
            run = store.begin_run("ingest", extractor="geograph-test 1")
            for item in part:
                store.add(item, run=run)
            graphs.append(Graph().parse(write_rdf(store, tmp_path / f"{name}.nt", "nt"), format="nt"))
    left, right = ({i for i in iris(g) if "/id/mention/" in i or "/id/run/" in i} for g in graphs)
    assert left and right and not left & right


# --- --data: an RDF merge, set semantics -------------------------------------------------------------------------


def test_the_stores_own_export_given_with_data_adds_no_row(tmp_path: Path) -> None:
    db = tmp_path / "sample.db"
    with Store.open(db) as store:
        build_sample(store)
        export = write_rdf(store, tmp_path / "export.ttl", "ttl")
        copy = write_rdf(store, tmp_path / "copy.nt", "nt")
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        alone = query(store, count).values()
        assert query(store, count, data=[export]).values() == alone
        assert query(store, count, data=[export, copy]).values() == alone  # two files stating the same
        extra = tmp_path / "extra.ttl"
        extra.write_text(
            "<https://w3id.org/geograph/id/actor/Q30> <https://w3id.org/geograph/ontology#sanctions> "
            "<https://w3id.org/geograph/id/actor/Q159> .\n"  # already in the store
            "<https://w3id.org/geograph/id/actor/Q148> <https://w3id.org/geograph/ontology#sanctions> "
            "<https://w3id.org/geograph/id/actor/Q30> .\n",
            encoding="utf-8",
        )
        assert query(store, count, data=[export, extra]).values() == [(alone[0][0] + 1,)]  # type: ignore[operator]
    runner = CliRunner()
    for name in sorted(n for n, q in library().items() if not q.online):
        params = {"actor_timeline": ["--param", "actor=Q159"], "state_actions": ["--param", "state=Q159"]}
        params["alliances_as_of"] = ["--param", "asOf=2024-12-31"]
        arguments = ["query", f"@{name}", "--db", str(db), "--format", "csv", *params.get(name, [])]
        plain = runner.invoke(main, arguments)
        merged = runner.invoke(main, [*arguments, "--data", str(export)])
        assert plain.exit_code == merged.exit_code == 0, merged.output
        assert merged.output == plain.output, name
        assert len(plain.output.splitlines()) > 1, name
