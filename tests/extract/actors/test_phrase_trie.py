"""``PhraseTrie.find`` against a plain walk of the trie: the same hits in the same order, whatever the phrases.

Later stages take the first of equal hits, so the order is part of the answer: hits by first token, then by
the form of it that matched, then in the order a depth-first walk with a stack of (node, next token) finds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.extract.actors.matching import Analyzer, Hit, PhraseTrie, Tag

# Few distinct words, so that phrases overlap, share prefixes, and nest
WORDS = ["a", "b", "ab", "وa", "وبa", "aها", "A", "abc", " ", "\n"]


def _plain_find(
    phrases: list[tuple[tuple[str, ...], Tag]], analyzer: Analyzer, words: list[str], max_len: int
) -> list[Hit]:
    """Every hit, by walking a nested-dict trie from every token with no caches and no shortcuts."""
    root: dict[str, dict[str, object]] = {}
    for tokens, tag in phrases:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})  # type: ignore[assignment]
        tags = node.setdefault("tags", [])
        assert isinstance(tags, list)
        if tag not in tags:
            tags.append(tag)
    forms = [analyzer.forms(w) if w.strip() else () for w in words]
    hits: list[Hit] = []
    for i, token_forms in enumerate(forms):
        for form in token_forms:
            start = root.get(form.text)
            if start is None:
                continue
            stack: list[tuple[dict[str, object], int]] = [(start, i + 1)]
            while stack:
                node, end = stack.pop()
                if end == i + 1:  # the opening node itself: its phrases are one token long
                    hits.extend(Hit(i, end, tag, form.proclitic) for tag in node.get("tags", []))  # type: ignore[attr-defined]
                if end >= min(len(words), i + max_len):
                    continue
                for text in dict.fromkeys(f.text for f in forms[end] if not f.proclitic):
                    child = node.get(text)
                    if isinstance(child, dict) and text != "tags":
                        hits.extend(Hit(i, end + 1, tag, form.proclitic) for tag in child.get("tags", []))
                        if any(key != "tags" for key in child):
                            stack.append((child, end + 1))
    return hits


PHRASES = st.lists(
    st.tuples(
        st.lists(st.sampled_from(["a", "b", "ab", "aها", "A", "=A"]), min_size=1, max_size=4).map(tuple),
        st.tuples(st.sampled_from(["actor", "trigger"]), st.sampled_from(["1", "2"])),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(
    phrases=PHRASES,
    words=st.lists(st.sampled_from(WORDS), max_size=14),
    max_len=st.integers(min_value=0, max_value=5),
)
def test_find_gives_the_hits_of_a_plain_walk_in_its_order(
    phrases: list[tuple[tuple[str, ...], Tag]], words: list[str], max_len: int
) -> None:
    analyzer = Analyzer([("و", ""), ("ب", "")], ["ها"], min_stem=1)
    trie = PhraseTrie(analyzer)
    for tokens, tag in phrases:
        trie.add(tokens, tag)
    expected = _plain_find(phrases, analyzer, words, max_len)
    assert trie.find(words, max_len) == expected
    assert trie.find(words, max_len) == expected  # again, from the per-word cache


def test_when_two_forms_of_a_token_continue_the_last_branch_is_walked_first() -> None:
    """A token "A" continues a phrase both as "a" and case-sensitively as "=A": the last is walked first."""
    trie = PhraseTrie(Analyzer([], [], min_stem=1))
    trie.add(("b", "a", "b", "b"), ("actor", "lower"))
    trie.add(("b", "=A", "b", "b"), ("actor", "exact"))
    trie.add(("b", "a"), ("trigger", "short"))
    assert trie.find(["b", "A", "b", "b"]) == [
        Hit(0, 2, ("trigger", "short"), ""),
        Hit(0, 4, ("actor", "exact"), ""),
        Hit(0, 4, ("actor", "lower"), ""),
    ]
