"""The store's graph kept in an on-disk pyoxigraph store next to the SQLite file, for fast SPARQL.

``geograph.db`` gets ``geograph.db.oxigraph/``. The store's graph and the ontology sit in the default graph
(queries over one graph are the fastest pyoxigraph runs); RDF files given with ``--data`` each get a named graph.
A small JSON file records what is loaded. When nothing was written to the SQLite file since, opening costs a
few milliseconds. New runs are loaded incrementally: their mentions, articles and runs are added, and only the
events and edges they touch are rewritten. Anything else (a run retracted, a loaded run that grew, a new
mapping or ontology) triggers a full rebuild with the bulk loader.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse
from pyoxigraph import Store as OxStore

from geograph.rdf import iris, triples
from geograph.rdf.keys import StoreKeys
from geograph.resources import ontology_dir

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from geograph.store import Store

MAPPING_VERSION = 3  # bump whenever triples.py changes what it writes, so old indexes are rebuilt
_STATE_FILE = "geograph-index.json"


@dataclass(frozen=True, slots=True)
class IndexState:
    """What the index holds: the mapping version, the runs loaded, and the store's counts when loaded."""

    mapping: int
    ontology: str  # digest of ontology/geograph.ttl
    runs: tuple[int, ...]
    assertions: int
    articles: int
    entities: int
    data_files: tuple[tuple[str, int, int], ...] = ()  # (absolute path, size, mtime_ns) of --data files
    files: tuple[int, ...] = ()  # size and mtime_ns of the SQLite file and its WAL: unchanged means no writes


def index_path(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".oxigraph")


def _read_state(directory: Path) -> IndexState | None:
    try:
        raw = json.loads((directory / _STATE_FILE).read_text(encoding="utf-8"))
        return IndexState(
            mapping=int(raw["mapping"]),
            ontology=str(raw["ontology"]),
            runs=tuple(raw["runs"]),
            assertions=int(raw["assertions"]),
            articles=int(raw["articles"]),
            entities=int(raw["entities"]),
            data_files=tuple((str(p), int(s), int(m)) for p, s, m in raw.get("data_files", [])),
            files=tuple(int(n) for n in raw.get("files", [])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_state(directory: Path, state: IndexState) -> None:
    target = directory / _STATE_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(state)), encoding="utf-8")
    temporary.replace(target)


def _store_files(store: Store) -> tuple[int, ...]:
    stamp: list[int] = []
    for path in (store.path, store.path.with_name(store.path.name + "-wal")):
        try:
            status = path.stat()
            stamp += [status.st_size, status.st_mtime_ns]
        except FileNotFoundError:
            stamp += [-1, -1]
    return tuple(stamp)


def _current_state(store: Store) -> IndexState:
    files = _store_files(store)  # before reading, so a write racing with us makes the next open look again
    stats = store.stats()
    return IndexState(
        mapping=MAPPING_VERSION,
        ontology=_ontology_digest(),
        runs=tuple(run.id for run in store.runs()),
        assertions=stats.assertions,
        articles=stats.articles,
        entities=stats.entities,
        files=files,
    )


def _all_quads(store: Store) -> Iterator[Quad]:
    actors = triples.Actors()
    keys = StoreKeys(store)
    yield from triples.run_quads(store, keys)
    events = list(store.events())
    yield from triples.edge_quads(store.edges(), actors, triples.undated_mentions(events))
    yield from triples.event_quads(events, actors)
    yield from triples.mention_quads(store.assertions(), lambda _: triples.DEFAULT, keys)
    yield from triples.article_quads(store.articles(), lambda _: triples.DEFAULT)
    yield from triples.entity_quads(store.entities(), actors)


def data_graph(path: Path) -> NamedNode:
    """The named graph an RDF file given with ``--data`` is loaded into."""
    return NamedNode(path.resolve().as_uri())


