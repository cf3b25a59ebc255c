"""Writing the benchmark's figures into docs/benchmarks.md, between markers, keeping the notes around them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract_check import TextSetTiming
    from ingest import IngestRun, Results
    from store_scale import ScalePoint

BEGIN = "<!-- bench:begin (written by bench/ingest.py; edit outside the markers) -->"
END = "<!-- bench:end -->"
TARGET_RATE = 100.0
TARGET_RSS = 2**30
TARGET_RATIO = 5.0
FLAT_LIMIT = 1.25


def _mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def _run_row(run: IngestRun, megabytes: float, sentences: int) -> str:
    m = run.measured
    return (
        f"| {run.workers} | {run.articles:,} | {m.seconds:.1f} | {run.articles / m.seconds:.1f} | "
        f"{sentences / m.seconds:,.0f} | {megabytes / m.seconds:.2f} | {m.cpu_seconds / run.articles * 1000:.1f} | "
        f"{_mib(m.peak_rss)} |"
    )


def figures(results: Results) -> str:
    r = results
    machine = r.machine
    corpus = r.corpus
    count = len(corpus.articles)
    ratio = r.extraction.cpu_seconds / r.tokenizer.cpu_seconds
    lines = [
        BEGIN,
        "",
        f"Run finished {r.finished:%Y-%m-%d %H:%M} UTC with `{r.command.strip()}`.",
        "",
        f"- Machine: {machine.cpus} CPUs ({machine.cpu_model}), {machine.ram_bytes / 2**30:.1f} GiB RAM, "
        f"Python {machine.python}, {machine.platform}",
        f"- Load average when the run finished: {', '.join(f'{x:.2f}' for x in machine.load_average)} "
        "(the machine is shared; CPU seconds per article are the figure least disturbed by other work)",
        f"- Corpus: {count:,} generated articles (`bench/corpus.py`, seed 0; fa/en/ar in turn), "
        f"{corpus.sentences:,} sentences, {corpus.megabytes:.1f} MB of text; {r.assertions:,} assertions extracted",
        "",
        "### End to end: `geograph ingest <corpus> --workers N` (read, normalize, extract, store)",
        "",
        "| workers | articles | wall s | articles/s | sentences/s | MB/s | CPU ms/article | peak RSS (all processes) |",
        "|---|---|---|---|---|---|---|---|",
        *(_run_row(run, corpus.megabytes, corpus.sentences) for run in r.runs),
        "",
        "Wall time includes starting Python and building the spaCy pipelines (once per worker process).",
        "",
        "### Extraction against the ceiling (one process, same texts)",
        "",
        "| step | CPU s | wall s | articles/s (CPU) |",
        "|---|---|---|---|",
        f"| spaCy bare tokenizer (`spacy.blank(lang)`) | {r.tokenizer.cpu_seconds:.2f} | {r.tokenizer.seconds:.2f} | "
        f"{count / r.tokenizer.cpu_seconds:,.0f} |",
        f"| `Extractor().extract` (normalize + pipeline + dates) | {r.extraction.cpu_seconds:.2f} | "
        f"{r.extraction.seconds:.2f} | {count / r.extraction.cpu_seconds:,.0f} |",
        "",
        f"Extraction costs **{ratio:.1f}x** the bare tokenizer (target at most {TARGET_RATIO:.0f}x: "
        f"{_verdict(ratio <= TARGET_RATIO)}).",
        "",
        *_text_set_table(r.text_sets),
        "### Cost of one more article by store size",
        "",
        "Batches of 100 articles (copies of real ones under new ids) go through `geograph.ingestion.ingest`",
        "(duplicate check, a savepoint per article, commits in batches) into copies of stores built by",
        "bulk-adding copies of real extractions. A first batch warms up and is not counted; the figure is the",
        "mean of the other ten, so the WAL checkpoints (every few hundred articles) are in it; the median is a",
        "batch without one.",
        "",
        "**The store's share** (the batches come already extracted; the only part that can grow with the store):",
        "",
        *_scale_table(r.scale),
        "",
        "**The whole cost of one more article** (the same batches extracted again in the process, then stored):",
        "",
        *_scale_table(r.scale_end_to_end),
    ]
    best = max(r.runs, key=lambda run: run.articles / run.measured.seconds, default=None)
    lines += ["", "### Targets", ""]
    if best is not None:
        rate = best.articles / best.measured.seconds
        lines.append(
            f"- At least {TARGET_RATE:.0f} articles/s end to end with --workers {best.workers}: {rate:.1f} "
            f"({_verdict(rate >= TARGET_RATE)})"
        )
    if r.big_run is not None:
        big = r.big_run
        lines.append(
            f"- Peak RSS under 1 GiB ingesting {big.articles:,} articles (--workers 2, all processes summed): "
            f"{_mib(big.measured.peak_rss)} ({_verdict(big.measured.peak_rss < TARGET_RSS)}); it ran at "
            f"{big.articles / big.measured.seconds:.1f} articles/s; `{big.summary}`"
        )
        timeline = ", ".join(f"{_mib(big.measured.rss_at(f))} by {f:.0%}" for f in (0.1, 0.25, 0.5, 0.75, 1.0))
        lines.append(f"  - summed RSS over the run: {timeline}")
    else:
        lines.append("- Peak RSS over 100,000 articles: not measured in this run (`--rss-articles`)")
    lines.append(f"- Extraction at most {TARGET_RATIO:.0f}x the bare tokenizer: {ratio:.1f}x ({_verdict(ratio <= 5)})")
    for what, points in (("storing", r.scale), ("extracting and storing", r.scale_end_to_end)):
        growth = _growth(points)
        if growth is not None:
            lines.append(
                f"- The {points[-1].articles:,}th article within {FLAT_LIMIT - 1:.0%} of the {points[0].articles:,}th,"
                f" {what}: {growth:.2f}x ({_verdict(growth <= FLAT_LIMIT)})"
            )
    if r.profile is not None and r.profile.samples:
        lines += [
            "",
            f"### Profile (py-spy, {r.profile.samples:,} samples of steady-state extraction)",
            "",
            "| function (with its callees) | share of extraction time |",
            "|---|---|",
            *(f"| `{name}` | {share:.1%} |" for name, share in r.profile.inclusive),
            "",
            "| line (own time) | share of extraction time |",
            "|---|---|",
            *(f"| `{name}` | {share:.1%} |" for name, share in r.profile.own),
        ]
    lines += ["", END]
    return "\n".join(lines)


def _text_set_table(timings: Sequence[TextSetTiming]) -> list[str]:
    if not timings:
        return []
    return [
        "The same comparison by set of texts (`bench/extract_check.py`: CPU, best of 3 passes after a warm-up",
        "pass, so the tokenizer's cache is warm; the generated set is the first articles of the 2,000-article",
        "corpus). The floor is what extraction cannot skip whatever its rules cost: normalizing, `make_doc`,",
        "reading the token strings, and building the returned records (`bench/extract_floor.py`):",
        "",
        "| texts | articles | tokens per article | tokenizer ms | µs per token | extraction ms | ratio "
        "| floor ms (normalize + make_doc + words + records) | floor ratio |",
        "|---|---|---|---|---|---|---|---|---|",
        *(
            f"| {t.name} | {t.articles:,} | {t.tokens:,} | {t.tokenizer_ms:.3f} | "
            f"{t.tokenizer_ms * 1000 / max(1, t.tokens):.2f} | {t.extraction_ms:.2f} | {t.ratio:.1f}x | "
            f"{t.floor.total_ms:.3f} ({t.floor.normalize_ms:.3f} + {t.floor.make_doc_ms:.3f} + "
            f"{t.floor.words_ms:.3f} + {t.floor.records_ms:.3f}) | {t.floor_ratio:.1f}x |"
            for t in timings
        ),
        "",
    ]


def _growth(points: Sequence[ScalePoint]) -> float | None:
    """What one more article costs in the largest store, as a multiple of its cost in the smallest."""
    return points[-1].ms_per_article / points[0].ms_per_article if len(points) >= 2 else None


def _scale_table(points: Sequence[ScalePoint]) -> list[str]:
    lines = [
        "| articles in store | ms per added article (mean) | median batch | batches (ms/article) |",
        "|---|---|---|---|",
        *(
            f"| {p.articles:,} | {p.ms_per_article:.2f} | {p.median:.2f} | {', '.join(f'{x:.2f}' for x in p.repeats)} |"
            for p in points
        ),
    ]
    growth = _growth(points)
    if growth is not None:
        first, last = points[0], points[-1]
        lines += [
            "",
            f"At {last.articles:,} articles one more article costs {growth:.2f}x what it costs at "
            f"{first.articles:,} (limit {FLAT_LIMIT:.2f}x: {_verdict(growth <= FLAT_LIMIT)}).",
        ]
    return lines


def write_report(results: Results, path: Path) -> None:
    block = figures(results)
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            path.write_text(head + block + tail, encoding="utf-8")
            return
        path.write_text(text.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Benchmarks\n\n## Figures\n\n" + block + "\n", encoding="utf-8")
