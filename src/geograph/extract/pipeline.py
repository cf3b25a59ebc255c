"""geograph's spaCy pipelines: a blank language with registered components, built once per language.

Components, in order (each reads and extends ``doc._.geo``, a :class:`DocState`):
``geograph_sentences`` -> ``geograph_actors`` -> ``geograph_roles`` -> ``geograph_coref`` ->
``geograph_relations`` -> ``geograph_modality``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from itertools import compress, pairwise
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from geograph.extract.actors.companies import company_mentions
from geograph.extract.actors.coreference import resolve_coreference, resolve_speaker_pronouns
from geograph.extract.actors.matching import Hit
from geograph.extract.actors.resources import LanguageResources, Ontology
from geograph.extract.actors.roles import RoleResolver
from geograph.extract.document import ActorMention, DocState
from geograph.extract.modality.cues import assign_modality
from geograph.extract.relations.learned import ArgumentModel
from geograph.extract.relations.pairs import PairModel
from geograph.extract.relations.triggers import read_relations
from geograph.extract.sentences import split_sentences

PUBLISHED_KEY = "geograph_published"
TEXT_KEY = "geograph_text"  # the text the doc was made from (Doc.text rebuilds it token by token)
ADDRESSES_KEY = "geograph_addresses"  # the article's web address and source: where its outlet is read from
LEARNED_KEY = "geograph_learned"  # False: the learned binder stays out (Extractor(learned=False))

if not Doc.has_extension("geo"):
    Doc.set_extension("geo", default=None)


@cache
def _ontology(directory: str) -> Ontology:
    return Ontology.load(Path(directory))


_resources: dict[tuple[str, str], LanguageResources] = {}


def resources_for(nlp: Language, directory: str, lang: str) -> LanguageResources:
    key = (directory, lang)
    if key not in _resources:
        ontology = _ontology(directory)
        tokenizer = nlp.tokenizer

        def tokenize(text: str) -> list[str]:
            return [t.text for t in tokenizer(text)]

        _resources[key] = LanguageResources(ontology, ontology.lexicons.get(lang), tokenize)
    return _resources[key]


def _state(doc: Doc) -> DocState:
    state = doc._.geo
    if not isinstance(state, DocState):
        raise RuntimeError("geograph_sentences must run first")
    return state


class _Component:
    """A pipeline component over the language resources of one ontology folder (built once per language)."""

    def __init__(self, nlp: Language, ontology: str, lang: str) -> None:
        self.res = resources_for(nlp, ontology, lang)


def token_strings(doc: Doc, text: str) -> tuple[list[int], list[str]]:
    """The character offset and the string of every token of ``doc``, made from ``text``.

    One array read, sliced by C loops: a Token object per token (or a list per row of the array) costs more
    than all the rules.
    """
    if not len(doc):
        return [], []
    columns = doc.to_array([IDX, LENGTH]).T
    offsets: list[int] = columns[0].tolist()
    ends: list[int] = (columns[0] + columns[1]).tolist()
    return offsets, list(map(text.__getitem__, map(slice, offsets, ends)))


class Sentences(_Component):
    """Sentence ends at end punctuation and at line breaks, and over-long sentences are cut (see
    :mod:`geograph.extract.sentences`); sets ``is_sent_start`` too."""

    def __init__(self, nlp: Language, ontology: str, lang: str) -> None:
        super().__init__(nlp, ontology, lang)
        lexicon = self.res.lexicon
        ends = lexicon.sentence_end if lexicon else (".", "!", "?", "؟")
        self.ends = frozenset(ends)
        # Punctuation that ends a clause or a list item: where an over-long sentence is best cut.
        clause_words = (*lexicon.clause_breaks, *lexicon.list_separators) if lexicon else (",", "،", ";", "؛", ":")
        self.clause_ends = frozenset(w for w in clause_words if w not in ("(", ")") and not any(map(str.isalnum, w)))

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get(PUBLISHED_KEY)
        state = DocState(self.res, published if isinstance(published, dt.date) else None)
        addresses = doc.user_data.get(ADDRESSES_KEY)
        state.outlet = self.res.ontology.outlets.state_of(*addresses) if isinstance(addresses, tuple) else None
        given = doc.user_data.get(TEXT_KEY)
        state.offsets, state.words = token_strings(doc, given if isinstance(given, str) else doc.text)
        state.sentences = split_sentences(state.words, self.ends, self.clause_ends)
        starts = numpy.full(len(doc), -1, dtype="int32").astype("uint64")
        sentence_of: list[int] = []
        for n, (first, end) in enumerate(state.sentences):
            starts[first] = 1
            sentence_of += [n] * (end - first)
        state.sentence_of = sentence_of
        if len(doc):
            doc.from_array([SENT_START], cast(Any, starts.reshape(-1, 1)))  # spaCy's stubs want thinc's Ints2d
        doc._.geo = state
        return doc


class Actors(_Component):
    """Gazetteer actors: every phrase hit of the token trie, then the longest actor names left to right."""

    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        state.index_hits(self.res.trie.find(state.words))
        actor_hits = sorted(state.of_kind("actor"), key=lambda h: (h.start, -(h.end - h.start)))
        taken_until = 0
        mentions: list[ActorMention] = []
        for hit in actor_hits:
            if hit.start < taken_until:
                continue
            if hit.proclitic and self.res.proclitic_nominal(hit.proclitic):
                continue  # a name written without the article never takes it: "السيول" are floods, not Seoul
            text = " ".join(state.words[hit.start : hit.end])
            actor = self.res.gazetteer.actor(hit.tag[1], text, state.published)
            mentions.append(ActorMention(hit.start, hit.end, (actor,), "name", hit.proclitic))
            taken_until = hit.end
        given = doc.user_data.get(TEXT_KEY)
        mentions = _without_dateline_place(mentions, state, given if isinstance(given, str) else doc.text)
        mentions = _without_describing_states(_without_restatements(mentions, state.words), state)
        mentions = company_mentions(state, _national_bodies(mentions, state))
        state.mentions = _with_person_aliases(mentions, state)
        return doc


# A wire dateline opening the text: a place (up to three words), then a date or an agency, then a dash or colon
# ("VIENNA, Nov 21 (Example Wire) -", "CAIRO (Agency) -", «تهران – ۱۴۰۳/۰۳/۲۹ –», «طهران - مثال:»).
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][^\W\d_'’.]*(?:[ \t]+[^\W\d_][^\W\d_'’.]*){0,2})"
    r"(?:[ \t]*[,،–—\-][^\n]{0,30}?\d[^\n]{0,20}?(?:\([^()\n]{1,40}\)[ \t]*)?"  # a date, then the agency
    r"|[ \t]*(?=\()\([^()\n]{1,40}\)[ \t]*"  # the agency alone
    r"|[ \t]*[–—\-][ \t]*[^\W\d_][^\n,،.]{0,25}?)"  # a dash and the agency's name
    r"[–—\-:]"
)


def _without_dateline_place(mentions: list[ActorMention], state: DocState, text: str) -> list[ActorMention]:
    """Without the place of a wire dateline: "VIENNA, Nov 21 (Wire) -" says where the report was filed, and
    Vienna is no party to what it reports."""
    if not mentions or not state.offsets or state.offsets[mentions[0].start] > _DATELINE_PLACE_REACH:
        return mentions
    dateline = _DATELINE.match(text)
    if dateline is None:
        return mentions
    start, end = dateline.span("place")
    return [m for m in mentions if not (start <= state.offsets[m.start] < end)]


_DATELINE_PLACE_REACH = 40  # characters: a dateline's place opens the text


_DESCRIBED_WORDS = 3  # words between a state's adjective and the group it describes ("militant group")


def _without_describing_states(mentions: list[ActorMention], state: DocState) -> list[ActorMention]:
    """ "Palestinian militant group Hamas" is one mention of Hamas: a state named just before a group head word
    ("group", "militia") and the group's name describes that group; it is not a second actor beside it, and
    the words before the name belong to it (so "attacks by" governs the group). Where adjectives follow their
    noun, a demonym right after a group's name describes it the same way ("حماس الفلسطينية")."""
    heads = state.resources.group_heads
    demonyms = state.resources.demonyms
    if not (heads or demonyms) or len(mentions) < 2:
        return mentions
    words = state.words
    dropped: set[int] = set()
    absorbed: set[int] = set()  # indices of demonyms after a group's name ("جماعة الحوثي اليمنية")
    for n, (first, second) in enumerate(pairwise(mentions)):
        gap = second.start - first.end
        if (
            gap == 0
            and demonyms
            and first.actors[0].type in ("armed_group", "group")
            and second.actors[0].type == "state"
            and " ".join(words[second.start : second.end]).lower() in demonyms
        ):
            absorbed.add(n + 1)
            continue
        if not 0 < gap <= _DESCRIBED_WORDS or first.actors[0].type != "state" or second.actors[0].type == "state":
            continue
        between = range(first.end, second.start)
        if words[second.start - 1].lower() in heads and all(
            words[i].isalpha() and not state.starting_at(i) for i in between
        ):
            dropped.add(n)
    if not dropped and not absorbed:
        return mentions
    out: list[ActorMention] = []
    for n, mention in enumerate(mentions):
        if n - 1 in dropped:
            mention = mention._replace(start=mentions[n - 1].start)
        if n + 1 in absorbed:
            mention = mention._replace(end=mentions[n + 1].end)
        if n not in dropped and n not in absorbed:
            out.append(mention)
    return out


