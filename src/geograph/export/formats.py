"""Imports every format module so that each registers itself (see ``geograph.export.register``)."""

from geograph.export import gexf as gexf
from geograph.export import graphml as graphml
from geograph.export import html as html
from geograph.export import jsonl as jsonl
from geograph.export import jsonld as jsonld
from geograph.export import nquads as nquads
from geograph.export import ntriples as ntriples
from geograph.export import tables as tables
from geograph.export import trig as trig
from geograph.export import turtle as turtle

__all__ = ["gexf", "graphml", "html", "jsonl", "jsonld", "nquads", "ntriples", "tables", "trig", "turtle"]
