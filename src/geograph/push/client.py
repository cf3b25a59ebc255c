"""The HTTP side of a push: SPARQL 1.1 Graph Store Protocol and SPARQL Update over urllib.

Servers name their endpoints differently (Oxigraph ``/store`` and ``/update``, Fuseki ``/ds/data`` and
``/ds/update``, Virtuoso ``/sparql-graph-crud`` and ``/sparql``); :func:`endpoints` derives the update URL from
the graph store URL the user gives, and either may be given outright.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

N_TRIPLES = "application/n-triples"
_UPDATE_FOR_STORE = {"/store": "/update", "/data": "/update", "/sparql-graph-crud": "/sparql"}
_TIMEOUT = 300.0
_UNSUPPORTED = frozenset({400, 404, 405, 406, 415, 501})  # the server does not speak this protocol here


class PushError(RuntimeError):
    """The server refused or could not be reached; nothing was marked as pushed."""


class Unsupported(PushError):
    """The endpoint does not accept this protocol (so the other one is tried)."""


@dataclass(frozen=True, slots=True)
class Endpoints:
    graph_store: str
    update: str


@dataclass(frozen=True, slots=True)
class Auth:
    user: str
    password: str

    def header(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


def endpoints(url: str, update: str | None = None) -> Endpoints:
    """The graph store and update URLs for ``url`` (a graph store URL, or the server's SPARQL endpoint)."""
    if update is not None:
        return Endpoints(url, update)
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    for store_suffix, update_suffix in _UPDATE_FOR_STORE.items():
        if path.endswith(store_suffix):
            derived = parts._replace(path=path[: -len(store_suffix)] + update_suffix, query="")
            return Endpoints(url, urllib.parse.urlunsplit(derived))
    return Endpoints(url, url)


class SparqlClient:
    """Sends RDF to one server; every method raises :class:`PushError` unless the server said 2xx."""

    def __init__(self, urls: Endpoints, auth: Auth | None = None, timeout: float = _TIMEOUT) -> None:
        self.urls = urls
        self.auth = auth
        self.timeout = timeout

    def _graph_url(self, graph: str | None) -> str:
        query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
        separator = "&" if "?" in self.urls.graph_store else "?"
        return f"{self.urls.graph_store}{separator}{query}"

    def _send(self, method: str, url: str, body: bytes | Path, content_type: str) -> None:
        headers = {"Content-Type": content_type}
        if self.auth is not None:
            headers["Authorization"] = self.auth.header()
        if isinstance(body, Path):
            headers["Content-Length"] = str(body.stat().st_size)
            with body.open("rb") as data:
                self._open(urllib.request.Request(url, data=data, headers=headers, method=method))
        else:
            self._open(urllib.request.Request(url, data=body, headers=headers, method=method))

    def _open(self, request: urllib.request.Request) -> None:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            detail = error.read()[:500].decode("utf-8", "replace").strip()
            kind = Unsupported if error.code in _UNSUPPORTED else PushError
            raise kind(f"{request.get_method()} {request.full_url}: HTTP {error.code} {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            raise PushError(f"{request.get_method()} {request.full_url}: {error}") from error

    def put_graph(self, graph: str | None, ntriples: bytes | Path) -> None:
        """Graph Store Protocol PUT: the graph becomes exactly these triples."""
        self._send("PUT", self._graph_url(graph), ntriples, N_TRIPLES)

    def post_graph(self, graph: str | None, ntriples: bytes | Path) -> None:
        """Graph Store Protocol POST: these triples are added to the graph (RDF merge)."""
        self._send("POST", self._graph_url(graph), ntriples, N_TRIPLES)

    def update(self, sparql: str) -> None:
        """A SPARQL 1.1 Update request (``application/sparql-update``)."""
        self._send("POST", self.urls.update, sparql.encode("utf-8"), "application/sparql-update")