def _national_bodies(mentions: list[ActorMention], state: DocState) -> list[ActorMention]:
    """ "the Security Council of Russia", "Russia's Security Council", "مجلس الأمن الروسي": a body's generic
    name tied to a state names that state's own body, so the mention is the state's, not the UN's."""
    lexicon = state.resources.lexicon
    generic = state.resources.national_bodies
    if lexicon is None or not generic or len(mentions) < 2:
        return mentions
    words = state.words
    of_markers = frozenset(lexicon.of_markers)
    possessive = frozenset(lexicon.possessive)
    merged: dict[int, ActorMention] = {}  # by index: the mention that replaces the body's
    owners: set[int] = set()  # indices of the state mentions folded into it
    for n, mention in enumerate(mentions):
        if " ".join(w.lower() for w in words[mention.start : mention.end]) not in generic:
            continue
        after = mentions[n + 1] if n + 1 < len(mentions) else None
        before = mentions[n - 1] if n > 0 else None
        owner: int | None = None
        if after is not None and after.actors[0].type == "state":
            gap = words[mention.end : after.start]
            if not gap or (len(gap) == 1 and gap[0].lower() in of_markers):
                owner = n + 1
        if owner is None and before is not None and before.actors[0].type == "state":
            gap = words[before.end : mention.start]
            if not gap or (len(gap) == 1 and gap[0].lower() in possessive):
                owner = n - 1
        if owner is not None and owner not in merged:
            other = mentions[owner]
            start, end = min(mention.start, other.start), max(mention.end, other.end)
            merged[n] = ActorMention(start, end, other.actors, "name", mentions[min(n, owner)].proclitic)
            owners.add(owner)
    if not merged:
        return mentions
    return [merged.get(n, m) for n, m in enumerate(mentions) if n not in owners]


