# %% [markdown]
# # 02 · Extract and review: does the tagger find the seeds' dates and events?
#
# **Question.** Run the temporal tagger and the event extractor over the articles: which time expressions does
# it find and how does it resolve them, which curated events does it propose (found / missed / new), and how
# accurate is it against the project's own hand annotation of the seeds (`data/seed_timex.csv`)?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
ANNOTATIONS = "../data/seed_timex.csv"

# %%
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from timeline.articles import load_articles
from timeline.dates import find_dates
from timeline.evaluation import read_annotations, score, tag_articles
from timeline.events import read_events
from timeline.extract import extract, review
from timeline.report import article_table, highlight_mentions

pd.set_option("display.max_colwidth", 90)
articles = load_articles(SEEDS)
curated = read_events(EVENTS, articles=articles)
article_table(articles)

# %% [markdown]
# ## Time expressions, highlighted in their sentences
# Each expression found in the story (boilerplate skipped) is marked; its TimeML value follows it. Relative
# expressions ("last week", "on Monday") are resolved against the article's publication date.

# %%
first = articles[0]
mentions = find_dates(first.text, relative_to=first.published, skip=first.boilerplate)
body_start, body_end = first.body[0][0], first.body[-1][1]
display(HTML(highlight_mentions(first.text, mentions, start=body_start, end=min(body_end, body_start + 2500))))

# %%
tagged = tag_articles(articles)
tagged.groupby(["source", "type"]).size().unstack(fill_value=0)

# %% [markdown]
# ## Candidates against the curated events

# %%
candidates = extract(articles)
result = review(candidates, curated)
print(result.summary())

# %%
result.found

# %%
result.missed

# %%
result.new

# %% [markdown]
# ## Accuracy against the hand-annotated seed expressions
# TempEval-3 rules: spans match when they overlap (relaxed) or are identical (strict); value accuracy is the
# share of matches with the right TimeML value. The TimeBank/AQUAINT figures are in `docs/benchmarks.md`.

# %%
if Path(ANNOTATIONS).exists():
    scores, comparison = score(read_annotations(ANNOTATIONS), tagged)
    display(scores.as_series().round(1).to_frame("seeds"))
    display(comparison[comparison["outcome"] != "correct"])
else:
    print(f"no annotation file at {ANNOTATIONS}: accuracy not measured for this corpus")
