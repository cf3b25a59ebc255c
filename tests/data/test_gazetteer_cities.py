"""scripts/gazetteer_cities.py: which GeoNames cities stand for their state, under which names."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
gazetteer_cities = pytest.importorskip("gazetteer_cities")


def _city(geonameid: int, name: str, code: str, population: int, alternates: list[str]) -> dict[str, Any]:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": code,
        "population": population,
        "alternatenames": alternates,
    }


CITIES = [
    _city(1, "Kharkiv", "UA", 1_400_000, ["Kharkov", "HRK", "Charkow", "خاركوف", "خارکیف"]),
    _city(2, "Tripoli", "LY", 1_300_000, ["Tarabulus", "طرابلس"]),
    _city(3, "Trablous", "LB", 900_000, ["طرابلس"]),
    _city(4, "Zarqa", "JO", 800_000, ["الزرقاء"]),
    _city(5, "Smallville", "UA", 10_000, []),
    _city(6, "Kyiv", "UA", 2_900_000, ["Kiev", "كييف"]),
]
STATE_IDS = {"UA": "Q212", "LY": "Q1016", "LB": "Q822", "JO": "Q810"}
OVERLAY = {
    "min_population": 500_000,
    "since": {"UA": dt.date(1991, 8, 24)},
    "drop_names": {"ar": ["الزرقاء"]},
    "extra_names": {"place-kharkiv": {"ar": ["خاركيف"]}},
}


def _built() -> dict[str, dict[str, Any]]:
    taken = gazetteer_cities.taken_names([{"names": {"en": ["Ukraine"]}, "capitals": {"en": ["Kyiv"]}}])
    entries = gazetteer_cities.build_cities(OVERLAY, STATE_IDS, taken, CITIES)
    return {entry["id"]: entry for entry in entries}


def test_a_major_city_stands_for_its_state_under_its_spellings() -> None:
    kharkiv = _built()["place-kharkiv"]
    assert kharkiv["type"] == "place"
    assert kharkiv["state"] == "Q212"
    assert kharkiv["names"]["en"] == ["Kharkiv", "Kharkov"]  # not an airport code, nor another language's name
    assert kharkiv["names"]["ar"] == ["خاركوف", "خاركيف"]  # the extra name too
    assert set(kharkiv["names"]["fa"]) >= {"خارکیف", "خاركوف"}
    assert kharkiv["case_sensitive"] == {"en": ["Kharkiv", "Kharkov"]}
    assert kharkiv["state_since"] == dt.date(1991, 8, 24)


def test_names_shared_taken_or_ordinary_words_are_left_out() -> None:
    built = _built()
    assert "place-smallville" not in built  # under the population threshold
    assert "place-kyiv" not in built  # a capital: states.yaml names it
    assert built["place-tripoli"]["names"]["en"] == ["Tripoli"]
    assert "ar" not in built["place-tripoli"]["names"]  # «طرابلس» stands for two cities
    assert "ar" not in built["place-trablous"]["names"]
    assert "ar" not in built["place-zarqa"]["names"]  # «الزرقاء», "the blue"
