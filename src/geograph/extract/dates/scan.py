"""Where date expressions can start: every date pattern's ``finditer`` matches, each pattern tried only there.

Trying each of a language's ten date patterns at every position of an article is most of what finding dates
would cost. But an expression starts at a digit run or, after a non-word character, at a word that opens it
(a month, a weekday, a year marker, maybe after a clitic). Two quick passes find those places, and each
pattern is tried only where its own opening can begin (see :class:`Scanner`).

``geograph.extract.dates.lexicon`` says what the patterns and their openings are: build a scanner with
:func:`build_scanner` from (compiled pattern, :class:`Opening`) pairs and the language's clitic prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

__all__ = ["Opening", "Scanner", "build_scanner"]

# The scan names the characters of most texts (Latin, Arabic script, punctuation): a class of characters,
# which the regex engine checks much faster than \d, \W or a letter with re.IGNORECASE, rules out a listed
# character as it should and keeps any other.
_LISTED = ((0x0000, 0x02FF), (0x0600, 0x06FF), (0x2000, 0x206F))
_LISTED_CHARACTERS = "".join(chr(c) for low, high in _LISTED for c in range(low, high + 1))
_UNLISTED = re.compile("[^" + "".join(rf"\U{low:08x}-\U{high:08x}" for low, high in _LISTED) + "]")
_MAYBE_DIGIT = "[^" + re.escape("".join(re.findall(r"\D", _LISTED_CHARACTERS))) + "]"
_MAYBE_NON_WORD = "[^" + re.escape("".join(re.findall(r"\w", _LISTED_CHARACTERS))) + "]"


class Opening(NamedTuple):
    """How a pattern's matches start: what each needs, not all that it takes.

    A match starts with one of the ``words`` and then what the paired regex matches, maybe after a clitic if
    ``clitic``; or, if it starts with a digit, with what ``digits`` matches. The words are as the pattern
    holds them (normalized, single spaces); a space in one stands for any or no space, as in the patterns.
    """

    words: tuple[tuple[Collection[str], str], ...] = ()
    clitic: bool = False
    digits: str = "(?!)"


@dataclass(frozen=True, slots=True)
class Scanner:
    """Every pattern's ``finditer`` matches, trying each pattern only where an expression of its kind can start.

    Patterns are tried in text order at the places the two passes find, skipping places inside the
    pattern's previous match: that gives exactly what ``finditer`` gives, since a pattern can match nowhere
    else (no pattern matches the empty string).
    """

    patterns: tuple[re.Pattern[str], ...]
    digit_runs: re.Pattern[str]  # the first digit of a run that can open some pattern (see Opening)
    openers: re.Pattern[str]  # the non-word character before a word that can open some pattern
    # The same with re.IGNORECASE, for a text with unlisted characters, which may be case variants of the
    # letters ``openers`` lists them for; None if the words have no letters with case variants at all.
    openers_any_case: re.Pattern[str] | None
    digit_first: tuple[int, ...]  # the patterns that can start with a digit
    by_initial: Mapping[str, tuple[int, ...]]  # the patterns a word with this first character can open
    word_first: tuple[int, ...]  # every pattern a word can open: for a first character not in ``by_initial``

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """Per pattern, in order, the matches ``pattern.finditer(text)`` would give."""
        patterns = self.patterns
        found: list[list[re.Match[str]]] = [[] for _ in patterns]
        ends = [0] * len(patterns)  # where the pattern's finditer would search next
        for start, tried in sorted(self._starts(text), key=itemgetter(0)):
            for i in tried:
                if start >= ends[i] and (match := patterns[i].match(text, start)):
                    found[i].append(match)
                    ends[i] = match.end()  # never the start: no pattern matches the empty string
        return found

    def _starts(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """Where patterns can start, and which patterns."""
        starts = [(m.start(), self.digit_first) for m in self.digit_runs.finditer(text)]
        openers = self.openers
        if self.openers_any_case and not text.isascii() and _UNLISTED.search(text):
            openers = self.openers_any_case
        starts += [(m.end(), self.by_initial.get(text[m.end()], self.word_first)) for m in openers.finditer(text)]
        if text:  # no character before the first word: whatever its first character can open
            starts.append((0, self.by_initial.get(text[0], self.word_first)))
        return starts


def build_scanner(patterns: Sequence[tuple[re.Pattern[str], Opening]], clitics: Collection[str]) -> Scanner:
    """The scanner of ``patterns`` (compiled with re.IGNORECASE), each with how its matches start; ``clitics``:
    the prefixes that may come before an opening word of a pattern whose Opening says ``clitic``."""
    prefixes = sorted({c for c in clitics if c})
    entries = [(w, then) for _, opening in patterns for words, then in opening.words for w in words if w]
    initials = [
        {w[0] for words, _ in o.words for w in words if w} | ({c[0] for c in prefixes} if o.clitic else set())
        for _, o in patterns
    ]
    word_first = tuple(i for i, chars in enumerate(initials) if chars)
    # Which patterns a first character can open, re.IGNORECASE decides; an unlisted one may open any
    variants = {v for chars in initials for c in chars for v in _case_variants(c)}
    classes = {i: re.compile(f"[{re.escape(''.join(initials[i]))}]", re.IGNORECASE) for i in word_first}
    digits = "|".join(opening.digits for _, opening in patterns)

    def opener(case_free: bool) -> str:
        first = "".join(sorted(variants if case_free else set().union(*initials)))
        words = _opener_tree(entries, case_free) if entries else "(?!)"
        if prefixes:  # only whether one fits matters, so a plain alternation does (a space: any or none)
            clitic = "(?i:" + "|".join(r"\s*".join(map(re.escape, c.split())) for c in prefixes) + ")"
            words = rf"{clitic}?{words}|{clitic}\d"
        return rf"(?=[{re.escape(first)}])(?={words})" if first else "(?!)"

    # The run's first digit, then (looking back to it) what follows: the search skips to digits at once
    digit_run = rf"(?<!\d\d)(?<=(?=(?i:{digits})).)"
    # An uncased letter (c.lower() == c == c.upper()) is matched as itself even with re.IGNORECASE
    cased = any(c.lower() != c or c.upper() != c for w in [*prefixes, *dict(entries)] for c in w)
    return Scanner(
        patterns=tuple(p for p, _ in patterns),
        digit_runs=re.compile(_MAYBE_DIGIT + digit_run),
        openers=re.compile(_MAYBE_NON_WORD + opener(case_free=True)),
        openers_any_case=re.compile(_MAYBE_NON_WORD + opener(case_free=False), re.IGNORECASE) if cased else None,
        digit_first=tuple(i for i, (_, opening) in enumerate(patterns) if opening.digits != "(?!)"),
        by_initial={v: tuple(i for i in word_first if classes[i].fullmatch(v)) for v in variants},
        word_first=word_first,
    )


def _opener_tree(entries: list[tuple[str, str]], case_free: bool, depth: int = 0) -> str:
    """A regex for any of the (word, regex that must follow it) ``entries``: a prefix tree of the words.

    Only whether some word fits matters here, not which, so the order of branches does not matter. If
    ``case_free``, the regex is for use without re.IGNORECASE: each letter stands for its listed case
    variants, at the root as separate letters, which the regex engine rules out fastest.
    """
    heads: dict[str, list[tuple[str, str]]] = {}
    ends: set[str] = set()
    for word, then in entries:
        if word:
            heads.setdefault(_case_variants(word[0]) if case_free else word[0], []).append((word[1:], then))
        else:
            ends.add(f"(?i:{then})" if case_free and then else then)
    branches = sorted(ends)
    for head, rests in sorted(heads.items()):
        below = _opener_tree(rests, case_free, depth + 1)
        if head == " ":
            branches.append(r"\s*" + below)
        elif depth == 0:
            branches += [re.escape(c) + below for c in head]
        else:
            branches.append((f"[{re.escape(head)}]" if len(head) > 1 else re.escape(head)) + below)
    return "(?:" + "|".join(branches) + ")"


@cache
def _case_variants(char: str) -> str:
    """``char`` and the listed characters that re.IGNORECASE takes for it."""
    return "".join(sorted({char, *re.findall(re.escape(char), _LISTED_CHARACTERS, re.IGNORECASE)}))
