"""Phrase matching over tokens: light morphology and one token trie for every lexicon and gazetteer phrase.

Each distinct token string is analysed once (cached) into its lookup forms: the lower-cased token, the token
without an Arabic proclitic (و، ب، ل، ...) and without an inflectional suffix (ها، های، ات، ...). A phrase
matches when each of its tokens equals one form of the corresponding text token. Per token the cost is a
cache hit and a few dict look-ups, whatever the number of phrases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Tag = tuple[str, str]  # (kind, value): ("actor", "Q159"), ("trigger", "3"), ("cue", "denied"), ...
EXACT = "="  # prefix of a case-sensitive form ("=US" never matches the pronoun "us")


@dataclass(frozen=True, slots=True)
class Form:
    """One lookup form of a token; ``proclitic`` is the chain of stripped prefixes, "+"-joined ("و+ب")."""

    text: str
    proclitic: str = ""


class Analyzer:
    """Lookup forms of a token: itself, without a proclitic, without a suffix (cached per string)."""

    def __init__(
        self,
        prefixes: Iterable[tuple[str, str]],
        suffixes: Iterable[str],
        min_stem: int = 3,
    ) -> None:
        """``prefixes``: (proclitic, what the stem starts with once it is removed, usually "")."""
        self.prefixes = sorted(set(prefixes), key=lambda p: len(p[0]), reverse=True)
        self.suffixes = sorted(set(suffixes), key=len, reverse=True)
        self.min_stem = min_stem
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
                for prefix, restore in self.prefixes:
                    text = base.text
                    if text.startswith(prefix) and len(text) - len(prefix) >= self.min_stem:
                        chain = f"{base.proclitic}+{prefix}" if base.proclitic else prefix
                        grown.append(Form(restore + text[len(prefix) :], chain))
            bases.extend(grown)
            frontier = grown
        out = list(bases)
        for base in bases:
            for suffix in self.suffixes:
                if base.text.endswith(suffix) and len(base.text) - len(suffix) >= self.min_stem:
                    out.append(Form(base.text[: -len(suffix)], base.proclitic))
        if token != lower:
            out.append(Form(EXACT + token))
        result = tuple(dict.fromkeys(out))
        if len(self._cache) < 200_000:
            self._cache[token] = result
        return result


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    tags: list[Tag] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    tag: Tag
    proclitic: str


class PhraseTrie:
    """Token sequences -> tags. ``find`` reports every phrase that starts at every token."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, tokens: tuple[str, ...], tag: Tag) -> None:
        if not tokens:
            return
        node = self._root
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        if tag not in node.tags:
            node.tags.append(tag)

    def find(self, token_forms: list[tuple[Form, ...]], max_len: int = 8) -> list[Hit]:
        hits: list[Hit] = []
        root = self._root.children
        n = len(token_forms)
        # Inside a phrase only proclitic-free forms continue it; one tuple of their texts per token.
        plain = [tuple(dict.fromkeys(f.text for f in forms if not f.proclitic)) for forms in token_forms]
        for i in range(n):
            for form in token_forms[i]:
                node = root.get(form.text)
                if node is None:
                    continue
                for tag in node.tags:  # most phrases are one word: no walk for them
                    hits.append(Hit(i, i + 1, tag, form.proclitic))
                if not node.children:
                    continue
                # Walk the longer phrases this word starts; a stack of (node, next token) pairs.
                stack = [(node, i + 1)]
                limit = min(n, i + max_len)
                while stack:
                    current, end = stack.pop()
                    if end >= limit:
                        continue
                    for text in plain[end]:
                        child = current.children.get(text)
                        if child is None:
                            continue
                        for tag in child.tags:
                            hits.append(Hit(i, end + 1, tag, form.proclitic))
                        if child.children:
                            stack.append((child, end + 1))
        return hits
