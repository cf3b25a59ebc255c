"""Options shared by several commands, as decorators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

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


def open_store(db_path: str, *, create: bool = False) -> Store:
    try:
        return Store.open(db_path, create=create)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


def parse_date(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=what) from None
