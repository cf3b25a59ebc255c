"""GraphML, GEXF, CSV and JSON-lines exports: what Gephi, spreadsheets and pandas read."""

from __future__ import annotations

import csv
import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

import geograph.export.formats  # noqa: F401  (registers every format)
from conftest import NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, UNSC, make_article, make_assertion, make_extraction
from geograph.export import EXPORTERS, ExportOptions, export
from geograph.records import DateWindow, EventDate
from geograph.store import Store

GEXF = "{http://gexf.net/1.3}"
SCHEMA = Path("/work/shared/spec/assertion.schema.json")


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    """US sanctions Russia (two sources, March); Putin visits North Korea (June); NK arms to Russia, disputed."""
    with Store.open(tmp_path / "small.db") as store:
        run = store.begin_run("test")
        a1 = make_article("a1", published=dt.date(2024, 3, 1), source="Wire A", url="https://a.example/1")
        a2 = make_article("a2", published=dt.date(2024, 3, 5), source="Wire B")
        a3 = make_article("a3", published=dt.date(2024, 6, 19), source="Wire A", lang="fa", text="پوتین «وارد» شد.")
        store.add(make_extraction(a1, make_assertion(a1, UNITED_STATES, "sanctions", RUSSIA)), run=run)
        store.add(
            make_extraction(
                a2,
                make_assertion(a2, UNITED_STATES, "sanctions", RUSSIA),
                make_assertion(a2, RUSSIA, "vetoes", NORTH_KOREA, via=UNSC),
            ),
            run=run,
        )
        store.add(
            make_extraction(
                a3,
                make_assertion(a3, PUTIN, "visits", NORTH_KOREA, date=EventDate("2024-06-18", "day")),
                make_assertion(a3, NORTH_KOREA, "supplies_arms", RUSSIA),
                make_assertion(a3, NORTH_KOREA, "supplies_arms", RUSSIA, modality="denied"),
            ),
            run=run,
        )
        yield store


def test_all_formats_are_registered() -> None:
    assert {"ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf", "csv", "jsonl"} <= set(EXPORTERS)


def test_graphml_reads_in_networkx_with_attributes(small: Store, tmp_path: Path) -> None:
    (path,) = export(small, "graphml", tmp_path / "g.graphml", ExportOptions(label_lang="fa"))
    graph = nx.read_graphml(path, force_multigraph=True)
    assert set(graph.nodes) == {"Q30", "Q159", "Q423", "Q7747"}
    assert graph.nodes["Q159"]["label"] == "روسیه" and graph.nodes["Q159"]["wikidata"] == "Q159"
    assert graph.nodes["Q7747"]["type"] == "person"
    (sanctions,) = graph.get_edge_data("Q30", "Q159").values()
    assert (sanctions["relation"], sanctions["quad_class"], sanctions["sources"]) == ("sanctions", 4, 2)
    assert (sanctions["first_seen"], sanctions["last_seen"]) == ("2024-03-01", "2024-03-05")
    (arms,) = graph.get_edge_data("Q423", "Q159").values()
    assert arms["disputed"] is True and arms["asserted"] == 1


def test_gexf_is_dynamic_with_edge_spells(small: Store, tmp_path: Path) -> None:
    (path,) = export(small, "gexf", tmp_path / "g.gexf")
    root = ET.parse(path).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph is not None and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = {(e.get("source"), e.get("kind"), e.get("target")): e for e in root.iter(f"{GEXF}edge")}
    visit = edges[("Q7747", "visits", "Q423")]
    assert (visit.get("start"), visit.get("end")) == ("2024-06-18", "2024-06-18")
    nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
    assert nodes["Q30"].get("start") == "2024-03-01" and nodes["Q30"].get("label") == "United States"
    values = {a.get("for"): a.get("value") for a in edges[("Q30", "sanctions", "Q159")].iter(f"{GEXF}attvalue")}
    assert values["sources"] == "2" and values["quad_class"] == "4"


def test_csv_writes_nodes_and_edges_files(small: Store, tmp_path: Path) -> None:
    written = export(small, "csv", tmp_path / "out" / "graph.csv")
    assert [p.name for p in written] == ["graph.nodes.csv", "graph.edges.csv"]
    with written[0].open(encoding="utf-8", newline="") as f:
        nodes = {row["id"]: row for row in csv.DictReader(f)}
    with written[1].open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert nodes["Q423"]["label"] == "North Korea" and nodes["Q423"]["degree"] == "3"
    arms = next(e for e in edges if e["relation"] == "supplies_arms")
    assert (arms["asserted"], arms["denied"], arms["disputed"]) == ("1", "1", "true")
    veto = next(e for e in edges if e["relation"] == "vetoes")
    assert veto["vias"] == "Q37470"


def test_jsonl_lines_follow_the_assertion_schema(small: Store, tmp_path: Path) -> None:
    (path,) = export(small, "jsonl", tmp_path / "a.jsonl")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6
    for line in lines:
        jsonschema.validate(line, schema)
    visit = next(line for line in lines if line["relation"] == "visits")
    assert visit["subject"]["state"]["id"] == "Q159"
    assert (visit["plover"], visit["cameo"], visit["date"]) == ("CONSULT/visit", "042", "2024-06-18")
    assert visit["article_meta"]["lang"] == "fa" and visit["sentence"] == "پوتین «وارد» شد."


def test_window_is_honoured_by_every_graph_format(small: Store, tmp_path: Path) -> None:
    options = ExportOptions(window=DateWindow(as_of=dt.date(2024, 3, 2)))
    graph = nx.read_graphml(export(small, "graphml", tmp_path / "w.graphml", options)[0], force_multigraph=True)
    assert [(s, t) for s, t, _ in graph.edges] == [("Q30", "Q159")]
    (path,) = export(small, "jsonl", tmp_path / "w.jsonl", options)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 1
    _, edges_path = export(small, "csv", tmp_path / "w.csv", options)
    assert len(edges_path.read_text(encoding="utf-8").splitlines()) == 2
