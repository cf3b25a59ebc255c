"""Scoring against gold: exact P/R/F1 on a tiny hand-made gold set, at actor and state level."""

from __future__ import annotations

from pathlib import Path

import pytest

from geograph.eval import (
    GoldFormatError,
    GoldRelation,
    evaluate,
    format_report,
    load_gold,
    match_article,
    read_gold_article,
    score,
)
from geograph.eval.scoring import evidence_in
from geograph.records import Actor, Article, Assertion, EventDate, Extraction, Modality

SMALL = Path(__file__).parent.parent / "fixtures" / "eval" / "small"
BAD = Path(__file__).parent.parent / "fixtures" / "eval" / "bad"

RUSSIA = Actor("Q159", "Russia", "state")
NORTH_KOREA = Actor("Q423", "North Korea", "state")
USA = Actor("Q30", "United States", "state")
IRAN = Actor("Q794", "Iran", "state")
ISRAEL = Actor("Q801", "Israel", "state")
CHINA = Actor("Q148", "China", "state")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", state=RUSSIA)
KIM = Actor("Q56226", "Kim Jong Un", "person", state=NORTH_KOREA)


def said(
    subject: Actor,
    relation: str,
    obj: Actor,
    modality: Modality = "asserted",
    date: str | None = None,
    sentence: str = "",
) -> Assertion:
    event_date = EventDate(date, "day") if date else None
    return Assertion(
        subject,
        relation,
        obj,
        modality,
        "test",
        sentence or f"{subject.label} {relation}",
        0,
        1,
        date=event_date,
    )


# What a fake extractor "finds" in each fixture article, keyed by a phrase of its text.
PREDICTIONS: dict[str, tuple[Assertion, ...]] = {
    "Pyongyang on Tuesday": (
        said(PUTIN, "visits", NORTH_KOREA, date="2024-06-18"),  # TP
        said(KIM, "meets", PUTIN),  # TP: symmetric, reversed
        said(RUSSIA, "vetoes", NORTH_KOREA),  # TP
        said(NORTH_KOREA, "supplies_arms", RUSSIA, "denied"),  # TP, pairs with the denial
        said(NORTH_KOREA, "supplies_arms", RUSSIA, "asserted"),  # TP, pairs with the allegation: modality wrong
        said(RUSSIA, "visits", NORTH_KOREA),  # actor level FP; state level the same claim as the first
        said(USA, "sanctions", RUSSIA, sentence="Washington sanctions Moscow."),  # FP
        said(USA, "sanctions", RUSSIA, sentence="Washington sanctions Moscow."),  # the same FP again: once
    ),
    "ایران حملات اسرائیل": (
        said(CHINA, "meets", IRAN),  # TP: symmetric
        said(ISRAEL, "criticizes", IRAN),  # FP (and the gold Iran -> Israel is missed): direction matters
    ),
}


class FakeExtractor:
    def extract(self, article: Article) -> Extraction:
        for phrase, assertions in PREDICTIONS.items():
            if phrase in article.text:
                return Extraction(article=article, assertions=assertions)
        raise AssertionError(f"no predictions for {article.text[:40]!r}")


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    extractor = FakeExtractor()
    return [extractor.extract(read_gold_article(g)) for g in load_gold(SMALL)]


def test_load_gold_reads_both_list_styles() -> None:
    gold = load_gold(SMALL)
    assert [(g.name, g.lang, len(g.relations)) for g in gold] == [
        ("001_putin_in_pyongyang", "en", 5),
        ("001_iran_china", "fa", 2),
    ]
    putin = gold[0].relations[0]
    assert (putin.subject, putin.subject_state, putin.relation, putin.date) == (
        "Vladimir Putin",
        "Russia",
        "visits",
        "2024-06-18",
    )
    assert gold[0].relations[2].via == "UN Security Council"
    assert str(gold[0].published) == "2024-06-20" and gold[1].published is None


def test_load_gold_rejects_unknown_relation() -> None:
    with pytest.raises(GoldFormatError, match="befriends"):
        load_gold(BAD)


