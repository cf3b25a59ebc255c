"""Issue 12, relations half: constructions of real reporting (quotes, nominalized events, embedded events)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor, triples

from geograph.extract.document import DocState
from geograph.normalize import normalize


def _sentences(text: str, lang: str) -> list[str]:
    state: DocState = extractor().pipeline(lang)(normalize(text).text)._.geo
    return [" ".join(state.words[start:end]) for start, end in state.sentences]


@pytest.mark.parametrize(
    ("text", "lang", "ending"),
    [
        ("وزیر گفت «ما آماده گفتگو هستیم». سپس نشست پایان یافت.", "fa", ["هستیم", "»", "."]),
        ("وقال الوزير «نحن مستعدون للحوار». ثم انتهى الاجتماع.", "ar", ["للحوار", "»", "."]),
        ("وقال الوزير “نحن مستعدون”. ثم انتهى الاجتماع.", "ar", ["مستعدون", "”", "."]),
        ("The minister said “we are ready.” Then the meeting ended.", "en", ["ready", ".", "”"]),
    ],
)
def test_a_full_stop_after_a_closing_quote_ends_the_sentence(text: str, lang: str, ending: list[str]) -> None:
    sentences = _sentences(text, lang)
    assert len(sentences) == 2
    assert sentences[0].split()[-3:] == [normalize(w).text for w in ending]


def test_an_event_noun_governed_by_a_verb_of_another_relation_takes_neither_its_subject_nor_its_agent() -> None:
    assert triples("Germany condemned the attack on Syria.", "en") == set()
    assert triples("Brazil denounced the bombing of Gaza.", "en") == set()
    assert triples("Russia's invasion of Ukraine was condemned by France.", "en") == {
        ("Russia", "attacks", "Ukraine", "asserted"),
        ("France", "criticizes", "Russia", "asserted"),
    }
    found = triples("Chile criticized the strikes on Yemen by Britain.", "en")
    assert ("United Kingdom", "attacks", "Yemen", "asserted") in found
    assert not any(t[0] == "Chile" and t[1] == "attacks" for t in found)


def test_an_event_noun_under_a_verb_of_its_own_relation_keeps_the_clause_subject() -> None:
    found = triples("Washington accused Iran of smuggling missiles to the Houthis.", "en")
    assert ("Iran", "supplies_arms", "Houthis", "alleged") in found
    found = triples("Norway, a treaty ally of Denmark since 1949, sent ships.", "en")  # no verb between
    assert ("Norway", "allied_with", "Denmark", "asserted") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The text was prepared by Norway and Mexico.", ("Norway", "Mexico")),
        ("Ghana, Gabon and Kenya presented a resolution on Monday.", ("Ghana", "Kenya")),
        ("The friendship between Chile and Argentina is strong.", ("Chile", "Argentina")),
    ],
)
def test_co_sponsors_and_friends_cooperate(pair: tuple[str, str], text: str) -> None:
    found = triples(text, "en")
    assert (pair[0], "cooperates_with", pair[1], "asserted") in found or (
        pair[1],
        "cooperates_with",
        pair[0],
        "asserted",
    ) in found


def test_one_sponsor_alone_cooperates_with_no_one() -> None:
    assert not [
        t for t in triples("A plan proposed by China was discussed in Geneva.", "en") if t[1] == "cooperates_with"
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas ally Hezbollah fired rockets at Israel.", ("Hamas", "Hezbollah")),
        ("Serbia and its closest ally Russia signed new deals.", ("Serbia", "Russia")),
    ],
)
def test_ally_before_a_name_makes_them_allies(text: str, pair: tuple[str, str]) -> None:
    found = {(t[0], t[2]) for t in triples(text, "en") if t[1] == "allied_with"}
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden's membership bid was held up by Turkey for months.", ("Turkey", "vetoes", "Sweden", "asserted")),
        ("Greece blocked North Macedonia's bid to join the EU.", ("Greece", "vetoes", "North Macedonia", "asserted")),
        ("China vetoed a US push for Myanmar sanctions.", ("China", "vetoes", "Myanmar", "asserted")),
    ],
)
def test_a_blocked_measure_names_its_target_before_it(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lula spoke to the press while holding talks with Argentina's president in Brasilia.",
            ("Brazil", "meets", "Argentina", "asserted"),
        ),
        ("Erdogan spoke to reporters after meeting Putin in Sochi.", ("Turkey", "meets", "Russia", "asserted")),
    ],
)
def test_a_gerund_after_while_or_after_takes_the_main_subject(text: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, "en")
    assert expected in found or (expected[2], expected[1], expected[0], expected[3]) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجمت حركة الشباب المدعومة من إريتريا كينيا.", ("Eritrea", "supports", "al-Shabaab", "asserted")),
        ("قال الوزير إن مصر ستواصل الوقوف إلى جانب السودان.", ("Egypt", "supports", "Sudan", "planned")),
    ],
)
def test_arabic_backing_and_standing_by(text: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, "ar")
    assert expected[:3] in {t[:3] for t in found}


@pytest.mark.parametrize(
    ("text", "lang", "member"),
    [
        ("Sweden joined NATO on Thursday.", "en", "Sweden"),
        ("Stockholm's accession to NATO was completed.", "en", "Sweden"),
        ("پیوستن فنلاند به ناتو نهایی شد.", "fa", "Finland"),
        ("انضمت السويد إلى حلف الناتو.", "ar", "Sweden"),
    ],
)
def test_joining_a_military_alliance_is_being_allied_with_it(text: str, lang: str, member: str) -> None:
    found = {t[:3] for t in triples(text, lang)}
    assert (member, "allied_with", "NATO") in found
    assert (member, "cooperates_with", "NATO") not in found


def test_joining_another_body_stays_cooperation() -> None:
    found = {t[:3] for t in triples("Kenya joined the African Union in 2002.", "en")}
    assert ("Kenya", "cooperates_with", "African Union") in found


def test_a_blocked_measure_as_passive_subject_is_not_the_actor_before_it() -> None:
    found = triples("Finland joined NATO in April, a year after its application had been held up by Turkey.", "en")
    assert ("Turkey", "vetoes", "NATO", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Venezuela vowed retaliation against Guyana.", "en", ("Venezuela", "Guyana")),
        ("Tehran promised punitive action against Baku over the drills.", "en", ("Iran", "Azerbaijan")),
        ("توعدت إيران برد حازم على إسرائيل.", "ar", ("Iran", "Israel")),
    ],
)
def test_pledged_retaliation_is_a_threat(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "threatens", pair[1]) in {t[:3] for t in triples(text, lang)}


def test_targeting_through_sanctions_is_sanctioning_not_attacking() -> None:
    found = {t[:3] for t in triples("Canada targets Belarus's potash exports in new sanctions.", "en")}
    assert ("Canada", "sanctions", "Belarus") in found
    assert ("Canada", "attacks", "Belarus") not in found
    assert ("Israel", "attacks", "Syria") in {t[:3] for t in triples("Israeli jets targeted Syria on Monday.", "en")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Will Chile sanction Peru?", "en", ("Chile", "sanctions", "Peru", "speculative")),
        ("آیا ترکیه به سوریه حمله می کند؟", "fa", ("Turkey", "attacks", "Syria", "speculative")),
        ("هل تهاجم تركيا سوريا؟", "ar", ("Turkey", "attacks", "Syria", "speculative")),
    ],
)
def test_a_question_asserts_nothing(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, lang)
    assert expected in found
    assert not [t for t in found if t[3] == "asserted"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Security Council of Armenia condemned Turkey.", "en"),
        ("شورای امنیت ارمنستان ترکیه را محکوم کرد.", "fa"),
        ("دان مجلس الأمن الأرميني تركيا.", "ar"),
    ],
)
def test_a_states_own_security_council_is_not_the_uns(text: str, lang: str) -> None:
    found = {t[:3] for t in triples(text, lang)}
    assert ("Armenia", "criticizes", "Turkey") in found
    assert not [t for t in found if t[0] == "UN Security Council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joining a measure or a campaign takes part in it: the joiner is its agent
        ("Norway joined the sanctions against Belarus.", ("Norway", "sanctions", "Belarus", "asserted")),
        ("Canada joined the embargo on Venezuela.", ("Canada", "sanctions", "Venezuela", "asserted")),
        # and a refusal to join reaches through the verb to the measure
        ("Serbia has refused to join sanctions on Russia.", ("Serbia", "sanctions", "Russia", "negated")),
    ],
)
def test_joining_a_measure_takes_part_in_it(text: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, "en")
    assert expected in found, found
    assert not any(t[:3] == expected[:3] and t[3] != expected[3] for t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition describes the actor before it; what it names is not the clause's subject
        ("Greece, a NATO member, condemned Turkey.", ("Greece", "criticizes", "Turkey", "asserted")),
        ("Kenya, an African Union member, sent police to Haiti.", None),
        ("Poland, an EU member, delivered tanks to Ukraine.", ("Poland", "supplies_arms", "Ukraine", "asserted")),
        # ... and takes the actor it describes as its own subject
        ("South Korea, a treaty ally of the United States, criticized North Korea.", None),
    ],
)
def test_an_apposition_is_a_clause_of_its_own(text: str, expected: tuple[str, str, str, str] | None) -> None:
    found = triples(text, "en")
    assert not any(s in ("NATO", "European Union", "African Union") for s, *_ in found), found
    if expected is not None:
        assert expected in found, found


def test_an_apposition_describes_the_actor_before_it() -> None:
    found = triples("South Korea, a treaty ally of the United States, criticized North Korea.", "en")
    assert ("South Korea", "allied_with", "United States", "asserted") in found, found
    assert ("South Korea", "criticizes", "North Korea", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanoi deepened its economic ties with Seoul.", ("Vietnam", "cooperates_with", "South Korea", "asserted")),
        ("Brazil strengthened relations with Angola.", ("Brazil", "cooperates_with", "Angola", "asserted")),
        ("Chile is expanding defence cooperation with Peru.", ("Chile", "cooperates_with", "Peru", "asserted")),
    ],
)
def test_ties_that_deepen_are_cooperation(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "en")


def test_a_verb_far_from_the_ties_noun_is_no_cooperation() -> None:
    # "expanded" governs the programme; the strained relations are no cooperation
    found = triples("Iran expanded its nuclear programme, straining relations with Britain.", "en")
    assert not any(r == "cooperates_with" for _, r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the talks a traveller sets out for are the traveller's
        (
            "Jaishankar arrived in Beijing for talks with Wang Yi.",
            ("India", "meets", "China", "asserted"),
        ),
        ("The Chilean president flew to Lima for talks with Peru's president.", ("Chile", "meets", "Peru", "asserted")),
    ],
)
def test_the_talks_a_traveller_arrives_for_are_the_travellers(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "vetoer", "target"),
    [
        ("Poland blocked a joint EU statement criticizing Israel.", "en", "Poland", "Israel"),
        ("استخدمت روسيا حق النقض ضد مشروع قرار يدين إيران في مجلس الأمن.", "ar", "Russia", "Iran"),
    ],
)
def test_what_a_blocked_measure_would_have_said_did_not_happen(text: str, lang: str, vetoer: str, target: str) -> None:
    found = triples(text, lang)
    assert (vetoer, "vetoes", target, "asserted") in found, found
    # neither the body whose statement it was nor the vetoer criticized anyone
    assert not any(r == "criticizes" for _, r, _, _ in found), found


def test_an_arabic_blocking_verb_takes_its_subject_after_it() -> None:
    found = triples("عرقلت الصين مشروع قرار يدين ميانمار في مجلس الأمن.", "ar")
    assert ("China", "vetoes", "Myanmar", "asserted") in found, found
    assert not any(r == "criticizes" for _, r, _, _ in found), found
