"""A title ending in an initialism written with dots keeps its last full stop (titles._with_initialism_dot)."""
import pytest

from timeline.clauses import analyse
from timeline.titles import MAX_TITLE, make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, end", [
    # business and sport
    ("Acme suspended sales of its eight trucks in the U.S. on Monday.", "Monday", "in U.S."),
    ("The striker signed a three-year contract with a club in the U.K. on Tuesday.", "Tuesday", "U.K."),
])
def test_an_initialism_at_the_end_keeps_its_stop(sentence, date, end):
    title = _title(sentence, date)
    assert title.endswith(end) and len(title) <= MAX_TITLE, title


@pytest.mark.parametrize("sentence, date", [
    # near misses: a plain word or an acronym without dots at the end gets no stop (science, weather)
    ("The lab opened a new office in Washington on Tuesday.", "Tuesday"),
    ("The storm cut power to 40,000 homes served by PG on Friday.", "Friday"),
])
def test_no_stop_after_a_plain_word(sentence, date):
    assert not _title(sentence, date).endswith(".")
