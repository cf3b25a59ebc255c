"""A demand asks for an event that has not happened (the annotation conventions, data/realnews/README.md):
the demander's own act is planned, an act asked of another is speculative, an appeal's addressee acts (never
the appellant), and what a demand asks to stop goes on. Examples written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Netanyahu called for strikes on Iran's nuclear sites.", "en"),
        ("نتانیاهو خواستار حمله به تاسیسات هسته ای ایران شد.", "fa"),
    ],
)
def test_a_call_for_the_callers_own_strike_plans_it(text: str, lang: str) -> None:
    attacks = {m for s, r, o, m in triples(text, lang) if (s, r, o) == ("Israel", "attacks", "Iran")}
    assert attacks == {"planned"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Poland demanded that Germany deliver Leopard tanks to Ukraine.", "en", ("Germany", "Ukraine")),
        ("Zelensky urged the West to impose sanctions on Iran.", "en", ("the West", "Iran")),
        ("حث الرئيس الأوكراني ألمانيا على تزويد أوكرانيا بصواريخ توروس.", "ar", ("Germany", "Ukraine")),
        ("طالب الرئيس الأوكراني الدول الغربية بتزويد بلاده بمزيد من الأسلحة.", "ar", ("the West", "Ukraine")),
    ],
)
def test_an_act_asked_of_another_is_speculative(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = triples(text, lang)
    read = {(s, o, m) for s, r, o, m in found if r in ("supplies_arms", "sanctions")}
    assert read == {(*expected, "speculative")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelensky urged the West to impose sanctions on Iran.", "en"),
        ("حث الرئيس الأوكراني ألمانيا على تزويد أوكرانيا بصواريخ توروس.", "ar"),
    ],
)
def test_the_appellant_is_never_the_actor_of_the_appeal(text: str, lang: str) -> None:
    assert not {t for t in triples(text, lang) if t[0] == "Ukraine"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran called for a halt to Israeli attacks on Gaza.", "en"),
        ("ایران خواستار توقف حملات اسرائیل به غزه شد.", "fa"),
        ("دعت إيران إلى وقف الهجمات الإسرائيلية على غزة.", "ar"),
    ],
)
def test_what_a_demand_asks_to_stop_goes_on(text: str, lang: str) -> None:
    attacks = {m for s, r, o, m in triples(text, lang) if (s, r) == ("Israel", "attacks")}
    assert attacks == {"asserted"}


def test_a_demand_reaches_the_event_named_again_and_coordinated() -> None:
    found = triples("The United States called for sanctions and an arms embargo on Myanmar.", "en")
    assert {m for s, r, o, m in found if r == "sanctions"} == {"planned"}


def test_a_demand_does_not_reach_the_event_its_event_governs() -> None:
    """The reason for the sanctions is reported, not demanded."""
    found = triples("Zelensky urged the West to impose sanctions on Iran for supplying drones to Russia.", "en")
    assert ("Iran", "supplies_arms", "Russia", "asserted") in found


def test_a_demand_in_a_relative_clause_leaves_the_main_clause_asserted() -> None:
    found = triples("Iran, which called for restraint, attacked Israel on Sunday.", "en")
    assert ("Iran", "attacks", "Israel", "asserted") in found


def test_a_call_to_visit_is_an_invitation() -> None:
    found = triples("دعا الرئيس الروسي نظيره الصيني إلى زيارة موسكو.", "ar")
    assert ("China", "visits", "Russia", "planned") in found


def test_a_stronger_cue_outranks_the_demanders_plan() -> None:
    """A reported demand ("reports indicate X seeks a pact with Y") stays alleged."""
    text = "گزارشها حاکی است عربستان خواستار یک پیمان دفاعی با آمریکا است."
    allied = {m for s, r, o, m in triples(text, "fa") if r == "allied_with"}
    assert allied == {"alleged"}


def test_a_demand_verb_inside_another_word_is_none() -> None:
    """«وبحث» (and discussed) is not و + ب + «حث» (urged)."""
    found = triples("وبحث وزير الخارجية الروسي في اتصال هاتفي مع نظيره التركي الأزمة الليبية.", "ar")
    assert ("Russia", "cooperates_with", "Turkey", "asserted") in found
