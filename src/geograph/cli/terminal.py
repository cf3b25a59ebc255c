"""What the commands print for a person: every line, error and progress message goes through ``terminal_text``.

Article text, file names and store contents can carry escape sequences that retitle the terminal, clear the
screen or recolour text; here they are shown, never obeyed. Data written for programs (JSON, CSV, records)
does not come through here and keeps the text exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from geograph.safe_text import terminal_text


def echo(line: str = "", *, err: bool = False) -> None:
    """``click.echo`` for one line of human-readable output: every control character escaped (newlines too)."""
    click.echo(terminal_text(line), err=err)


def echo_block(text: str, *, err: bool = False) -> None:
    """``click.echo`` for multi-line human-readable output: control characters escaped, newlines kept."""
    click.echo(terminal_text(text, keep_newlines=True), err=err)


class SafeErrorsGroup(click.Group):
    """A command group whose error messages (which quote what the user typed or a file held) are escaped."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with _escaped_errors():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        with _escaped_errors():
            return super().invoke(ctx)


@contextmanager
def _escaped_errors() -> Iterator[None]:
    try:
        yield
    except click.ClickException as error:
        # Click's stubs mark ``message`` Final, but it is a plain attribute that ``show`` formats later.
        error.message = terminal_text(error.message, keep_newlines=True)  # type: ignore[misc]
        raise
