"""Who is named: the gazetteer, phrase matching over every lexicon and gazetteer phrase, role titles and
coreference.

- ``gazetteer``: ``ontology/gazetteer/*.yaml`` as typed records; actors as of the article's date.
- ``matching``: the token trie and light morphology that find every phrase (``Hit``) in a document.
- ``resources``: one language's compiled trie over the gazetteer's names and the lexicon's phrases.
- ``roles``: actors introduced by a role title ("Russia's UN envoy Vasily Nebenzia").
- ``coreference``: "this country", "the two countries", "the group".

The pipeline components that run them are in ``geograph.extract.pipeline`` (``geograph_actors``,
``geograph_roles``, ``geograph_coref``).
"""