def _without_restatements(mentions: list[ActorMention], words: list[str]) -> list[ActorMention]:
    """Drop "(PKK)" right after "Kurdistan Workers' Party": a bracketed restatement is not a second actor,
    and left in place it would stand between the first name and its marker or trigger."""
    out: list[ActorMention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == mention.start - 1
            and words[before.end] == "("
            and mention.end < len(words)
            and words[mention.end] == ")"
            and before.actors[0].id == mention.actors[0].id
        ):
            continue
        out.append(mention)
    return out


def _with_person_aliases(mentions: list[ActorMention], state: DocState) -> list[ActorMention]:
    """After "Kim Jong Un" is named in full, a bare "Kim" in the same article is the same person."""
    aliases: dict[str, ActorMention] = {}
    for mention in mentions:
        for word in _alias_words(mention, state.words):
            if len(word) >= 3 and word.isalpha():
                aliases.setdefault(word, mention)
    if not aliases:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    # lower-case each distinct word once, not every token
    named = {word for word in set(state.words) if word.lower() in aliases}
    for i in compress(range(len(state.words)), map(named.__contains__, state.words)):
        source = aliases[state.words[i].lower()]
        if i not in covered and i > source.start and not state.starting_at(i):
            out.append(ActorMention(i, i + 1, source.actors, "name"))
    return sorted(out, key=lambda m: m.start)


