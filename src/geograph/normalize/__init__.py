"""Arabic-script and general Unicode normalization for matching, with a map back to original offsets."""

from geograph.normalize.folding import fold_char
from geograph.normalize.text import NormalizedText, normalize

__all__ = ["NormalizedText", "fold_char", "normalize"]
