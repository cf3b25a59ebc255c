"""``format_report``: an evaluation report as aligned plain-text tables (what ``geograph eval`` prints)."""

from __future__ import annotations

from collections.abc import Sequence

from geograph.eval.scoring import Agreement, Counts, EvalReport, Level, LevelReport

_HEADER = ("", "P", "R", "F1", "gold", "TP", "FP", "FN", "modality")


def _row(name: str, counts: Counts, modality: Agreement | None) -> tuple[str, ...]:
    mod = f"{modality.accuracy:.3f} ({modality.agreed}/{modality.compared})" if modality else ""
    return (
        name,
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
        str(counts.support),
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        mod,
    )


def _table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _level(report: LevelReport, details: bool) -> list[str]:
    title = {"actor": "Actor level", "state": "State level (persons and bodies as their states)"}
    rows: list[tuple[str, ...]] = [_HEADER, _row("overall", report.overall, report.modality)]
    rows += [_row(f"  {lang}", counts, report.modality_for(lang)) for lang, counts in report.by_language]
    rows.append(("relation",) + ("",) * (len(_HEADER) - 1))
    rows += [_row(f"  {name}", counts, None) for name, counts in report.by_relation]
    lines = [title[report.level], *_table(rows)]
    if report.dates.compared:
        d = report.dates
        lines.append(f"dates: {d.agreed}/{d.compared} matched pairs with a gold date agree ({d.accuracy:.3f})")
    for tier in report.tiers:
        lines.append(f"{tier.tier}: {tier.found}/{tier.gold} found, {tier.found_with_modality} with the right modality")
    if details:
        lines.append("")
        lines.append(f"misses ({len(report.misses)}):")
        lines += [
            f"  [{m.lang}] {m.article}: {m.subject} -{m.relation}-> {m.object} ({m.modality})  | {m.evidence}"
            for m in report.misses
        ]
        lines.append(f"false positives ({len(report.false_positives)}):")
        lines += [
            f"  [{f.lang}] {f.article}: {f.subject} -{f.relation}-> {f.object} ({f.modality})  | {f.sentence}"
            for f in report.false_positives
        ]
        lines.append(f"modality mismatches ({len(report.modality_mismatches)}):")
        lines += [
            f"  [{m.lang}] {m.article}: {m.subject} -{m.relation}-> {m.object} gold {m.gold}, "
            f"predicted {m.predicted}  | {m.sentence}"
            for m in report.modality_mismatches
        ]
        lines.append(f"date mismatches ({len(report.date_mismatches)}):")
        lines += [
            f"  [{m.lang}] {m.article}: {m.subject} -{m.relation}-> {m.object} gold {m.gold}, "
            f"predicted {m.predicted or 'no date'}  | {m.sentence}"
            for m in report.date_mismatches
        ]
    return lines


def format_report(report: EvalReport, details: bool = False, level: Level | None = None) -> str:
    """The report as text; ``details`` adds every miss, false positive and modality mismatch."""
    counts = f"{report.gold_relations} gold relations, {report.predicted} predicted assertions"
    lines = [f"{report.articles} articles, {counts}"]
    for level_report in report.levels:
        if level is None or level_report.level == level:
            lines += ["", *_level(level_report, details)]
    return "\n".join(lines) + "\n"
