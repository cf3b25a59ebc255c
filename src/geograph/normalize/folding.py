"""How one character folds for matching: Arabic/Persian letter variants, digits, marks, invisibles, spaces.

Folding is per character, so it can be done with ``str.translate`` and mapped back to the original text.
NFKC is applied to each character on its own (which unfolds presentation forms such as ``ﻻ`` into ``لا``);
combining sequences are not recomposed, which keeps the fold context-free.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Arabic letter forms and their Persian (canonical) counterpart. Hamza-carrying yeh and waw fold too: Persian
# itself spells the same words both ways (مسئله / مسیله, رئیس / رییس), so matching must not depend on it.
_LETTERS: dict[str, str] = {
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA
    "\u0626": "\u06cc",  # YEH WITH HAMZA ABOVE
    "\u06d0": "\u06cc",  # YEH (Pashto E)
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u06aa": "\u06a9",  # SWASH KAF
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE (Persian ezafe heh)
    "\u06c1": "\u0647",  # HEH GOAL
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW
    "\u0671": "\u0627",  # ALEF WASLA
    "\u0622": "\u0627",  # ALEF WITH MADDA
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",  # WAW WITH HAMZA ABOVE
    "\u2028": "\n",  # LINE SEPARATOR
    "\u2029": "\n",  # PARAGRAPH SEPARATOR
}
_LETTERS.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_LETTERS.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits


def _deleted_code_points() -> frozenset[str]:
    ranges = [
        (0x0610, 0x061A),  # honorific and Quranic signs above letters
        (0x064B, 0x065F),  # tanwin, harakat, shadda, sukun, maddah, hamza above/below, other marks
        (0x0670, 0x0670),  # superscript alef
        (0x06D6, 0x06DC),  # Quranic annotation marks
        (0x06DF, 0x06E4),
        (0x06E7, 0x06E8),
        (0x06EA, 0x06ED),
        (0x08D3, 0x08E1),  # extended Arabic marks
        (0x08E3, 0x08FF),
        (0x0640, 0x0640),  # tatweel
        (0x00AD, 0x00AD),  # soft hyphen
        (0x200B, 0x200F),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
        (0x061C, 0x061C),  # ALM
        (0x202A, 0x202E),  # LRE, RLE, PDF, LRO, RLO
        (0x2060, 0x2060),  # word joiner
        (0x2066, 0x2069),  # LRI, RLI, FSI, PDI
        (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
    ]
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


DELETED: frozenset[str] = _deleted_code_points()


def _fold_one(char: str) -> str:
    """The fold of one character after its own NFKC: a letter form, a digit, a space, or nothing."""
    out = []
    for ch in unicodedata.normalize("NFKC", char):
        if ch in DELETED:
            continue
        if unicodedata.category(ch) == "Zs":
            out.append(" ")
            continue
        out.append(_LETTERS.get(ch, ch))
    return "".join(out)


def fold_char(char: str) -> str:
    """What ``char`` becomes in normalized text ("" when it is dropped)."""
    return fold_table().table.get(ord(char), char)


@dataclass(frozen=True)
class FoldTable:
    """The ``str.translate`` table and a pattern finding the characters that do not fold one to one."""

    table: dict[int, str]
    irregular: re.Pattern[str]


# Blocks that news text is made of get explicit identity entries: str.translate is markedly faster on a hit
# than on a miss (a miss raises and catches LookupError inside CPython).
_COMMON_BLOCKS = ((0x0000, 0x0250), (0x0600, 0x0700), (0x0750, 0x0780), (0x2000, 0x2070))


@cache
def fold_table() -> FoldTable:
    """Build the fold for every code point that changes (about 5,000 of them; ~0.25 s, once per process)."""
    table: dict[int, str] = {}
    for lo, hi in _COMMON_BLOCKS:
        table.update((cp, chr(cp)) for cp in range(lo, hi))
    for cp in range(0x110000):
        char = chr(cp)
        if unicodedata.decomposition(char) or unicodedata.category(char) == "Zs":
            table[cp] = _fold_one(char)
    for char in (*DELETED, *_LETTERS):
        table[ord(char)] = _fold_one(char)
    irregular = sorted(cp for cp, folded in table.items() if len(folded) != 1)
    return FoldTable(table=table, irregular=re.compile(_char_class(irregular) + "+"))


def _char_class(code_points: list[int]) -> str:
    """A regex class of sorted code points written as ranges (a class of single characters scans slowly)."""
    ranges: list[list[int]] = []
    for cp in code_points:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = (re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges)
    return "[" + "".join(parts) + "]"
