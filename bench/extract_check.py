"""Time ``Extractor().extract`` against spaCy's bare tokenizer, and check its output against a baseline.

Speed work on the extractor must not change what it reads. Record the output once, then check after a change:

    .venv/bin/python bench/extract_check.py --save /tmp/extract-base.pickle
    .venv/bin/python bench/extract_check.py --check /tmp/extract-base.pickle

The texts are the seed article, the sample articles, the gold and held-out articles, the real-news excerpts when
their cache is on this machine (``data/realnews/README.md``; real reporting, the set the issue's 5x target is
about) and the first ``--corpus`` articles of the generated benchmark corpus. ``--check`` exits 1 on any
difference and prints the first ones; both print CPU milliseconds per article for the tokenizer and the
extractor on each set, and ``--floor`` adds what extraction cannot skip (``bench/extract_floor.py``).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from extract_floor import FloorSteps, best_ms, time_floor

from geograph.eval.realnews import default_cache
from geograph.extract import Extractor
from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent


def _articles(paths: Sequence[str | Path]) -> list[Article]:
    found = [str(p) for p in paths if Path(p).exists()]
    return [item for item in read_inputs(found, ReadOptions()) if isinstance(item, Article)] if found else []


def text_sets(corpus: int) -> dict[str, list[Article]]:
    generated = sorted((ROOT / "bench" / "out" / "corpus-0-2000").glob("*.jsonl"))
    return {
        "seed": _articles([ROOT / "data" / "articles" / "fa"]),
        "gold+heldout": _articles(sorted(ROOT.glob("tests/gold/*/*.txt")) + sorted(ROOT.glob("tests/heldout/*/*.txt"))),
        "samples": _articles([ROOT / "data" / "articles"]),
        "real news": _articles(sorted(default_cache().glob("*/*.txt"))),
        "generated": _articles(generated)[:corpus],
    }


def measure(articles: list[Article], extractor: Extractor, repeat: int) -> tuple[float, float, list[Extraction]]:
    """CPU ms per article of the bare tokenizer and of extraction (best of ``repeat``), and the extractions."""
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in {a.lang or "xx" for a in articles}}
    for article in articles:  # warm both: pipelines built, caches as in a long run
        extractor.extract(article)
        tokenizers[article.lang or "xx"](article.text)
    count = len(articles)
    tokenizer = best_ms(lambda: [tokenizers[a.lang or "xx"](a.text) for a in articles], count, repeat)
    results: list[Extraction] = []
    extraction = best_ms(
        lambda: results.__setitem__(slice(None), [extractor.extract(a) for a in articles]), count, repeat
    )
    return tokenizer, extraction, results


@dataclass(frozen=True, slots=True)
class TextSetTiming:
    """Extraction against the bare tokenizer on one set of texts (CPU, best of the timed passes)."""

    name: str
    articles: int
    tokens: int  # per article, as the bare tokenizer splits them
    tokenizer_ms: float  # per article
    extraction_ms: float  # per article
    floor: FloorSteps  # what extraction cannot skip, per article

    @property
    def ratio(self) -> float:
        return self.extraction_ms / self.tokenizer_ms

    @property
    def floor_ratio(self) -> float:
        return self.floor.total_ms / self.tokenizer_ms


def time_text_sets(corpus: int, repeat: int = 3, extractor: Extractor | None = None) -> list[TextSetTiming]:
    """Time extraction against the tokenizer on every text set that is present."""
    extractor = extractor or Extractor()
    out: list[TextSetTiming] = []
    for name, articles in text_sets(corpus).items():
        if not articles:
            continue
        tokenizer, extraction, results = measure(articles, extractor, repeat)
        blank = {lang: spacy.blank(lang).tokenizer for lang in {a.lang or "xx" for a in articles}}
        tokens = sum(len(blank[a.lang or "xx"](a.text)) for a in articles) // len(articles)
        floor = time_floor(articles, results, extractor, repeat)
        out.append(TextSetTiming(name, len(articles), tokens, tokenizer, extraction, floor))
    return out


def _differences(before: list[Extraction], after: list[Extraction]) -> list[str]:
    out: list[str] = []
    for old, new in zip(before, after, strict=False):  # a smaller --corpus compares a prefix
        if old == new:
            continue
        lost = set(old.assertions) - set(new.assertions)
        gained = set(new.assertions) - set(old.assertions)
        out.append(
            f"{old.article.origin}: {len(lost)} assertions lost, {len(gained)} gained; "
            f"mentions equal: {old.mentions == new.mentions}; entities equal: {old.entities == new.entities}; "
            f"order only: {not lost and not gained and old.assertions != new.assertions}"
        )
        out.extend(f"  - {a.subject.id} {a.relation} {a.object.id} {a.modality} {a.date}" for a in list(lost)[:3])
        out.extend(f"  + {a.subject.id} {a.relation} {a.object.id} {a.modality} {a.date}" for a in list(gained)[:3])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--save", type=Path, help="record the extractions as the baseline")
    action.add_argument("--check", type=Path, help="compare the extractions with a recorded baseline")
    parser.add_argument("--corpus", type=int, default=600, help="generated articles to include (default 600)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per set; the best counts")
    parser.add_argument("--floor", action="store_true", help="also time what extraction cannot skip (extract_floor)")
    args = parser.parse_args(argv)
    extractor = Extractor()
    outputs: dict[str, list[Extraction]] = {}
    for name, articles in text_sets(args.corpus).items():
        if not articles:
            print(f"{name:>13}: no articles (generate the corpus with bench/ingest.py first)")
            continue
        tokenizer, extraction, outputs[name] = measure(articles, extractor, args.repeat)
        line = (
            f"{name:>13}: {len(articles):4d} articles, tokenizer {tokenizer:.3f} ms, "
            f"extraction {extraction:.3f} ms per article: {extraction / tokenizer:.1f}x"
        )
        if args.floor:
            floor = time_floor(articles, outputs[name], extractor, args.repeat)
            line += f"; floor {floor.total_ms:.3f} ms: {floor.total_ms / tokenizer:.1f}x"
        print(line)
    if args.save:
        args.save.write_bytes(pickle.dumps(outputs))
        print(f"baseline written to {args.save}")
    if args.check:
        baseline: dict[str, list[Extraction]] = pickle.loads(args.check.read_bytes())
        differences = [
            line for name, before in baseline.items() for line in _differences(before, outputs.get(name, []))
        ]
        if differences:
            print(f"{len(differences)} lines of differences; first ones:", *differences[:40], sep="\n")
            return 1
        print("identical to the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
