"""A deterministic synthetic news corpus in Persian, English and Arabic, for benchmarks.

Articles (about 4 KB of UTF-8 each) recombine the sentence templates of ``bench/templates/<lang>.yaml`` with
actors read from ``ontology/gazetteer/*.yaml``, the relations of ``ontology/relations.yaml``, modalities and
dates (Gregorian, and Jalali in Persian). The same seed always gives the same corpus.

    python bench/corpus.py --articles 1000 --out bench/out/corpus        # JSON lines shards
    python bench/corpus.py --articles 50 --format txt --out /tmp/corpus   # one .txt per article
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jdatetime
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
GAZETTEER = ROOT / "ontology" / "gazetteer"
RELATIONS = ROOT / "ontology" / "relations.yaml"
LANGUAGES = ("fa", "en", "ar")
TARGET_BYTES = 4096
SHARD_SIZE = 500  # articles per JSON lines file: far below the reader's per-file size limit
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_EPOCH = dt.date(2019, 1, 1)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the gazetteer is large
_SPAN_DAYS = 7 * 365


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article, in the JSON lines shape ``geograph ingest`` reads."""

    number: int
    lang: str
    title: str
    text: str
    published: dt.date
    source: str
    url: str

    def record(self) -> dict[str, str]:
        return {
            "title": self.title,
            "text": self.text,
            "lang": self.lang,
            "published": self.published.isoformat(),
            "source": self.source,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Templates:
    lang: str
    months: tuple[str, ...]
    jalali_months: tuple[str, ...]
    date_forms: tuple[str, ...]
    jalali_date_forms: tuple[str, ...]
    titles: tuple[str, ...]
    events: tuple[tuple[str, str, str], ...]  # (relation, modality, template)
    filler: tuple[str, ...]


@cache
def templates(lang: str) -> Templates:
    data: dict[str, Any] = yaml.load((TEMPLATES / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=_LOADER)
    known = set(relation_names())
    events: list[tuple[str, str, str]] = []
    for relation, by_modality in data["events"].items():
        if relation not in known:
            raise ValueError(f"{lang}.yaml: {relation!r} is not a relation of {RELATIONS.name}")
        for modality, forms in by_modality.items():
            events.extend((relation, modality, form) for form in forms)
    return Templates(
        lang=lang,
        months=tuple(data["months"]),
        jalali_months=tuple(data.get("jalali_months", ())),
        date_forms=tuple(data["date_forms"]),
        jalali_date_forms=tuple(data.get("jalali_date_forms", ())),
        titles=tuple(data["titles"]),
        events=tuple(events),
        filler=tuple(data["filler"]),
    )


@cache
def relation_names() -> tuple[str, ...]:
    data = yaml.load(RELATIONS.read_text(encoding="utf-8"), Loader=_LOADER)
    return tuple(str(item["name"]) for item in data["relations"])


@cache
def actor_names(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every actor's canonical name in ``lang``, the states' names) from the gazetteer files."""
    actors: list[str] = []
    states: list[str] = []
    for path in sorted(GAZETTEER.glob("*.yaml")):
        if path.name == "cities.yaml":
            continue  # cities stand for their states; the parties drawn are the actors themselves, as before
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        for entity in data.get("entities") or ():
            names = (entity.get("names") or {}).get(lang) or ()
            if not names:
                continue
            actors.append(str(names[0]))
            if entity.get("type") == "state":
                states.append(str(names[0]))
    if len(states) < 2 or len(actors) < 2:
        raise ValueError(f"the gazetteer names too few actors in {lang!r} to generate a corpus")
    return tuple(actors), tuple(states)


class _Writer:
    """Draws the parts of one article from one seeded random generator."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.forms = templates(lang)
        self.actors, self.states = actor_names(lang)
        self.persian_digits = lang == "fa" and rng.random() < 0.5

    def digits(self, text: str) -> str:
        return text.translate(_PERSIAN_DIGITS) if self.persian_digits else text

    def date_phrase(self, day: dt.date) -> str:
        forms = self.forms
        if forms.jalali_date_forms and self.rng.random() < 0.6:
            jalali = jdatetime.date.fromgregorian(date=day)
            form = self.rng.choice(forms.jalali_date_forms)
            return self.digits(
                form.format(day=jalali.day, jmonth=forms.jalali_months[jalali.month - 1], jyear=jalali.year)
            )
        form = self.rng.choice(forms.date_forms)
        return self.digits(form.format(day=day.day, month=forms.months[day.month - 1], year=day.year))

    def pair(self) -> tuple[str, str]:
        first, second = self.rng.sample(self.actors, 2)
        return first, second

    def event_sentence(self, published: dt.date) -> str:
        _relation, _modality, form = self.rng.choice(self.forms.events)
        a, b = self.pair()
        day = published - dt.timedelta(days=self.rng.randint(0, 20))
        return form.format(a=a, b=b, date=self.date_phrase(day), year=self.digits(str(day.year)))

    def filler_sentence(self) -> str:
        form = self.rng.choice(self.forms.filler)
        return form.format(place=self.rng.choice(self.states), n=self.digits(str(self.rng.randint(2, 40))))


def article(number: int, seed: int) -> SyntheticArticle:
    """Article ``number`` of the corpus of ``seed`` (each article has its own generator: any slice is cheap)."""
    rng = random.Random(f"{seed}:{number}")
    lang = LANGUAGES[number % len(LANGUAGES)]
    writer = _Writer(rng, lang)
    published = _EPOCH + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
    a, b = writer.pair()
    title = rng.choice(writer.forms.titles).format(a=a, b=b)
    paragraphs: list[str] = []
    size = len(title.encode("utf-8"))
    while size < TARGET_BYTES:
        sentences = [
            writer.event_sentence(published) if rng.random() < 0.45 else writer.filler_sentence()
            for _ in range(rng.randint(2, 4))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    source = f"Example {('Wire', 'Daily', 'Agency', 'Service')[number % 4]} {number % 7}"
    return SyntheticArticle(
        number=number,
        lang=lang,
        title=title,
        text=title + "\n\n" + "\n\n".join(paragraphs),
        published=published,
        source=source,
        url=f"https://news.example.org/{lang}/{seed}/{number}",
    )


def generate(count: int, seed: int = 0, start: int = 0) -> Iterator[SyntheticArticle]:
    for number in range(start, start + count):
        yield article(number, seed)


def write_corpus(dest: Path, count: int, seed: int = 0, fmt: str = "jsonl", start: int = 0) -> list[Path]:
    """Write ``count`` articles under ``dest``: JSON lines shards of :data:`SHARD_SIZE`, or one .txt each.

    A .txt file holds only the text, so the reader identifies its language and finds no date: use JSON lines
    for the full metadata.
    """
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "txt":
        for item in generate(count, seed, start):
            path = dest / f"{item.lang}_{item.number:07d}.txt"
            path.write_text(item.text + "\n", encoding="utf-8")
            written.append(path)
        return written
    if fmt != "jsonl":
        raise ValueError(f"unknown corpus format {fmt!r} (jsonl or txt)")
    shard: list[str] = []
    for item in generate(count, seed, start):
        shard.append(json.dumps(item.record(), ensure_ascii=False))
        if len(shard) == SHARD_SIZE:
            written.append(_write_shard(dest, len(written), shard))
            shard = []
    if shard:
        written.append(_write_shard(dest, len(written), shard))
    return written


def _write_shard(dest: Path, index: int, lines: list[str]) -> Path:
    path = dest / f"corpus-{index:05d}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "corpus")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.articles, args.seed, args.format)
    total = sum(path.stat().st_size for path in paths)
    print(f"{args.articles} articles, {len(paths)} files, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
