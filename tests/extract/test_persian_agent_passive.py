"""Persian passives: «شد» or «قرار گرفت» after a trigger, with an agent («توسط», «از سوی») before it in its clause,
makes the actor before them suffer the act and the agent do it. Without an agent «شد» is no passive (verbs of
becoming and arriving). Examples written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ساختمان سفارت ایران در دمشق توسط اسرائیل هدف قرار گرفت.", ("Israel", "attacks", "Iran")),
        ("ایران از سوی آمریکا تحریم شد.", ("United States", "sanctions", "Iran")),
        ("مواضع حزب الله در جنوب لبنان توسط جنگنده های اسرائیلی بمباران شد.", ("Israel", "attacks", "Hezbollah")),
        ("سفیر ایران از سوی وزارت خارجه آلمان احضار شد.", ("Germany", "criticizes", "Iran")),
    ],
)
def test_the_agent_acts_on_the_actor_before_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, "fa")
    assert (*expected, "asserted") in found
    _, relation, obj = expected
    assert not {t for t in found if t[1] == relation and t[0] == obj}, found  # never reversed


def test_without_an_agent_the_light_verb_is_active() -> None:
    assert ("Iran", "visits", "Russia", "asserted") in triples("رئیسی وارد مسکو شد.", "fa")


def test_a_boycotted_meeting_is_no_sanction_between_its_boycotters() -> None:
    found = triples("نشست توسط روسیه و چین تحریم شد.", "fa")
    assert not {t for t in found if t[1] == "sanctions"}, found


@pytest.mark.parametrize(
    ("text", "event", "condemnation"),
    [
        (
            "تهاجم روسیه به اوکراین از سوی ژاپن محکوم شد.",
            ("Russia", "attacks", "Ukraine"),
            ("Japan", "criticizes", "Russia"),
        ),
        (
            "حمله اسرائیل به غزه توسط ترکیه محکوم شد.",
            ("Israel", "attacks", "Gaza Strip"),
            ("Turkey", "criticizes", "Israel"),
        ),
    ],
)
def test_the_agent_of_a_condemnation_is_not_the_attacker(
    text: str, event: tuple[str, str, str], condemnation: tuple[str, str, str]
) -> None:
    """ "X's invasion of Y was condemned by Z" is X attacks Y and Z criticizes X, never Z attacks Y."""
    found = triples(text, "fa")
    assert (*event, "asserted") in found
    assert (*condemnation, "asserted") in found
    assert not {t for t in found if t[1] == "attacks" and t[0] == condemnation[0]}, found


def test_the_body_a_complaint_is_lodged_with_is_no_target() -> None:
    """«از حملات روسیه به سازمان ملل شکایت کرد»: Ukraine complains to the UN about Russia's attacks; the «به» before
    the complaint marks where it is lodged (entry key ``lodged_with``), not the attacks' target."""
    found = triples("اوکراین از حملات روسیه به سازمان ملل شکایت کرد.", "fa")
    assert ("Ukraine", "criticizes", "Russia", "asserted") in found
    assert not {t for t in found if t[1] == "attacks" and t[2] == "United Nations"}, found
