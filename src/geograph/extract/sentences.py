"""Sentences: token spans that end at end punctuation or a line break, and are never longer than a cap.

Every rule looks within its trigger's sentence (or a bounded reach around it), so :data:`SENTENCE_CAP` is what
keeps extraction linear in the input when a text has no sentence breaks (a scraped table, list or feed with
its punctuation stripped): one sentence of the whole text would have each trigger's rules walk all of it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from itertools import compress

# The longest sentence the rules read, in tokens. The longest sentence of the gold, held-out, sample and
# generated articles has 93 tokens: normal prose is not cut.
SENTENCE_CAP = 120

# A closing quote right after end punctuation ("attacked.” Then") belongs to the sentence it closes.
CLOSING_QUOTES = frozenset({"”", "»", "’"})


def capped_sentence(start: int, end: int, clause_ends: list[int]) -> list[tuple[int, int]]:
    """Tokens ``start:end`` as pieces of at most :data:`SENTENCE_CAP` tokens: each cut is after the last clause
    punctuation (token indices ``clause_ends``, ascending) in the second half of the piece, else at the cap."""
    pieces: list[tuple[int, int]] = []
    while end - start > SENTENCE_CAP:
        limit = start + SENTENCE_CAP
        k = bisect_left(clause_ends, limit) - 1  # the last clause punctuation inside the piece
        cut = clause_ends[k] + 1 if k >= 0 and clause_ends[k] + 1 - start >= SENTENCE_CAP // 2 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(words: list[str], ends: Collection[str], clause_ends: Collection[str]) -> list[tuple[int, int]]:
    """The sentences of ``words`` as (first, end) token spans: a sentence ends after a word in ``ends`` or a
    line break (line breaks right after an end stay with the sentence they follow), and one longer than the cap
    is cut, after a word in ``clause_ends`` where one fits."""
    # decided once per distinct word: end punctuation, or a line break with nothing else
    enders = {word for word in set(words) if word in ends or ("\n" in word and not word.strip())}
    last_tokens = list(compress(range(len(words)), map(enders.__contains__, words)))
    last_tokens = [
        last + 1 if last + 1 < len(words) and words[last + 1] in CLOSING_QUOTES else last for last in last_tokens
    ]
    sentences: list[tuple[int, int]] = []
    clause_tokens: list[int] | None = None
    start = 0
    for end in [*(last + 1 for last in last_tokens), len(words)]:
        if end - start <= SENTENCE_CAP:
            if (
                sentences
                and end - sentences[-1][0] <= SENTENCE_CAP
                and all(not words[i].strip() for i in range(start, end))
            ):
                # a paragraph break after a full stop is no sentence of its own: "the sentence before"
                # (coreference, denials) is the one with words
                sentences[-1] = (sentences[-1][0], end)
            elif end > start:
                sentences.append((start, end))
        else:
            if clause_tokens is None:  # decided once per distinct word, like the sentence ends
                marks = {word for word in set(words) if word in clause_ends}
                clause_tokens = list(compress(range(len(words)), map(marks.__contains__, words)))
            sentences += capped_sentence(start, end, clause_tokens)
        start = end
    return sentences
