"""The shipped gazetteer files: well-formed, consistent with each other, complete where needed."""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from geograph.records import ACTOR_TYPES

REPO = Path(__file__).resolve().parents[2]
GAZETTEER = REPO / "ontology" / "gazetteer"
FILES = ("states", "organizations", "armed_groups", "persons")
LANGUAGES = ("en", "fa", "ar", "ru")
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"}

# The 193 UN member states by ISO 3166-1 alpha-2 code, written out independently of the data.
_UN_MEMBER_CODES = """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI
    CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR
    GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR
    LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA
    PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH
    TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
"""
UN_MEMBERS = set(_UN_MEMBER_CODES.split())


@cache
def entities(name: str) -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load((GAZETTEER / f"{name}.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"entities"}, name
    return tuple(data["entities"])


def all_entities() -> list[dict[str, Any]]:
    return [entry for name in FILES for entry in entities(name)]


def by_id() -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in all_entities()}


def fold(name: str) -> str:
    """A rough stand-in for the project's normalizer: enough to see two entities claiming one name."""
    name = name.replace("\u200c", " ")
    for variants, plain in (("يى", "ی"), ("ك", "ک"), ("ة", "ه"), ("أإآ", "ا")):
        for variant in variants:
            name = name.replace(variant, plain)
    name = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return " ".join(name.casefold().split())


def names_of(entry: dict[str, Any]) -> set[str]:
    forms = set()
    for key in ("names", "demonyms", "capitals", "case_sensitive"):
        for names in (entry.get(key) or {}).values():
            forms.update(names)
    return forms


def entity_named(english: str) -> dict[str, Any]:
    matches = [entry for entry in all_entities() if entry["names"]["en"][0] == english]
    assert len(matches) == 1, f"{english}: {len(matches)} entries"
    return matches[0]


LOCAL_ID_PREFIXES = {"persons": "person", "organizations": "org", "armed_groups": "group", "states": "place"}


def test_every_entry_has_a_wikidata_id_used_once_across_files() -> None:
    seen: dict[str, str] = {}
    for name in FILES:
        for entry in entities(name):
            # entries whose Wikidata id could not be confirmed are keyed locally, by file
            # (person-<english-label>, org-<english-label>, group-<english-label>, place-<english-label>)
            prefix = LOCAL_ID_PREFIXES.get(name)
            local = prefix is not None and re.fullmatch(prefix + r"-[a-z0-9-]+", entry["id"])
            assert local or re.fullmatch(r"Q[1-9]\d*", entry["id"]), entry["id"]
            assert entry["id"] not in seen, f"{entry['id']} in {name} and {seen[entry['id']]}"
            seen[entry["id"]] = name


@pytest.mark.parametrize("name", FILES)
def test_types_and_name_lists_are_well_formed(name: str) -> None:
    expected = {"persons": {"person"}, "armed_groups": {"armed_group"}, "states": {"state", "place"}}
    for entry in entities(name):
        assert entry["type"] in ACTOR_TYPES, entry["id"]
        assert entry["type"] in expected.get(name, {"organization", "group"}), entry["id"]
        assert entry["names"].get("en"), f"{entry['id']} has no English name"
        for key in ("names", "demonyms", "capitals", "case_sensitive"):
            for language, forms in (entry.get(key) or {}).items():
                assert language in LANGUAGES, (entry["id"], key, language)
                assert forms and all(isinstance(f, str) and f == f.strip() and f for f in forms), entry["id"]
                assert len(forms) == len(set(forms)), (entry["id"], key, language)


def test_unverified_ids_are_flagged_explicitly_and_the_seed_actors_are_verified() -> None:
    for entry in all_entities():
        assert entry.get("id_unverified", True) is True, entry["id"]  # only ever written as `true`
    seed = ("Russia", "North Korea", "China", "Iran", "Ukraine", "United States", "South Korea")
    seed += ("UN Security Council", "United Nations", "Vladimir Putin", "Kim Jong Un")
    for english in seed:
        assert "id_unverified" not in entity_named(english), english
    assert all("id_unverified" not in entry for entry in entities("states") if entry["un_member"])


def test_every_state_is_named_in_all_four_languages() -> None:
    for entry in entities("states"):
        for language in LANGUAGES:
            assert entry["names"].get(language), f"{entry['names']['en'][0]} lacks {language}"


def test_all_193_un_members_are_there_and_flagged() -> None:
    members = {entry["iso"] for entry in entities("states") if entry["un_member"]}
    assert members == UN_MEMBERS
    assert all(entry["type"] == "state" for entry in entities("states") if entry["un_member"])


def test_common_non_members_and_disputed_states_are_there() -> None:
    for english in (
        "Palestine",
        "Taiwan",
        "Kosovo",
        "Vatican City",
        "Western Sahara",
        "Hong Kong",
        "Northern Cyprus",
        "Abkhazia",
        "South Ossetia",
        "Transnistria",
    ):
        assert entity_named(english)["un_member"] is False


def test_no_two_entities_claim_the_same_name() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in all_entities():
        for form in names_of(entry):
            owners[fold(form)].add(entry["id"])
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_offices_point_at_states_with_ordered_dates() -> None:
    states = {entry["id"] for entry in entities("states") if entry["type"] == "state"}
    for person in entities("persons"):
        assert person["offices"] or person.get("affiliations"), person["id"]
        for office in person["offices"]:
            assert office["role"] in ROLES, person["id"]
            assert office["state"] in states, (person["id"], office["state"])
            assert isinstance(office["start"], date), person["id"]
            assert office["end"] is None or office["start"] <= office["end"], person["id"]


def test_affiliations_and_links_point_at_known_entities() -> None:
    known = by_id()
    for person in entities("persons"):
        for affiliation in person.get("affiliations", []):
            assert known[affiliation["organization"]]["type"] in {"organization", "armed_group"}
            assert affiliation["end"] is None or affiliation["start"] <= affiliation["end"]
    for entry in all_entities():
        if "state" in entry:
            assert known[entry["state"]]["type"] == "state", entry["id"]
        if "part_of" in entry:
            assert entry["part_of"] in known, entry["id"]


def test_ambiguous_bare_surnames_are_not_person_names() -> None:
    banned = {"kim", "lee", "ali", "park", "moon", "yoon", "li", "wang", "khan", "mohammed", "salman"}
    for person in entities("persons"):
        assert not {fold(form) for form in names_of(person)} & banned, person["names"]["en"][0]


def test_seed_actors_are_found_by_the_persian_forms_the_seed_uses() -> None:
    seed = {
        "Russia": ["روسیه", "مسکو", "روسی"],
        "North Korea": ["کره شمالی", "پیونگ یانگ"],
        "China": ["چین"],
        "Iran": ["ایران"],
        "Ukraine": ["اوکراین"],
        "United States": ["ایالات متحده", "آمریکا", "واشنگتن"],
        "South Korea": ["کره جنوبی"],
        "UN Security Council": ["شورای امنیت سازمان ملل", "شورای امنیت سازمان ملل متحد"],
        "Vladimir Putin": ["ولادیمیر پوتین", "پوتین"],
        "Kim Jong Un": ["کیم جونگ اون"],
        "the West": ["غرب"],
    }
    for english, persian in seed.items():
        forms = {fold(form) for form in names_of(entity_named(english))}
        for form in persian:
            assert fold(form) in forms, f"{english}: {form}"


def test_seed_persons_act_for_their_states_on_the_seed_dates() -> None:
    states = {entry["names"]["en"][0]: entry["id"] for entry in entities("states")}

    def holds(person: str, state: str, on: date) -> bool:
        return any(
            office["state"] == states[state] and office["start"] <= on and (office["end"] or on) >= on
            for office in entity_named(person)["offices"]
        )

    assert holds("Vladimir Putin", "Russia", date(2024, 6, 18))
    assert holds("Kim Jong Un", "North Korea", date(2019, 4, 25))
    assert not holds("Vladimir Putin", "North Korea", date(2024, 6, 18))


def test_required_organizations_are_there() -> None:
    required = {
        "Q1065": "United Nations",
        "Q37470": "UN Security Council",
        "Q458": "European Union",
        "Q7184": "NATO",
        "Q41984": "International Atomic Energy Agency",  # Q826700 is the IEA, not the IAEA
        "Q160381": "the West",
    }
    known = by_id()
    for qid, english in required.items():
        assert known[qid]["names"]["en"][0] == english
    assert known["Q37470"]["part_of"] == "Q1065"
    assert known["Q271110"]["state"] == "Q794"  # the IRGC acts for Iran
    for english in (
        "G7",
        "G20",
        "BRICS",
        "Shanghai Cooperation Organisation",
        "Association of Southeast Asian Nations",
        "African Union",
        "Arab League",
        "OPEC",
        "OPEC+",
        "Gulf Cooperation Council",
        "Collective Security Treaty Organization",
        "Eurasian Economic Union",
        "Organization for Security and Co-operation in Europe",
        "World Health Organization",
        "International Criminal Court",
        "International Court of Justice",
        "World Bank",
        "International Monetary Fund",
        "World Trade Organization",
        "Organisation of Islamic Cooperation",
        "Commonwealth of Independent States",
        "Quadrilateral Security Dialogue",
        "AUKUS",
        "UN General Assembly",
        "European Commission",
    ):
        assert entity_named(english)["type"] in {"organization", "group"}


def test_required_armed_groups_are_there() -> None:
    for english in (
        "Hamas",
        "Hezbollah",
        "Houthis",
        "Islamic State",
        "al-Qaeda",
        "Taliban",
        "al-Shabaab",
        "Boko Haram",
        "PKK",
        "Syrian Democratic Forces",
        "Hayat Tahrir al-Sham",
        "Wagner Group",
        "Palestinian Islamic Jihad",
        "Rapid Support Forces",
        "Kata'ib Hezbollah",
        "Popular Mobilization Forces",
    ):
        entry = entity_named(english)
        assert entry["type"] == "armed_group"
        assert all(entry["names"].get(language) for language in LANGUAGES), english


def _load_builder() -> ModuleType:
    if str(REPO / "scripts") not in sys.path:
        sys.path.insert(0, str(REPO / "scripts"))  # as when run: its helper modules sit beside it
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", module)
    spec.loader.exec_module(module)
    return module


def test_generated_files_match_their_sources() -> None:
    babel = pytest.importorskip("babel")
    header = (GAZETTEER / "states.yaml").read_text(encoding="utf-8").partition("\n")[0]
    if f"Babel {babel.__version__})" not in header:
        pytest.skip(f"states.yaml was generated with another Babel (CLDR) release: {header}")
    builder = _load_builder()
    for path, text in builder.generate(GAZETTEER).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run scripts/build_gazetteer.py"


def test_person_table_lines_become_entries() -> None:
    builder = _load_builder()
    offices = "hos RU 2020-01-02 -; leader Q38799 2019-01-01 2020-01-01"
    line = f"Q1? | Ann Example; Example | آن | آن | Анна | {offices}"
    entry = builder.person_entry(line, {"RU": "Q159"})
    assert entry["id"] == "Q1"
    assert entry["names"]["en"] == ["Ann Example", "Example"]
    assert entry["offices"] == [{"role": "head_of_state", "state": "Q159", "start": date(2020, 1, 2), "end": None}]
    assert entry["affiliations"][0]["organization"] == "Q38799"
    assert builder.unverified_ids(line) == [("Q1", "Ann Example")]
    with pytest.raises(KeyError):
        builder.person_entry(line.replace("hos RU", "hos XX"), {"RU": "Q159"})


def test_cldr_labels_become_running_text_forms() -> None:
    builder = _load_builder()
    assert builder.cldr_names("MM", "en") == ["Myanmar"]
    assert builder.cldr_names("BA", "en") == ["Bosnia & Herzegovina", "Bosnia and Herzegovina"]
    assert builder.cldr_names("CD", "en") == []  # "Congo - Kinshasa" is left to the overlay's label


def test_every_actor_of_the_seed_article_is_named_in_it() -> None:
    seed = REPO.parent / "shared" / "seed" / "000_dd389d9e22ba10dd.txt"
    if not seed.exists():
        pytest.skip("the shared seed article is not beside the checkout")
    text = fold(seed.read_text(encoding="utf-8"))
    actors = ("Russia", "North Korea", "China", "Iran", "Ukraine", "United States", "South Korea")
    actors += ("UN Security Council", "Vladimir Putin", "Kim Jong Un", "the West")
    for english in actors:
        found = [form for form in names_of(entity_named(english)) if fold(form) in text]
        assert found, f"no name of {english} occurs in the seed article"


def test_every_un_member_has_an_english_demonym_with_its_plural() -> None:
    states = {entry.get("iso"): entry for entry in entities("states")}
    lacking = sorted(code for code in UN_MEMBERS if not states[code].get("demonyms", {}).get("en"))
    # "Congolese" and "Dominican" each name two states: only the Dominican Republic, which news means, has one
    assert lacking == ["CD", "CG", "DM"]
    assert {"Zimbabwean", "Zimbabweans"} <= set(states["ZW"]["demonyms"]["en"])
    assert "Iraqis" in states["IQ"]["demonyms"]["en"]
    assert "Swiss" in states["CH"]["demonyms"]["en"] and "Swisss" not in states["CH"]["demonyms"]["en"]


def test_derived_persian_and_arabic_adjectives_follow_the_regular_endings() -> None:
    states = {entry.get("iso"): entry for entry in entities("states")}
    assert "کوبایی" in states["CU"]["demonyms"]["fa"]
    assert "سوداني" in states["SD"]["demonyms"]["ar"] or "السوداني" in states["SD"]["demonyms"]["ar"]


def test_no_demonym_or_capital_stands_for_two_entities() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entities("states"):
        for key in ("demonyms", "capitals"):
            for language, forms in entry.get(key, {}).items():
                for form in forms:
                    owners[language, form.casefold()].add(entry["id"])
    shared = sorted(form for form, ids in owners.items() if len(ids) > 1)
    assert shared == []


def test_a_state_name_that_is_an_ordinary_word_needs_its_qualifier() -> None:
    """Persian مالی is "financial"; Mali is named only as «کشور مالی» or «جمهوری مالی»."""
    names = {name for entry in entities("states") for name in entry["names"].get("fa", [])}
    assert "مالی" not in names
    assert "جمهوری مالی" in names
