"""Ingest benchmark: throughput, memory, the tokenizer ceiling, and the cost of one more article by store size.

    .venv/bin/python bench/ingest.py                  # full run (writes docs/benchmarks.md)
    .venv/bin/python bench/ingest.py --quick          # a small run for a quick look
    .venv/bin/python bench/ingest.py --articles 5000 --rss-articles 0 --profile

Every figure comes from running the real thing: ``geograph ingest --workers N`` as a subprocess for the
end-to-end figures, ``geograph.extract.Extractor`` in this process for the extraction-only figure, and bare
``spacy.blank(lang)`` tokenizers over the very same texts for the ceiling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from extract_check import TextSetTiming, time_text_sets
from hotspots import Profile, profile_extraction
from measure import Machine, Measured, machine, run_measured
from report import write_report
from store_scale import ScalePoint, batches_from, cached_stores, time_batch

from geograph.extract import Extractor
from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


@dataclass(frozen=True, slots=True)
class Corpus:
    path: Path
    articles: tuple[Article, ...]
    megabytes: float
    sentences: int


@dataclass(frozen=True, slots=True)
class Timing:
    seconds: float
    cpu_seconds: float


@dataclass(frozen=True, slots=True)
class IngestRun:
    workers: int
    articles: int
    measured: Measured
    summary: str


@dataclass(frozen=True, slots=True)
class Results:
    machine: Machine
    command: str
    corpus: Corpus
    tokenizer: Timing
    extraction: Timing
    assertions: int
    runs: tuple[IngestRun, ...]
    scale: tuple[ScalePoint, ...]
    scale_end_to_end: tuple[ScalePoint, ...]
    big_run: IngestRun | None
    profile: Profile | None
    text_sets: tuple[TextSetTiming, ...]
    finished: dt.datetime


def corpus(count: int, seed: int) -> Path:
    """The generated corpus of ``count`` articles, cached under bench/out/."""
    path = OUT / f"corpus-{seed}-{count}"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        write_corpus(path, count, seed)
        done.touch()
    return path


def load_corpus(path: Path) -> Corpus:
    articles = tuple(item for item in read_inputs([str(path)], ReadOptions()) if isinstance(item, Article))
    splitters = {lang: spacy.blank(lang) for lang in {a.lang or "xx" for a in articles}}
    for nlp in splitters.values():
        nlp.add_pipe("sentencizer")
    sentences = sum(len(list(splitters[a.lang or "xx"](a.text).sents)) for a in articles)
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    return Corpus(path, articles, megabytes, sentences)


def timed(work: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def tokenizer_ceiling(articles: Sequence[Article]) -> Timing:
    """spaCy's bare tokenizer per language over the same texts: no pipeline could be faster."""
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in {a.lang or "xx" for a in articles}}
    return timed(lambda: [tokenizers[a.lang or "xx"](a.text) for a in articles])


def extract_all(articles: Sequence[Article]) -> tuple[Timing, list[Extraction]]:
    extractor = Extractor()
    for lang in sorted({a.lang for a in articles if a.lang}):  # build each pipeline outside the timing
        extractor.extract(next(a for a in articles if a.lang == lang))
    results: list[Extraction] = []
    timing = timed(lambda: results.extend(extractor.extract(a) for a in articles))
    return timing, results


def ingest_run(path: Path, workers: int, articles: int, scratch: Path) -> IngestRun:
    db = scratch / f"ingest-{workers}-{articles}.db"
    command = [sys.executable, "-m", "geograph", "ingest", str(path), "--db", str(db), "--workers", str(workers), "-q"]
    measured = run_measured(command)
    return IngestRun(workers, articles, measured, measured.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> Results:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="corpus size for the throughput runs")
    parser.add_argument("--quick", action="store_true", help="300 articles, stores of 1k and 10k, no big run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--store-sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--rss-articles", type=int, default=100_000, help="articles of the memory run (0: none)")
    parser.add_argument("--profile", action="store_true", help="profile extraction with py-spy")
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md", help="'-' to skip")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.store_sizes, args.rss_articles = 300, [1000, 10_000], 0
    command = "python bench/ingest.py " + " ".join(argv if argv is not None else sys.argv[1:])

    print(f"corpus of {args.articles} articles (seed {args.seed})", flush=True)
    data = load_corpus(corpus(args.articles, args.seed))
    print(f"  {len(data.articles)} articles, {data.sentences} sentences, {data.megabytes:.1f} MB", flush=True)
    tokenizer = tokenizer_ceiling(data.articles)
    extraction, extractions = extract_all(data.articles)
    assertions = sum(len(e.assertions) for e in extractions)
    print(
        f"  tokenizer {tokenizer.cpu_seconds:.2f}s cpu, extraction {extraction.cpu_seconds:.2f}s cpu "
        f"({extraction.cpu_seconds / tokenizer.cpu_seconds:.1f}x), {assertions} assertions",
        flush=True,
    )
    profile = profile_extraction(data.path, min(600, len(data.articles))) if args.profile else None
    by_text = tuple(time_text_sets(corpus=min(600, len(data.articles))))
    for timing in by_text:
        print(
            f"  {timing.name}: extraction {timing.ratio:.1f}x the tokenizer, its floor {timing.floor_ratio:.1f}x",
            flush=True,
        )

    runs: list[IngestRun] = []
    big: IngestRun | None = None
    with tempfile.TemporaryDirectory(prefix="geograph-bench-") as scratch:
        for workers in args.workers:
            run = ingest_run(data.path, workers, len(data.articles), Path(scratch))
            runs.append(run)
            print(
                f"  ingest --workers {workers}: {len(data.articles) / run.measured.seconds:.1f} articles/s, "
                f"peak RSS {run.measured.peak_rss / 2**20:.0f} MiB; {run.summary}",
                flush=True,
            )
        pool = extractions[:600]
        stores = cached_stores(OUT / "stores", args.store_sizes, pool)
        batches = batches_from(pool, count=11, size=100, first_number=10**8)
        scale = tuple(time_batch(stores[size], batches) for size in sorted(args.store_sizes))
        whole = tuple(time_batch(stores[size], batches, extract=True) for size in sorted(args.store_sizes))
        for what, points in (("storing", scale), ("extracting and storing", whole)):
            for point in points:
                print(
                    f"  store of {point.articles}: {point.ms_per_article:.2f} ms {what} one more article"
                    f" (median batch {point.median:.2f})",
                    flush=True,
                )
        if args.rss_articles:
            print(f"ingesting {args.rss_articles} articles with --workers 2 for the memory figure", flush=True)
            big = ingest_run(corpus(args.rss_articles, args.seed), 2, args.rss_articles, Path(scratch))
            print(
                f"  {args.rss_articles / big.measured.seconds:.1f} articles/s, "
                f"peak RSS {big.measured.peak_rss / 2**20:.0f} MiB; {big.summary}",
                flush=True,
            )

    results = Results(
        machine=machine(),
        command=command,
        corpus=data,
        tokenizer=tokenizer,
        extraction=extraction,
        assertions=assertions,
        runs=tuple(runs),
        scale=scale,
        scale_end_to_end=whole,
        big_run=big,
        profile=profile,
        text_sets=by_text,
        finished=dt.datetime.now(dt.UTC),
    )
    if str(args.report) != "-":
        write_report(results, args.report)
        print(f"wrote {args.report}")
    return results


if __name__ == "__main__":
    main()
