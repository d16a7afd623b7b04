"""timeline: cited, interactive timelines from news articles."""

import re as _re

__version__ = "0.1.0"

#: compiled regular expressions the ``re`` module keeps (Python 3.11 keeps 512, dropping the oldest first): the rules
#: build a pattern of each name and title they look for (a few hundred a story), which would push out the fixed
#: patterns the rules write inline and have them compiled again for every story
REGEX_CACHE = 4096
if getattr(_re, "_MAXCACHE", REGEX_CACHE) < REGEX_CACHE:
    _re._MAXCACHE = REGEX_CACHE
