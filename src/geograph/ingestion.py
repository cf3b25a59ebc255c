"""The ingest pipeline: read -> (normalize, extract) in one or more processes -> one writer into the store.

Extraction runs in worker processes when ``workers > 1`` (each loads the spaCy pipelines once); the calling
process is the only writer. Extractions wait in memory and are written in batches (``Store.batch``), each
in one short transaction with each article atomic inside its savepoint, so the write lock is never held while
an article is extracted; an article is reported as stored only once its batch is committed. One article that
fails, at any stage, or whose extraction runs past its time budget, is reported and skipped; the others are
stored.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult

from geograph.records import Article, Extraction, ReadFailure
from geograph.store import Store
from geograph.store.batch import BATCH_ARTICLES

ProgressCallback = Callable[["IngestEvent"], None]


@dataclass(frozen=True, slots=True)
class IngestEvent:
    """What happened to one input: ``new``, ``duplicate`` or ``failed`` (with ``reason``)."""

    origin: str
    status: str
    article: str | None = None
    assertions: int = 0
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    assertions: int = 0
    seconds: float = 0.0
    failures: tuple[ReadFailure, ...] = field(default=())
    run: int = 0

    def line(self) -> str:
        return (
            f"articles read: {self.read}, new: {self.new}, duplicate: {self.duplicate}, failed: {self.failed}; "
            f"assertions added: {self.assertions} ({self.seconds:.1f}s)"
        )


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    """An article whose extraction raised: reported and skipped, the batch goes on."""

    origin: str
    reason: str


TIME_BUDGET = 60.0  # seconds of extraction one article may take before it is skipped
_worker_extractor = None
_worker_budget: float | None = None
_BATCH = 32  # articles per task handed to the pool


class _OverBudget(BaseException):
    """Raised inside an extraction that ran past its time budget (a BaseException, so that no ``except
    Exception`` on the way swallows it and lets the extraction run on)."""


_armed = False  # whether the timer may still interrupt the extraction running now


def _on_alarm(signum: int, frame: object) -> None:
    if _armed:
        raise _OverBudget


def _arm(seconds: float) -> None:
    global _armed
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)


def _disarm() -> None:
    global _armed
    _armed = False  # first: a signal arriving now is ignored
    signal.setitimer(signal.ITIMER_REAL, 0)


def _init_worker(budget: float | None = None, learned: bool = True) -> None:
    global _worker_extractor, _worker_budget
    from geograph.extract import Extractor

    _worker_extractor = Extractor(learned=learned)
    _worker_budget = budget


_warmed: set[str] = set()
# every script's dates: the script of a text picks the date patterns, built on first use
_WARM_UP = "Monday, 20 June 2024 (1403/03/31). ۲۰ خرداد ۱۴۰۳. ٢٠ يونيو ٢٠٢٤."


def _warm(lang: str) -> None:
    """Build what extraction builds on first use (pipelines, date patterns), outside any article's budget."""
    if lang not in _warmed and _worker_extractor is not None:
        _worker_extractor.extract(Article(id="warm-up", text=_WARM_UP, lang=lang))
        _warmed.add(lang)


def _extract_in_worker(article: Article) -> Extraction | ExtractionFailure:
    assert _worker_extractor is not None
    origin = article.origin or article.id
    # A timer signal interrupts an extraction that runs too long (one per article: two system calls). Signals
    # reach only the main thread, where the CLI and the pool's workers extract; elsewhere there is no budget.
    timed = _worker_budget is not None and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if timed else None
    try:
        if timed:
            _warm(article.lang or "xx")
            _arm(_worker_budget or 0.0)
        extraction = _worker_extractor.extract(article)
        if timed:
            _disarm()
        return extraction
    except _OverBudget:
        return ExtractionFailure(origin, f"extraction took longer than {_worker_budget:g} s")
    except Exception as error:  # one article's failure must not stop the batch
        return ExtractionFailure(origin, f"extraction failed: {type(error).__name__}: {error}")
    finally:
        if timed:
            _disarm()
            signal.signal(signal.SIGALRM, previous)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _extract_all(
    articles: Iterable[Article], workers: int, budget: float | None = TIME_BUDGET, learned: bool = True
) -> Iterator[Extraction | ExtractionFailure]:
    if workers <= 1:
        _init_worker(budget, learned)
        yield from map(_extract_in_worker, articles)
        return
    # The input iterator reads files and asks the store which articles are new, so it must be consumed in
    # this thread (SQLite connections are per thread): hand the pool whole batches, a few ahead of the writer.
    # spawn, not fork: forking a process that holds threads and SQLite handles is unsafe.
    # A batch is one task, so its results come back in one pickle: an entity or actor that several of its
    # articles name (the same cached object in the worker) is sent once. Against tasks of 4 articles this
    # sends 40% fewer bytes and cut a 2,000-article ingest with two workers from 12.2 to 10.4 s.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(budget, learned)) as pool:
        in_flight: deque[AsyncResult[list[Extraction | ExtractionFailure]]] = deque()
        for batch in _batches(articles, _BATCH):
            in_flight.append(pool.map_async(_extract_in_worker, batch, chunksize=len(batch)))
            if len(in_flight) > workers:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _drain(events: list[IngestEvent], report: Callable[[IngestEvent], None]) -> None:
    for event in events:
        report(event)
    events.clear()


