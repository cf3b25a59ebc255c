"""Extraction: an article becomes actor -> relation -> actor assertions with modality, date and evidence.

``Extractor().extract(article)`` normalizes the article's body (boilerplate skipped), runs the language's
spaCy pipeline (see :mod:`geograph.extract.pipeline`), attaches the date expression of each event's sentence,
and maps every offset back into ``Article.text``.

Sub-stages, in the order they run: ``actors`` (gazetteer, phrase matching, role titles, coreference),
``relations`` (triggers and their argument frames), ``modality`` and ``dates``. What they all share stays
here: the pipeline and its components (``pipeline``), the sentences they read (``sentences``), the
per-document state they fill (``document``), its index of phrase hits (``hit_index``) and the per-language
lexicon every stage reads (``lexicon``).
"""

from __future__ import annotations

import gc
import importlib.util
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from geograph.extract.dates.mentions import DateMention, find_dates
from geograph.extract.dates.published import infer_published
from geograph.extract.document import Candidate, DocState
from geograph.extract.pipeline import ADDRESSES_KEY, LEARNED_KEY, PUBLISHED_KEY, TEXT_KEY, build_pipeline
from geograph.normalize import NormalizedText, normalize
from geograph.records import Actor, Article, Assertion, Entity, EventDate, Extraction, Mention, PublicationDate
from geograph.resources import ontology_dir

__all__ = ["DocumentReading", "Extractor"]

LEARNED_BINDER = "argument-binder"  # marks, in ``Assertion.extractor``, what the learned binder read
PAIR_READER = "pair-reader"  # marks, in ``Assertion.extractor``, what the learned pair reader gave

_pipelines: dict[tuple[str, str], Language] = {}


def _pipeline(lang: str, ontology: Path) -> Language:
    """The pipeline of ``lang`` over the ``ontology`` folder, resolved already: the Extractor resolves it once,
    not for every article (each resolve makes a system call per path component)."""
    key = (str(ontology), lang)
    if key not in _pipelines:
        _pipelines[key] = build_pipeline(lang, ontology)
        # A pipeline with its lexicons, tries and gazetteer is ~100k objects that live as long as the
        # process; every full collection would walk them again. Frozen, the collector skips them: extraction
        # costs ~15% less CPU (3.77 -> 3.19 ms per generated article, median of 6 passes over 300). Collect
        # first so that the garbage of building is freed rather than frozen.
        gc.collect()
        gc.freeze()
    return _pipelines[key]


def _english_model(choice: str | None) -> str | None:
    """The installed English model to use: "auto" picks en_core_web_sm when importable. Never downloads."""
    if choice is None:
        return None
    name = "en_core_web_sm" if choice == "auto" else choice
    return name if importlib.util.find_spec(name) is not None else None


def publication_date(article: Article, text: str, lang: str) -> PublicationDate | None:
    """The metadata's publication date, else one inferred from the (normalized) text, else None.

    Persons named by their office ("the Japanese prime minister") and relative dates resolve against it; an
    article with neither never resolves them against today.
    """
    if article.published is not None:
        return PublicationDate(article.published, "day", "metadata")
    return infer_published(text, lang)


@dataclass(frozen=True, slots=True)
class DocumentReading:
    """One article as the pipeline read it: what ``Extractor.extract`` turns into records."""

    lang: str
    norm: NormalizedText
    state: DocState
    published: PublicationDate | None

    def original_offsets(self) -> list[int]:
        """The offset in the article's own text of each token."""
        words = self.state.words
        return [self.norm.span_to_original(o, o + len(w))[0] for o, w in zip(self.state.offsets, words, strict=True)]


