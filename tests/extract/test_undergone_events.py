"""An event suffered: "X came under fire from Y", «تعرضت X لقصف من Y», «X از سوی Y مورد حمله قرار گرفت».

The clause's subject undergoes the event noun after a verb of undergoing, and the phrase "from" (من, از) names
its agent. Read as a plain noun, the subject would be the attacker: the direction would be reversed."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Georgian border posts came under mortar fire from Russian troops.", "en", ("Russia", "attacks", "Georgia")),
        ("Kenyan patrols came under attack from Somalia overnight.", "en", ("Somalia", "attacks", "Kenya")),
        ("Saudi refineries were subjected to shelling from Yemen.", "en", ("Yemen", "attacks", "Saudi Arabia")),
        ("تعرضت قرى سورية لقصف مدفعي من تركيا.", "ar", ("Turkey", "attacks", "Syria")),
        ("وقالت بغداد إن مواقع عراقية تعرضت للقصف من إيران.", "ar", ("Iran", "attacks", "Iraq")),
        ("مواضع ارتش سوریه از سوی ترکیه مورد حمله قرار گرفت.", "fa", ("Turkey", "attacks", "Syria")),
    ],
)
def test_the_subject_suffers_and_from_names_the_agent(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    found = {(s, r, o) for s, r, o, _ in triples(text, lang)}
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_an_event_suffered_from_no_one_named_has_no_attacker() -> None:
    # "in Gaza" is where, not who: the army attacks nobody here
    assert not any(r == "attacks" for _, r, _, _ in triples("The Israeli army came under attack in Gaza.", "en"))


def test_about_is_no_verb_of_undergoing() -> None:
    # «در مورد»: about the attack, which keeps its own attacker
    found = triples("ایران در مورد حمله اسرائیل به لبنان هشدار داد.", "fa")
    assert ("Israel", "attacks", "Lebanon", "asserted") in found
