"""What extraction cannot avoid, against spaCy's bare tokenizer: the floor under the extraction ratio.

Before any rule runs, ``Extractor().extract`` must normalize the text (letter forms, ZWNJ, boilerplate),
tokenize it (``make_doc``), and read the token strings out of the doc; after the rules, it must build the
records it returns. These steps alone, timed on the same texts, divided by the bare tokenizer's time, give
the ratio extraction would reach if every rule (gazetteer matching, frames, modality, dates, roles) cost
nothing. The records are rebuilt one level deep (the extraction, its assertions, mentions and entities, from
their field values), so the floor is a low one. ``bench/extract_check.py`` prints it for every text set.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from geograph.extract import Extractor
from geograph.extract.pipeline import token_strings
from geograph.normalize import normalize
from geograph.records import Article, Extraction


@dataclass(frozen=True, slots=True)
class FloorSteps:
    """CPU ms per article of each step extraction cannot skip."""

    normalize_ms: float
    make_doc_ms: float
    words_ms: float
    records_ms: float

    @property
    def total_ms(self) -> float:
        return self.normalize_ms + self.make_doc_ms + self.words_ms + self.records_ms


def best_ms(work: Callable[[], object], count: int, repeat: int) -> float:
    """CPU ms per item of ``work`` over ``count`` items, the best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best * 1000 / count


def _field_values(record: Any) -> tuple[type, list[Any]]:
    return type(record), [getattr(record, f.name) for f in fields(record)]


def time_floor(
    articles: Sequence[Article], extractions: Sequence[Extraction], extractor: Extractor, repeat: int = 3
) -> FloorSteps:
    """The unavoidable steps of extracting ``articles``, whose ``extractions`` give the records to rebuild."""
    pipelines = {lang: extractor.pipeline(lang) for lang in {a.lang or "xx" for a in articles}}
    texts = [normalize(a.text, skip=a.boilerplate).text for a in articles]
    docs = [pipelines[a.lang or "xx"].make_doc(text) for a, text in zip(articles, texts, strict=True)]

    def words() -> None:
        for doc, text in zip(docs, texts, strict=True):
            token_strings(doc, text)

    parts = [[_field_values(r) for r in (*x.assertions, *x.mentions, *x.entities, x)] for x in extractions]
    count = len(articles)
    return FloorSteps(
        normalize_ms=best_ms(lambda: [normalize(a.text, skip=a.boilerplate) for a in articles], count, repeat),
        make_doc_ms=best_ms(
            lambda: [pipelines[a.lang or "xx"].make_doc(t) for a, t in zip(articles, texts, strict=True)], count, repeat
        ),
        words_ms=best_ms(words, count, repeat),
        records_ms=_without_gc(
            lambda: best_ms(lambda: [[cls(*values) for cls, values in part] for part in parts], count, repeat)
        ),
    )


def _without_gc(measure: Callable[[], float]) -> float:
    """Time record building with the collector off: a young collection falling into one pass or another
    makes the figure vary twofold, and a floor should be a lower bound."""
    gc.collect()
    gc.disable()
    try:
        return measure()
    finally:
        gc.enable()
