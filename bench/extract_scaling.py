"""Extraction time per KB of input from 1 KB to 5 MB: is extraction linear in the input?

Texts are the gold articles of each language (``tests/gold/<lang>/*.txt``) repeated up to each size, in three
forms: ``prose`` as written; ``single-line`` with the sentence punctuation and line breaks removed (a scraped
table, list or feed); ``bare`` with every punctuation mark removed too, so that nothing but the token cap can
cut a sentence. Sizes under 100 KB time the first 100 KB cut into pieces of that size, so every size reads
the same mix of articles (the first KB of an article alone is its headline and lead). CPU time, best of three
runs up to 100 KB and one run above, after the pipelines are built.

    .venv/bin/python bench/extract_scaling.py                       # fa, en, ar; 1, 10, 100, 1000, 5000 KB
    .venv/bin/python bench/extract_scaling.py --sizes 1,100 --langs en

Exits 1 if, for a single-line or bare text, the largest size costs more than twice per KB what the smallest
does (issue 14's acceptance: flat within 2x).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geograph.extract import Extractor
from geograph.records import Article

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fa", "en", "ar")
SIZES_KB = (1, 10, 100, 1000, 5000)
SAMPLE_KB = 100  # smaller sizes time this much text, in pieces
FLAT_WITHIN = 2.0  # the largest size may cost at most this many times per KB what the smallest does
_SENTENCE_BREAKS = re.compile(r"[.!?؟…]+|\s*\n\s*")
_PUNCTUATION = re.compile(r"[.!?؟…,،;؛:]+|\s*\n\s*")
_SPACES = re.compile(r"[ \t]+")


def _single_line(text: str) -> str:
    return _SPACES.sub(" ", _SENTENCE_BREAKS.sub(" ", text)).strip()


def _bare(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def _prose(text: str) -> str:
    return text.strip()


KINDS: dict[str, Callable[[str], str]] = {"prose": _prose, "single-line": _single_line, "bare": _bare}
CHECKED = ("single-line", "bare")  # the kinds the exit status checks


def _cut(text: str, size: int) -> tuple[str, str]:
    """``text`` cut at the last space within ``size`` bytes of UTF-8, and the rest."""
    head = text.encode()[:size].decode("utf-8", errors="ignore")
    if len(head) < len(text) and " " in head:
        head = head[: head.rfind(" ")]
    return head, text[len(head) :].lstrip()


def sized_text(lang: str, kind: str, kilobytes: int) -> str:
    """The gold articles of ``lang`` in form ``kind``, repeated and cut at a space to ``kilobytes`` of UTF-8."""
    paths = sorted((ROOT / "tests" / "gold" / lang).glob("*.txt"))
    articles = [KINDS[kind](p.read_text(encoding="utf-8")) for p in paths]
    joiner = "\n\n" if kind == "prose" else " "
    body = joiner.join(articles)
    size = kilobytes * 1024
    copies = size // len(body.encode()) + 1
    return _cut(joiner.join([body] * copies), size)[0]


def pieces(lang: str, kind: str, kilobytes: int) -> list[str]:
    """At least :data:`SAMPLE_KB` of text in pieces of ``kilobytes``."""
    rest = sized_text(lang, kind, max(kilobytes, SAMPLE_KB))
    out: list[str] = []
    while rest:
        piece, rest = _cut(rest, kilobytes * 1024)
        out.append(piece)
    return out


@dataclass(frozen=True, slots=True)
class Timing:
    lang: str
    kind: str
    kilobytes: float  # the size of the pieces together
    seconds: float  # CPU to extract every piece, best run

    @property
    def ms_per_kb(self) -> float:
        return 1000 * self.seconds / self.kilobytes


def time_extraction(extractor: Extractor, lang: str, kind: str, kilobytes: int) -> Timing:
    articles = [
        Article(id=f"{lang}-{kind}-{kilobytes}-{n}", text=text, lang=lang)
        for n, text in enumerate(pieces(lang, kind, kilobytes))
    ]
    best = float("inf")
    for _ in range(3 if kilobytes <= SAMPLE_KB else 1):
        gc.collect()  # the garbage of the last run is not this run's
        start = time.process_time()
        for article in articles:
            extractor.extract(article)
        best = min(best, time.process_time() - start)
    return Timing(lang, kind, sum(len(a.text.encode()) for a in articles) / 1024, best)


def _warm(extractor: Extractor, langs: tuple[str, ...]) -> None:
    """Build each pipeline and date lexicon before timing (one gold article per language)."""
    for lang in langs:
        first = sorted((ROOT / "tests" / "gold" / lang).glob("*.txt"))[0]
        extractor.extract(Article(id="warm", text=first.read_text(encoding="utf-8"), lang=lang))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="sizes in KB, comma-separated")
    parser.add_argument("--langs", default=",".join(LANGUAGES), help="languages, comma-separated")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    langs = tuple(args.langs.split(","))
    extractor = Extractor()
    _warm(extractor, langs)
    header = f"{'lang':<4} {'text':<11} " + " ".join(f"{f'{s} KB':>9}" for s in sizes) + "  largest/smallest"
    print("CPU ms per KB of input")
    print(header)
    failed: list[str] = []
    for lang in langs:
        for kind in KINDS:
            timings = [time_extraction(extractor, lang, kind, size) for size in sizes]
            ratio = timings[-1].ms_per_kb / timings[0].ms_per_kb
            cells = " ".join(f"{t.ms_per_kb:9.3f}" for t in timings)
            print(f"{lang:<4} {kind:<11} {cells}  {ratio:6.2f}x", flush=True)
            if kind in CHECKED and ratio > FLAT_WITHIN:
                failed.append(f"{lang} {kind}: {ratio:.2f}x")
    if failed:
        print(f"not flat within {FLAT_WITHIN:g}x:", ", ".join(failed))
        return 1
    print(f"flat within {FLAT_WITHIN:g}x for text without sentence breaks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
