"""Boilerplate spans in scraped text: banners, share links, comment forms, captchas, copyright lines.

Driven by ``ontology/lexicon/boilerplate.yaml`` (line patterns per language) plus structural rules: short
lines in another script before the lead paragraph, everything after an end-of-article marker, arithmetic
captchas, lines made only of share/comment/login words, and repeated short lines. The text is never changed;
the spans are reported so normalization can skip them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from geograph.normalize import normalize
from geograph.resources import ontology_dir

Span = tuple[int, int]

_SEPARATORS = re.compile(r"[\s|•·/\\\-–—,،:؛;()\[\]*]+")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SCRIPT_SAMPLE_CHARS = 6_000
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class BoilerplateRules:
    lines: re.Pattern[str]
    end_markers: re.Pattern[str] | None
    phrases: re.Pattern[str]
    captcha: re.Pattern[str]
    max_line_chars: int
    lead_paragraph_chars: int
    banner_line_chars: int
    repeated_line_count: int


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    key: str  # the normalized, stripped line

    @property
    def blank(self) -> bool:
        return not self.key


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{normalize(p).text})" for p in patterns)


@cache
def load_rules() -> BoilerplateRules:
    with open(ontology_dir() / "lexicon" / "boilerplate.yaml", encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    languages: dict[str, dict[str, list[str]]] = data["languages"]
    lines = [p for lang in languages.values() for p in lang.get("lines", [])]
    markers = [p for lang in languages.values() for p in lang.get("end_markers", [])]
    phrases = sorted({p for lang in languages.values() for p in lang.get("phrases", [])}, key=len)[::-1]
    flags = re.IGNORECASE
    return BoilerplateRules(
        lines=re.compile(_alternation(lines), flags),
        end_markers=re.compile(_alternation(markers), flags) if markers else None,
        phrases=re.compile(r"\b(?:" + "|".join(re.escape(normalize(p).text) for p in phrases) + r")\b", re.I),
        captcha=re.compile(data["captcha"]),
        max_line_chars=int(data["max_line_chars"]),
        lead_paragraph_chars=int(data["lead_paragraph_chars"]),
        banner_line_chars=int(data["banner_line_chars"]),
        repeated_line_count=int(data["repeated_line_count"]),
    )


def _lines(text: str) -> Iterator[_Line]:
    folded = normalize(text)  # once for the whole text; each line's key is sliced out through the offset map
    position = 0
    for raw in text.splitlines(keepends=True):
        end = position + len(raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"))
        key = folded.text[folded.to_normalized(position) : folded.to_normalized(end)]
        yield _Line(position, end, " ".join(key.split()))
        position += len(raw)


def _script(text: str) -> str | None:
    text = text[:_SCRIPT_SAMPLE_CHARS]
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == latin == 0:
        return None
    return "arabic" if arabic > latin else "latin"


def detect_boilerplate(text: str) -> tuple[Span, ...]:
    """Spans of ``text`` (whole lines, adjacent ones merged across blank lines) that are not article body."""
    rules = load_rules()
    lines = list(_lines(text))
    flagged = [False] * len(lines)
    counts = Counter(ln.key for ln in lines if not ln.blank)
    body_script = _script(text)

    # Short lines in another script before the lead paragraph: site banners ("Get News Fast").
    for i, line in enumerate(lines):
        if len(line.key) >= rules.lead_paragraph_chars:
            break
        script = _script(line.key) if line.key else None
        if len(line.key) <= rules.banner_line_chars and script and body_script and script != body_script:
            flagged[i] = True

    previous_key = None
    ended = False
    for i, line in enumerate(lines):
        if line.blank:
            continue
        key = line.key
        if ended:
            flagged[i] = True
            continue
        short = len(key) <= rules.max_line_chars
        if rules.end_markers is not None and short and rules.end_markers.fullmatch(key):
            flagged[i] = ended = True
        elif short and (
            rules.lines.fullmatch(key)
            or rules.captcha.fullmatch(key)
            or not _SEPARATORS.sub("", rules.phrases.sub("", key))
            or key == previous_key
            or counts[key] >= rules.repeated_line_count
        ):
            flagged[i] = True
            if key == previous_key:  # a widget repeated back to back: both copies go
                flagged[max(j for j in range(i) if lines[j].key == key)] = True
        previous_key = key
    return _merge(lines, flagged)


def _merge(lines: list[_Line], flagged: list[bool]) -> tuple[Span, ...]:
    spans: list[Span] = []
    open_span: Span | None = None
    for line, is_boilerplate in zip(lines, flagged, strict=True):
        if line.blank:
            continue
        if is_boilerplate:
            open_span = (open_span[0], line.end) if open_span else (line.start, line.end)
        elif open_span:
            spans.append(open_span)
            open_span = None
    if open_span:
        spans.append(open_span)
    return tuple(spans)
