"""The publication date read from the text when metadata has none; persons by office only as of a known date.

Every text here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geograph.extract import Extractor
from geograph.extract.dates.published import infer_published
from geograph.normalize import normalize
from geograph.records import Article, PublicationDate


def _inferred(text: str, lang: str) -> PublicationDate | None:
    return infer_published(normalize(text).text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "TOKYO, March 3, 2020 (Example Wire) - Japan and India held talks on Tuesday. Officials met again.",
            "en",
            PublicationDate(dt.date(2020, 3, 3), "day", "dateline"),
        ),
        (
            "CAIRO, 18 June (Example Wire) - Egypt received the envoy. The talks of 2 February 2024 had failed.",
            "en",
            PublicationDate(dt.date(2024, 6, 18), "day", "dateline"),
        ),
        (
            "تهران – ۱۴۰۳/۰۳/۲۹ – خبرگزاری نمونه: وزیر امور خارجه ایران با همتای عمانی خود دیدار کرد.",
            "fa",
            PublicationDate(dt.date(2024, 6, 18), "day", "dateline"),
        ),
        (
            "الخميس 20 يونيو 2024\nاستقبل الرئيس المصري وزير الخارجية السعودي في القاهرة.",
            "ar",
            PublicationDate(dt.date(2024, 6, 20), "day", "header"),
        ),
        (
            "Analysts say the talks stalled. The ministers met on 5 May 2021 and again on 9 July 2022 in Geneva.",
            "en",
            PublicationDate(dt.date(2022, 7, 9), "day", "latest_date"),
        ),
    ],
)
def test_the_report_date_is_read_from_dateline_header_or_latest_date(
    text: str, lang: str, expected: PublicationDate
) -> None:
    found = _inferred(text, lang)
    assert found == expected
    assert found is not None and found.inferred


def test_a_month_or_year_alone_dates_no_report() -> None:
    assert _inferred("In March 2021 the two states signed a treaty; in 2019 they had met.", "en") is None


def _subjects(text: str, published: dt.date | None) -> tuple[set[str], PublicationDate | None]:
    extraction = Extractor().extract(Article(id="t", text=text, lang="en", published=published))
    return {a.subject.label for a in extraction.assertions}, extraction.published


def test_an_office_is_never_resolved_as_of_today_when_the_date_is_unknown() -> None:
    subjects, published = _subjects("The Japanese prime minister visited India on Tuesday.", None)
    assert published is None
    assert subjects == {"Japan"}


def test_an_office_is_resolved_as_of_the_inferred_date() -> None:
    text = "NEW DELHI, March 3, 2020 (Example Wire) - The Japanese prime minister visited India on Tuesday."
    subjects, published = _subjects(text, None)
    assert published == PublicationDate(dt.date(2020, 3, 3), "day", "dateline")
    assert subjects == {"Shinzo Abe"}


def test_metadata_wins_over_the_text() -> None:
    text = "NEW DELHI, March 3, 2020 (Example Wire) - The Japanese prime minister visited India on Tuesday."
    subjects, published = _subjects(text, dt.date(2021, 1, 10))
    assert published == PublicationDate(dt.date(2021, 1, 10), "day", "metadata")
    assert subjects == {"Yoshihide Suga"}
