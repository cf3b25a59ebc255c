"""Fuzzing the readers, the normalizer, the extractor and the CLI with hostile input: nothing escapes, time
per KB stays bounded, and every offset points back into the original text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fuzz_strategies import FUZZ, TEXT, feeds, html_pages, json_lines
from hypothesis import given
from hypothesis import strategies as st

from geograph.cli import main
from geograph.extract import Extractor
from geograph.normalize import normalize
from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, ReadFailure

EXTRACTOR = Extractor()
WARM_UP = (
    "Russia met Iran on 20 June 2024 (1403/03/31). روسیه ۲۰ خرداد ۱۴۰۳ با ایران دیدار کرد. "
    "التقت روسيا إيران في ٢٠ يونيو ٢٠٢٤."
)
for _lang in ("en", "fa", "ar", "xx"):  # what extraction builds on first use, before any time is measured
    # every script, so that each language's date patterns are compiled (a text's script picks them)
    EXTRACTOR.extract(Article(id="warm-up", text=WARM_UP, lang=_lang))
MS_PER_KB = 250.0  # far above the ~1-2 ms per KB of prose: only a blow-up fails it


@FUZZ
@given(text=TEXT)
def test_normalized_offsets_map_back_into_the_text(text: str) -> None:
    norm = normalize(text)
    positions = [norm.to_original(i) for i in range(len(norm.text) + 1)]
    assert all(0 <= p <= len(text) for p in positions)
    assert positions == sorted(positions)


@FUZZ
@given(text=TEXT, lang=st.sampled_from(["en", "fa", "ar", "xx"]))
def test_extraction_never_raises_and_its_evidence_is_in_the_text(text: str, lang: str) -> None:
    article = Article(id="fuzz", text=text, lang=lang)
    timings = []
    for _ in range(2):  # the faster of two: a garbage collection during one run is not the extractor's cost
        started = time.process_time()
        extraction = EXTRACTOR.extract(article)
        timings.append((time.process_time() - started) * 1000)
    assert min(timings) <= MS_PER_KB * max(1.0, len(text.encode("utf-8")) / 1024) + 50
    for assertion in extraction.assertions:
        assert 0 <= assertion.start <= assertion.end <= len(text)
    for mention in extraction.mentions:
        assert 0 <= mention.start <= mention.end <= len(text)


def _read_all(path: Path) -> list[Article | ReadFailure]:
    return list(read_inputs([str(path)], ReadOptions()))


@FUZZ
@given(
    content=st.one_of(
        html_pages().map(lambda t: ("page.html", t.encode("utf-8"))),
        json_lines().map(lambda t: ("items.jsonl", t.encode("utf-8"))),
        feeds().map(lambda t: ("feed.xml", t.encode("utf-8"))),
        TEXT.map(lambda t: ("note.txt", t.encode("utf-8", "surrogatepass"))),
        st.binary(max_size=2000).map(lambda b: ("blob.txt", b)),
    )
)
def test_every_reader_answers_with_articles_or_failures(
    tmp_path_factory: pytest.TempPathFactory, content: tuple[str, bytes]
) -> None:
    name, data = content
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    for item in _read_all(path):
        assert isinstance(item, Article | ReadFailure)
        if isinstance(item, Article):
            for start, end in item.boilerplate:
                assert 0 <= start <= end <= len(item.text)


@FUZZ
@given(
    args=st.lists(
        st.one_of(
            st.sampled_from(["--lang", "--published", "--source", "--format", "--max-bytes", "--include", "-"]),
            st.sampled_from(["fa", "en", "xx", "1403/13/40", "jsonl", "table", "0", "-1", "*.txt", "\x00"]),
            st.text(max_size=20),
        ),
        max_size=6,
    ),
    stdin=TEXT,
)
def test_extract_on_any_arguments_gives_output_or_a_message_never_a_traceback(args: list[str], stdin: str) -> None:
    result = CliRunner().invoke(main, ["extract", *args], input=stdin)
    assert isinstance(result.exception, SystemExit | None), repr(result.exception)
    assert "Traceback" not in result.output
