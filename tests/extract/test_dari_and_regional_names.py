"""Dari (Afghan Persian) state names from CLDR's fa_AF locale, bare Persian "Azerbaijan" beside Iran's Azerbaijan
provinces, and armed groups keyed locally (self-written sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import extract, triples

from geograph.extract import Extractor
from geograph.records import Article


def _mentioned(text: str, lang: str) -> list[str]:
    extraction = Extractor().extract(Article(id="names", text=text, lang=lang))
    return [m.actor.label for m in extraction.mentions]


@pytest.mark.parametrize(
    ("dari", "state"),
    [("سویدن", "Sweden"), ("جاپان", "Japan"), ("پولند", "Poland"), ("هالند", "Netherlands"), ("برازیل", "Brazil")],
)
def test_dari_names_stand_for_their_state(dari: str, state: str) -> None:
    assert (state, "signs_agreement", "Iran", "asserted") in triples(
        f"{dari} و ایران یک موافقتنامه همکاری امضا کردند.", "fa"
    )


@pytest.mark.parametrize("word", ["پیرو", "برونی"])
def test_dari_names_that_are_ordinary_words_are_left_out(word: str) -> None:
    """Dari «پیرو» (Peru) is also "pursuant to", «برونی» (Brunei) also "outer"."""
    assert _mentioned(f"{word} این تصمیم، ایران سفیر خود را فراخواند.", "fa") == ["Iran"]


def test_bare_azerbaijan_and_its_demonym_are_the_republic() -> None:
    assert ("Azerbaijan", "attacks", "Armenia", "asserted") in triples(
        "نیروهای آذربایجانی به مواضع ارمنستان حمله کردند.", "fa"
    )
    assert ("Armenia", "accuses", "Azerbaijan", "asserted") in triples(
        "ارمنستان آذربایجان را به نقض آتش بس متهم کرد.", "fa"
    )


def test_irans_azerbaijan_provinces_are_not_the_republic() -> None:
    labels = _mentioned("زلزله ای در آذربایجان شرقی و آذربایجان غربی خسارت زد.", "fa")
    assert labels == ["East Azerbaijan Province", "West Azerbaijan Province"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Pakistani Taliban attacked Pakistani soldiers.", "en"),
        ("طالبان پاکستانی به نیروهای امنیتی پاکستان حمله کردند.", "fa"),
    ],
)
def test_the_pakistani_taliban_are_a_group_keyed_locally(text: str, lang: str) -> None:
    (attack,) = [a for a in extract(text, lang) if a.relation == "attacks"]
    assert attack.subject.label == "Tehrik-i-Taliban Pakistan"
    assert attack.subject.type == "armed_group"
    assert attack.subject.wikidata is None  # no id could be confirmed: never a wrong link
    assert attack.object.label == "Pakistan"


def test_gaza_struck_is_the_state_of_palestine() -> None:
    """The annotation convention: Gaza as the party attacked is the State of Palestine (a place with a state)."""
    (attack,) = [a for a in extract("Israeli jets pounded Gaza overnight.", "en") if a.relation == "attacks"]
    assert attack.object.label == "Gaza Strip"
    assert attack.object.state is not None
    assert attack.object.state.wikidata == "Q219060"  # scored as "State of Palestine"


def test_west_african_is_not_the_west() -> None:
    labels = _mentioned("The West African country faced sanctions after the coup in Niger.", "en")
    assert "the West" not in labels
    assert labels == ["West Africa", "Niger"]
