"""Companies the gazetteer does not list, named the way sanctions notices and reports name them: a run of
capitalized words closed by a corporate suffix ("Caroil Transport Marine Ltd", "Trocana World Inc").

Each becomes an organization keyed locally (``org-`` and its folded name; no Wikidata id). Where the text
places it ("Caroil Transport Marine Ltd of Cyprus", "a Cyprus-based ... Ltd"), the state named there is part
of the company's name phrase, not an actor of its own: the notice sanctions the company, not Cyprus. The
company is not folded into that state (a company does not act for its state), so its relations stay its own.
"""

from __future__ import annotations

from geograph.extract.actors.gazetteer import local_id
from geograph.extract.document import ActorMention, DocState
from geograph.records import Actor

_LONGEST_NAME = 6  # capitalized words before the suffix that can still be the company's name
_BASED = ("-", "based")  # "Cyprus-based", tokenized as the state, "-", "based"


def company_mentions(state: DocState, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the companies named by a corporate suffix added, and the states that only place such
    a company ("... Ltd of Cyprus", "Cyprus-based ...") folded into its mention."""
    suffixes = state.resources.company_suffixes
    words = state.words
    if not suffixes or not any(w in suffixes for w in words):
        return mentions
    stop = state.resources.name_stop
    covered = {i for m in mentions for i in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    placed: set[int] = set()  # starts of state mentions that only place a company
    found: list[ActorMention] = []
    for j, word in enumerate(words):
        if word not in suffixes or j in covered or (j + 1 < len(words) and words[j + 1] in suffixes):
            continue  # not a suffix, inside a known name, or not the last of stacked suffixes ("Co. Ltd")
        start = j
        sentence = state.sentence_of[j]
        while (
            start > 0
            and j - start < _LONGEST_NAME
            and start - 1 not in covered
            and state.sentence_of[start - 1] == sentence
            and words[start - 1][:1].isupper()
            and words[start - 1].lower() not in stop
        ):
            start -= 1
        known = by_end.get(start)
        if known is not None and known.actors[0].type == "organization":
            continue  # the suffixed words continue a company the gazetteer knows ("Huawei Technologies Co.")
        # named as news and notices name it, without its suffixes ("Caroil Transport Marine")
        stem = j
        while stem > start and words[stem - 1] in suffixes:
            stem -= 1
        if stem == start:
            continue  # suffixes alone ("Co.") name nobody
        name = " ".join(words[start:stem])
        first, end = start, j + 1
        after = by_start.get(j + 2) if j + 1 < len(words) and words[j + 1].lower() == "of" else None
        if after is not None and after.actors[0].type == "state":
            placed.add(after.start)
            end = after.end
        before = by_end.get(start - len(_BASED))
        if (
            before is not None
            and before.actors[0].type == "state"
            and tuple(w.lower() for w in words[start - len(_BASED) : start]) == _BASED
        ):
            placed.add(before.start)
            first = before.start
        text = " ".join(words[start : j + 1])
        actor = Actor(id=local_id("org", name), label=name, type="organization", wikidata=None, text=text, state=None)
        found.append(ActorMention(first, end, (actor,), "name"))
    if not found:
        return mentions
    kept = [m for m in mentions if m.start not in placed]
    return sorted(kept + found, key=lambda m: m.start)
