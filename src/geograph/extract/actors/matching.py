"""Phrase matching over tokens: light morphology and one token trie for every lexicon and gazetteer phrase.

Each distinct token string is analysed once (cached) into its lookup forms: the lower-cased token, the token
without an Arabic proclitic (و، ب، ل، ...) and without an inflectional suffix (ها، های، ات، ...). A phrase
matches when each of its tokens equals one form of the corresponding text token. Per token the cost is a
cache hit and a few dict look-ups, whatever the number of phrases.

The trie lives as long as the process, so it is built from what the garbage collector does not track
(strings, ints, tuples of them, dicts of str -> int): tens of thousands of node objects would otherwise be
walked again on every full collection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import cast

Tag = tuple[str, str]  # (kind, value): ("actor", "Q159"), ("trigger", "3"), ("cue", "denied"), ...
EXACT = "="  # prefix of a case-sensitive form ("=US" never matches the pronoun "us")


@dataclass(frozen=True, slots=True)
class Form:
    """One lookup form of a token; ``proclitic`` is the chain of stripped prefixes, "+"-joined ("و+ب")."""

    text: str
    proclitic: str = ""


_QUOTES = "\"'“”„«»‘’‹›"


class Analyzer:
    """Lookup forms of a token: itself, without a proclitic, without a suffix (cached per string)."""

    def __init__(
        self,
        prefixes: Iterable[tuple[str, str] | tuple[str, str, tuple[str, ...]]],
        suffixes: Iterable[str],
        min_stem: int = 3,
        unanalyzed: Iterable[str] = (),
    ) -> None:
        """``prefixes``: (proclitic, what the stem starts with once it is removed, usually "", and optionally
        the letters the stem must start with); ``unanalyzed``: words never taken apart."""
        full = {(p[0], p[1], p[2] if len(p) > 2 else ()) for p in prefixes}
        self.prefixes = sorted(full, key=lambda p: len(p[0]), reverse=True)
        self.suffixes = sorted(set(suffixes), key=len, reverse=True)
        self.min_stem = min_stem
        self.unanalyzed = frozenset(unanalyzed)
        self._cache: dict[str, tuple[Form, ...]] = {}

    def forms(self, token: str) -> tuple[Form, ...]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        lower = token.lower()
        bases = [Form(lower)]
        frontier = bases
        for _ in range(3):  # proclitics stack: و + ب + ال + عقوبات
            grown: list[Form] = []
            for base in frontier:
                if base.text in self.unanalyzed:
                    continue
                for prefix, restore, stem_starts in self.prefixes:
                    text = base.text
                    if text.startswith(prefix) and len(text) - len(prefix) >= self.min_stem:
                        # scraped Arabic quotes a name after its proclitic: لـ"بوتين" is ل + بوتين
                        stem = restore + text[len(prefix) :].lstrip(_QUOTES)
                        if len(stem) < self.min_stem:
                            continue
                        if stem_starts and not stem.startswith(stem_starts):
                            continue
                        chain = f"{base.proclitic}+{prefix}" if base.proclitic else prefix
                        grown.append(Form(stem, chain))
            bases.extend(grown)
            frontier = grown
        out = list(bases)
        for base in bases:
            if base.text in self.unanalyzed:
                continue
            for suffix in self.suffixes:
                if base.text.endswith(suffix) and len(base.text) - len(suffix) >= self.min_stem:
                    out.append(Form(base.text[: -len(suffix)], base.proclitic))
        if token != lower:
            out.append(Form(EXACT + token))
        result = tuple(dict.fromkeys(out))
        if len(self._cache) < 200_000:
            self._cache[token] = result
        return result


class Hit:
    """Tokens ``start:end`` match a phrase tagged ``tag``; ``proclitic`` is stripped from the first token.

    Immutable by convention and compared by value like a frozen dataclass, but a plain slotted class:
    one is made per phrase hit (hundreds per article), and a frozen dataclass's ``__init__`` costs 3x more.
    """

    __slots__ = ("end", "proclitic", "start", "tag")

    def __init__(self, start: int, end: int, tag: Tag, proclitic: str) -> None:
        self.start = start
        self.end = end
        self.tag = tag
        self.proclitic = proclitic

    def _key(self) -> tuple[int, int, Tag, str]:
        return (self.start, self.end, self.tag, self.proclitic)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Hit(start={self.start!r}, end={self.end!r}, tag={self.tag!r}, proclitic={self.proclitic!r})"


# What the trie needs of one token string: what its forms open at the root, each as (node, proclitic, the
# tags of the node, whether longer phrases go on from it), and the texts of its proclitic-free forms, the only
# ones that continue a phrase.
_Opening = tuple[int, str, tuple[Tag, ...], bool]
_Step = tuple[tuple[_Opening, ...], tuple[str, ...]]
_BLANK: _Step = ((), ())
_ROOT = 0


class PhraseTrie:
    """Token sequences -> tags. ``find`` reports every phrase that starts at every token.

    A node is an int: ``_children[node]`` maps a token to the next node, ``_tags[node]`` ends a phrase there.
    """

    def __init__(self, analyzer: Analyzer) -> None:
        self._children: list[dict[str, int]] = [{}]
        self._tags: list[tuple[Tag, ...]] = [()]
        self._analyzer = analyzer
        self._steps: dict[str, _Step] = {}  # per distinct token string; cleared when a phrase is added

    def add(self, tokens: tuple[str, ...], tag: Tag) -> None:
        if not tokens:
            return
        self._steps.clear()
        node = _ROOT
        for token in tokens:
            child = self._children[node].get(token)
            if child is None:
                child = self._children[node][token] = len(self._children)
                self._children.append({})
                self._tags.append(())
            node = child
        if tag not in self._tags[node]:
            self._tags[node] += (tag,)

    def _step(self, word: str) -> _Step:
        step = _BLANK  # whitespace tokens match nothing and do not continue a phrase
        if word.strip():
            root = self._children[_ROOT]
            forms = self._analyzer.forms(word)
            nodes = [(root[f.text], f.proclitic) for f in forms if f.text in root]
            openings = tuple(
                (node, proclitic, self._tags[node], bool(self._children[node])) for node, proclitic in nodes
            )
            step = (openings, tuple(dict.fromkeys(f.text for f in forms if not f.proclitic)))
        if len(self._steps) < 200_000:
            self._steps[word] = step
        return step

    def find(self, words: list[str], max_len: int = 8) -> list[Hit]:
        """Every phrase hit in the tokens ``words``, by first token, then by the form of it that matched."""
        hits: list[Hit] = []
        append = hits.append
        children, tags = self._children, self._tags
        known = list(map(self._steps.get, words))  # a loop in C: in a long run nearly every word is known
        if None in known:
            steps = [step or self._step(word) for step, word in zip(known, words, strict=True)]
        else:
            steps = cast(list[_Step], known)
        n = len(words)
        # Only about half the tokens open a phrase; picked out in C, without a Python loop over the others
        for i in compress(range(n), map(itemgetter(0), steps)):
            for node, proclitic, node_tags, goes_on in steps[i][0]:
                for tag in node_tags:  # most phrases are one word: no walk for them
                    append(Hit(i, i + 1, tag, proclitic))
                if not goes_on:
                    continue
                # Walk the longer phrases this word starts; a stack of (node, next token) pairs.
                stack = [(node, i + 1)]
                limit = min(n, i + max_len)
                while stack:
                    current, end = stack.pop()
                    if end >= limit:
                        continue
                    for text in steps[end][1]:
                        child = children[current].get(text)
                        if child is None:
                            continue
                        for tag in tags[child]:
                            append(Hit(i, end + 1, tag, proclitic))
                        if children[child]:
                            stack.append((child, end + 1))
        return hits