def test_actor_level_exact_figures() -> None:
    report = evaluate(SMALL, FakeExtractor()).level("actor")
    en, fa = report.language("en"), report.language("fa")
    assert (en.tp, en.fp, en.fn) == (5, 2, 0)
    assert en.precision == pytest.approx(5 / 7) and en.recall == 1.0 and en.f1 == pytest.approx(10 / 12)
    assert (fa.tp, fa.fp, fa.fn) == (1, 1, 1)
    assert fa.f1 == pytest.approx(0.5)
    overall = report.overall
    assert (overall.tp, overall.fp, overall.fn) == (6, 3, 1)
    assert overall.precision == pytest.approx(6 / 9)
    assert overall.recall == pytest.approx(6 / 7)
    assert overall.f1 == pytest.approx(0.75)
    visits = report.relation("visits")
    assert (visits.tp, visits.fp, visits.fn) == (1, 1, 0) and visits.f1 == pytest.approx(2 / 3)
    criticizes = report.relation("criticizes")
    assert (criticizes.tp, criticizes.fp, criticizes.fn) == (0, 1, 1) and criticizes.f1 == 0.0


def test_state_level_folds_persons_into_their_states(extractions: list[Extraction]) -> None:
    report = score(load_gold(SMALL), extractions).level("state")
    en = report.language("en")
    assert (en.tp, en.fp, en.fn) == (5, 1, 0)  # "Russia visits North Korea" now repeats Putin's visit
    assert en.f1 == pytest.approx(10 / 11)
    assert report.overall.f1 == pytest.approx(12 / 15)
    assert report.relation("visits").f1 == 1.0


def test_state_level_uses_gold_country_and_predicted_state() -> None:
    gold = load_gold(SMALL)[0]
    by_state = (said(RUSSIA, "visits", NORTH_KOREA),)
    assert len(match_article(gold.relations[:1], by_state, "state").matched) == 1
    assert len(match_article(gold.relations[:1], by_state, "actor").matched) == 0
    stateless_putin = Actor("Q7747", "Vladimir Putin", "person")
    unmapped = (said(stateless_putin, "visits", NORTH_KOREA),)
    assert len(match_article(gold.relations[:1], unmapped, "actor").matched) == 1
    assert len(match_article(gold.relations[:1], unmapped, "state").matched) == 0


def test_symmetric_relations_match_either_way_and_directed_do_not() -> None:
    gold = load_gold(SMALL)[1].relations  # Iran criticizes Israel; Iran meets China
    assert len(match_article(gold, (said(CHINA, "meets", IRAN),), "actor").matched) == 1
    assert len(match_article(gold, (said(ISRAEL, "criticizes", IRAN),), "actor").matched) == 0
    assert len(match_article(gold, (said(IRAN, "criticizes", ISRAEL),), "actor").matched) == 1


def test_modality_accuracy_pairs_allegation_and_denial_by_modality() -> None:
    report = evaluate(SMALL, FakeExtractor())
    for level in ("actor", "state"):
        modality = report.level(level).modality
        # 6 matched; only the asserted supplies_arms (paired with the allegation) disagrees. Pairing in text
        # order instead would put the denial on the allegation and score 4/6.
        assert (modality.compared, modality.agreed) == (6, 5)
        assert report.level(level).modality_for("en").accuracy == pytest.approx(4 / 5)
        assert report.level(level).modality_for("fa").accuracy == 1.0
    mismatch = report.level("actor").modality_mismatches
    assert [(m.relation, m.gold, m.predicted) for m in mismatch] == [("supplies_arms", "alleged", "asserted")]


def test_gazetteer_aliases_compare_as_their_canonical_label() -> None:
    gold = (GoldRelation("Britain", None, "sanctions", "Iran", None, None, "asserted", None, ""),)
    uk = Actor("Q145", "United Kingdom", "state")
    assert len(match_article(gold, (said(uk, "sanctions", IRAN),), "actor").matched) == 1
    france = Actor("Q142", "France", "state")
    assert len(match_article(gold, (said(france, "sanctions", IRAN),), "actor").matched) == 0


