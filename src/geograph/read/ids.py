"""Stable article ids: the same body gets the same id whatever its banner, ZWNJ use or letter forms."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from geograph.normalize import normalize


def article_id(text: str, boilerplate: Sequence[tuple[int, int]] = ()) -> str:
    """First 16 hex digits of the SHA-256 of the normalized body (boilerplate skipped, spaces collapsed)."""
    return body_id(normalized_body(text, boilerplate))


def normalized_body(text: str, boilerplate: Sequence[tuple[int, int]] = ()) -> str:
    """The body as ids see it: normalized, boilerplate skipped, whitespace collapsed to single spaces."""
    return " ".join(normalize(text, skip=boilerplate).text.split())


def body_id(body: str) -> str:
    """The id of a body already passed through ``normalized_body``."""
    # surrogatepass: JSON input may carry lone surrogates ("\ud83d"); they must not make hashing fail
    return hashlib.sha256(body.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
