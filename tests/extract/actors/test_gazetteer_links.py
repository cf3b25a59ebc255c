"""Gazetteer ids written from memory key their actors but are not published as Wikidata links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geograph.extract.actors.gazetteer import Gazetteer

ENTRIES = """
entities:
  - id: Q7747
    type: person
    names: {en: [Vladimir Putin]}
    offices:
      - {role: head_of_state, state: Q159, start: 2012-05-07, end: null}
  - id: Q99999990
    type: person
    id_unverified: true
    names: {en: [Ivan Placeholderov]}
    offices:
      - {role: foreign_minister, state: Q159, start: 2020-01-01, end: null}
  - id: Q159
    type: state
    names: {en: [Russia]}
"""


def test_unverified_id_keys_the_actor_but_is_no_wikidata_link(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(ENTRIES, encoding="utf-8")
    gazetteer = Gazetteer.load(tmp_path)
    day = dt.date(2024, 6, 1)

    unverified = gazetteer.actor("Q99999990", "Ivan Placeholderov", day)
    assert unverified.id == "Q99999990"
    assert unverified.wikidata is None
    assert unverified.state is not None and unverified.state.wikidata == "Q159"
    assert gazetteer.entity("Q99999990").wikidata is None

    verified = gazetteer.actor("Q7747", "Vladimir Putin", day)
    assert verified.wikidata == "Q7747"
    assert gazetteer.entity("Q7747").wikidata == "Q7747"
