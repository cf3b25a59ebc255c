"""The learned pair reader: a relation between two mentions of one sentence that no trigger's frame gave.

The mechanism is tested with small hand-set models (what the reader does with a model); the shipped model is
tested for what it is (trained on dev only, loadable) and, through the gold floors, for what it reads.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.eval.gold import GoldArticle, GoldRelation, load_gold
from geograph.eval.pairs import PairExample, examples, fit
from geograph.eval.realnews import SpanRelation
from geograph.eval.run import read_gold_article
from geograph.extract import LEARNED_BINDER, PAIR_READER, Extractor
from geograph.extract.pipeline import MODEL_FILE, PAIR_MODEL_FILE
from geograph.extract.relations.pairs import PairModel, pair_logits, pair_sentences
from geograph.extract.relations.triggers import mentions_by_sentence, usable_triggers
from geograph.records import Article
from geograph.resources import ontology_dir
from geograph.vocabulary import relations

NAMES = tuple(relations())
# No trigger of the lexicon: the verb is one the lexicon does not know.
UNKNOWN_VERB = "Turkey needled Sweden over the protest."


def _ontology_with(tmp_path: Path, model: PairModel | None) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), target)
    for name in (MODEL_FILE, PAIR_MODEL_FILE):
        (target / name).unlink(missing_ok=True)
    if model is not None:
        model.save(target / PAIR_MODEL_FILE)
    return target


def _model(weights: dict[tuple[str, str], float], threshold: float = 0.5) -> PairModel:
    by_feature: dict[str, list[tuple[int, float]]] = {}
    for (feature, relation), weight in weights.items():
        by_feature.setdefault(feature, []).append((NAMES.index(relation), weight))
    return PairModel(
        NAMES,
        {f: tuple(pairs) for f, pairs in by_feature.items()},
        tuple(-4.0 for _ in NAMES),
        tuple(threshold for _ in NAMES),
        {"split": "test-fixture"},
    )


def _read(ontology: Path, text: str, lang: str = "en", learned: bool = True) -> set[tuple[str, str, str, str, bool]]:
    extraction = Extractor(ontology=ontology, learned=learned).extract(Article(id="t", text=text, lang=lang))
    return {
        (a.subject.label, a.relation, a.object.label, a.modality, a.extractor.endswith(PAIR_READER))
        for a in extraction.assertions
    }


def test_without_a_model_an_unknown_verb_says_nothing(tmp_path: Path) -> None:
    assert _read(_ontology_with(tmp_path, None), UNKNOWN_VERB) == set()


def test_the_reader_gives_the_relation_its_model_rates_for_the_words_between(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 8.0}))
    assert _read(ontology, UNKNOWN_VERB) == {("Turkey", "criticizes", "Sweden", "asserted", True)}


def test_the_order_of_the_pair_decides_the_direction(tmp_path: Path) -> None:
    # the same word between them, but read with the object first: nothing, as the model only knows "so"
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 8.0}))
    assert ("Sweden", "criticizes", "Turkey", "asserted", True) not in _read(ontology, UNKNOWN_VERB)


def test_a_relation_under_its_threshold_is_not_read(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 8.0}, threshold=0.99))
    assert _read(ontology, UNKNOWN_VERB) == set()


def test_the_reader_never_repeats_what_a_trigger_said(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=condemned|so", "criticizes"): 8.0}))
    assert _read(ontology, "Turkey condemned Sweden over the protest.") == {
        ("Turkey", "criticizes", "Sweden", "asserted", False)
    }


def test_a_symmetric_relation_is_read_once_for_both_orders(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("order=so", "meets"): 8.0, ("order=os", "meets"): 8.0}))
    found = [a for a in _read(ontology, UNKNOWN_VERB) if a[1] == "meets"]
    assert len(found) == 1


def test_modality_cues_qualify_what_the_reader_gives(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=needle|so", "criticizes"): 8.0}))
    assert _read(ontology, "Turkey may needle Sweden over the protest.") == {
        ("Turkey", "criticizes", "Sweden", "speculative", True)
    }


def test_the_rules_alone_leave_the_reader_out(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 8.0}))
    assert _read(ontology, UNKNOWN_VERB, learned=False) == set()


def test_paired_assertions_are_marked_and_less_confident_than_the_rules(tmp_path: Path) -> None:
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 30.0}))
    extraction = Extractor(ontology=ontology).extract(Article(id="t", text=UNKNOWN_VERB, lang="en"))
    (assertion,) = extraction.assertions
    assert assertion.extractor == f"{Extractor.version}+{PAIR_READER}"
    assert not assertion.extractor.endswith(LEARNED_BINDER)
    assert assertion.confidence <= 0.5
    assert assertion.start == 0 and assertion.end >= UNKNOWN_VERB.index("Sweden") + len("Sweden")


def test_a_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = _model({("b=needled|so", "criticizes"): 1.25, ("w=talks", "meets"): -0.5})
    path = tmp_path / "pairs.json"
    model.save(path)
    again = PairModel.load(path)
    assert (again.relations, again.weights, again.bias, again.thresholds, again.trained_on) == (
        model.relations,
        model.weights,
        model.bias,
        model.thresholds,
        model.trained_on,
    )


def test_a_file_of_another_kind_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps({"format": 1, "kind": "argument_binder", "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"pairs\.json"):
        PairModel.load(path)


def test_a_model_naming_a_relation_outside_the_vocabulary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pairs.json"
    data = {"format": 1, "kind": "pair_reader", "relations": ["befriends"], "bias": [0], "thresholds": [0.5]}
    path.write_text(json.dumps({**data, "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="befriends"):
        PairModel.load(path)


def test_the_shipped_model_was_trained_on_the_dev_split_only() -> None:
    path = ontology_dir() / PAIR_MODEL_FILE
    if not path.is_file():
        pytest.skip("no pair reader model ships")
    model = PairModel.load(path)
    assert model.trained_on["split"] == "dev"
    assert all(0.0 < t < 1.0 for t in model.thresholds)
    assert model.weights


@settings(max_examples=20, deadline=None)
@given(st.lists(st.booleans(), min_size=4, max_size=40))
def test_fitting_separable_examples_rates_every_positive_above_every_negative(labels: list[bool]) -> None:
    data = [
        PairExample(("good",) if positive else ("bad",), frozenset({"attacks"} if positive else ()), str(n))
        for n, positive in enumerate(labels)
    ]
    weights, bias = fit(data, NAMES, epochs=20, min_count=1)
    attacks = NAMES.index("attacks")
    if any(labels) and not all(labels):
        assert weights["good"][attacks] > weights["bad"][attacks]
    assert bias.shape == (len(NAMES),)


def test_training_pairs_are_labelled_by_the_annotated_pair_and_direction(tmp_path: Path) -> None:
    text = "Turkey needled Sweden over the protest. Norway stayed silent."
    path = tmp_path / "needled.txt"
    path.write_text(text, encoding="utf-8")
    criticism = GoldRelation("Turkey", None, "criticizes", "Sweden", None, None, "asserted", None, "")
    article = GoldArticle(path, "en", None, (criticism,))
    spans = (SpanRelation(criticism, 0, text.index(".")),)
    labelled = list(examples(Extractor(ontology=_ontology_with(tmp_path, None)), "needled", spans, article))
    by_order = {next(f for f in x.features if f.startswith("order=")): x.labels for x in labelled}
    assert by_order == {"order=so": frozenset({"criticizes"}), "order=os": frozenset()}


def test_the_subject_of_a_passive_verb_is_never_the_readers_agent(tmp_path: Path) -> None:
    # "Y was condemned by Z": whatever the model prefers, Y does nothing to Z
    ontology = _ontology_with(tmp_path, _model({("order=so", "accuses"): 8.0, ("order=os", "accuses"): 8.0}))
    found = _read(ontology, "The attack on Israel was condemned by Egypt.")
    assert ("Israel", "accuses", "Egypt", "asserted", True) not in found
    assert ("Egypt", "accuses", "Israel", "asserted", True) in found


def test_scoring_a_documents_pairs_at_once_equals_scoring_each_pairs_features() -> None:
    # the fast path (prefix sums over words, one batch per document) against the features training reads
    path = ontology_dir() / PAIR_MODEL_FILE
    if not path.is_file():
        pytest.skip("no pair reader model ships")
    model = PairModel.load(path)
    extractor = Extractor()
    compared = 0
    for article in load_gold(Path(__file__).resolve().parents[2] / "gold")[:12]:
        state = extractor.read(read_gold_article(article)).state
        candidates = [c for c in state.candidates if not c.paired]
        sentences = [
            (view, pairs)
            for _, view, pairs in pair_sentences(state, usable_triggers(state), candidates, mentions_by_sentence(state))
        ]
        if not sentences:
            continue
        at_once = pair_logits(model, sentences)
        one_by_one = model.logits([view.features(n, k) for view, pairs in sentences for n, k in pairs])
        assert at_once.shape == one_by_one.shape
        assert np.allclose(at_once, one_by_one)
        compared += len(at_once)
    assert compared > 50


def test_a_trigger_of_another_event_lends_the_reader_no_modality(tmp_path: Path) -> None:
    # the negated condemnation further on is China's, not what Japan did to Korea
    ontology = _ontology_with(tmp_path, _model({("b=needled|so", "criticizes"): 8.0}))
    found = _read(ontology, "Japan needled South Korea on Monday, and a week later China did not condemn Vietnam.")
    assert ("Japan", "criticizes", "South Korea", "asserted", True) in found
