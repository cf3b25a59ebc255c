"""Companies as actors in their own right: named by a corporate suffix, or listed in the gazetteer; never folded
into the state that places them (self-written sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import extract, triples

from geograph.extract import Extractor
from geograph.records import Article


def _mentioned(text: str) -> list[tuple[str, str]]:
    extraction = Extractor().extract(Article(id="companies", text=text, lang="en"))
    return [(m.actor.label, m.actor.id) for m in extraction.mentions]


def test_a_name_closed_by_a_corporate_suffix_is_a_company_keyed_locally() -> None:
    (sanction,) = extract("The United States sanctioned Halvor Shipping Ltd on Tuesday.", "en")
    assert (sanction.subject.label, sanction.relation, sanction.object.label) == (
        "United States",
        "sanctions",
        "Halvor Shipping",
    )
    assert sanction.object.type == "organization"
    assert sanction.object.id == "org-halvor-shipping"
    assert sanction.object.wikidata is None and sanction.object.state is None


@pytest.mark.parametrize(
    "text",
    [
        "The United States sanctioned Halvor Shipping Ltd of Cyprus.",
        "The United States sanctioned the Cyprus-based Halvor Shipping Ltd.",
    ],
)
def test_the_state_that_places_a_company_is_not_sanctioned(text: str) -> None:
    found = triples(text, "en")
    assert ("United States", "sanctions", "Halvor Shipping", "asserted") in found
    assert not any(o == "Cyprus" for _, _, o, _ in found)


def test_a_suffix_alone_or_after_a_stop_word_names_no_company() -> None:
    assert _mentioned("Co. Russia attacked Ukraine.") == [("Russia", "Q159"), ("Ukraine", "Q212")]
    assert not any(label == "The" for label, _ in _mentioned("The Company said Russia attacked Ukraine."))


def test_arms_makers_are_in_the_gazetteer_and_act_for_no_state() -> None:
    found = triples("China sanctioned Lockheed Martin over arms sales to Taiwan.", "en")
    assert ("China", "sanctions", "Lockheed Martin", "asserted") in found


def test_stacked_suffixes_close_one_name_and_a_known_company_is_not_split() -> None:
    assert ("United States", "sanctions", "Halvor Shipping", "asserted") in triples(
        "The United States sanctioned Halvor Shipping Co. Ltd on Tuesday.", "en"
    )
    labels = [label for label, _ in _mentioned("The United States sanctioned Huawei Technologies Co. Ltd.")]
    assert labels == ["United States", "Huawei"]
