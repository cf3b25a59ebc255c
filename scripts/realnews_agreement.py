"""Agreement between the first annotation of the real-news set and a second annotator's (data/realnews/second):
F1 between the two at state and actor level, per language and relation, and modality agreement on the pairs.

    python scripts/realnews_agreement.py                      # the tables
    python scripts/realnews_agreement.py --disagreements      # and each relation only one annotator read
"""

from __future__ import annotations

import argparse
from pathlib import Path

from geograph.eval.agreement import agreement, format_agreement
from geograph.eval.realnews import load_excerpts

ROOT = Path(__file__).resolve().parent.parent / "data" / "realnews"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first", type=Path, default=ROOT)
    parser.add_argument("--second", type=Path, default=ROOT / "second")
    parser.add_argument("--disagreements", action="store_true")
    args = parser.parse_args(argv)
    first, second = load_excerpts(args.first), load_excerpts(args.second)
    for level in ("state", "actor"):
        report = agreement(first, second, level)
        print(format_agreement(report))
        print()
        if args.disagreements and level == "state":
            for item in report.disagreements:
                r = item.relation.relation
                print(f"  {item.excerpt} only {item.by}: {r.subject} -{r.relation}-> {r.object} ({r.modality})")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
