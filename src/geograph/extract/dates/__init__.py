"""Event dates: explicit Gregorian and Solar Hijri dates, weekdays and relative days in normalized text.

- ``mentions``: ``find_dates``, the dates of a text (longest non-overlapping candidates, datelines left out).
- ``lexicon``: ``ontology/lexicon/dates/<lang>.yaml`` compiled once per language.
- ``candidates``: what each match of the lexicon's patterns resolves to.
- ``scan``: where date expressions can start, so each pattern is tried only there.

Run by ``Extractor`` (``geograph.extract``) after the pipeline, on an article that has relation candidates.
"""
