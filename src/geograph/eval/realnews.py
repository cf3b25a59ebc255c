"""The real-news evaluation set: annotations in the repository, texts in a local cache (``data/realnews``).

Third-party text never enters the repository. Each excerpt's YAML keeps its provenance, the SHA-256 of its text
and relations whose evidence is a ``span`` of character offsets into that text; the text itself is read from
the cache (``GEOGRAPH_REALNEWS_CACHE``, default ``~/.cache/geograph/realnews``) and checked against the hash.
An excerpt whose text is absent or changed is reported, never scored. See ``data/realnews/README.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from geograph.eval.gold import GoldArticle, GoldFormatError, GoldRelation, parse_published, parse_relation
from geograph.eval.run import SupportsExtract, read_gold_article
from geograph.eval.scoring import EvalReport, score

Split = Literal["dev", "test"]
SPLITS: tuple[Split, ...] = ("dev", "test")
LANGS = ("en", "fa", "ar")
OUTLET_KINDS = frozenset({"state", "private", "wire", "diaspora", "public"})
GENRES = frozenset({"wire", "report", "analysis", "scraped"})
_REQUIRED = ("id", "lang", "url", "outlet", "query", "rank", "sha256", "chars", "relations")


def default_cache() -> Path:
    """Where excerpt texts are looked for: ``$GEOGRAPH_REALNEWS_CACHE``, else ``~/.cache/geograph/realnews``."""
    configured = os.environ.get("GEOGRAPH_REALNEWS_CACHE")
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "geograph" / "realnews"


@dataclass(frozen=True, slots=True)
class SpanRelation:
    """A gold relation whose evidence is ``text[start:end]`` of its excerpt."""

    relation: GoldRelation
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One annotated excerpt's provenance and relations, as its YAML gives them (no third-party text)."""

    id: str
    lang: str
    split: Split | None
    url: str
    outlet: str
    outlet_kind: str | None
    genre: str | None
    query: str
    rank: int
    published: dt.date | None
    sha256: str
    chars: int
    relations: tuple[SpanRelation, ...]
    annotation: Path
    variety: str | None = None

    def text_path(self, cache: Path) -> Path:
        return cache / self.lang / f"{self.id}.txt"


@dataclass(frozen=True, slots=True)
class MissingText:
    """An excerpt that cannot be scored: ``reason`` is "absent" or "changed" (hash differs)."""

    excerpt: Excerpt
    path: Path
    reason: Literal["absent", "changed"]


@dataclass(frozen=True, slots=True)
class CachedSet:
    """Excerpts whose texts were found and verified, as gold articles, and those that were not."""

    gold: tuple[GoldArticle, ...]
    excerpts: tuple[Excerpt, ...]
    missing: tuple[MissingText, ...]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _span(entry: dict[str, Any], where: str, chars: int) -> tuple[int, int]:
    span = entry.get("span")
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(v, int) for v in span)):
        raise GoldFormatError(f"{where}: span must be [start, end] integers, got {span!r}")
    start, end = cast(list[int], span)
    if not 0 <= start < end <= chars:
        raise GoldFormatError(f"{where}: span {span} lies outside the text's {chars} characters")
    return start, end


