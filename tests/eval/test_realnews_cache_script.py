"""scripts/realnews_cache.py: search excerpts, copied as JSON string literals, enter the cache only when their
length and hash are the ones the annotations record."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"
ROOT = FIXTURES / "realnews"
CACHE = FIXTURES / "realnews-cache"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "realnews_cache.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realnews_cache", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _literal(tmp_path: Path, ident: str, text: str) -> Path:
    path = tmp_path / "in" / f"{ident}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(text, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_exact_copy_enters_the_cache(script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (CACHE / "en" / "en-001.txt").read_text(encoding="utf-8")
    cache = tmp_path / "cache"
    code = script.main(["--data", str(ROOT), "--cache", str(cache), "put", str(_literal(tmp_path, "en-001", text))])
    assert code == 0
    assert "en-001\tOK" in capsys.readouterr().out
    assert (cache / "en" / "en-001.txt").read_bytes() == (CACHE / "en" / "en-001.txt").read_bytes()


def test_a_copy_one_character_off_is_refused_and_not_written(
    script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (CACHE / "en" / "en-001.txt").read_text(encoding="utf-8")
    cache = tmp_path / "cache"
    path = _literal(tmp_path, "en-001", text.replace(" ", "  ", 1))
    assert script.main(["--data", str(ROOT), "--cache", str(cache), "put", str(path)]) == 1
    assert "en-001\tMISMATCH" in capsys.readouterr().out
    assert not (cache / "en" / "en-001.txt").exists()


def test_the_plan_lists_only_what_the_cache_lacks(script: ModuleType, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "en").mkdir(parents=True)
    (cache / "en" / "en-001.txt").write_bytes((CACHE / "en" / "en-001.txt").read_bytes())
    out = tmp_path / "plan"
    assert script.main(["--data", str(ROOT), "--cache", str(cache), "plan", "--parts", "2", "--out", str(out)]) == 0
    planned = [
        item["id"]
        for n in (1, 2)
        for group in json.loads((out / f"part-{n}.json").read_text())
        for item in group["items"]
    ]
    assert planned == ["en-002"]
