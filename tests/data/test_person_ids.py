"""Persons' Wikidata ids carry their source, office periods do not overlap, and the id checker finds wrong ids."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PERSONS = REPO / "ontology" / "gazetteer" / "persons.yaml"
# Offices one person holds at a time; "other" (spokespeople, vice-presidents, speakers) has many holders.
SINGLE_HOLDER_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def persons() -> list[dict[str, Any]]:
    return list(yaml.safe_load(PERSONS.read_text(encoding="utf-8"))["entities"])


def test_every_verified_person_id_names_its_source_and_no_other_does() -> None:
    for person in persons():
        if person["id"].startswith("person-"):
            assert "id_source" not in person and "id_unverified" not in person, person["id"]
        elif person.get("id_unverified"):
            assert "id_source" not in person, person["id"]
        else:
            source = person.get("id_source", "")
            repository, _, commit = source.partition("@")
            assert repository.count("/") >= 2 and len(commit) == 40, (person["id"], source)


def test_office_periods_of_one_office_are_ordered_and_do_not_overlap() -> None:
    holders: dict[tuple[str, str], list[tuple[date, date | None, str]]] = defaultdict(list)
    for person in persons():
        for office in person["offices"]:
            if office["role"] in SINGLE_HOLDER_ROLES:
                holders[office["state"], office["role"]].append((office["start"], office["end"], person["id"]))
    clashes = []
    for office, periods in holders.items():
        periods.sort(key=lambda period: period[0])
        for (start, end, who), (next_start, _, next_who) in itertools.pairwise(periods):
            assert end is None or start <= end, (office, who)
            if end is None or end > next_start:
                clashes.append((office, who, next_who, str(next_start)))
    assert not clashes


def test_a_verified_id_needs_a_source_and_a_dropped_id_gets_a_local_key() -> None:
    builder = _script("build_gazetteer")
    line = "Q1 | Ann Example | آن | آن | Анна | hos RU 2020-01-02 -"
    with pytest.raises(ValueError, match="has no source"):
        builder.person_entry(line, {"RU": "Q159"}, {})
    with pytest.raises(ValueError, match="but is marked"):
        builder.person_entry(line.replace("Q1 ", "Q1? "), {"RU": "Q159"}, {"Q1": "owner/repo/data.csv@abc"})
    entry = builder.person_entry(line, {"RU": "Q159"}, {"Q1": "owner/repo/data.csv@abc"})
    assert entry["id_source"] == "owner/repo/data.csv@abc" and "id_unverified" not in entry
    dropped = builder.person_entry(line.replace("Q1 ", "- ").replace("Ann", "Ánn"), {"RU": "Q159"}, {})
    assert dropped["id"] == "person-ann-example" and "id_source" not in dropped


def _dataset(directory: Path) -> None:
    rows = [
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year",
        "Q159,Russia,Q1418873,Minister of Foreign Affairs,Q58217,Sergey Lavrov,2004,",
        "Q851,Saudi Arabia,Q1153839,Prime Minister,Q6892571,Mohammed bin Salman Al Saud,2022,",
    ]
    (directory / "owner__repo__data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_the_checker_confirms_a_recorded_pair_and_reports_a_wrong_id(tmp_path: Path) -> None:
    checker = _script("verify_person_ids")
    _dataset(tmp_path)
    lavrov = checker.Person("Q58217", True, ("Sergey Lavrov", "Sergei Lavrov"))
    recorded = {"Q58217": ("Sergey Lavrov", "owner/repo/data.csv@" + "0" * 40)}
    assert checker.check([lavrov], recorded, tmp_path) == []
    from_memory = checker.Person("Q40131", True, ("Sergey Lavrov",))  # the id once written from memory
    messages = [finding.message for finding in checker.check([from_memory], recorded, tmp_path)]
    assert any("no source recorded" in message for message in messages)
    assert any("Q58217" in message for message in messages)  # the dataset gives Lavrov another id
    wrong_label = {"Q58217": ("Sergey Shoygu", recorded["Q58217"][1])}
    assert len(checker.check([lavrov], wrong_label, tmp_path)) == 2  # not in the file, and not his name


def test_the_checker_matches_spellings_but_not_relatives(tmp_path: Path) -> None:
    checker = _script("verify_person_ids")
    assert checker.names_match("Dr.Seyyed Ebrahim Raisi", ["Ebrahim Raisi"])
    assert checker.names_match("Salman bin Hamad, Crown Prince of Bahrain", ["Salman bin Hamad Al Khalifa"])
    assert not checker.names_match("Mishal Al-Ahmad Al-Jaber Al-Sabah", ["Sabah Al-Ahmad Al-Jaber Al-Sabah"])
    _dataset(tmp_path)
    unverified = checker.Person("Q6892556", False, ("Mohammed bin Salman", "MBS"))
    suggestions = checker.suggest([unverified], tmp_path)
    assert [line.split("\t")[2] for line in suggestions] == ["Q6892571"]


LIST_PAGE = """
-   Russia