def _file_stamp(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return (str(path.resolve()), status.st_size, status.st_mtime_ns)


def _rdf_format(path: Path) -> RdfFormat:
    fmt = RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF file extension (use .ttl, .nt, .nq, .trig, .jsonld, .rdf)")
    return fmt


def load_rdf_file(target: OxStore, path: Path, graph: NamedNode | None = None) -> None:
    """Load an RDF file (format from its extension) into ``target``.

    With ``graph``, every triple of the file goes into that graph, graph names of N-Quads and TriG included.
    """
    fmt = _rdf_format(path)
    if graph is None or not fmt.supports_datasets:
        target.bulk_load(path=str(path), format=fmt, to_graph=graph)
        return
    target.bulk_extend(Quad(q.subject, q.predicate, q.object, graph) for q in parse(path=str(path), format=fmt))


def open_index(store: Store, data: Sequence[Path] = ()) -> OxStore:
    """The store's pyoxigraph index, up to date with the store, holding exactly the ``data`` files given.

    The store's graph is its default graph; each data file is a named graph (see :func:`data_graph`). Only one
    process can hold the index open at a time.
    """
    directory = index_path(store)
    directory.mkdir(parents=True, exist_ok=True)
    saved = _read_state(directory)
    ontology = _ontology_digest()
    try:
        index = OxStore(str(directory))
    except OSError as error:
        # Another process holds the index. If it is already what we need, read it alongside; else wait.
        fresh = saved is not None and (saved.mapping, saved.ontology) == (MAPPING_VERSION, ontology)
        if (
            fresh
            and saved is not None
            and saved.files == _store_files(store)
            and saved.data_files == tuple(sorted(_file_stamp(path) for path in data))
        ):
            return OxStore.read_only(str(directory))
        raise OSError(
            f"the SPARQL index {directory} is being updated by another geograph process; try again in a moment"
        ) from error
    if saved is None or saved.mapping != MAPPING_VERSION or saved.ontology != ontology:
        current = _current_state(store)
        _rebuild(store, index)
        loaded: tuple[tuple[str, int, int], ...] = ()
        changed = True
    else:
        loaded = saved.data_files
        current = saved if saved.files == _store_files(store) else _current_state(store)
        changed = _content(current) != _content(saved)
        if changed and not (set(saved.runs) <= set(current.runs) and _update(store, index, saved, current)):
            _rebuild(store, index)
            loaded = ()
    files = _sync_data_files(index, data, loaded, store_changed=changed)
    if current is not saved or files != loaded:
        index.flush()
        _write_state(directory, replace(current, data_files=files))
    return index


def _content(state: IndexState) -> tuple[object, ...]:
    """What the store held when ``state`` was taken (not which files or data files were around)."""
    return (state.runs, state.assertions, state.articles, state.entities)


def _ontology_digest() -> str:
    """The ontology and the gazetteer (whose office periods the graph publishes), as one digest."""
    digest = hashlib.sha256(ontology_file().read_bytes())
    for path in sorted((ontology_dir() / "gazetteer").glob("*.yaml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ontology_file() -> Path:
    return ontology_dir() / "geograph.ttl"


def _rebuild(store: Store, index: OxStore) -> None:
    index.clear()
    load_rdf_file(index, ontology_file())  # so queries can use relation labels and PLOVER/CAMEO mappings
    index.bulk_extend(_all_quads(store))
    index.optimize()


def _update(store: Store, index: OxStore, saved: IndexState, current: IndexState) -> bool:
    """Load the runs added since ``saved``; False when the store changed in a way that needs a rebuild.

    Assertions are only ever added by new runs, so an edge can only gain its direct triple and an event only
    change its tallies: rewrite the events the new assertions belong to, add everything else.
    """
    new_runs = frozenset(current.runs) - frozenset(saved.runs)
    added = [assertion for assertion in store.assertions() if assertion.run in new_runs]
    if saved.assertions + len(added) != current.assertions:
        return False  # a loaded run grew or shrank: its evidence is stale
    touched_events = {assertion.event for assertion in added}
    touched_edges = {(a.subject, a.relation, a.object) for a in added}
    stale = [NamedNode(iris.event_iri(event_id)) for event_id in touched_events]
    stale += [NamedNode(iris.edge_iri(*edge)) for edge in touched_edges]
    for node in stale:
        tallies = index.quads_for_pattern(node, None, None, triples.DEFAULT)
        for quad in [q for q in tallies if q.predicate != triples.G_MENTION]:  # mention links stay
            index.remove(quad)
    actors = triples.Actors()
    keys = StoreKeys(store)
    new_articles = store.articles_by_id(sorted({assertion.article for assertion in added}))
    index.extend(triples.run_quads(store, keys))
    events = [e for e in store.events() if (e.subject, e.relation, e.object) in touched_edges]
    edges = (e for e in store.edges() if (e.subject, e.relation, e.object) in touched_edges)
    index.extend(triples.edge_quads(edges, actors, triples.undated_mentions(events)))
    index.extend(triples.event_quads((e for e in events if e.id in touched_events), actors))
    index.extend(triples.mention_quads(added, lambda _: triples.DEFAULT, keys))
    index.extend(triples.article_quads(new_articles.values(), lambda _: triples.DEFAULT))
    index.extend(triples.entity_quads(store.entities(), actors))
    return True


def _sync_data_files(
    index: OxStore, data: Sequence[Path], loaded: tuple[tuple[str, int, int], ...], *, store_changed: bool
) -> tuple[tuple[str, int, int], ...]:
    """Hold exactly the ``--data`` files given, each in its own graph, as an RDF merge with the store's graph.

    A query's default graph is the union of the store's graph and the data graphs, and SPARQL matches a
    triple once per graph holding it; so each data graph keeps only the triples no graph before it (the
    store's, then the other files in path order) holds. A triple then counts once however many sources state
    it, and querying the store with its own export (same content-derived IRIs) answers as the store alone.
    When the store or the set of files changes, every data graph is loaded again.
    """
    wanted = tuple(sorted(_file_stamp(path) for path in data))
    if wanted == loaded and not store_changed:
        return wanted
    for stamp in set(loaded) | set(wanted):
        graph = data_graph(Path(stamp[0]))
        if index.contains_named_graph(graph):
            index.remove_graph(graph)
    earlier: list[NamedNode | DefaultGraph] = [DefaultGraph()]
    for stamp in wanted:
        graph = data_graph(Path(stamp[0]))
        index.add_graph(graph)
        batch: list[Quad] = []
        for quad in _new_quads(index, Path(stamp[0]), graph, tuple(earlier)):
            batch.append(quad)
            if len(batch) >= 10_000:  # checked against the index before written to it
                index.extend(batch)
                batch = []
        index.extend(batch)
        earlier.append(graph)
    return wanted


def _new_quads(
    index: OxStore, path: Path, graph: NamedNode, earlier: tuple[NamedNode | DefaultGraph, ...]
) -> Iterator[Quad]:
    """The triples of ``path`` that no graph of ``earlier`` holds, as quads of ``graph``."""
    for quad in parse(path=str(path), format=_rdf_format(path)):
        subject, predicate, obj = quad.subject, quad.predicate, quad.object
        if not any(Quad(subject, predicate, obj, other) in index for other in earlier):
            yield Quad(subject, predicate, obj, graph)
