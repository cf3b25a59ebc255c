"""Gold annotations: ``<lang>/<NNN>_<slug>.txt`` articles beside ``.yaml`` files saying what they assert.

The YAML holds ``lang``, ``published`` (a date or null) and ``relations``: a list of
``{s, s_country?, r, o, o_country?, via?, modality, date?, evidence}``. The seed's file uses ``must`` and
``should`` lists instead of ``relations``; both count as gold. ``s``/``o`` are canonical English labels and
``s_country``/``o_country`` the states persons act for. See ``tests/gold/README.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from geograph.records import MODALITIES, Modality
from geograph.vocabulary import relations

RELATION_KEYS = ("relations", "must", "should")
Tier = Literal["must", "should"]


class GoldFormatError(ValueError):
    """A gold file that does not follow the format; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class GoldRelation:
    subject: str
    subject_state: str | None
    relation: str
    object: str
    object_state: str | None
    via: str | None
    modality: Modality
    date: str | None
    evidence: str
    tier: Tier | None = None  # "must"/"should" in the seed's style; None under "relations"
    # Real-news annotations only: the kind of a non-state actor (company, armed_group, substate, other) and the
    # state the text ties it to, which is not folded into it.
    subject_type: str | None = None
    subject_base: str | None = None
    object_type: str | None = None
    object_base: str | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One annotated article: ``path`` is its text file, ``name`` its stem ("003_unsc_syria_aid_veto")."""

    path: Path
    lang: str
    published: dt.date | None
    relations: tuple[GoldRelation, ...]
    url: str | None = None  # where the text was published (real news): what a page ingested carries

    @property
    def name(self) -> str:
        return self.path.stem


def _text(entry: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None or str(value).strip() == "":
        if required:
            raise GoldFormatError(f"{where}: missing {key!r}")
        return None
    return str(value).strip()


def parse_relation(entry: Any, where: str, tier: Tier | None) -> GoldRelation:
    if not isinstance(entry, dict):
        raise GoldFormatError(f"{where}: a relation must be a mapping, got {entry!r}")
    name = cast(str, _text(entry, "r", where))
    if name not in relations():
        raise GoldFormatError(f"{where}: unknown relation {name!r}")
    modality = cast(str, _text(entry, "modality", where))
    if modality not in MODALITIES:
        raise GoldFormatError(f"{where}: unknown modality {modality!r}")
    return GoldRelation(
        subject=cast(str, _text(entry, "s", where)),
        subject_state=_text(entry, "s_country", where, required=False),
        relation=name,
        object=cast(str, _text(entry, "o", where)),
        object_state=_text(entry, "o_country", where, required=False),
        via=_text(entry, "via", where, required=False),
        modality=modality,
        date=_text(entry, "date", where, required=False),
        evidence=_text(entry, "evidence", where, required=False) or "",
        tier=tier,
        subject_type=_text(entry, "s_type", where, required=False),
        subject_base=_text(entry, "s_base", where, required=False),
        object_type=_text(entry, "o_type", where, required=False),
        object_base=_text(entry, "o_base", where, required=False),
    )


def parse_published(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise GoldFormatError(f"{where}: published must be YYYY-MM-DD or null, got {value!r}") from None


def load_gold_file(annotation: Path) -> GoldArticle:
    """One ``.yaml`` annotation and the ``.txt`` beside it."""
    where = str(annotation)
    raw = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: expected a mapping at the top")
    text = annotation.with_suffix(".txt")
    if not text.is_file():
        raise GoldFormatError(f"{where}: no article text at {text}")
    lang = raw.get("lang") or annotation.parent.name
    tiers: dict[str, Tier | None] = {"relations": None, "must": "must", "should": "should"}
    entries = [
        (f"{where}: {key}[{i}]", entry, tiers[key])
        for key in RELATION_KEYS
        for i, entry in enumerate(raw.get(key) or [])
    ]
    return GoldArticle(
        path=text,
        lang=str(lang),
        published=parse_published(raw.get("published"), where),
        relations=tuple(parse_relation(entry, at, tier) for at, entry, tier in entries),
    )


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Every annotated article under ``gold_dir`` (any depth), in path order. ``floors.yaml`` is not gold."""
    files = sorted(p for p in Path(gold_dir).rglob("*.yaml") if p.with_suffix(".txt").is_file())
    if not files:
        raise GoldFormatError(f"{gold_dir}: no gold annotations (<name>.yaml beside <name>.txt)")
    return [load_gold_file(p) for p in files]
