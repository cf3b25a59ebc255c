"""Whether the text asserts a relation, reports an allegation, denies, plans, speculates or negates it.

- ``cues``: the modality cues of a candidate's sentence and clause, read by the ``geograph_modality`` component
  (``geograph.extract.pipeline``).
"""
