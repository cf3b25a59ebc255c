"""English frames: active and passive verbs, noun frames with prepositions, roles, modality."""

from __future__ import annotations

from extract_helpers import extract, triples


def test_active_and_passive_visits_have_the_same_direction() -> None:
    assert triples("Putin visited Pyongyang on Tuesday.", "en") == {("Russia", "visits", "North Korea", "asserted")}
    assert triples("Hanoi was visited by Putin in June.", "en") == {("Russia", "visits", "Vietnam", "asserted")}


def test_sanction_frames() -> None:
    assert triples("The European Union imposed new sanctions on Belarus.", "en") == {
        ("European Union", "sanctions", "Belarus", "asserted")
    }
    assert triples("Sanctions on Iran by the United States were tightened.", "en") == {
        ("United States", "sanctions", "Iran", "asserted")
    }
    assert triples("Cuba came under US sanctions decades ago.", "en") == {
        ("United States", "sanctions", "Cuba", "asserted")
    }


def test_coordination_gives_one_assertion_per_actor() -> None:
    found = triples("Britain, France and Germany condemned the strikes by Israel.", "en")
    assert found >= {
        ("United Kingdom", "criticizes", "Israel", "asserted"),
        ("France", "criticizes", "Israel", "asserted"),
        ("Germany", "criticizes", "Israel", "asserted"),
    }


def test_symmetric_relation_once_per_pair() -> None:
    found = [a for a in extract("China and Brazil signed a trade agreement.", "en") if a.relation == "signs_agreement"]
    assert {frozenset((a.subject.label, a.object.label)) for a in found} == {frozenset(("China", "Brazil"))}
    assert len({(a.subject.id, a.object.id) for a in found}) == 1


def test_role_introduced_person_gets_a_local_id_and_state() -> None:
    # a minister the gazetteer does not list (it has heads of state and government and chief diplomats)
    (assertion,) = extract("Portuguese Foreign Minister Paulo Rangel met Hakan Fidan's deputy in Ankara.", "en")[:1]
    assert assertion.subject.id == "local:paulo-rangel"
    assert assertion.subject.type == "person"
    assert assertion.subject.state is not None and assertion.subject.state.label == "Portugal"


def test_veto_records_the_body() -> None:
    (veto,) = [a for a in extract("Russia vetoed a UN resolution condemning Syria.", "en") if a.relation == "vetoes"]
    assert (veto.subject.label, veto.object.label) == ("Russia", "Syria")
    assert veto.via is not None and veto.via.label == "UN Security Council"


def test_modalities() -> None:
    assert triples("India will host Japan's prime minister next month.", "en") >= {
        ("India", "meets", "Japan", "planned")
    }
    assert triples("Analysts believe Iran could supply missiles to Russia.", "en") == {
        ("Iran", "supplies_arms", "Russia", "speculative")
    }
    assert triples("Turkey did not sanction Russia.", "en") == {("Turkey", "sanctions", "Russia", "negated")}
    assert triples("Iran reportedly supplied drones to Russia.", "en") == {
        ("Iran", "supplies_arms", "Russia", "alleged")
    }


def test_accusation_and_denial() -> None:
    found = triples("Iran denied accusations that it supplied drones to Russia.", "en")
    assert found == {("Iran", "supplies_arms", "Russia", "denied"), ("Iran", "supplies_arms", "Russia", "alleged")}


def test_accused_of_hands_the_accused_to_the_event() -> None:
    found = triples("Israel accused Iran of arming Hezbollah.", "en")
    assert ("Israel", "accuses", "Iran", "asserted") in found
    assert ("Iran", "supplies_arms", "Hezbollah", "alleged") in found
    assert not any(t[0] == "Israel" and t[1] == "supplies_arms" for t in found)


def test_pronoun_us_is_not_the_united_states() -> None:
    assert triples("They told us that Russia attacked Ukraine.", "en") == {("Russia", "attacks", "Ukraine", "asserted")}


def test_source_supplies_the_receiver() -> None:
    assert triples("Russia bought drones from Iran.", "en") == {("Iran", "supplies_arms", "Russia", "asserted")}


def test_the_verb_object_behind_a_noun() -> None:
    found = triples("Britain, France and Germany criticized the decision by Washington.", "en")
    assert found == {
        ("United Kingdom", "criticizes", "United States", "asserted"),
        ("France", "criticizes", "United States", "asserted"),
        ("Germany", "criticizes", "United States", "asserted"),
    }


def test_verb_or_noun_reading() -> None:
    assert triples("Russia attacks Ukraine.", "en") == {("Russia", "attacks", "Ukraine", "asserted")}
    assert triples("Russia's attacks on Ukraine continued.", "en") == {("Russia", "attacks", "Ukraine", "asserted")}


def test_any_attack_takes_no_attacker_from_the_clause() -> None:
    found = triples("Egypt warned that any attack on Sudan would be met with a firm response.", "en")
    assert not {t for t in found if t[1] == "attacks" and t[0] == "Egypt"}
