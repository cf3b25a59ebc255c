"""What content-derived IRIs and language tags need from the store, read once per export or index update."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from geograph.rdf import iris

if TYPE_CHECKING:
    from geograph.store import Store

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(lang: str | None) -> str | None:
    """``lang`` when it is a well-formed BCP 47 tag; else None (an article's metadata may say anything, and a
    malformed tag would stop the whole export)."""
    return lang if lang and _LANGUAGE_TAG.fullmatch(lang) else None


class StoreKeys:
    """What content-derived IRIs and language tags need from the store: each run's key and each article's
    language, read once without the articles' text."""

    def __init__(self, store: Store) -> None:
        self.languages: dict[str, str | None] = {}
        articles_of: dict[int, list[str]] = {}
        for key in store.article_keys():
            self.languages[key.id] = language_tag(key.lang)
            articles_of.setdefault(key.run, []).append(key.id)
        self.runs = {
            run.id: iris.run_key(run.extractor, articles_of.get(run.id, ()), run.started, run.command)
            for run in store.runs()
        }

    def run_node(self, run_id: int) -> NamedNode:
        return NamedNode(iris.run_iri(self.runs.get(run_id) or f"unknown-{run_id}"))

    def run_graph(self, run_id: int) -> NamedNode:
        return NamedNode(iris.run_graph_iri(self.runs.get(run_id) or f"unknown-{run_id}"))

    def text(self, value: str, article_id: str) -> Literal:
        """``value``, written in the article, tagged with the article's language where known."""
        lang = self.languages.get(article_id)
        return Literal(value, language=lang) if lang else Literal(value)
