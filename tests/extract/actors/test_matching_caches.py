"""The phrase trie and the gazetteer cache per token string and per entity: caching must not change answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geograph.extract.actors.gazetteer import Gazetteer
from geograph.extract.actors.matching import Analyzer, Hit, PhraseTrie


def _trie() -> PhraseTrie:
    trie = PhraseTrie(Analyzer([("و", ""), ("ب", "")], ["ها"], min_stem=3))
    trie.add(("تحریم",), ("trigger", "0"))
    trie.add(("تحریم", "نفتی"), ("trigger", "1"))
    trie.add(("شورای", "امنیت", "ملی"), ("actor", "Q1"))
    return trie


def test_trie_finds_prefixed_and_multiword_phrases_in_order() -> None:
    words = ["وبتحریم", "نفتی", "و", "شورای", "امنیت", "ملی"]
    assert _trie().find(words) == [
        Hit(0, 1, ("trigger", "0"), "و+ب"),
        Hit(0, 2, ("trigger", "1"), "و+ب"),
        Hit(3, 6, ("actor", "Q1"), ""),
    ]


def test_a_proclitic_inside_a_phrase_does_not_continue_it() -> None:
    assert _trie().find(["تحریم", "ونفتی"]) == [Hit(0, 1, ("trigger", "0"), "")]


def test_whitespace_tokens_match_nothing_and_break_phrases() -> None:
    assert _trie().find(["شورای", "\n", "امنیت", "ملی"]) == []


def test_a_phrase_added_after_a_search_is_found() -> None:
    trie = _trie()
    assert trie.find(["نفتی"]) == []
    trie.add(("نفتی",), ("marker", "x"))
    assert trie.find(["نفتی"]) == [Hit(0, 1, ("marker", "x"), "")]


def test_hits_compare_and_hash_by_value() -> None:
    assert Hit(1, 2, ("cue", "denied"), "") == Hit(1, 2, ("cue", "denied"), "")
    assert Hit(1, 2, ("cue", "denied"), "") != Hit(1, 3, ("cue", "denied"), "")
    assert len({Hit(1, 2, ("cue", "denied"), ""), Hit(1, 2, ("cue", "denied"), "")}) == 1
    assert Hit(1, 2, ("cue", "denied"), "") != (1, 2, ("cue", "denied"), "")


ENTRIES = """
entities:
  - id: Q1
    type: person
    names: {en: [Old Leader]}
    offices:
      - {role: head_of_state, state: Q10, start: 2000-01-01, end: 2010-01-01}
      - {role: head_of_state, state: Q20, start: 2010-01-01, end: null}
  - id: Q2
    type: organization
    names: {en: [State Agency]}
    state: Q10
  - id: Q3
    type: organization
    names: {en: [Leader's Office]}
    state: Q1
  - id: Q10
    type: state
    names: {en: [Ruritania], fa: [روریتانیا, روریتانیای بزرگ]}
  - id: Q20
    type: state
    names: {en: [Freedonia]}
"""


def test_actors_follow_the_day_only_where_offices_make_them(tmp_path: Path) -> None:
    (tmp_path / "entities.yaml").write_text(ENTRIES, encoding="utf-8")
    gazetteer = Gazetteer.load(tmp_path)
    early, late = dt.date(2005, 1, 1), dt.date(2020, 1, 1)

    leader_early = gazetteer.actor("Q1", "Old Leader", early)
    leader_late = gazetteer.actor("Q1", "Old Leader", late)
    assert leader_early.state is not None and leader_early.state.id == "Q10"
    assert leader_late.state is not None and leader_late.state.id == "Q20"

    assert gazetteer.actor("Q2", "State Agency", early) is gazetteer.actor("Q2", "State Agency", late)
    assert not gazetteer.depends_on_day("Q2")
    assert gazetteer.depends_on_day("Q3")  # acts for a person whose office changes
    assert gazetteer.actor("Q3", None, early) != gazetteer.actor("Q3", None, late)


def test_entities_are_built_once_and_keep_their_labels(tmp_path: Path) -> None:
    (tmp_path / "entities.yaml").write_text(ENTRIES, encoding="utf-8")
    gazetteer = Gazetteer.load(tmp_path)
    entity = gazetteer.entity("Q10")
    assert entity is gazetteer.entity("Q10")
    assert entity.labels == (("en", "Ruritania"), ("fa", "روریتانیا"))
    assert entity.aliases == (("fa", "روریتانیای بزرگ"),)
