"""Reading the store: articles, entities, assertions, and the merged events and edges through a window."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from typing import Any, Literal

from geograph.records import (
    Article,
    ArticleKey,
    DateWindow,
    Edge,
    Entity,
    Event,
    Run,
    StoredAssertion,
    StoreStats,
)
from geograph.store.aggregate import Tally
from geograph.store.folding import fold
from geograph.vocabulary import relation

Level = Literal["actor", "state"]

_ASSERTION_COLUMNS = (
    "id, subject, relation, object, via, modality, date, date_precision, seen, article, sentence, start, end,"
    " confidence, extractor, event, run, source, subject_state, object_state, subject_text, object_text"
)


def window_clause(window: DateWindow, column: str = "seen") -> tuple[str, list[str]]:
    """SQL condition and parameters for a date window on ``column`` (undated rows drop out of any window)."""
    conditions: list[str] = []
    params: list[str] = []
    if window.upper is not None:
        conditions.append(f"{column} <= ?")
        params.append(window.upper.isoformat())
    if window.since is not None:
        conditions.append(f"{column} >= ?")
        params.append(window.since.isoformat())
    return (" AND ".join(conditions) or "1"), params


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        published=_date(row["published"]),
        source=row["source"],
        lang=row["lang"],
        origin=row["origin"],
        boilerplate=tuple((int(s), int(e)) for s, e in json.loads(row["boilerplate"])),
    )


def articles(connection: sqlite3.Connection, window: DateWindow) -> Iterator[Article]:
    where, params = window_clause(window, "published")
    for row in connection.execute(f"SELECT * FROM articles WHERE {where} ORDER BY published, id", params):
        yield article_from_row(row)


def articles_by_id(connection: sqlite3.Connection, ids: list[str]) -> dict[str, Article]:
    found: dict[str, Article] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in connection.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
            found[row["id"]] = article_from_row(row)
    return found


def _entities_where(connection: sqlite3.Connection, where: str, params: list[Any]) -> list[Entity]:
    rows = connection.execute(f"SELECT * FROM entities WHERE {where} ORDER BY label, id", params).fetchall()
    labels: dict[str, list[sqlite3.Row]] = {row["id"]: [] for row in rows}
    if rows:
        for start in range(0, len(rows), 500):
            chunk = [row["id"] for row in rows[start : start + 500]]
            marks = ",".join("?" * len(chunk))
            for label in connection.execute(
                f"SELECT entity, lang, label, preferred FROM entity_labels WHERE entity IN ({marks})"
                " ORDER BY entity, lang, preferred DESC, label",
                chunk,
            ):
                labels[label["entity"]].append(label)
    return [
        Entity(
            id=row["id"],
            type=row["type"],
            label=row["label"],
            wikidata=row["wikidata"],
            labels=tuple((lb["lang"], lb["label"]) for lb in labels[row["id"]] if lb["preferred"]),
            aliases=tuple((lb["lang"], lb["label"]) for lb in labels[row["id"]] if not lb["preferred"]),
        )
        for row in rows
    ]


def entities(connection: sqlite3.Connection) -> list[Entity]:
    return _entities_where(connection, "1", [])


def entity(connection: sqlite3.Connection, entity_id: str) -> Entity | None:
    found = _entities_where(connection, "id = ? OR wikidata = ?", [entity_id, entity_id])
    return found[0] if found else None


def search_entities(connection: sqlite3.Connection, text: str, limit: int) -> list[Entity]:
    """Entities whose id, or any label in any language, contains ``text`` (folded like the extractor folds)."""
    needle = fold(text)
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = [
        row[0]
        for row in connection.execute(
            "SELECT entity FROM entity_labels WHERE folded LIKE ? ESCAPE '\\' "
            "UNION SELECT id FROM entities WHERE id = ? OR lower(label) LIKE ? ESCAPE '\\' LIMIT ?",
            (pattern, text.strip(), pattern, limit),
        )
    ]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return _entities_where(connection, f"id IN ({marks})", ids)[:limit]


def _assertion_from_row(row: sqlite3.Row) -> StoredAssertion:
    return StoredAssertion(
        id=row["id"],
        subject=row["subject"],
        relation=row["relation"],
        object=row["object"],
        via=row["via"],
        modality=row["modality"],
        date=row["date"],
        date_precision=row["date_precision"],
        seen=_date(row["seen"]),
        article=row["article"],
        sentence=row["sentence"],
        start=row["start"],
        end=row["end"],
        confidence=row["confidence"],
        extractor=row["extractor"],
        event=row["event"],
        run=row["run"],
        source=row["source"],
        subject_state=row["subject_state"],
        object_state=row["object_state"],
        subject_text=row["subject_text"],
        object_text=row["object_text"],
    )


def assertions(
    connection: sqlite3.Connection, window: DateWindow, entity_id: str | None = None
) -> Iterator[StoredAssertion]:
    where, params = window_clause(window)
    if entity_id is not None:
        where += " AND (subject = ? OR object = ? OR subject_state = ? OR object_state = ?)"
        params += [entity_id] * 4
    query = f"SELECT {_ASSERTION_COLUMNS} FROM assertions WHERE {where} ORDER BY id"
    for row in connection.execute(query, params):
        yield _assertion_from_row(row)


def _at_level(row: sqlite3.Row, level: Level) -> tuple[str, str, str]:
    subject, obj = row["subject"], row["object"]
    if level == "state":
        subject = row["subject_state"] or subject
        obj = row["object_state"] or obj
        if relation(row["relation"]).symmetric and obj < subject:
            subject, obj = obj, subject
    return subject, row["relation"], obj


def edges(
    connection: sqlite3.Connection, window: DateWindow, level: Level = "actor", entity_id: str | None = None
) -> list[Edge]:
    where, params = window_clause(window)
    if entity_id is not None:
        where += " AND (subject = ? OR object = ?)"
        params += [entity_id, entity_id]
    tallies: dict[tuple[str, str, str], Tally] = {}
    query = (
        "SELECT subject, relation, object, subject_state, object_state, seen, article, source, confidence,"
        f" modality, via FROM assertions WHERE {where}"
    )
    for row in connection.execute(query, params):
        key = _at_level(row, level)
        if level == "state" and key[0] == key[2]:
            continue  # a person acting for their own state is no relation between states
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally()
        tally.add(_date(row["seen"]), row["article"], row["source"], row["confidence"], row["modality"], row["via"])
    return [
        Edge(
            subject=s,
            relation=r,
            object=o,
            first_seen=t.first_seen,
            last_seen=t.last_seen,
            assertions=t.assertions,
            articles=len(t.articles),
            sources=len(t.sources),
            modalities=t.modality_breakdown(),
            confidence=t.confidence,
            vias=tuple(sorted(t.vias)),
        )
        for (s, r, o), t in sorted(tallies.items())
    ]


def events(connection: sqlite3.Connection, window: DateWindow) -> list[Event]:
    where, params = window_clause(window)
    tallies: dict[str, Tally] = {}
    heads: dict[str, sqlite3.Row] = {}
    query = (
        "SELECT event, subject, relation, object, via, date, date_precision, seen, article, source, confidence,"
        f" modality FROM assertions WHERE {where} ORDER BY id"
    )
    for row in connection.execute(query, params):
        key = row["event"]
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally()
            heads[key] = row
        tally.add(_date(row["seen"]), row["article"], row["source"], row["confidence"], row["modality"], row["via"])
    out = []
    for key, tally in tallies.items():
        head = heads[key]
        out.append(
            Event(
                id=key,
                subject=head["subject"],
                relation=head["relation"],
                object=head["object"],
                via=min(tally.vias) if tally.vias else None,
                date=head["date"],
                date_precision=head["date_precision"],
                first_seen=tally.first_seen,
                last_seen=tally.last_seen,
                assertions=tally.assertions,
                articles=len(tally.articles),
                sources=len(tally.sources),
                modalities=tally.modality_breakdown(),
                confidence=tally.confidence,
            )
        )
    return sorted(out, key=lambda e: (e.subject, e.relation, e.object, e.date or "", e.id))


def report_days(connection: sqlite3.Connection) -> dict[str, dt.date]:
    """The day each article reported its news: its publication date, else the day the store received it."""
    out: dict[str, dt.date] = {}
    for article_id, published, added in connection.execute("SELECT id, published, added FROM articles"):
        out[article_id] = dt.date.fromisoformat((published or added)[:10])
    return out


def runs(connection: sqlite3.Connection) -> list[Run]:
    return [
        Run(row["id"], row["started"], row["command"], row["extractor"])
        for row in connection.execute("SELECT * FROM runs ORDER BY id")
    ]


def stats(connection: sqlite3.Connection, window: DateWindow) -> StoreStats:
    where, params = window_clause(window)
    article_where, article_params = window_clause(window, "published")

    def scalar(sql: str, args: list[str]) -> Any:
        return connection.execute(sql, args).fetchone()[0]

    return StoreStats(
        articles=scalar(f"SELECT count(*) FROM articles WHERE {article_where}", article_params),
        entities=scalar("SELECT count(*) FROM entities", []),
        assertions=scalar(f"SELECT count(*) FROM assertions WHERE {where}", params),
        events=scalar(f"SELECT count(DISTINCT event) FROM assertions WHERE {where}", params),
        edges=scalar(
            f"SELECT count(*) FROM (SELECT DISTINCT subject, relation, object FROM assertions WHERE {where})",
            params,
        ),
        runs=scalar("SELECT count(*) FROM runs", []),
        languages=tuple(
            (row[0] or "und", row[1])
            for row in connection.execute(
                f"SELECT lang, count(*) FROM articles WHERE {article_where} GROUP BY lang ORDER BY 2 DESC, 1",
                article_params,
            )
        ),
        relations=tuple(
            (row[0], row[1])
            for row in connection.execute(
                f"SELECT relation, count(*) FROM assertions WHERE {where} GROUP BY relation ORDER BY 2 DESC, 1",
                params,
            )
        ),
        first_seen=_date(scalar(f"SELECT min(seen) FROM assertions WHERE {where}", params)),
        last_seen=_date(scalar(f"SELECT max(seen) FROM assertions WHERE {where}", params)),
    )


def article_keys(connection: sqlite3.Connection) -> Iterator[ArticleKey]:
    for row in connection.execute("SELECT id, run, lang FROM articles ORDER BY id"):
        yield ArticleKey(row["id"], row["run"], row["lang"])
