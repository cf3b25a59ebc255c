"""The state an article's outlet publishes from, and «کشورمان» (our country) resolved to it."""

from __future__ import annotations

import datetime as dt

import pytest

from geograph.extract import Extractor
from geograph.extract.actors.resources import Ontology
from geograph.records import Article
from geograph.resources import ontology_dir

IRAN, AFGHANISTAN, SYRIA = "Q794", "Q889", "Q858"


@pytest.mark.parametrize(
    ("url", "source", "state"),
    [
        ("https://www.tasnimnews.com/fa/news/2024/1", None, IRAN),  # listed outlet under .com
        ("https://en.mehrnews.com/news/1", None, IRAN),  # its subdomain
        ("https://www.isna.ir/news/1", None, IRAN),  # a state's country-code domain
        ("https://sana.sy/?p=1", None, SYRIA),
        (None, "tolonews.com", AFGHANISTAN),  # a source that is a web address
        ("https://example.tv/news", None, None),  # a country code sold as a generic domain
        ("https://www.example.com/news", None, None),  # an unknown outlet names no state
        (None, "Tasnim News Agency", None),  # a source name is no address
        (None, None, None),
    ],
)
def test_the_state_an_outlet_publishes_from(url: str | None, source: str | None, state: str | None) -> None:
    assert Ontology.load(ontology_dir()).outlets.state_of(url, source) == state


@pytest.mark.parametrize(("url", "subject"), [("https://www.irna.ir/news/1", "Iran"), (None, None)])
def test_our_country_is_the_outlets_state_or_nothing(url: str | None, subject: str | None) -> None:
    text = "وزیر امور خارجه کشورمان با همتای عمانی خود در مسقط دیدار کرد."
    article = Article(id="a", text=text, lang="fa", url=url, published=dt.date(2024, 3, 1))
    found = Extractor().extract(article).assertions
    meets = {(a.subject.label, a.object.label) for a in found if a.relation == "meets"}
    if subject is None:
        assert meets == set()  # never guessed
    else:
        assert (subject, "Oman") in meets
