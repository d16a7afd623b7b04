"""titles.fit_title: a title put together from parts fits MAX_TITLE, cut where a phrase starts."""

from timeline.titles import MAX_TITLE, fit_title


def test_a_short_title_is_kept_whole():
    assert fit_title("Council adopts budget".split()) == "Council adopts budget"


def test_a_long_title_is_cut_where_a_phrase_starts():
    words = ("Roe submits resolution honoring rescue crews of the northern valley for their work during "
             "the floods of spring").split()
    title = fit_title(words)
    assert 0 < len(title) <= MAX_TITLE
    assert " ".join(words).startswith(title)
    assert title.split()[-1].lower() not in {"of", "the", "for", "during"}
