"""The state an article's outlet publishes from: what «کشورمان» (our country) names in an agency's own voice.

Data: ``ontology/gazetteer/outlets.yaml`` (hosts of outlets under generic domains) and the ISO codes of
``states.yaml`` (a host under a state's country-code domain is that state's, unless the code sells as a
generic domain). Unknown outlets name no state: the reference is then left unresolved, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from geograph.extract.actors.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Outlets:
    """Hosts and country-code domains, each with the id of the state it publishes from."""

    hosts: dict[str, str]
    country_domains: dict[str, str]

    def state_of(self, *addresses: str | None) -> str | None:
        """The id of the state the outlet at the first address it knows publishes from (an article's web
        address, then its source when that is one), or None."""
        for address in addresses:
            host = _host(address)
            if host is None:
                continue
            parts = host.split(".")
            # "en.mehrnews.com", then "mehrnews.com"; else its country-code domain
            found = (self.hosts.get(".".join(parts[n:])) for n in range(len(parts) - 1))
            state = next((s for s in found if s is not None), None) or self.country_domains.get(parts[-1])
            if state is not None:
                return state
        return None

    @classmethod
    def load(cls, path: Path, gazetteer: Gazetteer) -> Outlets:
        """The outlets of ``path`` (``outlets.yaml``); the states' country codes come from ``gazetteer``."""
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
        data = data or {}
        hosts = {
            str(host).lower(): str(outlet["state"]) for outlet in data.get("outlets") or [] for host in outlet["hosts"]
        }
        generic = {str(code).lower() for code in data.get("generic_country_domains") or []}
        domains = {
            entry.iso.lower(): entry.id
            for entry in gazetteer.entries.values()
            if entry.iso and entry.type == "state" and entry.iso.lower() not in generic
        }
        return cls(hosts, domains)


def _host(address: str | None) -> str | None:
    if not address or "." not in address or any(c.isspace() for c in address.strip()):
        return None
    text = address.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname
    return host.removeprefix("www.") if host else None
