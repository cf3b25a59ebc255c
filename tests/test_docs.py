"""Every example in the README and docs/ runs: its commands succeed on a fresh store built from the bundled
articles, in the order the page gives them, and print what the page shows first; its Python runs.

A block that cannot run here (a Dask cluster, a SPARQL server, texts kept outside the repository) is marked
with ``<!-- doc-test: skip (reason) -->`` on the line before it, and counted.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"(?P<before>[^\n]*)\n```(?P<kind>console|python)\n(?P<body>.*?)```", re.S)
_SKIP = re.compile(r"<!-- doc-test: skip \((?P<reason>[^)]+)\) -->")


@dataclass(frozen=True)
class Example:
    page: str
    line: int
    kind: str  # console | python
    body: str
    skipped: str | None  # the reason, when marked


def examples(page: Path) -> list[Example]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        skip = _SKIP.search(match["before"])
        line = text.count("\n", 0, match.start("body"))
        body = match["body"]
        if match["kind"] == "console" and not any(row.startswith("$ ") for row in body.splitlines()):
            continue  # commands shown without a prompt (make demo): instructions, not a transcript
        found.append(Example(page.name, line, match["kind"], body, skip["reason"] if skip else None))
    return found


def commands(example: Example) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` with the output lines the page shows under it."""
    out: list[tuple[str, list[str]]] = []
    for row in example.body.splitlines():
        if row.startswith("$ "):
            out.append((row[2:], []))
        elif out and row.strip():
            out[-1][1].append(row)
    return out


def _head(line: str) -> str:
    """What a shown output line must start with: its words before the first figure or column gap."""
    return re.split(r"\d|\s{2,}", line.strip(), maxsplit=1)[0].strip()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding links to the bundled articles and gold set, where the examples write their store."""
    folder = tmp_path_factory.mktemp("docs")
    for name in ("data", "tests", "queries"):
        if (ROOT / name).exists():
            (folder / name).symlink_to(ROOT / name)
    return folder


def _run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("GEOGRAPH_DB", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    return subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=600)


ALL = [example for page in PAGES for example in examples(page)]


def test_the_pages_hold_examples_and_few_are_skipped() -> None:
    skipped = [e for e in ALL if e.skipped]
    assert len(ALL) >= 15
    assert len(skipped) <= len(ALL) // 3, [(e.page, e.line, e.skipped) for e in skipped]


@pytest.mark.skipif(shutil.which("bash") is None, reason="the examples are bash command lines")
def test_every_example_runs(workspace: Path) -> None:
    failures = []
    for example in ALL:
        if example.skipped:
            continue
        if example.kind == "python":
            result = _run(f"{sys.executable} - <<'PYTHON'\n{example.body}PYTHON", workspace)
            if result.returncode != 0:
                failures.append(f"{example.page}:{example.line}: python failed: {result.stderr[-800:]}")
            continue
        for command, shown in commands(example):
            result = _run(command, workspace)
            if result.returncode != 0:
                failures.append(
                    f"{example.page}:{example.line}: `{command}` exited {result.returncode}: {result.stderr[-500:]}"
                )
                continue
            if shown:
                first = (result.stdout.splitlines() or [""])[0]
                if not first.strip().startswith(_head(shown[0])):
                    failures.append(
                        f"{example.page}:{example.line}: `{command}` printed {first[:100]!r}, "
                        f"the page shows {shown[0][:100]!r}"
                    )
    assert not failures, "\n".join(failures)
