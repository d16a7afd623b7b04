"""timeline: cited, interactive timelines from news articles."""

__version__ = "0.1.0"
