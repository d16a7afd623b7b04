# %% [markdown]
# # 01 · Explore: what happened, when, and who says so?
#
# **Question.** What dated events do the curated articles report, how are they spread over time and over the
# lanes, and what exactly do the sources say about the busiest stretch (December 2021 – January 2022)?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
KEYWORD = "Ukraine"  # for the text-search example
CLOSE_START = "2021-12"  # the stretch to look at closely
CLOSE_END = "2022-01"

# %%
import pandas as pd
import plotly.io as pio

from timeline import filters as F
from timeline.articles import load_articles
from timeline.events import read_events
from timeline.plot import timeline
from timeline.report import article_table, event_summary

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
# marked), so the 1990s and the January 2022 talks are both readable; hover a mark for every quote and its
# article. The buttons above the plot switch to range presets on a linear axis.

# %%
timeline(events, articles=articles, width=1200)

# %% [markdown]
# ## Filtering: by lane, by source, by keyword
# Each filter returns an events frame, so filtering and drawing chain in one line each.

# %%
busiest_lane = summary["lane"].value_counts().index[0]
event_summary(F.in_lanes(events, [busiest_lane]))

# %%
event_summary(F.from_sources(events, [articles[1].id]))

# %%
event_summary(F.search(events, KEYWORD))

# %% [markdown]
# ## A close look at the busiest stretch (December 2021 – January 2022 for the seeds)

# %%
recent = F.between(events, CLOSE_START, CLOSE_END)
timeline(recent, articles=articles, axis="linear", width=1200, title=f"{CLOSE_START} to {CLOSE_END}")

# %%
recent[["date", "date_text", "title", "source", "quote"]]
