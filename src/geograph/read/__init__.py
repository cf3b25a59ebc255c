"""Reading inputs into ``Article`` records.

Discovery, format detection, decoding, boilerplate spans, language id, publication dates and article ids.
"""

from geograph.read.boilerplate import detect_boilerplate
from geograph.read.dates import parse_date
from geograph.read.detect import detect_format
from geograph.read.ids import article_id
from geograph.read.inputs import read_inputs
from geograph.read.language import identify_language
from geograph.read.options import DEFAULT_MAX_BYTES, ReadOptions

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadOptions",
    "article_id",
    "detect_boilerplate",
    "detect_format",
    "identify_language",
    "parse_date",
    "read_inputs",
]
