"""Publication dates from metadata strings: ISO 8601, RFC 822, and Solar Hijri (Jalali) ``1403/03/29``."""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime

import jdatetime

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_JALALI = re.compile(r"^(1[34]\d\d)[/-](\d{1,2})[/-](\d{1,2})\b")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def parse_date(value: object) -> dt.date | None:
    """The calendar date ``value`` states, or None when it states none we can read (never a guess)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.strip().translate(_DIGITS)
    if not text:
        return None
    jalali = _JALALI.match(text)
    if jalali:
        try:
            gregorian: dt.date = jdatetime.date(*(int(g) for g in jalali.groups())).togregorian()
        except ValueError:
            return None
        return gregorian
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    iso = _ISO_DAY.match(text)
    if iso:
        return _safe_date(*(int(g) for g in iso.groups()))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
