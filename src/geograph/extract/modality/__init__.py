"""Whether the text asserts a relation, reports an allegation, denies, plans, speculates or negates it.

- ``cues``: the modality cues of a candidate's sentence and clause, read by the ``geograph_modality`` component
  (``geograph.extract.pipeline``).
- ``demands``: the event a demand asks for ("called for strikes on X", "urged Y to sanction X") and the modality
  it gives it, which ``cues`` applies.
"""
