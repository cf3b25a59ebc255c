"""Troops sent to help a state, named weapon systems handed over, congratulations, hosted talks, widened ties."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Rwanda sent troops to Mozambique at the request of its government.", "en", ("Rwanda", "Mozambique")),
        ("بلاروس گروهی از سربازان خود را به روسیه اعزام کرد.", "fa", ("Belarus", "Russia")),
        ("أرسلت رواندا جنودا إلى موزمبيق بطلب من حكومتها.", "ar", ("Rwanda", "Mozambique")),
    ],
)
def test_troops_sent_to_help_a_state_cooperate_with_it(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (*expected[:1], "cooperates_with", expected[1], "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia sent troops into Ukraine in February.", "en"),
        ("أرسلت روسيا قوات إلى أوكرانيا لغزوها.", "ar"),
        ("أرسلت قطر إمدادات طبية إلى قوات الجيش الليبي.", "ar"),  # supplies to a force are no troops sent
    ],
)
def test_an_invasion_or_a_shipment_is_no_dispatch_of_help(text: str, lang: str) -> None:
    assert not any(r == "cooperates_with" for _, r, _, _ in triples(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Norway has offered NASAMS systems to Ukraine.", "en", ("Norway", "Ukraine")),
        ("Greece bought S-300 missiles from Russia.", "en", ("Russia", "Greece")),
        ("روسیه سامانه اس-۴۰۰ را به هند تحویل داد.", "fa", ("Russia", "India")),
        ("سلمت روسيا منظومة إس-400 إلى الهند.", "ar", ("Russia", "India")),
    ],
)
def test_a_named_weapon_system_handed_over_arms_the_recipient(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "supplies_arms", expected[1], "asserted") in triples(text, lang)


def test_a_weapon_system_named_without_a_transfer_arms_no_one() -> None:
    assert not triples("روسیه سامانه اس-۴۰۰ را در کریمه مستقر کرد.", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Egypt congratulated Algeria on its election.", "en", ("Egypt", "Algeria")),
        ("The emir of Qatar sent a congratulatory message to the Turkish president.", "en", ("Qatar", "Turkey")),
        ("ازبکستان به حکومت طالبان تبریک گفت.", "fa", ("Uzbekistan", "Taliban")),
        ("هنأ الرئيس المصري الرئيس الجزائري بفوزه.", "ar", ("Egypt", "Algeria")),
    ],
)
def test_congratulating_supports(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "supports", expected[1], "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kenya hosted talks between Ethiopia and Eritrea.", "en"),
        ("استضافت الكويت محادثات بين إثيوبيا وإريتريا.", "ar"),
    ],
)
def test_a_host_of_talks_between_two_parties_mediates_and_the_parties_meet(text: str, lang: str) -> None:
    found = triples(text, lang)
    host = "Kenya" if lang == "en" else "Kuwait"
    assert {
        (host, "cooperates_with", "Ethiopia", "asserted"),
        (host, "cooperates_with", "Eritrea", "asserted"),
        ("Ethiopia", "meets", "Eritrea", "asserted"),
    } <= found
    assert not any(r == "meets" and host in (s, o) for s, r, o, _ in found)


def test_hosting_a_visitor_is_still_a_meeting() -> None:
    found = triples("Qatar hosted the Iranian foreign minister on Monday.", "en")
    assert ("Qatar", "meets", "Iran", "asserted") in found


def test_widening_ties_and_a_signed_memorandum() -> None:
    assert ("Uzbekistan", "cooperates_with", "China", "asserted") in triples(
        "ازبکستان بر گسترش روابط تجاری با چین تاکید کرد.", "fa"
    )
    assert ("Jordan", "signs_agreement", "Iraq", "asserted") in triples(
        "مذكرة التفاهم الموقعة بين الأردن والعراق تشمل الطاقة.", "ar"
    )


def test_shooting_down_a_states_aircraft_attacks_it() -> None:
    found = triples("India said its jets had shot down a Pakistani drone over Punjab.", "en")
    assert ("India", "attacks", "Pakistan", "asserted") in found


def test_a_persian_warning_in_the_perfect_threatens() -> None:
    assert ("Azerbaijan", "threatens", "Armenia", "asserted") in triples(
        "آذربایجان به ارمنستان هشدار داده است که پاسخ خواهد داد.", "fa"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Qatar extended a $2 billion deposit to Egypt's central bank.", "en", ("Qatar", "Egypt")),
        ("Greece sent search and rescue teams to Turkey.", "en", ("Greece", "Turkey")),
        ("امارات دو میلیارد دلار سپرده به بانک مرکزی مصر داد.", "fa", ("United Arab Emirates", "Egypt")),
        ("أرسلت الجزائر فرق الإنقاذ إلى المغرب.", "ar", ("Algeria", "Morocco")),
    ],
)
def test_deposits_and_rescue_teams_are_aid(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "provides_aid", expected[1], "asserted") in triples(text, lang)


def test_relief_packages_loans_and_a_warning_noun() -> None:
    found = triples("Kuwait announced a relief package to Lebanon.", "en")
    assert ("Kuwait", "provides_aid", "Lebanon", "asserted") in found
    assert ("China", "provides_aid", "Laos", "asserted") in triples("منحت الصين قروضا إلى لاوس.", "ar")
    found = triples("هشدار روسیه به گرجستان درباره ناتو", "fa")
    assert ("Russia", "threatens", "Georgia", "asserted") in found
    assert not triples("هشدار سازمان هواشناسی درباره طوفان", "fa")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sudan long provided a safe haven for Hamas.", "en", ("Sudan", "Hamas")),
        ("Syria harboured the PKK for years.", "en", ("Syria", "PKK")),
        ("ایران به اعضای القاعده پناهگاه داده است.", "fa", ("Iran", "al-Qaeda")),
        ("مجارستان با عضویت سوئد در ناتو موافقت کرد.", "fa", ("Hungary", "Sweden")),
        ("نفت قطر انحيازها لحركة حماس.", "ar", ("Qatar", "Hamas")),
    ],
)
def test_havens_sides_taken_and_approved_accessions_support(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert any(s == expected[0] and r == "supports" and o == expected[1] for s, r, o, _ in triples(text, lang))
