"""Fast, deterministic, pure-Python temporal tagger for English news and histories.

:func:`find_dates` finds temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) with compiled regular
expressions and small lexicons in a single pass per pattern family, then normalises each to a TimeML value
(``1994-06-22``, ``2022-W02``, ``199``, ``BC0480``, ``P2Y``, ``PRESENT_REF`` ...) relative to the publication date
(news), to the text's own dates (a narrative without a publication date), to another date given earlier in the
text, or not at all (underspecified values such as ``XXXX-12``) when nothing in the text fixes them.  It never looks
at the real clock.

Spans follow TimeML conventions: leading prepositions are left out; determiners and modifiers ("the", "last",
"early", "about", "the mid-") are included; a possessive "'s" and an event after "before"/"after" are not ("Saturday"
in "Saturday's vote", "the day" in "the day before the vote").  Anaphoric expressions ("the next day", "that night",
"a day earlier", "until then") are resolved against the last date mentioned before them.

The package follows the stages of the tagger:

* ``resources/`` -- data: ``lexicon`` (month, weekday, number and holiday words), ``words`` (the word lists the
  rules consult), ``patterns`` (the candidate patterns, one per kind of expression) and ``cues`` (the patterns of
  context: tense, clauses, sentence breaks, words around an expression);
* ``recognise`` -- candidate expressions from the patterns, the non-overlapping choice among them;
* ``tense`` -- the document context: sentences, clauses and the tense around a mention;
* ``anchor`` -- the year or day of an expression that leaves it out (publication time, the date a sentence or a
  dated list is about);
* ``speech`` -- speaking days: the day a page's remarks, letter or statement were said, from a date line or a
  header introducing them, from which their relative days count;
* ``narrative`` -- narrative time: without a publication date, the year of the text's own last date, moving with
  the story (``find_dates(mode="narrative")``, the default when no publication date is given);
* ``normalise`` -- value arithmetic: numbers, durations, shifting a value by a unit, calendar helpers;
* ``resolve/`` -- one rule per kind of candidate (``calendar`` dates, ``relative`` expressions, ``relunit`` units with
  a relative word, ``clock`` times, ``duration`` and sets) returning its TimeML type, value, mod and anchor;
* ``output`` -- the mentions: modifiers to the left, shared years, joined durations, notes;
* ``tagger`` -- :func:`find_dates`, which runs the stages;
* ``mention`` -- :class:`DateMention` and :func:`precision_of`.
"""
from __future__ import annotations

from .mention import DateMention, precision_of
from .output import labels_product
from .speech import spoken_day
from .tagger import find_dates
from .tense import tense_at

__all__ = ["DateMention", "find_dates", "labels_product", "precision_of", "spoken_day", "tense_at"]
