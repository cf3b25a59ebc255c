"""Check the persons' Wikidata ids against downloaded public datasets that pair Q-ids with names.

``sources/person_ids.tsv`` records, per checked id, the label a source gives it and the source (repository
/ path @ commit). The source files themselves are third-party and stay out of the repository: save each
(or the rows that matter, with its header) under one directory, named by its source with '/' as '__' and
without the '@commit' (``every-politician-scrapers/world/sources/foreign/wikidata.csv`` becomes
``every-politician-scrapers__world__sources__foreign__wikidata.csv``; a second version of one file gets the
commit's first 12 digits before its extension), then run from the repository root:

    .venv/bin/python scripts/verify_person_ids.py /tmp/persons-ids            # check; exit 1 on a failure
    .venv/bin/python scripts/verify_person_ids.py /tmp/persons-ids --suggest  # ids for the '?' persons

A check fails when a recorded (id, label) pair is not in its source file, when the label does not name the
person, or when a dataset pairs one of the person's names with another id. ``--suggest`` lists, for each
person still marked '?' or without an id, the ids the datasets pair with one of their English names.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

GAZETTEER_SOURCES = Path(__file__).resolve().parent.parent / "ontology" / "gazetteer" / "sources"
QID = re.compile(r"Q[1-9]\d*")
# Honorifics the datasets prefix to names ("Sheikh", "Dr"), ignored when comparing.
TITLES = {
    "sheikh",
    "dr",
    "shri",
    "smt",
    "prince",
    "king",
    "sultan",
    "emir",
    "sir",
    "sayyed",
    "seyyed",
    "brigadier",
    "general",
}


@dataclass(frozen=True, slots=True)
class Person:
    qid: str  # '-' when the table gives no id
    verified: bool
    english: tuple[str, ...]
    heads: tuple[tuple[str, int], ...] = ()  # (state's Wikidata id, first year) of each head of state/government office


@dataclass(frozen=True, slots=True)
class Finding:
    qid: str
    message: str


def fold(name: str) -> tuple[str, ...]:
    """A name as lower-case ASCII words without titles, so spellings of one name compare equal."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_name = re.sub(r"['`’]", "", ascii_name)
    return tuple(word for word in re.findall(r"[a-z0-9]+", ascii_name) if word not in TITLES)


def names_match(label: str, names: Iterable[str]) -> bool:
    """Whether a dataset label names the person: equal after folding, or the same first word and one's words
    all in the other's ("Mohammed bin Salman" in "Mohammed bin Salman Al Saud", not Sabah in Mishal Al-Sabah)."""
    words = fold(label.partition(",")[0])  # "Salman bin Hamad, Crown Prince of Bahrain"
    for name in names:
        other = fold(name)
        if not words or not other:
            continue
        shorter, longer = sorted((set(words), set(other)), key=len)
        if words == other or (len(shorter) >= 2 and shorter <= longer and words[0] == other[0]):
            return True
    return False


def read_persons(table: str, state_ids: dict[str, str]) -> list[Person]:
    """The persons of persons.txt; ``state_ids`` maps the table's ISO codes to Wikidata ids."""
    persons = []
    for line in table.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        qid, english, *_, offices = (cell.strip() for cell in line.split("|"))
        names = tuple(name.strip() for name in english.split(";") if name.strip())
        heads = tuple(
            (state_ids[code], int(start[:4]))
            for role, code, start, _end in (office.split() for office in offices.split(";") if office.strip())
            if role in ("hos", "hog")
        )
        persons.append(Person(qid.removesuffix("?"), not qid.endswith("?") and qid != "-", names, heads))
    return persons


def overlay_state_ids() -> dict[str, str]:
    overlay = yaml.safe_load((GAZETTEER_SOURCES / "states_overlay.yaml").read_text(encoding="utf-8"))
    return {code: spec["id"] for code, spec in {**overlay["un_members"], **overlay["other_codes"]}.items()}


OFFICE_LABEL = re.compile(r"office: .* of (Q\d+) since (\d{4})$")


def label_fits(label: str, person: Person) -> bool:
    """A source label fits a person when it names them, or (``office: <position> of <state> since <year>``, for
    lists that give the office but no name) it is an office the person took up in that state that year."""
    office = OFFICE_LABEL.fullmatch(label)
    if office:
        return (office[1], int(office[2])) in person.heads
    return names_match(label, person.english)


def read_recorded(text: str) -> dict[str, tuple[str, str]]:
    """person_ids.tsv: Qid -> (label in the source, source)."""
    recorded = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            qid, label, source = (cell.strip() for cell in line.split("\t"))
            recorded[qid] = (label, source)
    return recorded


def dataset_files(source: str) -> tuple[str, str]:
    """The file names a source may be saved under: with the commit's first 12 digits before the extension (when
    two versions of one file are used) or without."""
    path, _, commit = source.partition("@")
    plain = path.replace("/", "__")
    stem, dot, suffix = plain.rpartition(".")
    return (f"{stem}@{commit[:12]}{dot}{suffix}" if dot else f"{plain}@{commit[:12]}"), plain


def read_text_pairs(path: Path) -> set[tuple[str, str]]:
    """(Qid, label) pairs of a text table: each id with the words before it on its line, leading numbers dropped
    (``2    1    Dmitriy Anatolyevich MEDVEDEV     Q23530    0.999676``)."""
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for match in re.finditer(r"\bQ[1-9]\d*\b", line):
            words = line[: match.start()].split()
            while words and re.fullmatch(r"[\d.]+", words[0]):
                words.pop(0)
            if words:
                pairs.add((match.group(), " ".join(words)))
    return pairs


def read_pairs(path: Path) -> set[tuple[str, str]]:
    """(Qid, label) pairs of one CSV: an id column with the column right of it and its ``...Label`` column
    (``officeholder,officeholderLabel``, ``wdid,name,...,wdLabel``, ``person,name``), or the column left of an
    ``...ID`` column (``person,personID``). Other files are read as text tables (``read_text_pairs``)."""
    if path.suffix != ".csv":
        return read_text_pairs(path)
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    pairs: set[tuple[str, str]] = set()
    for row in rows:
        for index, cell in enumerate(row):
            if not QID.fullmatch(cell):
                continue
            label_name = "wdLabel" if header[index] == "wdid" else header[index] + "Label"
            label_columns = {index + 1} | {other for other, name in enumerate(header) if name == label_name}
            if header[index].endswith("ID") and index:
                label_columns.add(index - 1)
            if header[index] == "officeholder" and {"countryid", "positionLabel", "start_year"} <= set(header):
                where = {name: row[header.index(name)] for name in ("countryid", "positionLabel", "start_year")}
                pairs.add(
                    (cell, f"office: {where['positionLabel']} of {where['countryid']} since {where['start_year']}")
                )
            pairs.update(
                (cell, row[other]) for other in label_columns if other < len(row) and not QID.fullmatch(row[other])
            )
    return pairs


def check(persons: list[Person], recorded: dict[str, tuple[str, str]], datasets: Path) -> list[Finding]:
    findings = []
    pairs_of = {path.name: read_pairs(path) for path in sorted(datasets.glob("*.csv")) + sorted(datasets.glob("*.txt"))}
    everything = set().union(*pairs_of.values()) if pairs_of else set()
    for person in persons:
        if person.verified:
            label, source = recorded.get(person.qid, ("", ""))
            if not source:
                findings.append(Finding(person.qid, f"{person.english[0]}: verified but no source recorded"))
            names = dataset_files(source)
            pairs = next((pairs_of[name] for name in names if name in pairs_of), None) if source else set()
            if pairs is None:
                findings.append(Finding(person.qid, f"{source}: no file {names[1]} in {datasets}"))
            elif source and (person.qid, label) not in pairs:
                findings.append(Finding(person.qid, f"{source} does not pair {person.qid} with {label!r}"))
            if source and not label_fits(label, person):
                findings.append(Finding(person.qid, f"{label!r} does not name {person.english[0]}"))
        others = {qid for qid, text in everything if qid != person.qid and names_match(text, person.english[:1])}
        if others and person.qid != "-":
            findings.append(Finding(person.qid, f"{person.english[0]}: the datasets give {sorted(others)}"))
    return findings


def suggest(persons: list[Person], datasets: Path) -> list[str]:
    by_qid: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(datasets.glob("*.csv")) + sorted(datasets.glob("*.txt")):
        for qid, text in read_pairs(path):
            by_qid[qid].add((text, path.name))
    lines = []
    for person in persons:
        if person.verified:
            continue
        for qid, found in sorted(by_qid.items()):
            hits = sorted((text, name) for text, name in found if names_match(text, person.english[:1]))
            if hits:
                lines.append(f"{person.english[0]}\t{person.qid}\t{qid}\t{hits[0][0]}\t{hits[0][1]}")
    return lines


# "::*Emomali Rahmon, Chairman of the Supreme Assembly (1992–1994), President (1994–present)"
LIST_ENTRY = re.compile(r"^:+\*\s*(?P<name>[^,(]+?)\s*[,(]")
LIST_SPAN = re.compile(r"(\d{4})(?:\s*[–-]\s*(\d{4}|present))?")
STATE_PREFIXES = ("People's Republic of ", "Islamic Republic of ", "Republic of ", "Kingdom of ", "State of ")


@dataclass(frozen=True, slots=True)
class Tenure:
    """One line of a state-leader list: a name and the years of its spans (several for acting, then elected)."""

    state: str
    name: str
    spans: tuple[tuple[int, int | None], ...]  # (first year, last year or None for "present")


def _joined(spans: list[tuple[int, int | None]]) -> tuple[tuple[int, int | None], ...]:
    joined: list[tuple[int, int | None]] = []
    for start, end in sorted(spans, key=lambda span: span[0]):
        if joined and joined[-1][1] == start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return tuple(joined)


def read_tenures(text: str, state_ids: dict[str, str]) -> list[Tenure]:
    """The tenures of a Wikipedia "List of state leaders" page, for the states whose heading names one of ours."""
    tenures, state = [], None
    for line in text.splitlines():
        if line.startswith("-   "):
            heading = line[4:].partition(" (")[0]
            candidates = [heading, heading.partition(":")[0], heading.partition(",")[0]]
            candidates += [c.removeprefix(prefix) for c in candidates for prefix in STATE_PREFIXES]
            state = next((state_ids[fold_state] for c in candidates if (fold_state := c.strip()) in state_ids), None)
            continue
        entry = LIST_ENTRY.match(line)
        if state and entry:
            spans = []
            for first, last in LIST_SPAN.findall(line[entry.end() - 1 :]):
                end = None if last == "present" else int(last) if last else int(first)
                spans.append((int(first), end))
            if spans:
                tenures.append(Tenure(state, entry["name"], tuple(spans)))
    return tenures


def check_years(persons: list[dict[str, Any]], tenures: list[Tenure], listed_until: int) -> tuple[int, list[str]]:
    """Heads of state and government whose office years differ from the list's (only persons the list names)."""
    checked, mismatches = 0, []
    for person in persons:
        english = person["names"]["en"]
        for office in person["offices"]:
            if office["role"] not in ("head_of_state", "head_of_government"):
                continue
            mine = [t for t in tenures if t.state == office["state"] and names_match(t.name, english)]
            start, end = office["start"], office["end"]
            if not mine or (end is not None and end.year < 2001) or start.year >= listed_until:
                continue
            checked += 1
            # a term handed over on 1 January ends in the year before (the lists write it either way)
            end_years = {end.year, (end - timedelta(days=1)).year} if end else {None}
            # the list's spans as written, joined within a line (acting, then elected), and across lines
            spans = {span for t in mine for span in (*t.spans, *_joined(list(t.spans)))}
            spans |= set(_joined([span for t in mine for span in t.spans]))
            if not any(
                first == start.year
                and (last in end_years or (last is None and all(y is None or y >= listed_until for y in end_years)))
                for first, last in spans
            ):
                spans_text = "; ".join(f"{a}-{b or 'present'}" for t in mine for a, b in t.spans)
                period = f"{start.year}-{end.year if end else 'now'}"
                mismatches.append(f"{english[0]}\t{office['role']}\t{period}\tlist: {spans_text}")
    return checked, mismatches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", type=Path, help="directory of downloaded dataset CSV files")
    parser.add_argument("--suggest", action="store_true", help="list dataset ids for the unverified persons")
    parser.add_argument("--years", type=Path, help="a saved 'List of state leaders' page: check office years")
    parser.add_argument("--listed-until", type=int, default=2018, help="the year the list's 'present' means")
    args = parser.parse_args(argv)
    if args.years:
        gazetteer = GAZETTEER_SOURCES.parent
        states = yaml.safe_load((gazetteer / "states.yaml").read_text(encoding="utf-8"))["entities"]
        state_ids = {name: entry["id"] for entry in states for name in entry["names"]["en"]}
        persons_yaml = yaml.safe_load((gazetteer / "persons.yaml").read_text(encoding="utf-8"))["entities"]
        tenures = read_tenures(args.years.read_text(encoding="utf-8"), state_ids)
        checked, mismatches = check_years(persons_yaml, tenures, args.listed_until)
        print("\n".join(mismatches))
        print(f"{checked} head-of-state/government periods checked, {len(mismatches)} differ", file=sys.stderr)
        return 1 if mismatches else 0
    persons = read_persons((GAZETTEER_SOURCES / "persons.txt").read_text(encoding="utf-8"), overlay_state_ids())
    if args.suggest:
        print("\n".join(suggest(persons, args.datasets)))
        return 0
    recorded = read_recorded((GAZETTEER_SOURCES / "person_ids.tsv").read_text(encoding="utf-8"))
    findings = check(persons, recorded, args.datasets)
    for finding in findings:
        print(f"{finding.qid}\t{finding.message}")
    verified = sum(person.verified for person in persons)
    print(f"{verified} verified ids, {len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
