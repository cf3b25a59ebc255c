"""What the real-news set holds, from its annotations alone (no text needed): the tables of docs/quality.md.

.venv/bin/python scripts/realnews_stats.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from geograph.eval.realnews import load_excerpts
from geograph.vocabulary import relations

ROOT = Path(__file__).resolve().parent.parent / "data" / "realnews"
LANGS = ("en", "fa", "ar")


def _table(title: str, rows: list[str], counts: Counter[tuple[str, str]]) -> None:
    print(f"| {title} | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for row in rows:
        cells = [counts[row, lang] for lang in LANGS]
        print(f"| {row} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    print()


def main() -> int:
    excerpts = load_excerpts(ROOT)
    per: dict[str, Counter[tuple[str, str]]] = {
        k: Counter() for k in ("split", "kind", "genre", "relation", "modality")
    }
    outlets: dict[str, set[str]] = {lang: set() for lang in LANGS}
    years: list[int] = []
    dari = 0
    for e in excerpts:
        per["split"][str(e.split), e.lang] += 1
        per["kind"][str(e.outlet_kind), e.lang] += 1
        per["genre"][str(e.genre), e.lang] += 1
        outlets[e.lang].add(e.outlet.casefold())
        dari += e.variety == "prs"
        if e.published:
            years.append(e.published.year)
        for r in e.relations:
            per["relation"][r.relation.relation, e.lang] += 1
            per["modality"][r.relation.modality, e.lang] += 1
    every = set().union(*outlets.values())
    by_lang = Counter(e.lang for e in excerpts)
    print(
        f"{len(excerpts)} excerpts ({', '.join(f'{lang} {by_lang[lang]}' for lang in LANGS)}; "
        f"{dari} of the Persian in Dari), {sum(len(e.relations) for e in excerpts)} relations, {len(every)} outlets; "
        f"publication dates given for {len(years)}, {min(years, default=0)}-{max(years, default=0)}\n"
    )
    _table("split", ["dev", "test", "None"], per["split"])
    _table("outlet kind", ["state", "public", "private", "wire", "diaspora", "None"], per["kind"])
    _table("genre", ["wire", "report", "analysis", "scraped", "None"], per["genre"])
    _table("relation", sorted(relations()), per["relation"])
    _table("modality", ["asserted", "alleged", "denied", "planned", "speculative", "negated"], per["modality"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
