# %% [markdown]
# # 03 · Sources and narratives: who reports what, and how?
#
# **Question.** Which article mentions which event, what does each article's own timeline look like, how do the
# articles word the same event, and how far back in time does each article reach from its publication date?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"

# %%
import pandas as pd
import plotly.io as pio

from timeline.articles import load_articles
from timeline.events import read_events
from timeline.plot import coverage_heatmap, publication_lag_plot, source_timelines
from timeline.report import article_table, coverage, event_summary, framings, publication_lag

pio.renderers.default = "plotly_mimetype"  # figures stored as JSON: small notebooks, no random ids
pd.set_option("display.max_colwidth", 120)

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
article_table(articles)

# %% [markdown]
# ## Coverage: which article quotes which event

# %%
coverage_heatmap(events, articles=articles)

# %%
matrix = coverage(events, articles)
pd.DataFrame({"events quoted": (matrix > 0).sum(), "quotes": matrix.sum()})

# %% [markdown]
# ## The articles' timelines side by side

# %%
source_timelines(events, articles=articles)

# %% [markdown]
# ## One event, several framings
# The event quoted by the most articles, with each article's own words.

# %%
summary = event_summary(events)
most_quoted = summary.sort_values(["sources", "quotes"], ascending=False, kind="mergesort").index[0]
print(most_quoted, "·", summary.at[most_quoted, "title"])
framings(events, most_quoted, articles)

# %% [markdown]
# ## Publication date versus event date
# News sits close to its publication date; history reaches back decades. The lag is on a log scale.

# %%
publication_lag_plot(events, articles=articles)

# %%
publication_lag(events, articles).groupby("source")["lag_days"].describe()[["count", "min", "50%", "max"]]
