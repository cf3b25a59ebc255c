"""The relation vocabulary (``ontology/relations.yaml``) as typed records."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from geograph.resources import ontology_dir

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    symmetric: bool
    plover: str
    plover_mode: str
    cameo: tuple[str, ...]
    quad_class: int
    labels: tuple[tuple[str, str], ...]
    definitions: tuple[tuple[str, str], ...]

    @property
    def plover_code(self) -> str:
        """PLOVER type and mode as the assertion schema prints it, e.g. ``CONSULT/visit``."""
        return f"{self.plover}/{self.plover_mode}" if self.plover_mode else self.plover

    @property
    def cooperation(self) -> bool:
        return self.quad_class in (1, 2)

    @property
    def material(self) -> bool:
        """A deed (aid, arms, force, sanctions), not words: GDELT's material QuadClasses 2 and 4."""
        return self.quad_class in (2, 4)

    def label(self, lang: str = "en") -> str:
        return dict(self.labels).get(lang) or dict(self.labels)["en"]


@cache
def relations() -> dict[str, Relation]:
    """All relations by name, in the vocabulary's order."""
    raw = yaml.safe_load((ontology_dir() / "relations.yaml").read_text(encoding="utf-8"))
    out: dict[str, Relation] = {}
    for item in raw["relations"]:
        out[item["name"]] = Relation(
            name=item["name"],
            symmetric=bool(item["symmetric"]),
            plover=item["plover"],
            plover_mode=item.get("plover_mode") or "",
            cameo=tuple(str(c) for c in item["cameo"]),
            quad_class=int(item["quad_class"]),
            labels=tuple(sorted(item["label"].items())),
            definitions=tuple(sorted(item["definition"].items())),
        )
    return out


def relation(name: str) -> Relation:
    try:
        return relations()[name]
    except KeyError:
        raise ValueError(f"unknown relation {name!r}; known: {', '.join(relations())}") from None
