"""Where extraction spends its time: py-spy samples a separate process extracting the corpus.

    .venv/bin/python bench/hotspots.py bench/out/corpus-0-2000 --articles 600

py-spy samples from outside the process, so the profile is not distorted by instrumentation; samples taken
while the spaCy pipelines are being built are left out, so the figures are the steady state.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# Samples taken while building pipelines or parsing data files (YAML lexicons, gazetteer) are warm-up.
_WARMUP_MARKERS = ("build_pipeline", "_pipeline (geograph/extract/__init__.py", "yaml/")
_INSIDE = "extract (geograph/extract/__init__.py"


@dataclass(frozen=True, slots=True)
class Profile:
    samples: int
    own: tuple[tuple[str, float], ...]  # (function at file:line, share of samples)
    inclusive: tuple[tuple[str, float], ...]  # (function in file, share of samples with it on the stack)


def _function(frame: str) -> str:
    """``name (path/file.py:line)`` -> ``name (file.py)``."""
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    return f"{name} ({path})"


def summarize(raw: str, limit: int = 15) -> Profile:
    """Aggregate py-spy's collapsed stacks (``frame;frame;... count``) of the extraction samples."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rstrip().rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        frames = stack.split(";")
        if not any(_INSIDE in f for f in frames) or any(m in f for f in frames for m in _WARMUP_MARKERS):
            continue
        count = int(count_text)
        total += count
        own[frames[-1]] += count
        for function in {_function(f) for f in frames}:
            inclusive[function] += count
    if total == 0:
        return Profile(0, (), ())
    return Profile(
        total,
        tuple((name, n / total) for name, n in own.most_common(limit)),
        # what is on every sampled stack (the script, extract itself) says nothing
        tuple((name, n / total) for name, n in inclusive.most_common() if n < total)[:limit],
    )


def profile_extraction(corpus: Path, articles: int) -> Profile | None:
    """Run py-spy over a child extracting ``articles`` of ``corpus``; None when py-spy cannot run here."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        return None
    with tempfile.TemporaryDirectory(prefix="geograph-profile-") as scratch:
        out = Path(scratch) / "stacks.txt"
        child = [sys.executable, __file__, "--child", str(corpus), "--articles", str(articles)]
        command = [spy, "record", "-r", "200", "-f", "raw", "-o", str(out), "--", *child]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            print(f"  py-spy could not profile: {done.stderr.strip()[-300:]}", flush=True)
            return None
        return summarize(out.read_text(encoding="utf-8"))


def _extract(corpus: Path, articles: int) -> None:
    from geograph.extract import Extractor
    from geograph.read import ReadOptions, read_inputs
    from geograph.records import Article

    items = [a for a in read_inputs([str(corpus)], ReadOptions()) if isinstance(a, Article)][:articles]
    extractor = Extractor()
    for article in items:
        extractor.extract(article)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _extract(args.corpus, args.articles)
        return
    profile = profile_extraction(args.corpus, args.articles)
    if profile is None:
        raise SystemExit("py-spy is not available")
    print(f"{profile.samples} samples while extracting")
    print("own time:")
    for name, share in profile.own:
        print(f"  {share:6.1%}  {name}")
    print("inclusive:")
    for name, share in profile.inclusive:
        print(f"  {share:6.1%}  {name}")


if __name__ == "__main__":
    main()