def load_excerpt(annotation: Path) -> Excerpt:
    """One excerpt's YAML, checked for form (relation names, modalities, spans within ``chars``)."""
    where = str(annotation)
    raw = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: expected a mapping at the top")
    absent = [key for key in _REQUIRED if raw.get(key) is None]
    if absent:
        raise GoldFormatError(f"{where}: missing {', '.join(absent)}")
    lang = str(raw["lang"])
    if lang not in LANGS:
        raise GoldFormatError(f"{where}: lang must be one of {', '.join(LANGS)}, got {lang!r}")
    split = raw.get("split")
    if split is not None and split not in SPLITS:
        raise GoldFormatError(f"{where}: split must be dev or test, got {split!r}")
    chars = int(raw["chars"])
    relations = []
    for i, entry in enumerate(raw["relations"] or []):
        at = f"{where}: relations[{i}]"
        if not isinstance(entry, dict):
            raise GoldFormatError(f"{at}: a relation must be a mapping, got {entry!r}")
        start, end = _span(entry, at, chars)
        relations.append(SpanRelation(parse_relation(entry, at, None), start, end))
    return Excerpt(
        id=str(raw["id"]),
        lang=lang,
        split=cast(Split | None, split),
        url=str(raw["url"]),
        outlet=str(raw["outlet"]),
        outlet_kind=raw.get("outlet_kind"),
        genre=raw.get("genre"),
        query=str(raw["query"]),
        rank=int(raw["rank"]),
        published=parse_published(raw.get("published"), where),
        sha256=str(raw["sha256"]),
        chars=chars,
        relations=tuple(relations),
        annotation=annotation,
        variety=raw.get("variety"),
    )


def load_excerpts(root: Path, splits: Iterable[Split] | None = None) -> list[Excerpt]:
    """Every excerpt under ``root`` (``<lang>/<id>.yaml``) in the given splits (None: all), in path order."""
    files = sorted(Path(root).glob("*/*.yaml"))
    if not files:
        raise GoldFormatError(f"{root}: no real-news annotations (<lang>/<id>.yaml)")
    excerpts = [load_excerpt(f) for f in files]
    if splits is None:
        return excerpts
    wanted = set(splits)
    return [e for e in excerpts if e.split in wanted]


def with_evidence(excerpt: Excerpt, text: str, path: Path) -> GoldArticle:
    """The excerpt as a gold article over its cached text at ``path``, each evidence cut from the text."""
    relations = tuple(replace(r.relation, evidence=text[r.start : r.end]) for r in excerpt.relations)
    return GoldArticle(path=path, lang=excerpt.lang, published=excerpt.published, relations=relations, url=excerpt.url)


def load_cached(root: Path, cache: Path | None = None, splits: Iterable[Split] | None = None) -> CachedSet:
    """The excerpts of ``splits`` whose cached text exists and matches its hash, and the others, named."""
    cache = cache or default_cache()
    gold: list[GoldArticle] = []
    found: list[Excerpt] = []
    missing: list[MissingText] = []
    for excerpt in load_excerpts(root, splits):
        path = excerpt.text_path(cache)
        if not path.is_file():
            missing.append(MissingText(excerpt, path, "absent"))
            continue
        data = path.read_bytes()
        if sha256_of(data) != excerpt.sha256:
            missing.append(MissingText(excerpt, path, "changed"))
            continue
        gold.append(with_evidence(excerpt, data.decode("utf-8"), path))
        found.append(excerpt)
    return CachedSet(tuple(gold), tuple(found), tuple(missing))


@dataclass(frozen=True, slots=True)
class SplitReport:
    """One split's score over the excerpts whose text was verified, and the excerpts it could not score."""

    split: Split
    report: EvalReport
    scored: tuple[Excerpt, ...]
    missing: tuple[MissingText, ...]


def is_realnews_dir(root: Path) -> bool:
    """Whether ``root`` holds real-news annotations (``<lang>/<id>.yaml`` with a ``sha256``, no text beside)."""
    for path in sorted(Path(root).glob("*/*.yaml"))[:5]:
        if path.with_suffix(".txt").exists():
            return False
        head = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(head, dict) and "sha256" in head:
            return True
    return False


def evaluate_realnews(
    root: Path, extractor: SupportsExtract, splits: Iterable[Split] = SPLITS, cache: Path | None = None
) -> list[SplitReport]:
    """Extract and score each split's verified excerpts; missing or changed texts are listed, not scored."""
    reports = []
    for split in splits:
        cached = load_cached(root, cache, (split,))
        extractions = [extractor.extract(read_gold_article(g)) for g in cached.gold]
        reports.append(SplitReport(split, score(cached.gold, extractions), cached.excerpts, cached.missing))
    return reports
