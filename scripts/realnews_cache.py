"""Rebuild the real-news text cache from search results, checking every text against its recorded hash.

The procedure in ``data/realnews/README.md`` ("Rebuilding it") has a person or a helper session run each
excerpt's query in the search tool's ``pages`` corpus and write the matching result's ``excerpt`` to the cache.
Typing a long text out by hand is where that goes wrong, so this script takes the excerpt as the search answer
shows it, a JSON string literal (quotes, ``\\n`` and ``\\"`` escapes kept as shown), decodes it, and writes it to
the cache only when its length and SHA-256 are the ones the excerpt's YAML records.

    python scripts/realnews_cache.py plan --parts 8 --out /tmp/restore    # missing excerpts, grouped by query
    python scripts/realnews_cache.py put /tmp/restore/in/en-001.json      # the file holds "…" as shown
    python scripts/realnews_cache.py status                                # found / absent / changed per split
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from geograph.eval.realnews import CachedSet, Excerpt, default_cache, load_cached, load_excerpts, sha256_of

ROOT = Path(__file__).resolve().parent.parent / "data" / "realnews"


def decode_literal(raw: str) -> str:
    """The text a file holds: a JSON string literal, or a JSON object with an ``excerpt`` string."""
    value = json.loads(raw)
    if isinstance(value, dict):
        value = value.get("excerpt")
    if not isinstance(value, str):
        raise ValueError("expected a JSON string literal or an object with an 'excerpt' string")
    return value


def put(paths: list[Path], cache: Path, excerpts: dict[str, Excerpt]) -> int:
    failures = 0
    for path in paths:
        ident = path.name.split(".")[0]
        excerpt = excerpts.get(ident)
        if excerpt is None:
            print(f"{ident}\tUNKNOWN\tno excerpt has this id")
            failures += 1
            continue
        try:
            text = decode_literal(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            print(f"{ident}\tUNREADABLE\t{error}")
            failures += 1
            continue
        data = text.encode("utf-8")
        if len(text) != excerpt.chars or sha256_of(data) != excerpt.sha256:
            print(f"{ident}\tMISMATCH\t{len(text)} chars, the YAML records {excerpt.chars}")
            failures += 1
            continue
        target = excerpt.text_path(cache)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{ident}\tOK")
    return 1 if failures else 0


def plan(parts: int, out: Path, missing: list[Excerpt]) -> int:
    """The ``missing`` excerpts grouped by (language, query), dev before test, spread over ``parts`` files."""
    groups: dict[tuple[str, str], list[Excerpt]] = defaultdict(list)
    for excerpt in missing:
        groups[excerpt.lang, excerpt.query].append(excerpt)
    ordered = sorted(groups.items(), key=lambda item: (all(e.split == "test" for e in item[1]), item[0]))
    buckets: list[list[tuple[str, str, list[Excerpt]]]] = [[] for _ in range(parts)]
    for index, ((lang, query), members) in enumerate(ordered):
        buckets[index % parts].append((lang, query, members))
    out.mkdir(parents=True, exist_ok=True)
    for number, bucket in enumerate(buckets, 1):
        groups_out = [
            {
                "lang": lang,
                "query": query,
                "items": [{"id": e.id, "url": e.url, "rank": e.rank, "chars": e.chars} for e in members],
            }
            for lang, query, members in bucket
        ]
        (out / f"part-{number}.json").write_text(json.dumps(groups_out, ensure_ascii=False, indent=1), "utf-8")
        print(f"part-{number}\t{len(bucket)} queries\t{sum(len(m) for _, _, m in bucket)} excerpts")
    return 0


def status(cached: CachedSet) -> int:
    counts: Counter[tuple[str, str]] = Counter()
    for excerpt in cached.excerpts:
        counts[str(excerpt.split), "found"] += 1
    for missing in cached.missing:
        counts[str(missing.excerpt.split), missing.reason] += 1
    for (split, state), n in sorted(counts.items()):
        print(f"{split}\t{state}\t{n}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=None, help="default: $GEOGRAPH_REALNEWS_CACHE or ~/.cache")
    parser.add_argument("--data", type=Path, default=ROOT, help="the annotations (default: data/realnews)")
    commands = parser.add_subparsers(dest="command", required=True)
    put_parser = commands.add_parser("put", help="decode search excerpts and write those whose hash matches")
    put_parser.add_argument("files", nargs="+", type=Path, help="<id>.json files, each a JSON string literal")
    plan_parser = commands.add_parser("plan", help="group the missing excerpts by query into parts")
    plan_parser.add_argument("--parts", type=int, default=1)
    plan_parser.add_argument("--out", type=Path, required=True)
    commands.add_parser("status", help="count found, absent and changed texts per split")
    args = parser.parse_args(argv)
    cache = args.cache or default_cache()
    if args.command == "put":
        return put(args.files, cache, {e.id: e for e in load_excerpts(args.data)})
    cached = load_cached(args.data, cache)  # which texts are found, absent or changed
    if args.command == "plan":
        return plan(args.parts, args.out, [m.excerpt for m in cached.missing])
    return status(cached)


if __name__ == "__main__":
    sys.exit(main())
