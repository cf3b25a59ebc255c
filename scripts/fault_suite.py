"""Fault suite: does the store survive kills, a full disk and concurrent writers, losing no article?

    .venv/bin/python scripts/fault_suite.py                 # 20 kills of a 1,500-article ingest, and the rest
    .venv/bin/python scripts/fault_suite.py --kills 5 --articles 400    # a quick look

Runs real ``geograph ingest`` processes over the generated benchmark corpus (``bench/corpus.py``) and, after
every fault, checks the store with SQLite's ``integrity_check``, compares its article and assertion counts with
a clean run, and looks for duplicate articles and mentions. The faults:

- ``kill``: SIGKILL at a random moment of an ingest, then the same ingest again to completion;
- ``disk-full``: an ingest whose process may write at most a few megabytes (``RLIMIT_FSIZE``, so writes fail
  with EFBIG as on a full disk), then the same ingest without the limit;
- ``writers``: four ingests at once into one store, on overlapping quarters of the corpus.

A read-only store is covered by ``tests/store/test_store_read_only.py``; file permissions do not bind root,
which runs this machine's checks. Prints one line per run and a summary (docs/reliability.md quotes it).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import write_corpus  # noqa: E402


@dataclass(frozen=True)
class Check:
    name: str
    integrity: str
    articles: int
    assertions: int
    duplicate_articles: int
    duplicate_mentions: int

    def matches(self, clean: Check) -> bool:
        return (
            self.integrity == "ok"
            and (self.articles, self.assertions) == (clean.articles, clean.assertions)
            and self.duplicate_articles == self.duplicate_mentions == 0
        )

    def line(self, clean: Check | None) -> str:
        verdict = "" if clean is None else ("  survived" if self.matches(clean) else "  LOST OR CORRUPTED")
        return (
            f"{self.name:<22} integrity {self.integrity}, articles {self.articles}, assertions {self.assertions}, "
            f"duplicate articles {self.duplicate_articles}, duplicate mentions {self.duplicate_mentions}{verdict}"
        )


def check(name: str, db: Path) -> Check:
    connection = sqlite3.connect(db)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0] == 0:
            return Check(name, integrity, 0, 0, 0, 0)  # killed before the schema was created
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        assertions = connection.execute("SELECT count(*) FROM assertions").fetchone()[0]
        duplicate_articles = articles - connection.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
        duplicate_mentions = connection.execute(
            "SELECT count(*) FROM (SELECT article, sentence, subject, relation, object, modality, count(*) AS n"
            " FROM assertions GROUP BY 1, 2, 3, 4, 5, 6 HAVING n > 1)"
        ).fetchone()[0]
    finally:
        connection.close()
    return Check(name, integrity, articles, assertions, duplicate_articles, duplicate_mentions)


def ingest(corpus: Path | list[Path], db: Path, limit_bytes: int | None = None) -> subprocess.Popen[str]:
    paths = [str(p) for p in corpus] if isinstance(corpus, list) else [str(corpus)]

    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.Popen(
        [sys.executable, "-m", "geograph", "ingest", *paths, "--db", str(db), "-q", "--commit-every", "64"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,  # a resource limit must be set in the child, before exec
    )


def finish(process: subprocess.Popen[str]) -> int:
    process.communicate(timeout=1800)
    return process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="geograph-faults-"))
    try:
        corpus = work / "corpus"
        files = write_corpus(corpus, args.articles, fmt="txt")
        started = time.monotonic()
        assert finish(ingest(corpus, work / "clean.db")) == 0, "the clean run failed"
        clean_seconds = time.monotonic() - started
        clean = check("clean run", work / "clean.db")
        print(clean.line(None), f"({clean_seconds:.1f} s)")
        results: list[Check] = []
        for n in range(args.kills):
            db = work / f"kill{n}.db"
            process = ingest(corpus, db)
            time.sleep(rng.uniform(0.5, max(1.0, clean_seconds * 0.9)))
            process.send_signal(signal.SIGKILL)
            process.communicate()
            after_kill = check(f"kill {n + 1}: killed", db)
            print(after_kill.line(None))
            finish(ingest(corpus, db))
            results.append(check(f"kill {n + 1}: re-run", db))
            print(results[-1].line(clean))
        db = work / "full.db"
        code = finish(ingest(corpus, db, limit_bytes=2_000_000))
        print(f"disk-full run exited {code}; {check('disk full: limited', db).line(None)}")
        finish(ingest(corpus, db))
        results.append(check("disk full: re-run", db))
        print(results[-1].line(clean))
        quarter = max(1, len(files) // 4)
        db = work / "writers.db"
        parts = [files[max(0, i * quarter - quarter // 2) : (i + 1) * quarter + quarter // 2] for i in range(4)]
        parts[-1] = files[3 * quarter - quarter // 2 :]
        writers = [ingest(part, db) for part in parts]
        codes = [finish(w) for w in writers]
        results.append(check(f"4 writers (exit {codes})", db))
        print(results[-1].line(clean))
        survived = sum(r.matches(clean) for r in results)
        print(
            f"\nfaults survived: {survived} of {len(results)}; inputs tried: {args.articles} articles x "
            f"{len(results) + 1} runs; articles lost: {sum(max(0, clean.articles - r.articles) for r in results)}"
        )
        return 0 if survived == len(results) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
