"""The lexicons are data: a reader adds a trigger or a cue in YAML and the extractor uses it, no code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from extract_helpers import triples

from geograph.extract.lexicon import inflect_english_verb, load_lexicon, load_lexicons
from geograph.resources import ontology_dir


@pytest.fixture
def ontology_copy(tmp_path: Path) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), target)
    return target


def _copy(source: Path, name: str) -> Path:
    """A new folder per edit: pipelines are cached per ontology folder."""
    target = source.parent / name
    shutil.copytree(source, target)
    return target


def test_adding_an_english_trigger_in_yaml(ontology_copy: Path) -> None:
    sentence = "Beijing courted Moscow during the summit."
    assert not any(t[1] == "supports" for t in triples(sentence, "en", ontology=ontology_copy))
    edited = _copy(ontology_copy, "edited")
    lexicon = edited / "lexicon" / "en.yaml"
    with lexicon.open("a", encoding="utf-8") as out:  # relations: is the file's last key
        out.write("  - relation: supports\n    verbs: [court]\n    confidence: 0.7\n")
    assert triples(sentence, "en", ontology=edited) == {("China", "supports", "Russia", "asserted")}


def test_adding_a_persian_modality_cue_in_yaml(ontology_copy: Path) -> None:
    sentence = "به روایت رسانه ها چین از روسیه حمایت کرد."
    assert triples(sentence, "fa", ontology=ontology_copy) == {("China", "supports", "Russia", "asserted")}
    edited = _copy(ontology_copy, "edited")
    lexicon = edited / "lexicon" / "fa.yaml"
    text = lexicon.read_text(encoding="utf-8")
    lexicon.write_text(text.replace("alleged: [", 'alleged: ["به روایت", ', 1), encoding="utf-8")
    assert triples(sentence, "fa", ontology=edited) == {("China", "supports", "Russia", "alleged")}


def test_unknown_relation_is_rejected(ontology_copy: Path) -> None:
    path = ontology_copy / "lexicon" / "en.yaml"
    with path.open("a", encoding="utf-8") as out:
        out.write("  - relation: befriends\n    words: [pal]\n")
    with pytest.raises(ValueError, match="unknown relation 'befriends'"):
        load_lexicon(path)


def test_an_instrument_of_an_unknown_relation_is_rejected(ontology_copy: Path) -> None:
    path = ontology_copy / "lexicon" / "en.yaml"
    with path.open("a", encoding="utf-8") as out:
        out.write("  - relation: supplies_arms\n    words: [slingshots]\n    instrument_of: [bombards]\n")
    with pytest.raises(ValueError, match="instrument_of names unknown relations"):
        load_lexicon(path)


def test_yaml_words_on_and_no_stay_words() -> None:
    lexicon = load_lexicons(ontology_dir() / "lexicon")["en"]
    assert "on" in lexicon.prepositions
    assert all(isinstance(w, str) for w in lexicon.prepositions)


def test_english_verbs_inflect_regularly() -> None:
    assert inflect_english_verb("visit") == ("visit", "visits", "visited", "visiting")
    assert inflect_english_verb("impose") == ("impose", "imposes", "imposed", "imposing")
    assert inflect_english_verb("lash out at") == ("lash out at", "lashes out at", "lashed out at", "lashing out at")


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_no_word_is_both_a_negation_and_a_negative_predicate(lang: str) -> None:
    """A negation beside a negative predicate asserts ("did not withhold"): a word listed as both would cancel
    itself out and negate nothing."""
    lexicon = load_lexicons(ontology_dir() / "lexicon")[lang]
    negations = {w for modality, words in lexicon.cues if modality == "negated" for w in words}
    assert not negations & set(lexicon.negative_predicates)