:*Presidents (complete list) –

::*Vladimir Putin, Acting President (1999–2000), President (2000–2008)

::*Dmitry Medvedev, President (2008–2012)

-   Brazil (complete list) –

:*Fernando Henrique Cardoso, President (1995–2002)
"""


def _office(role: str, state: str, start: date, end: date | None) -> dict[str, Any]:
    return {"role": role, "state": state, "start": start, "end": end}


def test_the_year_check_joins_acting_terms_and_flags_a_wrong_year() -> None:
    checker = _script("verify_person_ids")
    tenures = checker.read_tenures(LIST_PAGE, {"Russia": "Q159", "Brazil": "Q155"})
    assert [(t.state, t.name) for t in tenures] == [
        ("Q159", "Vladimir Putin"),
        ("Q159", "Dmitry Medvedev"),
        ("Q155", "Fernando Henrique Cardoso"),
    ]
    assert tenures[0].spans == ((1999, 2000), (2000, 2008))
    putin = {
        "names": {"en": ["Vladimir Putin"]},
        "offices": [_office("head_of_state", "Q159", date(1999, 12, 31), date(2008, 5, 7))],
    }
    cardoso = {
        "names": {"en": ["Fernando Henrique Cardoso"]},
        "offices": [_office("head_of_state", "Q155", date(1995, 1, 1), date(2003, 1, 1))],
    }
    assert checker.check_years([putin, cardoso], tenures, 2018) == (2, [])
    wrong = {
        "names": {"en": ["Dmitry Medvedev"]},
        "offices": [_office("head_of_state", "Q159", date(2008, 5, 7), date(2013, 5, 7))],
    }
    checked, mismatches = checker.check_years([wrong], tenures, 2018)
    assert checked == 1 and mismatches and mismatches[0].startswith("Dmitry Medvedev\thead_of_state\t2008-2013")


def test_a_list_that_gives_only_the_office_confirms_the_person_who_took_it_up_that_year(tmp_path: Path) -> None:
    checker = _script("verify_person_ids")
    rows = [
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year",
        "Q142,France,Q191954,President of the French Republic,Q3052772,Q3052772,2017,",
    ]
    (tmp_path / "owner__repo__leaders.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    label = "office: President of the French Republic of Q142 since 2017"
    recorded = {"Q3052772": (label, "owner/repo/leaders.csv@" + "0" * 40)}
    macron = checker.Person("Q3052772", True, ("Emmanuel Macron",), (("Q142", 2017),))
    assert checker.check([macron], recorded, tmp_path) == []
    wrong_person = checker.Person("Q3052772", True, ("François Hollande",), (("Q142", 2012),))
    assert [f.message for f in checker.check([wrong_person], recorded, tmp_path)] == [
        f"{label!r} does not name François Hollande"
    ]


def test_person_names_are_not_ordinary_words_places_or_names_shared_with_relatives() -> None:
    # Arabic صدام "clash", عرفات (the plain of Arafat), Persian ولایتی "provincial", مرسی "thanks"; surnames that
    # active relatives share (Koizumi, Talabani, Rafsanjani); Sheikh Zayed roads, mosques and cities; Kushner.
    banned = {"صدام", "عرفات", "ولایتی", "مرسی", "koizumi", "talabani", "rafsanjani", "sheikh zayed", "کوشنر"}
    banned |= {"الشيخ زايد", "شیخ زاید", "كوشنير", "arafat", "bush", "clinton", "sharon"}
    for person in persons():
        names = {name.casefold() for forms in person["names"].values() for name in forms}
        assert not names & banned, (person["names"]["en"][0], names & banned)
