"""Memory over a long ingest: `geograph ingest --workers N` of a big corpus, logging RSS as it goes.

    .venv/bin/python bench/memory.py --articles 100000 --workers 2 --every 30

Every ``--every`` seconds it prints the elapsed time, the articles stored so far and the RSS summed over the
ingest process and its workers, so a run cut short still shows whether memory grows with the input.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import corpus
from measure import _TreeSampler


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # the schema may not exist yet
        return 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    path = corpus(args.articles, args.seed)
    with tempfile.TemporaryDirectory(prefix="geograph-memory-") as scratch:
        db = Path(scratch) / "memory.db"
        command = [
            sys.executable,
            "-m",
            "geograph",
            "ingest",
            str(path),
            "--db",
            str(db),
            "--workers",
            str(args.workers),
            "-q",
        ]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        print("seconds  articles  articles/s  RSS MiB  peak MiB", flush=True)
        while process.poll() is None:
            time.sleep(args.every)
            elapsed = time.perf_counter() - started
            count = stored(db)
            current = sampler.timeline[-1][1] if sampler.timeline else 0
            print(
                f"{elapsed:7.0f}  {count:8d}  {count / elapsed:10.1f}  {current / 2**20:7.0f}  "
                f"{sampler.peak / 2**20:8.0f}",
                flush=True,
            )
        stdout, stderr = process.communicate()
        sampler.done.set()
        sampler.join()
        elapsed = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"ingest failed ({process.returncode}): {stderr[-2000:]}")
        print(stdout.strip())
        print(
            f"done: {args.articles} articles in {elapsed:.0f}s ({args.articles / elapsed:.1f}/s), "
            f"peak RSS {sampler.peak / 2**20:.0f} MiB summed over all processes",
            flush=True,
        )


if __name__ == "__main__":
    main()
