"""Article text is hostile: making it harmless where a person looks at it, in a terminal or a spreadsheet.

Data formats (JSON, RDF, GraphML, ...) keep the text exactly; only what is shown to a person is changed, and
every human-readable writer goes through these two functions.
"""

from __future__ import annotations

import re

# Bidirectional embeddings, overrides and isolates reorder what is shown ("Trojan source"); the plain marks
# LRM, RLM and ALM, which Persian and Arabic text uses, do not and are kept.
_BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
# Lone surrogates (how Python decodes file names that are not UTF-8) cannot be written out at all.
_SURROGATES = range(0xD800, 0xE000)
_ESCAPED = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), *_BIDI_CONTROLS, *_SURROGATES)


def _visible(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TERMINAL_LINE = {code: _visible(code) for code in _ESCAPED if code != 0x09}
_TERMINAL_LINES = {code: text for code, text in _TERMINAL_LINE.items() if code != 0x0A}


def terminal_text(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``) instead of obeyed.

    ESC (and with it every escape sequence), the C1 controls (CSI 0x9b among them), carriage return, DEL and
    the bidi overrides are escaped, and lone surrogates (which cannot be encoded); tab is kept, and newline when
    ``keep_newlines`` (multi-line output).
    """
    return text.translate(_TERMINAL_LINES if keep_newlines else _TERMINAL_LINE)


# A cell a spreadsheet would take for a formula (OWASP "CSV injection"): =, +, -, @, and tab or carriage
# return before them. A plain number is left alone: it cannot be a formula, and "-3" must stay a number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_cell(value: str) -> str:
    """``value`` for a CSV cell: prefixed with a single quote when a spreadsheet would run it as a formula."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