def ingest(
    inputs: Iterable[Article | ReadFailure],
    store: Store,
    *,
    workers: int = 1,
    command: str = "ingest",
    progress: ProgressCallback | None = None,
    extractions: Callable[[Iterable[Article]], Iterator[Extraction | ExtractionFailure]] | None = None,
    commit_every: int = BATCH_ARTICLES,
    time_budget: float | None = TIME_BUDGET,
    learned: bool = True,
) -> IngestSummary:
    """Extract every article of ``inputs`` and store it; return what happened.

    Articles already in the store are skipped before extraction, so re-running an ingest costs only reading.
    ``extractions`` replaces the local extraction step (used to fan extraction out over a cluster).
    ``commit_every``: articles per transaction at most (a transaction also commits after a few seconds).
    ``time_budget``: seconds one article's extraction may take; one that takes longer is reported as failed
    and skipped (None: no limit). ``learned``: False extracts with the rules alone (``Extractor(learned=...)``).
    Extractions wait in memory and are written in one short transaction, so
    the store is never locked while an article is being extracted.
    """
    from geograph.extract import Extractor

    started = time.perf_counter()
    run = store.begin_run(command, Extractor.version)
    counts = {"read": 0, "new": 0, "duplicate": 0, "failed": 0, "assertions": 0}
    failures: list[ReadFailure] = []

    def report(event: IngestEvent) -> None:
        if event.status == "failed":
            failures.append(ReadFailure(event.origin, event.reason or "failed"))
        counts[event.status] += 1
        counts["assertions"] += event.assertions
        if progress is not None:
            progress(event)

    def fresh_articles() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, ReadFailure):
                report(IngestEvent(item.origin, "failed", reason=item.reason))
                continue
            counts["read"] += 1
            if store.has_article(item.id):
                report(IngestEvent(item.origin or item.id, "duplicate", item.id))
                continue
            yield item

    extract = extractions or (lambda articles: _extract_all(articles, workers, time_budget, learned))
    committed: list[IngestEvent] = []  # reported once their batch is committed, never before
    waiting: list[Extraction] = []  # extracted, not yet written: no transaction is open while extracting
    first_waiting = 0.0
    with store.batch(articles=commit_every) as batch:

        def write_waiting(*, report_them: bool = True) -> None:
            for extraction in waiting:
                added = batch.add(extraction, run=run)
                origin = extraction.article.origin or extraction.article.id
                if added.new:
                    committed.append(IngestEvent(origin, "new", added.article, added.assertions))
                else:  # another process stored it between our check and our write
                    committed.append(IngestEvent(origin, "duplicate", added.article))
            waiting.clear()
            batch.commit()
            if report_them:
                _drain(committed, report)

        try:
            for result in extract(fresh_articles()):
                if isinstance(result, ExtractionFailure):
                    report(IngestEvent(result.origin, "failed", reason=result.reason))
                    continue
                if not waiting:
                    first_waiting = time.monotonic()
                waiting.append(result)
                if len(waiting) >= commit_every or time.monotonic() - first_waiting >= batch.max_seconds:
                    write_waiting()
        except BaseException:
            # interrupted (Ctrl-C, a failing input stream): what was extracted is kept, but the run never
            # reports it done
            write_waiting(report_them=False)
            committed.clear()
            raise
        write_waiting()
    _drain(committed, report)
    return IngestSummary(
        read=counts["read"],
        new=counts["new"],
        duplicate=counts["duplicate"],
        failed=counts["failed"],
        assertions=counts["assertions"],
        seconds=time.perf_counter() - started,
        failures=tuple(failures),
        run=run,
    )
