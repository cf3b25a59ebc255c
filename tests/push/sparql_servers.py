"""Real SPARQL servers on loopback for the push tests, and a proxy that fails chosen requests."""

from __future__ import annotations

import contextlib
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import RdfFormat, parse

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def oxigraph_command() -> str | None:
    """The ``oxigraph`` CLI of this environment (the ``oxigraph`` package on PyPI), if installed."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


@dataclass(frozen=True)
class Server:
    """A running server: its base URL, Graph Store Protocol URL and SPARQL query URL."""

    base: str
    store_path: str = "/store"
    query_path: str = "/query"

    @property
    def store(self) -> str:
        return f"{self.base}{self.store_path}"

    def graph_triples(self, graph: str | None) -> set[str]:
        """The graph as the server holds it, each triple in N-Triples, fetched by Graph Store Protocol GET."""
        query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
        request = urllib.request.Request(f"{self.store}?{query}", headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            if error.code == 404:  # no such graph yet
                return set()
            raise
        return {str(quad.triple) for quad in parse(body, RdfFormat.N_TRIPLES)}

    def select(self, sparql: str) -> list[dict[str, str]]:
        """A SELECT over HTTP; each row as variable -> the term's value."""
        import json

        data = urllib.parse.urlencode({"query": sparql}).encode()
        request = urllib.request.Request(
            f"{self.base}{self.query_path}", data=data, headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.loads(response.read())
        return [{name: cell["value"] for name, cell in row.items()} for row in answer["results"]["bindings"]]


def _wait_until_up(query_url: str, process: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    query = urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{query_url}?{query}", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"{process.args!r} did not start listening")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def oxigraph_server(location: Path, port: int | None = None) -> Iterator[Server]:
    """``oxigraph serve`` on 127.0.0.1, persisting into ``location``; stopped on exit."""
    command = oxigraph_command()
    assert command is not None
    port = port or free_port()
    process = subprocess.Popen(
        [command, "serve", "--location", str(location), "--bind", f"{LOOPBACK}:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://{LOOPBACK}:{port}"
    try:
        _wait_until_up(f"{base}/query", process)
        yield Server(base)
    finally:
        _stop(process)


_VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = {host}:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}

[HTTPServer]
ServerPort = {host}:{http_port}
ServerThreads = 4
"""


def virtuoso_commands() -> tuple[str, str] | None:
    """Debian's ``virtuoso-t`` and ``isql-vt`` (package virtuoso-opensource-7-bin), if installed."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (server, isql) if server and isql else None


@contextlib.contextmanager
def virtuoso_server(directory: Path) -> Iterator[Server]:
    """A fresh Virtuoso on 127.0.0.1 with SPARQL Update granted to its anonymous SPARQL user."""
    commands = virtuoso_commands()
    assert commands is not None
    server_command, isql = commands
    directory.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(dir=directory, host=LOOPBACK, sql_port=sql_port, http_port=http_port), encoding="utf-8"
    )
    process = subprocess.Popen(
        [server_command, "+foreground", "+configfile", str(ini)],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://{LOOPBACK}:{http_port}"
    try:
        _wait_until_up(f"{base}/sparql", process)
        # Virtuoso refuses updates from the anonymous endpoint until this grant (dba/dba: a fresh database).
        subprocess.run(
            [isql, f"{LOOPBACK}:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield Server(base, store_path="/sparql-graph-crud", query_path="/sparql")
    finally:
        _stop(process)


class _Proxy(http.server.BaseHTTPRequestHandler):
    upstream: str
    fail: Callable[[str, str], bool]
    seen: list[tuple[str, str, int]]

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if self.fail(self.command, self.path):
            self.seen.append((self.command, self.path, 503))
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.upstream + self.path, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, payload = error.code, error.read()
        self.seen.append((self.command, self.path, status))
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = _forward

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return


@contextlib.contextmanager
def failing_proxy(upstream: str, fail: Callable[[str, str], bool]) -> Iterator[tuple[str, list[tuple[str, str, int]]]]:
    """A loopback proxy to ``upstream`` answering 503 to requests for which ``fail(method, path)`` is true.

    Yields the proxy's base URL and the list of (method, path, status) it handled.
    """
    seen: list[tuple[str, str, int]] = []
    handler = type("Handler", (_Proxy,), {"upstream": upstream, "fail": staticmethod(fail), "seen": seen})
    server = http.server.ThreadingHTTPServer((LOOPBACK, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