class Extractor:
    """Rule-based multilingual extractor over spaCy pipelines (built once per language and process).

    ``learned``: let the learned argument binder read the triggers whose frame the rules could not, and the
    learned pair reader add what pairs of mentions say beyond every frame (when the ontology folder ships their
    models; see ``geograph.extract.relations.learned`` and ``.pairs``); False: the rules alone.
    """

    version = "geograph-rules/0.1"

    def __init__(
        self, *, ontology: Path | None = None, english_model: str | None = "auto", learned: bool = True
    ) -> None:
        self.ontology = (ontology or ontology_dir()).resolve()
        self.learned = learned
        # The rules need no statistical model; the name is recorded for the report of what ran.
        self.english_model = _english_model(english_model)

    def pipeline(self, lang: str) -> Language:
        """The spaCy pipeline this extractor runs on ``lang`` texts, built once per process and language."""
        return _pipeline(lang, self.ontology)

    def extract(self, article: Article) -> Extraction:
        read = self.read(article)
        return _Builder(article, read.norm, read.state, self.version, read.lang, read.published).build()

    def read(self, article: Article) -> DocumentReading:
        """The pipeline's reading of ``article`` before records are built: its normalized text and the state
        the components filled (tokens, sentences, mentions, relation candidates; see ``document``)."""
        lang = article.lang or "xx"
        norm = normalize(article.text, skip=article.boilerplate)
        nlp = self.pipeline(lang)
        published = publication_date(article, norm.text, lang)
        doc = nlp.make_doc(norm.text)
        doc.user_data[PUBLISHED_KEY] = published.date if published is not None else None
        doc.user_data[TEXT_KEY] = norm.text
        doc.user_data[ADDRESSES_KEY] = (article.url, article.source)
        doc.user_data[LEARNED_KEY] = self.learned
        for _, component in nlp.pipeline:
            doc = component(doc)
        return DocumentReading(lang, norm, doc._.geo, published)

    def pipe(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


# (id of an actor, text) -> (that actor, the actor named by the text)
_ACTOR_TEXTS: dict[tuple[int, str | None], tuple[Actor, Actor]] = {}


def _with_text(actor: Actor, text: str | None) -> Actor:
    """``actor`` as named by ``text``: cached, as the gazetteer hands out one object per actor and the same
    actor is named the same way article after article (``dataclasses.replace`` costs a dozen dict look-ups).
    Keyed by identity, since hashing an actor hashes its state too; an entry holds its actor, so the id
    cannot pass to another object while the entry exists."""
    key = (id(actor), text)
    entry = _ACTOR_TEXTS.get(key)
    if entry is None:
        if len(_ACTOR_TEXTS) >= 50_000:
            _ACTOR_TEXTS.clear()
        entry = _ACTOR_TEXTS[key] = (actor, replace(actor, text=text))
    return entry[1]


def _extractor_name(version: str, candidate: Candidate) -> str:
    if candidate.paired:
        return f"{version}+{PAIR_READER}"
    return f"{version}+{LEARNED_BINDER}" if candidate.learned else version


class _Builder:
    """Turns one document's state into records with offsets into the original text."""

    def __init__(
        self,
        article: Article,
        norm: NormalizedText,
        state: DocState,
        version: str,
        lang: str,
        published: PublicationDate | None = None,
    ) -> None:
        self.article = article
        self.published = published
        self.norm = norm
        self.state = state
        self.starts = [*state.offsets, len(norm.text)]  # character offset of each token, and of the text's end
        self.version = version
        self.lang = lang
        self.surface: dict[tuple[str, str | None], str] = {}
        self.sentence_texts: dict[int, str] = {}
        self.sentence_dates: dict[int, list[DateMention]] = {}
        self.date_starts: list[int] = []  # of the dates handed to assertions, which are in text order

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        """Original character span of tokens ``start:end``."""
        if end <= start:
            at = self.norm.to_original(self.starts[start])
            return at, at
        return self.norm.span_to_original(self.starts[start], self.starts[end - 1] + len(self.state.words[end - 1]))

    def _sentence(self, sentence: int) -> str:
        """A sentence as it stands in the original text (several candidates share one)."""
        text = self.sentence_texts.get(sentence)
        if text is None:
            start, end = self._chars(*self.state.sentences[sentence])
            text = self.sentence_texts[sentence] = self.article.text[start:end].strip()
        return text

    def _original(self, actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        return _with_text(actor, self.surface.get((actor.id, actor.text), actor.text))

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        for mention in self.state.mentions:
            start, end = self._chars(mention.start, mention.end)
            text = self.article.text[start:end]
            for actor in mention.actors:
                self.surface.setdefault((actor.id, actor.text), text)
                out.append(Mention(_with_text(actor, text), start, end))
        return out

    def _date(self, candidate: Candidate, dates: list[DateMention]) -> EventDate | None:
        inside = self.sentence_dates.get(candidate.sentence)
        if inside is None:  # several candidates share a sentence
            first, last = self.state.sentences[candidate.sentence]
            lo, hi = self.starts[first], self.starts[last] if last < len(self.starts) else self.starts[-1]
            # the dates are disjoint and in text order: from the first starting in the sentence, while they end in it
            first = end = bisect_left(self.date_starts, lo)
            while end < len(dates) and dates[end].end <= hi:
                end += 1
            inside = self.sentence_dates[candidate.sentence] = dates[first:end]
        if not inside:
            return None
        anchor = self.starts[candidate.trigger_start]
        return min(inside, key=lambda d: abs(d.start - anchor)).date

    def assertions(self, dates: list[DateMention]) -> list[Assertion]:
        self.date_starts = [d.start for d in dates]
        out: list[Assertion] = []
        for c in self.state.candidates:
            start, end = self._chars(c.span_start, c.span_end)
            subject, obj = self._original(c.subject), self._original(c.object)
            assert subject is not None and obj is not None
            out.append(
                Assertion(
                    subject=subject,
                    relation=c.relation,
                    object=obj,
                    modality=c.modality,
                    article=self.article.id,
                    sentence=self._sentence(c.sentence),
                    start=start,
                    end=end,
                    via=self._original(c.via),
                    date=self._date(c, dates),
                    confidence=c.confidence,
                    trigger=" ".join(self.state.words[c.trigger_start : c.trigger_end]),
                    extractor=_extractor_name(self.version, c),
                )
            )
        return out

    def entities(self, mentions: list[Mention], assertions: list[Assertion]) -> list[Entity]:
        actors: list[Actor] = [m.actor for m in mentions]
        for a in assertions:
            actors.extend(x for x in (a.subject, a.object, a.via) if x is not None)
        gazetteer = self.state.resources.gazetteer
        out: dict[str, Entity] = {}
        pending = list(actors)
        while pending:
            actor = pending.pop()
            if actor.state is not None:
                pending.append(actor.state)
            if actor.id in out:
                continue
            if actor.id in gazetteer.entries:
                out[actor.id] = gazetteer.entity(actor.id)
            else:
                label = actor.text or actor.label
                out[actor.id] = Entity(actor.id, actor.type, actor.label, actor.wikidata, ((self.lang, label),))
        return sorted(out.values(), key=lambda e: e.id)

    def build(self) -> Extraction:
        mentions = self.mentions()
        # Dates only serve the candidates' events: an article without any needs no date search.
        day = self.published.date if self.published is not None else None
        dates = find_dates(self.norm.text, self.lang, day) if self.state.candidates else []
        assertions = self.assertions(dates)
        return Extraction(
            article=self.article,
            assertions=tuple(assertions),
            mentions=tuple(mentions),
            entities=tuple(self.entities(mentions, assertions)),
            published=self.published,
        )
