"""A condition asserts nothing ("if X attacks Y" is speculative, whatever the main clause says), and a retaliation
still to come is a threat, asserted as one, while a retaliation carried out is an attack."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "conditional"),
    [
        ("If Iran attacks Israel, the United States will defend it.", "en", ("Iran", "attacks", "Israel")),
        ("The Kremlin warned of countermeasures if Finland joins NATO.", "en", ("Finland", "allied_with", "NATO")),
        ("وحذرت روسيا من أنه إذا انضمت فنلندا إلى الناتو فسترد بقوة.", "ar", ("Finland", "allied_with", "NATO")),
        ("اگر اسرائیل به ایران حمله کند، ایران پاسخ خواهد داد.", "fa", ("Israel", "attacks", "Iran")),
    ],
)
def test_an_event_inside_a_condition_is_speculative(text: str, lang: str, conditional: tuple[str, str, str]) -> None:
    found = {t for t in triples(text, lang) if t[:3] == conditional}
    assert found == {(*conditional, "speculative")}


def test_a_condition_after_the_main_clause_leaves_it_as_it_was() -> None:
    found = triples("Russia will supply arms to Syria unless the West lifts sanctions.", "en")
    assert ("Russia", "supplies_arms", "Syria", "planned") in found


def test_a_retaliation_to_come_is_an_asserted_threat() -> None:
    assert triples("Pakistan said it would retaliate against India.", "en") == {
        ("Pakistan", "threatens", "India", "asserted")
    }
    assert ("Iran", "threatens", "Israel", "asserted") in triples(
        "Iran will hit back at Israel, a commander said.", "en"
    )


def test_a_retaliation_carried_out_is_an_attack() -> None:
    assert triples("Israel retaliated against Iran on Friday.", "en") == {("Israel", "attacks", "Iran", "asserted")}


def test_playing_with_fire_is_a_warning_not_a_shot() -> None:
    found = triples("China warned the United States that it was playing with fire over Taiwan.", "en")
    assert ("China", "threatens", "United States", "asserted") in found
    assert not {t for t in found if t[1] == "attacks"}


@pytest.mark.parametrize(
    ("text", "lang", "threat"),
    [
        (
            "The Kenyan foreign minister said the move will have serious consequences for Somalia.",
            "en",
            ("Kenya", "Somalia"),
        ),
        ("Ghana warned of a heavy price for Togo.", "en", ("Ghana", "Togo")),
        ("حذرت مصر من عواقب وخيمة على إثيوبيا.", "ar", ("Egypt", "Ethiopia")),
        ("ترکیه گفت که این اقدام عواقب وخیمی برای یونان خواهد داشت.", "fa", ("Turkey", "Greece")),
    ],
)
def test_consequences_warned_of_threaten_whom_they_fall_on(text: str, lang: str, threat: tuple[str, str]) -> None:
    assert (threat[0], "threatens", threat[1], "asserted") in triples(text, lang)


def test_consequences_of_a_natural_event_threaten_no_one() -> None:
    assert triples("The consequences for Chad of the drought were severe.", "en") == set()
