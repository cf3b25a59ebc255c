"""The learned argument binder: a trigger the frame rules read nothing from gets the pair its model rates best.

The mechanism is tested with small hand-set models (what the binder does with a model); the shipped model is
tested for what it is (trained on dev only, loadable) and, through the gold floors, for what it reads.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.eval.binder import Example, evidence_spans, examples, fit
from geograph.eval.gold import GoldArticle, GoldRelation, load_gold
from geograph.extract import LEARNED_BINDER, Extractor
from geograph.extract.pipeline import MODEL_FILE, PAIR_MODEL_FILE
from geograph.extract.relations.learned import ArgumentModel
from geograph.records import Article
from geograph.resources import ontology_dir

# The rules read no frame here: the relative clause puts the agent between the event noun and its object.
RELATIVE_AGENT = "The strikes that Israel carried out against Syria overnight killed six people."


def _ontology_with(tmp_path: Path, model: ArgumentModel | None) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), target)
    (target / MODEL_FILE).unlink()
    (target / PAIR_MODEL_FILE).unlink(missing_ok=True)  # the binder alone
    if model is not None:
        model.save(target / MODEL_FILE)
    return target


def _read(ontology: Path, text: str, lang: str = "en") -> set[tuple[str, str, str, str, bool]]:
    extraction = Extractor(ontology=ontology).extract(Article(id="t", text=text, lang=lang))
    return {
        (a.subject.label, a.relation, a.object.label, a.modality, a.extractor.endswith(LEARNED_BINDER))
        for a in extraction.assertions
    }


def _model(weights: dict[str, float], threshold: float = 0.5) -> ArgumentModel:
    return ArgumentModel(weights, bias=-2.0, threshold=threshold, trained_on={"split": "test-fixture"})


def test_without_a_model_the_extractor_is_the_rules_alone(tmp_path: Path) -> None:
    assert _read(_ontology_with(tmp_path, None), RELATIVE_AGENT) == set()


def test_the_binder_reads_the_pair_its_model_prefers_with_the_triggers_relation(tmp_path: Path) -> None:
    # both after the trigger, the subject first: the model's only preference
    ontology = _ontology_with(tmp_path, _model({"sides=AAso": 4.0}))
    assert _read(ontology, RELATIVE_AGENT) == {("Israel", "attacks", "Syria", "asserted", True)}


def test_a_pair_under_the_threshold_is_not_read(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({"sides=AAso": 4.0}, threshold=0.99))
    assert _read(ontology, RELATIVE_AGENT) == set()


@pytest.mark.parametrize(
    ("weights", "expected"), [((3.0, 5.0), ("United States", "Iran")), ((5.0, 3.0), ("Iran", "United States"))]
)
def test_the_binder_reads_what_the_model_ranks_first_and_never_the_second(
    tmp_path: Path, weights: tuple[float, float], expected: tuple[str, str]
) -> None:
    # both mentions before the verb: text order or its reverse, as the model prefers, never both
    ontology = _ontology_with(tmp_path, _model({"sides=BBso": weights[0], "sides=BBos": weights[1]}))
    found = _read(ontology, "Iran, which the United States has long accused, rejected the claim.")
    assert {(s, o) for s, _, o, _, _ in found} == {expected}


def test_a_mention_the_event_noun_marks_as_its_object_is_never_its_agent(tmp_path: Path) -> None:
    # "strikes ... against Syria": whatever the model prefers, Syria does not strike
    ontology = _ontology_with(tmp_path, _model({"sides=AAso": 3.0, "sides=AAos": 5.0}))
    assert {(s, o) for s, _, o, _, _ in _read(ontology, RELATIVE_AGENT)} == {("Israel", "Syria")}


def test_modality_cues_qualify_what_the_binder_reads(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({"sides=AAso": 4.0}))
    text = "Officials denied that the strikes that Israel carried out against Syria overnight killed anyone."
    assert ("Israel", "attacks", "Syria", "denied", True) in _read(ontology, text)


def test_the_binder_leaves_triggers_the_rules_read(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({"sides=ABso": 9.0, "sides=AAso": 9.0, "sides=BAso": 9.0}))
    assert _read(ontology, "Israel attacked Syria on Monday.") == {("Israel", "attacks", "Syria", "asserted", False)}


def test_an_event_whose_agent_the_text_leaves_unnamed_stays_unbound(tmp_path: Path) -> None:
    # "condemned the attack on Syria" names no attacker: no model may make Germany the attacker or Syria the
    # condemned
    ontology = _ontology_with(tmp_path, _model({"sides=BAso": 9.0, "sides=AAso": 9.0, "sides=BBso": 9.0}))
    assert _read(ontology, "Germany condemned the attack on Syria.") == set()


def test_learned_assertions_are_marked_and_less_confident_than_the_rules(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({"sides=AAso": 30.0}))
    extraction = Extractor(ontology=ontology).extract(Article(id="t", text=RELATIVE_AGENT, lang="en"))
    (assertion,) = extraction.assertions
    assert assertion.extractor == f"{Extractor.version}+{LEARNED_BINDER}"
    assert assertion.confidence <= 0.6
    assert assertion.start <= RELATIVE_AGENT.index("strikes") < RELATIVE_AGENT.index("Syria") < assertion.end


def test_a_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = _model({"sides=BAso": 1.25, "attacks|mko=against": -0.5})
    path = tmp_path / "model.json"
    model.save(path)
    again = ArgumentModel.load(path)
    assert (again.weights, again.bias, again.threshold, again.trained_on) == (
        model.weights,
        model.bias,
        model.threshold,
        model.trained_on,
    )


def test_a_file_of_another_format_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": 99, "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"model\.json"):
        ArgumentModel.load(path)


def test_the_shipped_model_was_trained_on_the_dev_split_only() -> None:
    model = ArgumentModel.load(ontology_dir() / MODEL_FILE)
    assert model.trained_on["split"] == "dev"
    assert 0.0 < model.threshold < 1.0
    assert model.weights


@settings(max_examples=25, deadline=None)
@given(st.lists(st.booleans(), min_size=4, max_size=40))
def test_fitting_separable_examples_ranks_every_positive_above_every_negative(labels: list[bool]) -> None:
    data = [Example(("good",) if positive else ("bad",), positive, str(n)) for n, positive in enumerate(labels)]
    weights, bias = fit(data, epochs=20)
    model = ArgumentModel(weights, bias, 0.5, {})
    if any(labels) and not all(labels):
        assert model.probability(("good",)) > model.probability(("bad",))


def test_every_gold_evidence_is_found_in_its_article() -> None:
    gold_dir = Path(__file__).resolve().parents[2] / "gold"
    for article in load_gold(gold_dir):
        spans = evidence_spans(article)
        assert spans is not None, article.name
        assert len(spans) == len(article.relations)
        assert all(0 <= span.start < span.end for span in spans)


def test_an_event_noun_never_takes_an_object_before_it(tmp_path: Path) -> None:
    # "the war in Ukraine" after a clause about two other states: whatever the model prefers, the war's object
    # is not one of the actors before the noun
    ontology = _ontology_with(tmp_path, _model({"sides=BBso": 9.0, "sides=BBos": 9.0}))
    found = _read(ontology, "Brazil has not imposed sanctions on Peru over the war in Ukraine.")
    assert not any(relation == "attacks" for _, relation, _, _, _ in found)


def test_a_passive_verbs_subject_is_never_its_agent(tmp_path: Path) -> None:
    # "Iran was accused": whatever the model prefers, Iran accuses nobody in this sentence
    ontology = _ontology_with(tmp_path, _model({"sides=BAso": 9.0, "sides=BAos": 9.0}))
    found = _read(ontology, "Iran was accused of evading US sanctions.")
    assert not any(s == "Iran" and relation == "accuses" for s, relation, _, _, _ in found), found


def test_training_examples_are_labelled_by_the_annotated_pair_and_direction(tmp_path: Path) -> None:
    text = "Iran, which the United States has long accused, rejected the claim. Oman hosted talks on Sunday."
    path = tmp_path / "accused.txt"
    path.write_text(text, encoding="utf-8")
    evidence = "Iran, which the United States has long accused"
    accusation = GoldRelation("United States", None, "accuses", "Iran", None, None, "asserted", None, evidence)
    article = GoldArticle(path, "en", None, (accusation,))
    spans = evidence_spans(article)
    assert spans is not None
    labelled = list(examples(Extractor(ontology=_ontology_with(tmp_path, None)), "accused", spans, article))
    # the accusation's two orders: United States -> Iran (second in the text) is the annotated one
    accusing = [x for x in labelled if any(f.startswith("accuses|sides=") for f in x.features)]
    assert {("accuses|sides=BBos" in x.features, x.positive) for x in accusing} == {(True, True), (False, False)}


def test_a_place_after_an_event_noun_is_not_its_object_unless_the_noun_marks_it(tmp_path: Path) -> None:
    # "Japan's aid, announced in Kenya": whatever the model prefers, the place is not the aid's recipient
    ontology = _ontology_with(tmp_path, _model({"sides=BAso": 9.0, "sides=AAso": 9.0}))
    assert _read(ontology, "Japan's aid, announced on Monday in Kenya, arrived late.") == set()
    assert _read(ontology, "Japan's aid, announced on Monday, reached Kenya late.") == {
        ("Japan", "provides_aid", "Kenya", "asserted", True)
    }