def _alias_words(mention: ActorMention, words: list[str]) -> tuple[str, ...]:
    """The words that name a person again later: a known name's first and last, a titled newcomer's surname
    ("Venezuelan President Nicolas Maduro" ... "Maduro")."""
    actor = mention.actors[0]
    if actor.type != "person":
        return ()
    if mention.kind == "role":
        parts = actor.label.split() if actor.id.startswith("local:") else []
        return (parts[-1].lower(),) if len(parts) > 1 else ()
    if mention.end - mention.start > 1:
        return (words[mention.start].lower(), words[mention.end - 1].lower())
    return ()


class Roles(_Component):
    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        state.mentions = _with_person_aliases(RoleResolver(state).resolve(), state)
        return doc


class Coreference(_Component):
    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        state.mentions = resolve_coreference(state)
        state.mentions = resolve_speaker_pronouns(state)
        return doc


MODEL_FILE = Path("models") / "argument_binder.json"
PAIR_MODEL_FILE = Path("models") / "pair_reader.json"


@cache
def argument_model(directory: str) -> ArgumentModel | None:
    """The ontology folder's learned argument binder, or None (the rules alone) when it ships none."""
    path = Path(directory) / MODEL_FILE
    return ArgumentModel.load(path) if path.is_file() else None


@cache
def pair_model(directory: str) -> PairModel | None:
    """The ontology folder's learned pair reader, or None when it ships none."""
    path = Path(directory) / PAIR_MODEL_FILE
    return PairModel.load(path) if path.is_file() else None


class Relations(_Component):
    """Clauses (split at clause-break words), then the argument frame of every relation trigger; the learned
    binder takes the triggers whose frame the rules could not read, and the pair reader what pairs of mentions
    say beyond every trigger's frame."""

    def __init__(self, nlp: Language, ontology: str, lang: str) -> None:
        super().__init__(nlp, ontology, lang)
        self.model = argument_model(ontology)
        self.pair_model = pair_model(ontology)

    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        state.clause_of = _clauses(state)
        if doc.user_data.get(LEARNED_KEY, True) is False:
            state.candidates = read_relations(state)
        else:
            state.candidates = read_relations(state, self.model, self.pair_model)
        return doc


def _inside_longer_hit(state: DocState, hit: Hit) -> bool:
    """Part of a longer phrase: "گفت" in "گفت و گو" (talks) reports nothing."""
    return any(other.end > hit.end for i in range(hit.start, hit.end) for other in state.starting_at(i))


