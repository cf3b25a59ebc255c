"""Modality cues of news reporting: a time to come makes the clause's event planned wherever it stands; what
goes on ("will continue to") is no plan; blame and claims are allegations; a source reported without doubt
("sources said") is not."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Obama visits Cuba next week.", "en", ("United States", "visits", "Cuba", "planned")),
        (
            "The president of Algeria visits Tunisia in the coming days.",
            "en",
            ("Algeria", "visits", "Tunisia", "planned"),
        ),
        ("يزور الرئيس الجزائري تونس في الأسابيع المقبلة.", "ar", ("Algeria", "visits", "Tunisia", "planned")),
        ("رئیس جمهور الجزایر هفته آینده به تونس سفر می کند.", "fa", ("Algeria", "visits", "Tunisia", "planned")),
    ],
)
def test_a_time_to_come_makes_the_event_planned(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in triples(text, lang)


def test_an_anticipated_noun_qualifies_its_noun_only() -> None:
    # "المرتقبة" describes the talks, not the visit before them
    found = triples("وزار روبيو الرياض قبل جولة مفاوضات مرتقبة في جدة.", "ar")
    assert ("United States", "visits", "Saudi Arabia", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Japan will continue to stand with Moldova.", "en", ("Japan", "supports", "Moldova")),
        ("Russia will always support Belarus.", "en", ("Russia", "supports", "Belarus")),
        ("Bahrain was the first to cut ties with Iran.", "en", ("Bahrain", "criticizes", "Iran")),
        ("ستواصل مصر دعم السودان.", "ar", ("Egypt", "supports", "Sudan")),
    ],
)
def test_what_goes_on_is_no_plan(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in triples(text, lang)
    assert (*expected, "planned") not in triples(text, lang)


def test_a_plain_future_is_still_planned() -> None:
    assert triples("China will support Kazakhstan.", "en") == {("China", "supports", "Kazakhstan", "planned")}


def test_blame_and_claims_are_allegations() -> None:
    found = triples("Azerbaijan and Armenia blamed each other for the clashes along their frontier.", "en")
    assert ("Armenia", "attacks", "Azerbaijan", "alleged") in found
    assert ("Houthis", "attacks", "United States", "alleged") in triples(
        "The Houthis claim two attacks on a US destroyer.", "en"
    )
    assert ("Pakistan", "attacks", "Afghanistan", "alleged") in triples(
        "وجددت كابول اتهام باكستان بشن هجمات على أفغانستان.", "ar"
    )


def test_sources_reported_without_doubt_are_no_allegation() -> None:
    found = triples("Egypt delivered military aid to Somalia on Tuesday, three diplomatic sources said.", "en")
    assert ("Egypt", "supplies_arms", "Somalia", "asserted") in found


def test_a_question_about_a_fact_takes_it_as_given() -> None:
    assert ("Serbia", "criticizes", "United States", "asserted") in triples(
        "Why did Serbia sever ties with the United States?", "en"
    )
    assert triples("Will Iran attack Israel?", "en") == {("Iran", "attacks", "Israel", "speculative")}


def test_what_should_be_done_is_not_done() -> None:
    assert ("Iran", "attacks", "United Kingdom", "speculative") in triples(
        "A former commander says Iran should seize a UK oil tanker.", "en"
    )
    assert triples("يجب أن تفرض بريطانيا عقوبات على إيران.", "ar") == {
        ("United Kingdom", "sanctions", "Iran", "speculative")
    }


def test_a_pledge_of_countermeasures_is_an_asserted_threat() -> None:
    assert ("North Korea", "threatens", "United States", "asserted") in triples(
        "Pyongyang said it should answer with firm counteraction against the United States.", "en"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "فنلند و سوئد درخواست خود برای عضویت در ناتو را ارائه کردند.",
            "fa",
            ("Sweden", "allied_with", "NATO", "planned"),
        ),
        ("فنلند و سوئد رسما برای عضویت در ناتو دعوت شده اند.", "fa", ("Finland", "allied_with", "NATO", "planned")),
        ("قدمت السويد طلب الانضمام إلى حلف الناتو.", "ar", ("Sweden", "allied_with", "NATO", "planned")),
        # done at someone's request is done, not requested
        ("به درخواست ایران، پوتین به تهران سفر کرد.", "fa", ("Russia", "visits", "Iran", "asserted")),
        ("وزار بوتين طهران بطلب من إيران.", "ar", ("Russia", "visits", "Iran", "asserted")),
    ],
)
def test_a_request_or_an_invitation_plans_what_it_asks_for(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in triples(text, lang)


def test_an_attribution_after_the_event_does_not_make_it_alleged() -> None:
    found = triples("Malawi closed the border with Zambia on Monday, accusing it of harbouring rebels.", "en")
    assert ("Malawi", "sanctions", "Zambia", "asserted") in found
    found = triples("Zambia claimed that Malawi had shut the border with Tanzania.", "en")
    assert ("Malawi", "sanctions", "Tanzania", "alleged") in found


def test_persian_readiness_and_interest_plan_what_they_govern() -> None:
    assert ("Iran", "provides_aid", "Syria", "planned") in triples("ایران آماده ارسال کمک به سوریه است.", "fa")
    found = triples("ترکیه علاقمند گسترش روابط با مصر است.", "fa")
    assert ("Turkey", "cooperates_with", "Egypt", "planned") in found
    # a purpose named on the way does not make the trip a plan
    found = triples("وزیر خارجه ایران برای امضای توافق با روسیه به مسکو سفر کرد.", "fa")
    assert ("Iran", "visits", "Russia", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Canberra is weighing sanctions on Myanmar.", "en", ("Australia", "sanctions", "Myanmar", "speculative")),
        (
            "Ottawa is considering imposing sanctions on Belarus.",
            "en",
            ("Canada", "sanctions", "Belarus", "speculative"),
        ),
        ("وتدرس الحكومة اليابانية فرض عقوبات على ميانمار.", "ar", ("Japan", "sanctions", "Myanmar", "speculative")),
    ],
)
def test_a_measure_under_consideration_is_speculative(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in triples(text, lang)


def test_a_negating_verb_behind_a_preposition_is_a_noun_and_negates_nothing() -> None:
    # "لفشل الجامعة": at the failure of the League; the criticism after it stands
    found = triples("أعربت الكويت عن أسفها لفشل الجامعة العربية، وانتقدت موقف إيران.", "ar")
    assert found
    assert all(modality != "negated" for *_, modality in found), found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "plans to" inside "no plans to" is no plan: the whole phrase negates
        ("Seoul has no plans to impose sanctions on Russia.", "en", ("South Korea", "sanctions", "Russia", "negated")),
        ("Tokyo has no plan to visit Pyongyang.", "en", ("Japan", "visits", "North Korea", "negated")),
        ("Beijing said it had no intention of attacking Taiwan.", "en", ("China", "attacks", "Taiwan", "negated")),
        ("أكدت تركيا أنه ليست لديها خطط لفرض عقوبات على روسيا.", "ar", ("Turkey", "sanctions", "Russia", "negated")),
        ("کره جنوبی هیچ برنامه‌ای برای تحریم روسیه ندارد.", "fa", ("South Korea", "sanctions", "Russia", "negated")),
    ],
)
def test_having_no_plan_negates_the_event(text: str, lang: str, expected: tuple[str, ...]) -> None:
    found = triples(text, lang)
    assert expected in found
    assert not any(t[:3] == expected[:3] and t[3] == "planned" for t in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("منعت مصر دخول المساعدات إلى ليبيا.", "ar"),
        ("مصر از ورود کمک‌های بشردوستانه به لیبی جلوگیری کرد.", "fa"),
    ],
)
def test_aid_prevented_is_no_aid_given(text: str, lang: str) -> None:
    found = triples(text, lang)
    assert not any(r == "provides_aid" and m == "asserted" for _, r, _, m in found), found
