"""Who spoke is who "it" is after a reporting verb; "supplied X with arms" makes X the recipient."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil said it would send food aid to Haiti.", ("Brazil", "provides_aid", "Haiti", "planned")),
        ("Egypt insisted that it had not supplied weapons to Libya.", ("Egypt", "supplies_arms", "Libya", "negated")),
        ("Norway announced it would impose sanctions on Belarus.", ("Norway", "sanctions", "Belarus", "planned")),
        # a time or a channel between the verb and "that"
        (
            "Chile insisted on Monday that it had never sold weapons to Bolivia.",
            ("Chile", "supplies_arms", "Bolivia", "negated"),
        ),
        (
            "Kenya said in its statement that it would ship food aid to Somalia.",
            ("Kenya", "provides_aid", "Somalia", "planned"),
        ),
    ],
)
def test_a_pronoun_after_a_reporting_verb_is_the_speaker(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "en")


def test_a_pronoun_far_from_any_speaker_names_no_one() -> None:
    found = triples("Officials said on Monday, after a long meeting in the capital, it would send aid to Haiti.", "en")
    assert not [t for t in found if t[1] == "provides_aid"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus supplied Russia with artillery shells.", ("Belarus", "supplies_arms", "Russia", "asserted")),
        ("France will provide Ukraine with tanks.", ("France", "supplies_arms", "Ukraine", "planned")),
    ],
)
def test_the_actor_before_with_receives_the_arms(text: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, "en")
    assert expected in found
    assert (expected[2], "supplies_arms", expected[0], expected[3]) not in found


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        ("لاوروف گفت ترکیه به سوریه حمله کرد.", ("Turkey", "attacks", "Syria", "asserted"), "Russia"),
        ("پوتین افزود چین با پاکستان همکاری می کند.", ("China", "cooperates_with", "Pakistan", "asserted"), "Russia"),
        (
            "وزیر خارجه ایران تاکید کرد عراق با کویت همکاری می کند.",
            ("Iraq", "cooperates_with", "Kuwait", "asserted"),
            "Iran",
        ),
    ],
)
def test_a_persian_report_without_ke_has_its_own_subject(
    text: str, expected: tuple[str, str, str, str], speaker: str
) -> None:
    found = triples(text, "fa")
    assert expected in found
    assert not [t for t in found if t[0] == speaker]


def test_talks_written_as_three_words_is_a_meeting_not_a_report() -> None:
    found = triples("پوتین و اردوغان در سوچی گفت و گو کردند.", "fa")
    assert ("Russia", "meets", "Turkey", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Araghchi arrived in Moscow. He later met Putin.", "en", ("Iran", "meets", "Russia")),
        ("عباس عراقچی به مسکو سفر کرد. وی با لاوروف دیدار کرد.", "fa", ("Iran", "meets", "Russia")),
    ],
)
def test_a_pronoun_opening_a_sentence_is_the_person_named_last(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert (*expected, "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Putin met Maduro in Moscow, where Russia and Venezuela signed a deal. Putin said his country backs Cuba.",
            "en",
        ),
        ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران. وأكد أن بلاده تدعم كوبا.", "ar"),
    ],
)
def test_his_country_is_the_country_of_the_person_named_last(text: str, lang: str) -> None:
    # the state named last is Venezuela or Iran; the speaker's country is Russia
    assert ("Russia", "supports", "Cuba", "asserted") in triples(text, lang)


def test_a_pronoun_with_no_person_before_it_names_no_one() -> None:
    assert triples("Iran and Russia signed a deal. He said more would follow.", "en") == {
        ("Iran", "signs_agreement", "Russia", "asserted")
    }
