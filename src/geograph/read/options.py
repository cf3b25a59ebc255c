"""What the caller can set for a batch of inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """``lang``/``source`` override what is detected; ``published`` is used only when metadata has no date.

    ``include``/``exclude`` are globs saying which files a folder walk reads (see ``read.walk.Selection``).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    lang: str | None = None
    published: dt.date | None = None
    source: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


class UnreadableInput(Exception):
    """Raised inside the read stage for one input that cannot be read; becomes a ``ReadFailure``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