def test_allegation_and_denial_are_two_gold_relations() -> None:
    gold = load_gold(SMALL)[0].relations[3:]  # alleged, denied
    only_denial = (said(NORTH_KOREA, "supplies_arms", RUSSIA, "denied"),)
    result = match_article(gold, only_denial, "actor")
    assert [(g.modality, p.modality) for g, p in result.matched] == [("denied", "denied")]
    assert [g.modality for g in result.missed] == ["alleged"]


def test_seed_style_must_and_should_are_counted_apart() -> None:
    report = evaluate(SMALL, FakeExtractor()).level("actor")
    assert [(t.tier, t.gold, t.found, t.found_with_modality) for t in report.tiers] == [
        ("must", 1, 0, 0),
        ("should", 1, 1, 1),
    ]
    assert "must: 0/1 found" in format_report(evaluate(SMALL, FakeExtractor()))


def test_a_fact_stated_twice_pairs_sentence_by_sentence() -> None:
    first = GoldRelation(
        "Russia",
        None,
        "attacks",
        "Ukraine",
        None,
        None,
        "asserted",
        "2022-02-24",
        "Russia invaded Ukraine on 24 February 2022",
    )
    again = GoldRelation(
        "Russia", None, "attacks", "Ukraine", None, None, "asserted", None, "the war Russia ... against Ukraine"
    )
    later = said(
        RUSSIA,
        "attacks",
        Actor("Q212", "Ukraine", "state"),
        sentence="Two years on, the war Russia wages against Ukraine goes on.",
    )
    earlier = said(
        RUSSIA,
        "attacks",
        Actor("Q212", "Ukraine", "state"),
        sentence="Russia invaded Ukraine on 24 February 2022.",  # no date: only the evidence can decide
    )
    pairs = match_article((first, again), (later, earlier), "actor").matched
    assert {(g.evidence, p.sentence) for g, p in pairs} == {
        (first.evidence, earlier.sentence),
        (again.evidence, later.sentence),
    }


def test_evidence_pieces_are_found_in_order_and_normalized() -> None:
    assert evidence_in("the war Russia ... against Ukraine", "So the war Russia wages against Ukraine goes on.")
    assert not evidence_in("against Ukraine ... the war Russia", "So the war Russia wages against Ukraine.")
    assert evidence_in("سه‌شنبه وارد شد", "پوتین روز سهشنبه وارد شد.")  # with and without ZWNJ
    assert not evidence_in("", "anything")


def test_dates_of_matched_pairs_are_compared() -> None:
    report = evaluate(SMALL, FakeExtractor()).level("actor")
    assert (report.dates.compared, report.dates.agreed) == (1, 1)


def test_format_report_prints_aligned_tables_and_details() -> None:
    report = evaluate(SMALL, FakeExtractor())
    text = format_report(report)
    assert "2 articles, 7 gold relations, 10 predicted assertions" in text
    overall = [line for line in text.splitlines() if line.startswith("overall")]
    assert len(overall) == 2
    assert overall[0].split()[1:4] == ["0.667", "0.857", "0.750"]  # actor level first
    assert overall[1].split()[3] == "0.800"
    assert "Washington sanctions Moscow." not in text
    detailed = format_report(report, details=True, level="state")
    assert "Actor level" not in detailed
    assert "Washington sanctions Moscow." in detailed
    assert "ایران حملات اسرائیل را محکوم کرد" in detailed  # the missed relation's evidence
    widths = {len(line) for line in text.splitlines() if line.startswith("  ") and "0." in line}
    assert len(widths) <= 2  # rows of a table line up (relation rows carry no modality column)


def test_score_needs_one_extraction_per_article() -> None:
    with pytest.raises(ValueError, match="2 gold articles but 0 extractions"):
        score(load_gold(SMALL), [])
