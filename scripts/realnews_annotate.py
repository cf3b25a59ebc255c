"""Annotating the real-news set: turn an annotator's working file into the repository's offset-only YAML.

The annotator writes a working YAML *outside the repository* (it quotes the text), in the form of
``data/realnews/README.md`` but with ``quote`` instead of ``span`` on each relation: a verbatim piece of the
cached text, or pieces joined by `` ... `` in order. This script finds each quote in the cached text, writes
``data/realnews/<lang>/<id>.yaml`` with ``span: [start, end]``, the text's ``sha256`` and ``chars``, and no
quoted text. The split already recorded in the repository file, if any, is kept.

    python scripts/realnews_annotate.py build /work/realnews-work/en/en-001.yaml [...]
    python scripts/realnews_annotate.py build --out data/realnews/second /work/realnews-second/en/en-041.yaml
                                  # a second annotator's file: provenance from the first file's header only
    python scripts/realnews_annotate.py span en-001 "The United States on Thursday blacklisted"
    python scripts/realnews_annotate.py check            # every YAML well formed, every cached text verified
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

from geograph.eval.gold import GoldFormatError
from geograph.eval.realnews import default_cache, load_cached, load_excerpt, sha256_of

ROOT = Path(__file__).resolve().parent.parent / "data" / "realnews"
_PROVENANCE = (
    "id",
    "lang",
    "variety",
    "split",
    "url",
    "outlet",
    "outlet_kind",
    "genre",
    "query",
    "rank",
    "published",
    "sha256",
    "chars",
)
_RELATION_ORDER = ("s", "s_country", "s_type", "s_base", "r", "o", "o_country", "o_type", "o_base", "via")


class QuoteError(ValueError):
    pass


def find_quote(text: str, quote: str) -> tuple[int, int]:
    """``[start, end)`` of ``quote`` (pieces joined by " ... ", in order) in ``text``; the first piece unique."""
    pieces = [p for p in quote.split(" ... ") if p]
    if not pieces:
        raise QuoteError("empty quote")
    first = pieces[0]
    starts = [i for i in range(len(text)) if text.startswith(first, i)]
    if not starts:
        raise QuoteError(f"not in the text: {first!r}")
    if len(starts) > 1 and len(pieces) == 1:
        raise QuoteError(f"occurs {len(starts)} times, lengthen it: {first!r}")
    spans = [span for span in (_follow(text, start, first, pieces[1:]) for start in starts) if span]
    if not spans:
        raise QuoteError(f"the pieces after {first!r} are not found in order: {pieces[1:]!r}")
    return min(spans, key=lambda span: span[1] - span[0])  # the tightest reading of an ambiguous first piece


def _follow(text: str, start: int, first: str, rest: list[str]) -> tuple[int, int] | None:
    end = start + len(first)
    for piece in rest:
        at = text.find(piece, end)
        if at < 0:
            return None
        end = at + len(piece)
    return start, end


def _relation(entry: dict[str, Any], text: str, where: str) -> dict[str, Any]:
    quote = entry.get("quote")
    if not isinstance(quote, str):
        raise QuoteError(f"{where}: needs a quote (a verbatim piece of the text)")
    try:
        start, end = find_quote(text, quote)
    except QuoteError as error:
        raise QuoteError(f"{where}: {error}") from None
    out = {key: entry[key] for key in _RELATION_ORDER if entry.get(key) not in (None, "")}
    out["modality"] = entry.get("modality")
    if entry.get("date"):
        out["date"] = str(entry["date"])
    out["span"] = [start, end]
    return out


def _flow(relation: dict[str, Any]) -> str:
    return yaml.safe_dump(relation, allow_unicode=True, default_flow_style=True, sort_keys=False, width=10_000).strip()


def build(work: Path, cache: Path, out: Path | None = None) -> Path:
    """Write the offset-only YAML of one working file: into ``data/realnews``, or for a second annotator into
    ``out`` (then the provenance comes from the first annotation's header fields; its relations are not read)."""
    raw = yaml.safe_load(work.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or "id" not in raw or "lang" not in raw:
        raise QuoteError(f"{work}: needs at least id and lang")
    lang, ident = str(raw["lang"]), str(raw["id"])
    text_path = cache / lang / f"{ident}.txt"
    if not text_path.is_file():
        raise QuoteError(f"{work}: no cached text at {text_path}")
    data = text_path.read_bytes()
    text = data.decode("utf-8")
    first = ROOT / lang / f"{ident}.yaml"
    target = (out or ROOT) / lang / f"{ident}.yaml"
    previous = yaml.safe_load(first.read_text(encoding="utf-8")) if first.is_file() else {}
    record: dict[str, Any] = {key: raw.get(key) for key in _PROVENANCE if raw.get(key) is not None}
    if out is not None:  # the first file's header: where the text came from, never what was annotated
        record = {key: previous.get(key) for key in _PROVENANCE if previous.get(key) is not None} | record
    if previous and previous.get("split"):
        record["split"] = previous["split"]
    if raw.get("published") is not None:
        record["published"] = dt.date.fromisoformat(str(raw["published"]))
    record["sha256"] = sha256_of(data)
    record["chars"] = len(text)
    relations = [_relation(e, text, f"{work}: relations[{i}]") for i, e in enumerate(raw.get("relations") or [])]
    target.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=120)
    lines = [body.rstrip("\n"), "relations:" if relations else "relations: []"]
    lines += [
        "  - " + yaml.safe_dump(r, allow_unicode=True, default_flow_style=True, sort_keys=False, width=10_000).strip()
        for r in relations
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_excerpt(target)  # the written file must read back under the repository's own checks
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=None, help="the text cache (default: geograph's)")
    sub = parser.add_subparsers(dest="command", required=True)
    build_parser = sub.add_parser("build", help="working YAML(s) with quotes -> data/realnews YAML with spans")
    build_parser.add_argument("work", nargs="+", type=Path)
    build_parser.add_argument("--out", type=Path, default=None, help="write here instead of data/realnews")
    span_parser = sub.add_parser("span", help="offsets of a quote in one excerpt's cached text")
    span_parser.add_argument("id")
    span_parser.add_argument("quote")
    sub.add_parser("check", help="check every annotation and cached text")
    args = parser.parse_args(argv)
    cache = args.cache or default_cache()
    failed = 0
    if args.command == "build":
        for work in args.work:
            try:
                print(f"wrote {build(work, cache, args.out)}")
            except (QuoteError, GoldFormatError, OSError, yaml.YAMLError) as error:
                failed += 1
                print(f"error: {error}", file=sys.stderr)
    elif args.command == "span":
        lang = args.id.split("-")[0]
        text = (cache / lang / f"{args.id}.txt").read_bytes().decode("utf-8")
        try:
            print(*find_quote(text, args.quote))
        except QuoteError as error:
            print(f"error: {error}", file=sys.stderr)
            failed = 1
    else:
        cached = load_cached(ROOT, cache)
        unsplit = [e for e in cached.excerpts if e.split is None]
        for item in cached.missing:
            print(f"{item.reason}: {item.excerpt.id} ({item.path})")
        print(f"{len(cached.gold)} verified, {len(cached.missing)} missing or changed, {len(unsplit)} not yet split")
        failed = len(cached.missing)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
