"""How far two annotators of the same excerpts agree: each relation one read is matched one to one with a
relation the other read, by the key the evaluation scores (subject, relation, object at state or actor level),
preferring pairs with the same modality, then overlapping evidence.

F1 between the two is symmetric (one annotator's precision against the other is the other's recall):
``2 * matched / (first + second)``. It is the ceiling a program can be expected to reach on the set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from geograph.eval.realnews import Excerpt, SpanRelation
from geograph.eval.scoring import Level, gold_key, pair_by_key


@dataclass(frozen=True, slots=True)
class AgreementCounts:
    matched: int = 0
    first_only: int = 0
    second_only: int = 0
    modality_agreed: int = 0  # among the matched pairs

    def __add__(self, other: AgreementCounts) -> AgreementCounts:
        return AgreementCounts(
            self.matched + other.matched,
            self.first_only + other.first_only,
            self.second_only + other.second_only,
            self.modality_agreed + other.modality_agreed,
        )

    @property
    def first(self) -> int:
        return self.matched + self.first_only

    @property
    def second(self) -> int:
        return self.matched + self.second_only

    @property
    def f1(self) -> float:
        total = self.first + self.second
        return 2 * self.matched / total if total else 0.0

    @property
    def modality_agreement(self) -> float:
        return self.modality_agreed / self.matched if self.matched else 0.0


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A relation one annotator read and the other did not (``by`` is "first" or "second")."""

    excerpt: str
    by: str
    relation: SpanRelation


@dataclass(frozen=True, slots=True)
class AgreementReport:
    level: Level
    excerpts: tuple[str, ...]
    overall: AgreementCounts
    by_language: tuple[tuple[str, AgreementCounts], ...]
    by_relation: tuple[tuple[str, AgreementCounts], ...]
    disagreements: tuple[Disagreement, ...] = field(default=())


def _overlap(a: SpanRelation, b: SpanRelation) -> bool:
    return a.start < b.end and b.start < a.end


def _preference(a: SpanRelation, b: SpanRelation) -> tuple[bool, bool]:
    return a.relation.modality == b.relation.modality, _overlap(a, b)


def match_excerpt(
    first: Sequence[SpanRelation], second: Sequence[SpanRelation], level: Level
) -> tuple[list[tuple[SpanRelation, SpanRelation]], list[SpanRelation], list[SpanRelation]]:
    """One-to-one pairs by key (same modality first, then overlapping evidence, then text order); leftovers."""

    def key(item: SpanRelation) -> tuple[str, str, str]:
        return gold_key(item.relation, level)

    return pair_by_key(first, second, key, key, _preference)


def agreement(first: Iterable[Excerpt], second: Iterable[Excerpt], level: Level = "state") -> AgreementReport:
    """The two annotations of the excerpts both hold (matched by id), compared at ``level``."""
    ones = {e.id: e for e in first}
    twos = {e.id: e for e in second}
    shared = sorted(ones.keys() & twos.keys())
    if not shared:
        raise ValueError("the two annotations share no excerpt")
    overall = AgreementCounts()
    languages: dict[str, AgreementCounts] = {}
    per_relation: dict[str, AgreementCounts] = {}
    disagreements: list[Disagreement] = []

    def add(table: dict[str, AgreementCounts], name: str, counts: AgreementCounts) -> None:
        table[name] = table.get(name, AgreementCounts()) + counts

    for ident in shared:
        pairs, first_only, second_only = match_excerpt(ones[ident].relations, twos[ident].relations, level)
        for a, b in pairs:
            same = int(a.relation.modality == b.relation.modality)
            counts = AgreementCounts(matched=1, modality_agreed=same)
            overall += counts
            add(languages, ones[ident].lang, counts)
            add(per_relation, a.relation.relation, counts)
        for only, by, counts in (
            (first_only, "first", AgreementCounts(first_only=1)),
            (second_only, "second", AgreementCounts(second_only=1)),
        ):
            for item in only:
                overall += counts
                add(languages, ones[ident].lang, counts)
                add(per_relation, item.relation.relation, counts)
                disagreements.append(Disagreement(ident, by, item))
    return AgreementReport(
        level=level,
        excerpts=tuple(shared),
        overall=overall,
        by_language=tuple(sorted(languages.items())),
        by_relation=tuple(sorted(per_relation.items())),
        disagreements=tuple(disagreements),
    )


def format_agreement(report: AgreementReport) -> str:
    rows = [
        f"{len(report.excerpts)} excerpts, {report.level} level",
        f"{'':<18}{'F1':>7}{'first':>7}{'second':>8}{'both':>6}  modality",
    ]

    def row(name: str, c: AgreementCounts) -> str:
        return f"{name:<18}{c.f1:>7.3f}{c.first:>7}{c.second:>8}{c.matched:>6}  {c.modality_agreement:.3f}"

    rows.append(row("overall", report.overall))
    rows += [row(f"  {lang}", c) for lang, c in report.by_language]
    rows.append("relation")
    rows += [row(f"  {name}", c) for name, c in report.by_relation]
    return "\n".join(rows)
