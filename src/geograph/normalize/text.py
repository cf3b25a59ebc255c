"""``normalize(text, skip)``: the folded text extraction matches on, with a map back to the original offsets.

The map is kept as linear segments: normalized offsets ``norm_starts[k] ..`` correspond one to one to original
offsets ``orig_starts[k] ..``. Dropped characters end a segment; a character that expands into several
(a presentation-form ligature) becomes one length-1 segment per produced character, all pointing at it; a
skipped span becomes a single "\\n" pointing at the span's start. Most Persian text needs one segment per
dropped zero-width non-joiner, so lookups are a ``bisect`` over a short list.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from geograph.normalize.folding import fold_table

Span = tuple[int, int]


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text and its offset map into ``original``.

    Case is not folded here: Latin lowercasing is the extractor's concern, so Persian and Arabic offsets stay
    simple and the text keeps proper-noun capitals for display.
    """

    text: str
    original: str
    _norm_starts: tuple[int, ...] = field(repr=False)
    _orig_starts: tuple[int, ...] = field(repr=False)
    # normalized index of a skip span's "\n" -> the skipped span's end in the original
    _skip_ends: dict[int, int] = field(repr=False, compare=False, hash=False)

    def to_original(self, i: int) -> int:
        """The original offset of normalized offset ``i``; ``len(text)`` maps to ``len(original)``."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"normalized offset {i} outside 0..{len(self.text)}")
        if i == len(self.text):
            return len(self.original)
        k = bisect_right(self._norm_starts, i) - 1
        return self._orig_starts[k] + (i - self._norm_starts[k])

    def _original_end(self, i: int) -> int:
        """Where the original character(s) behind normalized character ``i`` end."""
        skipped_end = self._skip_ends.get(i)
        return skipped_end if skipped_end is not None else self.to_original(i) + 1

    def span_to_original(self, start: int, end: int) -> Span:
        """The original span covering normalized characters ``start:end``."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"normalized span {start}:{end} outside 0..{len(self.text)}")
        if start == end:
            at = self.to_original(start)
            return at, at
        return self.to_original(start), self._original_end(end - 1)

    def to_normalized(self, i: int) -> int:
        """The normalized offset of original offset ``i``.

        For a dropped or skipped character, the offset of the nearest following kept character (or
        ``len(text)``).
        """
        if not 0 <= i <= len(self.original):
            raise IndexError(f"original offset {i} outside 0..{len(self.original)}")
        last = bisect_right(self._orig_starts, i) - 1
        if last >= 0:
            k = last
            # an expanded character owns several length-1 segments with the same original start: use the first
            while k > 0 and self._orig_starts[k - 1] == self._orig_starts[k]:
                k -= 1
            orig, norm = self._orig_starts[k], self._norm_starts[k]
            if i == orig:
                return norm
            if k == last and norm not in self._skip_ends:
                seg_end = self._norm_starts[k + 1] if k + 1 < len(self._norm_starts) else len(self.text)
                if i < orig + (seg_end - norm):
                    return norm + (i - orig)
        # i is a dropped character or inside a skipped span: the next kept character
        return self._norm_starts[last + 1] if last + 1 < len(self._norm_starts) else len(self.text)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.skip_ends: dict[int, int] = {}

    def segment(self, norm: int, orig: int) -> None:
        if self.norm_starts and self.norm_starts[-1] == norm:
            self.orig_starts[-1] = orig  # the previous segment turned out empty
        else:
            self.norm_starts.append(norm)
            self.orig_starts.append(orig)

    def add_region(self, text: str, start: int, end: int) -> None:
        region = text[start:end]
        if not region:
            return
        fold = fold_table()
        folded = region.translate(fold.table)
        base = self.length
        self.segment(base, start)
        if len(folded) != len(region) or fold.irregular.search(region):
            shift = 0  # normalized length minus original length so far
            for match in fold.irregular.finditer(region):
                n = base + match.start() + shift
                for j, char in enumerate(match.group(), start=start + match.start()):
                    produced = len(fold.table[ord(char)])
                    for _ in range(produced):
                        self.segment(n, j)
                        n += 1
                    shift += produced - 1
                self.segment(n, start + match.end())
            if self.norm_starts[-1] == base + len(folded):  # trailing empty segment
                self.norm_starts.pop()
                self.orig_starts.pop()
        self.parts.append(folded)
        self.length += len(folded)

    def add_skip(self, start: int, end: int) -> None:
        if self.length - 1 in self.skip_ends and self.skip_ends[self.length - 1] <= start:
            # only dropped characters since the last skipped span (a zero-width space between two skipped
            # blocks): the two spans are one gap, one "\n"
            self.skip_ends[self.length - 1] = end
            return
        self.segment(self.length, start)
        self.skip_ends[self.length] = end
        self.parts.append("\n")
        self.length += 1


def _merge_skips(skip: Sequence[Span], length: int) -> list[Span]:
    merged: list[Span] = []
    for s, e in sorted((max(0, s), min(length, e)) for s, e in skip):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def normalize(text: str, skip: Sequence[Span] = ()) -> NormalizedText:
    """Fold ``text`` for matching; each ``skip`` span is replaced by one "\\n" (so paragraphs stay apart)."""
    builder = _Builder()
    position = 0
    for s, e in _merge_skips(skip, len(text)):
        builder.add_region(text, position, s)
        builder.add_skip(s, e)
        position = e
    builder.add_region(text, position, len(text))
    if not builder.norm_starts:
        builder.segment(0, 0)
    return NormalizedText(
        text="".join(builder.parts),
        original=text,
        _norm_starts=tuple(builder.norm_starts),
        _orig_starts=tuple(builder.orig_starts),
        _skip_ends=builder.skip_ends,
    )
