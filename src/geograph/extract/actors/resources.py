"""Everything one language's pipeline matches against, compiled once: a token trie over the gazetteer's names
and the lexicon's phrases, and the analyzer that gives each token its lookup forms.

Phrases are normalized exactly like article text and tokenized by the pipeline's own tokenizer, so a phrase
and the same words in an article always produce the same tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from geograph.extract.actors.gazetteer import Gazetteer
from geograph.extract.actors.matching import EXACT, Analyzer, PhraseTrie, Tag
from geograph.extract.actors.outlets import Outlets
from geograph.extract.lexicon import Lexicon, load_lexicons
from geograph.normalize import normalize
from geograph.records import Modality

Tokenize = Callable[[str], list[str]]

# Kinds of function-word tags and the lexicon fields they come from.
_FUNCTION_WORDS: tuple[tuple[str, str], ...] = (
    ("end", "sentence_end"),
    ("break", "clause_breaks"),
    ("opens", "clauses_after"),
    ("relative", "relative_markers"),
    ("appositive", "apposition_openers"),
    ("conj", "conjunctions"),
    ("sep", "list_separators"),
    ("aux", "passive_aux"),
    ("agent_passive", "agent_passive_aux"),
    ("reflexive", "reflexives"),
    ("undergo", "undergo"),
    ("saying", "saying_verbs"),
    ("determiner", "determiners"),
    ("light", "light_verbs"),
    ("demonstrative", "demonstratives"),
    ("resumptive", "resumptives"),
    ("barrier", "subject_barriers"),
    ("free_choice", "free_choice"),
    ("poss", "possessive"),
    ("transparent", "transparent"),
    ("coref1", "one_state"),
    ("corefs", "speaker_country"),
    ("corefu", "outlet_country"),
    ("corefh", "person_pronouns"),
    ("coref2", "two_states"),
    ("corefp", "plural_refs"),
    ("corefg", "group_refs"),
    ("corefo", "organization_refs"),
    ("event", "event_refs"),
    ("pronoun", "speaker_pronouns"),
    ("reporting", "reporting_verbs"),
    ("complementizer", "complementizers"),
    ("denial_object", "denial_objects"),
    ("neg_pred", "negative_predicates"),
)


@dataclass(frozen=True, slots=True)
class Ontology:
    """The gazetteer and the lexicons of one ontology folder."""

    gazetteer: Gazetteer
    lexicons: dict[str, Lexicon]
    outlets: Outlets

    @classmethod
    def load(cls, directory: Path) -> Ontology:
        gazetteer = Gazetteer.load(directory / "gazetteer")
        outlets = Outlets.load(directory / "gazetteer" / "outlets.yaml", gazetteer)
        return cls(gazetteer, load_lexicons(directory / "lexicon"), outlets)


class LanguageResources:
    """The compiled matcher of one language (``lexicon`` None: gazetteer names only)."""

    def __init__(self, ontology: Ontology, lexicon: Lexicon | None, tokenize: Tokenize) -> None:
        self.ontology = ontology
        self.gazetteer = ontology.gazetteer
        self.lexicon = lexicon
        self._tokenize = tokenize
        self._join_words = lexicon is not None and lexicon.words_run_together
        # whole-word suffixes Persian writes joined or apart ("ها", "های"), longest first
        self._suffixes = tuple(
            sorted((normalize(x).text for x in lexicon.suffixes if len(x) >= 2), key=len, reverse=True)
            if lexicon is not None and lexicon.language == "fa"
            else ()
        )
        if lexicon is None:
            self.analyzer = Analyzer((), (), 3)
        else:
            prefixes = [
                (self._norm(p.text), self._norm(p.restore), tuple(self._norm(x) for x in p.stem_starts))
                for p in lexicon.prefixes
            ]
            self.analyzer = Analyzer(
                prefixes,
                [self._norm(s) for s in lexicon.suffixes],
                lexicon.min_stem,
                [self._norm(w) for w in lexicon.unanalyzed],
            )
        self._prefix_marker: dict[str, str] = {}
        self._prefix_conjunction: set[str] = set()
        self._prefix_modality: dict[str, Modality] = {}
        self._prefix_nominal: set[str] = set()
        self.trie = PhraseTrie(self.analyzer)
        self._add_gazetteer()
        # Argument markers, by the normalized phrase ("از سوی"), for the frame rules to classify.
        self.prepositions = self._phrases(lexicon.prepositions if lexicon else ())
        self.agent_markers = self._phrases(lexicon.agent_markers if lexicon else ())
        self.pair_markers = self._phrases(lexicon.pair_markers if lexicon else ())
        self.between_markers = self._phrases(lexicon.between_markers if lexicon else ())
        self.of_markers = self._phrases(lexicon.of_markers if lexicon else ())
        self.postpositions = self._phrases(lexicon.postpositions if lexicon else ())
        self.source_markers = self._phrases(lexicon.source_markers if lexicon else ())
        self.sponsor_markers = self._phrases(lexicon.sponsor_markers if lexicon else ())
        self.subordinators = self._phrases(lexicon.subordinators if lexicon else ())
        self.possessor_markers = self._phrases(lexicon.possessor_markers if lexicon else ())
        self.locatives = self._phrases(lexicon.locatives if lexicon else ())
        self.plural_suffixes = tuple(self._norm(x) for x in (lexicon.plural_suffixes if lexicon else ()))
        self.barriers = self._phrases(lexicon.subject_barriers if lexicon else ())
        self.infinitive_markers = self._phrases(lexicon.infinitive_markers if lexicon else ())
        self.instrument_markers = self._phrases(lexicon.instrument_markers if lexicon else ())
        self.purpose_markers = self._phrases(lexicon.purpose_markers if lexicon else ())
        self.gerund_openers = frozenset(w.lower() for w in (lexicon.gerund_openers if lexicon else ()))
        self.group_heads = frozenset(lexicon.group_heads if lexicon else ())
        # generic body names as token phrases ("security council"), matched against a mention's words
        self.national_bodies = self._phrases(lexicon.national_bodies if lexicon else ())
        # demonyms of this language as token phrases ("اليمنية"): after a group's name they describe the group
        self.demonyms = (
            frozenset(
                " ".join(self.phrase(name))
                for entry in self.gazetteer.entries.values()
                for lang, name in entry.demonyms
                if lang == lexicon.language
            )
            if lexicon is not None and lexicon.genitive_follows
            else frozenset()
        )
        self.question_marks = frozenset(lexicon.question_marks if lexicon else ())
        self.presupposing_questions = frozenset(
            self._norm(w) for w in (lexicon.presupposing_questions if lexicon else ())
        )
        self.object_marks = [self._phrases(t.object_marks) for t in lexicon.triggers] if lexicon else []
        self.own_subject_object_marks = (
            [self._phrases(t.own_subject_object_marks) for t in lexicon.triggers] if lexicon else []
        )
        # by trigger entry: the normalized words right after which the trigger does not count
        self.cancelled_before = (
            [frozenset(map(self._norm, t.unless_followed_by)) for t in lexicon.triggers] if lexicon else []
        )
        # by trigger entry: the normalized words a few words after which the trigger does not count
        self.cancelled_after = (
            [frozenset(map(self._norm, t.unless_preceded_by)) for t in lexicon.triggers] if lexicon else []
        )
        # by trigger entry: the normalized words one of which must follow the trigger within a few words
        self.required_after = (
            [frozenset(map(self._norm, t.only_followed_by)) for t in lexicon.triggers] if lexicon else []
        )
        self.clause_requires = (
            [frozenset(map(self._norm, t.only_in_clause_with)) for t in lexicon.triggers] if lexicon else []
        )
        self.clause_forbids = (
            [frozenset(map(self._norm, t.unless_in_clause_with)) for t in lexicon.triggers] if lexicon else []
        )
        self.subject_marks = [self._phrases(t.subject_marks) for t in lexicon.triggers] if lexicon else []
        self.source_marks = [self._phrases(t.source) for t in lexicon.triggers] if lexicon else []
        self.via_defaults = dict(lexicon.via_defaults) if lexicon else {}
        # Words never part of a person's name; a set look-up, kept out of the trie (they are frequent).
        self.name_stop = frozenset(self._norm(w) for w in (lexicon.name_stop if lexicon else ()))
        self.name_not_first = tuple(self._norm(w) for w in (lexicon.name_not_first if lexicon else ()))
        # as written: case tells a suffix ("Co.") from a word ("co-")
        self.company_suffixes = frozenset(normalize(w).text for w in (lexicon.company_suffixes if lexicon else ()))
        self.role_last_words = frozenset(
            self.phrase(w)[-1] for role in (lexicon.roles if lexicon else ()) for w in role.words if self.phrase(w)
        ) | frozenset("".join(self.phrase(w)) for role in (lexicon.roles if lexicon else ()) for w in role.words)
        if lexicon is not None:
            for prefix in lexicon.prefixes:
                if prefix.marker:
                    self._prefix_marker[self._norm(prefix.text)] = " ".join(self.phrase(prefix.marker))
                if prefix.conjunction:
                    self._prefix_conjunction.add(self._norm(prefix.text))
                if prefix.modality is not None:
                    self._prefix_modality[self._norm(prefix.text)] = prefix.modality
                if prefix.nominal:
                    self._prefix_nominal.add(self._norm(prefix.text))
            self._add_lexicon(lexicon)

    def proclitic_marker(self, chain: str) -> str | None:
        """The preposition a chain of proclitics carries ("و+ب" -> "ب"), if any."""
        for prefix in chain.split("+") if chain else ():
            if prefix in self._prefix_marker:
                return self._prefix_marker[prefix]
        return None

    def proclitic_nominal(self, chain: str) -> bool:
        """Whether a chain of proclitics holds an article, which makes the word a noun ("و+ال")."""
        return any(prefix in self._prefix_nominal for prefix in chain.split("+")) if chain else False

    def proclitic_modality(self, chain: str) -> Modality | None:
        for prefix in chain.split("+") if chain else ():
            if prefix in self._prefix_modality:
                return self._prefix_modality[prefix]
        return None

    def proclitic_conjunction(self, chain: str) -> bool:
        return bool(chain) and chain.split("+")[0] in self._prefix_conjunction

    @staticmethod
    def _norm(text: str) -> str:
        return normalize(text).text.lower()

    def _phrases(self, words: Iterable[str]) -> frozenset[str]:
        return frozenset(" ".join(self.phrase(w)) for w in words)

    def phrase(self, text: str) -> tuple[str, ...]:
        return tuple(t.lower() for t in self._tokenize(normalize(text).text) if t.strip())

    def _add(self, words: Iterable[str], tag: Tag) -> None:
        for word in words:
            tokens = self.phrase(word)
            self.trie.add(tokens, tag)
            if self._join_words:
                for variant in self._spellings(tokens):
                    self.trie.add(variant, tag)

    def _spellings(self, tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Persian spellings of a phrase: a word written with a zero-width non-joiner loses it in normalization
        ("رئیس‌جمهور" -> "رئیسجمهور", "یگان‌های" -> "یگانهای"), and written with a space it splits."""
        out: set[tuple[str, ...]] = set()
        if len(tokens) > 1 and tokens[-1] + "ی" in self._suffixes:
            # a plural name read with its ezafe: "حوثی ها" is also "حوثی های یمن" (Yemen's Houthis)
            tokens_ezafe = (*tokens[:-1], tokens[-1] + "ی")
            out |= {tokens_ezafe, ("".join(tokens_ezafe),)}
        if len(tokens) > 1:
            out.add(("".join(tokens),))
        for i in range(len(tokens) - 1 if len(tokens) > 2 else 0):
            # two words of a longer phrase written as one: "محمدجواد ظریف", "وزارت امورخارجه"
            out.add((*tokens[:i], tokens[i] + tokens[i + 1], *tokens[i + 2 :]))
        joined: list[str] = []
        for token in tokens:
            if joined and token in self._suffixes:
                joined[-1] += token  # "یگان های" -> "یگانهای"
            else:
                joined.append(token)
        out.add(tuple(joined))
        split: list[str] = []
        for token in tokens:
            suffix = next((x for x in self._suffixes if token.endswith(x) and len(token) - len(x) >= 3), None)
            split.extend((token[: -len(suffix)], suffix) if suffix else (token,))
        out.add(tuple(split))
        out.discard(tokens)
        return out

    def _add_gazetteer(self) -> None:
        langs = None if self.lexicon is None else {self.lexicon.language, "en"}
        for entry in self.gazetteer.entries.values():
            exact = {name for _, name in entry.case_sensitive}
            for name in exact:
                self.trie.add((EXACT + normalize(name).text,), ("actor", entry.id))
            for lang, name in entry.references:
                if langs is None or lang in langs:
                    self._add([name], ("corefr", entry.id))
            for kind, pairs in (("actor", entry.names), ("actor", entry.demonyms), ("actor", entry.capitals)):
                for lang, name in pairs:
                    if langs is not None and lang not in langs:
                        continue
                    if name in exact or (name.isupper() and len(name) <= 4 and " " not in name):
                        self.trie.add((EXACT + normalize(name).text,), (kind, entry.id))
                    else:
                        self._add([name], (kind, entry.id))
                        if lang == "en" and entry.type in ("armed_group", "group") and name.endswith("s"):
                            # "the Houthis" and "Houthi targets" name the same group
                            self._add([name[:-1]], (kind, entry.id))

    def _add_lexicon(self, lexicon: Lexicon) -> None:
        for kind, attr in _FUNCTION_WORDS:
            self._add(getattr(lexicon, attr), (kind, attr))
        markers = [
            *lexicon.prepositions,
            *lexicon.agent_markers,
            *lexicon.pair_markers,
            *lexicon.of_markers,
            *lexicon.postpositions,
            *lexicon.source_markers,
            *lexicon.sponsor_markers,
            *lexicon.locatives,
            *lexicon.infinitive_markers,
        ]
        for trigger in lexicon.triggers:
            markers.extend(trigger.object_marks)
            markers.extend(trigger.subject_marks)
            markers.extend(trigger.source)
        for marker in markers:
            self._add([marker], ("marker", " ".join(self.phrase(marker))))
        for modality, words in lexicon.cues:
            self._add(words, ("cue", modality))
        self._add(lexicon.planned_times, ("cue", "planned_time"))
        self._add(lexicon.asserting, ("cue", "asserting"))
        # kinds of their own, not cues: the argument reader takes no clause boundary from them
        self._add(lexicon.demands, ("demand", "demand"))
        self._add(lexicon.appeals, ("demand", "appeal"))
        self._add(lexicon.cessations, ("cessation", "cessation"))
        for index, role in enumerate(lexicon.roles):
            self._add(role.words, ("role", str(index)))
        for index, trigger in enumerate(lexicon.triggers):
            self._add(trigger.words, ("trigger", str(index)))
            self._add(trigger.measure, ("measure", str(index)))


def load_ontology(directory: Path) -> Ontology:
    return Ontology.load(directory)
