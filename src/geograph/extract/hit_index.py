"""One document's phrase hits, indexed once for every component that asks about them.

The components ask hundreds of questions per article ("which hits start at token i?", "the longest marker
ending at j", "every role title"), most of them about a handful of kinds. One pass over the hits, right after
matching, files each hit by first token, by end token and by kind; the longest hit of a kind at each token is
filed on the first question about that kind.
"""

from __future__ import annotations

from geograph.extract.actors.matching import Hit

_NONE: list[Hit] = []


class LongestHits(dict[str, dict[int, Hit]]):
    """kind -> token -> the longest hit of that kind starting (``at_end`` False) or ending (``at_end`` True)
    there, on a tie the first in hit order; one dict per kind, built when the kind is first asked for."""

    def __init__(self, of_kind: dict[str, list[Hit]], at_end: bool) -> None:
        super().__init__()
        self.of_kind = of_kind
        self.at_end = at_end

    def __missing__(self, kind: str) -> dict[int, Hit]:
        index: dict[int, Hit] = {}
        hits = self.of_kind.get(kind, _NONE)
        if self.at_end:
            for hit in hits:
                best = index.get(hit.end)
                if best is None or hit.start < best.start:
                    index[hit.end] = hit
        else:
            for hit in hits:
                best = index.get(hit.start)
                if best is None or hit.end > best.end:
                    index[hit.start] = hit
        self[kind] = index
        return index


class HitIndex:
    """The hits of one document by first token, by end token (exclusive) and by kind, each in hit order."""

    __slots__ = ("ending", "hits", "kinds", "longest_ending", "longest_starting", "of_kind", "starting")

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        starting: dict[int, list[Hit]] = {}
        ending: dict[int, list[Hit]] = {}
        of_kind: dict[str, list[Hit]] = {}
        # get-then-append, not setdefault(key, []): that builds (and drops) a list per hit
        for hit in hits:
            bucket = starting.get(hit.start)
            if bucket is None:
                starting[hit.start] = [hit]
            else:
                bucket.append(hit)
            bucket = ending.get(hit.end)
            if bucket is None:
                ending[hit.end] = [hit]
            else:
                bucket.append(hit)
            bucket = of_kind.get(hit.tag[0])
            if bucket is None:
                of_kind[hit.tag[0]] = [hit]
            else:
                bucket.append(hit)
        self.starting = starting
        self.ending = ending
        self.of_kind = of_kind
        self.longest_starting = LongestHits(of_kind, at_end=False)
        self.longest_ending = LongestHits(of_kind, at_end=True)
        self.kinds: dict[int, frozenset[str]] = {}  # kinds of the hits starting at a token, as asked

    def of(self, kind: str) -> list[Hit]:
        """The hits of ``kind``, in hit order (shared: do not change the list)."""
        return self.of_kind.get(kind, _NONE)

    def starting_at(self, i: int) -> list[Hit]:
        return self.starting.get(i, _NONE)

    def ending_at(self, j: int) -> list[Hit]:
        return self.ending.get(j, _NONE)

    def kinds_at(self, i: int) -> frozenset[str]:
        """The kinds of the hits starting at token ``i``."""
        kinds = self.kinds.get(i)
        if kinds is None:
            kinds = self.kinds[i] = frozenset([h.tag[0] for h in self.starting.get(i, _NONE)])
        return kinds

    def hit_starting(self, i: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` starting at token ``i``."""
        return self.longest_starting[kind].get(i)

    def hit_ending(self, j: int, kind: str) -> Hit | None:
        """The longest hit of ``kind`` ending at token ``j`` (exclusive)."""
        return self.longest_ending[kind].get(j)
