"""Who did what to whom: relation triggers and the argument frames that fill their subject and object.

- ``triggers``: which trigger words count, and the frame reader run over a whole document.
- ``frames``: ``FrameReader``, each trigger's main rules.
- ``rules``: the secondary frame rules some entries or constructions need.
- ``candidates``: relation candidates from the filled slots.
- ``slots``: the slots and the token windows the rules share.
- ``arguments``: a sentence's actor mentions joined into coordinated groups, with their governing markers.
- ``learned``: the learned argument binder, for the triggers whose frame the rules read nothing from.
- ``pairs``: the learned pair reader, for relations between two mentions of a sentence that no frame gave.

Run by the ``geograph_relations`` component (``geograph.extract.pipeline``).
"""
