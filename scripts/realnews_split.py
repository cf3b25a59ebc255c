"""Assign the real-news excerpts that have no split yet to ``dev`` or ``test``, once and for good.

Within each language, excerpts are ordered by the SHA-256 of a fixed salt and their id, and the first
``--test-share`` of them go to ``test``. The order depends only on the id, so the assignment of an excerpt
does not depend on which others exist; an excerpt that already has a split keeps it (the split is never
changed, so no one can move an excerpt after looking at its errors).

    python scripts/realnews_split.py            # assigns, prints the counts per language and split
    python scripts/realnews_split.py --dry-run
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from geograph.eval.realnews import load_excerpt

ROOT = Path(__file__).resolve().parent.parent / "data" / "realnews"
SALT = "geograph-realnews-split-2026"


def rank(ident: str) -> float:
    """A number in [0, 1) fixed by the id alone."""
    return int(hashlib.sha256(f"{SALT}:{ident}".encode()).hexdigest()[:12], 16) / 16**12


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--test-share", type=float, default=0.42)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(ROOT.glob("*/*.yaml")):
        excerpt = load_excerpt(path)
        split = excerpt.split or ("test" if rank(excerpt.id) < args.test_share else "dev")
        counts[excerpt.lang, split] += 1
        if excerpt.split is None and not args.dry_run:
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"^(lang: .*)$", rf"\1\nsplit: {split}", text, count=1, flags=re.M), "utf-8")
            if load_excerpt(path).split != split:
                raise SystemExit(f"{path}: could not record the split")
    for (lang, split), n in sorted(counts.items()):
        print(f"{lang}\t{split}\t{n}")
    totals: Counter[str] = Counter()
    for (_, split), n in counts.items():
        totals[split] += n
    print(f"total\tdev {totals['dev']}\ttest {totals['test']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
