# %% [markdown]
# # 01 · Explore: what happened, when, and who says so?
#
# **Question.** What dated events do the curated articles report, how are they spread over time and over the
# lanes, and what exactly do the sources say about the busiest stretch of time?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
KEYWORD = None  # for the text-search example; None: the name quoted in most events
CLOSE_START = None  # the stretch to look at closely (date values); None: the busiest stretch of the events
CLOSE_END = None

# %%
import pandas as pd
import plotly.io as pio

from timeline import filters as F
from timeline.articles import load_articles
from timeline.events import read_events
from timeline.plot import timeline
from timeline.ranges import close_look
from timeline.report import article_table, event_summary, frequent_names

pio.renderers.default = "plotly_mimetype"  # figures stored as JSON: small notebooks, no random ids
pd.set_option("display.max_colwidth", 80)

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
article_table(articles)

# %% [markdown]
# ## Summary
# One row per event: the date at the precision the text supports, the lane, and how many quotes and distinct
# articles back it.

# %%
summary = event_summary(events)
summary

# %%
summary.groupby(["lane", "precision"]).size().unstack(fill_value=0)

# %% [markdown]
# ## The full interactive timeline
# Years and months are drawn as spans, days as points. Long empty stretches of time are collapsed (the breaks are
# marked), so distant background and the busiest weeks are both readable; hover a mark for every quote and its
# article. The buttons above the plot zoom to ranges computed from the events: all, the busiest stretch and the
# latest one.

# %%
timeline(events, articles=articles, width=1200)

# %% [markdown]
# ## Filtering: by lane, by source, by keyword
# Each filter returns an events frame, so filtering and drawing chain in one line each. The keyword example
# searches for the name quoted in most events (unless `KEYWORD` is set).

# %%
busiest_lane = summary["lane"].value_counts().index[0]
event_summary(F.in_lanes(events, [busiest_lane]))

# %%
event_summary(F.from_sources(events, [articles[1].id]))

# %%
names = frequent_names(events)
keyword = KEYWORD or names.index[0]
print("names quoted in most events:", ", ".join(names.index), "· searching for", repr(keyword))
event_summary(F.search(events, keyword))

# %% [markdown]
# ## A close look at the busiest stretch
# The shortest stretch of time where the events are densest (or the one set with `CLOSE_START`/`CLOSE_END`).

# %%
close = close_look(events, CLOSE_START, CLOSE_END)
recent = F.between(events, close.start, close.end)
timeline(recent, articles=articles, axis="linear", width=1200, title=close.label)

# %%
recent[["date", "date_text", "title", "source", "quote"]]
