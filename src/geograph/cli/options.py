"""Options shared by several commands, as decorators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from geograph.read.dates import parse_date as read_date
from geograph.records import DateWindow
from geograph.store import DEFAULT_DB, Store, StoreError

F = TypeVar("F", bound=Callable[..., Any])


def db_option(function: F) -> F:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        envvar="GEOGRAPH_DB",
        default=DEFAULT_DB,
        show_default=True,
        help="The store (SQLite file). Also set by GEOGRAPH_DB.",
    )(function)


def rules_only_option(function: F) -> F:
    return click.option(
        "--rules-only",
        is_flag=True,
        help="Extract with the rules alone, without the learned binder and pair reader (higher precision).",
    )(function)


def window_options(function: F) -> F:
    """``--as-of``, ``--since`` and ``--until``; the command reads them back with :func:`current_window`."""

    def remember(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
        day = parse_date(value, param.opts[0])
        ctx.meta.setdefault("geograph.window", {})[param.name] = day
        return day

    for name, text in (
        ("--until", "Only evidence dated on or before DATE."),
        ("--since", "Only evidence dated on or after DATE."),
        ("--as-of", "The graph as it stood on DATE: nothing dated later."),
    ):
        function = click.option(name, metavar="DATE", callback=remember, expose_value=False, help=text)(function)
    return function


def current_window() -> DateWindow:
    values = click.get_current_context().meta.get("geograph.window", {})
    return DateWindow(as_of=values.get("as_of"), since=values.get("since"), until=values.get("until"))


def open_store(db_path: str, *, create: bool = False, read_only: bool = False) -> Store:
    try:
        return Store.open(db_path, create=create, read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    except (OSError, ValueError) as error:  # a name the OS refuses: too long, a NUL, undecodable bytes
        raise click.ClickException(f"cannot open the store {db_path!r}: {error}") from error


_LONGEST_DATE = 64  # an RFC 822 date with a long zone name fits; longer text is no date, and is not echoed whole


def parse_date(value: str | None, what: str) -> dt.date | None:
    """A date option, read as the readers read article dates: ISO 8601, RFC 822, or Solar Hijri (1403/03/31)."""
    if value is None:
        return None
    day = read_date(value) if len(value) <= _LONGEST_DATE else None
    if day is None:
        shown = value if len(value) <= _LONGEST_DATE else value[:_LONGEST_DATE] + "..."
        raise click.BadParameter(
            f"{shown!r} is not a date (YYYY-MM-DD, an RFC 822 date, or Solar Hijri YYYY/MM/DD)", param_hint=what
        )
    return day


class UserText(click.ParamType[str]):
    """Text a user types that reaches the store or SPARQL: at most ``max_chars`` characters and no NUL.

    SQLite refuses long LIKE patterns with an internal error, and nothing typed needs to be long; the bound
    turns both into a clear usage error instead of a traceback.
    """

    name = "text"

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if "\x00" in text:
            self.fail("contains a NUL character", param, ctx)
        if not text.isascii() and not _is_utf8(text):
            self.fail("is not valid UTF-8 text", param, ctx)
        if len(text) > self.max_chars:
            self.fail(f"is {len(text):,} characters long; at most {self.max_chars:,} are accepted", param, ctx)
        return text


SEARCH_TEXT = UserText(200)  # entity searches and names
SHORT_TEXT = UserText(100)  # language codes and the like
LONG_TEXT = UserText(2_000)  # sources, parameter values, globs, IRIs and URLs
QUERY_TEXT = UserText(100_000)  # SPARQL query text


def _is_utf8(text: str) -> bool:
    """False for text with lone surrogates, as Python decodes command-line bytes that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
