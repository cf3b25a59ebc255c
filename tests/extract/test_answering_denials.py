"""A denial that answers an earlier allegation (in a later clause or the next sentence) gives the denied twin
of the alleged event, when the one who denies is its agent; the allegation stays."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        (
            "Kenya accused Eritrea of arming the Shabaab, which Asmara denies.",
            "en",
            ("Eritrea", "supplies_arms", "al-Shabaab"),
        ),
        (
            "Saudi Arabia accuses Iran of supplying the Houthis with weapons. Iran has denied the accusations.",
            "en",
            ("Iran", "supplies_arms", "Houthis"),
        ),
        (
            "Saudi Arabia accuses Iran of supplying the Houthis with weapons.\n\nIran has denied the accusations.",
            "en",
            ("Iran", "supplies_arms", "Houthis"),
        ),
        (
            "واتهمت البحرين إيران بتزويد الحوثيين بصواريخ. فيما تنفي طهران ذلك.",
            "ar",
            ("Iran", "supplies_arms", "Houthis"),
        ),
        (
            "عربستان ایران را به ارسال سلاح برای حوثی‌ها متهم می‌کند. ایران این اتهام را رد کرده است.",
            "fa",
            ("Iran", "supplies_arms", "Houthis"),
        ),
    ],
)
def test_the_agent_denying_an_allegation_gives_its_denied_twin(
    text: str, lang: str, event: tuple[str, str, str]
) -> None:
    found = triples(text, lang)
    assert (*event, "alleged") in found
    assert (*event, "denied") in found


def test_a_denial_by_someone_else_denies_nothing_of_the_event() -> None:
    found = triples("Russia attacked Ukraine. China denied it.", "en")
    assert ("Russia", "attacks", "Ukraine", "asserted") in found
    assert not any(modality == "denied" for *_, modality in found)


def test_the_one_who_denies_is_the_first_actor_named_in_the_denial() -> None:
    # Kenya, not Eritrea (named later in the clause), rejects the report: Eritrea's arming is not denied
    found = triples("Somalia accused Eritrea of arming the Shabaab. Kenya dismissed the reports about Eritrea.", "en")
    assert ("Eritrea", "supplies_arms", "al-Shabaab", "alleged") in found
    assert ("Eritrea", "supplies_arms", "al-Shabaab", "denied") not in found
