"""Bytes to text: UTF-8 (with or without BOM) and UTF-16/32 with BOM.

Anything else is refused with a reason, never decoded by guesswork."""

from __future__ import annotations

import codecs
import unicodedata

from geograph.read.options import UnreadableInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def decode(data: bytes) -> str:
    """The text of ``data``; raises ``UnreadableInput`` saying why it is not readable text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"not valid {encoding.upper()} despite its byte-order mark ({exc.reason})"
                raise UnreadableInput(reason) from exc
            return _non_empty(text)
    if not data.strip():
        raise UnreadableInput("empty")
    if _looks_binary(data):
        raise UnreadableInput("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"not valid UTF-8 at byte {exc.start} (looks like {_guess_legacy(data)}); save it as UTF-8"
        ) from exc
    return _non_empty(text)


def _non_empty(text: str) -> str:
    if not text.strip(" \t\r\n\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff"):
        raise UnreadableInput("empty")
    return text


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > len(head) * 0.1


def _guess_legacy(data: bytes) -> str:
    """Name the legacy encoding the bytes most resemble, to tell the user (never used to decode)."""
    high = bytes(b for b in data if b >= 0x80)
    arabic = sum(1 for ch in high.decode("cp1256", errors="replace") if "\u0600" <= ch <= "\u06ff")
    if high and arabic / len(high) > 0.6:
        return "cp1256 (Windows Arabic/Persian)"
    latin = sum(1 for ch in high.decode("latin-1") if unicodedata.category(ch).startswith("L"))
    if high and latin / len(high) > 0.6:
        return "latin-1/cp1252"
    return "latin-1/cp1256 or another legacy encoding"
