"""``geograph stats``, ``entities`` and ``show``: look into the store."""

from __future__ import annotations

import click

from geograph.cli.options import SEARCH_TEXT, current_window, db_option, open_store, window_options
from geograph.cli.terminal import echo
from geograph.records import Edge, Entity
from geograph.store import Store
from geograph.store.folding import fold


@click.command("stats")
@db_option
@window_options
def stats_command(db_path: str) -> None:
    """Summarize the store: articles, entities, assertions, events, edges, by language and relation.

    \b
    Example:
      geograph stats
      geograph stats --as-of 2024-06-30
    """
    with open_store(db_path, read_only=True) as store:
        stats = store.stats(current_window())
    span = f"{stats.first_seen} .. {stats.last_seen}" if stats.first_seen else "undated"
    echo(f"store       {db_path}")
    echo(f"articles    {stats.articles}  ({', '.join(f'{k} {v}' for k, v in stats.languages) or '-'})")
    echo(f"entities    {stats.entities}")
    echo(f"assertions  {stats.assertions}")
    echo(f"events      {stats.events}")
    echo(f"edges       {stats.edges}")
    echo(f"runs        {stats.runs}")
    echo(f"dates       {span}")
    for name, count in stats.relations:
        echo(f"  {name:<16} {count}")


def _labels_line(entity: Entity) -> str:
    seen: dict[str, str] = {}
    for lang, label in entity.labels:
        seen.setdefault(lang, label)
    return "  ".join(f"{lang}:{label}" for lang, label in sorted(seen.items()))


@click.command("entities")
@click.argument("search", required=False, type=SEARCH_TEXT)
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def entities_command(search: str | None, db_path: str, limit: int) -> None:
    """List the store's entities, or search them in any of their labels' languages.

    \b
    Example:
      geograph entities
      geograph entities پوتین
      geograph entities "north korea"
    """
    with open_store(db_path, read_only=True) as store:
        found = store.search_entities(search, limit) if search else list(store.entities())[:limit]
    if not found:
        raise click.ClickException(f"no entity matches {search!r}" if search else "the store has no entities")
    for entity in found:
        echo(f"{entity.id:<14} {entity.type:<12} {entity.label:<28} {_labels_line(entity)}")


def _resolve(store: Store, name: str) -> Entity:
    entity = store.entity(name)
    if entity is not None:
        return entity
    found = store.search_entities(name, 5)
    exact = [e for e in found if any(fold(label) == fold(name) for _, label in (*e.labels, *e.aliases))]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise click.ClickException(f"no entity matches {name!r}")
    options = ", ".join(f"{e.id} ({e.label})" for e in found)
    raise click.ClickException(f"{name!r} matches several entities: {options}; give an id")


@click.command("show")
@click.argument("entity", type=SEARCH_TEXT)
@db_option
@window_options
def show_command(entity: str, db_path: str) -> None:
    """Show an entity's edges, with their evidence and sources.

    ENTITY is an id (Q159, local:...) or a label in any language.

    \b
    Example:
      geograph show Q159
      geograph show "North Korea" --as-of 2024-06-30
    """
    window = current_window()
    with open_store(db_path, read_only=True) as store:
        target = _resolve(store, entity)
        evidence: dict[tuple[str, str, str], list[str]] = {}
        for assertion in store.assertions(window, entity=target.id):
            key = (assertion.subject, assertion.relation, assertion.object)
            sentence = " ".join(assertion.sentence.split())
            when = assertion.date or (assertion.seen.isoformat() if assertion.seen else "undated")
            evidence.setdefault(key, []).append(f"[{assertion.modality}, {when}, {assertion.source}] {sentence}")
        edges = list(store.edges(window, entity=target.id))
        labels = {}
        for end in {e.subject for e in edges} | {e.object for e in edges}:
            found = store.entity(end)
            labels[end] = found.label if found else end
    echo(f"{target.label} ({target.id}, {target.type}) {_labels_line(target)}")
    if target.wikidata:
        echo(f"  https://www.wikidata.org/wiki/{target.wikidata}")
    if not edges:
        echo("  no edges" + (" in this window" if not window.is_open() else ""))
    for edge in edges:
        echo(_edge_line(edge, labels))
        for line in evidence.get((edge.subject, edge.relation, edge.object), []):
            echo(f"      {line}")


def _edge_line(edge: Edge, labels: dict[str, str]) -> str:
    modalities = ", ".join(f"{m} {n}" for m, n in edge.modalities)
    seen = f"{edge.first_seen} .. {edge.last_seen}" if edge.first_seen else "undated"
    flag = "  DISPUTED" if edge.disputed else ""
    return (
        f"  {labels.get(edge.subject, edge.subject)} --{edge.relation}--> {labels.get(edge.object, edge.object)}"
        f"  [{modalities}; {edge.sources} source(s), {edge.articles} article(s); {seen};"
        f" confidence {edge.confidence:.2f}]{flag}"
    )
