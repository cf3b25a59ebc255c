"""Imports every format module so that each registers itself (see ``geograph.export.register``)."""

from geograph.export import turtle as turtle

__all__ = ["turtle"]
