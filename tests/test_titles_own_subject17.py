"""A clause's own subject titles its main verb when a relative clause or a participle phrase ending in a place pair
('Lyon, France,') stands between them (titles._own_subject)."""
import pytest

from timeline.clauses import analyse
from timeline.titles import make_title


def _title(sentence: str, date: str) -> str:
    i = sentence.index(date)
    clause = analyse(sentence, 0, len(sentence), i, i + len(date))
    return make_title(sentence, clause, i, i + len(date))


@pytest.mark.parametrize("sentence, date, actor", [
    ("Orchestra Ensemble 12, based out of Lyon, France, arrived in Madrid to open the festival on May 4.",
     "May 4", "Orchestra Ensemble 12"),
    ("On March 3, a 61-year-old farmer who lived in Leeds, England, presented to a clinic with a rash.",
     "March 3", "61-year-old farmer"),
    ("The bakery chain, which is based in Lyon, France, opened its first store in Madrid on Monday.",
     "Monday", "Bakery chain"),
])
def test_subject_past_a_relative_or_participle_and_a_place_pair(sentence, date, actor):
    title = _title(sentence, date)
    assert title.startswith(actor), title
    assert not title.startswith(("France", "England")), title


def test_near_miss_an_apposed_name_keeps_the_name():
    # the words after the subject are a name in apposition, not a relative clause or a participle phrase
    title = _title("The club's head coach, Jane Roe, on Friday signed a two-year extension in Porto, Portugal.",
                   "Friday")
    assert "Portugal signs" not in title and title, title
