"""A text speaks for those who put it forward: "a resolution tabled by A, B and C criticized X" is A, B and C
criticizing X, and the co-sponsors cooperate. Examples written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "sponsors", "target"),
    [
        (
            "A resolution tabled by France, Germany and Britain criticized Iran.",
            {"France", "Germany", "United Kingdom"},
            "Iran",
        ),
        ("The resolution, put forward by Britain and France, condemned Syria.", {"United Kingdom", "France"}, "Syria"),
    ],
)
def test_the_sponsors_of_a_text_say_what_it_says(text: str, sponsors: set[str], target: str) -> None:
    found = triples(text, "en")
    assert {s for s, r, o, m in found if r == "criticizes" and o == target and m == "asserted"} == sponsors
    cooperating = {frozenset((s, o)) for s, r, o, _ in found if r == "cooperates_with"}
    assert frozenset(sorted(sponsors)[:2]) in cooperating


def test_a_text_does_no_material_act_of_its_sponsors() -> None:
    """The aid a draft is about is not its sponsors' aid (only what a text can say is theirs)."""
    found = triples("A draft resolution proposed by Malta and Slovenia called for more aid to Sudan.", "en")
    assert not {t for t in found if t[1] == "provides_aid" and t[0] in ("Malta", "Slovenia")}, found
