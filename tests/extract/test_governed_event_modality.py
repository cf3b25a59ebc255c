"""A negation reaches the trigger it stands by, not the event that trigger governs: "did not condemn Russia's
attack" negates the condemnation; the attack is still reported."""

from __future__ import annotations

import pytest
from extract_helpers import extract, triples


@pytest.mark.parametrize(
    ("text", "lang", "governing"),
    [
        ("China did not condemn Russia's attack on Ukraine.", "en", ("China", "criticizes", "Russia", "negated")),
        ("چین حمله روسیه به اوکراین را محکوم نکرد.", "fa", ("China", "criticizes", "Russia", "negated")),
        ("چین از حمله روسیه به اوکراین حمایت نکرد.", "fa", ("China", "supports", "Russia", "negated")),
        ("لم تدن الصين الهجوم الروسي على أوكرانيا.", "ar", ("China", "criticizes", "Russia", "negated")),
    ],
)
def test_the_negated_verb_leaves_its_event_asserted(text: str, lang: str, governing: tuple[str, str, str, str]) -> None:
    found = triples(text, lang)
    assert governing in found
    assert ("Russia", "attacks", "Ukraine", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Russia did not attack Ukraine.", "en"), ("روسیه به اوکراین حمله نکرد.", "fa")],
)
def test_a_negation_by_its_own_trigger_still_negates(text: str, lang: str) -> None:
    assert ("Russia", "attacks", "Ukraine", "negated") in triples(text, lang)


def test_supporting_a_states_accession_supports_that_state() -> None:
    found = triples("آلمان از پیوستن اوکراین به اتحادیه اروپا حمایت کرد.", "fa")
    assert ("Germany", "supports", "Ukraine", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("روسیه و اوکراین هیچ گاه توافقی با یکدیگر امضا نکردند.", "fa"),
        ("Russia and Ukraine never signed an agreement with each other.", "en"),
    ],
)
def test_one_event_read_twice_keeps_its_negation_only(text: str, lang: str) -> None:
    """The deal noun and its negated signing are one event: it is negated, and not also asserted."""
    signed = {m for s, r, o, m in triples(text, lang) if r == "signs_agreement"}
    assert signed == {"negated"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile and Peru signed a fisheries deal in Lima.", "en"),
        ("شیلی و پرو در لیما توافقنامه شیلات امضا کردند.", "fa"),
        ("وقعت تشيلي وبيرو اتفاقية للصيد في ليما.", "ar"),
    ],
)
def test_one_event_read_twice_is_one_assertion(text: str, lang: str) -> None:
    """The deal noun and its signing verb read one triple with one modality: one assertion says it."""
    signed = [a for a in extract(text, lang) if a.relation == "signs_agreement"]
    assert len(signed) == 1, signed
    assert {signed[0].subject.label, signed[0].object.label} == {"Chile", "Peru"}


def test_signing_into_law_is_no_agreement() -> None:
    found = triples("President Biden signed into law a foreign aid package for Ukraine.", "en")
    assert not any(r == "signs_agreement" for _, r, _, _ in found)
    assert ("United States", "provides_aid", "Ukraine", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # routine sourcing reports without doubt
        ("Chad attacked Libya on Monday, according to the defence ministry.", "en", "asserted"),
        ("هاجمت تشاد ليبيا يوم الاثنين، بحسب وكالة الأنباء الرسمية.", "ar", "asserted"),
        ("به گفته خبرگزاری رسمی، چاد به لیبی حمله کرد.", "fa", "asserted"),
        # a claim the text does not endorse
        ("Chad reportedly attacked Libya on Monday.", "en", "alleged"),
    ],
)
def test_sourcing_is_not_an_allegation(text: str, lang: str, expected: str) -> None:
    assert ("Chad", "attacks", "Libya", expected) in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("نماینده ویژه روسیه فردا در کابل با طالبان دیدار می کند.", "fa", ("Russia", "meets", "Taliban", "planned")),
        ("Putin meets Erdogan tomorrow in Sochi.", "en", ("Russia", "meets", "Turkey", "planned")),
        (
            "ایران و عراق تصمیم گرفته اند توافقنامه امنیتی امضا کنند.",
            "fa",
            ("Iran", "signs_agreement", "Iraq", "planned"),
        ),
    ],
)
def test_tomorrow_and_a_decision_to_act_are_planned(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pompeo canceled his planned visit to Germany at the last minute.",
            "en",
            ("United States", "visits", "Germany", "negated"),
        ),
        ("India refused to condemn Russia.", "en", ("India", "criticizes", "Russia", "negated")),
        (
            "ألغت بغداد زيارة كان وزير الدفاع التركي سيقوم بها إلى العراق.",
            "ar",
            ("Turkey", "visits", "Iraq", "negated"),
        ),
        ("يرفض شولتس إرسال صواريخ توروس إلى أوكرانيا.", "ar", ("Germany", "supplies_arms", "Ukraine", "negated")),
    ],
)
def test_a_cancelled_or_refused_event_is_negated(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, lang)
