"""The gold corpus itself: every annotation points at text that is really there, and the set covers the
vocabulary the way tests/gold/README.md promises (so a careless edit cannot quietly shrink it)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from geograph.eval.gold import load_gold
from geograph.vocabulary import relations

GOLD = Path(__file__).resolve().parent
REPO = GOLD.parents[1]
LANGUAGES = ("fa", "en", "ar")
MODALITIES = ("asserted", "alleged", "denied", "planned", "speculative", "negated")
KEYS = {"s", "s_country", "r", "o", "o_country", "via", "modality", "date", "evidence"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@cache
def _annotations() -> tuple[tuple[Path, dict[str, Any], str], ...]:
    found = []
    for path in sorted(GOLD.glob("*/*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append((path, raw, path.with_suffix(".txt").read_text(encoding="utf-8")))
    return tuple(found)


def _written() -> list[tuple[Path, dict[str, Any], str]]:
    """The articles written for the set (the seed, 000, is an analysis piece with its own size)."""
    return [a for a in _annotations() if not a[0].name.startswith("000_")]


def _all_relations() -> list[tuple[str, dict[str, Any]]]:
    return [(raw["lang"], rel) for _, raw, _ in _annotations() for rel in raw["relations"]]


def test_the_evaluator_reads_every_file() -> None:
    articles = load_gold(GOLD)
    assert len(articles) == len(_annotations())
    assert sum(len(a.relations) for a in articles) == len(_all_relations())


@pytest.mark.parametrize("path, raw, text", _annotations(), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_annotation_is_well_formed_and_quotes_its_article(path: Path, raw: dict[str, Any], text: str) -> None:
    assert raw["lang"] == path.parent.name
    assert raw.get("provenance")
    names = set(relations())
    for rel in raw["relations"]:
        assert set(rel) <= KEYS, rel
        assert rel["r"] in names and rel["modality"] in MODALITIES, rel
        assert rel["s"] != rel["o"], rel
        assert ("via" in rel) == (rel["r"] == "vetoes"), rel
        assert "date" not in rel or DATE.fullmatch(str(rel["date"])), rel
        position = 0
        for piece in rel["evidence"].split(" ... "):
            found = text.find(piece, position)
            assert found >= 0, f"{path.name}: evidence not in the text: {piece!r}"
            position = found + len(piece)


def test_written_articles_have_the_promised_size() -> None:
    per_language = Counter(raw["lang"] for _, raw, _ in _written())
    assert sum(per_language.values()) >= 27
    assert all(per_language[lang] >= 8 for lang in LANGUAGES), per_language
    for path, raw, text in _written():
        assert 4 <= len(raw["relations"]) <= 12, path.name
        assert 120 <= len(text.split()) <= 400, path.name
    assert len(_all_relations()) >= 170


def test_every_relation_is_covered_in_every_language() -> None:
    per_language = Counter((rel["r"], lang) for lang, rel in _all_relations())
    for name in relations():
        assert sum(per_language[(name, lang)] for lang in LANGUAGES) >= 8, name
        assert all(per_language[(name, lang)] >= 1 for lang in LANGUAGES), name


def test_every_modality_occurs_several_times_per_language() -> None:
    per_language = Counter((rel["modality"], lang) for lang, rel in _all_relations())
    for modality in MODALITIES:
        assert all(per_language[(modality, lang)] >= 3 for lang in LANGUAGES), (modality, per_language)


def test_persian_spellings_vary_as_scraped_text_does() -> None:
    persian = [text for path, _, text in _annotations() if path.parent.name == "fa"]
    assert any("\u200c" in text for text in persian)
    assert sum("\u200c" not in text for text in persian) >= 3
    assert any("ي" in text or "ك" in text for text in persian)


def test_seed_copies_are_identical() -> None:
    gold_seed = (GOLD / "fa" / "000_seed.txt").read_bytes()
    assert gold_seed == (REPO / "data" / "articles" / "fa" / "000_dd389d9e22ba10dd.txt").read_bytes()
