"""What Extractor.extract returns: records with offsets into the original text, entities, dates, version."""

from __future__ import annotations

import datetime as dt

from geograph.extract import Extractor
from geograph.records import Article


def _article(text: str, lang: str | None, published: dt.date | None = dt.date(2024, 6, 20)) -> Article:
    return Article(id="a1", text=text, lang=lang, published=published)


def test_persons_resolve_to_their_state_and_entities_include_it() -> None:
    text = "Vladimir Putin met Kim Jong Un in Pyongyang on 19 June 2024."
    extraction = Extractor().extract(_article(text, "en"))
    (meeting,) = [a for a in extraction.assertions if a.relation == "meets"]
    assert meeting.subject.id == "Q7747" and meeting.subject.state is not None
    assert meeting.subject.state.id == "Q159"
    assert meeting.date is not None and (meeting.date.value, meeting.date.precision) == ("2024-06-19", "day")
    assert meeting.extractor == Extractor.version
    assert 0 < meeting.confidence <= 1
    assert {"Q7747", "Q159", "Q423"} <= {e.id for e in extraction.entities}
    assert next(e for e in extraction.entities if e.id == "Q159").label == "Russia"


def test_mentions_and_evidence_point_into_the_original_text() -> None:
    banner = "Site banner - share - subscribe\n"
    body = "روسیه\u200cی جدید: آمریکا روسیه را تحریم کرد."
    text = banner + body
    article = Article(id="a2", text=text, lang="fa", boilerplate=((0, len(banner)),))
    extraction = Extractor().extract(article)
    for mention in extraction.mentions:
        assert mention.actor.text == text[mention.start : mention.end]
        assert mention.start >= len(banner)
    (sanction,) = extraction.assertions
    assert text[sanction.start : sanction.end] == "آمریکا روسیه را تحریم"
    assert sanction.sentence in text


def test_no_date_is_invented() -> None:
    extraction = Extractor().extract(_article("France condemned Mali over the attack.", "en", published=None))
    assert extraction.assertions and all(a.date is None for a in extraction.assertions)


def test_languages_without_a_lexicon_still_get_gazetteer_actors() -> None:
    extraction = Extractor().extract(_article("Russland und China trafen sich in Moskau.", "de"))
    assert extraction.assertions == ()
    assert {"Q148"} <= {m.actor.id for m in extraction.mentions}


def test_pipe_extracts_every_article_in_order() -> None:
    articles = [Article(id=str(i), text=f"Japan visited India {i} times.", lang="en") for i in range(3)]
    assert [x.article.id for x in Extractor().pipe(articles)] == ["0", "1", "2"]


def test_a_reading_maps_each_token_back_to_the_article_text() -> None:
    # a tatweel and a zero-width non-joiner are normalized away; the offsets still point into the text as given
    article = Article(id="t", text="  Russia\u0640   attacked\u200c Ukraine.", lang="en")
    reading = Extractor().read(article)
    pairs = zip(reading.original_offsets(), reading.state.words, strict=True)
    spans = [article.text[o : o + len(w)] for o, w in pairs if w.strip()]
    assert spans == ["Russia", "attacked", "Ukraine", "."]