def _clauses(state: DocState) -> list[int]:
    """A clause id per token. Clause-break words open a new clause; a relative clause ("که", "which",
    "التي") or an apposition ("Turkey, a NATO member, ...") ends at the next comma not followed by an actor
    (or, in verb-final languages, after its verb), and the clause it interrupted resumes."""
    breaks = {h.start for h in state.of_kind("break")}
    breaks |= {h.end for h in state.of_kind("opens") if not _inside_longer_hit(state, h)}
    relatives = {h.start for h in state.of_kind("relative")}
    separators = {h.start for h in state.of_kind("sep")}
    lexicon = state.resources.lexicon
    # Persian relative clauses end with their verb: "قرار است در موعدی که تعیین می‌شود به ایران سفر کند"
    verb_ends = {h.end for h in state.of_kind("light")} if lexicon and lexicon.relative_ends_at_verb else set()
    mention_starts = {m.start for m in state.mentions}
    mention_ends = {m.end for m in state.mentions}
    # the comma between an actor and an apposition describing it
    appositions = {i for i in separators if i in mention_ends and state.hit_starting(i + 1, "appositive")}
    sentence_starts = {s for s, _ in state.sentences}
    n = len(state.words)
    # The clause only changes at these tokens: walk them, and fill the runs between them in one go.
    turns = sorted(sentence_starts | relatives | breaks | separators | verb_ends)
    out: list[int] = []
    clause, fresh, since = 0, 0, 0
    interrupted: list[int] = []
    for i in turns:
        if i >= n:
            break
        out += [clause] * (i - since)
        since = i
        if i in sentence_starts:
            fresh += 1
            clause, interrupted = fresh, []
        elif i in relatives or i in appositions:
            interrupted.append(clause)
            fresh += 1
            clause = fresh
        elif i in breaks:
            fresh += 1
            clause = fresh
        elif (i in separators and interrupted and i + 1 not in mention_starts) or (i in verb_ends and interrupted):
            clause = interrupted.pop()
    out += [clause] * (n - since)
    return out


class Modality(_Component):
    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        state.candidates = assign_modality(state, state.candidates)
        return doc


_CONFIG = {"ontology": "", "lang": ""}

# Registered factory name -> component, in pipeline order.
_COMPONENT_CLASSES: dict[str, type[_Component]] = {
    "geograph_sentences": Sentences,
    "geograph_actors": Actors,
    "geograph_roles": Roles,
    "geograph_coref": Coreference,
    "geograph_relations": Relations,
    "geograph_modality": Modality,
}
COMPONENTS = tuple(_COMPONENT_CLASSES)


def _factory(component: type[_Component]) -> Callable[[Language, str, str, str], _Component]:
    def make(nlp: Language, name: str, ontology: str, lang: str) -> _Component:
        return component(nlp, ontology, lang)

    return make


for _name, _class in _COMPONENT_CLASSES.items():
    Language.factory(_name, default_config=_CONFIG, func=_factory(_class))


# A full stop after a closing quote ("حمله کرد».", "هاجمت”.") is split off in every language: the blank
# Persian and Arabic tokenizers keep "کرد»." as one word, so the sentence ran on into the next one.
_QUOTE_STOP_SUFFIXES = (r"(?<=[»”\"])\.", r"[»”]")


_TOKENIZER_CACHE = 200_000  # distinct whitespace-separated chunks (a few hundred bytes each)


def _split_quote_stops(nlp: Language) -> None:
    suffixes = [*(nlp.Defaults.suffixes or ()), *_QUOTE_STOP_SUFFIXES]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


def build_pipeline(lang: str, ontology: Path) -> Language:
    """A blank ``lang`` pipeline (``xx`` for languages without a lexicon) with geograph's components."""
    directory = str(ontology.resolve())
    lexicons = _ontology(directory).lexicons
    code = lang if lang in lexicons else "xx"
    try:
        nlp = spacy.blank(code)
    except ImportError:  # a lexicon for a language spaCy has no tokenizer for: the multilingual one
        nlp = spacy.blank("xx")
    nlp.max_length = 10_000_000
    # spaCy caches the tokenization of at most 10,000 distinct chunks and then caches nothing more; the
    # lexicon's and gazetteer's phrases, tokenized below by this same tokenizer, had filled it (with the cities,
    # 5,000 more), so every chunk of every article was split by the affix rules again: 5-10x slower
    # tokenization of Persian and Arabic. Room for the phrases and a long run of articles.
    nlp.tokenizer.max_cache_size = _TOKENIZER_CACHE  # type: ignore[union-attr]
    _split_quote_stops(nlp)
    for component in COMPONENTS:
        nlp.add_pipe(component, config={"ontology": directory, "lang": code})
    return nlp
