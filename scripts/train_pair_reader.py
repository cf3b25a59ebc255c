"""Train the learned pair reader on the real-news `dev` split and write ontology/models/pair_reader.json.

Reads only the dev excerpts (never the test split). First a cross-validation: each fold's excerpts are
extracted by a model trained on the other folds, and the state-level scores are printed per threshold; the
threshold given by --threshold is then stored with a model trained on the whole split. Train the argument
binder first (scripts/train_argument_binder.py): the pair reader's features include what the rules and the
binder read.

    python scripts/train_pair_reader.py                   # cross-validate, train, write the model
    python scripts/train_pair_reader.py --dry-run         # cross-validate only
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
from pathlib import Path

from geograph.eval.gold import load_gold
from geograph.eval.pairs import cross_validate, evidence_pieces, examples, train, with_pair_model
from geograph.eval.realnews import load_cached
from geograph.extract import Extractor
from geograph.extract.pipeline import PAIR_MODEL_FILE

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    return result.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "realnews")
    parser.add_argument("--cache", type=Path, default=None, help="the excerpt texts (default: geograph's cache)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold", help="self-written articles to add")
    parser.add_argument("--written-weight", type=int, default=1, help="times each self-written example counts")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--output", type=Path, default=ROOT / "ontology" / PAIR_MODEL_FILE)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)
    cached = load_cached(args.data, args.cache, ("dev",))
    if cached.missing:
        print(f"{len(cached.missing)} dev excerpts are missing from the cache; rebuild it (data/realnews/README.md)")
    extractor = Extractor()
    for lang in ("en", "fa", "ar"):
        with_pair_model(extractor, lang, None)
    written = []  # the self-written regression articles, once each: where the rules rightly read nothing
    if args.gold is not None:
        for article in load_gold(args.gold):
            spans = evidence_pieces(article)
            if spans is not None:
                written.extend(examples(extractor, f"{article.lang}/{article.name}", spans, article))
    written *= args.written_weight
    reading = cross_validate(extractor, cached.excerpts, cached.gold, args.folds, always=written)
    without = reading.report(float("inf")).level("state").overall
    print(f"without the reader P {without.precision:.3f} R {without.recall:.3f} F1 {without.f1:.3f}")
    cross_validated: dict[str, float] = {}
    for threshold in THRESHOLDS:
        counts = reading.report(threshold).level("state").overall
        cross_validated[f"{threshold:.2f}"] = round(counts.f1, 3)
        print(f"reader at {threshold:.2f}  P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}")
    if args.dry_run:
        return 0
    data = [*written, *reading.examples]  # the cross-validation's examples: the split read once
    trained_on = {
        "split": "dev",
        "written": str(args.gold.relative_to(ROOT)) if args.gold else None,
        "written_weight": args.written_weight,
        "excerpts": len(cached.excerpts),
        "examples": len(data),
        "positives": sum(bool(x.labels) for x in data),
        "commit": _commit(),
        "date": dt.date.today().isoformat(),
        "cross_validated_state_f1": {"without": round(without.f1, 3), **cross_validated},
    }
    model = train(data, args.threshold, trained_on)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.output)
    print(f"wrote {args.output}: {len(model.weights)} features, threshold {args.threshold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
