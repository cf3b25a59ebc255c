"""The speaker of a verb of saying is not the agent of the event noun it reports: "Lavrov said the strikes on
Syria were illegal" names no attacker. A pronoun the speaker stands for still acts as the verb's subject."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lavrov said the strikes on Georgia were illegal.", "en"),
        ("Ankara says the raids on Armenia broke the truce.", "en"),
        ("قال لافروف إن الضربات على جورجيا غير قانونية.", "ar"),
        ("لاوروف گفت حملات به گرجستان غیرقانونی است.", "fa"),
    ],
)
def test_the_speaker_is_not_the_agent_of_the_event_reported(text: str, lang: str) -> None:
    assert not any(r == "attacks" for _, r, _, _ in triples(text, lang))


def test_a_pronoun_the_speaker_stands_for_still_acts() -> None:
    found = triples("Russia said it launched strikes on Georgia.", "en")
    assert ("Russia", "attacks", "Georgia", "asserted") in found
