"""Summarizing py-spy's collapsed stacks into the profile tables of docs/benchmarks.md."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from hotspots import summarize

RAW = """\
<module> (x.py:1);extract (geograph/extract/__init__.py:54);find_dates (geograph/extract/dates.py:430) 6
<module> (x.py:1);extract (geograph/extract/__init__.py:54);Actors.__call__ (geograph/extract/pipeline.py:93) 3
<module> (x.py:1);extract (geograph/extract/__init__.py:54);_pipeline (geograph/extract/__init__.py:30) 50
<module> (x.py:1);extract (geograph/extract/__init__.py:54);_lexicon (d.py:1);load (yaml/__init__.py:80) 20
<module> (x.py:1);read_inputs (geograph/read/inputs.py:18) 40
<module> (x.py:1);extract (geograph/extract/__init__.py:54) 1
"""


def test_only_steady_state_extraction_samples_count() -> None:
    profile = summarize(RAW)
    # pipeline building, YAML loading and reading are left out: 6 + 3 + 1 samples remain
    assert profile.samples == 10
    assert profile.own[0] == ("find_dates (geograph/extract/dates.py:430)", 0.6)
    inclusive = dict(profile.inclusive)
    assert inclusive["find_dates (geograph/extract/dates.py)"] == 0.6
    assert inclusive["Actors.__call__ (geograph/extract/pipeline.py)"] == 0.3
    # what is on every stack says nothing and is dropped
    assert "extract (geograph/extract/__init__.py)" not in inclusive


def test_no_extraction_samples_gives_an_empty_profile() -> None:
    assert summarize("<module> (x.py:1);read (r.py:2) 5\n").samples == 0
